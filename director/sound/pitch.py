"""Median fundamental frequency (F0) of speech, by autocorrelation over voiced frames.

Used to keep a film's voices apart (the voice bible) and to check that they are.
"""

from __future__ import annotations

import numpy as np

F0_MIN_HZ, F0_MAX_HZ = 60.0, 500.0
_FRAME_S, _HOP_S = 0.04, 0.01
_VOICED_PEAK = 0.5  # normalised autocorrelation peak above which a frame counts as voiced


def frame_f0(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """F0 (Hz) of every voiced frame; empty when nothing is voiced."""
    x = np.asarray(samples, dtype=np.float64)
    size, hop = int(_FRAME_S * sample_rate), int(_HOP_S * sample_rate)
    if x.size < size:
        return np.zeros(0)
    lag_min = int(sample_rate / F0_MAX_HZ)
    lag_max = min(size - 1, int(sample_rate / F0_MIN_HZ))
    loudness_floor = 0.1 * np.sqrt(np.mean(x ** 2)) if x.size else 0.0
    window = np.hanning(size)
    out = []
    for start in range(0, x.size - size, hop):
        frame = x[start:start + size]
        if np.sqrt(np.mean(frame ** 2)) < loudness_floor:
            continue
        frame = (frame - frame.mean()) * window
        spectrum = np.fft.rfft(frame, 2 * size)
        ac = np.fft.irfft(np.abs(spectrum) ** 2)[:size]
        if ac[0] <= 0:
            continue
        ac = ac / ac[0]
        lag = lag_min + int(np.argmax(ac[lag_min:lag_max]))
        if ac[lag] < _VOICED_PEAK:
            continue
        # parabolic interpolation around the peak for sub-sample precision
        if 0 < lag < size - 1:
            a, b, c = ac[lag - 1], ac[lag], ac[lag + 1]
            denom = a - 2 * b + c
            shift = 0.5 * (a - c) / denom if denom else 0.0
        else:
            shift = 0.0
        out.append(sample_rate / (lag + shift))
    return np.asarray(out)


def median_f0(samples: np.ndarray, sample_rate: int) -> float:
    """Median F0 in Hz over voiced frames; 0.0 when no frame is voiced."""
    f0 = frame_f0(samples, sample_rate)
    return float(np.median(f0)) if f0.size else 0.0
