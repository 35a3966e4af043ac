"""Latent layout helpers, frame counts, blend schedule and memory plans (no pipelines)."""

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("diffusers")

import director  # noqa: E402,F401  (the package first: generators.base imports director.plan)
from generators.diffusers.families import FAMILIES  # noqa: E402
from generators.diffusers.frames import film_frames, needed_model_frames, plan_segments, time_positions  # noqa: E402
from generators.diffusers.latents import (  # noqa: E402
    COGVIDEOX_LAYOUT, LTX_LAYOUT, WAN_LAYOUT, LatentGrid, blend_first_frames, first_frames,
    last_frames, latent_discontinuity, pack_tokens, unpack_tokens,
)
from generators.diffusers.memory import MemoryPlan, choose_plan, step_down  # noqa: E402
from generators.diffusers.smoothing import BlendSchedule  # noqa: E402


def _video(c=4, f=5, h=3, w=2):
    """Canonical [1, C, F, H, W] where every value encodes its frame index."""
    frame_ids = torch.arange(f, dtype=torch.float32).view(1, 1, f, 1, 1)
    return frame_ids.expand(1, c, f, h, w).clone() + 0.01 * torch.randn(1, c, f, h, w)


def test_wan_layout_is_channels_first():
    lat = _video()
    canon = WAN_LAYOUT.to_canonical(lat)
    assert torch.equal(canon, lat)
    assert torch.allclose(first_frames(canon).mean(), torch.tensor(0.0), atol=0.05)
    assert torch.allclose(last_frames(canon).mean(), torch.tensor(4.0), atol=0.05)


def test_cogvideox_layout_swaps_frames_and_channels():
    canon = _video(c=4, f=5)
    native = COGVIDEOX_LAYOUT.from_canonical(canon)
    assert native.shape == (1, 5, 4, 3, 2)  # [B, F, C, H, W]
    assert torch.equal(native[:, 4], canon[:, :, 4])
    assert torch.equal(COGVIDEOX_LAYOUT.to_canonical(native), canon)


@pytest.mark.parametrize("patch,patch_t", [(1, 1), (2, 1)])
def test_ltx_packing_matches_the_pipeline(patch, patch_t):
    from diffusers import LTXImageToVideoPipeline

    canon = _video(c=8, f=3, h=4, w=6)
    grid = LatentGrid(frames=3, height=4, width=6, patch_size=patch, patch_size_t=patch_t)
    ours = pack_tokens(canon, grid)
    theirs = LTXImageToVideoPipeline._pack_latents(canon, patch, patch_t)
    assert torch.equal(ours, theirs)
    assert torch.equal(unpack_tokens(ours, grid), canon)
    assert torch.equal(
        LTXImageToVideoPipeline._unpack_latents(ours, 3, 4 // patch, 6 // patch, patch, patch_t),
        canon,
    )


@pytest.mark.parametrize("layout", [WAN_LAYOUT, COGVIDEOX_LAYOUT, LTX_LAYOUT])
def test_blend_moves_only_the_first_frame_in_every_layout(layout):
    canon = _video(c=8, f=3, h=4, w=6)
    grid = LatentGrid(3, 4, 6)
    native = layout.from_canonical(canon, grid)
    reference = torch.full((1, 8, 1, 4, 6), 10.0)
    blended = layout.to_canonical(blend_first_frames(native, layout, reference, 0.5, grid), grid)
    assert torch.allclose(blended[:, :, 0], (canon[:, :, 0] + 10.0) / 2)
    assert torch.equal(blended[:, :, 1:], canon[:, :, 1:])
    before = latent_discontinuity(reference, canon)
    after = latent_discontinuity(reference, blended)
    assert after == pytest.approx(before / 2, rel=1e-5)


def test_discontinuity_is_none_across_shapes():
    assert latent_discontinuity(torch.zeros(1, 4, 1, 2, 2), torch.zeros(1, 4, 1, 3, 2)) is None
    assert latent_discontinuity(torch.zeros(1, 4, 2, 2, 2), torch.ones(1, 4, 2, 2, 2)) == 1.0


def test_valid_frame_counts_per_family():
    wan, ltx = FAMILIES["wan"], FAMILIES["ltx"]
    assert [wan.valid_frames(n, 81) for n in (1, 2, 5, 6, 80, 200)] == [1, 5, 5, 9, 81, 81]
    assert [ltx.valid_frames(n, 161) for n in (1, 9, 10, 300)] == [1, 9, 17, 161]
    assert FAMILIES["cogvideox"].valid_frames(49, 49) == 49


def test_film_frames_are_taken_by_time_never_stretched():
    import numpy as np

    # 2 s at 24 fps from a 16 fps model: 32 model frames cover 48 film frames by time.
    assert needed_model_frames(48, 24, 16) == 32
    pos = time_positions(48, 24, 16)
    assert len(pos) == 48 and pos[0] == 0 and pos[3] == pytest.approx(2.0) and pos[-1] <= 32
    # Same rate: film frame j is model frame j, untouched.
    clip = (np.arange(9)[:, None, None, None] * np.ones((9, 4, 6, 3)) * 20).astype(np.uint8)
    same = list(film_frames(clip, 9, 8, 8, 6, 4))
    assert [int(f[0, 0, 0]) for f in same] == [0, 20, 40, 60, 80, 100, 120, 140, 160]
    # 16 -> 24 fps: frames between two model frames are mixed by time, evenly spaced (no judder
    # from repeated frames), and the film frame at 0.5 s is model frame 8 exactly.
    mixed = [int(f[0, 0, 0]) for f in film_frames(clip, 12, 24, 16, 6, 4)]
    assert mixed[:4] == [0, 13, 27, 40] and mixed[3] == 40
    assert all(b > a for a, b in zip(mixed, mixed[1:]))
    # A clip shorter than the shot is an error, never slow motion.
    with pytest.raises(ValueError, match="do not cover"):
        list(film_frames(clip, 12, 8, 8, 6, 4))
    frames = list(film_frames(np.random.rand(9, 6, 8, 3).astype("float32"), 12, 12, 8, 32, 20))
    assert len(frames) == 12 and frames[0].shape == (20, 32, 3) and frames[0].dtype == np.uint8


def test_segments_cover_a_long_shot_at_the_native_rate():
    # 12 s at 8 fps (96 frames) on a model making at most 33 frames (4 s), 4k+1 counts.
    segs = plan_segments(96, 4, 33)
    assert len(segs) == 3 and all(s.frames <= 33 and (s.frames - 1) % 4 == 0 for s in segs)
    assert [s.new_frames for s in segs] == [33, 32, 32]
    assert [s.start_frame for s in segs] == [0, 33, 65]
    assert sum(s.new_frames for s in segs) >= 96
    # A shot that fits is one segment of the smallest valid count; the last segment is trimmed.
    assert [(s.frames, s.new_frames) for s in plan_segments(20, 4, 33)] == [(21, 21)]
    assert [s.frames for s in plan_segments(40, 8, 33)] == [33, 9]
    with pytest.raises(ValueError):
        plan_segments(10, 4, 1)


def test_blend_schedule_decays_to_floor():
    s = BlendSchedule(start=0.8, floor=0.3)
    weights = [s.weight(i, 8) for i in range(8)]
    assert weights[0] == pytest.approx(0.8) and weights[-1] == pytest.approx(0.3)
    assert weights == sorted(weights, reverse=True)


def test_memory_plan_choice_and_ladder():
    gb = 1024**3
    assert choose_plan(70, 40, None) is MemoryPlan.CPU
    assert choose_plan(70, 40, 139 * gb) is MemoryPlan.FULL_GPU
    assert choose_plan(70, 40, 78 * gb) is MemoryPlan.MODEL_OFFLOAD
    assert choose_plan(70, 40, 24 * gb) is MemoryPlan.GROUP_OFFLOAD
    assert step_down(MemoryPlan.FULL_GPU) is MemoryPlan.MODEL_OFFLOAD
    assert step_down(MemoryPlan.SEQUENTIAL_OFFLOAD) is None
    assert step_down(MemoryPlan.CPU) is None
