"""Consistency checks on the LLM's draft plan, beyond what the JSON schema can say.

Each check returns ``Problem``s phrased for the model, since the repair stage sends them back
verbatim. The rules:

- references: every id a shot names (entities, enters, exits, layout) is in the entity bible,
  and every layout entry belongs to an entity listed in that shot.
- one look per character: an entity id is defined once, and two entities with the same name
  must not carry different descriptions (the renderer would draw two different people).
- length: when the story asks for a length, the shots' durations add up to within ±15% of it
  (the plain sum; dissolve overlaps are not subtracted, so the check is simple to state).
- shot count: when the story asks for N shots, the plan has exactly N.
- continuity, defined simply: within one scene, a character listed in a shot's ``exits`` has
  left; they may not be visible in a later shot of that scene unless that shot lists them in
  ``enters``. A new scene starts with everyone free to appear.
- layout: every visible character or prop has a layout box (the renderer places by boxes).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from director.planning.llm.models import DraftPlan

DURATION_TOLERANCE = 0.15


@dataclass(frozen=True)
class Problem:
    """One failed check. ``code`` names the rule; ``message`` is what the model is told."""

    code: str  # references | description | duration | shot_count | continuity | layout | critic
    message: str
    shot_id: str = ""
    entity_id: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def check_draft(
    draft: DraftPlan,
    requested_shots: int | None = None,
    requested_duration_s: float | None = None,
) -> list[Problem]:
    """Every problem in ``draft``, in a stable order (empty when the draft is consistent)."""
    return [
        *check_references(draft),
        *check_descriptions(draft),
        *check_shot_count(draft, requested_shots),
        *check_duration(draft, requested_duration_s),
        *check_continuity(draft),
        *check_layout(draft),
    ]


def check_references(draft: DraftPlan) -> list[Problem]:
    known = {e.id for e in draft.entities}
    problems = []
    for shot in draft.shots():
        for field in ("entities", "enters", "exits"):
            for entity_id in getattr(shot, field):
                if entity_id not in known:
                    problems.append(Problem(
                        "references",
                        f"shot {shot.id}: {field} names '{entity_id}', which is not an entity id "
                        f"(known ids: {sorted(known)})",
                        shot.id, entity_id,
                    ))
        for entry in shot.layout:
            if entry.entity not in shot.entities:
                problems.append(Problem(
                    "references",
                    f"shot {shot.id}: layout has a box for '{entry.entity}', who is not in "
                    "this shot's entities",
                    shot.id, entry.entity,
                ))
    return problems


def check_descriptions(draft: DraftPlan) -> list[Problem]:
    problems = []
    by_id: dict[str, str] = {}
    by_name: dict[str, tuple[str, str]] = {}
    for entity in draft.entities:
        if entity.id in by_id:
            problems.append(Problem(
                "description",
                f"entity id '{entity.id}' is defined more than once; define each entity once",
                entity_id=entity.id,
            ))
            continue
        by_id[entity.id] = entity.description
        name = entity.name.strip().casefold()
        if name in by_name and by_name[name][1].strip() != entity.description.strip():
            first_id = by_name[name][0]
            problems.append(Problem(
                "description",
                f"'{entity.name}' appears as two entities ('{first_id}' and '{entity.id}') with "
                "different descriptions; a character keeps one description: merge them",
                entity_id=entity.id,
            ))
        by_name.setdefault(name, (entity.id, entity.description))
    return problems


def check_shot_count(draft: DraftPlan, requested_shots: int | None) -> list[Problem]:
    count = len(draft.shots())
    if requested_shots and count != requested_shots:
        return [Problem(
            "shot_count",
            f"the story asks for {requested_shots} shots but the plan has {count}; "
            f"return every scene with exactly {requested_shots} shots in total",
        )]
    return []


def total_duration(draft: DraftPlan) -> float:
    return sum(shot.duration_s for shot in draft.shots())


def check_duration(draft: DraftPlan, requested_duration_s: float | None) -> list[Problem]:
    if not requested_duration_s:
        return []
    total = total_duration(draft)
    low = requested_duration_s * (1 - DURATION_TOLERANCE)
    high = requested_duration_s * (1 + DURATION_TOLERANCE)
    if low <= total <= high:
        return []
    return [Problem(
        "duration",
        f"the shot durations add up to {total:g}s but the story asks for about "
        f"{requested_duration_s:g}s (allowed {low:.1f}-{high:.1f}s); adjust duration_s",
    )]


def check_continuity(draft: DraftPlan) -> list[Problem]:
    kinds = {e.id: e.kind for e in draft.entities}
    problems = []
    for scene in draft.scenes:
        gone: set[str] = set()
        for shot in scene.shots:
            for entity_id in shot.entities:
                if entity_id in gone and entity_id not in shot.enters and kinds.get(entity_id) == "character":
                    problems.append(Problem(
                        "continuity",
                        f"shot {shot.id}: '{entity_id}' left scene {scene.id} in an earlier shot "
                        "and is visible again without entering; add them to this shot's "
                        "'enters' with an action that brings them back, or remove them",
                        shot.id, entity_id,
                    ))
            gone -= set(shot.enters)
            gone |= set(shot.exits)
    return problems


def check_layout(draft: DraftPlan) -> list[Problem]:
    kinds = {e.id: e.kind for e in draft.entities}
    problems = []
    for shot in draft.shots():
        boxed = {entry.entity for entry in shot.layout}
        for entity_id in shot.entities:
            if kinds.get(entity_id) in ("character", "prop") and entity_id not in boxed:
                problems.append(Problem(
                    "layout",
                    f"shot {shot.id}: '{entity_id}' is visible but has no layout box",
                    shot.id, entity_id,
                ))
    return problems
