"""Small numpy signal helpers for the sound stages: resampling, shaped noise, ramps, WAV files.

Everything works on float32 arrays shaped (samples,) or (samples, channels) at ``SAMPLE_RATE``.
Filters are applied in the frequency domain (one FFT per signal) so nothing needs scipy and a
minute of stereo takes a fraction of a second.
"""

from __future__ import annotations

import wave
from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np

SAMPLE_RATE = 48_000  # the film's audio rate (AAC 48 kHz)


def fast_len(n: int) -> int:
    """The smallest 2^a 3^b 5^c >= n: pocketfft is quick on these sizes."""
    best = 1 << max(0, int(n - 1).bit_length())
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            m = p35
            while m < n:
                m *= 2
            best = min(best, m)
            p35 *= 3
        p5 *= 5
    return max(best, 1)


def db_to_gain(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def gain_to_db(gain: float) -> float:
    return float(20.0 * np.log10(max(gain, 1e-12)))


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x), dtype=np.float64))) if x.size else 0.0


def resample(x: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Band-limited resampling of a mono signal (FFT zero-padding or truncation)."""
    if rate_in == rate_out or x.size == 0:
        return x.astype(np.float32, copy=False)
    pad = rate_in // 20  # 50 ms of silence on each side keeps the circular wrap inaudible
    padded = np.concatenate([np.zeros(pad, np.float32), x.astype(np.float32), np.zeros(pad, np.float32)])
    n_in = fast_len(padded.size)
    n_out = int(round(n_in * rate_out / rate_in))
    spectrum = np.fft.rfft(padded, n_in)
    keep = min(spectrum.size, n_out // 2 + 1)
    out_spec = np.zeros(n_out // 2 + 1, dtype=np.complex128)
    out_spec[:keep] = spectrum[:keep]
    y = np.fft.irfft(out_spec, n_out) * (n_out / n_in)
    start = int(round(pad * rate_out / rate_in))
    return y[start:start + int(round(x.size * rate_out / rate_in))].astype(np.float32)


@lru_cache(maxsize=64)
def _response(shape: Callable[[np.ndarray], np.ndarray], size: int, rate: int) -> np.ndarray:
    return shape(np.fft.rfftfreq(size, 1.0 / rate)).astype(np.float32)


def shaped_noise(rng: np.random.Generator, n: int, shape: Callable[[np.ndarray], np.ndarray],
                 rate: int = SAMPLE_RATE) -> np.ndarray:
    """White noise of `n` samples filtered by the magnitude response ``shape(freqs_hz)``,
    scaled to RMS 1. The noise is drawn in the frequency domain (independent complex Gaussian
    bins are the spectrum of white Gaussian noise), so it costs one inverse FFT."""
    if n <= 0:
        return np.zeros(0, np.float32)
    size = fast_len(n)
    bins = size // 2 + 1
    spectrum = rng.standard_normal(bins, dtype=np.float32) + 1j * rng.standard_normal(bins, dtype=np.float32)
    spectrum *= _response(shape, size, rate)
    y = np.fft.irfft(spectrum, size)[:n]
    level = rms(y)
    return (y / level if level > 0 else y).astype(np.float32, copy=False)


@lru_cache(maxsize=None)
def band(lo: float | None = None, hi: float | None = None, order: int = 2,
         tilt: float = 0.0) -> Callable[[np.ndarray], np.ndarray]:
    """A Butterworth-like band magnitude response; ``tilt`` adds f^tilt (-0.5 pink, -1 brown).
    The same arguments give the same function, so its response per FFT size is computed once."""
    def shape(f: np.ndarray) -> np.ndarray:
        f = np.maximum(f, 1.0)
        g = np.power(f, tilt) if tilt else np.ones_like(f)
        if lo:
            g = g / np.sqrt(1.0 + (lo / f) ** (2 * order))
        if hi:
            g = g / np.sqrt(1.0 + (f / hi) ** (2 * order))
        return g
    return shape


def smooth_envelope(points: np.ndarray, n: int, rate: int = SAMPLE_RATE) -> np.ndarray:
    """Upsample a control curve (any length) to `n` samples with linear interpolation."""
    if points.size == 1:
        return np.full(n, float(points[0]), np.float32)
    xs = np.linspace(0, n - 1, points.size)
    return np.interp(np.arange(n), xs, points).astype(np.float32)


def one_pole(curve: np.ndarray, attack: float, release: float) -> np.ndarray:
    """Smooth a control-rate curve: rising with coefficient `attack`, falling with `release`
    (per-step weights in 0..1). Control curves are short (100 steps a second), so a loop is fine."""
    out = np.empty_like(curve, dtype=np.float64)
    state = float(curve[0]) if curve.size else 0.0
    for i, target in enumerate(curve):
        k = attack if target > state else release
        state += k * (target - state)
        out[i] = state
    return out


def equal_power_ramp(n: int, rising: bool) -> np.ndarray:
    """A quarter-sine gain ramp over `n` samples: two of them crossfade at constant power."""
    t = (np.arange(n, dtype=np.float64) + 0.5) / max(n, 1)
    ramp = np.sin(0.5 * np.pi * t)
    return (ramp if rising else ramp[::-1]).astype(np.float32)


def as_stereo(x: np.ndarray) -> np.ndarray:
    return np.repeat(x[:, None], 2, axis=1) if x.ndim == 1 else x


def write_wav(path: Path, x: np.ndarray, rate: int = SAMPLE_RATE) -> None:
    """16-bit PCM WAV (clipped to full scale); `x` is (samples,) or (samples, channels)."""
    data = x if x.ndim == 2 else x[:, None]
    pcm = np.clip(np.round(data * 32767.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(data.shape[1])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """(float32 samples x channels, rate) from a 16-bit PCM WAV."""
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"{path.name}: only 16-bit PCM WAV is read here")
        channels, rate = w.getnchannels(), w.getframerate()
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    return (pcm.reshape(-1, channels).astype(np.float32) / 32768.0), rate
