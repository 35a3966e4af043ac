"""What every speech engine shares: the VoiceInfo record and rate/pitch scaling."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VoiceInfo:
    """One voice an engine offers. ``id`` is what goes into plan.json's ``voice.voice``."""

    id: str
    name: str
    languages: tuple[str, ...]
    gender: str | None  # "male" | "female" | None when the engine does not say
    engine: str
    kind: str = "voice"  # "voice", or "variant" for eSpeak's voice variants (en+f3)
