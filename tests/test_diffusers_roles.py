"""Each diffusers role through the tiny random-weight preset on the CPU (frames are noise)."""

import os
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("diffusers")

from PIL import Image  # noqa: E402

from director.plan import FilmPlan, parse_plan  # noqa: E402
from director.timeline import shot_frames  # noqa: E402
from director.video import probe, read_frames  # noqa: E402
from generators.base import RenderSettings, ShotContext  # noqa: E402

W, H, FPS = 320, 192, 8


def small_plan() -> FilmPlan:
    """Three shots: a first shot, a hard cut, then a continuous boundary."""
    return parse_plan({
        "title": "Platform", "fps": FPS, "resolution": f"{W}x{H}", "seed": 3, "style": "film noir",
        "entities": [
            {"id": "mara", "name": "Mara", "kind": "character", "description": "woman in a red coat"},
            {"id": "jonah", "name": "Jonah", "kind": "character", "description": "old man, grey beard"},
            {"id": "station", "name": "Station", "kind": "location", "description": "train station at night"},
        ],
        "scenes": [{"id": "s1", "heading": "EXT. STATION - NIGHT", "location": "station",
                    "time_of_day": "night", "shots": [
            {"id": "a", "description": "Mara waits on the platform", "entities": ["mara", "station"],
             "duration_s": 1.0},
            {"id": "b", "description": "Jonah arrives", "entities": ["mara", "jonah"], "duration_s": 1.0,
             "transition": "cut", "camera": {"shot_size": "MS", "move": "dolly", "direction": "in", "speed": "slow"},
             "layout": {"mara": {"start": [0.05, 0.2, 0.4, 1.0], "end": [0.05, 0.2, 0.4, 1.0]},
                        "jonah": {"start": [0.6, 0.2, 0.95, 1.0], "end": [0.45, 0.2, 0.8, 1.0]}}},
            {"id": "c", "description": "They walk away together", "entities": ["mara", "jonah"],
             "duration_s": 1.5, "transition": "continuous"},
        ]}],
    })


def contexts(plan: FilmPlan) -> list[ShotContext]:
    shots = plan.shots()
    return [ShotContext(plan, plan.scene_of(s.id), s, i, shots[i - 1] if i else None)
            for i, s in enumerate(shots)]


@pytest.fixture(scope="session", autouse=True)
def tiny_dir(tmp_path_factory):
    """One folder of tiny saved pipelines for the whole test session."""
    folder = tmp_path_factory.getbasetemp() / "tiny-models"
    os.environ["DIRECTOR_TINY_DIR"] = str(folder)
    return folder


def tiny_backend(smoothing: bool = True, seed: int = 1, preset: str = "tiny"):
    from generators.registry import create_backend

    settings = RenderSettings(width=W, height=H, fps=FPS, seed=seed, preset=preset, smoothing=smoothing)
    return create_backend("diffusers", preset, settings), settings


def test_backend_identity(tmp_path):
    backend, settings = tiny_backend()
    assert backend.name == "diffusers" and backend.chains_shots
    assert "frames are noise" in backend.notice and backend.preset == "tiny"
    assert backend.describe["device"] == "cpu" and backend.describe["dtype"] == "float32"
    assert backend.describe["models"]["shot"] == "tiny/wan-i2v"
    assert backend.version.startswith("2+diffusers0.42")
    backend.close()


def test_identity_reference_from_model_and_from_photo(tmp_path):
    plan = small_plan()
    backend, settings = tiny_backend()
    res = backend.identity.generate(plan.entity("mara"), plan, settings, tmp_path / "mara.png")
    with Image.open(res.path) as img:
        assert img.format == "PNG" and img.size == (64, 48)
    assert res.meta["source"] == "model" and "Mara" in res.meta["prompt"]
    assert list(Path(os.environ["DIRECTOR_TINY_DIR"]).glob("flux-*/model_index.json"))

    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (300, 200), (200, 30, 40)).save(photo)
    with_photo = parse_plan({**plan.model_dump(mode="json"), "entities": [
        {**plan.entity("mara").model_dump(mode="json"), "reference_image": str(photo)}]
        + [e.model_dump(mode="json") for e in plan.entities if e.id != "mara"]})
    res = backend.identity.generate(with_photo.entity("mara"), with_photo, settings, tmp_path / "m2.png")
    with Image.open(res.path) as img:
        assert img.size == (64, 48)
        assert np.abs(np.asarray(img, dtype=int) - [200, 30, 40]).max() <= 2  # the user's photo
    assert res.meta["source"] == "user"
    backend.close()


def _references(backend, plan, settings, folder: Path) -> dict[str, Path]:
    return {e.id: backend.identity.generate(e, plan, settings, folder / f"{e.id}.png").path
            for e in plan.entities}


def test_keyframe_from_references(tmp_path):
    from generators.diffusers.keyframe import reference_board

    plan = small_plan()
    backend, settings = tiny_backend()
    refs = _references(backend, plan, settings, tmp_path)
    ctx = contexts(plan)[1]
    res = backend.keyframe.generate(ctx, refs, settings, tmp_path / "kf.png")
    with Image.open(res.path) as img:
        assert img.size == (W, H)
    assert res.meta["references"] == ["mara", "jonah"]
    assert "Mara on the left" in res.meta["prompt"] and "Jonah on the right" in res.meta["prompt"]
    assert "slow dolly in" in res.meta["prompt"]
    # The board the model sees puts each reference in its layout box.
    Image.new("RGB", (8, 8), (255, 0, 0)).save(tmp_path / "red.png")
    Image.new("RGB", (8, 8), (0, 0, 255)).save(tmp_path / "blue.png")
    board = np.asarray(reference_board(ctx, {"mara": tmp_path / "red.png", "jonah": tmp_path / "blue.png"}, 100, 50))
    assert tuple(board[30, 20]) == (255, 0, 0) and tuple(board[30, 80]) == (0, 0, 255)
    assert tuple(board[2, 50]) == (128, 128, 128)
    backend.close()


def test_shot_clip_has_exact_frames_and_size(tmp_path):
    plan = small_plan()
    backend, settings = tiny_backend()
    ctx = contexts(plan)[2]  # 1.5 s at 8 fps
    Image.new("RGB", (W, H), (90, 120, 60)).save(tmp_path / "kf.png")
    res = backend.shot.generate(ctx, tmp_path / "kf.png", {}, settings, tmp_path / "c.mp4")
    info = probe(res.path)
    expected = shot_frames(1.5, FPS)
    assert (info.frames, info.width, info.height, info.codec) == (expected, W, H, "h264")
    assert res.frames == expected == 12
    assert res.meta["model_frames"] == 13  # smallest 4k+1 >= 12
    assert len(list(read_frames(res.path))) == expected
    assert res.carry.last_frame.is_file() and res.carry.last_latents.is_file()
    assert res.latent_discontinuity is None  # nothing rendered before it in this process
    backend.close()


def _shot_latents(seed: int, tmp_path: Path, name: str):
    from generators.diffusers.shot import BoundaryLatents

    plan = small_plan()
    backend, settings = tiny_backend(seed=seed)
    Image.new("RGB", (W, H), (90, 120, 60)).save(tmp_path / "kf.png")
    res = backend.shot.generate(contexts(plan)[0], tmp_path / "kf.png", {}, settings, tmp_path / f"{name}.mp4")
    backend.close()
    return BoundaryLatents.load(res.carry.last_latents)


def test_same_seed_gives_identical_latents(tmp_path):
    a = _shot_latents(5, tmp_path, "a")
    b = _shot_latents(5, tmp_path, "b")
    c = _shot_latents(6, tmp_path, "c")
    assert torch.equal(a.first, b.first) and torch.equal(a.last, b.last)
    assert not torch.equal(a.last, c.last)


def test_out_of_memory_steps_down_and_retries(tmp_path):
    from generators.diffusers.memory import MemoryPlan
    from generators.diffusers.pipelines import PipelineCache
    from generators.diffusers.presets import get_preset
    from generators.diffusers.shot import DiffusersShotGenerator

    applied: list[MemoryPlan] = []

    def apply_on_cpu(pipe, plan, device):  # the real placement needs CUDA; record it instead
        applied.append(plan)
        pipe.to("cpu")

    class FailsOnce(DiffusersShotGenerator):
        calls = 0

        def _call_pipeline(self, pipe, kwargs):
            FailsOnce.calls += 1
            if FailsOnce.calls == 1:
                raise torch.OutOfMemoryError("CUDA out of memory (simulated)")
            return super()._call_pipeline(pipe, kwargs)

    cache = PipelineCache(get_preset("tiny"), device="cpu", apply=apply_on_cpu,
                          initial_plan=MemoryPlan.FULL_GPU)
    gen = FailsOnce(cache)
    Image.new("RGB", (W, H), (90, 120, 60)).save(tmp_path / "kf.png")
    settings = RenderSettings(width=W, height=H, fps=FPS, seed=1, preset="tiny")
    res = gen.generate(contexts(small_plan())[0], tmp_path / "kf.png", {}, settings, tmp_path / "a.mp4")
    assert FailsOnce.calls == 2
    assert applied == [MemoryPlan.FULL_GPU, MemoryPlan.MODEL_OFFLOAD]
    assert cache.plans["shot"] is MemoryPlan.MODEL_OFFLOAD
    assert res.meta["memory_plan"] == "model_offload"
    assert probe(res.path).frames == shot_frames(1.0, FPS)
    cache.close()
