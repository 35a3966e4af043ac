"""The 2026 model families through their tiny random-weight twins, end to end on the CPU.

FLUX.2-klein (and its KV variant) keyframes from reference lists, LTX-2 shots with sound, Wan 2.2
TI2V-5B and I2V-A14B shots; long shots as segments; continuity at both ends. Frames are noise:
the assertions are on what the pipelines received, on the manifest, on latents and on the files.
"""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("diffusers")

import director  # noqa: E402,F401  (the package first: generators.base imports director.plan)
from PIL import Image  # noqa: E402

from director.plan import FilmPlan, parse_plan  # noqa: E402
from director.timeline import film_timeline, shot_frames  # noqa: E402
from director.video import probe  # noqa: E402
from generators.base import RenderSettings, ShotContext  # noqa: E402
from test_diffusers_roles import tiny_dir  # noqa: E402,F401

FAMILIES = ["tiny-ltx2", "tiny-wan22", "tiny-wan22-a14b"]
LONG_S = 12.0  # the long shot, on the family whose maximum is 33 frames at 8 fps (about 4 s)


def family_plan(long_shot: bool) -> FilmPlan:
    """A first shot, a hard cut, a continuous boundary, and optionally a long continuous shot."""
    shots = [
        {"id": "a", "description": "Ada walks into the yard", "entities": ["yard", "ada", "cup"],
         "duration_s": 1.0},
        {"id": "b", "description": "The cup on a bench", "entities": ["cup"], "duration_s": 1.0,
         "transition": "cut"},
        {"id": "c", "description": "Ada picks up the cup", "entities": ["ada", "cup"],
         "duration_s": 1.0, "transition": "continuous"},
    ]
    if long_shot:
        shots.append({"id": "d", "description": "Ada walks away across the yard",
                      "entities": ["ada", "yard"], "duration_s": LONG_S, "transition": "continuous"})
    return parse_plan({
        "title": "Tiny family film", "resolution": "64x64", "fps": 8, "seed": 3,
        "entities": [
            {"id": "ada", "name": "Ada", "kind": "character", "description": "woman in a green coat"},
            {"id": "cup", "name": "cup", "kind": "prop", "description": "white cup"},
            {"id": "yard", "name": "yard", "kind": "location", "description": "station yard"},
        ],
        "scenes": [{"id": "s", "heading": "EXT. YARD - DAY", "location": "yard", "shots": shots}],
    })


def _render(plan: FilmPlan, preset: str, out: Path, smoothing: str) -> dict:
    plan_path = out.with_suffix(".plan.json")
    plan_path.write_text(plan.to_json())
    exe = Path(sys.executable).parent / "director"
    res = subprocess.run([str(exe), "render", str(plan_path), "-o", str(out), "--backend", "diffusers",
                          "--preset", preset, "--smoothing", smoothing],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "frames are noise" in res.stderr
    return json.loads((out / "manifest.json").read_text())


@pytest.fixture(scope="module")
def films(tmp_path_factory):
    """Each family's film through `director render`, once per test module (smoothing on)."""
    cache: dict[str, tuple[Path, dict]] = {}

    def get(preset: str):
        if preset not in cache:
            out = tmp_path_factory.mktemp(preset) / "film"
            cache[preset] = out, _render(family_plan(long_shot=preset == "tiny-wan22"), preset, out, "on")
        return cache[preset]

    return get


def shots_without_smoothing(preset: str, film: Path, plan: FilmPlan) -> dict:
    """The film's shots again from the same keyframes and seed with smoothing off (no carry, no
    end frame, no blend), in order, in this process: the baseline of each boundary."""
    from generators.registry import create_backend

    settings = RenderSettings(width=64, height=64, fps=8, seed=plan.seed, preset=preset, smoothing=False)
    backend = create_backend("diffusers", preset, settings)
    shots, results = plan.shots(), {}
    for i, shot in enumerate(shots):
        ctx = ShotContext(plan, plan.scene_of(shot.id), shot, i, shots[i - 1] if i else None)
        results[shot.id] = backend.shot.generate(ctx, film / "keyframes" / f"{shot.id}.png", {},
                                                 settings, film.parent / f"off_{shot.id}.mp4")
    backend.close()
    return results


@pytest.mark.parametrize("preset", FAMILIES)
def test_family_renders_a_whole_film_with_continuity(films, preset):
    from generators.diffusers.families import FAMILIES as VIDEO_FAMILIES
    from generators.diffusers.presets import get_preset

    out, on = films(preset)
    plan = family_plan(long_shot=preset == "tiny-wan22")
    film = probe(out / "film.mp4")
    assert (film.width, film.height) == (64, 64)
    assert film.frames == film_timeline(plan).total_frames
    shots = {s["id"]: s for s in on["shots"]}
    assert all(s["time_scale"] == 1.0 and s["covered_s"] >= s["frames"] / 8 for s in shots.values())
    # c continues b: it starts on b's last frame.
    assert shots["c"]["segments"][0]["start"] == "previous shot's last frame"
    assert shots["b"]["segments"][0]["start"] == "keyframe"  # a hard cut starts on its keyframe

    family = VIDEO_FAMILIES[get_preset(preset).shot.family]
    # b is continued by c: where the model takes an end frame, b ends on c's keyframe.
    assert shots["b"]["segments"][-1]["end"] == ("next keyframe" if family.end_frame else None)
    assert shots["a"]["segments"][-1]["end"] is None  # a is followed by a hard cut
    on_d = {(b["from"], b["to"]): b["latent_discontinuity"] for b in on["boundaries"]}
    off = shots_without_smoothing(preset, out, family_plan(long_shot=False))
    print(f"{preset}: continuous b->c latent discontinuity off {off['c'].latent_discontinuity:.4f} "
          f"on {on_d['b', 'c']:.4f}")
    if family.blends:
        # Starting on b's last frame, with the latent blend pulling c's first latent toward b's
        # last one: the boundary is much smoother than the same shots without.
        assert on_d["b", "c"] < 0.8 * off["c"].latent_discontinuity
    else:  # Wan 2.2 TI2V pins the first latent to the start image: no blend to measure
        assert all(not s.meta["smoothed"] for s in off.values())


def test_ltx2_film_has_the_shots_own_sound(films):
    import av

    out, manifest = films("tiny-ltx2")
    with av.open(str(out / "film.mp4")) as container:
        assert [s.type for s in container.streams] == ["video", "audio"]
        audio = container.streams.audio[0]
        samples = sum(f.samples for f in container.decode(audio))
        seconds = samples / audio.rate
    duration = film_timeline(family_plan(False)).duration
    assert abs(seconds - duration) < 0.1, (seconds, duration)
    for shot in manifest["shots"]:
        assert "generator ambience" in shot["audio"]["ambience"]  # the model's sound is the bed
        stem = out / shot["audio"]["artifact"]
        with av.open(str(stem)) as container:
            stream = container.streams.audio[0]
            n = sum(f.samples for f in container.decode(stream))
        assert n == round(shot["frames"] / 8 * stream.rate)  # exactly as long as the shot


def test_long_shot_is_segments_at_the_native_rate(films):
    out, manifest = films("tiny-wan22")
    long = next(s for s in manifest["shots"] if s["id"] == "d")
    assert long["frames"] == shot_frames(LONG_S, 8) == probe(out / "shots" / "d.mp4").frames
    segs = long["segments"]
    assert len(segs) >= 3 and long["model_fps"] == 8 and long["time_scale"] == 1.0
    # Each segment's model frames at 8 fps; after the first, each starts on the previous one's
    # last frame (generated twice, kept once), so the new frames join end to end and cover 12 s.
    assert all(s["frames"] <= 33 for s in segs)
    assert [s["start_frame"] for s in segs] == [sum(x["new_frames"] for x in segs[:i]) for i in range(len(segs))]
    assert sum(s["new_frames"] for s in segs) / 8 >= LONG_S and long["covered_s"] >= LONG_S
    assert [s["start"] for s in segs[1:]] == ["previous segment's last frame"] * (len(segs) - 1)
    assert segs[0]["start"] == "previous shot's last frame"  # d continues c


class Recorder:
    """Stands in the pipeline cache for the real keyframe pipeline: records each call's keyword
    arguments, then runs the real pipeline with them."""

    def __init__(self, pipe):
        import inspect

        self.pipe, self.calls = pipe, []
        self.__signature__ = inspect.signature(pipe)  # what the backend checks its arguments against

    def __call__(self, **kwargs):
        self.calls.append(kwargs)
        return self.pipe(**kwargs)


# FLUX.2-dev, FLUX.2-klein KV, FLUX.2-klein
@pytest.mark.parametrize("preset", ["tiny-ltx2", "tiny-wan22", "tiny-wan22-a14b"])
def test_keyframe_pipeline_gets_the_shots_references_as_a_list(tmp_path, preset):
    from generators.registry import create_backend

    plan = family_plan(long_shot=False)
    settings = RenderSettings(width=64, height=64, fps=8, seed=1, preset=preset)
    backend = create_backend("diffusers", preset, settings)
    colours = {"yard": (20, 120, 40), "ada": (200, 40, 40), "cup": (240, 240, 240)}
    refs = {}
    for eid, colour in colours.items():
        refs[eid] = tmp_path / f"{eid}.png"
        Image.new("RGB", (64, 64), colour).save(refs[eid])
    shot = plan.shots()[0]  # entities: yard, ada, cup, in this order
    ctx = ShotContext(plan, plan.scene_of(shot.id), shot, 0, None)
    cache = backend.keyframe.cache
    recorder = Recorder(cache.get("keyframe"))
    cache._pipes["keyframe"] = recorder
    res = backend.keyframe.generate(ctx, refs, settings, tmp_path / "kf.png")
    backend.close()

    (call,) = recorder.calls
    images = call["image"]
    assert isinstance(images, list) and len(images) == 3
    assert [tuple(np.asarray(img)[0, 0]) for img in images] == [colours[e] for e in ("yard", "ada", "cup")]
    assert res.meta["references"] == ["yard", "ada", "cup"]
    assert type(recorder.pipe).__name__ == {"tiny-ltx2": "Flux2Pipeline", "tiny-wan22": "Flux2KleinKVPipeline",
                                            "tiny-wan22-a14b": "Flux2KleinPipeline"}[preset]
    if preset == "tiny-wan22":  # the KV pipeline takes no guidance_scale: it is not passed
        assert "guidance_scale" not in call
    with Image.open(res.path) as img:
        assert img.size == (64, 64)
