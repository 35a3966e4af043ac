"""Weather is read from what happens, not from the names of things (director.planning.world)."""

import pytest

from director.planning.world import infer_atmosphere


@pytest.mark.parametrize("text, expected", [
    ("At dusk, a tall woman in a red raincoat climbs the stairs. The wind howls.", ["wind"]),
    ("He pulls on his rain boots and a windbreaker and waits by the door.", []),
    ("Rain lashes the windows of the kitchen.", ["rain"]),
    ("The night train rattles north past sleeping towns.", []),
    ("She shakes a snow globe and smiles.", []),
    ("Snow falls on the empty platform.", ["snow"]),
    ("她穿着雨衣，撑着雨伞出门。", []),
    ("外面下着大雨。", ["rain"]),
])
def test_weather_words_inside_names_of_things_are_not_weather(text, expected):
    assert infer_atmosphere(text) == expected
