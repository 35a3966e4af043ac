"""A minimal third-party style backend registered through the public registry hook.

It paints each shot a flat colour derived from its description, which makes store, render graph
and assembly behaviour easy to assert without depending on the previz renderer. It counts its
generate calls so tests can see exactly what was re-made.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

from director.timeline import shot_frames
from director.video import ClipWriter
from generators.base import Backend, ClipResult, ImageResult, RenderSettings
from generators.registry import register_backend

CALLS: Counter = Counter()


def colour_of(text: str) -> tuple[int, int, int]:
    d = hashlib.sha256(text.encode()).digest()
    return (40 + d[0] % 180, 40 + d[1] % 180, 40 + d[2] % 180)


class _Identity:
    def generate(self, entity, plan, settings, out_path, progress=None):
        CALLS["identity"] += 1
        Image.new("RGB", (64, 64), colour_of(entity.description + entity.name)).save(out_path, format="PNG")
        return ImageResult(Path(out_path), 0.0)


class _Keyframe:
    def generate(self, ctx, references, settings, out_path, progress=None):
        CALLS["keyframe"] += 1
        Image.new("RGB", (settings.width, settings.height), colour_of(ctx.shot.description)).save(out_path, format="PNG")
        return ImageResult(Path(out_path), 0.0)


class _Shot:
    def generate(self, ctx, keyframe, references, settings, out_path, carry_in=None, progress=None):
        CALLS["shot"] += 1
        time.sleep(float(os.environ.get("SOLID_SHOT_DELAY", "0")))  # lets tests kill a run mid-render
        frames = shot_frames(ctx.shot.duration_s, settings.fps)
        ents = "".join(e.description for e in ctx.entities)
        colour = np.array(colour_of(ctx.shot.description + ents), dtype=np.uint8)
        with ClipWriter(Path(out_path), settings.width, settings.height, settings.fps) as w:
            for i in range(frames):
                frame = np.empty((settings.height, settings.width, 3), np.uint8)
                frame[:] = colour
                frame[: settings.height // 8, : (i * settings.width) // frames] = 255  # a progress bar
                w.write(frame)
        return ClipResult(Path(out_path), frames, 0.0)


def create_solid_backend(preset, settings: RenderSettings) -> Backend:
    return Backend("solid", "1", _Identity(), _Keyframe(), _Shot(), preset=preset or "default")


register_backend("solid", create_solid_backend)
