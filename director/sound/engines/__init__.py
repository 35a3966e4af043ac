"""Speech engines behind director.sound.speech: each turns (text, voice) into int16 mono samples.

An engine module offers ``available() -> str | None`` (None when usable, else the fix),
``list_voices() -> Sequence[VoiceInfo]``, ``has_voice(voice_id) -> bool``,
``default_voice(language) -> str``, ``voice_language(voice_id) -> str | None`` and
``synthesize(text, voice_id, rate, pitch) -> (int16 samples, sample_rate)``. An engine that
never speaks itself sets ``SPEAKS = False`` and offers ``skip_reason() -> str``. Engines are imported lazily so a missing
optional package never breaks the default path.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# engine name (director.vocab.VOICE_ENGINES) → module under director.sound.engines
ENGINE_MODULES = {
    "espeak": "espeak_lib",
    "espeak-system": "espeak_system",
    "piper": "piper",
    "kokoro": "kokoro",
    "model": "model",
}


def engine_module(name: str) -> ModuleType:
    return importlib.import_module(f"director.sound.engines.{ENGINE_MODULES[name]}")
