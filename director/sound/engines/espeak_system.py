"""eSpeak NG as a system program (``espeak-ng`` on PATH): same voices, a separate process.

Useful where a distribution's espeak-ng is newer than the wheel's, or has extra voices (mbrola).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from functools import lru_cache

import numpy as np

from director.sound.engines import espeak_lib
from director.sound.engines.base import VoiceInfo

ENGINE = "espeak-system"


def _binary() -> str | None:
    return shutil.which("espeak-ng") or shutil.which("espeak")


def available() -> str | None:
    if _binary() is None:
        return "no espeak-ng program on PATH; fix: apt-get install espeak-ng (or use engine 'espeak')"
    return None


@lru_cache(maxsize=1)
def list_voices() -> tuple[VoiceInfo, ...]:
    out = subprocess.run([_binary(), "--voices"], capture_output=True, text=True, timeout=30).stdout
    infos = []
    for line in out.splitlines()[1:]:
        cols = line.split()
        if len(cols) < 4:
            continue
        gender = {"M": "male", "F": "female"}.get(cols[2].split("/")[-1][:1])
        infos.append(VoiceInfo(id=cols[3].rsplit("/", 1)[-1].lower(), name=cols[3],
                               languages=(cols[1],), gender=gender, engine=ENGINE))
    variants = subprocess.run([_binary(), "--voices=variant"], capture_output=True, text=True,
                              timeout=30).stdout
    for line in variants.splitlines()[1:]:
        cols = line.split()
        if len(cols) >= 5:
            infos.append(VoiceInfo(id="+" + cols[4].rsplit("/", 1)[-1], name=cols[3], languages=(),
                                   gender={"M": "male", "F": "female"}.get(cols[2][-1:]),
                                   engine=ENGINE, kind="variant"))
    return tuple(sorted(infos, key=lambda v: (v.kind != "voice", v.id.lower())))


def has_voice(voice_id: str) -> bool:
    base, _, variant = voice_id.partition("+")
    ids = {v.id for v in list_voices()}
    return base.lower() in ids and (not variant or "+" + variant in ids)


def default_voice(language: str) -> str:
    return espeak_lib.pick_voice(language, list_voices())


def voice_language(voice_id: str) -> str | None:
    base = voice_id.lower().partition("+")[0]
    return base if any(v.id == base for v in list_voices()) else None


def synthesize(text: str, voice_id: str, rate: float, pitch: float) -> tuple[np.ndarray, int]:
    wpm = int(round(min(espeak_lib.RATE_MAX, max(espeak_lib.RATE_MIN, espeak_lib.RATE_NORMAL * rate))))
    pitch_value = int(round(min(100, max(0, espeak_lib.PITCH_NORMAL * pitch))))
    # "--" ends the options: a line that starts with '-' is text, never a flag
    result = subprocess.run([_binary(), "-v", voice_id, "-s", str(wpm), "-p", str(pitch_value),
                             "--stdout", "--", text], capture_output=True, timeout=120)
    if result.returncode != 0 or not result.stdout:
        raise RuntimeError(f"espeak-ng failed: {result.stderr.decode(errors='replace').strip()}")
    with wave.open(io.BytesIO(result.stdout)) as wav:
        rate_hz = wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    return np.frombuffer(frames, dtype=np.int16).copy(), rate_hz
