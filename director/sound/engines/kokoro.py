"""Kokoro: named in plan.json's engine vocabulary but not wired up in this version.

It reports itself as missing with the working alternatives, so a plan naming it fails early
(exit 2) instead of half-rendering.
"""

from __future__ import annotations

ENGINE = "kokoro"


def available() -> str | None:
    return "the kokoro engine is not supported yet; fix: use engine 'espeak' (built in) or 'piper' (local voice files)"


def list_voices() -> tuple:
    return ()


def has_voice(voice_id: str) -> bool:
    return False


def default_voice(language: str) -> str:
    return ""


def voice_language(voice_id: str) -> str | None:
    return None


def synthesize(text: str, voice_id: str, rate: float, pitch: float):
    raise RuntimeError(available())
