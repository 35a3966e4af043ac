"""The previz renderer's shortcuts draw what the general path draws: a resize instead of a warp
for upright moves, trimmed sprites, half-size painting under a heavy blur, OpenCV's premultiply."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image

from generators.base import RenderSettings
from generators.previz import figures, render
from generators.previz.compose import premultiply, resize_paste, warp_paste
from tests.test_previz_helpers import context, one_shot_plan

MEDIUM = RenderSettings(width=480, height=270, fps=12)
LAYOUT = {"mara": {"start": [0.1, 0.2, 0.35, 1.0], "end": [0.2, 0.2, 0.45, 1.0]},
          "tom": {"start": [0.6, 0.25, 0.85, 1.0], "end": [0.55, 0.25, 0.8, 1.0]}}


def _sprite() -> np.ndarray:
    """A soft-edged premultiplied figure-like sprite with colour detail."""
    img = Image.new("RGBA", (120, 260), (0, 0, 0, 0))
    arr = np.zeros((260, 120, 4), np.uint8)
    cv2.ellipse(arr, (60, 130), (45, 120), 0, 0, 360, (200, 80, 40, 255), -1)
    cv2.rectangle(arr, (40, 30), (80, 60), (30, 200, 90, 255), -1)
    img = Image.fromarray(cv2.GaussianBlur(arr, (0, 0), 1.2))
    return premultiply(img)


def _centroid(frame: np.ndarray, background: int) -> tuple[float, float]:
    ys, xs = np.nonzero(np.abs(frame.astype(int) - background).sum(axis=2) > 30)
    return float(xs.mean()), float(ys.mean())


@pytest.mark.parametrize("scale,tx,ty", [(0.5, 100.3, 40.7), (0.93, -30.2, 10.5), (1.4, 300.6, -120.2),
                                         (0.27, 460.9, 200.1)])
def test_resize_paste_lands_where_the_warp_does(scale, tx, ty):
    sprite = _sprite()
    warped = np.full((270, 480, 3), 60, np.uint8)
    resized = warped.copy()
    warp_paste(warped, sprite, np.array([[scale, 0, tx], [0, scale, ty], [0, 0, 1.0]]))
    resize_paste(resized, sprite, scale, tx, ty)
    assert np.abs(warped.astype(int) - resized.astype(int)).mean() < 1.0
    (wx, wy), (rx, ry) = _centroid(warped, 60), _centroid(resized, 60)
    assert abs(wx - rx) <= 0.6 and abs(wy - ry) <= 0.6  # the nearest whole pixel, no drift


@pytest.mark.parametrize("move,direction", [("zoom", "in"), ("dolly", "out"), ("crane", "up")])
def test_upright_moves_resize_to_the_warped_picture(monkeypatch, move, direction):
    plan = one_shot_plan({"shot_size": "MS", "move": move, "direction": direction, "speed": "fast"},
                         ["mara", "tom", "lamp"], LAYOUT, duration_s=2.0)
    fast = render.ShotRenderer(context(plan), MEDIUM)
    frames_fast = [fast.frame(i) for i in (0, fast.count // 2, fast.count - 1)]
    resized = sum(fast._resize_background(fast._bg_warp[i]) is not None for i in range(fast.count))
    assert resized >= fast.count - 2  # the shortcut is taken, not just available
    monkeypatch.setattr(render.ShotRenderer, "_resize_background", lambda self, m: None)
    monkeypatch.setattr(render, "resize_paste", lambda frame, rgba, s, tx, ty: warp_paste(
        frame, rgba, np.array([[s, 0, tx], [0, s, ty], [0, 0, 1.0]])))
    slow = render.ShotRenderer(context(plan), MEDIUM)
    for i, frame in zip((0, slow.count // 2, slow.count - 1), frames_fast):
        assert np.abs(slow.frame(i).astype(int) - frame.astype(int)).mean() < 1.5


def test_trimmed_sprites_draw_the_same_figures(monkeypatch):
    plan = one_shot_plan({"shot_size": "MLS", "move": "dolly", "direction": "in", "speed": "medium"},
                         ["mara", "tom"], LAYOUT, duration_s=1.0)
    trimmed = render.ShotRenderer(context(plan), MEDIUM)
    for fig in trimmed._figures:  # the figure reaches within two pixels of each side
        columns = np.flatnonzero(fig.sprite.rgba[..., 3].any(axis=0))
        assert columns[0] <= 2 and columns[-1] >= fig.sprite.rgba.shape[1] - 3
    figures._cached_figure.cache_clear()
    monkeypatch.setattr(figures, "_trimmed", lambda sprite: sprite)
    try:
        whole = render.ShotRenderer(context(plan), MEDIUM)
        for f_trim, f_whole in zip(trimmed._figures, whole._figures):
            assert f_trim.sprite.rgba.shape[1] < f_whole.sprite.rgba.shape[1]  # air was cut away
        for i in (0, trimmed.count - 1):
            # the same figures in the same places, to the nearest whole pixel
            assert np.abs(trimmed.frame(i).astype(int) - whole.frame(i).astype(int)).mean() < 1.5
    finally:
        figures._cached_figure.cache_clear()


def test_heavily_blurred_background_painted_at_half_size_looks_the_same(monkeypatch):
    plan = one_shot_plan({"shot_size": "CU", "move": "static"}, ["mara"],
                         {"mara": {"start": [0.3, 0.05, 0.7, 1.0], "end": [0.3, 0.05, 0.7, 1.0]}},
                         duration_s=0.5)
    half = render.ShotRenderer(context(plan), MEDIUM).frame(0)
    monkeypatch.setattr(render, "HALF_PAINT_BLUR_PX", float("inf"))
    full = render.ShotRenderer(context(plan), MEDIUM).frame(0)
    assert np.abs(half.astype(int) - full.astype(int)).mean() < 1.0


def test_premultiply_rounds_like_the_formula():
    values = np.arange(256, dtype=np.uint16)
    colour, alpha = np.meshgrid(values, values)
    rgba = np.stack([colour, 255 - colour, colour // 2, alpha], axis=2).astype(np.uint8)
    out = premultiply(Image.fromarray(rgba))
    expected = (rgba[..., :3].astype(np.uint16) * rgba[..., 3:4] + 127) // 255
    assert np.array_equal(out[..., :3], expected.astype(np.uint8))
    assert np.array_equal(out[..., 3], rgba[..., 3])
