"""The sky behind a set: its colours by time of day and weather, its clouds, sun, moon, stars and
planets. Also what a window or porthole looks out on."""

from __future__ import annotations

import math
import random

import numpy as np

from generators.previz.sets.paint import (
    NIGHT_TIMES, SKY_TOP, TIMES, WORLD_HALF_WIDTH, Canvas, RGB, mix, rgba, scale, vertical_gradient,
)

_SPACE_TOP: RGB = (2, 3, 10)
_SPACE_LOW: RGB = (10, 12, 30)
_STORM_TOP: RGB = (58, 62, 72)
_STORM_LOW: RGB = (120, 124, 132)


def sky_colours(time_of_day: str, kind: str, atmosphere: tuple[str, ...]) -> tuple[RGB, RGB]:
    """(top, horizon) colours of the sky: space is black; rain, storms and fog grey it."""
    if kind in ("space", "spacecraft"):
        return _SPACE_TOP, _SPACE_LOW
    top, low = TIMES[time_of_day][:2]
    if {"storm", "rain", "snow", "fog"} & set(atmosphere):
        k = 0.7 if "storm" in atmosphere else 0.5
        dim = 0.45 if time_of_day in NIGHT_TIMES else 1.0
        top = mix(top, scale(_STORM_TOP, dim), k)
        low = mix(low, scale(_STORM_LOW, dim), k)
    return top, low


def sky_rows(ys: np.ndarray, top: RGB, low: RGB) -> np.ndarray:
    return vertical_gradient(ys, [(SKY_TOP, top), (-0.02, low), (0.0, low)])


def stars(cv: Canvas, seed: int, count: int = 420, y_range=(SKY_TOP, -0.2),
          x_range=(-WORLD_HALF_WIDTH, WORLD_HALF_WIDTH)) -> None:
    rng = random.Random(seed ^ 0x5EED)
    for _ in range(count):
        x, y = rng.uniform(*x_range), rng.uniform(*y_range)
        r = rng.uniform(0.003, 0.009)
        cv.circle(x, y, r, (255, 255, 236, rng.randint(120, 240)))


def clouds(cv: Canvas, seed: int, colour: RGB, alpha: int, count: int = 40,
           y_range=(-1.9, -0.35), size=(0.25, 0.6)) -> None:
    rng = random.Random(seed ^ 0xC10D)
    for _ in range(count):
        x, y = rng.uniform(-WORLD_HALF_WIDTH, WORLD_HALF_WIDTH), rng.uniform(*y_range)
        cw = rng.uniform(*size)
        for _ in range(5):
            dx, dy = rng.uniform(-cw / 2, cw / 2), rng.uniform(-0.03, 0.02)
            r = rng.uniform(0.05, 0.11) * cw / 0.4
            cv.ellipse(x + dx - r * 1.6, y + dy - r, x + dx + r * 1.6, y + dy + r, rgba(colour, alpha))


def planet(cv: Canvas, x: float, y: float, r: float, seed: int) -> None:
    """A banded gas giant with a lit limb (Jupiter-like), or a blue world, by seed."""
    rng = random.Random(seed ^ 0x91A7)
    banded = rng.random() < 0.6
    base = (214, 170, 120) if banded else (70, 120, 200)
    cv.circle(x, y, r * 1.08, rgba(mix(base, (255, 255, 255), 0.3), 50))
    cv.circle(x, y, r, rgba(base))
    if banded:
        for k in range(7):
            by = y - r + (k + 0.5) * 2 * r / 7
            half = math.sqrt(max(0.0, r * r - (by - y) ** 2))
            col = (180, 120, 80) if k % 2 else (236, 204, 160)
            cv.ellipse(x - half, by - r * 0.07, x + half, by + r * 0.07, rgba(col, 200))
        cv.ellipse(x + r * 0.2, y + r * 0.25, x + r * 0.45, y + r * 0.4, rgba((190, 90, 60), 230))
    else:
        for _ in range(6):
            cx, cy = x + rng.uniform(-0.6, 0.6) * r, y + rng.uniform(-0.6, 0.6) * r
            cv.ellipse(cx - r * 0.25, cy - r * 0.12, cx + r * 0.25, cy + r * 0.12, rgba((80, 150, 80), 220))
    # The night side: a dark crescent away from the light.
    cv.ellipse(x + r * 0.2, y - r * 1.02, x + r * 1.6, y + r * 1.02, (0, 0, 10, 110))


def sun_and_moon(cv: Canvas, time_of_day: str, atmosphere: tuple[str, ...], with_moon: bool) -> None:
    _, _, _, sun_x, sun_y = TIMES[time_of_day]
    if {"storm", "rain", "fog", "snow"} & set(atmosphere):
        return  # hidden behind the clouds
    night = time_of_day in NIGHT_TIMES
    if night or with_moon:
        mx, my = (sun_x, sun_y) if night else (-sun_x * 0.8, -1.4)
        cv.circle(mx, my, 0.22, (255, 255, 230, 36))
        cv.circle(mx, my, 0.09, (246, 244, 226, 255))
        cv.circle(mx + 0.025, my - 0.02, 0.02, (200, 200, 190, 120))  # a crater
    if not night:
        cv.circle(sun_x, sun_y, 0.22, (255, 230, 160, 70))
        cv.circle(sun_x, sun_y, 0.085, (255, 242, 196, 255))


def paint_sky(cv: Canvas, kind: str, time_of_day: str, atmosphere: tuple[str, ...],
              features: tuple[str, ...], seed: int) -> None:
    """Everything above the horizon that is not scenery."""
    space = kind in ("space", "spacecraft")
    night = time_of_day in NIGHT_TIMES
    stormy = bool({"storm", "rain", "snow"} & set(atmosphere))
    if space or (night and not stormy) or "stars" in features and night:
        stars(cv, seed, 700 if space else 420)
    if space or "planet" in features:
        # Big enough to fill part of most frames: one near the middle, a smaller one further on.
        planet(cv, 0.9, -1.05 if not space else -0.55, 0.55 if space else 0.38, seed)
        planet(cv, -4.2, -1.3, 0.2, seed + 1)
    if not space:
        if stormy:
            dark = (70, 74, 84) if not night else (30, 32, 40)
            clouds(cv, seed, dark, 200, 70, (-2.4, -0.2), (0.5, 1.2))
        elif not night:
            clouds(cv, seed, (255, 255, 255), 150)
        sun_and_moon(cv, time_of_day, atmosphere, "moon" in features)


def view_out(cv: Canvas, x0: float, y0: float, x1: float, y1: float, kind: str, time_of_day: str,
             atmosphere: tuple[str, ...], features: tuple[str, ...], seed: int) -> None:
    """What a window (or porthole, clipped by the caller's frame) shows: sky, and land or sea."""
    top, low = sky_colours(time_of_day, kind, atmosphere)
    steps = 8
    for k in range(steps):
        a, b = y0 + (y1 - y0) * k / steps, y0 + (y1 - y0) * (k + 1) / steps
        cv.rect(x0, a, x1, b, rgba(mix(top, low, (k + 0.5) / steps)))
    rng = random.Random(seed ^ int((x0 + 20) * 1000))
    night = time_of_day in NIGHT_TIMES
    space = kind in ("space", "spacecraft")
    if space or night:
        for _ in range(int(60 * (x1 - x0) * (y1 - y0)) + 4):
            x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
            cv.circle(x, y, 0.006, (255, 255, 236, 220))
    if space:
        if "planet" in features or kind == "spacecraft":
            r = (y1 - y0) * 0.3
            planet(cv, x0 + (x1 - x0) * rng.uniform(0.4, 0.6), y0 + (y1 - y0) * 0.55, r, seed)
        return
    # Land or sea in the lower third.
    horizon = y0 + (y1 - y0) * 0.66
    from generators.previz.sets.paint import OUTDOOR_GRADE  # local: one table, two users
    g = OUTDOOR_GRADE[time_of_day]
    water = kind in ("sea", "harbour", "beach", "river")
    land = (60, 110, 160) if water else (80, 130, 70)
    land = tuple(int(c * k) for c, k in zip(land, g))
    cv.rect(x0, horizon, x1, y1, rgba(land))
    hill = mix(land, low, 0.4)
    n = 5
    for k in range(n):
        hx = x0 + (x1 - x0) * (k + rng.random() * 0.5) / n
        cv.ellipse(max(x0, hx - 0.12), horizon - 0.05, min(x1, hx + 0.14), horizon + 0.05, rgba(hill))
    if night:
        for _ in range(3):
            x = rng.uniform(x0, x1)
            cv.circle(x, horizon + 0.02, 0.008, (255, 220, 140, 230))
    _weather_on_glass(cv, x0, y0, x1, y1, atmosphere, rng)


def _weather_on_glass(cv: Canvas, x0: float, y0: float, x1: float, y1: float,
                      atmosphere: tuple[str, ...], rng: random.Random) -> None:
    """Rain streaking down a window, or snow flying past it, seen from inside."""
    area = (x1 - x0) * (y1 - y0)
    if {"rain", "storm"} & set(atmosphere) and "snow" not in atmosphere:
        for _ in range(int(900 * area) + 3):
            x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
            length = rng.uniform(0.03, 0.08)
            cv.line(x, y, x + length * 0.15, min(y1, y + length), (200, 210, 225, 150), 0.004)
    elif "snow" in atmosphere:
        for _ in range(int(700 * area) + 3):
            cv.circle(rng.uniform(x0, x1), rng.uniform(y0, y1), 0.006, (250, 250, 255, 220))
