"""eSpeak NG as a system program (``espeak-ng`` on PATH): same voices, a separate process.

Useful where a distribution's espeak-ng is newer than the wheel's, or has extra voices (mbrola).
"""

from __future__ import annotations

import io
import re
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


def _table(option: str) -> list[list[str]]:
    """Rows of `espeak-ng --voices[=variant]`: Pty, Language, Age/Gender, VoiceName, File, Other."""
    out = subprocess.run([_binary(), option], capture_output=True, text=True, timeout=30).stdout
    return [line.split() for line in out.splitlines()[1:] if len(line.split()) >= 5]


def _gender(age_gender: str) -> str | None:
    return {"M": "male", "F": "female"}.get(age_gender.rsplit("/", 1)[-1][:1])


@lru_cache(maxsize=1)
def list_voices() -> tuple[VoiceInfo, ...]:
    infos = [VoiceInfo(id=cols[4].rsplit("/", 1)[-1].lower(), name=cols[3].replace("_", " "),
                       languages=tuple(dict.fromkeys(
                           [cols[1], *re.findall(r"\(([^\s()]+) \d+\)", " ".join(cols[5:]))])),
                       gender=_gender(cols[2]), engine=ENGINE)
             for cols in _table("--voices")]
    infos += [VoiceInfo(id="+" + cols[4].rsplit("/", 1)[-1], name=cols[3].replace("_", " "), languages=(),
                        gender=_gender(cols[2]), engine=ENGINE, kind="variant")
              for cols in _table("--voices=variant")]
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
