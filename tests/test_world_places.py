"""fill_world: museums, theatres, prisons and stadiums, in English and Chinese, and the words
whose kind depends on what the story is set among (a mine's gallery, a lab's cells)."""

from __future__ import annotations

import pytest

from director.ingest import parse_story
from director.plan import parse_plan
from director.planning.world import fill_world, infer_setting

# (name, context (also the whole story), kind, interior)
CASES = [
    ("the museum", "", "museum", True),
    ("the marble atrium", "The museum closes at nine. Rosa mops the atrium beneath a dinosaur skeleton.",
     "museum", True),
    ("the gallery of jewels", "She lowers herself into the gallery of jewels.", "museum", True),
    ("the exhibition hall", "", "museum", True),
    ("the art gallery", "", "museum", True),
    ("博物馆", "", "museum", True),
    ("美术馆", "", "museum", True),
    ("展厅", "", "museum", True),
    ("the old theatre", "", "theatre", True),
    ("backstage", "", "theatre", True),
    ("the cinema", "", "theatre", True),
    ("the concert hall", "", "theatre", True),
    ("the opera house", "", "theatre", True),
    ("剧院", "", "theatre", True),
    ("舞台", "", "theatre", True),
    ("电影院", "", "theatre", True),
    ("the prison", "", "prison", True),
    ("the county jail", "", "prison", True),
    ("cellblock D", "", "prison", True),
    ("the cell", "The guards lock Tom in the cell for the night.", "prison", True),
    ("the dungeon", "The guards drag him down to the dungeon.", "prison", True),
    ("监狱", "", "prison", True),
    ("牢房", "", "prison", True),
    ("the stadium", "", "stadium", False),
    ("the arena", "", "stadium", False),
    ("the boxing ring", "", "stadium", False),
    ("the racetrack", "", "stadium", False),
    ("the football field", "", "stadium", False),
    ("体育场", "", "stadium", False),
    ("her dressing room", "", "theatre", True),
    # The head of a name decides between its place words; a set piece does not.
    ("the city stadium", "", "stadium", False),
    ("the museum of the city", "", "museum", True),
    ("城市体育场", "", "stadium", False),
    ("the castle tower", "", "castle", False),
    # Older words keep their kinds.
    ("the operating theatre", "", "laboratory", True),
    ("the lecture theatre", "", "school", True),
    ("the cellar", "", "industrial", True),
    ("the wheat field", "", "field", False),
    ("the throne room", "", "castle", True),
]


@pytest.mark.parametrize("name,context,kind,interior", CASES)
def test_place_words_name_the_new_kinds(name, context, kind, interior):
    setting = infer_setting(name, context=context, story_text=context)
    assert (setting.kind, setting.interior) == (kind, interior)


# Words whose kind depends on what the story is set among: (name, story, kind).
AMBIGUOUS = [
    ("the gallery", "The miners push the coal carts along the gallery, deep in the coal mine.", "cave"),
    ("the gallery", "From the gallery of the theatre the audience watches the actors on the stage.", "theatre"),
    ("the gallery", "The curator hangs the last painting in the gallery before the exhibit opens.", "museum"),
    ("the cell", "Under the microscope the scientist studies the cell of the organism.", "laboratory"),
    ("room 4", "Dr Kim studies cancer cells under the microscope in room 4 of the biology lab.", "laboratory"),
    ("the dungeon", "The king throws the knight into the dungeon beneath the castle.", "castle"),
    ("the dungeon", "The warden's guards drag the thief to the dungeon.", "prison"),
    # A phone and a stage of life are no places.
    ("the hall", "She checks her cell phone in the hall of the house.", "home"),
    ("the kitchen", "At this stage of her life she bakes every day in the kitchen.", "home"),
    ("the east wing", "Rosa walks among the exhibits in the east wing.", "museum"),
    ("the hall", "He exhibits no fear in the hall of the house.", "home"),
    ("the back room", "The operator runs the operation from the back room of the house.", "home"),
    ("the gallery", "The museum shows minerals; the gallery holds the rarest.", "museum"),
]


@pytest.mark.parametrize("name,story,kind", AMBIGUOUS)
def test_ambiguous_place_words_take_the_storys_sense(name, story, kind):
    assert infer_setting(name, context=story, story_text=story).kind == kind


def test_a_waving_hand_brings_no_waves():
    setting = infer_setting("the city stadium", context="In the stands, Luis waves a yellow scarf and waves at Ana.")
    assert "waves" not in setting.features
    assert "waves" in infer_setting("the cliff", context="The waves break on the rocks.").features


def test_a_museum_heist_story_gets_museum_settings():
    story = parse_story(
        "The museum closes at nine. In the marble atrium, Rosa mops the floor beneath a dinosaur skeleton.\n\n"
        "Up in the security office, Dev watches twelve monitors.\n\n"
        "Rosa lowers herself into the gallery of jewels and lifts the blue diamond from its case.")
    plan = parse_plan({"title": "t", "entities": [
        {"id": "atrium", "name": "the marble atrium", "kind": "location", "description": ""},
        {"id": "office", "name": "the security office", "kind": "location", "description": ""},
        {"id": "jewels", "name": "the gallery of jewels", "kind": "location", "description": ""}],
        "scenes": [{"id": "s1", "heading": "", "location": "the marble atrium", "time_of_day": "night",
                    "shots": [{"id": "a", "description": "Rosa mops.", "entities": ["atrium"]}]}]})
    filled, _ = fill_world(plan, story)
    kinds = {e.id: (e.setting.kind, e.setting.interior) for e in filled.entities}
    assert kinds == {"atrium": ("museum", True), "office": ("office", True), "jewels": ("museum", True)}


def test_the_llm_planner_may_choose_the_new_kinds():
    """The LLM planner's answer schema lists every kind, so a model can name a museum; a kind
    outside the vocabulary is refused."""
    import json

    import pydantic

    from director.planning.llm.models import EntityDraft

    schema = json.dumps(EntityDraft.model_json_schema())
    for kind in ("museum", "theatre", "prison", "stadium"):
        assert f'"{kind}"' in schema
    draft = EntityDraft.model_validate({
        "id": "hall", "name": "the atrium", "kind": "location", "description": "a marble hall of exhibits",
        "consistency_group": "hall", "setting": {"interior": True, "kind": "museum", "features": ["window"]}})
    assert draft.setting is not None and draft.setting.kind == "museum"
    with pytest.raises(pydantic.ValidationError):
        EntityDraft.model_validate({
            "id": "hall", "name": "the atrium", "kind": "location", "description": "a marble hall of exhibits",
            "consistency_group": "hall", "setting": {"interior": True, "kind": "aquarium"}})
