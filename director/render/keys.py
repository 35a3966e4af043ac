"""The inputs that determine each artifact, and so its store key.

Only what changes an artifact's pixels goes into its key: editing a shot's description re-renders
that shot; editing an entity re-renders its reference and every shot that shows it; changing a
transition re-renders nothing (it only changes assembly), except on backends that carry latents
across a continuous boundary, where the previous clip becomes an input of the next, and on
backends whose shots read their surroundings (``Backend.context_inputs``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from director.plan import FilmPlan
from director.store import file_sha256
from generators.base import Backend, RenderSettings, ShotContext


def _backend_fields(backend: Backend, settings: RenderSettings) -> dict[str, Any]:
    return {
        "backend": backend.name, "backend_version": backend.version, "preset": backend.preset,
        "models": backend.describe.get("models", {}), **settings.key_fields(),
    }


def identity_inputs(plan: FilmPlan, entity_id: str, backend: Backend, settings: RenderSettings) -> dict[str, Any]:
    entity = plan.entity(entity_id)
    fields = {
        "role": "identity", **_backend_fields(backend, settings), "style": plan.style,
        "entity": entity.model_dump(mode="json"),
    }
    if entity.reference_image:
        # The photo's pixels, not only its path: a new photo saved under the same name (the
        # studio's uploads/<entity>.png) is a new reference.
        photo = Path(entity.reference_image).expanduser()
        fields["reference_sha256"] = file_sha256(photo) if photo.is_file() else None
    return fields


def _shot_fields(ctx: ShotContext, backend: Backend, settings: RenderSettings) -> dict[str, Any]:
    plan, shot, scene = ctx.plan, ctx.shot, ctx.scene
    spec = shot.model_dump(mode="json")
    spec.pop("transition")  # assembly-only, unless the backend chains (see clip_inputs)
    fields = {
        "shot": spec,
        "scene": {k: getattr(scene, k) for k in ("id", "heading", "location", "time_of_day")},
        "entities": [plan.entity(e).model_dump(mode="json") for e in shot.entities],
        "style": plan.style,
    }
    if backend.context_inputs is not None:
        fields["context"] = backend.context_inputs(ctx, settings)
    return fields


def keyframe_inputs(ctx: ShotContext, identity_keys: dict[str, str], backend: Backend,
                    settings: RenderSettings) -> dict[str, Any]:
    return {
        "role": "keyframe", **_backend_fields(backend, settings), **_shot_fields(ctx, backend, settings),
        "references": {e: identity_keys[e] for e in ctx.shot.entities if e in identity_keys},
    }


def clip_inputs(ctx: ShotContext, keyframe_key: str, previous_clip_key: str | None,
                backend: Backend, settings: RenderSettings) -> dict[str, Any]:
    """`previous_clip_key` is set only when the backend chains this shot to the previous one."""
    fields = {
        "role": "clip", **_backend_fields(backend, settings), **_shot_fields(ctx, backend, settings),
        "keyframe": keyframe_key,
    }
    if previous_clip_key is not None:
        fields["transition"] = ctx.shot.transition
        fields["previous_clip"] = previous_clip_key
    return fields
