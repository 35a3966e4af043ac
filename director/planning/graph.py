"""The planning graph: story → script → entities → shots → validate → FilmPlan.

``plan_story`` is the one entry point the CLI, the API, the UI and the LLM planner share. The
planner is chosen in ``_planner_graph``: the offline heuristic planner today; the LLM planner
plugs in at that one place.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from langgraph.graph import END, START, StateGraph

from director.errors import InputError, RunError
from director.ingest import Story
from director.plan import FilmPlan, PlanError
from director.planning.finish import FINISH_STAGES, finish_plan
from director.planning.heuristic.nodes import entities_node, script_node, shots_node, validate_node
from director.planning.state import PlanState
from director.settings import is_llm_configured

PLANNERS = ("auto", "heuristic", "llm")
STAGES = ("script", "entities", "shots", "validate") + tuple(name for name, _ in FINISH_STAGES)


@dataclass(frozen=True)
class PlanOptions:
    fps: int = 24
    resolution: str = "1280x720"
    seed: int = 0
    style: str = ""


@dataclass
class PlanOutcome:
    plan: FilmPlan
    planner: str  # the planner that actually produced the plan
    warnings: list[str] = field(default_factory=list)
    stages: list[dict] = field(default_factory=list)  # [{"stage": "script", "seconds": 0.01}, ...]
    fallback_reason: str = ""  # why "auto" fell back from the LLM planner ("" when it did not)


def build_heuristic_graph():
    """The offline planner as a compiled LangGraph: four stages in a line."""
    graph = StateGraph(PlanState)
    graph.add_node("script", script_node)
    graph.add_node("entities", entities_node)
    graph.add_node("shots", shots_node)
    graph.add_node("validate", validate_node)
    graph.add_edge(START, "script")
    graph.add_edge("script", "entities")
    graph.add_edge("entities", "shots")
    graph.add_edge("shots", "validate")
    graph.add_edge("validate", END)
    return graph.compile()


def _planner_graph(planner: str) -> tuple[str, object]:
    """Dispatch point: planner name → (name actually used, compiled graph)."""
    if planner not in PLANNERS:
        raise InputError(f"unknown planner '{planner}' (use one of: {', '.join(PLANNERS)})")
    # "llm", and "auto" with a configured server, are routed to _plan_with_llm by plan_story.
    return "heuristic", build_heuristic_graph()


def _plan_with_llm(story: Story, planner: str, options: PlanOptions,
                   on_progress: Callable[[str, str], None] | None,
                   out_dir: Path | None) -> PlanOutcome:
    """The LLM planner (director/planning/llm/graph.py), with the heuristic plan as fallback."""
    from director.planning.llm.graph import plan_llm_or_fallback

    heuristic_runs: list[PlanOutcome] = []

    def heuristic() -> FilmPlan:
        if not heuristic_runs:
            heuristic_runs.append(plan_story(story, "heuristic", options))
        return heuristic_runs[0].plan

    plan, used, warnings, stages, reason = plan_llm_or_fallback(
        story, options, planner, heuristic, out_dir=out_dir, on_progress=on_progress)
    if used == "heuristic" and heuristic_runs:
        warnings, stages = warnings + heuristic_runs[0].warnings, heuristic_runs[0].stages
    return PlanOutcome(plan=plan, planner=used, warnings=warnings, stages=stages,
                       fallback_reason=reason)


def plan_story(story: Story, planner: str = "auto", options: PlanOptions = PlanOptions(),
               on_progress: Callable[[str, str], None] | None = None,
               out_dir: Path | None = None) -> PlanOutcome:
    """Plan a film from a Story.

    Args:
        story: from ``read_story`` / ``parse_story``.
        planner: "auto" (LLM when configured, else heuristic), "heuristic", or "llm".
        options: fps, resolution, base seed (shot seeds are seed + shot index), style text.
        on_progress: called with (stage, message) as each stage starts and finishes.
        out_dir: where the LLM planner writes llm_log.jsonl and llm_capabilities.json.

    Returns a PlanOutcome with the validated FilmPlan, the planner used, warnings and per-stage
    timings. Raises InputError for a bad planner name, RunError if no valid plan came out.
    """
    if planner == "llm" or (planner == "auto" and is_llm_configured()):
        outcome = _plan_with_llm(story, planner, options, on_progress, out_dir)
    else:
        outcome = _plan_heuristic(story, planner, options, on_progress)
    plan, warnings, stages = finish_plan(outcome.plan, story, on_progress)
    outcome.plan = plan
    outcome.warnings += warnings
    outcome.stages += stages
    return outcome


def _plan_heuristic(story: Story, planner: str, options: PlanOptions,
                    on_progress: Callable[[str, str], None] | None) -> PlanOutcome:
    used, graph = _planner_graph(planner)
    state: PlanState = {"story": asdict(story), "options": asdict(options), "warnings": []}
    stages: list[dict] = []
    warnings: list[str] = []
    final: dict | None = None
    started: dict[str, float] = {}
    last_mark = time.perf_counter()
    try:
        for part in graph.stream(state, stream_mode=["updates", "custom"], version="v2"):
            now = time.perf_counter()
            if part["type"] == "custom":
                data = part["data"]
                started[data["stage"]] = now
                if on_progress:
                    on_progress(data["stage"], data.get("message", "started"))
                continue
            for stage, update in part["data"].items():
                begin = started.get(stage, last_mark)
                # Nodes time themselves (stream events can arrive together after a node ends).
                seconds = (update or {}).get("seconds", {}).get(stage, now - begin)
                stages.append({"stage": stage, "seconds": round(seconds, 4)})
                warnings.extend((update or {}).get("warnings", []))
                if stage == "validate":
                    final = update["plan"]
                if on_progress:
                    on_progress(stage, "done")
            last_mark = now
    except PlanError as err:
        raise RunError(f"the {used} planner produced an invalid plan: {err}") from None
    if final is None:
        raise RunError(f"the {used} planner finished without a plan")
    return PlanOutcome(plan=FilmPlan.model_validate(final), planner=used, warnings=warnings, stages=stages)
