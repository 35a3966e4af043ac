"""Keyframes: the first frame of each shot, drawn by a reference-image model (FLUX.1 Kontext,
FLUX.2, Qwen-Image-Edit-Plus) from the references of the entities in the shot. No face models.

For single-image models (Kontext) the references are composed into one board at the keyframe's
size: the location fills the background and each character or prop sits in its layout box, so
the board carries both who is in the shot and where they stand.
"""

from __future__ import annotations

import time
from pathlib import Path

from PIL import Image

from generators.base import ImageResult, ProgressFn, RenderSettings, ShotContext, no_progress
from generators.diffusers.frames import fit_image
from generators.diffusers.pipelines import PipelineCache, accepted_kwargs, call_with_oom_fallback
from generators.diffusers.prompting import keyframe_prompt
from generators.diffusers.seeds import derive_seed, torch_generator

BOARD_BACKGROUND = (128, 128, 128)


def reference_board(ctx: ShotContext, references: dict[str, Path], width: int, height: int) -> Image.Image | None:
    """Compose the shot's references into one image laid out like the shot; None without refs."""
    present = [e for e in ctx.entities if e.id in references]
    if not present:
        return None
    board = Image.new("RGB", (width, height), BOARD_BACKGROUND)
    for entity in [e for e in present if e.kind == "location"]:
        with Image.open(references[entity.id]) as img:
            board.paste(fit_image(img, width, height), (0, 0))
    figures = [e for e in present if e.kind != "location"]
    for slot, entity in enumerate(figures):
        box = ctx.shot.layout.get(entity.id)
        if box is not None:
            x0, y0, x1, y1 = box.start
        else:  # no layout: equal columns, full height
            x0, x1, y0, y1 = slot / len(figures), (slot + 1) / len(figures), 0.1, 1.0
        w, h = max(1, round((x1 - x0) * width)), max(1, round((y1 - y0) * height))
        with Image.open(references[entity.id]) as img:
            board.paste(fit_image(img, w, h), (round(x0 * width), round(y0 * height)))
    return board


def _load_rgb(path: Path) -> Image.Image:
    with Image.open(path) as img:
        return img.convert("RGB")


class DiffusersKeyframeGenerator:
    def __init__(self, cache: PipelineCache):
        self.cache = cache
        self.spec = cache.preset.keyframe

    def generate(
        self, ctx: ShotContext, references: dict[str, Path], settings: RenderSettings,
        out_path: Path, progress: ProgressFn = no_progress,
    ) -> ImageResult:
        """Write the shot's keyframe PNG (settings.width x settings.height) to ``out_path``.

        Args:
            ctx: the shot and its surroundings.
            references: entity id -> identity reference PNG (entities of this shot at least).
            settings: size and seed.
            out_path: where the PNG goes.
            progress: progress sink.
        """
        started = time.perf_counter()
        spec = self.spec
        prompt = keyframe_prompt(ctx)
        seed = derive_seed(settings.seed, ctx.plan.seed, ctx.shot.seed, "keyframe", ctx.shot.id)
        kwargs = dict(
            prompt=prompt, height=spec.height, width=spec.width, num_inference_steps=spec.steps,
            guidance_scale=spec.guidance, max_sequence_length=spec.max_sequence_length, **spec.extra,
        )
        used = [e.id for e in ctx.entities if e.id in references]
        if spec.references == "board":
            kwargs["image"] = reference_board(ctx, references, spec.width, spec.height)
        elif spec.references == "list" and used:
            # The shot's entities in the plan's order, as many as the model takes.
            used = used[: spec.max_references] if spec.max_references else used
            kwargs["image"] = [_load_rgb(references[eid]) for eid in used]

        def draw(pipe):
            return pipe(**accepted_kwargs(pipe, dict(kwargs, generator=torch_generator(seed)))).images[0]

        progress(0.0, f"keyframe {ctx.shot.id}")
        image = call_with_oom_fallback(self.cache, "keyframe", draw)
        fit_image(image, settings.width, settings.height).save(out_path, format="PNG")
        progress(1.0, f"keyframe {ctx.shot.id} done")
        return ImageResult(Path(out_path), time.perf_counter() - started, {
            "model": spec.model_id, "prompt": prompt, "seed": seed, "references": used,
        })

    def close(self) -> None:
        self.cache.release("keyframe")
