"""Median fundamental frequency (F0) of speech: YIN over voiced frames, vectorised with numpy.

YIN (de Cheveigné & Kawahara, 2002) takes the first dip of the cumulative-mean-normalised
difference function, which avoids the octave errors plain autocorrelation makes when a strong
formant repeats faster than the voice. Used to keep a film's voices apart (the voice bible) and
to check that they are.
"""

from __future__ import annotations

import numpy as np

F0_MIN_HZ, F0_MAX_HZ = 60.0, 500.0
_FRAME_S, _HOP_S = 0.04, 0.01
_THRESHOLD = 0.15  # a CMND dip below this is a period
_VOICED = 0.35  # frames whose best dip stays above this are unvoiced (noise, silence)
_LOUD = 0.1  # frames quieter than this share of the line's RMS are skipped
_ANALYSIS_RATE = 11025  # Hz the signal is reduced to before the analysis


def frame_f0(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """F0 (Hz) of every voiced frame; empty when nothing is voiced."""
    x = np.asarray(samples, dtype=np.float64)
    step = int(sample_rate // _ANALYSIS_RATE)
    if step > 1:  # voices sit far below 1 kHz: average down to ~11 kHz first (4x less work)
        usable = len(x) // step * step
        x = x[:usable].reshape(-1, step).mean(axis=1)
        sample_rate = sample_rate / step
    size, hop = int(_FRAME_S * sample_rate), int(_HOP_S * sample_rate)
    if x.size < size + hop:
        return np.zeros(0)
    tau_min = max(2, int(sample_rate / F0_MAX_HZ))
    tau_max = min(size // 2, int(sample_rate / F0_MIN_HZ) + 1)
    frames = np.lib.stride_tricks.sliding_window_view(x, size)[::hop]
    rms = np.sqrt(np.mean(frames ** 2, axis=1))
    frames = frames[(rms > 0) & (rms >= _LOUD * np.sqrt(np.mean(x ** 2)))]
    if not len(frames):
        return np.zeros(0)
    frames = frames - frames.mean(axis=1, keepdims=True)
    w = size - tau_max  # the window compared with its shifted copy
    n_fft = 1 << int(np.ceil(np.log2(2 * size)))
    spectrum = np.fft.rfft(frames, n_fft, axis=1)
    # r[t] = sum_j x[j] x[j+t] over the first w samples (cross-correlation of the head with the frame)
    head = np.fft.rfft(frames[:, :w], n_fft, axis=1)
    r = np.fft.irfft(np.conj(head) * spectrum, n_fft, axis=1)[:, :tau_max + 1]
    energy = np.cumsum(np.pad(frames ** 2, ((0, 0), (1, 0))), axis=1)
    e0 = energy[:, w]  # sum of x[j]^2 over the window
    shifted = energy[:, w:w + tau_max + 1] - energy[:, :tau_max + 1]  # sum of x[j+t]^2
    diff = np.maximum(e0[:, None] + shifted - 2 * r, 0.0)
    diff[:, 0] = 0.0
    taus = np.arange(tau_max + 1)
    running = np.cumsum(diff[:, 1:], axis=1)
    cmnd = np.ones_like(diff)
    cmnd[:, 1:] = diff[:, 1:] * taus[1:] / np.maximum(running, 1e-12)
    sub = cmnd[:, tau_min:]
    crossed = sub < _THRESHOLD
    has_dip = crossed.any(axis=1)
    first = np.argmax(crossed, axis=1)
    # the bottom of the first dip: the lowest point within a quarter period after the crossing
    lags = np.arange(sub.shape[1])[None, :]
    reach = first[:, None] + np.maximum(2, (first[:, None] + tau_min) // 4)
    in_dip = (lags >= first[:, None]) & (lags <= reach)
    bottom = np.argmin(np.where(in_dip, sub, np.inf), axis=1)
    lowest = np.argmin(sub, axis=1)
    rows = np.arange(len(sub))
    voiced = has_dip | (sub[rows, lowest] <= _VOICED)
    tau = np.where(has_dip, bottom, lowest)[voiced] + tau_min
    row = cmnd[voiced]
    rows = np.arange(len(row))
    inner = (tau > 0) & (tau < tau_max)
    a = row[rows, np.clip(tau - 1, 0, tau_max)]
    b = row[rows, tau]
    c = row[rows, np.clip(tau + 1, 0, tau_max)]
    denom = a - 2 * b + c
    shift = np.where(inner & (denom > 0), 0.5 * (a - c) / np.where(denom > 0, denom, 1.0), 0.0)
    return sample_rate / (tau + shift)


def median_f0(samples: np.ndarray, sample_rate: int) -> float:
    """Median F0 in Hz over voiced frames; 0.0 when no frame is voiced."""
    f0 = frame_f0(samples, sample_rate)
    return float(np.median(f0)) if f0.size else 0.0
