"""Sound a video model makes with its frames (LTX-2): joined across segments, fitted to the
shot's length, written as the shot's stem (16-bit PCM WAV, the model's channels and rate)."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np


def join_segments(parts: list[np.ndarray], rate: int, model_fps: int) -> np.ndarray:
    """Join per-segment audio ``[C, N]``; each segment after the first starts on the previous
    one's last frame, so its first frame's worth of sound is dropped (as its first frame is)."""
    overlap = round(rate / model_fps)
    kept = [parts[0]] + [p[:, overlap:] for p in parts[1:]]
    return np.concatenate(kept, axis=1)


def fit_length(samples: np.ndarray, rate: int, seconds: float) -> np.ndarray:
    """Trim or pad with silence to exactly ``seconds``, so the stem stays in sync with its shot."""
    n = round(seconds * rate)
    if samples.shape[1] >= n:
        return samples[:, :n]
    return np.pad(samples, ((0, 0), (0, n - samples.shape[1])))


def write_wav(path: Path, samples: np.ndarray, rate: int) -> Path:
    """Write float samples ``[C, N]`` in -1..1 as 16-bit PCM."""
    pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).round().astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(pcm.shape[0])
        out.setsampwidth(2)
        out.setframerate(int(rate))
        out.writeframes(np.ascontiguousarray(pcm.T).tobytes())
    return Path(path)
