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
from director.render.work import identity_ids, make_identity, make_keyframe
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
        identities = {eid: make_identity(plan, eid, generator, store, settings, emit)
                      for eid in identity_ids(plan)}
        return {
            shot.id: Path(make_keyframe(plan, shot.id, identities, generator, store, settings, emit)["path"])
            for shot in plan.shots()
        }
    finally:
        generator.close()
