"""Four stories set in very different places (a space station, a stormy lighthouse coast, a night
train, a forest): planned by the offline planner, each place gets its kind, and the keyframes of
different places differ more than the shots within one place."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from director.ingest import parse_story
from director.planning import plan_story
from generators.base import RenderSettings, ShotContext
from generators.previz.render import ShotRenderer
from generators.previz.scene_art import setting_for_scene

STORIES = Path(__file__).parent / "fixtures" / "world"
TINY = RenderSettings(width=192, height=108, fps=8)
# story -> setting kinds its places must include
EXPECTED = {
    "station": {"spacecraft"},
    "coast": {"sea", "harbour"},
    "train": {"vehicle", "station"},
    "forest": {"forest"},
}


def hist(img: np.ndarray) -> np.ndarray:
    q = (img // 32).astype(np.int32)
    counts = np.bincount((q[..., 0] * 64 + q[..., 1] * 8 + q[..., 2]).ravel(), minlength=512)
    return counts / counts.sum()


def keyframes(name: str) -> list[tuple[str, str, np.ndarray]]:
    """(place, kind, keyframe) for every shot of the story's film."""
    plan = plan_story(parse_story((STORIES / f"{name}.txt").read_text(encoding="utf-8")), "heuristic").plan
    out = []
    for index, shot in enumerate(plan.shots()):
        scene = plan.scene_of(shot.id)
        setting = setting_for_scene(scene, plan)
        place = f"{setting.kind}/{'in' if setting.interior else 'out'}/{setting.time_of_day}/{scene.location}"
        frame = ShotRenderer(ShotContext(plan, scene, shot, index, None), TINY).frame(0)
        out.append((place, setting.kind, frame))
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_places_differ_more_than_shots_within_a_place(name):
    frames = keyframes(name)
    assert EXPECTED[name] <= {kind for _, kind, _ in frames}
    within, between = [], []
    for (pa, _, a), (pb, _, b) in itertools.combinations(frames, 2):
        d = 0.5 * np.abs(hist(a) - hist(b)).sum()
        (within if pa == pb else between).append(d)
    if between:  # a story told in one place has nothing to compare across
        assert np.mean(between) > np.mean(within) + 0.1, (name, np.mean(between), np.mean(within))
