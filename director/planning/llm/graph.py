"""The LLM planner as a LangGraph: script → entities → shots → validate ⇄ repair → finalize.

    START → script → entities → shots → validate ─(problems, repairs left)→ repair → validate
                                                 └─(clean, or out of repairs)→ finalize → END

State holds plain JSON; the server connection (a StructuredCaller), the story's targets and the
heuristic fallback travel in the run's context, never in globals. Each node reports progress
through the stream writer (stream_mode "custom"); ``plan_with_llm`` streams the graph with
``stream_mode=["updates", "custom"], version="v2"`` and forwards one line per stage.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, TypedDict

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from director.errors import RunError
from director.llm import LLMError, RungCache, StructuredCaller, Transcript
from director.llm.prompts import render_prompt, schema_text, story_block
from director.llm.structured import CAPABILITIES_FILE
from director.plan import FilmPlan
from director.planning.llm.assemble import (
    HeuristicProvider,
    apply_fallbacks,
    apply_repair,
    draft_to_film_plan,
    merge_stages,
)
from director.planning.llm.checks import DURATION_TOLERANCE, Problem, check_draft
from director.planning.llm.models import (
    CriticAnswer,
    DraftPlan,
    EntitiesAnswer,
    RepairAnswer,
    ScriptAnswer,
    ShotsAnswer,
    entities_answer_for,
    script_answer_for,
    shots_answer_for,
)
from director.settings import LLMSettings, is_llm_configured, load_settings

ProgressFn = Callable[[str, str], None]
TRANSCRIPT_FILE = "llm_log.jsonl"


# ---- state and context ------------------------------------------------------------------
class LLMPlanState(TypedDict, total=False):
    script: dict
    entities: dict
    details: dict[str, dict]
    draft: dict
    problems: list[dict]
    repairs: int
    critic_done: bool
    plan: dict
    warnings: Annotated[list[str], operator.add]
    stages: Annotated[list[dict], operator.add]


@dataclass
class LLMPlanContext:
    """What the nodes need besides state: the server, the story and its targets, options."""

    caller: StructuredCaller
    story_text: str
    language: str = "en"
    requested_shots: int | None = None
    requested_duration_s: float | None = None
    fps: int = 24
    resolution: str = "1280x720"
    seed: int = 0
    style: str = ""
    critic: bool = True
    plan_repairs: int = 1
    heuristic: HeuristicProvider = field(default=lambda: None)


# ---- helpers ----------------------------------------------------------------------------
def _messages(user: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": render_prompt("system")},
            {"role": "user", "content": user}]


def _targets(ctx: LLMPlanContext) -> str:
    lines = []
    if ctx.requested_shots:
        lines.append(render_prompt("target_shots", shots=str(ctx.requested_shots)))
    if ctx.requested_duration_s:
        d = ctx.requested_duration_s
        lines.append(render_prompt(
            "target_duration", seconds=f"{d:g}",
            low=f"{d * (1 - DURATION_TOLERANCE):.1f}", high=f"{d * (1 + DURATION_TOLERANCE):.1f}",
        ))
    return "\n".join(lines) or render_prompt("target_free")


def _stage_record(stage: str, result: Any, **extra: Any) -> dict:
    return {"stage": stage, "rung": result.rung, "requests": result.requests,
            "repairs": result.repairs, "seconds": result.seconds, "usage": result.usage, **extra}


def _compact(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


# ---- nodes ------------------------------------------------------------------------------
def script_node(state: LLMPlanState, runtime: Runtime[LLMPlanContext]) -> dict:
    ctx = runtime.context
    runtime.stream_writer({"stage": "script", "message": "writing scenes and shots"})
    answer = script_answer_for(ctx.requested_shots)
    prompt = render_prompt(
        "script", requirements=_targets(ctx), language=ctx.language,
        schema=schema_text(answer), story=story_block(ctx.story_text),
    )
    result = ctx.caller.call("script", _messages(prompt), answer)
    script = result.value
    n_shots = sum(len(s.shots) for s in script.scenes)
    runtime.stream_writer({"stage": "script", "message":
                           f"{len(script.scenes)} scenes, {n_shots} shots (rung {result.rung})"})
    return {"script": script.model_dump(mode="json"), "stages": [_stage_record("script", result)]}


def entities_node(state: LLMPlanState, runtime: Runtime[LLMPlanContext]) -> dict:
    ctx = runtime.context
    runtime.stream_writer({"stage": "entities", "message": "writing the entity bible"})
    script = ScriptAnswer.model_validate(state["script"])
    names = {name.strip().lower() for scene in script.scenes for shot in scene.shots
             for name in (*shot.cast, *shot.enters)}
    places = {scene.location.strip().lower() for scene in script.scenes}
    answer = entities_answer_for(len(names - {""}) + len(places - {""}))
    prompt = render_prompt(
        "entities", script=_compact(state["script"]), schema=schema_text(answer),
        story=story_block(ctx.story_text),
    )
    result = ctx.caller.call("entities", _messages(prompt), answer)
    runtime.stream_writer({"stage": "entities", "message":
                           f"{len(result.value.entities)} entities (rung {result.rung})"})
    return {"entities": result.value.model_dump(mode="json"),
            "stages": [_stage_record("entities", result)]}


def shots_node(state: LLMPlanState, runtime: Runtime[LLMPlanContext]) -> dict:
    """One request per scene: small answers suit small models, and a bad one costs one scene."""
    ctx = runtime.context
    script = ScriptAnswer.model_validate(state["script"])
    details: dict[str, dict] = {}
    records = []
    for scene in script.scenes:
        runtime.stream_writer({"stage": "shots", "message": f"scene {scene.id}: layout and camera"})
        answer = shots_answer_for(len(scene.shots))
        prompt = render_prompt(
            "shots", scene_id=scene.id, entities=_compact(state["entities"]),
            scene=_compact(scene.model_dump(mode="json")),
        ) + "\n\nJSON schema of your answer:\n" + schema_text(answer)
        result = ctx.caller.call("shots", _messages(prompt), answer)
        details[scene.id] = result.value.model_dump(mode="json")
        records.append(_stage_record("shots", result, scene=scene.id))
    draft = merge_stages(
        script, EntitiesAnswer.model_validate(state["entities"]),
        {k: ShotsAnswer.model_validate(v) for k, v in details.items()},
    )
    return {"details": details, "draft": draft.model_dump(mode="json"), "stages": records}


def validate_node(state: LLMPlanState, runtime: Runtime[LLMPlanContext]) -> dict:
    ctx = runtime.context
    draft = DraftPlan.model_validate(state["draft"])
    problems = check_draft(draft, ctx.requested_shots, ctx.requested_duration_s)
    update: dict[str, Any] = {}
    if ctx.critic and not state.get("critic_done"):
        update["critic_done"] = True
        runtime.stream_writer({"stage": "critic", "message": "reviewing the plan"})
        prompt = render_prompt(
            "critic", plan=_compact(state["draft"]), schema=schema_text(CriticAnswer),
            story=story_block(ctx.story_text),
        )
        try:
            result = ctx.caller.call("critic", _messages(prompt), CriticAnswer)
        except LLMError as err:
            update["warnings"] = [f"LLM critic stage skipped: {err}"]
        else:
            update["stages"] = [_stage_record("critic", result, issues=len(result.value.issues))]
            problems += [Problem("critic", f"{i.shot_id}: {i.problem}", i.shot_id)
                         for i in result.value.issues]
    summary = "no problems" if not problems else "; ".join(sorted({p.code for p in problems}))
    runtime.stream_writer({"stage": "validate", "message": f"{len(problems)} problem(s): {summary}"})
    update["problems"] = [p.to_json() for p in problems]
    return update


def route_after_validate(state: LLMPlanState, runtime: Runtime[LLMPlanContext]) -> str:
    if state.get("problems") and state.get("repairs", 0) < runtime.context.plan_repairs:
        return "repair"
    return "finalize"


def repair_node(state: LLMPlanState, runtime: Runtime[LLMPlanContext]) -> dict:
    ctx = runtime.context
    problems = "\n".join(f"- {p['message']}" for p in state["problems"])
    runtime.stream_writer({"stage": "repair", "message": f"{len(state['problems'])} problem(s) sent back"})
    draft = DraftPlan.model_validate(state["draft"])
    prompt = render_prompt(
        "repair", problems=problems, requirements=_targets(ctx),
        entities=_compact([e.model_dump(mode="json") for e in draft.entities]),
        plan=_compact([s.model_dump(mode="json") for s in draft.scenes]),
        schema=schema_text(RepairAnswer),
    )
    repairs = state.get("repairs", 0) + 1
    try:
        result = ctx.caller.call("repair", _messages(prompt), RepairAnswer)
    except LLMError as err:
        # The draft stays; finalize falls back field by field.
        return {"repairs": ctx.plan_repairs, "warnings": [f"LLM repair stage failed: {err}"]}
    repaired = apply_repair(draft, result.value)
    return {"draft": repaired.model_dump(mode="json"), "repairs": repairs,
            "stages": [_stage_record("repair", result, round=repairs)]}


def finalize_node(state: LLMPlanState, runtime: Runtime[LLMPlanContext]) -> dict:
    ctx = runtime.context
    draft = DraftPlan.model_validate(state["draft"])
    problems = [Problem(**p) for p in state.get("problems", []) if p["code"] != "critic"]
    warnings: list[str] = []
    if problems:
        draft, warnings = apply_fallbacks(
            draft, problems, ctx.heuristic, ctx.requested_shots, ctx.requested_duration_s
        )
    plan = draft_to_film_plan(
        draft, fps=ctx.fps, resolution=ctx.resolution, seed=ctx.seed,
        style=ctx.style or None, language=ctx.language,
    )
    runtime.stream_writer({"stage": "finalize", "message":
                           f"plan ready: {len(plan.scenes)} scenes, {len(plan.shots())} shots"})
    return {"plan": plan.model_dump(mode="json"), "warnings": warnings}


def build_llm_planning_graph():
    """The compiled planning graph (no checkpointer: a plan costs a few requests)."""
    builder = StateGraph(LLMPlanState, context_schema=LLMPlanContext)
    builder.add_node("script", script_node)
    builder.add_node("entities", entities_node)
    builder.add_node("shots", shots_node)
    builder.add_node("validate", validate_node)
    builder.add_node("repair", repair_node)
    builder.add_node("finalize", finalize_node)
    builder.add_edge(START, "script")
    builder.add_edge("script", "entities")
    builder.add_edge("entities", "shots")
    builder.add_edge("shots", "validate")
    builder.add_conditional_edges("validate", route_after_validate, ["repair", "finalize"])
    builder.add_edge("repair", "validate")
    builder.add_edge("finalize", END)
    return builder.compile()


# ---- entry points -----------------------------------------------------------------------
@dataclass
class LLMPlanResult:
    """The LLM planner's answer: the plan, warnings, per-stage records and request counts."""

    plan: FilmPlan
    warnings: list[str]
    stages: list[dict]
    requests: int
    rung: str


def plan_with_llm(
    story: Any,
    options: Any = None,
    settings: LLMSettings | None = None,
    out_dir: Path | None = None,
    on_progress: ProgressFn | None = None,
    heuristic: HeuristicProvider | None = None,
    caller: StructuredCaller | None = None,
) -> LLMPlanResult:
    """Plan ``story`` (a director.ingest.Story) with the configured LLM server.

    ``options`` carries fps, resolution, seed and style (director.planning.graph.PlanOptions).
    ``out_dir`` receives llm_log.jsonl and llm_capabilities.json. ``heuristic`` returns the
    heuristic planner's FilmPlan for the same story, used only for fields the model gets wrong.
    Raises RunError with a one-line reason when the server is unreachable or never answers
    with a valid plan.
    """
    settings = settings or load_settings()
    if caller is None:
        out = Path(out_dir) if out_dir is not None else None
        transcript = Transcript(out / TRANSCRIPT_FILE if out else None,
                                secrets=(settings.api_key.get_secret_value(),))
        cache = RungCache(out / CAPABILITIES_FILE if out else None)
        caller = StructuredCaller(settings, transcript=transcript, cache=cache)
    context = LLMPlanContext(
        caller=caller,
        story_text=story.text,
        language=getattr(story, "language", "en") or "en",
        requested_shots=getattr(story, "requested_shots", None),
        requested_duration_s=getattr(story, "requested_duration_s", None),
        fps=getattr(options, "fps", 24),
        resolution=getattr(options, "resolution", "1280x720"),
        seed=getattr(options, "seed", 0),
        style=getattr(options, "style", "") or "",
        critic=settings.critic,
        plan_repairs=settings.plan_repairs,
        heuristic=heuristic or (lambda: None),
    )
    requests_before = caller.total_requests
    final: dict[str, Any] = {}
    warnings: list[str] = []
    stages: list[dict] = []
    try:
        for part in build_llm_planning_graph().stream(
            {"repairs": 0}, context=context, stream_mode=["updates", "custom"], version="v2"
        ):
            if part["type"] == "custom" and on_progress is not None:
                on_progress(part["data"]["stage"], part["data"]["message"])
            elif part["type"] == "updates":
                for update in part["data"].values():
                    if not update:
                        continue
                    warnings += update.get("warnings", [])
                    stages += update.get("stages", [])
                    final.update({k: v for k, v in update.items() if k not in ("warnings", "stages")})
    except LLMError as err:
        raise RunError(f"LLM planner failed: {err}") from None
    if "plan" not in final:
        raise RunError("LLM planner stopped without a plan")
    return LLMPlanResult(
        plan=FilmPlan.model_validate(final["plan"]),
        warnings=warnings,
        stages=stages,
        requests=caller.total_requests - requests_before,
        rung=caller.cache.get(caller.settings.server_key()) or "",
    )


def plan_llm_or_fallback(
    story: Any,
    options: Any,
    planner: str,
    heuristic: Callable[[], FilmPlan],
    settings: LLMSettings | None = None,
    out_dir: Path | None = None,
    on_progress: ProgressFn | None = None,
) -> tuple[FilmPlan, str, list[str], list[dict], str]:
    """The "llm" and "auto" planners. Returns (plan, planner used, warnings, stages, fallback_reason).

    "llm" needs a configured server and raises RunError when it fails. "auto" uses the LLM
    when one is configured and otherwise, or when it fails, the heuristic planner, with a
    warning that says why; ``fallback_reason`` is then non-empty.
    """
    if planner not in ("llm", "auto"):
        raise ValueError(f"planner '{planner}' is not an LLM planner")
    if not is_llm_configured():
        if planner == "llm":
            raise RunError(
                "--planner llm needs an OpenAI-compatible server: set OPENAI_BASE_URL "
                "(and OPENAI_API_KEY if it needs one) or [llm] base_url in director.toml"
            )
        return heuristic(), "heuristic", [], [], "no LLM server configured"
    memo: list[FilmPlan] = []

    def heuristic_once() -> FilmPlan:
        if not memo:
            memo.append(heuristic())
        return memo[0]

    try:
        result = plan_with_llm(story, options, settings, out_dir, on_progress, heuristic_once)
    except RunError as err:
        if planner == "llm":
            raise
        reason = str(err)
        if on_progress is not None:
            on_progress("fallback", "LLM planner failed; using the heuristic planner")
        return (heuristic_once(), "heuristic",
                [f"LLM planner unavailable, used the heuristic planner instead: {reason}"],
                [], reason)
    return result.plan, "llm", result.warnings, result.stages, ""
