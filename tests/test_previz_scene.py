"""Backgrounds are one consistent world per place; angles move the horizon; dialogue timing."""

from __future__ import annotations

import numpy as np

from director.plan import Shot
from generators.previz.render import ShotRenderer
from generators.previz.scene_art import paint_background, setting_from_text
from director.timeline import dialogue_spans
from tests.test_previz_helpers import SMALL, context, one_shot_plan


def test_overlapping_windows_of_a_place_agree():
    for heading, place in (("EXT. CITY STREET - DUSK", "city street"), ("INT. KITCHEN - NIGHT", "kitchen")):
        setting = setting_from_text(place, heading, "dusk")
        ppu = 200  # pixels per world unit, both windows
        a = paint_background(setting, (-1.0, -1.0, 1.0, 1.0), (400, 400))
        b = paint_background(setting, (0.0, -1.0, 2.0, 1.0), (400, 400))
        overlap_a, overlap_b = a[:, ppu:].astype(int), b[:, :ppu].astype(int)
        assert np.abs(overlap_a - overlap_b).mean() < 2.0, heading


def test_places_differ_and_time_of_day_changes_the_sky():
    rect, size = (-1.0, -1.0, 1.0, 1.0), (200, 200)
    field_day = paint_background(setting_from_text("meadow", "EXT. MEADOW", "day"), rect, size)
    field_night = paint_background(setting_from_text("meadow", "EXT. MEADOW", "night"), rect, size)
    street_day = paint_background(setting_from_text("city street", "EXT. STREET", "day"), rect, size)
    forest_day = paint_background(setting_from_text("forest", "EXT. FOREST", "day"), rect, size)
    assert field_day[:40].mean() > field_night[:40].mean() + 60  # a bright sky against a dark one
    assert np.abs(street_day.astype(int) - forest_day.astype(int)).mean() > 10


def _horizon_row(frame: np.ndarray) -> int:
    """The row with the sharpest change in mean brightness (sky to ground)."""
    rows = frame.astype(float).mean(axis=(1, 2))
    return int(np.argmax(np.abs(np.diff(rows))))


def test_high_angle_puts_the_horizon_above_a_low_angle():
    high = ShotRenderer(context(one_shot_plan({"shot_size": "WS", "angle": "high"}, heading="EXT. FIELD - DAY")), SMALL)
    low = ShotRenderer(context(one_shot_plan({"shot_size": "WS", "angle": "low"}, heading="EXT. FIELD - DAY")), SMALL)
    assert _horizon_row(high.frame(0)) + 40 < _horizon_row(low.frame(0))


def test_dialogue_lines_share_the_shot_in_order():
    shot = Shot(id="a", description="x", duration_s=6.0, dialogue=[
        {"speaker": "A", "text": "A short line."},
        {"speaker": "B", "text": "A much longer line that needs more time to read on screen."},
    ])
    spans = dialogue_spans(shot)
    assert [i for _, _, i in spans] == [0, 1]
    (s0, e0, _), (s1, e1, _) = spans
    assert s0 == 0.0 and e0 < s1 and e1 == 6.0
    assert (e1 - s1) > (e0 - s0)
