"""previz clips, keyframes and cards: layouts honoured, looks consistent, output deterministic."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from director.errors import InputError
from director.plan import parse_plan
from director.timeline import shot_frames
from director.video import probe, read_frames
from generators.base import RenderSettings
from generators.registry import create_backend
from tests.test_previz_helpers import (
    ENTITIES, SMALL, centroid, colour_mask, context, one_shot_plan, render_clip,
)

RED = (196, 40, 40)
STATIC_LS = {"shot_size": "LS", "move": "static"}


def test_backend_is_registered_with_its_contract():
    backend = create_backend("previz", None, SMALL)
    assert backend.name == "previz" and backend.preset == "default" and backend.version
    assert backend.chains_shots is False
    with pytest.raises(InputError):
        create_backend("previz", "huge", SMALL)


def test_clip_has_exact_frame_count_and_size(tmp_path):
    plan = one_shot_plan({"shot_size": "MS", "move": "pan", "direction": "left"}, entities=["mara"],
                         duration_s=2.3)
    result, frames = render_clip(plan, tmp_path / "clip.mp4")
    expected = shot_frames(2.3, SMALL.fps)
    info = probe(result.path)
    assert result.frames == expected == info.frames == len(frames)
    assert (info.width, info.height) == (SMALL.width, SMALL.height)
    assert result.latent_discontinuity is None


def test_figure_moves_from_start_box_to_end_box(tmp_path):
    layout = {"mara": {"start": [0.05, 0.3, 0.25, 0.9], "end": [0.7, 0.4, 0.9, 0.95]}}
    plan = one_shot_plan(STATIC_LS, entities=["mara"], layout=layout)
    _, frames = render_clip(plan, tmp_path / "clip.mp4")
    x0, y0 = centroid(colour_mask(frames[0], RED))
    x1, y1 = centroid(colour_mask(frames[-1], RED))
    w, h = SMALL.width, SMALL.height
    assert 0.05 * w < x0 < 0.25 * w and 0.3 * h < y0 < 0.9 * h, (x0, y0)
    assert 0.7 * w < x1 < 0.9 * w and 0.4 * h < y1 < 0.95 * h, (x1, y1)
    # Smooth: the centroid moves a little every frame, never jumps.
    xs = [centroid(colour_mask(f, RED))[0] for f in frames]
    steps = np.diff(xs)
    assert (steps > -1.0).all() and steps.max() < 0.1 * w


def _mean_colour(frame, box):
    x0, y0, x1, y1 = box
    return frame[y0:y1, x0:x1].reshape(-1, 3).mean(axis=0)


def test_same_entity_same_colours_in_two_shots_and_entities_differ(tmp_path):
    plan = parse_plan({
        "entities": ENTITIES,
        "scenes": [{"id": "s1", "heading": "EXT. FIELD - DAY", "location": "field", "shots": [
            {"id": "a", "description": "x", "entities": ["mara", "tom"], "camera": STATIC_LS,
             "layout": {"mara": {"start": [0.1, 0.2, 0.3, 0.9], "end": [0.1, 0.2, 0.3, 0.9]},
                        "tom": {"start": [0.6, 0.2, 0.8, 0.9], "end": [0.6, 0.2, 0.8, 0.9]}}},
        ]}, {"id": "s2", "heading": "INT. KITCHEN - NIGHT", "location": "kitchen", "time_of_day": "night",
             "shots": [
            {"id": "b", "description": "x", "entities": ["mara", "tom"], "camera": STATIC_LS,
             "layout": {"mara": {"start": [0.55, 0.1, 0.9, 0.95], "end": [0.55, 0.1, 0.9, 0.95]},
                        "tom": {"start": [0.05, 0.3, 0.2, 0.8], "end": [0.05, 0.3, 0.2, 0.8]}}},
        ]}],
    })
    backend = create_backend("previz", None, SMALL)
    torso = {}
    for index, shot_id in enumerate(["a", "b"]):
        out = tmp_path / f"{shot_id}.png"
        backend.keyframe.generate(context(plan, index), {}, SMALL, out)
        frame = np.asarray(Image.open(out).convert("RGB"))
        for eid in ("mara", "tom"):
            x0, y0, x1, y1 = plan.shots()[index].layout[eid].start
            w, h = SMALL.width, SMALL.height
            cx, top, body_h = (x0 + x1) / 2 * w, y0 * h, (y1 - y0) * h
            # The torso sits at 25-40% of an LS figure's height, around its centre line.
            box = (int(cx - 0.04 * body_h), int(top + 0.25 * body_h), int(cx + 0.04 * body_h) + 1,
                   int(top + 0.4 * body_h))
            torso[(eid, shot_id)] = _mean_colour(frame, box)
    for eid in ("mara", "tom"):
        assert np.abs(torso[(eid, "a")] - torso[(eid, "b")]).max() < 12, eid
    assert np.abs(torso[("mara", "a")] - torso[("tom", "a")]).max() > 60
    assert np.abs(torso[("mara", "a")] - np.array(RED)).max() < 25  # "red coat" is red


def test_same_inputs_give_identical_frames_and_seed_changes_handheld(tmp_path):
    cam = {"shot_size": "MS", "move": "handheld"}
    plan = one_shot_plan(cam, entities=["mara", "lamp"], seed=3)
    _, a = render_clip(plan, tmp_path / "a.mp4")
    _, b = render_clip(plan, tmp_path / "b.mp4")
    assert all(np.array_equal(x, y) for x, y in zip(a, b)) and len(a) == len(b)

    _, other_shot_seed = render_clip(one_shot_plan(cam, entities=["mara", "lamp"], seed=4), tmp_path / "c.mp4")
    settings = RenderSettings(width=SMALL.width, height=SMALL.height, fps=SMALL.fps, seed=9)
    _, other_render_seed = render_clip(plan, tmp_path / "d.mp4", settings)
    for other in (other_shot_seed, other_render_seed):
        diff = np.mean([np.abs(x.astype(int) - y.astype(int)).mean() for x, y in zip(a, other)])
        assert diff > 1.0, diff


def test_chinese_dialogue_renders_and_subtitles_show(tmp_path):
    plan = parse_plan({
        "entities": [{"id": "li", "name": "李明", "kind": "character", "description": "穿红色外套的男人，白发"}],
        "scenes": [{"id": "s1", "heading": "内景 茶馆 - 夜", "location": "茶馆", "time_of_day": "night", "shots": [
            {"id": "a", "description": "李明说话", "entities": ["li"], "camera": {"move": "static"},
             "duration_s": 2.0, "dialogue": [{"speaker": "李明", "text": "我们明天早上出发，别迟到。"}]}]}],
    })
    result, frames = render_clip(plan, tmp_path / "zh.mp4")
    assert result.frames == len(frames) == shot_frames(2.0, SMALL.fps)
    silent = parse_plan(plan.model_dump(mode="json") | {"scenes": [
        {**plan.scenes[0].model_dump(mode="json"),
         "shots": [{**plan.scenes[0].shots[0].model_dump(mode="json"), "dialogue": []}]}]})
    _, quiet = render_clip(silent, tmp_path / "quiet.mp4")
    h = SMALL.height
    bottom = slice(int(h * 0.7), h)
    assert np.abs(frames[5][bottom].astype(int) - quiet[5][bottom].astype(int)).mean() > 2
    # The Chinese description coloured the coat red.
    assert colour_mask(frames[0], RED, tol=30).sum() > 100


def test_keyframe_equals_first_frame_of_clip(tmp_path):
    layout = {"mara": {"start": [0.2, 0.3, 0.4, 0.9], "end": [0.6, 0.3, 0.8, 0.9]}}
    plan = one_shot_plan({"shot_size": "MLS", "move": "orbit", "direction": "left"}, entities=["mara", "lamp"],
                         layout=layout, dialogue=[{"speaker": "Mara", "text": "Hello there."}])
    backend = create_backend("previz", None, SMALL)
    key = tmp_path / "key.png"
    backend.keyframe.generate(context(plan), {}, SMALL, key)
    result = backend.shot.generate(context(plan), key, {}, SMALL, tmp_path / "clip.mp4")
    first = next(read_frames(result.path))
    keyframe = np.asarray(Image.open(key).convert("RGB"))
    assert keyframe.shape == first.shape
    assert np.abs(keyframe.astype(int) - first.astype(int)).mean() < 3.0


def test_identity_cards_for_every_kind(tmp_path):
    plan = one_shot_plan(STATIC_LS, entities=["mara", "lamp", "station"])
    backend = create_backend("previz", None, SMALL)
    cards = {}
    for entity in plan.entities:
        out = tmp_path / f"{entity.id}.png"
        result = backend.identity.generate(entity, plan, SMALL, out)
        assert result.path == out
        cards[entity.id] = np.asarray(Image.open(out).convert("RGB"))
        assert cards[entity.id].shape == (SMALL.height, SMALL.width, 3)
    assert colour_mask(cards["mara"], RED).sum() > 200  # her red coat, drawn large
    assert not np.array_equal(cards["station"], cards["lamp"])
    # A location card is a landscape: sky above, ground below, not the plain card backdrop.
    assert cards["station"][:20].mean(axis=(0, 1))[2] > cards["station"][-20:].mean(axis=(0, 1))[2]


def test_unplaced_entities_get_default_places(tmp_path):
    plan = one_shot_plan(STATIC_LS, entities=["mara", "tom", "station"])
    _, frames = render_clip(plan, tmp_path / "clip.mp4", index=0)
    x_red, _ = centroid(colour_mask(frames[0], RED))
    assert x_red < SMALL.width / 2  # first of two unplaced characters stands on the left
    assert colour_mask(frames[0], (40, 80, 196), tol=40).sum() > 50  # Tom's blue shirt
