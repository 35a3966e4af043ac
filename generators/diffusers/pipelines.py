"""Load each role's pipeline once, place it by a memory plan, and reuse it across shots.

When the three pipelines do not fit in VRAM together only one stays loaded: asking for another
role releases the others first. On CUDA OOM a role steps down its memory plan and reloads.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from director.errors import RunError
from generators.diffusers.memory import (
    MemoryPlan, apply_plan, choose_plan, free_vram_bytes, release_cuda_memory, step_down,
)
from generators.diffusers.models import how_to_get, resolve_model
from generators.diffusers.presets import ROLES, Preset, Role

log = logging.getLogger(__name__)

ApplyPlanFn = Callable[[Any, MemoryPlan, str], None]


def torch_dtype(name: str):
    import torch

    return {"bfloat16": torch.bfloat16, "float16": torch.float16, "float32": torch.float32}[name]


class PipelineCache:
    """The loaded pipelines of one preset.

    Args:
        preset: which models to load.
        device: ``"cuda"`` or ``"cpu"``; ``None`` picks CUDA when available.
        model_dir: extra folder to look for weights in (see models.resolve_model).
        apply: places a pipeline by a memory plan (memory.apply_plan).
        free_vram: returns free VRAM in bytes, ``None`` without CUDA.
        initial_plan: force one plan for every role instead of choosing from free VRAM.
    """

    def __init__(
        self, preset: Preset, device: str | None = None, model_dir: str | None = None,
        apply: ApplyPlanFn = apply_plan, free_vram: Callable[[], int | None] = free_vram_bytes,
        initial_plan: MemoryPlan | None = None,
    ):
        import torch

        self.preset = preset
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.dtype = torch.float32 if self.device == "cpu" else torch_dtype(preset.dtype)
        self.model_dir = model_dir
        self._apply = apply
        self._pipes: dict[Role, Any] = {}
        free = free_vram() if self.device != "cpu" else None
        self.plans: dict[Role, MemoryPlan] = {}
        for role in ROLES:
            spec = preset.model(role)
            self.plans[role] = initial_plan or choose_plan(spec.vram_gb, spec.offload_vram_gb, free)
        # Keep all three loaded only when their full-GPU needs fit together (or on a CPU).
        total = sum(preset.model(r).vram_gb for r in ROLES)
        self.keep_all = free is None or (
            all(p is MemoryPlan.FULL_GPU for p in self.plans.values()) and total * 1.15 <= free / 1024**3
        )
        self.plan_history: list[tuple[Role, MemoryPlan]] = []

    def get(self, role: Role) -> Any:
        """The role's pipeline, loading it (and releasing the others if needed) on first use."""
        if role in self._pipes:
            return self._pipes[role]
        if not self.keep_all:
            for other in [r for r in self._pipes if r != role]:
                self.release(other)
        pipe = self._load(role)
        self._apply(pipe, self.plans[role], self.device)
        self.plan_history.append((role, self.plans[role]))
        self._pipes[role] = pipe
        return pipe

    def step_down(self, role: Role) -> MemoryPlan | None:
        """Release the role's pipeline and lower its memory plan; ``None`` if already lowest."""
        lower = step_down(self.plans[role])
        self.release(role)
        if lower is not None:
            log.warning("out of GPU memory in %s; stepping down to %s", role, lower.value)
            self.plans[role] = lower
        return lower

    def release(self, role: Role) -> None:
        if self._pipes.pop(role, None) is not None:
            release_cuda_memory()

    def close(self) -> None:
        for role in list(self._pipes):
            self.release(role)

    def _load(self, role: Role) -> Any:
        import diffusers
        import transformers

        # Loading bars would interleave with the CLI's own progress.
        diffusers.utils.logging.disable_progress_bar()
        transformers.utils.logging.disable_progress_bar()
        spec = self.preset.model(role)
        path = resolve_model(spec.model_id, self.model_dir)
        if path is None:
            raise RunError(f"{role} model '{spec.model_id}' not found locally; {how_to_get(spec.model_id)}")
        cls = getattr(diffusers, spec.pipeline)
        if spec.model_id.startswith("tiny/"):  # a tiny twin may shrink a real pipeline's fixed sizes
            from generators.diffusers.tiny import tiny_pipeline_class

            cls = tiny_pipeline_class(cls)
        # safetensors only: weights folders are never unpickled.
        kwargs: dict[str, Any] = {"dtype": self.dtype, "local_files_only": True, "use_safetensors": True}
        if getattr(spec, "vae_fp32", False):
            import torch

            kwargs["vae"] = _vae_class(spec.pipeline).from_pretrained(
                path, subfolder="vae", dtype=torch.float32, local_files_only=True, use_safetensors=True
            )
        pipe = cls.from_pretrained(path, **kwargs)
        pipe.set_progress_bar_config(disable=True)
        return pipe


def _vae_class(pipeline_name: str):
    import diffusers

    if pipeline_name.startswith("Wan"):
        return diffusers.AutoencoderKLWan
    raise ValueError(f"no float32 VAE rule for {pipeline_name}")


def accepted_kwargs(pipe: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
    """``kwargs`` without the arguments this pipeline's ``__call__`` does not take (a distilled
    model such as FLUX.2-klein KV has no ``guidance_scale``), so one call fits every model."""
    import inspect

    params = inspect.signature(pipe).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return kwargs
    return {k: v for k, v in kwargs.items() if k in params}


def call_with_oom_fallback(cache: PipelineCache, role: Role, call: Callable[[Any], Any]) -> Any:
    """Run ``call(pipe)``; on CUDA OOM step the role's memory plan down and retry once."""
    import torch

    try:
        return call(cache.get(role))
    except torch.OutOfMemoryError:
        pass  # leave the except block first so the failed call's tensors can be freed
    if cache.step_down(role) is None:
        raise RunError(
            f"out of GPU memory in the {role} role even with the leanest memory plan; "
            "lower --resolution or pick a smaller preset"
        )
    try:
        return call(cache.get(role))
    except torch.OutOfMemoryError:
        pass
    cache.release(role)
    raise RunError(
        f"out of GPU memory in the {role} role with plan '{cache.plans[role].value}'; "
        "lower --resolution or pick a smaller preset"
    )
