"""Shots: image-to-video from the keyframe, with cross-shot latent smoothing at continuous cuts.

Per shot:
1. frames: the film needs ``shot_frames(duration, fps)`` frames; the model makes the smallest
   valid count (Wan/CogVideoX 4k+1, LTX 8k+1) covering that time at its own rate;
2. condition image: the keyframe, or at a smoothed ``continuous`` boundary the previous shot's
   last frame (``Carry.last_frame``);
3. denoising with :class:`ShotLatentCallback`, which at smoothed boundaries blends the previous
   shot's last latent frame (``Carry.last_latents``) into this shot's first one, and records the
   final latents;
4. frames picked by time and resized to the film's size, encoded with ``ClipWriter``;
5. the carry for the next shot: last frame PNG and the first/last latent frames (safetensors),
   and ``latent_discontinuity`` of the boundary into this shot.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from director.timeline import shot_frames
from director.video import ClipWriter
from generators.base import Carry, ClipResult, ProgressFn, RenderSettings, ShotContext, no_progress
from generators.diffusers.families import FAMILIES, VideoFamily
from generators.diffusers.frames import film_frames, fit_image, needed_model_frames
from generators.diffusers.latents import first_frames, last_frames, latent_discontinuity
from generators.diffusers.pipelines import PipelineCache, call_with_oom_fallback
from generators.diffusers.prompting import shot_prompt
from generators.diffusers.seeds import derive_seed, torch_generator
from generators.diffusers.smoothing import BlendSchedule, ShotLatentCallback

# Transitions whose boundary is smoothed when RenderSettings.smoothing is on. A hard cut stays hard.
SMOOTHED_TRANSITIONS = frozenset({"continuous"})
CARRY_FRAMES = 1  # latent frames handed across a boundary


@dataclass
class BoundaryLatents:
    """A shot's first and last latent frames, canonical [B, C, k, H, W], float32 on the CPU."""

    family: str
    first: Any
    last: Any

    def save(self, path: Path) -> None:
        from safetensors.torch import save_file

        save_file(
            {"first": self.first.contiguous(), "last": self.last.contiguous()}, str(path),
            metadata={"family": self.family, "layout": "BCFHW"},
        )

    @classmethod
    def load(cls, path: Path) -> "BoundaryLatents":
        from safetensors import safe_open

        with safe_open(str(path), framework="pt") as f:
            family = (f.metadata() or {}).get("family", "")
            return cls(family, f.get_tensor("first"), f.get_tensor("last"))


def boundary_discontinuity(previous: Path, following: Path) -> float | None:
    """``latent_discontinuity`` between two shots from their carry latent files."""
    a, b = BoundaryLatents.load(previous), BoundaryLatents.load(following)
    return latent_discontinuity(a.last, b.first) if a.family == b.family else None


class DiffusersShotGenerator:
    def __init__(self, cache: PipelineCache, schedule: BlendSchedule = BlendSchedule()):
        self.cache = cache
        self.spec = cache.preset.shot
        self.family: VideoFamily = FAMILIES[self.spec.family]
        self.schedule = schedule
        # Latents of shots rendered in this process, so hard-cut boundaries (no carry) are
        # measured too when the previous shot was rendered first.
        self._rendered: dict[str, BoundaryLatents] = {}

    def generate(
        self, ctx: ShotContext, keyframe: Path, references: dict[str, Path],
        settings: RenderSettings, out_path: Path, carry_in: Carry | None = None,
        progress: ProgressFn = no_progress,
    ) -> ClipResult:
        """Write the shot's clip (H.264, exactly ``shot_frames(duration, fps)`` frames at the
        film's size) to ``out_path``; return it with the carry for the next shot.

        Args:
            ctx: the shot and its surroundings (``ctx.shot.transition`` picks the smoothing).
            keyframe: the shot's first frame (PNG).
            references: entity references (unused by image-to-video models; kept for the protocol).
            settings: size, fps, seed and ``smoothing``.
            out_path: where the mp4 goes; carry files are written beside it.
            carry_in: the previous shot's carry at a smoothed boundary, else None.
            progress: progress sink.
        """
        started = time.perf_counter()
        spec, family = self.spec, self.family
        target = shot_frames(ctx.shot.duration_s, settings.fps)
        num_frames = family.valid_frames(needed_model_frames(target, settings.fps, spec.fps), spec.max_frames)
        previous = self._previous_latents(ctx, carry_in)
        smooth = (
            settings.smoothing and ctx.index > 0 and ctx.shot.transition in SMOOTHED_TRANSITIONS
            and previous is not None and previous.family == family.name
        )
        condition = keyframe
        if smooth and carry_in is not None and carry_in.last_frame is not None and Path(carry_in.last_frame).is_file():
            condition = Path(carry_in.last_frame)
        with Image.open(condition) as img:
            image = fit_image(img, spec.width, spec.height)

        seed = derive_seed(settings.seed, ctx.plan.seed, ctx.shot.seed, "shot", ctx.shot.id)
        prompt = shot_prompt(ctx)

        def render(pipe):
            grid = family.grid(pipe, num_frames, spec.height, spec.width)
            callback = ShotLatentCallback(
                family, reference=previous.last if smooth else None, grid=grid,
                schedule=self.schedule, seed=seed, progress=progress,
            )
            output = self._call_pipeline(pipe, dict(
                image=image, prompt=prompt, negative_prompt=spec.negative_prompt,
                height=spec.height, width=spec.width, num_frames=num_frames,
                num_inference_steps=spec.steps, guidance_scale=spec.guidance,
                max_sequence_length=spec.max_sequence_length, generator=torch_generator(seed),
                output_type="np", callback_on_step_end=callback,
                callback_on_step_end_tensor_inputs=callback.tensor_inputs,
                **family.call_kwargs(spec.fps), **spec.extra,
            ))
            return np.asarray(output.frames[0]), callback

        model_frames, callback = call_with_oom_fallback(self.cache, "shot", render)
        latents = callback.final_canonical()
        mine = BoundaryLatents(family.name, first_frames(latents, CARRY_FRAMES).clone(),
                               last_frames(latents, CARRY_FRAMES).clone())
        discontinuity = latent_discontinuity(previous.last, mine.first) if (
            previous is not None and previous.family == family.name) else None

        out_path = Path(out_path)
        last_frame = None
        with ClipWriter(out_path, settings.width, settings.height, settings.fps) as writer:
            for frame in film_frames(model_frames, target, settings.fps, spec.fps,
                                     settings.width, settings.height):
                writer.write(frame)
                last_frame = frame
        carry = Carry(
            last_frame=out_path.with_name(out_path.stem + ".last_frame.png"),
            last_latents=out_path.with_name(out_path.stem + ".latents.safetensors"),
        )
        Image.fromarray(last_frame).save(carry.last_frame, format="PNG")
        mine.save(carry.last_latents)
        self._rendered[ctx.shot.id] = mine
        return ClipResult(
            path=out_path, frames=writer.frames, seconds=time.perf_counter() - started, carry=carry,
            latent_discontinuity=discontinuity,
            meta={
                "model": spec.model_id, "prompt": prompt, "seed": seed, "model_frames": num_frames,
                "model_fps": spec.fps, "smoothed": smooth, "condition": str(condition),
                "blend_weights": [round(w, 4) for w in callback.weights],
                "memory_plan": self.cache.plans["shot"].value,
            },
        )

    def _call_pipeline(self, pipe: Any, kwargs: dict[str, Any]) -> Any:
        """The one place the video pipeline is called (kept separate so tests can fail it)."""
        return pipe(**kwargs)

    def _previous_latents(self, ctx: ShotContext, carry_in: Carry | None) -> BoundaryLatents | None:
        if carry_in is not None and carry_in.last_latents is not None and Path(carry_in.last_latents).is_file():
            return BoundaryLatents.load(Path(carry_in.last_latents))
        if ctx.previous is not None:
            return self._rendered.get(ctx.previous.id)
        return None

    def close(self) -> None:
        self.cache.release("shot")
