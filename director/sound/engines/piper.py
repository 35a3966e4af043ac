"""Piper neural voices from local files: a voice ``NAME.onnx`` with its ``NAME.onnx.json``.

Voices are looked up in DIRECTOR_VOICE_DIR (default ~/.cache/director/voices); nothing is ever
downloaded. The voice id is the file stem (``en_US-lessac-medium``). Needs ``pip install
piper-tts``.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from director.sound.engines.base import VoiceInfo

ENGINE = "piper"


def voice_dir() -> Path:
    return Path(os.environ.get("DIRECTOR_VOICE_DIR") or Path.home() / ".cache" / "director" / "voices")


def _voice_files() -> dict[str, tuple[Path, dict]]:
    """voice id → (model path, its config) for every complete voice in the voice directory."""
    found: dict[str, tuple[Path, dict]] = {}
    folder = voice_dir()
    if not folder.is_dir():
        return found
    for model in sorted(folder.glob("*.onnx")):
        config = model.with_name(model.name + ".json")
        if not config.is_file():
            continue
        try:
            meta = json.loads(config.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(meta, dict):
            found[model.stem] = (model, meta)
    return found


def available() -> str | None:
    try:
        import piper  # noqa: F401
    except ImportError:
        return "piper-tts is not installed; fix: pip install piper-tts"
    if not _voice_files():
        return (f"no Piper voice (NAME.onnx + NAME.onnx.json) in {voice_dir()}; fix: put one there "
                "or set DIRECTOR_VOICE_DIR")
    return None


def _language(meta: dict) -> str:
    lang = meta.get("language")
    if isinstance(lang, dict):
        return str(lang.get("code") or lang.get("family") or "").replace("_", "-").lower()
    return str(meta.get("espeak", {}).get("voice") or "")


def list_voices() -> tuple[VoiceInfo, ...]:
    return tuple(VoiceInfo(id=vid, name=vid, languages=(_language(meta),) if _language(meta) else (),
                           gender=None, engine=ENGINE)
                 for vid, (_path, meta) in _voice_files().items())


def has_voice(voice_id: str) -> bool:
    return voice_id in _voice_files()


def default_voice(language: str) -> str:
    voices = list_voices()
    base = language.lower().split("-")[0]
    for v in voices:
        if any(lang.split("-")[0] == base for lang in v.languages):
            return v.id
    return voices[0].id if voices else ""


def voice_language(voice_id: str) -> str | None:
    files = _voice_files()
    return _language(files[voice_id][1]) if voice_id in files else None


@lru_cache(maxsize=4)
def _load(voice_id: str):
    from piper import PiperVoice

    return PiperVoice.load(str(_voice_files()[voice_id][0]))


def synthesize(text: str, voice_id: str, rate: float, pitch: float) -> tuple[np.ndarray, int]:
    """Piper has no pitch control; rate maps onto its length scale (slower = longer)."""
    voice = _load(voice_id)
    try:  # piper-tts >= 1.3: synthesize() yields AudioChunks
        from piper import SynthesisConfig

        chunks = list(voice.synthesize(text, syn_config=SynthesisConfig(length_scale=1.0 / rate)))
        pcm = np.concatenate([c.audio_int16_array for c in chunks]) if chunks else np.zeros(0, np.int16)
    except ImportError:  # older piper-tts: raw int16 bytes per sentence
        raw = b"".join(voice.synthesize_stream_raw(text, length_scale=1.0 / rate))
        pcm = np.frombuffer(raw, dtype=np.int16)
    return pcm.astype(np.int16, copy=False), int(voice.config.sample_rate)
