"""Turn the stages' answers into one plan, apply repairs, and fall back field by field.

- ``merge_stages``: script + entity bible + per-scene shot details -> ``DraftPlan``.
- ``apply_repair``: replace the scenes the repair stage returned.
- ``apply_fallbacks``: whatever is still wrong after the model's repair takes the heuristic
  planner's value for that field (or a deterministic fix where the two plans cannot be matched
  field by field), each with a warning that says so.
- ``draft_to_film_plan`` / ``film_plan_to_draft``: to and from ``director.plan.FilmPlan``.
"""

from __future__ import annotations

from collections.abc import Callable

from director.plan import Camera, FilmPlan, parse_plan
from director.planning.llm.checks import (
    DURATION_TOLERANCE,
    Problem,
    check_draft,
    total_duration,
)
from director.planning.llm.models import (
    DraftPlan,
    DraftScene,
    DraftShot,
    EntitiesAnswer,
    EntityDraft,
    LayoutEntry,
    RepairAnswer,
    ScriptAnswer,
    ShotsAnswer,
)

HeuristicProvider = Callable[[], FilmPlan | None]


# ---- merge ------------------------------------------------------------------------------
def entity_lookup(entities: list[EntityDraft]) -> dict[str, str]:
    """Map every spelling the script may use (id or name, any case) to the entity id."""
    lookup: dict[str, str] = {}
    for entity in entities:
        lookup.setdefault(entity.id.casefold(), entity.id)
        lookup.setdefault(entity.name.strip().casefold(), entity.id)
    return lookup


def _resolve(names: list[str], lookup: dict[str, str]) -> list[str]:
    # Unknown names are kept as written: the reference check then reports them to the model.
    out: list[str] = []
    for name in names:
        resolved = lookup.get(name.strip().casefold(), name.strip())
        if resolved not in out:
            out.append(resolved)
    return out


def merge_stages(
    script: ScriptAnswer, entities: EntitiesAnswer, details: dict[str, ShotsAnswer]
) -> DraftPlan:
    """One draft from the three generating stages; shot details are matched by shot id."""
    lookup = entity_lookup(entities.entities)
    scenes = []
    for scene in script.scenes:
        by_id = {d.shot_id: d for d in details.get(scene.id, ShotsAnswer.model_construct(shots=[])).shots}
        shots = []
        for shot in scene.shots:
            detail = by_id.get(shot.id)
            visible = _resolve(detail.entities if detail else shot.cast, lookup)
            layout = []
            if detail:
                for entry in detail.layout:
                    entity_id = _resolve([entry.entity], lookup)[0]
                    layout.append(entry.model_copy(update={"entity": entity_id}))
            shots.append(DraftShot(
                id=shot.id,
                description=shot.description,
                entities=visible,
                enters=_resolve(shot.enters, lookup),
                exits=_resolve(shot.exits, lookup),
                duration_s=shot.duration_s,
                dialogue=shot.dialogue,
                transition=shot.transition,
                layout=layout,
                camera=detail.camera if detail else Camera(),
                character=detail.character if detail else "",
                background=detail.background if detail else "",
                relation=detail.relation if detail else "",
                camera_text=detail.camera_text if detail else "",
                lighting=detail.lighting if detail else "",
            ))
        scenes.append(DraftScene(
            id=scene.id, heading=scene.heading, location=scene.location,
            time_of_day=scene.time_of_day, shots=shots,
        ))
    return DraftPlan(
        title=script.title, logline=script.logline, style=script.style,
        entities=entities.entities, scenes=scenes,
    )


def apply_repair(draft: DraftPlan, repair: RepairAnswer) -> DraftPlan:
    """Replace the scenes the model returned (matched by id); new ids are appended in order.

    When the repair returns every scene, its order wins, so it can also drop or add shots.
    """
    returned = {scene.id: scene for scene in repair.scenes}
    if set(returned) >= {scene.id for scene in draft.scenes}:
        scenes = list(repair.scenes)
    else:
        scenes = [returned.pop(scene.id, scene) for scene in draft.scenes]
        scenes.extend(scene for scene in repair.scenes if scene.id in returned)
    return draft.model_copy(update={"scenes": scenes})


# ---- fallbacks --------------------------------------------------------------------------
def apply_fallbacks(
    draft: DraftPlan,
    problems: list[Problem],
    heuristic: HeuristicProvider,
    requested_shots: int | None,
    requested_duration_s: float | None,
) -> tuple[DraftPlan, list[str]]:
    """Fix what the model left wrong, one rule at a time; return the draft and warnings.

    ``heuristic`` is called at most once, only when a field needs the heuristic planner's
    value; it may return None (no heuristic planner available), and then the deterministic
    fix is used.
    """
    warnings: list[str] = []
    codes = {p.code for p in problems}
    cached: list[FilmPlan | None] = []

    def heuristic_plan() -> FilmPlan | None:
        if not cached:
            cached.append(heuristic())
        return cached[0]

    if "shot_count" in codes:
        plan = heuristic_plan()
        if plan is not None and len(plan.shots()) == requested_shots:
            fallback = film_plan_to_draft(plan)
            draft = draft.model_copy(update={"entities": fallback.entities, "scenes": fallback.scenes})
            warnings.append(
                f"LLM plan kept the wrong number of shots after repair; used the heuristic "
                f"planner's scenes, shots and entities ({requested_shots} shots)"
            )
            # The heuristic plan answers every other check on its own terms.
            return draft, warnings
        warnings.append(
            f"LLM plan has {len(draft.shots())} shots, not the {requested_shots} asked for; "
            "kept as is (no heuristic plan with that count)"
        )
    if "description" in codes:
        draft = _merge_duplicate_entities(draft)
        warnings.append("LLM plan gave one character several descriptions; kept the first")
    if "references" in codes:
        draft, dropped = _drop_unknown_references(draft)
        warnings.append(f"LLM plan named unknown entities {sorted(dropped)}; removed them from the shots")
    if "continuity" in codes:
        draft, fixed = _mark_reentries(draft)
        warnings.append(
            "LLM plan showed characters again after they left the scene; marked them as "
            f"entering in shots {fixed}"
        )
    if "duration" in codes and requested_duration_s:
        plan = heuristic_plan()
        if plan is not None and len(plan.shots()) == len(draft.shots()):
            durations = [shot.duration_s for shot in plan.shots()]
            source = "the heuristic planner's shot durations"
        else:
            scale = requested_duration_s / max(total_duration(draft), 1e-6)
            durations = [min(120.0, max(0.5, round(s.duration_s * scale, 2))) for s in draft.shots()]
            source = "durations scaled to the requested length"
        draft = _set_durations(draft, durations)
        warnings.append(
            f"LLM plan's length missed the requested {requested_duration_s:g}s "
            f"(±{DURATION_TOLERANCE:.0%}); used {source}"
        )
    if "layout" in codes:
        draft = _default_layouts(draft)
        warnings.append("LLM plan left visible entities without layout boxes; placed them side by side")
    remaining = check_draft(draft, requested_shots, requested_duration_s)
    for problem in remaining:
        if problem.code != "shot_count":  # already warned above
            warnings.append(f"LLM plan still has a problem: {problem.message}")
    return draft, warnings


def _merge_duplicate_entities(draft: DraftPlan) -> DraftPlan:
    keep: list[EntityDraft] = []
    rename: dict[str, str] = {}
    first_by_name: dict[str, str] = {}
    seen_ids: set[str] = set()
    for entity in draft.entities:
        name = entity.name.strip().casefold()
        if entity.id in seen_ids:
            continue
        if name in first_by_name:
            rename[entity.id] = first_by_name[name]
            continue
        seen_ids.add(entity.id)
        first_by_name[name] = entity.id
        keep.append(entity)

    def fix(ids: list[str]) -> list[str]:
        out: list[str] = []
        for entity_id in ids:
            new = rename.get(entity_id, entity_id)
            if new not in out:
                out.append(new)
        return out

    scenes = []
    for scene in draft.scenes:
        shots = []
        for shot in scene.shots:
            layout, boxed = [], set()
            for entry in shot.layout:
                new = rename.get(entry.entity, entry.entity)
                if new not in boxed:
                    boxed.add(new)
                    layout.append(entry.model_copy(update={"entity": new}))
            shots.append(shot.model_copy(update={
                "entities": fix(shot.entities), "enters": fix(shot.enters),
                "exits": fix(shot.exits), "layout": layout,
            }))
        scenes.append(scene.model_copy(update={"shots": shots}))
    return draft.model_copy(update={"entities": keep, "scenes": scenes})


def _drop_unknown_references(draft: DraftPlan) -> tuple[DraftPlan, set[str]]:
    known = {e.id for e in draft.entities}
    dropped: set[str] = set()
    scenes = []
    for scene in draft.scenes:
        shots = []
        for shot in scene.shots:
            keep = [e for e in shot.entities if e in known]
            dropped |= set(shot.entities) - set(keep)
            dropped |= (set(shot.enters) | set(shot.exits)) - known
            shots.append(shot.model_copy(update={
                "entities": keep,
                "enters": [e for e in shot.enters if e in known],
                "exits": [e for e in shot.exits if e in known],
                "layout": [entry for entry in shot.layout if entry.entity in keep],
            }))
        scenes.append(scene.model_copy(update={"shots": shots}))
    return draft.model_copy(update={"scenes": scenes}), dropped


def _mark_reentries(draft: DraftPlan) -> tuple[DraftPlan, list[str]]:
    kinds = {e.id: e.kind for e in draft.entities}
    fixed: list[str] = []
    scenes = []
    for scene in draft.scenes:
        gone: set[str] = set()
        shots = []
        for shot in scene.shots:
            back = [e for e in shot.entities
                    if e in gone and e not in shot.enters and kinds.get(e) == "character"]
            if back:
                fixed.append(shot.id)
                shot = shot.model_copy(update={"enters": [*shot.enters, *back]})
            gone -= set(shot.enters)
            gone |= set(shot.exits)
            shots.append(shot)
        scenes.append(scene.model_copy(update={"shots": shots}))
    return draft.model_copy(update={"scenes": scenes}), fixed


def _set_durations(draft: DraftPlan, durations: list[float]) -> DraftPlan:
    values = iter(durations)
    scenes = [
        scene.model_copy(update={"shots": [
            shot.model_copy(update={"duration_s": next(values)}) for shot in scene.shots
        ]})
        for scene in draft.scenes
    ]
    return draft.model_copy(update={"scenes": scenes})


def default_box(index: int, count: int) -> list[float]:
    """Side-by-side standing boxes: entity ``index`` of ``count`` across the lower frame."""
    width = min(0.4, 0.9 / max(count, 1))
    gap = (1.0 - width * count) / (count + 1)
    x0 = gap + index * (width + gap)
    return [round(x0, 3), 0.25, round(x0 + width, 3), 0.95]


def _default_layouts(draft: DraftPlan) -> DraftPlan:
    kinds = {e.id: e.kind for e in draft.entities}
    scenes = []
    for scene in draft.scenes:
        shots = []
        for shot in scene.shots:
            placed = [e for e in shot.entities if kinds.get(e) in ("character", "prop")]
            boxed = {entry.entity for entry in shot.layout}
            layout = list(shot.layout)
            for i, entity_id in enumerate(placed):
                if entity_id not in boxed:
                    box = default_box(i, len(placed))
                    layout.append(LayoutEntry(entity=entity_id, start=box, end=box))
            shots.append(shot.model_copy(update={"layout": layout}))
        scenes.append(scene.model_copy(update={"shots": shots}))
    return draft.model_copy(update={"scenes": scenes})


# ---- to and from FilmPlan ---------------------------------------------------------------
def draft_to_film_plan(
    draft: DraftPlan,
    *,
    fps: int = 24,
    resolution: str = "1280x720",
    seed: int = 0,
    style: str | None = None,
    language: str = "en",
) -> FilmPlan:
    """The FilmPlan for ``draft``; shot seeds are ``seed + shot index`` (stable, distinct)."""
    entities = [
        {"id": e.id, "name": e.name, "kind": e.kind, "description": e.description,
         "consistency_group": e.consistency_group or e.id, "form": e.form,
         "setting": e.setting.model_dump(mode="json") if e.setting else None}
        for e in draft.entities
    ]
    scenes = []
    index = 0
    for scene in draft.scenes:
        shots = []
        for shot in scene.shots:
            shots.append({
                "id": shot.id,
                "description": shot.description,
                "character": shot.character,
                "background": shot.background,
                "relation": shot.relation,
                "camera_text": shot.camera_text or shot.camera.describe(),
                "lighting": shot.lighting,
                "entities": list(shot.entities),
                "layout": {e.entity: {"start": e.start, "end": e.end} for e in shot.layout},
                "camera": shot.camera.model_dump(mode="json"),
                "duration_s": shot.duration_s,
                "dialogue": [d.model_dump(mode="json") for d in shot.dialogue],
                "transition": shot.transition,
                "seed": seed + index,
            })
            index += 1
        scenes.append({
            "id": scene.id, "heading": scene.heading, "location": scene.location,
            "time_of_day": scene.time_of_day, "shots": shots,
        })
    return parse_plan({
        "title": draft.title or "Untitled",
        "logline": draft.logline,
        "style": style or draft.style,
        "language": language,
        "fps": fps,
        "resolution": resolution,
        "seed": seed,
        "entities": entities,
        "scenes": scenes,
    })


def film_plan_to_draft(plan: FilmPlan) -> DraftPlan:
    """A FilmPlan (e.g. the heuristic planner's) as a draft, so fields can be taken from it."""
    entities = [
        EntityDraft(
            id=e.id, name=e.name[:80], kind=e.kind,
            description=(e.description if len(e.description) >= 8
                         else f"{e.name}, {e.kind}".ljust(8))[:1200],
            consistency_group=e.consistency_group[:80], form=e.form,
            setting=e.setting.model_dump(mode="json") if e.setting else None,
        )
        for e in plan.entities
    ]
    scenes = [
        DraftScene(
            id=scene.id, heading=scene.heading, location=scene.location,
            time_of_day=scene.time_of_day,
            shots=[
                DraftShot(
                    id=shot.id, description=shot.description, entities=list(shot.entities),
                    duration_s=shot.duration_s, dialogue=[d.model_dump() for d in shot.dialogue],
                    transition=shot.transition,
                    layout=[LayoutEntry(entity=k, start=list(v.start), end=list(v.end))
                            for k, v in shot.layout.items()],
                    camera=shot.camera, character=shot.character, background=shot.background,
                    relation=shot.relation, camera_text=shot.camera_text, lighting=shot.lighting,
                )
                for shot in scene.shots
            ],
        )
        for scene in plan.scenes
    ]
    return DraftPlan(title=plan.title, logline=plan.logline, style=plan.style,
                     entities=entities, scenes=scenes)
