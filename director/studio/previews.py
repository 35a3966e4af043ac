"""Keyframe previews for the storyboard, made right after planning with the chosen backend.

They go through the same unit work and the same content-addressed store (RUN/store) as a full
render, with the same settings, so the render that follows finds every previewed keyframe already
made and only renders the clips.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from director.plan import FilmPlan
from director.render.run import open_backend
from director.render.work import identity_ids, make_identity, make_keyframe
from director.store import ArtifactStore

EventFn = Callable[[dict[str, Any]], None]


def preview_keyframes(plan: FilmPlan, run_dir: Path, backend: str = "previz", preset: str | None = None,
                      on_event: EventFn | None = None) -> dict[str, Path]:
    """Make (or reuse) every shot's keyframe; return shot id → keyframe PNG in the run's store.

    The backend and settings come from director.render.run.open_backend, as a render's do
    (smoothing on, the studio's render default), so the keys match the render's.
    """
    emit = on_event or (lambda event: None)
    generator, settings = open_backend(plan, backend, preset)
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
