"""Best-of-N keyframes scored against the shot's references (identity in the loop), with a
scorer built from tiny random weights (a DINOv2 saved in the test) and without any scorer."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("diffusers")

import director  # noqa: E402,F401  (the package first: generators.base imports director.plan)
from PIL import Image  # noqa: E402

from generators.base import RenderSettings, ShotContext  # noqa: E402
from test_diffusers_2026 import family_plan  # noqa: E402
from test_diffusers_roles import tiny_dir  # noqa: E402,F401

PRESET = "tiny-wan22"


@pytest.fixture(scope="module")
def tiny_dino(tmp_path_factory):
    """A DINOv2 with random weights, saved as a transformers folder (as real weights would be)."""
    import torch
    from transformers import BitImageProcessor, Dinov2Config, Dinov2Model

    folder = tmp_path_factory.mktemp("dino")
    torch.manual_seed(0)
    Dinov2Model(Dinov2Config(hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                             intermediate_size=32, image_size=32, patch_size=8)).save_pretrained(folder)
    BitImageProcessor(size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}).save_pretrained(folder)
    return folder


@pytest.fixture
def scorer_env(monkeypatch, tmp_path, tiny_dino):
    monkeypatch.setenv("DIRECTOR_DINO_PATH", str(tiny_dino))
    monkeypatch.delenv("DIRECTOR_CLIP_PATH", raising=False)
    monkeypatch.setenv("DIRECTOR_FACE_MODEL_DIR", str(tmp_path / "no-faces"))  # no ArcFace here


def _keyframe(tmp_path, takes: int, **generator_args):
    from generators.diffusers.keyframe import DiffusersKeyframeGenerator
    from generators.registry import create_backend

    plan = family_plan(long_shot=False)
    settings = RenderSettings(width=64, height=64, fps=8, seed=1, preset=PRESET, takes=takes)
    backend = create_backend("diffusers", PRESET, settings)
    generator = DiffusersKeyframeGenerator(backend.keyframe.cache, **generator_args)
    refs = {}
    for eid, colour in {"yard": (20, 120, 40), "ada": (200, 40, 40), "cup": (240, 240, 240)}.items():
        refs[eid] = tmp_path / f"{eid}.png"
        Image.new("RGB", (64, 64), colour).save(refs[eid])
    shot = plan.shots()[0]
    ctx = ShotContext(plan, plan.scene_of(shot.id), shot, 0, None)
    res = generator.generate(ctx, refs, settings, tmp_path / "kf.png")
    backend.close()
    return res, ctx, refs


def test_the_kept_take_is_the_best_scored_and_every_score_is_kept(tmp_path, scorer_env):
    from generators.diffusers.takes import load_scorer

    res, ctx, refs = _keyframe(tmp_path, takes=3, threshold=-1.0)
    takes = res.meta["takes"]
    assert len(takes) == 3 and res.meta["takes_scorer"] == "dino:" + Path(os.environ["DIRECTOR_DINO_PATH"]).name
    scores = [t["score"] for t in takes]
    assert all(isinstance(s, float) for s in scores) and len(set(scores)) == 3  # distinct takes
    assert len({t["seed"] for t in takes}) == 3
    kept = [t for t in takes if t["kept"]]
    assert len(kept) == 1 and kept[0]["score"] == max(scores)
    assert set(kept[0]["entities"]) == {"yard", "ada", "cup"}
    # The keyframe written is that take: scored again from the PNG, it gets the same score.
    scorer, _ = load_scorer()
    with Image.open(res.path) as img:
        again, _ = scorer.score(img, [(e, refs[e.id]) for e in ctx.entities])
    assert again == pytest.approx(kept[0]["score"], abs=1e-5)


def test_a_take_below_the_threshold_is_retaken_up_to_the_bound(tmp_path, scorer_env):
    res, _, _ = _keyframe(tmp_path, takes=2, threshold=2.0, retakes=2)  # cosine never reaches 2
    assert len(res.meta["takes"]) == 4
    assert "below the threshold" in res.meta["takes_note"]


def test_without_identity_weights_one_take_and_the_reason(tmp_path, monkeypatch):
    monkeypatch.delenv("DIRECTOR_DINO_PATH", raising=False)
    monkeypatch.delenv("DIRECTOR_CLIP_PATH", raising=False)
    monkeypatch.setenv("DIRECTOR_FACE_MODEL_DIR", str(tmp_path / "no-faces"))
    res, _, _ = _keyframe(tmp_path, takes=3)
    assert [t["score"] for t in res.meta["takes"]] == [None]
    assert res.meta["takes_note"].startswith("one take: no local identity model")
    assert "DIRECTOR_DINO_PATH" in res.meta["takes_note"]


def test_takes_option_reaches_the_manifest(tmp_path, tiny_dino):
    plan = family_plan(long_shot=False)
    plan = plan.model_copy(update={"scenes": [plan.scenes[0].model_copy(update={"shots": plan.shots()[:1]})]})
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(plan.to_json())
    exe = Path(sys.executable).parent / "director"
    env = {**os.environ, "DIRECTOR_DINO_PATH": str(tiny_dino),
           "DIRECTOR_FACE_MODEL_DIR": str(tmp_path / "no-faces")}
    bad = subprocess.run([str(exe), "render", str(plan_path), "-o", str(tmp_path / "bad"), "--takes", "0"],
                         capture_output=True, text=True, timeout=120, env=env)
    assert bad.returncode == 2 and bad.stderr.strip() == "error: takes 0 must be between 1 and 16"
    res = subprocess.run([str(exe), "render", str(plan_path), "-o", str(tmp_path / "out"), "--backend",
                          "diffusers", "--preset", PRESET, "--takes", "3"],
                         capture_output=True, text=True, timeout=600, env=env)
    assert res.returncode == 0, res.stderr[-2000:]
    shot = json.loads((tmp_path / "out" / "manifest.json").read_text())["shots"][0]
    assert len(shot["takes"]) >= 3 and sum(t["kept"] for t in shot["takes"]) == 1
    assert all(isinstance(t["score"], float) for t in shot["takes"])
    best = max(shot["takes"], key=lambda t: t["score"])
    assert best["kept"] and shot["takes_scorer"].startswith("dino:")
    assert np.isfinite(shot["takes_threshold"])
