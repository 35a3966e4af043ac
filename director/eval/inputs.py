"""Read and check the output folder an eval works on (DESIGN.md §4).

OUT/film.mp4, OUT/plan.json, OUT/manifest.json and OUT/shots/<shot_id>.mp4. A missing film or
plan, or a file that cannot be read, is an InputError with one line that says what to do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from director.errors import InputError
from director.plan import FilmPlan, PlanError, load_plan
from director.video import VideoInfo, probe


@dataclass
class EvalInputs:
    out_dir: Path
    film: Path
    film_info: VideoInfo
    plan: FilmPlan
    manifest: dict
    clips: dict[str, Path | None]  # shot id → its clip, None when the clip is missing
    warnings: list[str] = field(default_factory=list)


def load_inputs(out_dir: Path) -> EvalInputs:
    """Check OUT and load what the metrics read; raise InputError naming the problem."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise InputError(f"output folder not found: {out_dir}")
    film = out_dir / "film.mp4"
    if not film.is_file():
        raise InputError(f"{out_dir} has no film.mp4 — run `director run` first")
    plan_path = out_dir / "plan.json"
    if not plan_path.is_file():
        raise InputError(f"{out_dir} has no plan.json — run `director run` first")
    try:
        plan = load_plan(plan_path)
    except PlanError as err:
        raise InputError(f"{plan_path}: {err}") from None

    warnings: list[str] = []
    manifest: dict = {}
    manifest_path = out_dir / "manifest.json"
    if manifest_path.is_file():
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            raise InputError(f"{manifest_path} is not valid JSON: {err}") from None
        if not isinstance(manifest, dict):
            raise InputError(f"{manifest_path} must hold a JSON object")
    else:
        warnings.append("no manifest.json: backend, preset and latent_discontinuity are unknown")

    try:
        film_info = probe(film)
    except Exception as err:  # PyAV raises its own error types for unreadable containers
        raise InputError(f"{film} cannot be decoded: {str(err).splitlines()[0]}") from None
    if film_info.frames == 0:
        raise InputError(f"{film} has no video frames")
    if abs(film_info.fps - plan.fps) > 0.01:
        warnings.append(f"film.mp4 runs at {film_info.fps:g} fps but the plan says {plan.fps}")

    clips: dict[str, Path | None] = {}
    for shot in plan.shots():
        clip = out_dir / "shots" / f"{shot.id}.mp4"
        clips[shot.id] = clip if clip.is_file() else None
        if clips[shot.id] is None:
            warnings.append(f"no clip for shot {shot.id} (shots/{shot.id}.mp4)")
    return EvalInputs(out_dir, film, film_info, plan, manifest, clips, warnings)
