"""Weather and light that move: rain, snow, fog, wind, lightning, an alarm's red pulse, lamp and
fire glow, a lighthouse's turning beam and the landscape passing a vehicle's windows.

Everything is prepared once per shot (layers of streaks, flakes, fog banks, a landscape strip) so
a frame only slides a layer and adds it (a few milliseconds at 720p): the per-frame budget of the
previz stays that of an encoder.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from generators.previz.scene_art import WORLD_HALF_WIDTH, SceneSetting, paint_scene
from generators.previz.sets import PaintedSet

RAIN_SPEED = 1.6  # frame heights per second
SNOW_SPEED = 0.18
PASSING_SPEED = 1.1  # world units per second past a vehicle's window
BEAM_PERIOD_S = 4.0  # one turn of a lighthouse's lantern
BEAM_LENGTH = 2.6  # world units
ALARM_PERIOD_S = 1.2
FLASH_GAP_S = (2.2, 4.5)  # seconds between lightning strikes
# Falling and drifting layers move 12 times a second: smooth enough for an animatic, and every
# other frame repeats, which halves what the encoder spends on a moving pattern.
WEATHER_STEPS_PER_S = 12
FOG_STEPS_PER_S = 4


@dataclass
class CanvasMap:
    """Where world positions land on a shot's background canvas (painted mirrored for a reverse
    angle)."""

    rect: tuple[float, float, float, float]
    size: tuple[int, int]
    mirrored: bool

    @property
    def ppu(self) -> float:
        return self.size[0] / (self.rect[2] - self.rect[0])

    def point(self, x: float, y: float) -> tuple[float, float]:
        cx = (x - self.rect[0]) * self.ppu
        return (self.size[0] - cx if self.mirrored else cx), (y - self.rect[1]) * self.ppu

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        """Whole-pixel canvas box (c0, r0, c1, r1) of a world rectangle, clipped to the canvas."""
        a, b = self.point(x0, y0)
        c, d = self.point(x1, y1)
        c0, c1 = sorted((a, c))
        w, h = self.size
        return (max(0, math.ceil(c0)), max(0, math.ceil(b)), min(w, math.floor(c1)), min(h, math.floor(d)))


def _layer_of_streaks(rng: random.Random, w: int, h: int, count: int, length: tuple[float, float],
                      slant: float, value: int, thickness: int) -> np.ndarray:
    """A (2h x w x 3) additive layer of falling streaks; sliding it down h rows loops seamlessly."""
    layer = np.zeros((h, w, 3), np.uint8)
    for _ in range(count):
        x, y = rng.uniform(-0.2 * w, w), rng.uniform(0, h)
        n = rng.uniform(*length) * h
        v = int(value * rng.uniform(0.5, 1.0))
        cv2.line(layer, (int(x), int(y)), (int(x + slant * n), int(y + n)), (v, v, min(255, v + 12)), thickness,
                 cv2.LINE_AA)
        if y + n > h:  # the part below the bottom comes back in at the top: the loop is seamless
            cv2.line(layer, (int(x), int(y - h)), (int(x + slant * n), int(y + n - h)), (v, v, min(255, v + 12)),
                     thickness, cv2.LINE_AA)
    layer = cv2.GaussianBlur(layer, (0, 0), 0.6)  # soft streaks: cheaper to encode, no less rain
    return np.concatenate([layer, layer], axis=0)


def _flakes(rng: random.Random, w: int, h: int, count: int, drift: int) -> np.ndarray:
    layer = np.zeros((h, w + drift, 3), np.uint8)
    for _ in range(count):
        x, y = rng.uniform(0, w + drift), rng.uniform(0, h)
        r = max(1, int(round(rng.uniform(0.0015, 0.005) * h)))
        v = rng.randint(150, 235)
        cv2.circle(layer, (int(x), int(y)), r, (v, v, v), -1, cv2.LINE_AA)
    return np.concatenate([layer, layer], axis=0)


def _soft_banks(rng: random.Random, w: int, h: int, colour: tuple[int, int, int], low: bool) -> np.ndarray:
    """A wide (h x 2w) fog layer: soft banks, thicker low down when ``low``."""
    small_w, small_h = 64, max(8, round(64 * h / w))
    noise = np.array([[rng.random() for _ in range(small_w)] for _ in range(small_h)], np.float32)
    noise = cv2.GaussianBlur(noise, (0, 0), small_h / 10)  # soften small, then enlarge: cheap
    noise = cv2.resize(noise, (2 * w, h), interpolation=cv2.INTER_CUBIC)
    rows = np.linspace(0.4, 1.0, h, dtype=np.float32)[:, None] if low else 1.0
    density = np.clip(0.55 + 0.6 * (noise - 0.5), 0, 1) * rows
    return (density[..., None] * np.array(colour, np.float32)).astype(np.uint8)


class SceneEffects:
    """The moving weather and light of one shot. ``animated``: frames differ over time even with a
    still camera; ``moves_background``: the background canvas itself changes (passing windows)."""

    def __init__(self, setting: SceneSetting, painted: PaintedSet, canvas: CanvasMap,
                 finish: Callable[[np.ndarray], np.ndarray], width: int, height: int, fps: int, seed: int,
                 frames: int):
        """``finish``: what the renderer does to its background canvas (relight, blur), done to
        the passing landscape too."""
        self.setting, self.canvas, self._finish = setting, canvas, finish
        self.width, self.height, self.fps = width, height, fps
        rng = random.Random(seed ^ 0xA7305)
        atm = set(setting.atmosphere)
        self.interior = setting.interior
        windy = bool({"wind", "storm"} & atm)
        w, h = width, height
        self._rain = self._snow = self._fog = self._wind = None
        outside = not setting.interior
        if outside and ({"rain", "storm"} & atm) and "snow" not in atm:
            heavy = "storm" in atm
            self._rain = _layer_of_streaks(rng, w, h, 520 if heavy else 300, (0.05, 0.11),
                                           0.35 if windy else 0.08, 120 if heavy else 100, max(1, round(h / 500)))
        if outside and "snow" in atm:
            self._snow = _flakes(rng, w, h, 700 if windy else 420, w // 3)
        veil = [a for a in ("fog", "smoke", "dust") if a in atm]
        if veil:
            colour = {"fog": (196, 202, 210), "smoke": (120, 120, 124), "dust": (196, 160, 110)}[veil[0]]
            self._fog_weight = 0.45 if outside else 0.25
            # Premultiplied by its weight: a frame is scaled down and the bank added.
            self._fog = (_soft_banks(rng, w, h, colour, low=veil[0] == "fog").astype(np.float32)
                         * self._fog_weight).astype(np.uint8)
        if outside and windy and self._rain is None and self._snow is None:
            self._wind = _layer_of_streaks(rng, w, h, 160, (0.005, 0.02), 6.0, 70, 1)
        self._flashes: set[int] = set()
        if {"lightning", "storm"} & atm:
            t = rng.uniform(0.3, 1.2)
            while t * fps < frames:
                start = int(t * fps)
                self._flashes |= {start, start + 2}
                t += rng.uniform(*FLASH_GAP_S)
            self._bolt = self._bolt_points(rng)
        self._alarm = "alarm" in atm
        self._warm = None
        if {"lamplight", "firelight"} & atm:
            self._warm = self._glow_layer(rng, (255, 150, 60) if "firelight" in atm else (255, 200, 120))
            self._flicker = "firelight" in atm
        self._neon = "neon" in atm
        reach = BEAM_LENGTH * canvas.ppu  # lamps whose beam cannot reach the canvas are skipped
        self._beams = [(x, y) for x, y in painted.beams
                       if -reach <= canvas.point(x, y)[0] <= canvas.size[0] + reach]
        self._passing = [canvas.box(*r) for r in painted.passing]
        self._passing = [b for b in self._passing if b[2] - b[0] > 1 and b[3] - b[1] > 1]
        self._strip = self._passing_strip(setting, painted) if self._passing else None
        self.moves_background = self._strip is not None
        self.animated = bool(self._rain is not None or self._snow is not None or self._fog is not None
                             or self._wind is not None or self._flashes or self._alarm or self._beams
                             or self._strip is not None or (self._warm is not None and self._flicker)
                             or self._neon)
        if self._alarm or self._neon:
            self._red = np.empty((h, w, 3), np.uint8)
            self._red[...] = (255, 20, 30) if self._alarm else (255, 60, 200)

    # ---- preparation -------------------------------------------------------------------------
    def _bolt_points(self, rng: random.Random) -> np.ndarray:
        x, y = rng.uniform(0.2, 0.8) * self.width, 0.0
        pts = [(x, y)]
        while y < self.height * 0.45:
            y += rng.uniform(0.03, 0.07) * self.height
            x += rng.uniform(-0.04, 0.04) * self.width
            pts.append((x, y))
        return np.array(pts, np.int32)

    def _glow_layer(self, rng: random.Random, colour: tuple[int, int, int]) -> np.ndarray:
        """A warm pool of light, brightest towards one side of the frame, as an additive layer."""
        w, h = self.width, self.height
        cx, cy = rng.uniform(0.25, 0.75) * w, rng.uniform(0.3, 0.6) * h
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        d = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
        k = np.clip(1.0 - d / 0.7, 0, 1) ** 2 * 0.18
        return (k[..., None] * np.array(colour, np.float32)).astype(np.uint8)

    def _passing_strip(self, setting: SceneSetting, painted: PaintedSet) -> np.ndarray:
        """The landscape outside, one long loop at the windows' pixel height."""
        rows = self._passing[0][3] - self._passing[0][1]
        world_h = rows / self.canvas.ppu
        period = max(6.0, PASSING_SPEED * 8.0)
        x0 = -WORLD_HALF_WIDTH + 0.5  # sets are placed on [-14, 14]: take a stretch of it
        plane = any(w in setting.text.lower() for w in ("plane", "flight", "airplane", "aeroplane", "飞机"))
        outside = SceneSetting(text=setting.text, interior=False, time_of_day=setting.time_of_day,
                               seed=setting.seed + 1,
                               kind="sky" if plane else "village" if setting.time_of_day in ("dusk", "evening", "night")
                               else "field",
                               features=tuple(f for f in ("trees", "mountains", "road") if f != "road"
                                              or "rails" not in setting.features),
                               atmosphere=setting.atmosphere)
        extra = max(b[2] - b[0] for b in self._passing) / self.canvas.ppu
        rect = (x0, -world_h * 0.66, x0 + period + extra, world_h * 0.34)
        size = (int(round((period + extra) * self.canvas.ppu)), rows)
        strip = self._finish(paint_scene(outside, rect, size).image)
        self._period_px = int(round(period * self.canvas.ppu))
        return np.ascontiguousarray(strip)

    # ---- per frame ---------------------------------------------------------------------------
    def _stepped(self, i: int, steps_per_s: int) -> int:
        """Frame ``i`` rounded down to the layer's own step (so frames in a step repeat)."""
        step = max(1, round(self.fps / steps_per_s))
        return (i // step) * step

    def update_canvas(self, canvas_rgb: np.ndarray, canvas_rgba: np.ndarray | None, i: int) -> None:
        """Slide the landscape past the vehicle's windows on the background canvas, in place."""
        if self._strip is None:
            return
        shift = int(PASSING_SPEED * self.canvas.ppu * i / self.fps) % self._period_px
        for c0, r0, c1, r1 in self._passing:
            h = min(r1 - r0, self._strip.shape[0])
            offset = (shift + c0) % self._period_px
            pane = self._strip[:h, offset:offset + (c1 - c0)]
            if self.canvas.mirrored:
                pane = pane[:, ::-1]
            canvas_rgb[r0:r0 + h, c0:c0 + pane.shape[1]] = pane
            if canvas_rgba is not None:
                canvas_rgba[r0:r0 + h, c0:c0 + pane.shape[1], :3] = pane

    def under(self, frame: np.ndarray, i: int, bg_warp: np.ndarray) -> None:
        """Lights that belong to the background (a lighthouse beam), before the figures."""
        for x, y in self._beams:
            self._beam(frame, i, bg_warp, x, y)

    def _beam(self, frame: np.ndarray, i: int, m: np.ndarray, x: float, y: float) -> None:
        theta = 2 * math.pi * (i / self.fps) / BEAM_PERIOD_S + (x * 0.37)
        reach = math.cos(theta)
        toward = math.sin(theta)  # > 0: the beam swings towards the camera
        mirror = -1 if self.canvas.mirrored else 1
        length = BEAM_LENGTH * reach * mirror
        spread = 0.05 + 0.25 * abs(reach)
        world = [(x, y - 0.01), (x, y + 0.01), (x + length, y - spread * 0.6 + 0.1), (x + length, y + spread * 0.4 + 0.1)]
        pts = np.array([self.canvas.point(px, py) for px, py in world], np.float64)
        pts = (m[:, :2] @ pts.T).T + m[:, 2]
        glow_px = (8 + 22 * max(0.0, toward)) * self.height / 720
        lamp = tuple(int(v) for v in pts[0])
        hull = cv2.convexHull(pts.astype(np.int32))
        x0, y0 = max(0, int(pts[:, 0].min()) - 40), max(0, int(pts[:, 1].min()) - 40)
        x1 = min(self.width, int(pts[:, 0].max()) + 40)
        y1 = min(self.height, int(pts[:, 1].max()) + 40)
        if x1 <= x0 or y1 <= y0:
            return
        roi = frame[y0:y1, x0:x1]
        light = np.zeros_like(roi)
        strength = 0.35 + 0.45 * max(0.0, toward)
        cv2.fillConvexPoly(light, hull - np.array([x0, y0], np.int32),
                           tuple(int(c * strength) for c in (255, 240, 190)), cv2.LINE_AA)
        cv2.circle(light, (lamp[0] - x0, lamp[1] - y0), int(glow_px), (255, 250, 220), -1, cv2.LINE_AA)
        cv2.add(roi, light, dst=roi)

    def over(self, frame: np.ndarray, i: int) -> None:
        """Weather and light over the whole picture, figures included (before labels and text)."""
        h, w = self.height, self.width
        t = self._stepped(i, WEATHER_STEPS_PER_S) / self.fps  # seconds, in the layers' own steps
        if self._fog is not None:
            shift = int(self._stepped(i, FOG_STEPS_PER_S) * w * 0.006) % w
            cv2.convertScaleAbs(frame, dst=frame, alpha=1.0 - self._fog_weight)
            cv2.add(frame, self._fog[:, shift:shift + w], dst=frame)
        if self._rain is not None:
            off = int(t * RAIN_SPEED * h) % h
            cv2.add(frame, self._rain[h - off:2 * h - off], dst=frame)
        if self._snow is not None:
            off = int(t * SNOW_SPEED * h) % h
            drift = int((math.sin(t * 0.8) * 0.5 + 0.5) * (self._snow.shape[1] - w))
            cv2.add(frame, self._snow[h - off:2 * h - off, drift:drift + w], dst=frame)
        if self._wind is not None:
            off = int(t * 0.5 * h) % h
            cv2.add(frame, self._wind[h - off:2 * h - off], dst=frame)
        if self._warm is not None:
            k = 1.0
            if self._flicker:
                k = 0.8 + 0.2 * math.sin(i * 1.7) * math.sin(i * 0.61 + 1.0)
            cv2.addWeighted(frame, 1.0, self._warm, k, 0, dst=frame)
        if self._alarm or self._neon:
            period = ALARM_PERIOD_S if self._alarm else 3.0
            pulse = 0.5 + 0.5 * math.sin(2 * math.pi * i / self.fps / period)
            a = (0.32 if self._alarm else 0.12) * pulse
            cv2.addWeighted(frame, 1.0 - a, self._red, a, 0, dst=frame)
        if i in self._flashes:
            if not self.interior:
                cv2.polylines(frame, [self._bolt], False, (255, 255, 255), max(2, h // 180), cv2.LINE_AA)
            cv2.addWeighted(frame, 0.55 if not self.interior else 0.75, np.full_like(frame, 255),
                            0.45 if not self.interior else 0.25, 0, dst=frame)
