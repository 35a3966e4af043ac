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
from generators.diffusers.takes import RETAKES, SCORE_THRESHOLD, load_scorer

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
    def __init__(self, cache: PipelineCache, threshold: float = SCORE_THRESHOLD, retakes: int = RETAKES):
        self.cache = cache
        self.spec = cache.preset.keyframe
        self.threshold, self.retakes = threshold, retakes
        self._loaded_scorer = None  # (scorer or None, why), loaded on the first multi-take shot

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

        def draw(take_seed: int) -> Image.Image:
            def call(pipe):
                args = accepted_kwargs(pipe, dict(kwargs, generator=torch_generator(take_seed)))
                return pipe(**args).images[0]

            image = call_with_oom_fallback(self.cache, "keyframe", call)
            return fit_image(image, settings.width, settings.height)

        progress(0.0, f"keyframe {ctx.shot.id}")
        meta = {"model": spec.model_id, "prompt": prompt, "seed": seed, "references": used}
        if settings.takes > 1:
            image, takes_meta = self._best_take(ctx, references, settings.takes, seed, draw, progress)
            meta.update(takes_meta)
        else:
            image = draw(seed)
        image.save(out_path, format="PNG")
        progress(1.0, f"keyframe {ctx.shot.id} done")
        return ImageResult(Path(out_path), time.perf_counter() - started, meta)

    def _best_take(self, ctx: ShotContext, references: dict[str, Path], takes: int, seed: int,
                   draw, progress: ProgressFn) -> tuple[Image.Image, dict]:
        """Draw ``takes`` keyframes (and up to ``retakes`` more while the best scores below the
        threshold), score each against the shot's references, keep the best. Without a local
        identity model, or without references, one take and the reason."""
        refs = [(e, references[e.id]) for e in ctx.entities if e.id in references]
        scorer, why = self._scorer() if refs else (None, "the shot shows no entity with a reference")
        if scorer is None:
            return draw(seed), {"takes": [{"take": 0, "seed": seed, "score": None, "kept": True}],
                                "takes_note": f"one take: {why}"}
        rows, images = [], []
        limit = takes + self.retakes
        while len(rows) < limit:
            i = len(rows)
            take_seed = seed if i == 0 else derive_seed(seed, "take", i)
            progress(i / limit, f"keyframe {ctx.shot.id} take {i + 1}")
            image = draw(take_seed)
            score, per_entity = scorer.score(image, refs)
            rows.append({"take": i, "seed": take_seed, "score": score, "entities": per_entity})
            images.append(image)
            best = max((r["score"] for r in rows if r["score"] is not None), default=None)
            if len(rows) >= takes and (best is None or best >= self.threshold):
                break
        kept = max(range(len(rows)), key=lambda k: -1e9 if rows[k]["score"] is None else rows[k]["score"])
        for row in rows:
            row["kept"] = row["take"] == kept
        note = None
        if rows[kept]["score"] is None or rows[kept]["score"] < self.threshold:
            note = f"best take below the threshold {self.threshold} after {len(rows)} takes"
        return images[kept], {"takes": rows, "takes_scorer": scorer.name,
                              "takes_threshold": self.threshold, "takes_note": note}

    def _scorer(self):
        if self._loaded_scorer is None:
            self._loaded_scorer = load_scorer()
        return self._loaded_scorer

    def close(self) -> None:
        self.cache.release("keyframe")
