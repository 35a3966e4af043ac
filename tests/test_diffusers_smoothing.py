"""Cross-shot latent smoothing, measured on tiny pipelines, and a 3-shot film end to end.

Tiny VAEs decode near-constant frames, so the measurement is on latents (what
``latent_discontinuity`` reports), with the same seed, smoothing on against off.
"""

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("diffusers")

from PIL import Image  # noqa: E402

from director.timeline import shot_frames  # noqa: E402
from director.video import probe  # noqa: E402
from test_diffusers_roles import FPS, H, W, contexts, small_plan, tiny_backend, tiny_dir  # noqa: E402,F401


def render_shots(preset: str, smoothing: bool, folder: Path) -> dict:
    """Render the plan's shots in order from flat keyframes, passing the carry at continuous
    boundaries as the render graph does; return the ClipResults by shot id."""
    folder.mkdir(parents=True, exist_ok=True)
    backend, settings = tiny_backend(smoothing=smoothing, preset=preset)
    results, carry = {}, None
    for ctx in contexts(small_plan()):
        keyframe = folder / f"kf_{ctx.shot.id}.png"
        Image.new("RGB", (W, H), (40 * ctx.index + 50, 100, 160 - 40 * ctx.index)).save(keyframe)
        carry_in = carry if ctx.shot.transition == "continuous" else None
        res = backend.shot.generate(ctx, keyframe, {}, settings, folder / f"{ctx.shot.id}.mp4", carry_in=carry_in)
        results[ctx.shot.id] = res
        carry = res.carry
    backend.close()
    return results


@pytest.mark.parametrize("preset", ["tiny", "tiny-cogvideox"])
def test_smoothing_lowers_continuous_discontinuity_and_keeps_cuts(tmp_path, preset):
    on = render_shots(preset, True, tmp_path / "on")
    off = render_shots(preset, False, tmp_path / "off")
    # Hard cut a -> b: untouched by smoothing, identical with the same seed.
    assert on["b"].latent_discontinuity == pytest.approx(off["b"].latent_discontinuity, abs=1e-6)
    assert not on["b"].meta["smoothed"] and on["b"].meta["blend_weights"] == []
    # Continuous b -> c: blended, and the boundary is much smoother.
    assert on["c"].meta["smoothed"] and not off["c"].meta["smoothed"]
    assert on["c"].meta["condition"].endswith("b.last_frame.png")
    assert on["c"].latent_discontinuity < 0.6 * off["c"].latent_discontinuity
    assert on["a"].latent_discontinuity is None  # the first shot has no boundary


def test_backend_renders_three_shot_film_end_to_end(tmp_path):
    from generators.diffusers.shot import BoundaryLatents, boundary_discontinuity

    plan = small_plan()
    backend, settings = tiny_backend(smoothing=True)
    refs = {e.id: backend.identity.generate(e, plan, settings, tmp_path / f"id_{e.id}.png").path
            for e in plan.entities}
    clips, carry = [], None
    for ctx in contexts(plan):
        kf = backend.keyframe.generate(ctx, refs, settings, tmp_path / f"kf_{ctx.shot.id}.png")
        clip = backend.shot.generate(ctx, kf.path, refs, settings, tmp_path / f"{ctx.shot.id}.mp4",
                                     carry_in=carry if ctx.shot.transition == "continuous" else None)
        clips.append(clip)
        carry = clip.carry
    backend.close()
    for ctx, clip in zip(contexts(plan), clips):
        info = probe(clip.path)
        assert (info.frames, info.width, info.height) == (shot_frames(ctx.shot.duration_s, FPS), W, H)
        assert BoundaryLatents.load(clip.carry.last_latents).family == "wan"
    assert [c.latent_discontinuity is None for c in clips] == [True, False, False]
    # The carry files alone reproduce the reported boundary numbers.
    for before, after in zip(clips, clips[1:]):
        assert boundary_discontinuity(before.carry.last_latents, after.carry.last_latents) == pytest.approx(
            after.latent_discontinuity, rel=1e-6)
