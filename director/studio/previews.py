"""Keyframe previews for the storyboard, made right after planning with the chosen backend.

They go through the same unit work and the same content-addressed store (RUN/store) as a full
render, with the same settings, so the render that follows finds every previewed keyframe already
made and only renders the clips.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from director.errors import InputError
from director.plan import FilmPlan
from director.render.work import make_identity, make_keyframe
from director.store import ArtifactStore
from generators.base import RenderSettings
from generators.registry import UnknownBackendError, create_backend

EventFn = Callable[[dict[str, Any]], None]


def preview_keyframes(plan: FilmPlan, run_dir: Path, backend: str = "previz", preset: str | None = None,
                      on_event: EventFn | None = None) -> dict[str, Path]:
    """Make (or reuse) every shot's keyframe; return shot id → keyframe PNG in the run's store.

    Settings mirror director.render.run.render_plan (plan size, fps and seed; preset as the
    backend names it; smoothing on) so the keys match the render's.
    """
    emit = on_event or (lambda event: None)
    width, height = plan.size
    settings = RenderSettings(width=width, height=height, fps=plan.fps, seed=plan.seed,
                              preset=preset or "default", smoothing=True)
    try:
        generator = create_backend(backend, preset, settings)
    except UnknownBackendError as err:
        raise InputError(str(err)) from None
    settings = RenderSettings(**{**settings.__dict__, "preset": generator.preset})
    store = ArtifactStore(run_dir / "store")
    try:
        used = {e for shot in plan.shots() for e in shot.entities}
        identities = {
            e.id: make_identity(plan, e.id, generator, store, settings, emit)
            for e in plan.entities if e.id in used or e.kind == "character"
        }
        return {
            shot.id: Path(make_keyframe(plan, shot.id, identities, generator, store, settings, emit)["path"])
            for shot in plan.shots()
        }
    finally:
        generator.close()
