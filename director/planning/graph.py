"""The planning graph: story → script → entities → shots → validate → FilmPlan.

``plan_story`` is the one entry point the CLI, the API, the UI and the LLM planner share. The
planner is chosen in ``_planner_graph``: the offline heuristic planner today; the LLM planner
plugs in at that one place.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Callable

from langgraph.graph import END, START, StateGraph

from director.errors import InputError, RunError
from director.ingest import Story
from director.plan import FilmPlan, PlanError
from director.planning.heuristic import entities_node, script_node, shots_node, validate_node
from director.planning.state import PlanState

PLANNERS = ("auto", "heuristic", "llm")
STAGES = ("script", "entities", "shots", "validate")


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
    if planner == "llm":
        raise InputError("the LLM planner is not available yet (use --planner heuristic)")
    # "auto" will prefer the LLM planner once one is configured; today it is the heuristic one.
    return "heuristic", build_heuristic_graph()


def plan_story(story: Story, planner: str = "auto", options: PlanOptions = PlanOptions(),
               on_progress: Callable[[str, str], None] | None = None) -> PlanOutcome:
    """Plan a film from a Story.

    Args:
        story: from ``read_story`` / ``parse_story``.
        planner: "auto" (LLM when configured, else heuristic), "heuristic", or "llm".
        options: fps, resolution, base seed (shot seeds are seed + shot index), style text.
        on_progress: called with (stage, message) as each stage starts and finishes.

    Returns a PlanOutcome with the validated FilmPlan, the planner used, warnings and per-stage
    timings. Raises InputError for a bad planner name, RunError if no valid plan came out.
    """
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
                stages.append({"stage": stage, "seconds": round(now - begin, 4)})
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
