"""What the studio's buttons do, as plain Python (no Gradio here, so tests can call it directly).

Each operation takes the session's plan (JSON text) and run folder, does one thing through the
public API (director.api) and returns a Board: the plan, its keyframes and statuses, and a message.
Progress goes through `report(fraction, message)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from director.api import as_plan, plan_story_outcome, render_film, save_plan
from director.errors import InputError
from director.ingest import parse_story, read_story
from director.plan import FilmPlan
from director.planning.graph import STAGES as PLAN_STAGES
from director.planning.voices import lengthen_for_speech
from director.render.run import RenderResult
from director.studio.previews import preview_keyframes
from director.studio.runs import (MAX_PLAN_BYTES, check_references_confined, new_run_dir,
                                  save_reference_photo, session_run_dir)
from director.studio.tables import apply_entity_rows, apply_shot_edit, apply_shot_rows

ReportFn = Callable[[float, str], None]


def _quiet(fraction: float, message: str) -> None:
    return None


@dataclass
class Board:
    """Everything the storyboard shows for one session."""

    run_dir: Path
    plan: FilmPlan
    thumbs: dict[str, Path] = field(default_factory=dict)
    statuses: dict[str, str] = field(default_factory=dict)
    message: str = ""
    render: RenderResult | None = None

    @property
    def plan_path(self) -> Path:
        return self.run_dir / "plan.json"


def read_story_upload(path: str | Path) -> tuple[str, str]:
    """Decode an uploaded story file (size, encoding and binary checks in director.ingest).

    Returns (text, file name); the name keeps the suffix that marks a Fountain screenplay.
    """
    story = read_story(Path(path))
    return story.text, Path(path).name


# The example stories: the repository's examples/ folder beside the package (a source checkout or
# an editable install, the way the studio is run).
EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE_SUFFIXES = (".txt", ".fountain", ".md")


def example_stories(folder: Path = EXAMPLES_DIR) -> list[str]:
    """File names of the example stories, sorted (empty when the folder is not there)."""
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_file() and p.suffix.lower() in EXAMPLE_SUFFIXES)


def load_example(name: str, folder: Path = EXAMPLES_DIR) -> tuple[str, str]:
    """(text, file name) of one example story, by file name."""
    if name not in example_stories(folder):
        raise InputError(f"no example story named {name!r} (choose one of {example_stories(folder)})")
    return read_story_upload(folder / name)


def load_session_plan(plan_json: str) -> FilmPlan:
    if not plan_json:
        raise InputError("plan a story (or upload a plan.json) first")
    return as_plan(plan_json)


def _keep(plan: FilmPlan, run_dir: Path) -> None:
    check_references_confined(plan, run_dir)
    save_plan(plan, run_dir / "plan.json")


def _preview(plan: FilmPlan, run_dir: Path, backend: str, preset: str | None, report: ReportFn,
             start: float = 0.0) -> dict[str, Path]:
    total = max(1, len(plan.shots()))
    made: list[str] = []

    def on_event(event: dict[str, Any]) -> None:
        if event.get("stage") == "keyframes" and event.get("status") in ("done", "cached"):
            made.append(event["item"])
            report(start + (1 - start) * len(made) / total, f"keyframe {event['item']} {event['status']}")

    return preview_keyframes(plan, run_dir, backend, preset or None, on_event)


def plan_into_run(story_text: str, source: str, planner: str, backend: str, preset: str | None,
                  resolution: str, fps: int, root: Path, run_dir: str | None,
                  report: ReportFn = _quiet) -> Board:
    """Plan the story, keep plan.json in the session's run folder and preview every keyframe."""
    story = parse_story(story_text or "", source=source or "<text>")
    folder = session_run_dir(root, run_dir)
    done: list[str] = []

    def on_progress(stage: str, message: str) -> None:
        if message == "done":
            done.append(stage)
        report(0.5 * min(len(done), len(PLAN_STAGES)) / len(PLAN_STAGES), f"planning: {stage} {message}")

    outcome = plan_story_outcome(story, planner=planner, fps=int(fps), resolution=resolution,
                                 on_progress=on_progress)
    plan = outcome.plan
    _keep(plan, folder)
    report(0.5, "keyframes")
    thumbs = _preview(plan, folder, backend, preset, report, start=0.5)
    notes = [f"Planned {len(plan.shots())} shots ({plan.planned_duration():.1f} s) with the "
             f"{outcome.planner} planner."]
    if outcome.fallback_reason:
        notes.append(f"Fell back to the heuristic planner: {outcome.fallback_reason}")
    notes += [f"- {w}" for w in outcome.warnings[:8]]
    return Board(folder, plan, thumbs, message="\n".join(notes))


def _edited(plan: FilmPlan, run_dir: str, backend: str, preset: str | None, report: ReportFn,
            message: str) -> Board:
    folder = Path(run_dir)
    _keep(plan, folder)
    thumbs = _preview(plan, folder, backend, preset, report)
    return Board(folder, plan, thumbs, message=message)


def apply_table_edits(plan_json: str, run_dir: str, shot_rows: list[list[Any]],
                      entity_rows: list[list[Any]], backend: str, preset: str | None,
                      report: ReportFn = _quiet) -> Board:
    """Write the shot table and the entity bible back into the plan (raises EditError)."""
    plan = load_session_plan(plan_json)
    plan = apply_shot_rows(plan, shot_rows)
    plan = apply_entity_rows(plan, entity_rows)
    longer = lengthen_for_speech(plan)  # a slower or new voice may need more time for its lines
    message = "Edits applied." + (f" Lengthened to fit their lines: {', '.join(longer)}." if longer else "")
    return _edited(plan, run_dir, backend, preset, report, message)


def apply_inspector_edit(plan_json: str, run_dir: str, shot_id: str, description: str, move: str,
                         direction: str, duration_s: Any, transition: str, backend: str,
                         preset: str | None, report: ReportFn = _quiet) -> Board:
    """Apply the shot inspector's fields to one shot (raises EditError naming the field)."""
    plan = apply_shot_edit(load_session_plan(plan_json), shot_id, description=description,
                           move=move, direction=direction, duration_s=duration_s,
                           transition=transition)
    message = f"Shot {shot_id} updated."
    longer = lengthen_for_speech(plan)  # a shot never ends inside one of its lines
    if shot_id in longer:
        kept = next(s for s in plan.shots() if s.id == shot_id)
        message += f" Kept at {kept.duration_s:g} s to fit its lines."
    if [s for s in longer if s != shot_id]:
        message += f" Lengthened to fit their lines: {', '.join(s for s in longer if s != shot_id)}."
    return _edited(plan, run_dir, backend, preset, report, message)


def attach_reference(plan_json: str, run_dir: str, entity_id: str, photo: str | None,
                     backend: str, preset: str | None, report: ReportFn = _quiet) -> Board:
    """Save an uploaded photo into the run folder as `entity_id`'s reference image."""
    plan = load_session_plan(plan_json)
    if not photo:
        raise InputError("choose a photo to upload first")
    if entity_id not in {e.id for e in plan.entities}:
        raise InputError(f"entity '{entity_id}' is not in the plan")
    saved = save_reference_photo(photo, Path(run_dir), entity_id)
    data = plan.model_dump(mode="json")
    for entity in data["entities"]:
        if entity["id"] == entity_id:
            entity["reference_image"] = str(saved)
    return _edited(as_plan(data), run_dir, backend, preset, report,
                   f"Reference photo attached to {entity_id}.")


def load_plan_upload(path: str, run_dir: str | None, root: Path, backend: str, preset: str | None,
                     report: ReportFn = _quiet) -> Board:
    """Adopt an uploaded plan.json (validated, reference images confined to the run folder)."""
    upload = Path(path)
    if upload.stat().st_size > MAX_PLAN_BYTES:
        raise InputError(f"plan.json is over {MAX_PLAN_BYTES // (1024 * 1024)} MB")
    try:
        text = upload.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError("plan.json is not UTF-8 text") from None
    plan = as_plan(text)
    folder = session_run_dir(root, run_dir)
    return _edited(plan, str(folder), backend, preset, report, f"Loaded plan '{plan.title}'.")


def _render_progress(plan: FilmPlan, report: ReportFn) -> Callable[[dict[str, Any]], None]:
    """Map render events to progress: one step per keyframe, per shot, and the assembly."""
    total = 2 * len(plan.shots()) + 1
    steps: set[tuple[str, str]] = set()

    def on_event(event: dict[str, Any]) -> None:
        stage, item, status = event.get("stage"), event.get("item", ""), event.get("status")
        if event.get("message"):
            report(len(steps) / total, str(event["message"]))
            return
        if status in ("done", "rendered", "cached") and stage in ("keyframes", "shots", "assemble"):
            steps.add((stage, item))
        label = {"shots": "shot", "keyframes": "keyframe", "identities": "reference"}.get(stage, stage)
        report(min(1.0, len(steps) / total), f"{label} {item} {status}")

    return on_event


def render_run(plan_json: str, run_dir: str, backend: str, preset: str | None,
               report: ReportFn = _quiet) -> Board:
    """Render the session's plan into its run folder; unchanged shots come from the store."""
    plan = load_session_plan(plan_json)
    folder = Path(run_dir)
    _keep(plan, folder)
    result = render_film(plan, folder, backend=backend, preset=preset or None,
                         on_event=_render_progress(plan, report))
    thumbs = {shot.id: folder / "keyframes" / f"{shot.id}.png" for shot in plan.shots()}
    statuses = {s["id"]: s["status"] for s in result.manifest["shots"]}
    rendered = result.rendered
    message = (f"Rendered {len(rendered)} shot(s), reused {len(result.cached)} from the store "
               f"in {result.manifest['timings'].get('total', 0):.1f} s.")
    return Board(folder, plan, thumbs, statuses, message, render=result)


def rerender_shot(plan_json: str, run_dir: str, shot_id: str, backend: str, preset: str | None,
                  report: ReportFn = _quiet) -> Board:
    """A new take of one shot: bump its seed and render into the same folder, so only that shot's
    keyframe and clip (and the assembly) are made again."""
    plan = apply_shot_edit(load_session_plan(plan_json), shot_id, seed_bump=1)
    return render_run(plan.to_json(), run_dir, backend, preset, report)


def download_files(board: Board) -> list[str]:
    """Film, storyboard and plan, where they exist."""
    names = ["film.mp4", "storyboard.html", "storyboard.png", "plan.json", "subtitles.srt", "manifest.json"]
    return [str(board.run_dir / n) for n in names if (board.run_dir / n).is_file()]


# ---- the named API endpoints ------------------------------------------------------------------


def api_plan(story_text: str, planner: str = "auto") -> str:
    """/plan: story text → plan JSON string."""
    return plan_story_outcome(parse_story(story_text or ""), planner=planner).plan.to_json()


def api_render(plan_json: str, root: Path, backend: str = "previz", preset: str | None = None,
               report: ReportFn = _quiet) -> Path:
    """/render: plan JSON string → film file, rendered in a fresh run folder under `root`."""
    plan = as_plan(plan_json or "")
    folder = new_run_dir(root, prefix="api")
    check_references_confined(plan, folder)
    save_plan(plan, folder / "plan.json")
    result = render_film(plan, folder, backend=backend, preset=preset,
                         on_event=_render_progress(plan, report))
    return result.film


def manifest_rows(board: Board) -> list[list[Any]]:
    if board.render is None:
        return []
    return [[s["id"], s["status"], s["seconds"], s["frames"]] for s in board.render.manifest["shots"]]


def dialogue_choices(plan: FilmPlan | None) -> list[tuple[str, str]]:
    """(label, key) for every dialogue line, in film order; key is 'shot_id#index'."""
    if plan is None:
        return []
    return [(f"{shot.id} · {line.speaker}: {line.text[:60]}", f"{shot.id}#{i}")
            for shot in plan.shots() for i, line in enumerate(shot.dialogue)]


def line_audio(plan_json: str, key: str) -> tuple[int, Any, str]:
    """One dialogue line spoken in its character's voice: (sample rate, int16 samples, note).

    The note names the voice, or why nothing was spoken (an emoji-only line, say)."""
    import numpy as np

    from director.sound.cast import line_voice
    from director.sound.speech import check_voice, speak

    plan = load_session_plan(plan_json)
    shot_id, _, index = (key or "").partition("#")
    shot = next((s for s in plan.shots() if s.id == shot_id), None)
    if shot is None or not index.isdigit() or int(index) >= len(shot.dialogue):
        raise InputError("pick a dialogue line to play")
    line = shot.dialogue[int(index)]
    voice = line_voice(plan, line)
    check_voice(voice)
    said = speak(line.text, voice)
    pcm = (np.clip(said.samples, -1.0, 1.0) * 32767).astype(np.int16)
    note = f"{line.speaker}: {voice.engine} {voice.voice or 'default'}, pitch {voice.pitch:g}, rate {voice.rate:g}"
    if said.skipped:
        note += f" — nothing spoken: {said.skipped}"
    elif said.dropped:
        note += f" — left out: {said.dropped}"
    else:
        note += f" — {said.seconds:.2f} s"
    return said.sample_rate, pcm, note
