"""Loudness (ITU-R BS.1770-4 / EBU R128) and true peak, and bringing a mix to a target.

- :func:`integrated_lufs`: K-weighting, 400 ms blocks with 75 % overlap, the -70 LUFS absolute
  gate and the -10 LU relative gate.
- :func:`true_peak_dbtp`: the peak of the signal 4x oversampled (a 48-tap polyphase sinc), which
  catches the inter-sample peaks a decoder's reconstruction makes.
- :func:`normalize`: a gain to the target loudness, then a look-ahead peak limiter so the true
  peak stays under the ceiling, repeated until both hold.

Written for 48 kHz (the K-weighting coefficients below are the standard's 48 kHz ones).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from director.sound.dsp import SAMPLE_RATE, db_to_gain, fast_len

TARGET_LUFS = -16.0
CEILING_DBTP = -1.5  # under the -1 dBTP promise, leaving room for the AAC encoder's overshoot

# BS.1770-4 K-weighting at 48 kHz: a high shelf (head effects), then the RLB high-pass.
_SHELF_B = (1.53512485958697, -2.69169618940638, 1.19839281085285)
_SHELF_A = (1.0, -1.69065929318241, 0.73248077421585)
_HIGHPASS_B = (1.0, -2.0, 1.0)
_HIGHPASS_A = (1.0, -1.99004745483398, 0.99007225036621)
_OVERSAMPLE = 4
_TAPS_PER_PHASE = 12


def _biquad_response(b, a, z1: np.ndarray) -> np.ndarray:
    return (b[0] + b[1] * z1 + b[2] * z1 ** 2) / (a[0] + a[1] * z1 + a[2] * z1 ** 2)


@lru_cache(maxsize=4)
def _k_response(size: int) -> np.ndarray:
    phase = (2 * np.pi * np.fft.rfftfreq(size)).astype(np.float32)
    z1 = np.cos(phase) - 1j * np.sin(phase)  # z^-1 on the rfft bins
    response = _biquad_response(_SHELF_B, _SHELF_A, z1) * _biquad_response(_HIGHPASS_B, _HIGHPASS_A, z1)
    return response.astype(np.complex64)


def k_weighted(x: np.ndarray) -> np.ndarray:
    """K-weighted copy of `x` (samples x channels), as the causal IIR filters would give it
    (single precision is plenty for a loudness reading and twice as fast)."""
    n = x.shape[0]
    size = fast_len(n + SAMPLE_RATE // 2)  # half a second of tail: the filters' ringing dies out
    spectrum = np.fft.rfft(x.astype(np.float32), size, axis=0)
    spectrum *= _k_response(size)[:, None]
    return np.fft.irfft(spectrum, size, axis=0)[:n]


def integrated_lufs(x: np.ndarray) -> float:
    """Integrated loudness of `x` (samples x channels, 48 kHz); -inf when shorter than a block
    or silent."""
    x = x if x.ndim == 2 else x[:, None]
    return _gated_lufs(np.square(k_weighted(x)).sum(axis=1))  # channel weights are 1 for L and R


def _gated_lufs(power: np.ndarray) -> float:
    """The gated integrated loudness from the K-weighted power summed over channels, per sample."""
    hop = int(0.1 * SAMPLE_RATE)  # blocks are 400 ms: four hops, 75 % overlap
    hops = power.size // hop
    if hops < 4:
        return float("-inf")
    per_hop = power[: hops * hop].reshape(hops, hop).sum(axis=1, dtype=np.float64)
    energy = (per_hop[:-3] + per_hop[1:-2] + per_hop[2:-1] + per_hop[3:]) / (4 * hop)
    with np.errstate(divide="ignore"):
        loudness = -0.691 + 10 * np.log10(energy)
    gated = energy[loudness > -70.0]
    if gated.size == 0:
        return float("-inf")
    relative = -0.691 + 10 * np.log10(gated.mean()) - 10.0
    final = gated[-0.691 + 10 * np.log10(gated) > relative]
    return float(-0.691 + 10 * np.log10(final.mean()))


def _interpolation_phases() -> np.ndarray:
    """Polyphase taps (phases x taps) of a Kaiser-windowed sinc low-pass for 4x oversampling."""
    total = _OVERSAMPLE * _TAPS_PER_PHASE
    t = (np.arange(total) - (total - 1) / 2) / _OVERSAMPLE
    taps = np.sinc(t) * np.kaiser(total, 8.0)
    phases = taps.reshape(_TAPS_PER_PHASE, _OVERSAMPLE).T
    return phases / phases.sum(axis=1, keepdims=True)


ROUNDS = 8  # gain-and-limit rounds: a film of sparse lines limited hard needs more than three
_BLOCK = 32  # samples per block of the peak envelope and the limiter's gain curve
_MAX_OVERSHOOT_DB = 6.0  # more than any inter-sample peak of band-limited audio


def peak_envelope(x: np.ndarray, floor: float = 0.0) -> np.ndarray:
    """Per sample, the largest |value| of the 4x oversampled signal around it, over channels.

    Oversampling only matters where a peak may be near the level of interest: stretches whose
    sample peak is more than 6 dB under `floor` keep their sample peak (so a quiet film is not
    interpolated at all)."""
    x = (x if x.ndim == 2 else x[:, None]).astype(np.float32)
    env = np.abs(x).max(axis=1)
    n_blocks = -(-env.size // _BLOCK)
    block_peaks = np.pad(env, (0, n_blocks * _BLOCK - env.size)).reshape(n_blocks, _BLOCK).max(axis=1)
    loud = block_peaks >= floor * 10 ** (-_MAX_OVERSHOOT_DB / 20)
    phases = _interpolation_phases().astype(np.float32)
    half = _TAPS_PER_PHASE // 2
    for first, last in _runs(np.flatnonzero(loud)):
        a = max(0, first * _BLOCK - _TAPS_PER_PHASE)
        b = min(env.size, (last + 1) * _BLOCK + _TAPS_PER_PHASE)
        for phase in phases:
            for ch in range(x.shape[1]):
                y = np.convolve(x[a:b, ch], phase, mode="full")[half - 1: half - 1 + b - a]
                np.maximum(env[a:b], np.abs(y), out=env[a:b])
    return env


def _runs(indices: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive runs in sorted indices, as (first, last); runs closer than 8 apart merge."""
    if indices.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(indices) > 8)
    firsts = np.concatenate([[indices[0]], indices[breaks + 1]])
    lasts = np.concatenate([indices[breaks], [indices[-1]]])
    return list(zip(firsts.tolist(), lasts.tolist()))


def true_peak_dbtp(x: np.ndarray) -> float:
    peak = float(peak_envelope(x).max()) if x.size else 0.0
    return float(20 * np.log10(peak)) if peak > 0 else float("-inf")


def _running(values: np.ndarray, radius: int, op) -> np.ndarray:
    padded = np.pad(values, radius, mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * radius + 1)
    return op(windows, axis=1)


def limiter_gain(envelope: np.ndarray, ceiling_dbtp: float, block: int = _BLOCK,
                 radius: int = 8) -> np.ndarray | None:
    """The gain curve of a look-ahead peak limiter for a signal with this :func:`peak_envelope`,
    or None when no sample needs it. The curve is never above what keeps each block's true peak
    under the ceiling (a running minimum, then a moving average of the same reach), so the gain
    dips and recovers over ~10 ms instead of jumping."""
    ceiling = db_to_gain(ceiling_dbtp)
    n_blocks = -(-envelope.size // block)
    peaks = np.pad(envelope, (0, n_blocks * block - envelope.size)).reshape(n_blocks, block).max(axis=1)
    need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-12))
    if need.min() >= 1.0:
        return None
    floor = _running(need, radius + 1, np.min)
    gain_blocks = _running(floor, radius, np.mean)
    centres = np.arange(n_blocks) * block + block / 2
    return np.interp(np.arange(envelope.size), centres, gain_blocks)


@dataclass(frozen=True)
class Normalized:
    samples: np.ndarray
    lufs: float
    true_peak_dbtp: float
    gain_db: float  # the static gain applied before limiting


def normalize(x: np.ndarray, target_lufs: float = TARGET_LUFS,
              ceiling_dbtp: float = CEILING_DBTP) -> Normalized:
    """`x` (samples x channels) at `target_lufs` integrated, its true peak under `ceiling_dbtp`.

    Limiting lowers the loudness a little, so the gain is raised and the limiter rerun until
    the loudness is within 0.1 LU (ROUNDS at most). The limiter's gain varies slowly, so each
    round reuses one K-weighting and one peak envelope of `x` (scaled by the gain curve) instead
    of filtering again, and the reported loudness and true peak are read the same way (the
    gain curve applied to the one measurement of `x`). A silent or too-short signal comes back
    unchanged."""
    x = x if x.ndim == 2 else x[:, None]
    power = np.square(k_weighted(x)).sum(axis=1)
    current = _gated_lufs(power)
    if not np.isfinite(current):
        return Normalized(x.astype(np.float32), current, true_peak_dbtp(x), 0.0)
    gain_db = target_lufs - current
    # Interpolate wherever a peak could reach the ceiling after up to 6 dB more gain.
    envelope = peak_envelope(x, floor=db_to_gain(ceiling_dbtp - gain_db - 6.0))
    curve = None
    for _ in range(ROUNDS):
        curve = limiter_gain(envelope * db_to_gain(gain_db), ceiling_dbtp)
        if curve is None:
            break
        estimate = _gated_lufs(power * np.square(curve)) + gain_db
        if abs(estimate - target_lufs) < 0.1:
            break
        gain_db += target_lufs - estimate
    else:
        curve = limiter_gain(envelope * db_to_gain(gain_db), ceiling_dbtp)
    gain = np.full(x.shape[0], db_to_gain(gain_db), np.float32) if curve is None \
        else (curve * db_to_gain(gain_db)).astype(np.float32)
    y = x * gain[:, None]
    peak = float((envelope * gain).max())
    return Normalized(y.astype(np.float32), _gated_lufs(power * np.square(gain)),
                      20 * np.log10(peak) if peak > 0 else float("-inf"), gain_db)
