"""The render graph: identities → keyframes (Send per shot) → shots (Send per chain) → sound
(Send per shot; skipped with audio off) → assemble.

State is plain JSON (the plan as a dict, and per-artifact result dicts) so it checkpoints to
SQLite in the output folder; the backend, store and executor travel in the run's context, never
in state. Nodes report progress through LangGraph's custom stream, which the CLI and UI read.
"""

from __future__ import annotations

import shutil
import threading
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Protocol, TypedDict

from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Send

from director.assemble import assemble_film, write_srt
from director.plan import FilmPlan
from director.render.work import identity_ids, make_chain, make_identity, make_keyframe, shot_chains
from director.sound.mix import make_soundtrack
from director.sound.shot_audio import make_shot_audio
from director.store import ArtifactStore, StoredArtifact
from director.storyboard import write_storyboard_html, write_storyboard_png
from director.timeline import film_timeline
from generators.base import Backend, RenderSettings


def merge(left: dict | None, right: dict | None) -> dict:
    """Reducer: results keyed by id; a re-render replaces the old entry."""
    return {**(left or {}), **(right or {})}


class RenderState(TypedDict, total=False):
    plan: dict
    identities: Annotated[dict[str, dict], merge]
    keyframes: Annotated[dict[str, dict], merge]
    clips: Annotated[dict[str, dict], merge]
    sound: Annotated[dict[str, dict], merge]
    film: dict


class Executor(Protocol):
    """Where chains of shots are rendered: in this process, or on a Ray cluster."""

    name: str
    split_at_cuts: bool

    def render_chain(self, plan: FilmPlan, chain: list[str], identities: dict, keyframes: dict,
                     ctx: "RenderContext", emit) -> list[dict[str, Any]]: ...


class LocalExecutor:
    name = "local"
    split_at_cuts = False

    def render_chain(self, plan, chain, identities, keyframes, ctx, emit):
        with ctx.serial:
            return make_chain(plan, chain, identities, keyframes, ctx.backend, ctx.store,
                              ctx.settings, emit=emit)


@dataclass
class RenderContext:
    backend: Backend
    store: ArtifactStore
    settings: RenderSettings
    out_dir: Path
    executor: Executor
    # GPU backends hold one pipeline per role: their generators run one call at a time.
    serial: threading.Lock | nullcontext = field(default_factory=nullcontext)
    audio: bool = True  # False: a silent film, as before sound existed
    music: Path | None = None  # a music bed under the film, ducked under dialogue


def _plan(state: dict) -> FilmPlan:
    return FilmPlan.model_validate(state["plan"])


def identities_node(state: RenderState, runtime: Runtime[RenderContext]) -> dict:
    plan, ctx, emit = _plan(state), runtime.context, get_stream_writer()
    with ctx.serial:
        results = {eid: make_identity(plan, eid, ctx.backend, ctx.store, ctx.settings, emit)
                   for eid in identity_ids(plan)}
    return {"identities": results}


def fan_out_keyframes(state: RenderState) -> list[Send]:
    return [Send("keyframe", {"plan": state["plan"], "shot_id": shot["id"],
                              "identities": state.get("identities", {})})
            for scene in state["plan"]["scenes"] for shot in scene["shots"]]


def keyframe_node(task: dict, runtime: Runtime[RenderContext]) -> dict:
    ctx = runtime.context
    with ctx.serial:
        result = make_keyframe(_plan(task), task["shot_id"], task["identities"], ctx.backend,
                               ctx.store, ctx.settings, get_stream_writer())
    return {"keyframes": {task["shot_id"]: result}}


def fan_out_shots(state: RenderState, runtime: Runtime[RenderContext]) -> list[Send]:
    ctx = runtime.context
    chains = shot_chains(_plan(state), ctx.backend, ctx.executor.split_at_cuts)
    return [Send("shots", {"plan": state["plan"], "chain": chain,
                           "identities": state.get("identities", {}),
                           "keyframes": state.get("keyframes", {})})
            for chain in chains]


def shots_node(task: dict, runtime: Runtime[RenderContext]) -> dict:
    ctx = runtime.context
    results = ctx.executor.render_chain(_plan(task), task["chain"], task["identities"],
                                        task["keyframes"], ctx, get_stream_writer())
    return {"clips": {r["id"]: r for r in results}}


def fan_out_sound(state: RenderState, runtime: Runtime[RenderContext]) -> list[Send] | str:
    if not runtime.context.audio:
        return "assemble"
    return [Send("sound", {"plan": state["plan"], "shot_id": shot["id"],
                           "clip": state["clips"][shot["id"]]})
            for scene in state["plan"]["scenes"] for shot in scene["shots"]]


def sound_node(task: dict, runtime: Runtime[RenderContext]) -> dict:
    clip = task["clip"]
    generator_audio = dict(clip["audio"], clip=clip["key"]) if clip.get("audio") else None
    result = make_shot_audio(_plan(task), task["shot_id"], runtime.context.store, generator_audio,
                             get_stream_writer())
    return {"sound": {task["shot_id"]: result}}


def _publish(src: str, dst: Path) -> Path:
    """Expose a store artifact under its readable name (hard link when possible)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(f".{dst.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        tmp.hardlink_to(src)
    except OSError:
        shutil.copyfile(src, tmp)
    tmp.replace(dst)
    return dst


def assemble_node(state: RenderState, runtime: Runtime[RenderContext]) -> dict:
    plan, out, emit = _plan(state), runtime.context.out_dir, get_stream_writer()
    emit({"stage": "assemble", "item": "film", "status": "started"})
    clips = {sid: _publish(c["path"], out / "shots" / f"{sid}.mp4") for sid, c in state["clips"].items()}
    keyframes = {sid: _publish(k["path"], out / "keyframes" / f"{sid}.png")
                 for sid, k in state["keyframes"].items()}
    for eid, ident in state.get("identities", {}).items():
        _publish(ident["path"], out / "references" / f"{eid}.png")
    sound = _soundtrack(plan, state, runtime.context, out) if runtime.context.audio else None
    timeline = assemble_film(plan, clips, out / "film.mp4", runtime.context.store,
                             {sid: c["key"] for sid, c in state["clips"].items()},
                             sound.path if sound is not None else None)
    write_srt(plan, out / "subtitles.srt")
    write_storyboard_html(plan, keyframes, out)
    write_storyboard_png(plan, keyframes, out / "storyboard.png")
    emit({"stage": "assemble", "item": "film", "status": "done"})
    film = {"path": str(out / "film.mp4"), "frames": timeline.total_frames,
            "duration_s": round(timeline.duration, 3), "audio": sound is not None}
    if sound is not None:
        film.update(loudness_lufs=sound.meta["loudness_lufs"], true_peak_dbtp=sound.meta["true_peak_dbtp"])
    return {"film": film}


def _soundtrack(plan: FilmPlan, state: RenderState, ctx: RenderContext, out: Path) -> StoredArtifact:
    """Publish each shot's stem as OUT/audio/<shot>.wav; the film's encoded soundtrack."""
    stems = dict(state.get("sound", {}))
    for shot in plan.shots():  # a run resumed from before the sound stage existed
        if shot.id not in stems:
            stems[shot.id] = make_shot_audio(plan, shot.id, ctx.store)
    for sid, stem in stems.items():
        _publish(stem["path"], out / "audio" / f"{sid}.wav")
    return make_soundtrack(film_timeline(plan), stems, ctx.music, ctx.store)


def build_render_graph() -> StateGraph:
    graph = StateGraph(RenderState, context_schema=RenderContext)
    graph.add_node("identities", identities_node)
    graph.add_node("keyframe", keyframe_node)
    graph.add_node("plan_shots", lambda state: {})  # join point after every keyframe
    graph.add_node("shots", shots_node)
    graph.add_node("plan_sound", lambda state: {})  # join point after every chain of shots
    graph.add_node("sound", sound_node)
    graph.add_node("assemble", assemble_node)
    graph.add_edge(START, "identities")
    graph.add_conditional_edges("identities", fan_out_keyframes, ["keyframe"])
    graph.add_edge("keyframe", "plan_shots")
    graph.add_conditional_edges("plan_shots", fan_out_shots, ["shots"])
    graph.add_edge("shots", "plan_sound")
    graph.add_conditional_edges("plan_sound", fan_out_sound, ["sound", "assemble"])
    graph.add_edge("sound", "assemble")
    graph.add_edge("assemble", END)
    return graph
