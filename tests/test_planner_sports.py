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
