"""Presets, model resolution without downloads, and the missing-weights error."""

import shutil

import pytest

pytest.importorskip("torch")
pytest.importorskip("diffusers")

from director.errors import InputError, RunError  # noqa: E402
from generators.base import RenderSettings  # noqa: E402
from generators.diffusers.models import check_models, check_rows, resolve_model  # noqa: E402
from generators.diffusers.presets import PRESETS, get_preset, list_presets  # noqa: E402
from test_diffusers_roles import tiny_dir  # noqa: E402,F401


@pytest.fixture
def no_weights(tmp_path, monkeypatch):
    """An empty HF cache and model dir: nothing is present, nothing can be fetched."""
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf" / "hub"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("DIRECTOR_MODEL_DIR", str(tmp_path / "models"))
    (tmp_path / "models").mkdir()
    return tmp_path / "models"


def test_list_presets_has_the_documented_presets():
    rows = {r["name"]: r for r in list_presets()}
    assert {"quality", "fast", "cogvideox", "consisid", "tiny", "tiny-cogvideox"} <= set(rows)
    assert rows["quality"]["shot"] == "Wan-AI/Wan2.1-I2V-14B-480P-Diffusers"
    assert rows["fast"]["shot"] == "Lightricks/LTX-Video"
    assert rows["quality"]["keyframe"] == "black-forest-labs/FLUX.1-Kontext-dev"
    assert "GB" in rows["quality"]["vram_estimate"] and rows["tiny"]["vram_estimate"] == "CPU ok"
    assert get_preset(None).name == get_preset("default").name == "desktop"
    with pytest.raises(InputError, match="choose from"):
        get_preset("nope")


def test_2026_presets_take_reference_lists_and_show_licences():
    rows = {r["name"]: r for r in list_presets()}
    # A 24 GB default, a best-on-one-H100/H200 preset and a fast one, each with a tiny twin.
    assert rows["desktop"]["shot"] == "Wan-AI/Wan2.2-TI2V-5B-Diffusers"
    assert rows["desktop"]["keyframe"] == "black-forest-labs/FLUX.2-klein-4B"
    assert rows["desktop"]["license"] == "Apache-2.0" and rows["open"]["license"] == "Apache-2.0"
    assert rows["best"]["keyframe"] == "black-forest-labs/FLUX.2-dev"
    assert PRESETS["best"].shot.pipeline == "LTX2ConditionPipeline"
    assert "non-commercial" in rows["best"]["license"] and "LTX-2" in rows["best"]["license"]
    assert rows["best-wan22"]["shot"] == "Wan-AI/Wan2.2-I2V-A14B-Diffusers"
    assert rows["fast-ltx2"]["keyframe"] == "black-forest-labs/FLUX.2-klein-9b-kv"
    assert rows["open"]["keyframe"] == "Qwen/Qwen-Image-Edit-2509"
    for name in ("desktop", "best", "best-wan22", "fast-ltx2", "open"):
        assert PRESETS[name].keyframe.references == "list"  # no composed board
        assert int(rows[name]["vram_estimate"].split("~")[2].split()[0]) <= 24 or name != "desktop"
    assert PRESETS["quality"].keyframe.references == "board"  # Kontext takes one image
    for tiny in ("tiny-ltx2", "tiny-wan22", "tiny-wan22-a14b"):
        assert rows[tiny]["license"].startswith("random weights")
        assert all(r["present"] == "yes" for r in check_rows(tiny))


def test_check_models_names_each_missing_model_and_the_fix(no_weights):
    rows = check_models("quality")
    assert [r.role for r in rows] == ["identity", "keyframe", "shot"]
    assert not any(r.present for r in rows)
    shot = rows[2]
    assert shot.model_id == "Wan-AI/Wan2.1-I2V-14B-480P-Diffusers"
    assert "hf download Wan-AI/Wan2.1-I2V-14B-480P-Diffusers" in shot.fix
    assert "huggingface-cli download" in shot.fix and "DIRECTOR_MODEL_DIR" in shot.fix
    assert all(r["present"] == "yes" for r in check_rows("tiny"))
    for name in ("desktop", "best", "best-wan22", "fast-ltx2", "open"):
        missing = [r for r in check_rows(name) if r["present"] == "MISSING"]
        assert len(missing) == 3 and all(r["short_fix"] == f"hf download {r['model_id']}" for r in missing)
    consisid = {r.model_id: r for r in check_models("consisid") if r.role == "package"}
    assert set(consisid) == {"insightface", "facexlib", "consisid_eva_clip", "onnxruntime", "cv2"}


def test_backend_refuses_to_start_without_weights(no_weights):
    from generators.registry import create_backend

    with pytest.raises(RunError) as err:
        create_backend("diffusers", "fast", RenderSettings(preset="fast"))
    message = str(err.value)
    assert "black-forest-labs/FLUX.1-schnell" in message and "Lightricks/LTX-Video" in message
    assert "hf download Lightricks/LTX-Video" in message
    with pytest.raises(RunError, match="cannot render yet"):
        create_backend("diffusers", "consisid", RenderSettings(preset="consisid"))


def test_preset_loads_from_a_saved_folder_in_the_model_dir(no_weights, tmp_path):
    """A non-tiny model id resolves to $DIRECTOR_MODEL_DIR/<org>/<name> and loads through
    from_pretrained(local_files_only=True), exactly as real weights would."""
    import dataclasses

    from PIL import Image

    from director.plan import parse_plan
    from generators.diffusers.identity import DiffusersIdentityGenerator
    from generators.diffusers.pipelines import PipelineCache

    built = resolve_model("tiny/flux")
    shutil.copytree(built, no_weights / "acme" / "flux-mini")
    assert resolve_model("acme/flux-mini") == no_weights / "acme" / "flux-mini"
    assert resolve_model("acme/other") is None

    tiny = PRESETS["tiny"]
    preset = dataclasses.replace(tiny, name="local", identity=dataclasses.replace(tiny.identity, model_id="acme/flux-mini"))
    assert check_models(preset)[0].present
    cache = PipelineCache(preset, device="cpu")
    plan = parse_plan({"entities": [{"id": "x", "name": "X", "kind": "prop", "description": "a lamp"}],
                       "scenes": [{"id": "s", "shots": [{"id": "a", "description": "a lamp"}]}]})
    res = DiffusersIdentityGenerator(cache).generate(plan.entities[0], plan, RenderSettings(), tmp_path / "x.png")
    assert type(cache.get("identity")).__name__ == "FluxPipeline"
    with Image.open(res.path) as img:
        assert img.size == (preset.identity.width, preset.identity.height)
    cache.close()


def test_models_check_cli_is_one_table_naming_every_missing_model(no_weights):
    import os
    import subprocess
    import sys
    from pathlib import Path

    exe = Path(sys.executable).parent / "director"
    res = subprocess.run([str(exe), "models", "check", "best"], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "COLUMNS": "200"})
    assert res.returncode == 1 and "Traceback" not in res.stderr + res.stdout
    for model in ("black-forest-labs/FLUX.2-dev", "Lightricks/LTX-2.5-Diffusers"):
        assert f"hf download {model}" in res.stdout
    assert "DIRECTOR_MODEL_DIR" in res.stdout and res.stderr.startswith("error: 2 model(s) missing")
    listing = subprocess.run([str(exe), "models", "list"], capture_output=True, text=True, timeout=120,
                             env={**os.environ, "COLUMNS": "400"})
    assert listing.returncode == 0 and "licence" in listing.stdout and "Apache-2.0" in listing.stdout
