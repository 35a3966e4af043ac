"""Room tone and ambience for a shot, made from seeded noise: no recordings, no downloads.

What a place sounds like comes from the plan: the location's setting (inside or out, its kind:
street, sea, forest, spacecraft ...), the scene's time of day and its atmosphere (rain, storm,
wind, fire, alarm ...). :func:`ambience_layers` turns those into named layers with levels, and
:func:`render_ambience` draws them. The same inputs and seed give the same samples.

Layer levels are dB (RMS) relative to the dialogue's level in the same stem, so every bed stays
well under the voices whatever level the stems are made at.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Callable

import numpy as np

from director.plan import FilmPlan, Scene
from director.sound.dsp import SAMPLE_RATE, band, db_to_gain, fast_len, shaped_noise

_NOISY_STREETS = {"street", "station", "bridge"}
_CREATURES_AT_NIGHT = {"garden", "forest", "field", "village", "river", "mountain"}
_BIRDS_BY_DAY = {"garden", "forest", "field", "village", "river", "mountain", "beach"}
_WAVES = {"sea", "beach", "harbour"}
_MACHINES = {"industrial", "laboratory", "spacecraft", "hospital", "office"}
_WINDY = {"mountain", "desert", "sky", "field", "bridge"}
_CROWDS = {"shop", "school", "station", "church", "museum", "theatre", "stadium"}
_NIGHT = {"night", "evening", "dusk"}


@dataclass(frozen=True)
class AmbienceSpec:
    """Everything a shot's ambience is made from (it is also the ambience's cache key)."""

    interior: bool
    kind: str | None  # director.vocab.SETTING_KINDS, None when the plan names no setting
    time_of_day: str
    atmosphere: tuple[str, ...] = ()
    features: tuple[str, ...] = ()

    def key_fields(self) -> dict:
        return {"interior": self.interior, "kind": self.kind, "time_of_day": self.time_of_day,
                "atmosphere": list(self.atmosphere), "features": list(self.features)}

    @classmethod
    def from_key(cls, fields: dict) -> "AmbienceSpec":
        return cls(fields["interior"], fields["kind"], fields["time_of_day"],
                   tuple(fields["atmosphere"]), tuple(fields["features"]))


def scene_ambience(plan: FilmPlan, scene: Scene) -> AmbienceSpec:
    """The ambience of a scene: the setting of its location entity (the first shown in the scene
    that has one), else inside or out from its heading (INT. / EXT.)."""
    shown = {eid for shot in scene.shots for eid in shot.entities}
    located = [e for e in plan.entities if e.kind == "location" and e.setting is not None
               and (e.id in shown or e.id == scene.location or e.name.lower() == scene.location.lower())]
    if located:
        setting = located[0].setting
        return AmbienceSpec(setting.interior, setting.kind, scene.time_of_day,
                            tuple(scene.atmosphere), tuple(setting.features))
    interior = scene.heading.strip().upper().startswith(("INT", "I/E"))
    return AmbienceSpec(interior, None, scene.time_of_day, tuple(scene.atmosphere))


# Every bed sits this much lower than the table above says. The film is brought to -16 LUFS
# integrated (EBU R128), whose relative gate drops blocks 10 LU under the mean: beds well under the
# voices fall below it in a film with little dialogue, so the loudness is measured on the speech
# and the limiter never has to squash a line to lift a loud bed to the target.
BED_TRIM_DB = -10.0


def ambience_layers(spec: AmbienceSpec) -> list[tuple[str, float]]:
    """(layer name, level in dB relative to the dialogue) for a place."""
    atmos, kind, outside = set(spec.atmosphere), spec.kind, not spec.interior
    night = spec.time_of_day in _NIGHT
    layers: list[tuple[str, float]] = []
    if kind == "space" and outside:
        return [("space drone", -34.0)]
    layers.append(("room tone", -28.0) if spec.interior else ("air", -29.0 if night else -26.0))
    if spec.interior and kind in _MACHINES:
        layers.append(("hum", -27.0))
    if spec.interior and kind == "vehicle":
        layers.append(("engine", -20.0))
    if "crowd" in atmos:  # the story says the crowd roars: louder than a place's usual murmur
        layers.append(("murmur", -19.0))
    elif (spec.interior and kind in _CROWDS and not night) or kind == "stadium":  # a match draws a crowd by night too
        layers.append(("murmur", -25.0))
    if outside and kind in _NOISY_STREETS:
        layers.append(("traffic", -24.0 if night else -21.0))
    if outside and (kind in _WAVES or "waves" in spec.features):
        layers.append(("sea", -17.0))
    if outside and kind == "river":
        layers.append(("river", -20.0))
    if outside and night and kind in _CREATURES_AT_NIGHT and not atmos & {"rain", "storm", "snow"}:
        layers.append(("insects", -27.0))
    if outside and not night and kind in _BIRDS_BY_DAY and not atmos & {"rain", "storm"}:
        layers.append(("birds", -28.0))
    if "wind" in atmos or "storm" in atmos or (outside and kind in _WINDY):
        layers.append(("wind", -22.0 if spec.interior else -19.0))
    if "rain" in atmos or "storm" in atmos:
        layers.append(("rain", -21.0 if spec.interior else -16.0))
    if "storm" in atmos or "lightning" in atmos:
        layers.append(("thunder", -16.0))
    if "firelight" in atmos or "fire" in spec.features:
        layers.append(("fire", -25.0))
    if "alarm" in atmos:
        layers.append(("alarm", -20.0))
    if kind == "cave":
        layers.append(("drips", -30.0))
    if "snow" in atmos or "fog" in atmos:  # snow and fog hush a place
        layers = [(name, level - 4.0) for name, level in layers]
    return [(name, level + BED_TRIM_DB) for name, level in layers]


def _seed(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "little")


def _diffuse(shape, gain_curve=None) -> Callable[[np.random.Generator, int], np.ndarray]:
    """A layer of two decorrelated noises (left, right), optionally shaped over time."""
    def make(rng: np.random.Generator, n: int) -> np.ndarray:
        x = np.stack([shaped_noise(rng, n, shape), shaped_noise(rng, n, shape)], axis=1)
        if gain_curve is not None:
            x *= gain_curve(rng, n)[:, None]
        return x
    return make


def _slow_swell(period_s: float, depth: float) -> Callable[[np.random.Generator, int], np.ndarray]:
    """A smooth, irregular gain between 1-depth and 1 that swells about every `period_s`."""
    def curve(rng: np.random.Generator, n: int) -> np.ndarray:
        t = np.arange(n) / SAMPLE_RATE
        phase = rng.uniform(0, 2 * np.pi, 3)
        wobble = (np.sin(2 * np.pi * t / period_s + phase[0])
                  + 0.5 * np.sin(2 * np.pi * t / (period_s * 0.43) + phase[1])
                  + 0.3 * np.sin(2 * np.pi * t / (period_s * 2.7) + phase[2]))
        norm = (wobble - wobble.min()) / max(np.ptp(wobble), 1e-9) if n > 1 else np.ones(n)
        return (1 - depth + depth * norm ** 2).astype(np.float32)
    return curve


def _events(rng: np.random.Generator, n: int, every_s: float) -> np.ndarray:
    """Event start samples, about one every `every_s` seconds (a Poisson process)."""
    count = rng.poisson(max(n / SAMPLE_RATE / every_s, 0.0)) + (1 if n > SAMPLE_RATE * every_s * 0.5 else 0)
    return np.sort(rng.integers(0, max(n, 1), size=count))


def _place(out: np.ndarray, sound: np.ndarray, start: int, pan: float) -> None:
    """Add a mono sound at `start`, panned -1 (left) .. 1 (right) at constant power."""
    end = min(out.shape[0], start + sound.size)
    if end <= start:
        return
    angle = (pan + 1) * np.pi / 4
    out[start:end, 0] += sound[: end - start] * np.cos(angle)
    out[start:end, 1] += sound[: end - start] * np.sin(angle)


def _traffic(rng: np.random.Generator, n: int) -> np.ndarray:
    out = _diffuse(band(30, 500, tilt=-0.5))(rng, n) * 0.5
    for start in _events(rng, n, 5.0):  # passing cars: a swell of rumble moving across
        length = int(rng.uniform(2.5, 4.5) * SAMPLE_RATE)
        body = shaped_noise(rng, length, band(40, 900, tilt=-0.5)) * np.hanning(length) * 1.6
        direction = rng.choice([-1.0, 1.0])
        half = length // 2
        _place(out, body[:half], int(start), -0.6 * direction)
        _place(out, body[half:], int(start) + half, 0.6 * direction)
    return out


def _chirps(rng: np.random.Generator, n: int, insects: bool) -> np.ndarray:
    out = np.zeros((n, 2), np.float32)
    for voice in range(3 if insects else 2):
        pan, pitch = rng.uniform(-0.8, 0.8), rng.uniform(4200, 5200) if insects else rng.uniform(2600, 4200)
        every = rng.uniform(0.6, 0.9) if insects else rng.uniform(1.5, 3.5)
        t = rng.uniform(0, every)
        while t * SAMPLE_RATE < n:
            if insects:  # a cricket: three 18 ms pulses of a steady tone
                pulse = int(0.018 * SAMPLE_RATE)
                tone = np.sin(2 * np.pi * pitch * np.arange(pulse) / SAMPLE_RATE) * np.hanning(pulse)
                gap = np.zeros(int(0.012 * SAMPLE_RATE))
                sound = np.concatenate([tone, gap, tone, gap, tone])
            else:  # a bird: a quick falling whistle
                length = int(rng.uniform(0.08, 0.2) * SAMPLE_RATE)
                freq = np.linspace(pitch * 1.25, pitch * 0.8, length)
                sound = np.sin(2 * np.pi * np.cumsum(freq) / SAMPLE_RATE) * np.hanning(length)
            _place(out, sound.astype(np.float32) * 3.0, int(t * SAMPLE_RATE), pan)
            t += every * rng.uniform(0.8, 1.25)
    return out


def _decaying_bursts(rng: np.random.Generator, n: int, every_s: float, shape, decay_s: tuple[float, float],
                     loud: float) -> np.ndarray:
    """Sparse events (rain drops, crackles, thunder): one shaped noise per channel under an
    envelope of decaying hits, a different set of hits left and right. The envelope is the hits
    convolved with a decay (one FFT), not one noise per event."""
    out = np.zeros((n, 2), np.float32)
    if n == 0:
        return out
    longest = int(decay_s[1] * SAMPLE_RATE)
    t = np.arange(longest, dtype=np.float32)
    tau = float(np.mean(decay_s)) * SAMPLE_RATE / 5.0
    kernel = np.exp(-t / tau) * np.minimum(1.0, t / (0.004 * SAMPLE_RATE + 1))
    size = fast_len(n + longest)
    kernel_spectrum = np.fft.rfft(kernel, size)
    for ch in range(2):
        hits = np.zeros(n, np.float32)
        starts = _events(rng, n, every_s * 2)  # each channel gets half the events
        hits[starts] = rng.uniform(0.3, 1.0, starts.size)
        envelope = np.fft.irfft(np.fft.rfft(hits, size) * kernel_spectrum, size)[:n]
        out[:, ch] = shaped_noise(rng, n, shape) * envelope.astype(np.float32) * loud
    return out


def _tones(freqs: list[tuple[float, float]], rng: np.random.Generator, n: int) -> np.ndarray:
    t = np.arange(n) / SAMPLE_RATE
    x = sum(amp * np.sin(2 * np.pi * f * t + rng.uniform(0, 2 * np.pi)) for f, amp in freqs)
    return np.stack([x, x], axis=1).astype(np.float32)


def _alarm(rng: np.random.Generator, n: int) -> np.ndarray:
    t = np.arange(n) / SAMPLE_RATE
    freq = np.where((t % 1.0) < 0.5, 880.0, 660.0)
    tone = np.sin(2 * np.pi * np.cumsum(freq) / SAMPLE_RATE) + 0.3 * np.sin(6 * np.pi * np.cumsum(freq) / SAMPLE_RATE)
    return np.stack([tone, tone], axis=1).astype(np.float32)


_LAYERS: dict[str, Callable[[np.random.Generator, int], np.ndarray]] = {
    "room tone": _diffuse(band(30, 500, tilt=-0.5)),
    "air": _diffuse(band(60, 3000, tilt=-0.5), _slow_swell(9.0, 0.3)),
    "hum": lambda rng, n: (_tones([(50, 1.0), (100, 0.6), (150, 0.3), (250, 0.1)], rng, n)
                           + 0.6 * _diffuse(band(200, 1500))(rng, n)),
    "engine": _diffuse(band(25, 220, tilt=-1.0), _slow_swell(6.0, 0.2)),
    "murmur": _diffuse(band(250, 1800), _slow_swell(1.3, 0.5)),
    "traffic": _traffic,
    "sea": _diffuse(band(80, 4000, tilt=-0.4), _slow_swell(8.0, 0.8)),
    "river": _diffuse(band(300, 5000), _slow_swell(0.7, 0.15)),
    "insects": lambda rng, n: _chirps(rng, n, insects=True),
    "birds": lambda rng, n: _chirps(rng, n, insects=False),
    "wind": _diffuse(band(150, 900, order=3), _slow_swell(5.0, 0.75)),
    "rain": lambda rng, n: (_diffuse(band(900, 9000, tilt=-0.3))(rng, n)
                            + _decaying_bursts(rng, n, 0.05, band(2000, 8000), (0.01, 0.03), 2.0)),
    "thunder": lambda rng, n: _decaying_bursts(rng, n, 8.0, band(20, 250, tilt=-1.0), (2.0, 4.0), 4.0),
    "fire": lambda rng, n: (_diffuse(band(60, 400, tilt=-0.5), _slow_swell(1.1, 0.5))(rng, n)
                            + _decaying_bursts(rng, n, 0.15, band(1200, 7000), (0.005, 0.02), 4.0)),
    "alarm": _alarm,
    "drips": lambda rng, n: _decaying_bursts(rng, n, 1.5, band(1200, 2600, order=4), (0.08, 0.2), 3.0),
    "space drone": _diffuse(band(25, 120, order=3)),
}


def _rms_of(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x), dtype=np.float64))) if x.size else 0.0


def render_ambience(spec: AmbienceSpec, samples: int, seed: str, dialogue_dbfs: float) -> np.ndarray:
    """The bed of one shot: (samples, 2) float32 at 48 kHz, each layer at its level under
    dialogue spoken at `dialogue_dbfs` (RMS)."""
    out = np.zeros((samples, 2), np.float32)
    for name, level in ambience_layers(spec):
        layer = _LAYERS[name](np.random.default_rng(_seed(seed, name)), samples)
        # Sparse layers (cars, chirps, thunder) are levelled on their loud parts, not on silence.
        active = layer[np.abs(layer).max(axis=1) > 1e-4]
        scale = _rms_of(active) if active.size else 0.0
        if scale > 0:
            out += layer * (db_to_gain(dialogue_dbfs + level) / scale)
    return out
