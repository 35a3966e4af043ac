"""Colours and shapes read from entity descriptions (English and Chinese)."""

from __future__ import annotations

from director.plan import Entity
from generators.previz.look import look_for, parse_colours
from generators.previz.scene_art import setting_from_text


def test_english_colour_phrases_map_to_garments():
    found = parse_colours("A tall woman in a long dark blue wool coat, grey-haired, red boots")
    assert found["top"][2] > found["top"][0]  # blue
    assert found["top"][2] < 196  # darkened by 'dark'
    assert found["hair"] == (128, 128, 132)
    assert found["shoes"] == (196, 40, 40)


def test_chinese_colour_words():
    found = parse_colours("穿着红色的外套和蓝裙子，白发")
    assert found["top"] == (196, 40, 40)
    assert found["dress"] == (40, 80, 196)
    assert found["hair"] == (236, 236, 236)


def test_look_is_deterministic_with_hash_fallback_and_distinct():
    a = Entity(id="a1", name="A", kind="character", description="")
    b = Entity(id="b2", name="B", kind="character", description="")
    assert look_for(a) == look_for(a.model_copy())
    assert look_for(a) != look_for(b)
    dressed = look_for(Entity(id="c", name="C", kind="character", description="a girl in a yellow dress"))
    assert dressed.dress and dressed.top == dressed.bottom == (236, 206, 50)


def test_prop_shapes_follow_the_noun():
    def shape(desc: str) -> str:
        return look_for(Entity(id="p", name="P", kind="prop", description=desc)).prop_shape

    assert shape("a leather suitcase") == "box"
    assert shape("an old umbrella") == "long"
    assert shape("a glass bottle") == "bottle"
    assert shape("一封信") == "flat"


def test_settings_from_headings():
    assert setting_from_text("kitchen", "INT. KITCHEN - NIGHT", "night").interior
    assert not setting_from_text("street", "EXT. CITY STREET - DAY").interior
    assert setting_from_text("city street").kind == "street"
    beach = setting_from_text("beach at dawn", "", "dawn")
    assert beach.kind == "beach" and not beach.interior and beach.light_dx > 0


def test_colour_words_of_the_other_planner_languages_map_to_garments():
    grey, red, blue, white, yellow = (128, 128, 132), (196, 40, 40), (40, 80, 196), (236, 236, 236), (236, 206, 50)
    assert parse_colours("una mujer de sesenta años con un jersey gris") == {"top": grey}
    assert parse_colours("eine kräftige Frau mit roter Mütze") == {"hat": red}
    assert parse_colours("bonnet rouge et vareuse bleue, cheveux blancs") == {"hat": red, "top": blue, "hair": white}
    assert parse_colours("un ragazzo con una maglietta a righe gialla") == {"top": yellow}
    assert parse_colours("um homem magro de barba grisalha") == {"hair": grey}
    # Names are not colours, and English words that look like them stay English.
    assert parse_colours("Rosa Amador, la pescadora; Blanca") == {}
    assert parse_colours("a rose in his lapel, the rot set in") == {}
    # The figure wears it.
    rosa = look_for(Entity(id="rosa", name="Rosa", kind="character", description="una mujer con un jersey gris"))
    assert rosa.top == grey
