"""fill_world: settings from location words, headings and the story; atmosphere from scene text."""

from __future__ import annotations

import pytest

from director import vocab
from director.ingest import parse_story
from director.plan import parse_plan
from director.planning.world import fill_world, fuller_name, infer_atmosphere, infer_setting

# (name, heading, context, kind, interior)
CASES = [
    ("the lighthouse", "", "", "sea", False),
    ("灯塔", "", "", "sea", False),
    ("森林", "", "", "forest", False),
    ("火车", "", "", "vehicle", True),
    ("火车站", "", "", "station", False),
    ("海边", "", "", "beach", False),
    ("山顶", "", "", "mountain", False),
    ("教室", "", "", "school", True),
    ("the night train", "", "", "vehicle", True),
    ("dining car", "", "", "vehicle", True),
    ("the space station", "", "", "spacecraft", True),
    ("Jupiter orbit", "", "", "space", False),
    ("the bakery", "", "", "shop", True),
    ("the rooftop", "", "", "street", False),
    ("the old bridge", "", "", "bridge", False),
    ("classroom", "", "", "school", True),
    ("the castle", "", "", "castle", False),
    ("throne room", "", "", "castle", True),
    ("the cave", "", "", "cave", True),
    ("St. Mary's Hospital", "", "", "hospital", True),
    ("the desert", "", "", "desert", False),
    ("the harbour", "", "", "harbour", False),
    ("the pier", "", "", "harbour", False),
    ("the beach", "", "", "beach", False),
    ("the river", "", "", "river", False),
    ("the woods", "", "", "forest", False),
    ("a wheat field", "", "", "field", False),
    ("the village", "", "", "village", False),
    ("the chapel", "", "", "church", True),
    ("the greenhouse", "", "", "garden", False),
    ("police station", "", "", "office", True),
    ("train station platform", "", "", "station", False),
    ("the lab", "", "", "laboratory", True),
    ("the warehouse", "", "", "industrial", True),
    ("the kitchen", "", "", "home", True),
    ("above the clouds", "", "", "sky", False),
    ("the cafe", "EXT. CAFE - DAY", "", "shop", False),
    ("the corridor", "INT. CORRIDOR - NIGHT", "Mara floats down the corridor of the orbital station.", "spacecraft", True),
    ("the cabin", "", "The night train rattles north. Ana sits alone in the cabin.", "vehicle", True),
    ("the cliff", "", "Waves break below the lighthouse on the cliff.", "sea", False),
    ("somewhere", "", "", "field", False),
    ("somewhere", "INT. SOMEWHERE - DAY", "", "home", True),
]


@pytest.mark.parametrize("name,heading,context,kind,interior", CASES)
def test_setting_from_place_words(name, heading, context, kind, interior):
    setting = infer_setting(name, "", heading, context)
    assert (setting.kind, setting.interior) == (kind, interior)
    assert setting.kind in vocab.SETTING_KINDS
    assert all(f in vocab.SETTING_FEATURES for f in setting.features)


def test_the_story_decides_what_a_short_or_shared_name_means():
    coast = "Rain lashes the cliff. Mara climbs toward the old lighthouse."
    assert infer_setting("the tower", "", "", coast).kind == "sea"
    assert infer_setting("the tower", "", "", "The king's castle stands on the hill.").kind == "castle"
    # A planner's EXT. guess gives way to the story putting someone inside; a writer's does not.
    inside = "Inside the lighthouse, Ilan trims the lamp."
    assert infer_setting("the lighthouse", "", "EXT. LIGHTHOUSE - DUSK", inside, heading_is_authored=False).interior
    assert not infer_setting("the lighthouse", "", "EXT. LIGHTHOUSE - DUSK", inside).interior
    assert fuller_name("the station", "She floats through the orbital station. Later, outside the station.") \
        == "orbital station"
    assert infer_setting(fuller_name("the station", "the space station hums")).kind == "spacecraft"
    assert fuller_name("the station", "The train pulls into the station.") == "the station"


def test_features_name_the_set_pieces():
    assert "lighthouse" in infer_setting("the coast", "", "", "A lighthouse on the headland.").features
    assert {"planet", "porthole", "stars"} <= set(infer_setting("the space station").features)
    assert "boats" in infer_setting("the harbour").features
    assert "fire" not in infer_setting("火车").features  # 火 of 火车 is a train, not a fire
    lighthouse = infer_setting("灯塔", "", "", "林月跑上灯塔的台阶。浪花打在礁石上。")
    assert lighthouse.kind == "sea" and "lighthouse" in lighthouse.features
    assert not {"moon", "plants"} & set(lighthouse.features)  # 林月 is a name, 浪花 is spray


def test_atmosphere_from_scene_words():
    assert infer_atmosphere("A storm batters the coast.") == ["rain", "storm", "wind"]
    assert infer_atmosphere("Snow falls on the platform; a lantern swings.") == ["snow", "lamplight"]
    assert infer_atmosphere("Red alarm lights pulse; the siren wails.") == ["alarm"]
    assert infer_atmosphere("Fog rolls over the harbour.") == ["fog"]
    assert infer_atmosphere("雷雨之夜，闪电划破天空。") == ["rain", "lightning"]
    assert infer_atmosphere("Fireflies by the window, a rainbow over the train.") == []
    assert infer_atmosphere('He says: "The storm took the boat last night." She looks at the sea.') == []
    assert infer_atmosphere("陈伯说：“昨夜的风暴把船吹走了。”林月看着大海。") == []


def _plan(setting=None, atmosphere=None):
    location = {"id": "deck", "name": "the deck", "kind": "location", "description": ""}
    if setting is not None:
        location["setting"] = setting
    scene = {"id": "s1", "heading": "EXT. SHIP DECK - NIGHT", "location": "the deck", "time_of_day": "night",
             "shots": [{"id": "a", "description": "Rain lashes the deck of the ship as lightning flashes.",
                        "entities": ["deck"]}]}
    if atmosphere is not None:
        scene["atmosphere"] = atmosphere
    return parse_plan({"title": "t", "entities": [location], "scenes": [scene]})


def test_fill_world_fills_empty_fields_and_keeps_set_ones():
    story = parse_story("Rain lashes the deck of the ship as lightning flashes.")
    filled, warnings = fill_world(_plan(), story)
    assert warnings == []
    setting = filled.entities[0].setting
    assert setting is not None and setting.kind == "sea" and not setting.interior
    assert filled.scenes[0].atmosphere == ["rain", "lightning"]

    kept, _ = fill_world(_plan({"interior": True, "kind": "castle", "features": ["fire"]}, ["snow"]), story)
    assert kept.entities[0].setting.model_dump() == {"interior": True, "kind": "castle", "features": ["fire"]}
    assert kept.scenes[0].atmosphere == ["snow"]
    again, _ = fill_world(filled, story)
    assert again == filled  # a second run changes nothing
