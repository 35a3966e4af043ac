"""What differs between the video model families the shot generator drives.

A family fixes the latent layout, the temporal compression (which frame counts are valid), how a
clean latent is re-noised to the current step's level, and family-only call arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from generators.diffusers.latents import (
    COGVIDEOX_LAYOUT, LTX_LAYOUT, WAN_LAYOUT, LatentGrid, LatentLayout,
)


@dataclass(frozen=True)
class VideoFamily:
    name: str
    layout: LatentLayout
    temporal_factor: int  # frames = temporal_factor * k + 1
    noise: Literal["flow", "ddpm"]  # flow matching (x = (1-s) x0 + s e) or DDPM add_noise
    passes_frame_rate: bool = False  # LTX takes frame_rate=

    def valid_frames(self, needed: int, max_frames: int) -> int:
        """Smallest count >= needed of the form temporal_factor*k + 1, capped at max_frames."""
        t = self.temporal_factor
        k = max(0, -(-(needed - 1) // t))  # ceil((needed - 1) / t)
        frames = t * k + 1
        cap = (max_frames - 1) // t * t + 1
        return min(frames, cap)

    def grid(self, pipe: Any, num_frames: int, height: int, width: int) -> LatentGrid | None:
        """The latent grid of a clip; only packed layouts need it."""
        if self.layout is not LTX_LAYOUT:
            return None
        spatial = pipe.vae_spatial_compression_ratio
        temporal = pipe.vae_temporal_compression_ratio
        return LatentGrid(
            frames=(num_frames - 1) // temporal + 1, height=height // spatial, width=width // spatial,
            patch_size=pipe.transformer_spatial_patch_size,
            patch_size_t=pipe.transformer_temporal_patch_size,
        )

    def call_kwargs(self, fps: int) -> dict[str, Any]:
        return {"frame_rate": fps} if self.passes_frame_rate else {}


FAMILIES: dict[str, VideoFamily] = {
    "wan": VideoFamily("wan", WAN_LAYOUT, temporal_factor=4, noise="flow"),
    "cogvideox": VideoFamily("cogvideox", COGVIDEOX_LAYOUT, temporal_factor=4, noise="ddpm"),
    "ltx": VideoFamily("ltx", LTX_LAYOUT, temporal_factor=8, noise="flow", passes_frame_rate=True),
}
