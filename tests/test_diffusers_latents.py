"""Latent layout helpers, frame counts, blend schedule and memory plans (no pipelines)."""

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("diffusers")

from generators.diffusers.families import FAMILIES  # noqa: E402
from generators.diffusers.frames import film_frames, needed_model_frames, resample_indices  # noqa: E402
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


def test_resample_gives_exact_film_frames():
    import numpy as np

    # 2 s at 24 fps from a 16 fps model: 33 model frames (4k+1) cover 48 film frames by time.
    assert needed_model_frames(48, 24, 16) == 32
    idx = resample_indices(33, 48, 24, 16)
    assert len(idx) == 48 and idx[0] == 0 and max(idx) <= 32
    assert idx == sorted(idx)
    # A model clip shorter than the shot is stretched evenly end to end.
    assert resample_indices(5, 9, 24, 16) == [0, 1, 1, 2, 2, 3, 3, 4, 4]
    clip = np.random.rand(9, 6, 8, 3).astype("float32")
    frames = list(film_frames(clip, 12, 12, 8, 32, 20))
    assert len(frames) == 12 and frames[0].shape == (20, 32, 3) and frames[0].dtype == np.uint8


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
