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


# Ambiguous place words: (name, the sentences set there, the whole story, kind, interior). The
# story's domain (space, rail, sea, air, land) and the place a word is part of decide.
_ORBIT = "The orbital station circles the planet. Lena checks her spacesuit before the airlock opens."
_RAIL = "The night train leaves at nine. Tom runs along the tracks with his ticket."
_SEA = "The old ship rolls in the waves; the sailors haul the sail."
AMBIGUOUS_CASES = [
    ("the hull", "Later, outside on the hull of the station, Lena drifts among the stars.", _ORBIT,
     "spacecraft", False),
    ("the hull", "Waves slap against the hull of the fishing boat.", "", "sea", False),
    ("the station", "Lena floats through the station.", _ORBIT, "spacecraft", True),
    ("the station", "Tom waits at the station.", _RAIL, "station", False),
    ("the station", "Steam rises as the locomotive waits at the station.", "", "station", False),
    ("the bridge", "Captain Rao gives the order from the bridge of the starship.", "", "spacecraft", True),
    ("the bridge", "On the bridge the helmsman fights the wheel as the ship climbs the waves.", "", "sea", True),
    ("the bridge", "Anna crosses the bridge over the river toward the village.", "", "bridge", False),
    ("the old bridge", "", "", "bridge", False),
    ("the deck", "Spray bursts over the deck as the ship heels.", "", "sea", False),
    ("the observation deck", "Through the viewport the asteroid field glitters; zero gravity.", _ORBIT,
     "spacecraft", True),
    ("the deck", "They grill burgers on the deck behind the house.", "", "home", False),
    ("the cabin", "Smoke curls from the cabin deep in the woods by the lake.", "", "home", True),
    ("the cabin", "The ship pitches; in the cabin, Ada lashes her trunk to the bunk.", _SEA, "sea", True),
    ("the cabin", "The plane shudders through turbulence; the cabin lights dim.", "", "vehicle", True),
    ("the dining car", "", _RAIL, "vehicle", True),
    ("the car", "Jo drives the car down the highway.", "", "vehicle", True),
    ("the cargo hold", "Crates float loose in the hold of the spaceship.", "", "spacecraft", True),
    ("the hold", "Water sloshes in the hold of the trawler.", "", "sea", True),
    ("the platform", "Tom runs along the platform as the train pulls out.", "", "station", False),
    ("the platform", "The oil platform shakes as waves hit it far offshore.", "", "sea", False),
    ("the dock", "The shuttle drifts into the dock of the orbital station.", _ORBIT, "spacecraft", True),
    ("the dock", "Fishermen unload the boat at the dock.", "", "harbour", False),
    ("the airlock", "", _ORBIT, "spacecraft", True),
    ("the module", "Lena seals the module before the orbit burn.", "", "spacecraft", True),
    ("the science module", "The crew floats into the science module.", "", "spacecraft", True),
    ("the airlock", "Divers cycle through the airlock of the submarine.", "", "sea", True),
    ("the gas station", "Ray fills the truck under flickering lights.", "", "street", False),
    ("the hull", "Welders spark along the hull in the shipyard.", "", "sea", False),
    ("the tower", "Waves break below the lighthouse; Mara climbs the tower.", "", "sea", False),
    ("the tower", "Air traffic control radios the plane from the tower above the runway.", "", "station", False),
    ("the control tower", "", "", "station", False),
    ("the base", "The astronauts return to the base on the lunar surface.", "", "spacecraft", True),
    ("the base", "Soldiers march through the gates of the base; the army trucks wait.", "", "industrial", True),
    ("船舱", "空间站的船舱里，林月漂浮着。", "空间站绕着地球的轨道飞行。", "spacecraft", True),
    ("船舱", "轮船在海浪中摇晃，船舱里很暗。", "", "sea", True),
    ("站台", "火车进站了，老王站在站台上。", "", "station", False),
    ("空间站", "", "", "spacecraft", True),
    ("甲板", "飞船的甲板上，警报响起。", "太空中，飞船沿着轨道前进。", "spacecraft", True),
    ("甲板", "海浪打在轮船的甲板上。", "", "sea", False),
]


@pytest.mark.parametrize("name,context,story,kind,interior", AMBIGUOUS_CASES)
def test_ambiguous_place_words_take_the_story_domain(name, context, story, kind, interior):
    setting = infer_setting(name, "", "", context, story_text=story)
    assert (setting.kind, setting.interior) == (kind, interior)


def test_a_space_story_keeps_its_hull_off_the_railway():
    story = parse_story(
        "Lena floats down the corridor of the orbital station. Through the porthole, the blue planet turns.\n\n"
        "Later, outside on the hull of the station, Lena drifts among the stars. Her tether pulls tight.\n\n"
        "Back inside, she removes her helmet and laughs.")
    from director.planning.graph import plan_story
    plan = plan_story(story, planner="heuristic").plan
    settings = {e.name: e.setting for e in plan.entities if e.kind == "location"}
    assert settings["the hull"].kind == "spacecraft" and not settings["the hull"].interior
    assert "rails" not in settings["the hull"].features
    assert settings["the corridor"].kind == "spacecraft"


def test_a_compound_rests_on_its_last_word_and_a_starship_is_a_ship():
    ferry = "The ferry ploughs through the waves. Down on the car deck, Finn clings to the railing."
    assert infer_setting("the car deck", "", "", ferry).kind == "sea"
    assert infer_setting("the cargo hold of the spaceship").kind == "spacecraft"
    probe = "Through the cabin window of the survey ship, Saturn hangs huge and gold. Back in the cabin, she listens."
    assert infer_setting("the cabin", "", "", probe, story_text=probe).kind == "spacecraft"
