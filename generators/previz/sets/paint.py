"""Drawing in world units, and the light of each time of day.

A set is painted in three passes: the sky (already in the time's colours, with its sun, moon,
stars or planet), the scenery in daylight colours on a transparent layer that is then graded by the
time of day (and darkened by bad weather), and lights that glow whatever the time (lit windows at
night, lamps, a lighthouse lantern, fire) drawn on top of the graded picture.
"""

from __future__ import annotations

import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

RGB = tuple[int, int, int]
WORLD_HALF_WIDTH = 14.0  # details are placed on X in [-14, 14]
SKY_TOP = -2.6  # highest world Y any shot sees

# time of day -> (sky top, sky at horizon, light_dx, sun X, sun Y)
# light_dx > 0: light comes from the left (the sun is on the left), shadows fall right.
TIMES: dict[str, tuple[RGB, RGB, float, float, float]] = {
    "dawn": ((70, 82, 140), (250, 176, 124), 1.0, -1.3, -0.12),
    "morning": ((96, 150, 222), (204, 224, 242), 0.6, -1.0, -0.75),
    "day": ((66, 128, 222), (184, 214, 242), 0.15, -0.3, -1.1),
    "afternoon": ((82, 132, 212), (234, 212, 172), -0.6, 1.0, -0.7),
    "dusk": ((62, 52, 112), (250, 136, 76), -1.0, 1.3, -0.1),
    "evening": ((26, 32, 72), (92, 74, 112), -0.3, 1.1, -0.9),
    "night": ((8, 10, 30), (32, 42, 74), 0.0, 1.0, -0.9),
}
# Per-channel gain on daylight colours: outdoors by the sky, indoors by the room's own lamps.
OUTDOOR_GRADE: dict[str, tuple[float, float, float]] = {
    "dawn": (0.98, 0.84, 0.8), "morning": (1.0, 0.98, 0.95), "day": (1.0, 1.0, 1.0),
    "afternoon": (1.03, 0.97, 0.88), "dusk": (0.92, 0.68, 0.58), "evening": (0.46, 0.46, 0.64),
    "night": (0.28, 0.33, 0.52),
}
INDOOR_GRADE: dict[str, tuple[float, float, float]] = {
    "dawn": (0.95, 0.9, 0.86), "morning": (1.0, 1.0, 0.98), "day": (1.0, 1.0, 1.0),
    "afternoon": (1.0, 0.97, 0.92), "dusk": (0.92, 0.82, 0.72), "evening": (0.8, 0.7, 0.6),
    "night": (0.68, 0.58, 0.5),
}
NIGHT_TIMES = ("night", "evening")


def mix(a, b, t: float) -> RGB:
    return tuple(int(round(x + (y - x) * t)) for x, y in zip(a[:3], b[:3]))  # type: ignore[return-value]


def scale(rgb, k: float) -> RGB:
    return tuple(max(0, min(255, int(round(c * k)))) for c in rgb[:3])  # type: ignore[return-value]


def rgba(rgb, alpha: int = 255) -> tuple[int, int, int, int]:
    return (int(rgb[0]), int(rgb[1]), int(rgb[2]), alpha)


def vertical_gradient(ys: np.ndarray, stops: list[tuple[float, RGB]]) -> np.ndarray:
    """Colour per row for world heights ``ys`` from (Y, colour) stops, as float32 rows x 3."""
    ys_stop = np.array([s[0] for s in stops], dtype=np.float32)
    cols = np.array([s[1] for s in stops], dtype=np.float32)
    return np.stack([np.interp(ys, ys_stop, cols[:, c]) for c in range(3)], axis=1)


class Canvas:
    """Pillow drawing in world coordinates over one window of the world."""

    def __init__(self, rect: tuple[float, float, float, float], size: tuple[int, int],
                 image: Image.Image):
        self.x0, self.y0, self.x1, self.y1 = rect
        self.w, self.h = size
        self.ppu = self.w / (self.x1 - self.x0)
        self.image = image
        self.draw = ImageDraw.Draw(self.image, "RGBA")

    @classmethod
    def from_rows(cls, rect, size, rows: np.ndarray) -> "Canvas":
        row_colours = rows.astype(np.uint8)  # converted once per row, then copied across
        img = np.ascontiguousarray(np.broadcast_to(row_colours[:, None, :], (size[1], size[0], 3)))
        return cls(rect, size, Image.fromarray(img))

    @classmethod
    def transparent(cls, rect, size) -> "Canvas":
        return cls(rect, size, Image.new("RGBA", size, (0, 0, 0, 0)))

    def on(self, image: Image.Image) -> "Canvas":
        """The same window drawing onto another image."""
        return Canvas((self.x0, self.y0, self.x1, self.y1), (self.w, self.h), image)

    def px(self, x: float, y: float) -> tuple[float, float]:
        return ((x - self.x0) * self.ppu, (y - self.y0) * self.ppu)

    def visible(self, x0: float, x1: float, y0: float = -99.0, y1: float = 99.0) -> bool:
        return x1 >= self.x0 and x0 <= self.x1 and y1 >= self.y0 and y0 <= self.y1

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill, outline=None, width: float = 0.0) -> None:
        a, b = self.px(x0, y0)
        c, d = self.px(x1, y1)
        self.draw.rectangle([a, b, max(a, c), max(b, d)], fill=fill, outline=outline,
                            width=max(1, int(round(width * self.ppu))) if outline else 0)

    def ellipse(self, x0: float, y0: float, x1: float, y1: float, fill) -> None:
        a, b = self.px(x0, y0)
        c, d = self.px(x1, y1)
        self.draw.ellipse([a, b, max(a, c), max(b, d)], fill=fill)

    def circle(self, x: float, y: float, r: float, fill) -> None:
        self.ellipse(x - r, y - r, x + r, y + r, fill)

    def polygon(self, pts, fill) -> None:
        self.draw.polygon([self.px(x, y) for x, y in pts], fill=fill)

    def line(self, x0: float, y0: float, x1: float, y1: float, fill, width_units: float) -> None:
        self.draw.line([self.px(x0, y0), self.px(x1, y1)], fill=fill,
                       width=max(1, int(round(width_units * self.ppu))))

    def arc_top(self, x0: float, y0: float, x1: float, y1: float, fill) -> None:
        """A shape with a round top: a rectangle under half an ellipse (arched windows, doors)."""
        r = (x1 - x0) / 2
        self.ellipse(x0, y0, x1, y0 + 2 * r, fill)
        self.rect(x0, y0 + r, x1, y1, fill)


def grade(image: np.ndarray, gain: tuple[float, float, float], grey: float = 0.0) -> np.ndarray:
    """Colours times a per-channel gain, pulled ``grey`` of the way towards their own grey (alpha,
    if any, kept). One 3x3 colour transform per pixel, done by OpenCV."""
    mix_grey = (1.0 - grey) * np.eye(3) + grey / 3.0 * np.ones((3, 3))
    matrix = np.diag(np.array(gain, dtype=np.float64)) @ mix_grey
    if image.shape[2] == 4:
        matrix = np.pad(matrix, ((0, 1), (0, 1)))
        matrix[3, 3] = 1.0
    return cv2.transform(np.ascontiguousarray(image), matrix)


def along(seed: int, gap: tuple[float, float], start: float = -WORLD_HALF_WIDTH,
          stop: float = WORLD_HALF_WIDTH):
    """(index, X, per-item generator) stepping along X with random gaps: the same items whatever
    window is painted, each with its own generator."""
    rng = random.Random(seed)
    x, index = start, 0
    while x < stop:
        index += 1
        yield index, x, random.Random(seed * 1_000_003 + index)
        x += rng.uniform(*gap)


def row(seed: int, width: tuple[float, float], gap: tuple[float, float] = (0.0, 0.0),
        start: float = -WORLD_HALF_WIDTH, stop: float = WORLD_HALF_WIDTH):
    """(X, width, per-item generator) for things side by side along X (a street's facades).
    Each item's width and the gap after it are drawn before the caller uses its generator, so
    the positions do not depend on what the caller draws (or skips, out of sight)."""
    x, index = start, 0
    while x < stop:
        index += 1
        item = random.Random(seed * 1_000_003 + index)
        w = item.uniform(*width)
        after = item.uniform(*gap)
        yield x, w, item
        x += w + after
