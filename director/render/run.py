"""Drive one render: options → backend → render graph (checkpointed) → manifest.json.

A run has an id (the LangGraph thread id) recorded in OUT/run.json. The graph checkpoints to
OUT/checkpoints.sqlite after every step, and every artifact lives in the content-addressed store,
so a killed run resumed with ``resume=True`` continues its thread and redoes at most the shots
that were in flight; a new run over the same folder reuses every artifact whose inputs are
unchanged (an edited plan re-renders only what the edit touches).
"""

from __future__ import annotations

import json
import platform
import threading
import time
from contextlib import nullcontext
import uuid
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path
from typing import Any, Callable

from director.errors import InputError, RunError
from director.plan import FilmPlan
from director.plan import parse_resolution as plan_resolution
from director.render.graph import LocalExecutor, RenderContext, build_render_graph
from director.render.work import shots_left
from director.store import ArtifactStore, atomic_write_text
from generators.base import Backend, RenderSettings
from generators.registry import UnknownBackendError, create_backend

EventFn = Callable[[dict[str, Any]], None]

MAX_TAKES = 16
_KEY_PACKAGES = ("director", "langgraph", "pydantic", "numpy", "pillow", "av", "imageio-ffmpeg",
                 "openai", "torch", "diffusers", "transformers", "ray", "gradio")


@dataclass
class RenderOptions:
    backend: str = "previz"
    preset: str | None = None
    seed: int | None = None  # None: the plan's seed
    resolution: str | None = None  # None: the plan's resolution ("1280x720")
    fps: int | None = None  # None: the plan's fps
    smoothing: bool = True
    takes: int = 1  # best-of-N keyframes (backends that score takes; others make one)
    executor: str = "local"  # local | ray
    ray_address: str | None = None
    max_concurrency: int = 2  # Send workers at a time (at least 2)
    planner: str = ""  # recorded in the manifest
    audio: bool = True  # voices, ambience and the mix; False makes a silent film
    music: str | None = None  # a music file (anything ffmpeg decodes), ducked under dialogue
    extra_manifest: dict[str, Any] = field(default_factory=dict)


@dataclass
class RenderResult:
    out_dir: Path
    film: Path
    manifest: dict[str, Any]

    @property
    def rendered(self) -> list[str]:
        return [s["id"] for s in self.manifest["shots"] if s["status"] == "rendered"]

    @property
    def cached(self) -> list[str]:
        return [s["id"] for s in self.manifest["shots"] if s["status"] == "cached"]

    def clip(self):
        """The film as a moviepy ``VideoFileClip`` with its soundtrack, for a script to compose
        further (moviepy 2.x: ``subclipped``, ``with_effects``, ``concatenate_videoclips``,
        ``CompositeAudioClip`` ...). Close it when done (``with result.clip() as film:``)."""
        from moviepy import VideoFileClip  # imported here: moviepy is only needed for this

        return VideoFileClip(str(self.film))


def parse_resolution(text: str) -> tuple[int, int]:
    """The plan's resolution rule (director.plan.parse_resolution) as a user input error."""
    try:
        return plan_resolution(text)
    except ValueError as err:
        raise InputError(str(err)) from None


def check_options(options: RenderOptions) -> None:
    """Refuse bad render options before any work starts (planning included)."""
    from generators.registry import backend_names

    if options.backend not in backend_names():
        raise InputError(f"unknown backend '{options.backend}' (choose from: {', '.join(backend_names())})")
    if options.resolution:
        parse_resolution(options.resolution)
    if options.fps is not None and not 1 <= options.fps <= 120:
        raise InputError(f"fps {options.fps} must be between 1 and 120")
    if options.seed is not None and options.seed < 0:
        raise InputError("seed must be 0 or more")
    if options.executor not in ("local", "ray"):
        raise InputError(f"unknown executor '{options.executor}' (choose local or ray)")
    if not 1 <= options.takes <= MAX_TAKES:
        raise InputError(f"takes {options.takes} must be between 1 and {MAX_TAKES}")
    if options.music:
        from director.sound.decode import UndecodableAudio, check_audio_file

        try:
            check_audio_file(Path(options.music))
        except UndecodableAudio as err:
            raise InputError(f"--music: {err}; give an audio file such as .mp3, .wav, .flac or .ogg") from None


def check_out_dir(out_dir: Path) -> None:
    """Refuse an output folder path that is an existing file, before any work starts."""
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"output path {out_dir} exists and is not a folder")


def apply_overrides(plan: FilmPlan, options: RenderOptions) -> FilmPlan:
    """Render options that change the film's format are written into the plan, so plan.json in
    the output folder always describes the film next to it."""
    update: dict[str, Any] = {}
    if options.resolution:
        w, h = parse_resolution(options.resolution)
        update["resolution"] = f"{w}x{h}"
    if options.fps is not None:
        update["fps"] = options.fps
    if options.seed is not None:
        update["seed"] = options.seed
    return plan.model_copy(update=update) if update else plan


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in _KEY_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions


def open_backend(plan: FilmPlan, name: str, preset: str | None,
                 smoothing: bool = True, takes: int = 1) -> tuple[Backend, RenderSettings]:
    """The backend for a render of `plan` and the settings its artifact keys are made with
    (the plan's size, fps and seed; the preset as the backend names it)."""
    width, height = plan.size
    settings = RenderSettings(width=width, height=height, fps=plan.fps, seed=plan.seed,
                              preset=preset or "default", smoothing=smoothing, takes=takes)
    try:
        backend = create_backend(name, preset, settings)
    except UnknownBackendError as err:
        raise InputError(str(err)) from None
    return backend, replace(settings, preset=backend.preset)


def _make_executor(options: RenderOptions, backend_name: str, preset: str | None, settings):
    if options.executor == "local":
        return LocalExecutor()
    if options.executor == "ray":
        from director.render.ray_executor import RayExecutor  # optional extra

        return RayExecutor(backend_name, preset, settings, address=options.ray_address)
    raise InputError(f"unknown executor '{options.executor}' (choose local or ray)")


def _run_record(out_dir: Path) -> dict[str, Any]:
    try:
        return json.loads((out_dir / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _pending_steps(out_dir: Path, run_id: str, plan: FilmPlan, emit: EventFn) -> list[str]:
    """The steps an interrupted run still has to do, if its checkpoint rendered this same plan.

    A resumed thread renders the plan it was started with, so after an edit it would assemble
    the old film under the new plan.json: an edited plan starts a new run instead (every
    finished artifact is still reused from the store).
    """
    from langgraph.checkpoint.sqlite import SqliteSaver

    config = {"configurable": {"thread_id": run_id}}
    with SqliteSaver.from_conn_string(str(out_dir / "checkpoints.sqlite")) as saver:
        snapshot = build_render_graph().compile(checkpointer=saver).get_state(config)
    if not snapshot.next:
        return []
    if snapshot.values.get("plan") != plan.model_dump(mode="json"):
        emit({"stage": "notice", "message": f"the plan changed since run {run_id} was interrupted: "
                                            "starting a new run that reuses its finished artifacts"})
        return []
    return list(snapshot.next)


# Graph nodes by the stage a user knows them as.
_STAGE_NAMES = {"identities": "identity references", "keyframe": "keyframes", "plan_shots": "shots",
                "shots": "shots", "assemble": "assembly"}


def _resume_message(run_id: str, pending: list[str], saver, plan: FilmPlan, context: RenderContext) -> str:
    """One line: the stage the interrupted run continues at and how many shots are left."""
    stage = _STAGE_NAMES.get(pending[0], pending[0])
    snapshot = build_render_graph().compile(checkpointer=saver).get_state(
        {"configurable": {"thread_id": run_id}})
    total = len(plan.shots())
    left = shots_left(plan, snapshot.values.get("keyframes", {}), context.backend, context.store,
                      context.settings, context.executor.split_at_cuts)
    return f"resuming run {run_id} at the {stage} stage: {left} of {total} shots left to render"


def render_plan(plan: FilmPlan, out_dir: Path, options: RenderOptions | None = None, *,
                resume: bool = False, on_event: EventFn | None = None) -> RenderResult:
    """Render `plan` into `out_dir` (film.mp4, manifest.json, ...). See the module docstring."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    options = options or RenderOptions()
    check_options(options)
    plan = apply_overrides(plan, options)
    out_dir = Path(out_dir)
    check_out_dir(out_dir)
    from director.sound.cast import check_plan_voices

    # An unknown voice or engine is exit 2 before any work, with or without audio: subtitles
    # are timed by the voices too.
    check_plan_voices(plan)
    out_dir.mkdir(parents=True, exist_ok=True)
    backend, settings = open_backend(plan, options.backend, options.preset, options.smoothing,
                                     options.takes)
    emit = on_event or (lambda e: None)
    if backend.notice:
        emit({"stage": "notice", "message": backend.notice})

    atomic_write_text(out_dir / "plan.json", plan.to_json())
    previous = _run_record(out_dir)
    pending: list[str] = []
    if resume and previous.get("status") == "running" and previous.get("run_id"):
        pending = _pending_steps(out_dir, previous["run_id"], plan, emit)
    run_id = previous["run_id"] if pending else uuid.uuid4().hex[:12]
    atomic_write_text(out_dir / "run.json", json.dumps(
        {"run_id": run_id, "status": "running", "started": time.time(),
         "backend": backend.name, "preset": backend.preset}, indent=1))

    store = ArtifactStore(out_dir / "store")
    executor = _make_executor(options, options.backend, options.preset, settings)
    context = RenderContext(backend, store, settings, out_dir, executor,
                            serial=threading.Lock() if backend.chains_shots else nullcontext(),
                            audio=options.audio, music=Path(options.music) if options.music else None)
    # (max_concurrency=1 deadlocks LangGraph's runner with Send fan-out; serialise with a lock.)
    config = {"configurable": {"thread_id": run_id}, "max_concurrency": max(2, options.max_concurrency)}
    stage_done: dict[str, float] = {}
    made_now: set[tuple[str, str]] = set()  # (stage, id) generated by this invocation
    start = time.perf_counter()
    final: dict[str, Any] = {}
    try:
        with SqliteSaver.from_conn_string(str(out_dir / "checkpoints.sqlite")) as saver:
            graph = build_render_graph().compile(checkpointer=saver)
            graph_input = None if pending else {"plan": plan.model_dump(mode="json")}
            if pending:
                emit({"stage": "resume", "message": _resume_message(run_id, pending, saver, plan, context)})
            for part in graph.stream(graph_input, config, context=context, durability="sync",
                                     stream_mode=["updates", "custom"], version="v2"):
                if part["type"] == "custom":
                    event = part["data"]
                    if event.get("status") in ("done", "rendered"):
                        made_now.add((event.get("stage", ""), event.get("item", "")))
                    emit(event)
                elif part["type"] == "updates":
                    for node in part["data"] or {}:
                        stage_done[node] = time.perf_counter() - start
            final = graph.get_state(config).values
    except (InputError, RunError):
        raise
    except Exception as err:  # a generator or ffmpeg failed: the run stays resumable
        raise RunError(f"render failed: {err} (fix the cause, then rerun with --resume)") from err
    finally:
        backend.close()
        close = getattr(executor, "close", None)
        if callable(close):
            close()

    manifest = build_manifest(plan, final, run_id, backend, options, settings, stage_done,
                              time.perf_counter() - start, store, made_now)
    atomic_write_text(out_dir / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    atomic_write_text(out_dir / "run.json", json.dumps(
        {"run_id": run_id, "status": "complete", "finished": time.time(),
         "backend": backend.name, "preset": backend.preset}, indent=1))
    return RenderResult(out_dir, out_dir / "film.mp4", manifest)


def _backend_shot_fields(entry: dict, clip: dict, keyframe: dict) -> None:
    """What a backend reports per shot beyond the contract's fields: the model segments and
    their timing, the keyframe takes and their scores. (A generator's own sound reaches the
    shot's ``audio`` entry through the mix.)"""
    for name in ("segments", "model_fps", "covered_s", "time_scale"):
        if clip.get(name) is not None:
            entry[name] = clip[name]
    if keyframe.get("takes"):
        for name in ("takes", "takes_scorer", "takes_threshold", "takes_note"):
            entry[name] = keyframe.get(name)


def build_manifest(plan: FilmPlan, state: dict, run_id: str, backend, options: RenderOptions,
                   settings: RenderSettings, stage_done: dict[str, float], total: float,
                   store: ArtifactStore, made_now: set[tuple[str, str]]) -> dict[str, Any]:
    """Statuses are relative to this invocation: "rendered" when it generated the artifact,
    "cached" when it reused one (from the store, or from the checkpoint of a resumed run)."""
    clips, sound = state.get("clips", {}), state.get("sound", {})

    def status(stage: str, item: str) -> str:
        return "rendered" if (stage, item) in made_now else "cached"

    shots = []
    for shot in plan.shots():
        clip = clips[shot.id]
        shots.append({
            "id": shot.id, "status": status("shots", shot.id),
            "seconds": clip["seconds"] if status("shots", shot.id) == "rendered" else 0.0,
            "artifact": f"shots/{shot.id}.mp4", "key": clip["key"], "frames": clip["frames"],
            "keyframe": f"keyframes/{shot.id}.png",
            "keyframe_status": status("keyframes", shot.id),
            "audio": _shot_audio_entry(shot.id, sound.get(shot.id), status("sound", shot.id)),
        })
        _backend_shot_fields(shots[-1], clip, state.get("keyframes", {}).get(shot.id, {}))
    boundaries = [
        {"from": a.id, "to": b.id, "transition": b.transition,
         "latent_discontinuity": clips[b.id].get("latent_discontinuity")}
        for a, b in plan.boundaries()
    ]
    order = ["identities", "keyframe", "shots", "sound", "assemble"]
    names = {"keyframe": "keyframes"}
    timings, prev = {}, 0.0
    for node in order:
        if node in stage_done:
            timings[names.get(node, node)] = round(stage_done[node] - prev, 3)
            prev = stage_done[node]
    timings["total"] = round(total, 3)
    return {
        "run_id": run_id, "backend": backend.name, "backend_version": backend.version,
        "preset": backend.preset, "planner": options.planner, "executor": options.executor,
        "notice": backend.notice or None, "models": backend.describe.get("models", {}),
        "settings": settings.key_fields(), "film": state.get("film", {}),
        "audio": options.audio, "music": options.music,
        "loudness_lufs": state.get("film", {}).get("loudness_lufs"),
        "true_peak_dbtp": state.get("film", {}).get("true_peak_dbtp"),
        "shots": shots, "boundaries": boundaries,
        "identities": [{"id": k, "status": status("identities", k),
                        "artifact": f"references/{k}.png"} for k, v in state.get("identities", {}).items()],
        "store_repairs": store.corrupt_removed, "timings": timings,
        "versions": package_versions(), **options.extra_manifest,
    }


def _shot_audio_entry(shot_id: str, stem: dict | None, status: str) -> dict[str, Any] | None:
    """A shot's manifest ``audio``: its stem, whether this run made it, the speech engine,
    what the ambience holds and any line that was skipped or cut (None with audio off)."""
    if stem is None:
        return None
    return {"artifact": f"audio/{shot_id}.wav", "status": status, "key": stem["key"],
            "engine": stem.get("engine"), "ambience": stem.get("ambience") or [],
            "skipped": stem.get("skipped") or []}
