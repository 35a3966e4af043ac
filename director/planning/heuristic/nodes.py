"""The offline heuristic planner's nodes: each is ``node(state) -> partial update``."""

from __future__ import annotations

import time
from functools import wraps

from langgraph.config import get_stream_writer

from director.planning.heuristic.entities import extract_entities
from director.planning.fit import fit_beat_count, spread_duration
from director.planning.heuristic.script import build_script
from director.planning.heuristic.shots import build_shots
from director.planning.state import PlanState
from director.planning.validate import validate_plan


def _announce(stage: str, message: str) -> None:
    """Tell stream readers (CLI progress, UI) that a stage has started."""
    get_stream_writer()({"stage": stage, "status": "started", "message": message})


def _timed(stage: str):
    """Record how long the node took under ``seconds[stage]``."""
    def wrap(node):
        @wraps(node)
        def run(state: PlanState) -> dict:
            begin = time.perf_counter()
            update = node(state)
            update["seconds"] = {stage: time.perf_counter() - begin}
            return update
        return run
    return wrap


@_timed("script")
def script_node(state: PlanState) -> dict:
    story = state["story"]
    _announce("script", f"reading the {story['kind']} into scenes and beats")
    return {"script": build_script(story)}


@_timed("entities")
def entities_node(state: PlanState) -> dict:
    _announce("entities", "finding characters, props and locations")
    found = extract_entities(state["script"])
    return {"entities": found["entities"], "cast": found["cast"], "script": found["script"]}


@_timed("shots")
def shots_node(state: PlanState) -> dict:
    _announce("shots", "choosing camera, layout, timing and transitions")
    story, options = state["story"], state["options"]
    script, cast = state["script"], dict(state["cast"])
    warnings: list[str] = []
    wanted = story.get("requested_shots")
    if wanted:
        script, cast = fit_beat_count(script, cast, int(wanted))
    draft = build_shots(script, state["entities"], cast, story, options)
    if story.get("requested_duration_s"):
        spread_duration(draft, float(story["requested_duration_s"]))
    return {"draft": draft, "warnings": warnings}


@_timed("validate")
def validate_node(state: PlanState) -> dict:
    _announce("validate", "repairing and validating the plan")
    plan, warnings = validate_plan(state["draft"])
    return {"plan": plan.model_dump(mode="json"), "warnings": warnings}
