"""The inputs that determine each artifact, and so its store key.

Only what changes an artifact's pixels goes into its key: editing a shot's description re-renders
that shot; editing an entity re-renders its reference and every shot that shows it; changing a
transition re-renders nothing (it only changes assembly), except on backends that carry latents
across a continuous boundary, where the previous clip becomes an input of the next.
"""

from __future__ import annotations

from typing import Any

from director.plan import FilmPlan, Shot
from generators.base import Backend, RenderSettings


def _backend_fields(backend: Backend, settings: RenderSettings) -> dict[str, Any]:
    return {
        "backend": backend.name, "backend_version": backend.version, "preset": backend.preset,
        "models": backend.describe.get("models", {}), **settings.key_fields(),
    }


def identity_inputs(plan: FilmPlan, entity_id: str, backend: Backend, settings: RenderSettings) -> dict[str, Any]:
    entity = plan.entity(entity_id)
    return {
        "role": "identity", **_backend_fields(backend, settings), "style": plan.style,
        "entity": entity.model_dump(mode="json"),
    }


def _shot_fields(plan: FilmPlan, shot: Shot) -> dict[str, Any]:
    scene = plan.scene_of(shot.id)
    spec = shot.model_dump(mode="json")
    spec.pop("transition")  # assembly-only, unless the backend chains (see clip_inputs)
    return {
        "shot": spec,
        "scene": {k: getattr(scene, k) for k in ("id", "heading", "location", "time_of_day")},
        "entities": [plan.entity(e).model_dump(mode="json") for e in shot.entities],
        "style": plan.style,
    }


def keyframe_inputs(plan: FilmPlan, shot: Shot, identity_keys: dict[str, str], backend: Backend,
                    settings: RenderSettings) -> dict[str, Any]:
    return {
        "role": "keyframe", **_backend_fields(backend, settings), **_shot_fields(plan, shot),
        "references": {e: identity_keys[e] for e in shot.entities if e in identity_keys},
    }


def clip_inputs(plan: FilmPlan, shot: Shot, keyframe_key: str, previous_clip_key: str | None,
                backend: Backend, settings: RenderSettings) -> dict[str, Any]:
    """`previous_clip_key` is set only when the backend chains this shot to the previous one."""
    fields = {
        "role": "clip", **_backend_fields(backend, settings), **_shot_fields(plan, shot),
        "keyframe": keyframe_key,
    }
    if previous_clip_key is not None:
        fields["transition"] = shot.transition
        fields["previous_clip"] = previous_clip_key
    return fields
