"""Sound a video model makes with its frames (LTX-2): joined across segments, fitted to the
shot's length, written as the shot's stem (16-bit PCM WAV, the model's channels and rate)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from director.sound.dsp import write_wav as dsp_write_wav


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
    """Write float samples ``[C, N]`` in -1..1 as 16-bit PCM (director.sound.dsp.write_wav, which
    takes samples x channels)."""
    dsp_write_wav(Path(path), np.asarray(samples).T, int(rate))
    return Path(path)
