"""Camera moves in rendered, decoded previz clips go the right way, with no false cuts."""

from __future__ import annotations

import pytest
from scenedetect import ContentDetector, detect

from tests.test_previz_helpers import best_scale, colour_mask, one_shot_plan, render_clip, total_shift

RED = (196, 40, 40)


@pytest.mark.parametrize(
    ("move", "direction", "sign_x", "sign_y"),
    [
        ("pan", "right", -1, 0), ("pan", "left", 1, 0),
        ("tilt", "up", 0, 1), ("tilt", "down", 0, -1),
        ("truck", "right", -1, 0), ("pedestal", "up", 0, 1),
        ("crane", "up", 0, 1),
    ],
)
def test_translating_moves_shift_content_the_right_way(tmp_path, move, direction, sign_x, sign_y):
    plan = one_shot_plan({"shot_size": "LS", "move": move, "direction": direction, "speed": "fast"})
    _, frames = render_clip(plan, tmp_path / "clip.mp4")
    dx, dy = total_shift(frames)
    if sign_x:
        assert dx * sign_x > 8, (dx, dy)
        assert abs(dy) < abs(dx) / 2
    if sign_y:
        assert dy * sign_y > 4, (dx, dy)
        assert abs(dx) < abs(dy) / 2


@pytest.mark.parametrize(("direction", "grows"), [("in", True), ("out", False)])
def test_zoom_scales_content(tmp_path, direction, grows):
    plan = one_shot_plan({"shot_size": "WS", "move": "zoom", "direction": direction, "speed": "fast"})
    _, frames = render_clip(plan, tmp_path / "clip.mp4")
    scale = best_scale(frames[0], frames[-1])
    assert (scale > 1.15) if grows else (scale < 0.87), scale


def test_dolly_in_grows_the_figure_more_than_the_background(tmp_path):
    layout = {"mara": {"start": [0.4, 0.25, 0.6, 0.9], "end": [0.4, 0.25, 0.6, 0.9]}}
    plan = one_shot_plan({"shot_size": "LS", "move": "dolly", "direction": "in", "speed": "fast"},
                         entities=["mara"], layout=layout)
    _, frames = render_clip(plan, tmp_path / "clip.mp4")
    first, last = (colour_mask(f, RED) for f in (frames[0], frames[-1]))
    figure_scale = (last.sum() / first.sum()) ** 0.5
    background = ~(first | last)
    background[:, 100:220] = False  # keep clear of the figure's neighbourhood
    background_scale = best_scale(frames[0], frames[-1], background)
    assert figure_scale > 1.3, figure_scale
    assert 1.02 < background_scale < figure_scale - 0.15, (background_scale, figure_scale)


def test_orbit_sweeps_background_past_the_subject(tmp_path):
    layout = {"mara": {"start": [0.42, 0.25, 0.58, 0.9], "end": [0.42, 0.25, 0.58, 0.9]}}
    plan = one_shot_plan({"shot_size": "LS", "move": "orbit", "direction": "right", "speed": "fast"},
                         entities=["mara"], layout=layout)
    _, frames = render_clip(plan, tmp_path / "clip.mp4")
    fig_start = colour_mask(frames[0], RED).nonzero()[1].mean()
    fig_end = colour_mask(frames[-1], RED).nonzero()[1].mean()
    bg_dx, _ = total_shift(frames, region=(215, 320, 0, 180))
    assert bg_dx > 8, bg_dx
    assert abs(fig_end - fig_start) < bg_dx / 2, (fig_start, fig_end, bg_dx)


def test_truck_has_parallax(tmp_path):
    layout = {"mara": {"start": [0.42, 0.25, 0.58, 0.9], "end": [0.42, 0.25, 0.58, 0.9]}}
    plan = one_shot_plan({"shot_size": "LS", "move": "truck", "direction": "left", "speed": "fast"},
                         entities=["mara"], layout=layout)
    _, frames = render_clip(plan, tmp_path / "clip.mp4")
    fig_dx = colour_mask(frames[-1], RED).nonzero()[1].mean() - colour_mask(frames[0], RED).nonzero()[1].mean()
    bg_dx, _ = total_shift(frames, region=(0, 130, 40, 180))
    assert fig_dx > 0 and bg_dx > 0, (fig_dx, bg_dx)  # truck left: content slides right
    assert fig_dx > bg_dx * 1.5, (fig_dx, bg_dx)


MOVES = [
    ("static", "none"), ("pan", "right"), ("pan", "left"), ("tilt", "up"), ("zoom", "in"),
    ("zoom", "out"), ("dolly", "in"), ("dolly", "out"), ("truck", "right"), ("pedestal", "down"),
    ("orbit", "left"), ("crane", "up"), ("crane", "down"), ("handheld", "none"),
]


@pytest.mark.parametrize(("move", "direction"), MOVES)
def test_no_false_cuts_within_a_shot(tmp_path, move, direction):
    layout = {"mara": {"start": [0.1, 0.3, 0.3, 0.95], "end": [0.6, 0.3, 0.8, 0.95]},
              "lamp": {"start": [0.7, 0.7, 0.8, 0.9], "end": [0.7, 0.7, 0.8, 0.9]}}
    plan = one_shot_plan({"shot_size": "MLS", "move": move, "direction": direction, "speed": "fast"},
                         entities=["mara", "tom", "lamp"], layout=layout, duration_s=4.0,
                         heading="EXT. CITY STREET - NIGHT", time_of_day="night",
                         dialogue=[{"speaker": "Mara", "text": "Run!"}, {"speaker": "Tom", "text": "Where?"}])
    result, _ = render_clip(plan, tmp_path / "clip.mp4")
    cuts = detect(str(result.path), ContentDetector(), backend="pyav")
    assert len(cuts) <= 1, f"{move} {direction}: detected scenes {cuts}"
