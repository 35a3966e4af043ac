"""The offline planner on stories of sport, crowds and performance: a crowd is heard, not weather;
a boxing ring is a place, a punch an action, a bell that rings a sound; venues get a kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from director.api import plan_film
from director.planning.world import infer_atmosphere, infer_setting
from director.sound.ambience import AmbienceSpec, ambience_layers


def _plan(tmp_path: Path, text: str, name: str = "story.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return plan_film(path, planner="heuristic")


@pytest.mark.parametrize("text", [
    "The crowd howls as the champion raises her gloves.",
    "That night the arena roars.",
    "Thunderous applause fills the concert hall.",
    "The supporters chant his name and the stands erupt.",
    "A storm of boos greets the referee.",
    "The fans storm the pitch at the final whistle.",
])
def test_a_crowd_heard_is_a_crowd_never_wind_or_a_storm(text):
    found = infer_atmosphere(text)
    assert "crowd" in found
    assert not {"wind", "storm", "rain", "lightning"} & set(found), found


@pytest.mark.parametrize("text, weather", [
    ("The wind howls over the empty stadium.", "wind"),
    ("The crowd watches as thunder rolls over the track.", "lightning"),
    ("A storm breaks over the arena and the rain pours down.", "storm"),
])
def test_real_weather_at_a_venue_is_still_weather(text, weather):
    assert weather in infer_atmosphere(text)


def test_the_thunder_of_hooves_is_no_thunder():
    assert "lightning" not in infer_atmosphere("The thunder of hooves shakes the racecourse.")


def test_a_crowd_heard_in_the_street_gets_a_loud_murmur_bed():
    quiet = dict(ambience_layers(AmbienceSpec(False, "street", "day")))
    loud = dict(ambience_layers(AmbienceSpec(False, "street", "day", ("crowd",))))
    assert "murmur" not in quiet and "murmur" in loud
    stadium = dict(ambience_layers(AmbienceSpec(False, "stadium", "day")))
    assert loud["murmur"] > stadium["murmur"]  # a roaring crowd is louder than an ordinary match


def _props(plan) -> dict[str, str]:
    return {e.name: e.form for e in plan.entities if e.kind == "prop"}


def test_a_boxing_story_has_no_jewellery_ring_handbag_hook_or_bell_props(tmp_path):
    plan = _plan(tmp_path, (
        "Rosa Diaz tapes her hands in the gym before dawn. She pounds the heavy bag until her shoulders "
        "burn. Her coach, Manny, holds the pads and shouts the count.\n\n"
        "That night the arena roars. Rosa climbs through the ropes into the ring. The crowd howls as the "
        "champion, Vera Kane, raises her gloves.\n\n"
        "The bell rings. Vera throws a jab, then an uppercut. Rosa takes the punch and throws a left hook. "
        "In the tenth round Vera falls to the canvas. Rosa lifts the trophy while the audience cheers."))
    props = _props(plan)
    for wrong in ("ring", "bag", "hook", "bell", "jab", "punch", "rope", "gloves"):
        assert wrong not in props, props
    assert props.get("trophy") == "cup"
    assert "crowd" in {a for s in plan.scenes for a in s.atmosphere}
    assert "wind" not in {a for s in plan.scenes for a in s.atmosphere}


def test_moves_of_a_game_are_actions_and_its_gear_is_drawn(tmp_path):
    plan = _plan(tmp_path, (
        "On the football pitch Tom takes a pass from Leo and kicks the ball past the keeper. Leo makes "
        "a hard tackle. At the final whistle Tom kisses his medal.\n\n"
        "At the tennis club, Mia grips her racket and takes a low shot. Her coach lifts the stopwatch."))
    props = _props(plan)
    for wrong in ("pass", "tackle", "whistle", "shot"):
        assert wrong not in props, props
    assert props.get("ball") == "ball" and props.get("medal") == "jewel"
    assert props.get("racket") == "tool" and props.get("stopwatch") == "clock"


def test_the_same_words_stay_things_where_they_are_things(tmp_path):
    plan = _plan(tmp_path, (
        "Anna slips the diamond ring onto her finger. She carries a coil of rope and a bell to the chapel.\n\n"
        "Her father holds the bow of his violin. He hangs his bag on the hook by the door and picks up "
        "the old bell from the shelf."))
    props = _props(plan)
    assert props.get("ring") == "ring"
    assert "bell" in props and "bag" in props and "bow" in props


@pytest.mark.parametrize("name, context, kind", [
    ("the swimming pool", "Kai dives in and swims four lengths.", "stadium"),
    ("the ice rink", "The skaters circle under the lights.", "stadium"),
    ("the pitch", "On the pitch the referee blows his whistle.", "stadium"),
    ("the running track", "", "stadium"),
    ("the tournament hall", "Ada sits across the chess board from the grandmaster.", "stadium"),
    ("the big top", "The clown juggles for the children.", "theatre"),
    ("the circus tent", "The ringmaster cracks his whip.", "theatre"),
    ("the ballroom", "The couple dance a slow waltz.", "theatre"),
    ("the caravan", "She sleeps in the caravan behind the fairground.", "home"),
    ("the airfield", "The zeppelin is moored on the airfield.", "field"),
])
def test_venues_of_sport_and_show_and_homes_on_wheels_have_a_kind(name, context, kind):
    assert infer_setting(name, "", context=context).kind == kind


@pytest.mark.parametrize("name, context, kind", [
    ("the courtyard", "It is pitch dark in the courtyard.", "garden"),
    ("the kitchen", "A pool of light falls on the table.", "home"),
    ("the desert", "A caravan of camels crosses the dunes.", "desert"),
    ("the changing room", "Later his coach hands him the trophy.", "stadium"),
])
def test_words_that_only_look_like_venues_do_not_move_a_place(name, context, kind):
    assert infer_setting(name, "", context=context).kind == kind


def test_a_starting_gun_that_fires_is_no_firelight():
    assert "firelight" not in infer_atmosphere("The starting gun fires and the runners surge forward.")
    assert "firelight" in infer_atmosphere("The fire crackles in the hearth.")


def test_a_sports_venue_named_with_its_sport_is_a_place_of_the_story(tmp_path):
    plan = _plan(tmp_path, (
        "Tom laces his boots in the dressing room while the fans sing outside.\n\n"
        "On the pitch the whistle blows. Tom kicks the ball toward the goal.\n\n"
        "Meanwhile, on the tennis court, Mia grips her racket."))
    places = [s.location for s in plan.scenes]
    assert places == ["the dressing room", "the pitch", "the tennis court"], places
    kinds = {e.name: e.setting.kind for e in plan.entities if e.kind == "location"}
    assert kinds["the pitch"] == "stadium" and kinds["the tennis court"] == "stadium"


def test_a_scene_that_moves_on_later_to_a_new_place_is_a_new_scene(tmp_path):
    plan = _plan(tmp_path, (
        "The swimming pool smells of chlorine. Kai stands on the starting block. The whistle blows and "
        "he dives. Later, in the changing room, his coach hands him a small silver trophy."))
    assert [s.location for s in plan.scenes] == ["the swimming pool", "the changing room"]


def test_a_name_is_not_a_prop_and_a_crowd_is_not_a_character(tmp_path):
    plan = _plan(tmp_path, (
        "Tess leads her grey mare, Silver Bell, into the starting gate. Spectators whisper behind the rail. "
        "At the final turn the grandstand roars."))
    names = {e.name.lower() for e in plan.entities}
    assert "bell" not in names and "spectators" not in names, names


def test_officials_and_helpers_who_act_are_characters_and_a_dawn_gym_is_a_place(tmp_path):
    plan = _plan(tmp_path, (
        "Before dawn the gym is cold. Her trainer holds the pads while Marisol hits them.\n\n"
        "That night the arena roars. In the tenth round the referee counts Dana out, and a volunteer "
        "drapes a towel over Marisol's shoulders."))
    names = {e.name.lower() for e in plan.entities if e.kind == "character"}
    assert {"referee", "volunteer"} <= {n.split()[-1] for n in names}, names
    assert [s.location for s in plan.scenes] == ["the gym", "the arena"]
    gym = next(e for e in plan.entities if e.name == "the gym")
    assert "rails" not in gym.setting.features  # a trainer is no train
    assert all(s.heading.startswith("INT.") for s in plan.scenes)  # a gym and an arena are roofed


def test_after_a_cutaway_a_paragraph_about_the_people_left_behind_goes_back_to_them(tmp_path):
    plan = _plan(tmp_path, (
        "The stadium is full. Tom Reyes warms up on the pitch while the fans sing.\n\n"
        "Meanwhile, at the hospital, his wife Ana watches the match on a small television.\n\n"
        "The referee blows the whistle and Tom kicks off. The crowd roars.\n\n"
        "Ana turns up the sound."))
    assert [s.location for s in plan.scenes] == ["the pitch", "the hospital", "the pitch", "the hospital"]


def test_a_paragraph_after_a_cutaway_that_stays_with_its_people_stays_there(tmp_path):
    plan = _plan(tmp_path, (
        "Under the big top Lena swings from the trapeze while the audience gasps.\n\n"
        "Across town, in a cold caravan, Lena's daughter Mila lies awake.\n\n"
        "Mila pulls the blanket up to her chin and listens to the rain."))
    assert [s.location for s in plan.scenes] == ["the big top", "the cold caravan"]
    kinds = {e.name: e.setting.kind for e in plan.entities if e.kind == "location"}
    assert kinds == {"the big top": "theatre", "the cold caravan": "home"}


@pytest.mark.parametrize("name, context, feature", [
    ("the arena", "Marisol climbs through the ropes into the ring.", "ring"),
    ("the gym", "She pounds the heavy bag until her shoulders burn.", "ring"),
    ("the swimming pool", "Kai dives and swims.", "pool"),
    ("the ice rink", "The skaters circle.", "ice"),
    ("the running track", "The sprinters crouch at their blocks.", "track"),
])
def test_a_venue_names_its_floor(name, context, feature):
    assert feature in infer_setting(name, "", context=context).features


def test_the_kitchen_with_a_pool_of_light_has_no_pool():
    assert "pool" not in infer_setting("the kitchen", "", context="A pool of light falls on the table.").features


def test_a_venue_floor_is_painted_from_its_features():
    import numpy as np
    from generators.previz.sets.paint_set import paint_set

    def floor(features, interior=False):
        painted = paint_set("stadium", interior, "day", ("lamp", *features), (), 7, "", (-2.0, -1.6, 2.0, 0.65),
                            (240, 135)).image.astype(int)
        return painted[-25:]  # the floor in front of the stands

    pitch, pool, ring = floor(()), floor(("pool",)), floor(("ring",), interior=True)
    assert pitch[..., 1].mean() > pitch[..., 2].mean()  # green grass
    assert pool[..., 2].mean() > pool[..., 0].mean() + 60  # blue water
    assert np.abs(ring - floor((), interior=True)).mean() > 20  # a ring, not the pitch


def test_a_small_drone_is_a_drone_not_a_person_sized_robot(tmp_path):
    plan = _plan(tmp_path, (
        "Noon on the airfield. Ife kneels by her glider. A small drone hums down from the sky and hovers "
        "at her shoulder.\n\n\"Battery at twelve percent,\" the drone says. A rusty robot rolls out of the hangar."))
    forms = {e.name.lower(): e.form for e in plan.entities if e.kind == "character"}
    assert forms.get("the drone") == "drone" and forms.get("the robot", "robot") == "robot", forms


def test_walking_onto_the_stage_goes_to_the_stage_but_a_final_stage_is_no_place(tmp_path):
    plan = _plan(tmp_path, (
        "In the classroom Omar adjusts his cardboard crown.\n\n"
        "The curtain rises. Omar walks onto the stage and forgets his first line. The audience waits."))
    assert [s.location for s in plan.scenes] == ["the classroom", "the stage"]
    stage = next(e for e in plan.entities if e.name == "the stage")
    assert stage.setting.kind == "theatre" and stage.setting.interior
    plan = _plan(tmp_path, "On the river road Priya runs into the final stage of the race. The crowd cheers.")
    assert "stage" not in {e.name.split()[-1] for e in plan.entities if e.kind == "location"}


@pytest.mark.parametrize("text", [
    "The gates spring open and Dusty bursts out of the stall.",
    "Tess pats Storm on the neck before the race.",
    "In the ring, Misty Vale raises her gloves.",
])
def test_a_name_inside_a_sentence_is_never_weather(text):
    assert not {"dust", "storm", "wind", "rain", "fog"} & set(infer_atmosphere(text))


def test_weather_that_opens_a_sentence_is_still_weather():
    assert infer_atmosphere("Rain falls on the racecourse. Fog rolls over the rails.") == ["rain", "fog"]
