"""Shots: image-to-video from the keyframe, in segments when the shot is longer than the model's
maximum, with continuity at both ends of a ``continuous`` shot.

Per shot:
1. time: the film needs ``shot_frames(duration, fps)`` frames; the model renders at its native
   rate (or the film's, for models that take ``frame_rate``) and a shot longer than its maximum is
   made of segments (``frames.plan_segments``), each starting on the previous segment's last
   frame. Nothing is time-stretched;
2. start: the keyframe, or in a ``continuous`` shot (smoothing on) the previous shot's last frame
   (``Carry.last_frame``); end: where the model takes an end frame (Wan ``last_image``, LTX-2 a
   condition at latent index -1), the next keyframe when the next shot continues this one;
3. denoising with :class:`ShotLatentCallback`, which blends the previous shot's (or segment's)
   last latent frame into the first one where the family allows it, and records the latents;
4. film frames taken from the joined model frames by time, resized, encoded with ``ClipWriter``;
   the model's sound (LTX-2), joined the same way, is written as the shot's WAV stem;
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
from generators.diffusers.audio import fit_length, join_segments, write_wav
from generators.diffusers.families import FAMILIES, VideoFamily
from generators.diffusers.frames import (
    Segment, film_frames, fit_image, needed_model_frames, plan_segments, to_uint8,
)
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
            ctx: the shot and its surroundings (``ctx.shot.transition`` picks the smoothing;
                ``ctx.next_keyframe`` is the end frame when the next shot continues this one).
            keyframe: the shot's first frame (PNG).
            references: entity references (unused by image-to-video models; kept for the protocol).
            settings: size, fps, seed and ``smoothing``.
            out_path: where the mp4 goes; carry files (and the sound stem) are written beside it.
            carry_in: the previous shot's carry at a smoothed boundary, else None.
            progress: progress sink.
        """
        started = time.perf_counter()
        spec, family = self.spec, self.family
        target = shot_frames(ctx.shot.duration_s, settings.fps)
        model_fps = family.model_fps(spec.fps, settings.fps)
        segments = plan_segments(needed_model_frames(target, settings.fps, model_fps),
                                 family.temporal_factor, spec.max_frames)
        previous = self._previous_latents(ctx, carry_in)
        continuous = settings.smoothing and ctx.index > 0 and ctx.shot.transition in SMOOTHED_TRANSITIONS
        smooth = continuous and previous is not None and previous.family == family.name
        condition = keyframe
        tail = carry_in.last_frame if carry_in is not None else None
        if continuous and tail is not None and Path(tail).is_file():
            condition = Path(tail)
        end_keyframe = ctx.next_keyframe if (
            settings.smoothing and family.end_frame and spec.end_frame and ctx.next_keyframe is not None
            and Path(ctx.next_keyframe).is_file()) else None
        with Image.open(condition) as img:
            start_image = fit_image(img, spec.width, spec.height)
        end_image = None
        if end_keyframe is not None:
            with Image.open(end_keyframe) as img:
                end_image = fit_image(img, spec.width, spec.height)

        seed = derive_seed(settings.seed, ctx.plan.seed, ctx.shot.seed, "shot", ctx.shot.id)
        prompt = shot_prompt(ctx)
        reference = previous.last if smooth and family.blends else None
        frames_parts, audio_parts, segment_rows, weights = [], [], [], []
        audio_rate = None
        first = last = None
        for segment in segments:
            # The end frame goes to the last segment, if it has a latent frame of its own.
            is_last = segment.index == len(segments) - 1 and segment.frames > family.temporal_factor
            seg_seed = seed if segment.index == 0 else derive_seed(seed, "segment", segment.index)
            part = self._render_segment(
                segment, start_image, end_image if is_last else None, prompt, seg_seed,
                model_fps, reference, _segment_progress(progress, segment, len(segments)),
            )
            row = segment.as_dict(model_fps)
            row.update(start="keyframe" if segment.index == 0 and condition == keyframe else
                       "previous shot's last frame" if segment.index == 0 else
                       "previous segment's last frame",
                       end="next keyframe" if is_last and end_image is not None else None)
            frames = part["frames"]
            if segment.index == 0:
                first = first_frames(part["latents"], CARRY_FRAMES).clone()
            else:
                row["latent_discontinuity"] = latent_discontinuity(last, first_frames(part["latents"]))
                frames = frames[1:]
            last = last_frames(part["latents"], CARRY_FRAMES).clone()
            frames_parts.append(frames)
            if part["audio"] is not None:
                audio_parts.append(part["audio"])
                audio_rate = part["audio_rate"]
            weights.append([round(w, 4) for w in part["weights"]])
            segment_rows.append(row)
            start_image = Image.fromarray(part["frames"][-1])
            reference = last if settings.smoothing and family.blends else None
        model_frames = np.concatenate(frames_parts)
        mine = BoundaryLatents(family.name, first, last)
        discontinuity = latent_discontinuity(previous.last, mine.first) if (
            previous is not None and previous.family == family.name) else None

        out_path = Path(out_path)
        last_frame = None
        with ClipWriter(out_path, settings.width, settings.height, settings.fps) as writer:
            for frame in film_frames(model_frames, target, settings.fps, model_fps,
                                     settings.width, settings.height):
                writer.write(frame)
                last_frame = frame
        audio_path = None
        if audio_parts:
            joined = join_segments(audio_parts, audio_rate, model_fps)
            audio_path = write_wav(out_path.with_name(out_path.stem + ".audio.wav"),
                                   fit_length(joined, audio_rate, target / settings.fps), audio_rate)
        carry = Carry(
            last_frame=out_path.with_name(out_path.stem + ".last_frame.png"),
            last_latents=out_path.with_name(out_path.stem + ".latents.safetensors"),
        )
        Image.fromarray(last_frame).save(carry.last_frame, format="PNG")
        mine.save(carry.last_latents)
        self._rendered[ctx.shot.id] = mine
        return ClipResult(
            path=out_path, frames=writer.frames, seconds=time.perf_counter() - started, carry=carry,
            latent_discontinuity=discontinuity, audio=audio_path,
            meta={
                "model": spec.model_id, "prompt": prompt, "seed": seed,
                "model_frames": int(len(model_frames)), "model_fps": model_fps,
                "film_fps": settings.fps, "covered_s": round(len(model_frames) / model_fps, 4),
                # Film seconds per model second: always 1, frames are taken by time.
                "time_scale": 1.0,
                "frame_rate_match": "one model frame per film frame" if model_fps == settings.fps
                else "film frames mixed from the two nearest model frames by time",
                "segments": segment_rows, "smoothed": smooth and family.blends,
                "condition": str(condition),
                "end_condition": str(end_keyframe) if end_keyframe is not None else None,
                "blend_weights": weights[0] if len(weights) == 1 else weights,
                "audio": {"engine": f"model:{spec.model_id}", "rate": audio_rate} if audio_path else None,
                "memory_plan": self.cache.plans["shot"].value,
            },
        )

    def _render_segment(
        self, segment: Segment, start: Image.Image, end: Image.Image | None, prompt: str, seed: int,
        model_fps: int, reference: Any, progress: ProgressFn,
    ) -> dict[str, Any]:
        """One model call: uint8 frames, canonical latents, audio ``[C, N]`` (or None)."""
        spec, family = self.spec, self.family

        def render(pipe):
            grid = family.grid(pipe, segment.frames, spec.height, spec.width)
            callback = ShotLatentCallback(
                family, reference=reference, grid=grid, schedule=self.schedule, seed=seed,
                progress=progress,
            )
            kwargs = dict(
                prompt=prompt, negative_prompt=spec.negative_prompt, height=spec.height,
                width=spec.width, num_frames=segment.frames, num_inference_steps=spec.steps,
                guidance_scale=spec.guidance, max_sequence_length=spec.max_sequence_length,
                generator=torch_generator(seed), output_type="np", callback_on_step_end=callback,
                callback_on_step_end_tensor_inputs=callback.tensor_inputs,
                **family.call_kwargs(model_fps), **spec.extra,
            )
            kwargs.update(start_and_end(family, start, end))
            output = self._call_pipeline(pipe, kwargs)
            latents = callback.final_canonical()
            if family.pins_first_latent:  # the pipeline puts the start image's latent there
                latents[:, :, :1] = encode_start_latent(pipe, start, spec.height, spec.width)
            audio = getattr(output, "audio", None)
            rate = None
            if audio is not None:
                audio = audio[0].float().cpu().numpy()
                rate = int(pipe.vocoder.config.output_sampling_rate)
            frames = np.stack([to_uint8(np.asarray(f)) for f in output.frames[0]])
            return {"frames": frames, "latents": latents, "audio": audio, "audio_rate": rate,
                    "weights": callback.weights}

        return call_with_oom_fallback(self.cache, "shot", render)

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


def start_and_end(family: VideoFamily, start: Image.Image, end: Image.Image | None) -> dict[str, Any]:
    """The call arguments that pin the clip's first (and, where the model can, last) frame."""
    if family.call_style == "conditions":
        from diffusers.pipelines.ltx2.pipeline_ltx2_condition import LTX2VideoCondition

        conditions = [LTX2VideoCondition(frames=start, index=0)]
        if end is not None:
            conditions.append(LTX2VideoCondition(frames=end, index=-1))
        return {"conditions": conditions}
    kwargs: dict[str, Any] = {"image": start}
    if end is not None and family.end_frame:
        kwargs["last_image"] = end
    return kwargs


def encode_start_latent(pipe: Any, image: Image.Image, height: int, width: int):
    """The normalized latent of the start image, as Wan 2.2 TI2V pins it in place of the first
    latent frame (same preprocessing and normalization as the pipeline's prepare_latents)."""
    import torch

    vae = pipe.vae
    pixels = pipe.video_processor.preprocess(image, height=height, width=width).unsqueeze(2)
    with torch.no_grad():
        latent = vae.encode(pixels.to(vae.device, vae.dtype)).latent_dist.mode().float().cpu()
    mean = torch.tensor(vae.config.latents_mean).view(1, -1, 1, 1, 1)
    std = torch.tensor(vae.config.latents_std).view(1, -1, 1, 1, 1)
    return (latent - mean) / std


def _segment_progress(progress: ProgressFn, segment: Segment, count: int) -> ProgressFn:
    if count == 1:
        return progress

    def report(fraction: float, message: str) -> None:
        progress((segment.index + fraction) / count, f"segment {segment.index + 1}/{count}: {message}")

    return report
