"""`director render --backend diffusers --preset tiny`: a whole film offline on the CPU, and
smoothing measured at the boundaries in manifest.json (random weights: assert on latents)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from director.timeline import film_timeline
from director.video import probe
from plans import three_scene_plan

pytest.importorskip("torch")
pytest.importorskip("diffusers")


def _render(plan_path, out, smoothing):
    exe = Path(sys.executable).parent / "director"
    res = subprocess.run([str(exe), "render", str(plan_path), "-o", str(out), "--backend", "diffusers",
                          "--preset", "tiny", "--resolution", "128x80", "--fps", "8",
                          "--smoothing", smoothing], capture_output=True, text=True, timeout=400)
    assert res.returncode == 0, res.stderr
    return res, json.loads((out / "manifest.json").read_text())


def test_tiny_preset_film_and_measured_smoothing(tmp_path):
    plan = three_scene_plan()
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(plan.to_json())
    res, on = _render(plan_path, tmp_path / "on", "on")
    assert "frames are noise" in res.stderr
    assert on["backend"] == "diffusers" and on["preset"] == "tiny"
    film = probe(tmp_path / "on" / "film.mp4")
    assert (film.width, film.height) == (128, 80)
    edited = plan.model_copy(update={"resolution": "128x80", "fps": 8})
    assert film.frames == film_timeline(edited).total_frames

    _, off = _render(plan_path, tmp_path / "off", "off")
    by = lambda m: {(b["from"], b["to"]): b for b in m["boundaries"]}  # noqa: E731
    b_on, b_off = by(on), by(off)
    continuous = [k for k, b in b_on.items() if b["transition"] == "continuous"]
    cuts = [k for k, b in b_on.items() if b["transition"] == "cut" and k[0].split("_")[0] == k[1].split("_")[0]]
    assert continuous and cuts
    for k in continuous:
        assert b_on[k]["latent_discontinuity"] < 0.6 * b_off[k]["latent_discontinuity"], (k, b_on[k], b_off[k])
    for k in cuts:  # a hard cut stays hard: same number with smoothing on or off
        assert b_on[k]["latent_discontinuity"] == pytest.approx(b_off[k]["latent_discontinuity"], rel=1e-4)
