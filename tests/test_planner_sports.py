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
