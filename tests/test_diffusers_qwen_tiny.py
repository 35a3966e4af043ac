"""Qwen-Image-Edit-Plus keyframes (the 'open' preset's model) through its tiny random-weight twin:
a whole film with `director run --backend diffusers --preset tiny-qwen` on the CPU. Frames are
noise: the assertions are on what the keyframe pipeline received and on the files."""

import functools
import json

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("diffusers")

import director  # noqa: E402,F401  (the package first: generators.base imports director.plan)
from PIL import Image  # noqa: E402

from director.cli import main  # noqa: E402
from director.video import probe  # noqa: E402
from test_diffusers_roles import tiny_dir  # noqa: E402,F401

# Two characters and a prop, named in a different order in each shot; the last shot has a location.
STORY = """1. EXT. HARBOUR - NIGHT. Mira, a fisherwoman in a yellow coat, lifts a lantern beside Tomas, an old sailor.
2. Tomas takes the lantern from Mira.
3. Mira walks away along the pier.
"""


def test_open_preset_and_its_tiny_twin_share_the_keyframe_call():
    from generators.diffusers.presets import get_preset

    tiny, real = get_preset("tiny-qwen").keyframe, get_preset("open").keyframe
    assert tiny.pipeline == real.pipeline == "QwenImageEditPlusPipeline"
    assert (tiny.references, tiny.max_references, tiny.extra) == (real.references, real.max_references, real.extra)


def test_tiny_qwen_film_gets_each_shots_references_as_a_list(tmp_path, monkeypatch, capsys):
    import diffusers.pipelines.qwenimage.pipeline_qwenimage_edit_plus as edit_plus
    from diffusers import QwenImageEditPlusPipeline

    calls = []
    real_call = QwenImageEditPlusPipeline.__call__

    @functools.wraps(real_call)  # keeps the signature the backend checks its arguments against
    def recording_call(self, **kwargs):
        # The tiny twin's shrunken image sizes hold only inside its own call.
        calls.append(dict(kwargs, _sizes=(edit_plus.VAE_IMAGE_SIZE, edit_plus.CONDITION_IMAGE_SIZE),
                          _pipeline=type(self).__name__))
        return real_call(self, **kwargs)

    monkeypatch.setattr(QwenImageEditPlusPipeline, "__call__", recording_call)
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    out = tmp_path / "film"
    code = main(["run", str(story), "-o", str(out), "--backend", "diffusers", "--preset", "tiny-qwen",
                 "--resolution", "64x64", "--fps", "8", "--audio", "off", "--planner", "heuristic"])
    assert code == 0, capsys.readouterr().err[-2000:]
    assert "frames are noise" in capsys.readouterr().err
    assert (edit_plus.VAE_IMAGE_SIZE, edit_plus.CONDITION_IMAGE_SIZE) == (1024 * 1024, 384 * 384)

    plan = json.loads((out / "plan.json").read_text())
    manifest = json.loads((out / "manifest.json").read_text())
    shots = [shot for scene in plan["scenes"] for shot in scene["shots"]]
    assert len(calls) == len(shots) == 3
    by_id = {s["id"]: s for s in manifest["shots"]}
    for shot, call in zip(shots, calls):
        # The shot's entities that have a reference, in the shot's order, at most three.
        expected = [e for e in shot["entities"] if (out / "references" / f"{e}.png").exists()][:3]
        assert len(expected) >= 2
        images = call["image"]
        assert isinstance(images, list) and len(images) == len(expected)
        for image, eid in zip(images, expected):
            with Image.open(out / "references" / f"{eid}.png") as ref:
                assert np.array_equal(np.asarray(image.convert("RGB")), np.asarray(ref.convert("RGB")))
        assert call["_pipeline"] == "TinyQwenImageEditPlusPipeline"
        assert call["_sizes"] == (64 * 64, 56 * 56)
        assert call["true_cfg_scale"] == 4.0 and call["negative_prompt"] == " "
        with Image.open(out / by_id[shot["id"]]["keyframe"]) as keyframe:
            assert keyframe.size == (64, 64)
    # Different orders in different shots: the list follows each shot, not the cast list.
    assert [s["entities"][:2] for s in shots[:2]] == [["mira", "tomas"], ["tomas", "mira"]]
    film = probe(out / "film.mp4")
    assert (film.width, film.height) == (64, 64) and film.frames > 0
