"""What differs between the video model families the shot generator drives.

A family fixes the latent layout, the temporal compression (which frame counts are valid), how a
clean latent is re-noised to the current step's level, and what the pipeline can be conditioned
on: an end frame (Wan ``last_image``, LTX-2 a condition at latent index -1), a start frame that
pins the first latent outright (Wan 2.2 TI2V), sound in its output (LTX-2).
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
    passes_frame_rate: bool = False  # LTX takes frame_rate=: it renders at the film's rate
    # How the start and end images are passed: "image" (image=, last_image=) or "conditions"
    # (LTX-2: LTX2VideoCondition at latent index 0 and -1).
    call_style: Literal["image", "conditions"] = "image"
    end_frame: bool = False  # the pipeline can be asked to end on a given image
    # The start image replaces the first latent frame after every step (Wan 2.2 TI2V's
    # expand_timesteps): a latent blend of that frame has no effect, so it is not attempted.
    pins_first_latent: bool = False
    audio: bool = False  # the pipeline returns a sound track with the frames

    def valid_frames(self, needed: int, max_frames: int) -> int:
        """Smallest count >= needed of the form temporal_factor*k + 1, capped at max_frames."""
        t = self.temporal_factor
        k = max(0, -(-(needed - 1) // t))  # ceil((needed - 1) / t)
        frames = t * k + 1
        cap = (max_frames - 1) // t * t + 1
        return min(frames, cap)

    def grid(self, pipe: Any, num_frames: int, height: int, width: int) -> LatentGrid | None:
        """The latent grid of a clip; only packed layouts need it."""
        if self.layout.name != "packed":
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

    @property
    def blends(self) -> bool:
        """Whether the latent blend (smoothing callback) can act on this family's first frame."""
        return not self.pins_first_latent

    def model_fps(self, native_fps: int, film_fps: int) -> int:
        """The rate the model renders at: the film's when the model takes ``frame_rate``."""
        return film_fps if self.passes_frame_rate else native_fps


FAMILIES: dict[str, VideoFamily] = {
    "wan": VideoFamily("wan", WAN_LAYOUT, temporal_factor=4, noise="flow", end_frame=True),
    "wan-ti2v": VideoFamily("wan-ti2v", WAN_LAYOUT, temporal_factor=4, noise="flow",
                            pins_first_latent=True),
    "cogvideox": VideoFamily("cogvideox", COGVIDEOX_LAYOUT, temporal_factor=4, noise="ddpm"),
    "ltx": VideoFamily("ltx", LTX_LAYOUT, temporal_factor=8, noise="flow", passes_frame_rate=True),
    "ltx2": VideoFamily("ltx2", LTX_LAYOUT, temporal_factor=8, noise="flow", passes_frame_rate=True,
                        call_style="conditions", end_frame=True, audio=True),
}
