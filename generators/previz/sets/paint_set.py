"""Paint one window of a set: sky, graded scenery, lights (see generators.previz.sets.paint)."""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from generators.previz.compose import blend, pixels
from generators.previz.sets import indoor, outdoor
from generators.previz.sets.paint import INDOOR_GRADE, NIGHT_TIMES, OUTDOOR_GRADE, Canvas, grade, mix
from generators.previz.sets.pieces import Set
from generators.previz.sets.sky import paint_sky, sky_colours, sky_rows

_LIT_TIMES = NIGHT_TIMES + ("dusk",)
_BAD_WEATHER = {"rain", "storm", "snow", "fog"}


@dataclass
class PaintedSet:
    """A painted window of a set, and the world positions of what the renderer animates."""

    image: np.ndarray  # H x W x 3 RGB
    windows: list[tuple[float, float, float, float]] = field(default_factory=list)
    beams: list[tuple[float, float]] = field(default_factory=list)
    passing: list[tuple[float, float, float, float]] = field(default_factory=list)


def _gain(kind: str, interior: bool, time_of_day: str, atmosphere: tuple[str, ...]) -> tuple[tuple, float]:
    """(per-channel gain, grey) for the scenery."""
    if interior:
        if kind == "spacecraft":
            return (0.88, 0.94, 1.04), 0.0
        if kind == "cave":
            return (0.75, 0.68, 0.62), 0.1
        return INDOOR_GRADE[time_of_day], 0.0
    if kind in ("space", "spacecraft"):
        return (1.0, 1.0, 1.0), 0.0  # lit by an unfiltered sun whatever the clock says
    gain = OUTDOOR_GRADE[time_of_day]
    if _BAD_WEATHER & set(atmosphere):
        dim = 0.78 if "storm" in atmosphere else 0.88
        return tuple(g * dim for g in gain), 0.35
    return gain, 0.0


def paint_set(kind: str, interior: bool, time_of_day: str, features: tuple[str, ...],
              atmosphere: tuple[str, ...], seed: int, text: str,
              rect: tuple[float, float, float, float], size: tuple[int, int]) -> PaintedSet:
    """Paint the world window ``rect`` = (X0, Y0, X1, Y1) of a set into ``size`` = (w, h) pixels.
    The same arguments always give the same pixels; overlapping windows agree."""
    w, h = size
    ys = rect[1] + (np.arange(h, dtype=np.float32) + 0.5) * (rect[3] - rect[1]) / h
    if interior:
        back = Canvas.from_rows(rect, size, np.zeros((h, 3), np.float32))
    else:
        top, low = sky_colours(time_of_day, kind, atmosphere)
        back = Canvas.from_rows(rect, size, sky_rows(ys, top, low))
        paint_sky(back, kind, time_of_day, atmosphere, features, seed)
    lit = time_of_day in _LIT_TIMES or bool(interior and _BAD_WEATHER & set(atmosphere))
    scenery = Set(Canvas.transparent(rect, size), seed, kind, interior, time_of_day, features, atmosphere,
                  text.lower(), lit=lit)
    (indoor.paint_indoor if interior else outdoor.paint_outdoor)(scenery)
    gain, grey = _gain(kind, interior, time_of_day, atmosphere)
    drawn = pixels(scenery.cv.image)
    graded_arr = grade(drawn, gain, grey)
    if scenery.palette:
        _light_markers(drawn, graded_arr, scenery.palette)
    picture = Image.fromarray(_over(pixels(back.image), graded_arr))
    if "fog" in atmosphere and not interior:
        picture = _haze(picture, ys, mix(back.image.getpixel((0, 0)), (200, 204, 210), 0.6))
    lights = back.on(picture)
    for glow in scenery.glows:
        if glow.night_only and not lit:
            continue
        c = glow.coords
        if glow.shape == "rect":
            lights.rect(*c, fill=glow.colour)
        elif glow.shape == "circle":
            lights.circle(c[0], c[1], c[2], glow.colour)
        elif glow.shape == "poly":
            lights.polygon(list(zip(c[0::2], c[1::2])), glow.colour)
        elif glow.shape == "line":
            lights.line(c[0], c[1], c[2], c[3], glow.colour, c[4])
    return PaintedSet(pixels(picture).copy(), scenery.windows, scenery.beams, scenery.passing)


def _over(back: np.ndarray, layer: np.ndarray) -> np.ndarray:
    """An RGBA layer (straight alpha) over an opaque RGB picture, as a new RGB array. OpenCV, in
    place of Pillow's alpha_composite and its two conversions: canvases are a few megapixels."""
    out = np.array(back, copy=True)
    blend(out, cv2.cvtColor(np.ascontiguousarray(layer), cv2.COLOR_RGBA2mRGBA))
    return out


def _light_markers(drawn: np.ndarray, graded: np.ndarray, palette: list) -> None:
    """Turn the marker pixels of lit rectangles into their lights' colours, in place. A
    translucent light (alpha < 255) comes out dimmer, as if mixed with the dark pane under it."""
    rows, cols = np.nonzero(cv2.inRange(drawn, (255, 0, 1, 255), (255, 0, 255, 255)))  # one pass
    if rows.size == 0:
        return
    colours = np.zeros((256, 3), np.float32)
    for k, (r, g, b, a) in enumerate(palette):
        colours[k + 1] = np.array((r, g, b), np.float32) * (0.55 + 0.45 * a / 255.0)
    graded[rows, cols, :3] = colours[drawn[rows, cols, 2]].astype(np.uint8)


def _haze(picture: Image.Image, ys: np.ndarray, colour) -> Image.Image:
    """Fog: the distance (near the horizon) fades into the fog's colour."""
    weight = (0.75 * np.exp(-np.abs(ys) / 0.5)).astype(np.float32)[:, None, None]
    arr = pixels(picture).astype(np.float32)
    arr = arr * (1 - weight) + np.array(colour[:3], np.float32) * weight
    return Image.fromarray(arr.astype(np.uint8))
