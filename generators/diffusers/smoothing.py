"""Cross-shot latent smoothing as a ``callback_on_step_end`` object (no pipeline fork).

At a ``continuous`` boundary the previous shot's last latent frame is carried into the next
shot's denoising: after every step the reference is re-noised to the level the latents are now at
and the next shot's first latent frame is pulled toward it with a weight that decays over the
steps to a floor. The same object records the final latents of every shot (blend or not), so the
shot generator can report ``latent_discontinuity`` and hand the latents on.

Measured on the tiny random-weight Wan pipeline (docs/diffusers.md): blending only in the early
steps barely helps; a weight decaying over all steps to a floor of 0.3 cuts the boundary
discontinuity several-fold.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch

from generators.base import ProgressFn, no_progress
from generators.diffusers.families import VideoFamily
from generators.diffusers.latents import LatentGrid, blend_first_frames


@dataclass(frozen=True)
class BlendSchedule:
    """Blend weight per step: from ``start`` at the first step down to ``floor`` at the last."""

    start: float = 0.8
    floor: float = 0.3

    def weight(self, step: int, num_steps: int) -> float:
        if num_steps <= 1:
            return self.floor
        progress = step / (num_steps - 1)
        return self.floor + (self.start - self.floor) * (1.0 - progress)


class ShotLatentCallback:
    """Pass as ``callback_on_step_end``; blends toward ``reference`` (if given) and records latents.

    Args:
        family: the video family (latent layout and noise kind).
        reference: canonical ``[B, C, k, H, W]`` clean latent frames of the previous shot's end,
            or ``None`` for no blending (hard cuts, smoothing off, first shot).
        grid: the latent grid, for packed layouts.
        schedule: blend weights per step.
        seed: seeds the re-noising, so a render is reproducible.
        progress: reports the denoising progress of the shot.
    """

    tensor_inputs = ["latents"]

    def __init__(
        self, family: VideoFamily, reference: torch.Tensor | None = None,
        grid: LatentGrid | None = None, schedule: BlendSchedule = BlendSchedule(), seed: int = 0,
        progress: ProgressFn = no_progress,
    ):
        self.family = family
        self.reference = reference
        self.grid = grid
        self.schedule = schedule
        self.progress = progress
        self._noise_generator = torch.Generator("cpu").manual_seed(seed)
        self.final_latents: torch.Tensor | None = None  # native layout, after the last step
        self.weights: list[float] = []

    def __call__(self, pipe: Any, step: int, timestep: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
        latents = kwargs["latents"]
        num_steps = len(pipe.scheduler.timesteps)
        if self.reference is not None:
            weight = self.schedule.weight(step, num_steps)
            noisy_reference = self._renoise(pipe, step, num_steps, latents)
            latents = blend_first_frames(latents, self.family.layout, noisy_reference, weight, self.grid)
            self.weights.append(weight)
        self.final_latents = latents
        self.progress((step + 1) / num_steps, f"denoising step {step + 1}/{num_steps}")
        return {"latents": latents}

    def final_canonical(self) -> torch.Tensor:
        """The recorded final latents as canonical ``[B, C, F, H, W]`` float32 on the CPU."""
        if self.final_latents is None:
            raise RuntimeError("the pipeline never called the step callback")
        canon = self.family.layout.to_canonical(self.final_latents, self.grid)
        return canon.detach().to("cpu", torch.float32)

    def _renoise(self, pipe: Any, step: int, num_steps: int, latents: torch.Tensor) -> torch.Tensor:
        """The clean reference brought to the noise level the latents have after ``step``."""
        ref = self.reference.to(device=latents.device, dtype=latents.dtype)
        if step + 1 >= num_steps:
            return ref  # the last step leaves clean latents
        noise = torch.randn(ref.shape, generator=self._noise_generator, dtype=torch.float32)
        noise = noise.to(device=ref.device, dtype=ref.dtype)
        if self.family.noise == "flow":
            sigma = float(pipe.scheduler.sigmas[step + 1])
            return (1.0 - sigma) * ref + sigma * noise
        next_t = pipe.scheduler.timesteps[step + 1]
        return pipe.scheduler.add_noise(ref, noise, next_t.reshape(1))
