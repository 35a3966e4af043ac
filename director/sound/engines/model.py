"""Engine 'model': the shot's own video model voices the line (a generator that makes sound).

director makes no speech for it: speak() returns a skipped Speech and the mix takes the shot's
own audio stem. Shot timing still uses a reading-speed estimate.
"""

from __future__ import annotations

ENGINE = "model"
SPEAKS = False


def skip_reason() -> str:
    return "voiced by the shot's video model (engine 'model')"


def available() -> str | None:
    return None


def list_voices() -> tuple:
    return ()


def has_voice(voice_id: str) -> bool:
    return True


def default_voice(language: str) -> str:
    return ""


def voice_language(voice_id: str) -> str | None:
    return None
