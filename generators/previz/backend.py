"""The previz backend: a CPU animatic that needs no weights."""

from __future__ import annotations

import cv2

from director.errors import InputError
from generators.base import Backend, RenderSettings
from generators.previz.render import context_inputs
from generators.previz.roles import PrevizIdentity, PrevizKeyframe, PrevizShot

# Bump when the pixels change for the same inputs: it is part of every cache key.
PREVIZ_VERSION = "1.3.2"  # 1.3.2: colours and garments in Spanish, French, German, Italian, Portuguese descriptions; 1.3.1: resized rather than warped when upright, rows placed before drawing; 1.3: figures, props and vehicles by form; master and reverse set-ups per cut; sets by kind
PRESETS = ("default",)


def create_previz_backend(preset: str | None, settings: RenderSettings) -> Backend:
    """Build the previz backend. Its only preset is 'default'."""
    preset = preset or "default"
    if preset not in PRESETS:
        raise InputError(f"unknown previz preset '{preset}' (choose from: {', '.join(PRESETS)})")
    # Each clip's encoder already uses every core while its frames are drawn: OpenCV's own thread
    # pool only adds contention (about 10 % more CPU for the same frames), so it draws on one.
    cv2.setNumThreads(1)
    return Backend(
        name="previz", version=PREVIZ_VERSION, identity=PrevizIdentity(), keyframe=PrevizKeyframe(),
        shot=PrevizShot(), preset=preset, chains_shots=False,
        describe={"renderer": "previz animatic (Pillow + OpenCV)", "weights": None},
        context_inputs=context_inputs,
    )
