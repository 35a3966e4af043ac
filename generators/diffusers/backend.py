"""The diffusers backend: identity references, keyframes and shots from one preset's pipelines."""

from __future__ import annotations

import os
from pathlib import Path

from director.errors import RunError
from generators.base import Backend, RenderSettings
from generators.diffusers.identity import DiffusersIdentityGenerator
from generators.diffusers.keyframe import DiffusersKeyframeGenerator
from generators.diffusers.models import require_models
from generators.diffusers.pipelines import PipelineCache
from generators.diffusers.presets import ROLES, get_preset, tiny_notice
from generators.diffusers.shot import DiffusersShotGenerator

# Bump when the backend's output changes for the same inputs (it goes into every cache key).
BACKEND_VERSION = "2"


def create_diffusers_backend(
    preset: str | None, settings: RenderSettings, model_dir: str | Path | None = None,
    device: str | None = None,
) -> Backend:
    """Build the diffusers backend for ``preset`` (None: the default preset).

    Checks up front that every model of the preset is on this machine (nothing is downloaded)
    and raises RunError naming each missing model and how to get it. Pipelines load lazily, once,
    on first use. ``model_dir`` defaults to ``$DIRECTOR_MODEL_DIR``.
    """
    import diffusers
    import torch

    chosen = get_preset(preset)
    if chosen.unsupported_reason:
        missing = [r for r in _safe_check(chosen, model_dir)]
        raise RunError(f"preset '{chosen.name}' cannot render yet: {chosen.unsupported_reason}"
                       + (f" (also missing: {', '.join(missing)})" if missing else ""))
    require_models(chosen, model_dir or os.environ.get("DIRECTOR_MODEL_DIR"))
    cache = PipelineCache(chosen, device=device, model_dir=str(model_dir) if model_dir else None)
    return Backend(
        name="diffusers",
        version=f"{BACKEND_VERSION}+diffusers{diffusers.__version__}",
        identity=DiffusersIdentityGenerator(cache),
        keyframe=DiffusersKeyframeGenerator(cache),
        shot=DiffusersShotGenerator(cache),
        preset=chosen.name,
        chains_shots=True,
        notice=tiny_notice(chosen),
        describe={
            "preset": chosen.name,
            "models": {role: chosen.model(role).model_id for role in ROLES},
            "pipelines": {role: chosen.model(role).pipeline for role in ROLES},
            "device": cache.device,
            "dtype": str(cache.dtype).removeprefix("torch."),
            "memory_plans": {role: plan.value for role, plan in cache.plans.items()},
            "torch": torch.__version__,
            "diffusers": diffusers.__version__,
        },
    )


def _safe_check(preset, model_dir) -> list[str]:
    from generators.diffusers.models import check_models

    return [s.model_id for s in check_models(preset, model_dir) if not s.present]
