"""Scene art: every setting kind paints its own recognisable set; weather and light move; the plan's
setting is the one drawn; the same plan gives the same frames."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from director import vocab
from director.plan import parse_plan
from director.planning.setting_words import KIND_FEATURES
from generators.base import RenderSettings, ShotContext
from generators.previz.render import ShotRenderer
from generators.previz.scene_art import SceneSetting, paint_background, setting_for_scene
from generators.previz.sets.indoor import PAINTERS as INDOOR_PAINTERS

TINY = RenderSettings(width=192, height=108, fps=12)
RECT, SIZE = (-1.6, -1.0, 1.6, 0.8), (160, 90)


def _hist(img: np.ndarray) -> np.ndarray:
    q = (img // 32).astype(np.int32)
    counts = np.bincount((q[..., 0] * 64 + q[..., 1] * 8 + q[..., 2]).ravel(), minlength=512)
    return counts / counts.sum()


def _distinct(a: np.ndarray, b: np.ndarray) -> bool:
    """Two pictures a viewer tells apart: different colours, or the same colours laid out differently."""
    return 0.5 * np.abs(_hist(a) - _hist(b)).sum() > 0.1 or np.abs(a.astype(int) - b).mean() > 8


def _paint(kind: str, interior: bool, time_of_day: str = "day", atmosphere: tuple[str, ...] = ()) -> np.ndarray:
    setting = SceneSetting(kind, interior, time_of_day, 7, kind, KIND_FEATURES.get(kind, ()), atmosphere)
    return paint_background(setting, RECT, SIZE)


@pytest.mark.parametrize("interior", [False, True])
def test_every_kind_paints_a_set_of_its_own(interior):
    kinds = vocab.SETTING_KINDS if not interior else [k for k in vocab.SETTING_KINDS if k in INDOOR_PAINTERS
                                                      and k != "harbour"]  # a harbour's inside is a ship's
    pictures = {k: _paint(k, interior) for k in kinds}
    for picture in pictures.values():
        assert picture.shape == (90, 160, 3) and picture.std() > 10  # a set, not a flat fill
    alike = [(a, b) for a, b in itertools.combinations(kinds, 2) if not _distinct(pictures[a], pictures[b])]
    assert alike == []


def test_night_is_darker_than_day_and_lights_come_on():
    for kind, interior in (("street", False), ("village", False), ("home", True), ("sea", False)):
        day, night = _paint(kind, interior, "day"), _paint(kind, interior, "night")
        assert day.mean() > night.mean() + 15, kind
    # Lit windows: a night street has warm bright pixels that a dark sky alone would not have.
    night = _paint("street", False, "night").astype(int)
    warm = (night[..., 0] > 200) & (night[..., 1] > 160) & (night[..., 2] < 170)
    assert warm.mean() > 0.01


def _plan(atmosphere=(), setting=None, location="the cliff", heading="EXT. CLIFF - NIGHT", move="static"):
    place = {"id": "place", "name": location, "kind": "location", "description": ""}
    if setting is not None:
        place["setting"] = setting
    camera = {"shot_size": "WS", "move": move, "direction": "none" if move == "static" else "right"}
    return parse_plan({"title": "t", "entities": [
        {"id": "mara", "name": "Mara", "kind": "character", "description": "a woman in a red coat"}, place],
        "scenes": [{"id": "s1", "heading": heading, "location": location, "time_of_day": "night",
                    "atmosphere": list(atmosphere),
                    "shots": [{"id": "a", "description": "x", "entities": ["mara", "place"], "camera": camera,
                               "duration_s": 2.0}]}]})


def _frames(plan, picks=(0, 6, 12)) -> list[np.ndarray]:
    shot = plan.shots()[0]
    renderer = ShotRenderer(ShotContext(plan, plan.scene_of(shot.id), shot, 0, None), TINY)
    return [renderer.frame(i) for i in picks]


def test_weather_changes_the_picture_and_moves():
    clear = _frames(_plan())
    for atmosphere in (("rain",), ("snow",), ("fog",), ("alarm",)):
        frames = _frames(_plan(atmosphere), (0, 6, 23))
        assert np.abs(frames[0].astype(int) - clear[0]).mean() > 2, atmosphere
        assert np.abs(frames[1].astype(int) - frames[2]).mean() > 0.2, atmosphere  # it moves
    still = _frames(_plan(("lamplight",)))
    assert np.abs(still[0].astype(int) - clear[0]).mean() > 1


def test_lightning_flashes_some_frames():
    plan = _plan(("storm", "lightning", "rain"))
    means = [f.mean() for f in _frames(plan, range(24))]
    assert max(means) > np.median(means) + 40


def test_lighthouse_beam_turns_and_train_windows_pass():
    coast = {"interior": False, "kind": "sea", "features": ["lighthouse", "waves"]}
    beam = _frames(_plan(setting=coast), (0, 6, 12))
    assert np.abs(beam[0].astype(int) - beam[1]).max() > 60  # the beam has swung
    train = _plan(setting={"interior": True, "kind": "vehicle", "features": ["window", "rails"]},
                  location="the night train", heading="INT. NIGHT TRAIN - DAY")
    frames = _frames(train, (0, 12))
    diff = np.abs(frames[0].astype(int) - frames[1]).mean(axis=2)
    h = diff.shape[0]
    assert diff[: h // 3].mean() > 2 * max(0.5, diff[int(h * 0.8):].mean())  # windows move, the floor does not


def test_the_plans_setting_is_the_one_drawn():
    kitchen = _plan(location="the kitchen", heading="INT. KITCHEN - NIGHT")
    edited = _plan(setting={"interior": False, "kind": "castle", "features": ["tower"]}, location="the kitchen",
                   heading="INT. KITCHEN - NIGHT")
    assert setting_for_scene(kitchen.scenes[0], kitchen).kind == "home"
    chosen = setting_for_scene(edited.scenes[0], edited)
    assert (chosen.kind, chosen.interior) == ("castle", False)
    assert _distinct(_frames(kitchen, (0,))[0], _frames(edited, (0,))[0])


def test_same_plan_same_frames():
    plan = _plan(("storm", "rain", "lightning"), {"interior": False, "kind": "sea", "features": ["lighthouse"]},
                 move="pan")
    a, b = _frames(plan), _frames(plan)
    assert all(np.array_equal(x, y) for x, y in zip(a, b))


@pytest.mark.parametrize("kind", vocab.SETTING_KINDS)
def test_every_kind_paints_one_world_whatever_window_is_painted(kind):
    """Two overlapping windows of a place agree where they overlap, inside and out, by day and by
    night: what lies outside a window (skipped to save time) never moves what lies in it."""
    for interior, time_of_day in itertools.product((False, True), ("day", "night")):
        setting = SceneSetting(text=kind, interior=interior, time_of_day=time_of_day, seed=123, kind=kind)
        left = paint_background(setting, (-1.0, -1.5, 1.0, 1.0), (240, 300))
        right = paint_background(setting, (0.0, -1.5, 2.0, 1.0), (240, 300))
        overlap = np.abs(left[:, 120:].astype(int) - right[:, :120].astype(int)).mean()
        assert overlap < 2.0, (kind, interior, time_of_day, overlap)


def test_prison_searchlights_sweep_only_at_night():
    prison = {"interior": False, "kind": "prison", "features": []}
    night = _frames(_plan(setting=prison), (0, 6, 12))
    assert np.abs(night[0].astype(int) - night[1]).max() > 60  # a searchlight has swung
    day_plan = _plan(setting=prison)
    day_plan.scenes[0].time_of_day = "day"
    day = _frames(day_plan, (0, 6))
    assert np.abs(day[0].astype(int) - day[1]).max() < 10  # by day the lamps are off and nothing moves
