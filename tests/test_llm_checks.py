"""Consistency checks and the deterministic fixes applied when the model cannot repair them."""

from __future__ import annotations

from director.planning.llm.assemble import apply_fallbacks
from director.planning.llm.checks import check_continuity, check_descriptions, check_draft
from director.planning.llm.models import DraftPlan

MARA = {"id": "mara", "name": "Mara", "kind": "character", "description": "young woman, yellow coat",
        "consistency_group": "mara"}
TOMAS = {"id": "tomas", "name": "Tomas", "kind": "character", "description": "old man, white beard",
         "consistency_group": "tomas"}


def _shot(sid, entities, enters=(), exits=()):
    boxes = [{"entity": e, "start": [0.1, 0.1, 0.4, 0.9], "end": [0.1, 0.1, 0.4, 0.9]} for e in entities]
    return {"id": sid, "description": "action", "entities": list(entities), "enters": list(enters),
            "exits": list(exits), "duration_s": 4, "layout": boxes}


def _draft(scenes, entities=(MARA, TOMAS)):
    return DraftPlan.model_validate({"title": "t", "entities": list(entities), "scenes": scenes})


def test_character_who_left_needs_to_enter_again():
    scene = {"id": "s1", "shots": [_shot("a", ["mara", "tomas"], exits=["mara"]),
                                   _shot("b", ["tomas", "mara"]),
                                   _shot("c", ["mara"], enters=["mara"])]}
    problems = check_continuity(_draft([scene]))
    assert [(p.shot_id, p.entity_id) for p in problems] == [("b", "mara")]
    # A new scene starts with everyone free to appear.
    later = {"id": "s2", "shots": [_shot("d", ["mara"])]}
    first = {"id": "s1", "shots": [_shot("a", ["mara"], exits=["mara"])]}
    assert check_continuity(_draft([first, later])) == []


def test_one_description_per_character_and_merge_fix():
    twin = {**MARA, "id": "mara2", "description": "tall woman in a red dress"}
    draft = _draft([{"id": "s1", "shots": [_shot("a", ["mara"]), _shot("b", ["mara2", "tomas"])]}],
                   entities=(MARA, TOMAS, twin))
    problems = check_descriptions(draft)
    assert len(problems) == 1 and "two entities ('mara' and 'mara2')" in problems[0].message
    fixed, warnings = apply_fallbacks(draft, problems, lambda: None, None, None)
    assert [e.id for e in fixed.entities] == ["mara", "tomas"]
    assert fixed.scenes[0].shots[1].entities == ["mara", "tomas"]
    assert check_draft(fixed) == [] and "kept the first" in warnings[0]


def test_counts_durations_layout_and_reentry_fixes():
    scene = {"id": "s1", "shots": [_shot("a", ["mara"], exits=["mara"]), _shot("b", ["mara"])]}
    draft = _draft([scene])
    draft.scenes[0].shots[1].layout.clear()
    codes = {p.code for p in check_draft(draft, requested_shots=3, requested_duration_s=20)}
    assert codes == {"shot_count", "duration", "continuity", "layout"}
    fixed, warnings = apply_fallbacks(draft, check_draft(draft, None, 20), lambda: None, None, 20)
    assert check_draft(fixed, None, 20) == []
    assert fixed.scenes[0].shots[1].enters == ["mara"]
    assert sum(s.duration_s for s in fixed.shots()) == 20
    assert len(warnings) == 3
