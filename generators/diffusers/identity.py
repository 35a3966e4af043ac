"""Identity references: one image per entity, drawn by a text-to-image model or taken from the
user's photo (``entity.reference_image``)."""

from __future__ import annotations

import time
from pathlib import Path

from PIL import Image, ImageOps

from director.errors import InputError
from director.plan import Entity, FilmPlan
from generators.base import ImageResult, ProgressFn, RenderSettings, no_progress
from generators.diffusers.frames import fit_image
from generators.diffusers.pipelines import PipelineCache, accepted_kwargs, call_with_oom_fallback
from generators.diffusers.prompting import identity_prompt
from generators.diffusers.seeds import derive_seed, torch_generator


class DiffusersIdentityGenerator:
    """Draws each entity's reference at the identity model's native size."""

    def __init__(self, cache: PipelineCache):
        self.cache = cache
        self.spec = cache.preset.identity

    def generate(
        self, entity: Entity, plan: FilmPlan, settings: RenderSettings, out_path: Path,
        progress: ProgressFn = no_progress,
    ) -> ImageResult:
        """Write the reference PNG of ``entity`` to ``out_path``.

        Args:
            entity: the character, prop or location.
            plan: the film (its style joins the prompt).
            settings: the render settings (the seed).
            out_path: where the PNG goes.
            progress: progress sink.
        """
        started = time.perf_counter()
        if entity.reference_image:
            image = self._user_photo(entity)
            meta = {"source": "user", "reference_image": entity.reference_image}
        else:
            prompt = identity_prompt(entity, plan)
            seed = derive_seed(settings.seed, plan.seed, "identity", entity.id)
            spec = self.spec

            def draw(pipe):
                return pipe(**accepted_kwargs(pipe, dict(
                    prompt=prompt, height=spec.height, width=spec.width,
                    num_inference_steps=spec.steps, guidance_scale=spec.guidance,
                    max_sequence_length=spec.max_sequence_length, generator=torch_generator(seed),
                    **spec.extra,
                ))).images[0]

            progress(0.0, f"identity {entity.id}")
            image = call_with_oom_fallback(self.cache, "identity", draw)
            meta = {"source": "model", "model": spec.model_id, "prompt": prompt, "seed": seed}
        image.convert("RGB").save(out_path, format="PNG")
        progress(1.0, f"identity {entity.id} done")
        return ImageResult(Path(out_path), time.perf_counter() - started, meta)

    def _user_photo(self, entity: Entity) -> Image.Image:
        path = Path(entity.reference_image).expanduser()
        if not path.is_file():
            raise InputError(f"entity '{entity.id}': reference_image '{path}' not found")
        try:
            with Image.open(path) as img:
                img = ImageOps.exif_transpose(img)
                return fit_image(img, self.spec.width, self.spec.height)
        except OSError as err:
            raise InputError(f"entity '{entity.id}': reference_image '{path}' is not an image ({err})") from None

    def close(self) -> None:
        self.cache.release("identity")
