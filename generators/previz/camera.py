"""The camera: per-frame transforms of the background and foreground layers.

A shot has two layers: the background (far) and the figures (near). Each frame maps a layer's rest
position (the frame as planned, at the shot's start) to where it appears now by a similarity
transform about the frame centre: scale, rotation, shift. Rotating the camera (pan, tilt, zoom)
moves both layers alike; moving it (dolly, truck, pedestal, crane, orbit) moves the near layer more
than the far one (parallax). Directions follow the picture: a pan right slides content left, a tilt
up slides it down, a zoom in grows it.

Frame 0 is always the rest framing (plus the dutch angle and handheld shake), so the keyframe shows
the planned start layout exactly.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import numpy as np

from director.plan import Camera

# World units per frame height, by shot size (see scene_art: one unit ~ a medium shot).
VIEW_HEIGHT = {"ECU": 0.32, "CU": 0.48, "MCU": 0.66, "MS": 0.9, "MLS": 1.15, "LS": 1.5, "WS": 2.0,
               "EWS": 2.9}
# Where the horizon sits (fraction of frame height from the top), by camera angle.
HORIZON = {"eye": 0.5, "high": 0.28, "low": 0.72, "overhead": 0.06, "dutch": 0.48}
DUTCH_DEG = 6.0
# Background blur (fraction of frame height) for tight shots: a shallow depth of field.
BACKGROUND_BLUR = {"ECU": 0.008, "CU": 0.005, "MCU": 0.0025}

_TRAVEL_RATE = {"slow": 0.04, "medium": 0.08, "fast": 0.16}  # frame widths per second
_ZOOM_RATE = {"slow": 0.05, "medium": 0.1, "fast": 0.2}  # scale gained per second
MAX_TRAVEL = 0.9
MAX_ZOOM = 1.9
PARALLAX = 0.35  # how far the background moves when the camera translates, relative to figures
HANDHELD_SHIFT = 0.006  # of frame height
HANDHELD_DEG = 0.3


def ease_in_out(t: float) -> float:
    """Smoothstep: starts and ends at rest, so moves begin and settle gently."""
    t = min(1.0, max(0.0, t))
    return t * t * (3.0 - 2.0 * t)


@dataclass(frozen=True)
class LayerPose:
    """A layer's transform about the frame centre: scale, rotation (degrees), shift (pixels)."""

    scale: float = 1.0
    angle_deg: float = 0.0
    dx: float = 0.0
    dy: float = 0.0

    def matrix(self, width: int, height: int) -> np.ndarray:
        """3x3 matrix from rest-frame pixels to frame pixels."""
        cx, cy = width / 2.0, height / 2.0
        a = math.radians(self.angle_deg)
        c, s = math.cos(a) * self.scale, math.sin(a) * self.scale
        return np.array([
            [c, -s, cx + self.dx - (c * cx - s * cy)],
            [s, c, cy + self.dy - (s * cx + c * cy)],
            [0.0, 0.0, 1.0],
        ])


@dataclass(frozen=True)
class CameraPath:
    """The camera over one shot. ``poses(progress, seconds)`` gives (background, figures)."""

    camera: Camera
    duration_s: float
    width: int
    height: int
    seed: int

    @property
    def travel(self) -> float:
        """Total travel of pans, trucks, tilts... as a fraction of the frame."""
        return min(MAX_TRAVEL, max(0.05, _TRAVEL_RATE[self.camera.speed] * self.duration_s))

    @property
    def zoom(self) -> float:
        """Total scale factor of zooms and dollies (>= 1)."""
        return min(MAX_ZOOM, 1.0 + max(0.06, _ZOOM_RATE[self.camera.speed] * self.duration_s))

    def poses(self, progress: float, seconds: float) -> tuple[LayerPose, LayerPose]:
        """Layer poses at linear progress 0..1 through the shot and time ``seconds`` into it."""
        cam = self.camera
        p = ease_in_out(progress)
        w, h = self.width, self.height
        move, d = cam.move, cam.direction
        base_angle = DUTCH_DEG if cam.angle == "dutch" else 0.0
        bg = dict(scale=1.0, angle_deg=base_angle, dx=0.0, dy=0.0)
        fg = dict(bg)
        a = self.travel
        side = 1.0 if d in ("right", "up", "in") else -1.0

        if move == "pan":  # turn the camera: everything slides the other way, no parallax
            for layer in (bg, fg):
                layer["dx"] = -side * a * w * p
        elif move == "tilt":  # tilt up: content slides down
            for layer in (bg, fg):
                layer["dy"] = side * a * h * p
        elif move == "zoom":
            z = self.zoom ** (side * p)
            bg["scale"] = fg["scale"] = z
        elif move == "dolly":  # move in: near figures grow faster than the far background
            fg["scale"] = self.zoom ** (side * p)
            bg["scale"] = (1.0 + (self.zoom - 1.0) * PARALLAX) ** (side * p)
        elif move == "truck":
            fg["dx"] = -side * a * w * p
            bg["dx"] = -side * a * w * p * PARALLAX
        elif move == "pedestal":
            fg["dy"] = side * a * h * p
            bg["dy"] = side * a * h * p * PARALLAX
        elif move == "crane":  # rise and pull back a little (up), or sink and close in (down)
            fg["dy"] = side * a * h * p
            bg["dy"] = side * a * h * p * PARALLAX
            fg["scale"] = 1.0 - side * 0.12 * p
            bg["scale"] = 1.0 - side * 0.05 * p
        elif move == "orbit":  # circle the subject: background sweeps past it, a slight roll
            fg["dx"] = -side * a * w * p * 0.25
            bg["dx"] = side * a * w * p * 0.7
            fg["scale"] = 1.0 + 0.05 * p
            for layer in (bg, fg):
                layer["angle_deg"] += side * 1.5 * p
        if move == "handheld":
            sx, sy, rot = self._shake(seconds)
            for layer in (bg, fg):
                layer["dx"] += sx
                layer["dy"] += sy
                layer["angle_deg"] += rot
        return LayerPose(**bg), LayerPose(**fg)

    def _shake(self, seconds: float) -> tuple[float, float, float]:
        """Smooth, seeded wobble: a few sines with random frequencies and phases."""
        rng = random.Random(self.seed * 7919 + 17)
        out = []
        for amp in (HANDHELD_SHIFT * self.height, HANDHELD_SHIFT * self.height, HANDHELD_DEG):
            total = 0.0
            for _ in range(3):
                f, phase = rng.uniform(0.3, 1.4), rng.uniform(0.0, 2 * math.pi)
                total += math.sin(2 * math.pi * f * seconds + phase)
            out.append(amp * total / 3.0)
        return out[0], out[1], out[2]
