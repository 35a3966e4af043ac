"""Memory plans: how a pipeline is placed on the GPU, chosen from free VRAM, stepped down on OOM.

Ladder, from fastest to leanest: the whole pipeline on the GPU; model CPU offload (one component
on the GPU at a time); group offload (blocks streamed to the GPU); sequential offload (leaf by
leaf, slowest). Every plan below ``full_gpu`` also tiles the VAE. Without CUDA the plan is ``cpu``
(float32).
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class MemoryPlan(str, Enum):
    FULL_GPU = "full_gpu"
    MODEL_OFFLOAD = "model_offload"
    GROUP_OFFLOAD = "group_offload"
    SEQUENTIAL_OFFLOAD = "sequential_offload"
    CPU = "cpu"


GPU_LADDER: tuple[MemoryPlan, ...] = (
    MemoryPlan.FULL_GPU, MemoryPlan.MODEL_OFFLOAD, MemoryPlan.GROUP_OFFLOAD,
    MemoryPlan.SEQUENTIAL_OFFLOAD,
)
HEADROOM = 1.15  # activations and the CUDA context need room beyond the weights


def free_vram_bytes() -> int | None:
    """Free memory on the current CUDA device, or ``None`` without CUDA."""
    import torch

    if not torch.cuda.is_available():
        return None
    free, _total = torch.cuda.mem_get_info()
    return int(free)


def choose_plan(full_gb: float, offload_gb: float, free_bytes: int | None) -> MemoryPlan:
    """The fastest plan whose estimated need fits the free VRAM."""
    if free_bytes is None:
        return MemoryPlan.CPU
    free_gb = free_bytes / 1024**3
    if full_gb * HEADROOM <= free_gb:
        return MemoryPlan.FULL_GPU
    if offload_gb * HEADROOM <= free_gb:
        return MemoryPlan.MODEL_OFFLOAD
    return MemoryPlan.GROUP_OFFLOAD


def step_down(plan: MemoryPlan) -> MemoryPlan | None:
    """The next leaner plan, or ``None`` when there is none."""
    if plan not in GPU_LADDER:
        return None
    i = GPU_LADDER.index(plan)
    return GPU_LADDER[i + 1] if i + 1 < len(GPU_LADDER) else None


def apply_plan(pipe: Any, plan: MemoryPlan, device: str = "cuda") -> None:
    """Place a freshly loaded pipeline according to ``plan``."""
    if plan is MemoryPlan.CPU:
        pipe.to("cpu")
        return
    if plan is MemoryPlan.FULL_GPU:
        pipe.to(device)
        return
    if plan is MemoryPlan.MODEL_OFFLOAD:
        pipe.enable_model_cpu_offload(device=device)
    elif plan is MemoryPlan.GROUP_OFFLOAD:
        pipe.enable_group_offload(
            onload_device=device, offload_device="cpu", offload_type="block_level",
            num_blocks_per_group=1, use_stream=True,
        )
    elif plan is MemoryPlan.SEQUENTIAL_OFFLOAD:
        pipe.enable_sequential_cpu_offload(device=device)
    vae = getattr(pipe, "vae", None)
    if vae is not None and hasattr(vae, "enable_tiling"):
        vae.enable_tiling()  # pipe.enable_vae_tiling() is gone in diffusers 0.42


def release_cuda_memory() -> None:
    import gc

    import torch

    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
