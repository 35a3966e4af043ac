"""The heuristic planner reads unseen stories right: who is a character (and what body it has),
how each one looks, where each shot happens, every spoken line verbatim, and no cut between two
identical setups.

Stories here are written for these tests (sci-fi, fairy tale, thriller, animals, vehicles,
weather, dialogue, Chinese); every test runs the real planning graph.
"""

from __future__ import annotations

import pytest

from director.ingest import parse_story
from director.plan import FilmPlan
from director.planning import plan_story
from director.planning.forms import character_form, prop_form
from director.planning.heuristic.script import find_time_of_day


def _plan(text: str) -> FilmPlan:
    return plan_story(parse_story(text), "heuristic").plan


def _by_name(plan: FilmPlan, kind: str) -> dict[str, object]:
    return {e.name.lower(): e for e in plan.entities if e.kind == kind}


def _lines(plan: FilmPlan) -> list[tuple[str, str]]:
    return [(d.speaker, d.text) for shot in plan.shots() for d in shot.dialogue]


# ---- who is a character ---------------------------------------------------------------------

STATION = (
    "Kaya Lind wakes in the narrow corridor of the orbital station. Through the porthole the red planet "
    "turns slowly. Lightning flickers across its clouds. Thunder rolls through the hull.\n\n"
    "Dr. Osei, tall with a shaved head and a silver prosthetic arm, is already there. "
    "\"Two minutes,\" he says. \"Did anyone follow you?\"\n\n"
    "Kaya shakes her head. She pulls herself into the greenhouse, where tomatoes hang in rows. "
    "Then she climbs out onto the hull, the stars wheeling overhead.\n\n"
    "Back inside, Osei waits by the airlock. \"Welcome back, Kaya,\" says VESTA, the station's computer."
)


def test_weather_and_sky_are_not_characters_and_a_speaking_computer_is_a_voice():
    plan = _plan(STATION)
    chars = _by_name(plan, "character")
    assert set(chars) == {"kaya lind", "dr. osei", "vesta"}
    assert chars["vesta"].form == "voice"
    assert chars["kaya lind"].form == "human"


def test_weather_words_at_a_sentence_start_are_not_names():
    story = ("Rain hammers the tin roof of the barn. Storm winds bend the trees. Old Bren, a farmer in a "
             "patched coat, drags the gate shut. Thunder answers him. Lightning splits the oak.")
    chars = _by_name(_plan(story), "character")
    assert set(chars) == {"old bren"}


def test_animals_that_act_are_characters_with_their_form():
    story = (
        "Once upon a time a little fox lived at the edge of a dark forest. The fox had a white tail "
        "and one torn ear.\n\nOne morning the fox met a crow on a branch. The crow held a piece of "
        "cheese in its beak. \"What a beautiful voice you must have,\" said the fox."
    )
    chars = _by_name(_plan(story), "character")
    assert chars["the fox"].form == "fox" and chars["the crow"].form == "crow"
    assert "white tail" in chars["the fox"].description and "torn ear" in chars["the fox"].description


@pytest.mark.parametrize("name, description, form", [
    ("the robot", "", "robot"),
    ("HALO", "the station's computer", "voice"),
    ("Pip", "a small grey kitten with one white paw", "cat"),
    ("Mara", "a tall woman with a cat on her shoulder", "human"),
    ("the girl", "a girl of nine in a yellow coat", "child"),
    ("Rex", "an old sheepdog", "dog"),
    ("Kenta", "who was six and wore a fox mask", "child"),
    ("Greta", "70; in a faded apron", "human"),
    ("Tobi", "her grandson; 9; freckled", "child"),
    ("Lu", "a boy of seven in a cap", "child"),
    ("Ann", "a woman of sixty", "human"),
    ("the Queen of Crows", "a woman who wore a cloak of grey feathers", "human"),
    ("the stallion", "", "horse"),
    ("the troll", "", "creature"),
])
def test_character_form_reads_the_name_then_the_head_of_the_description(name, description, form):
    assert character_form(name, description) == form


@pytest.mark.parametrize("name, description, form", [
    ("lantern", "a brass lantern", "lantern"),
    ("briefcase", "battered briefcase", "case"),
    ("sedan", "a black sedan", "car"),
    ("helicopter", "", "helicopter"),
    ("pebble", "a smooth pebble", "object"),
    ("灯笼", "红灯笼", "lantern"),
])
def test_prop_form_maps_synonyms_onto_the_vocabulary(name, description, form):
    assert prop_form(name, description) == form


def test_forms_stage_fills_every_character_and_prop():
    plan = _plan(STATION + " Kaya picks up the lantern.")
    for entity in plan.entities:
        if entity.kind in ("character", "prop"):
            assert entity.form is not None, entity.name


# ---- looks ------------------------------------------------------------------------------------


def test_looks_from_appositive_relative_clause_has_and_pronoun_sentences():
    story = (
        "Mara, who wears a red raincoat, walks along the harbor at dusk. Her brother Ilan waits on "
        "the pier. He has a grey beard and a wooden leg.\n\n"
        "Dr. Osei, tall with a shaved head and a silver prosthetic arm, is already there. Osei nods."
    )
    chars = _by_name(_plan(story), "character")
    assert "red raincoat" in chars["mara"].description
    assert "grey beard" in chars["ilan"].description and "wooden leg" in chars["ilan"].description
    assert "shaved head" in chars["dr. osei"].description
    assert "silver prosthetic arm" in chars["dr. osei"].description


# ---- dialogue -------------------------------------------------------------------------------------


def test_every_spoken_line_reaches_the_plan_verbatim_with_its_speaker():
    plan = _plan(STATION)
    lines = _lines(plan)
    assert ("Dr. Osei", "Two minutes.") in lines
    assert ("Dr. Osei", "Did anyone follow you?") in lines
    assert ("Vesta", "Welcome back, Kaya.") in lines or ("VESTA", "Welcome back, Kaya.") in lines


def test_fountain_speech_of_several_sentences_keeps_every_sentence():
    script = (
        "INT. PARKING GARAGE - NIGHT\n\nNINA (40s, grey suit) waits beside a black sedan.\n\n"
        "NINA\nTwo minutes. Did anyone follow you?\n\nLEO\n(breathless)\nNo. Two shots were fired.\n"
    )
    lines = _lines(_plan(script))
    assert lines == [("Nina", "Two minutes. Did anyone follow you?"), ("Leo", "No. Two shots were fired.")]


# ---- loglines -------------------------------------------------------------------------------------


def test_a_destination_in_a_logline_is_a_place_the_climax_goes_to_in_correct_english():
    plan = _plan("A robot finds a flower in a ruined city and carries it to the sea, 6 shots")
    places = {e.name for e in _by_name(plan, "location").values()}
    assert {"the ruined city", "the sea"} <= places
    text = " ".join(shot.description for shot in plan.shots())
    assert "carries the flower to the sea" in text
    assert " thes " not in text and "the sea" in plan.scenes[-1].location
    sea = next(e.id for e in plan.entities if e.name == "the sea")
    assert sea in plan.shots()[-1].entities


def test_a_purpose_keeps_every_clause_and_a_way_through_a_place():
    plan = _plan("A retired clockmaker finds a stranger's diary and sets out across the snowy city to return it")
    text = " ".join(shot.description for shot in plan.shots())
    assert "sets out across the snowy city" in text
    assert "returns the stranger's diary" in text
    plan = _plan("A lonely girl follows a white cat through the forest to her grandmother's cottage, 8 shots")
    assert [s.location for s in plan.scenes][-1].endswith("cottage")
    assert any(s.location == "the forest" for s in plan.scenes)


# ---- places ---------------------------------------------------------------------------------------


def test_moving_into_a_new_place_inside_one_paragraph_is_a_new_scene_and_back_inside_returns():
    plan = _plan(STATION)
    locations = [scene.location for scene in plan.scenes]
    assert locations[:3] == ["the narrow corridor", "the greenhouse", "the hull"]
    assert not plan.scenes[3].location == "the hull"  # "Back inside" leaves the hull
    hull = next(e for e in plan.entities if e.name == "the hull")
    climb = next(s for s in plan.shots() if "climbs out onto the hull" in s.description)
    assert hull.id in climb.entities


def test_a_place_someone_is_at_is_its_own_location_on_that_shot():
    story = ("Mara walks along the harbor at dusk. Her brother Ilan waits on the pier. "
             "Gulls wheel over the water.\n\nAt night, the two of them climb the stairs of the lighthouse.")
    plan = _plan(story)
    names = {e.name for e in plan.entities if e.kind == "location"}
    assert {"the harbor", "the pier", "the lighthouse"} <= names
    pier = next(e.id for e in plan.entities if e.name == "the pier")
    assert pier in next(s for s in plan.shots() if "waits on the pier" in s.description).entities


# ---- scene boundaries -----------------------------------------------------------------------------


def _scene_with(plan: FilmPlan, words: str):
    return plan.scene_of(next(s for s in plan.shots() if words in s.description).id)


@pytest.mark.parametrize("opening, place", [
    ("Meanwhile, in the kitchen, Tom peels a sack of potatoes.", "kitchen"),
    ("Back at the harbour, Tom ties the rowing boat to a post.", "harbour"),
    ("Up on the roof, Tom fixes the bent aerial with wire.", "roof"),
    ("Inside the car, Tom waits with the engine running.", "car"),
    ("Down in the cellar, Tom counts the wine bottles.", "cellar"),
    ("Inside the elevator, Tom jabs the button for the basement.", "elevator"),
])
def test_a_sentence_that_opens_on_a_place_starts_the_scene_there_and_not_one_sentence_early(opening, place):
    story = ("Mara kneads dough in the bakery. \"Nearly done,\" she says.\n\n"
             f"She slides the tray of loaves into the oven. {opening}")
    plan = _plan(story)
    assert _scene_with(plan, "loaves").location == "the bakery"  # the sentence before stays where it was
    assert _scene_with(plan, "Tom").location.endswith(place)
    assert len(plan.scenes) == 2


@pytest.mark.parametrize("opening, place", [("与此同时，在码头上，汤姆把小船拴好。", "码头"),
                                            ("回到码头，汤姆把小船拴好。", "码头"),
                                            ("面馆里，汤姆在灶台边擦锅。", "面馆")])
def test_a_chinese_sentence_that_opens_on_a_place_starts_the_scene_there(opening, place):
    plan = _plan(f"玛拉在厨房里揉面团。她把面包放进烤箱。{opening}")
    assert _scene_with(plan, "烤箱").location == "厨房"
    assert _scene_with(plan, "汤姆").location == place


def test_a_placeless_opening_belongs_to_the_place_its_paragraph_then_names_and_a_return_keeps_its_name():
    story = ("The museum closes at nine. In the marble atrium, Rosa mops the floor beneath a dinosaur skeleton.\n\n"
             "Up in the security office, Dev watches twelve monitors.\n\n"
             "Rosa lowers herself on a cable into the gallery of jewels.\n\n"
             "She lifts the blue diamond from its case. Down in the office, an alarm begins to wail. "
             "Dev drops his noodles.")
    plan = _plan(story)
    assert [s.location for s in plan.scenes] == [
        "the marble atrium", "the security office", "the gallery", "the security office"]
    assert _scene_with(plan, "closes at nine").location == "the marble atrium"
    assert _scene_with(plan, "diamond").location == "the gallery"
    assert _scene_with(plan, "noodles") is plan.scenes[-1]


def test_a_time_that_opens_a_paragraph_belongs_to_the_place_the_paragraph_then_opens_on():
    story = ("Mara walks to the harbor and watches the boats.\n\n"
             "That night, the wind rises over the town. In the kitchen, Mara lights a lamp.")
    plan = _plan(story)
    assert [(s.location, s.time_of_day) for s in plan.scenes] == [("the harbor", "day"), ("the kitchen", "night")]
    assert _scene_with(plan, "wind rises").location == "the kitchen"


def test_a_place_only_looked_at_or_naming_a_thing_is_not_a_new_scene():
    story = ("In the kitchen, the kettle boils. Ruth stands by the sink in her hospital scrubs.\n\n"
             "For a long moment she looks out at the empty yard. \"You sold it,\" she says.")
    assert [s.location for s in _plan(story).scenes] == ["the kitchen"]


# ---- time of day ----------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, time_of_day", [
    ("The museum closes at nine.", "night"),
    ("At 3 a.m. the phone rings in the hallway.", "night"),
    ("The guards change at midnight.", "night"),
    ("She slips out after dark.", "night"),
    ("By nightfall the road is empty.", "dusk"),
    ("That evening the lamps are lit.", "evening"),
    ("At noon the square is full.", "day"),
    ("The school opens at eight.", "morning"),
    ("At dawn the fishermen push off.", "dawn"),
    ("The train leaves at 21:40.", "night"),
    ("They meet at seven in the evening.", "evening"),
    ("晚上九点，店里只剩一盏灯。", "night"),
    ("半夜，狗叫了起来。", "night"),
    ("凌晨三点，电话响了。", "night"),
    ("傍晚，渔船回到港口。", "dusk"),
    ("九点钟，商店关门了。", "night"),
    ("晚上一点，灯灭了。", "night"),
    ("下午三点，雨停了。", "afternoon"),
])
def test_stated_times_set_the_time_of_day(sentence, time_of_day):
    assert find_time_of_day(sentence) == time_of_day


@pytest.mark.parametrize("sentence", ["They meet at nine.", "She glances at one end of the hall.",
                                      "Three men sit at two tables.", "One by one, the lamps go dark.",
                                      "She was about ten, with a dark fringe.", "九点，他们见面。",
                                      "她有一点累，灯还亮着。"])
def test_a_bare_hour_without_a_half_of_the_day_says_nothing(sentence):
    assert find_time_of_day(sentence) is None


def test_a_clock_time_with_a_m_is_not_the_end_of_a_sentence():
    plan = _plan("At 3 a.m. Rosa's phone buzzes on the bedside table beside her. She reads the message twice.")
    first = plan.shots()[0]
    assert first.description.startswith("At 3 a.m. Rosa's phone buzzes")
    assert plan.scene_of(first.id).time_of_day == "night"


def test_a_stated_time_carries_into_later_scenes_until_the_story_changes_it():
    story = ("The museum closes at nine. In the marble atrium, Rosa mops the floor.\n\n"
             "Up in the security office, Dev watches twelve monitors.\n\n"
             "Rosa climbs the iron stairs to the roof.\n\n"
             "At dawn, the first bus pulls into the square.")
    plan = _plan(story)
    assert [s.time_of_day for s in plan.scenes] == ["night", "night", "night", "dawn"]
    assert "NIGHT" in plan.scenes[0].heading
    assert plan.scenes[0].shots[0].lighting.startswith("low-key night")


# ---- cuts -----------------------------------------------------------------------------------------


def _jump_cuts(plan: FilmPlan) -> list[str]:
    kinds = {e.id: e.kind for e in plan.entities}
    out = []
    for a, b in plan.boundaries():
        if b.transition != "cut":
            continue
        subjects_a = {i for i in a.entities if kinds[i] != "location"}
        subjects_b = {i for i in b.entities if kinds[i] != "location"}
        if (a.camera.shot_size, a.camera.angle, subjects_a) == (b.camera.shot_size, b.camera.angle, subjects_b):
            out.append(b.id)
    return out


@pytest.mark.parametrize("story", [
    STATION,
    "The empty kitchen is silent. Dust drifts in the light. A clock ticks on the wall. The tap drips.",
    "Mara sits at the table. Mara reads the letter. Mara folds the letter. Mara looks out of the window.",
    "1. WS: the empty square at dawn.\n2. WS: the empty square at noon.\n3. CU: a pigeon.\n4. CU: a pigeon.",
])
def test_no_cut_between_identical_setups(story):
    assert _jump_cuts(_plan(story)) == []


def test_a_run_through_several_places_shows_each_and_ends_in_the_last():
    story = ("Ada wakes in her bunk.\n\nAda ran down the curving corridor, pulled herself through the "
             "hatch and into the galley. A kettle whistles.\n\nInside the harbour café, Ada watches the rain.")
    plan = _plan(story)
    run = next(s for s in plan.shots() if s.description.startswith("Ada ran down"))
    names = {plan.entity(i).name for i in run.entities if plan.entity(i).kind == "location"}
    assert {"the curving corridor", "the galley"} <= names
    assert plan.scene_of(run.id).location == "the galley"
    assert plan.scenes[-1].location.endswith("café")


def test_a_logline_in_the_past_tense_finds_its_protagonist():
    plan = _plan("Mira ran down the curving corridor and hid in the greenhouse.")
    assert [e.name for e in plan.entities if e.kind == "character"] == ["Mira"]


def test_unnamed_people_animals_and_robots_that_act_or_speak_are_characters_with_their_looks():
    story = (
        "Nell Hardy rode into the camp at dusk. A blacksmith in a leather apron came out of his forge. "
        "\"Thought the storm had you,\" he said.\n\n"
        "A police officer in a white helmet pointed toward the shrine. Behind her, the cleaning robot, "
        "a knee-high dome with one cracked sensor, rolled to the door and stopped.\n\n"
        "\"Pay her,\" said the fox. Nell's mother, a young woman in a faded tunic, began to cry."
    )
    chars = _by_name(_plan(story), "character")
    assert {"the blacksmith", "the police officer", "the cleaning robot", "the fox", "nell's mother"} <= set(chars)
    assert "leather apron" in chars["the blacksmith"].description
    assert "knee-high dome" in chars["the cleaning robot"].description
    assert chars["the cleaning robot"].form == "robot" and chars["the fox"].form == "fox"
    assert "faded tunic" in chars["nell's mother"].description
    assert ("The blacksmith", "Thought the storm had you.") in _lines(_plan(story))


def test_one_entity_per_person_and_place_names_are_not_people():
    story = (
        "Adaeze Okafor, a widow in mud-caked rubber boots, walks the orchard on Saturdays. The ferry from "
        "Harrow Point is late. Mrs. Okafor waits at Carver Street.\n\n"
        "\"Late again,\" Adaeze says. Nell rides in on a piebald mare called Juniper. Juniper snorts. "
        "Okafor laughs."
    )
    chars = _by_name(_plan(story), "character")
    assert "adaeze okafor" in chars and "juniper" in chars
    assert not {"okafor", "mrs. okafor", "harrow point", "saturdays", "carver street", "the mare",
                "the piebald mare"} & set(chars)
    assert chars["juniper"].form == "horse"
    assert "mud-caked rubber boots" in chars["adaeze okafor"].description


# ---- Chinese --------------------------------------------------------------------------------------

ZH_STORY = (
    "清晨，老渔夫陈伯，一个瘦高的驼背老人，提着灯笼走到海边。他留着白胡子，总穿一件蓝布衫。\n\n"
    "小女孩阿梅跑过来，说：「爷爷，船要走了！」天上乌云翻滚，雷声隆隆。\n\n"
    "陈伯笑道：“别急，我们一起走。”竹林里，一群小鹿望着他们。"
)


def test_chinese_characters_looks_and_quotes_in_both_styles():
    plan = _plan(ZH_STORY)
    chars = {e.name: e for e in plan.entities if e.kind == "character"}
    assert set(chars) == {"陈伯", "阿梅"}
    assert chars["阿梅"].form == "child"
    for look in ("瘦高", "驼背", "白胡子", "蓝布衫"):
        assert look in chars["陈伯"].description
    assert _lines(plan) == [("阿梅", "爷爷，船要走了！"), ("陈伯", "别急，我们一起走。")]
    places = {e.name for e in plan.entities if e.kind == "location"}
    assert {"海边", "竹林"} <= places


def test_a_titled_name_of_something_is_one_character_and_a_late_she_finds_her_speaker():
    story = (
        "Professor Lin Wei, small and white-haired in a moth-eaten cardigan, bent to the eyepiece.\n\n"
        "Through the slit in the dome, the full moon hung over the snowfields, and beside it, faint and "
        "green, the comet she had waited forty years to see. Her assistant, a student named Tomás, read numbers.\n\n"
        "\"Forty years. It was worth every night,\" she whispered.\n\n"
        "The Queen of Crows, a woman who wore a cloak of grey feathers, waited at the door. "
        "\"One sack is not three,\" said the Queen."
    )
    plan = _plan(story)
    chars = _by_name(plan, "character")
    assert chars["queen of crows"].form == "human"
    assert "cloak of grey feathers" in chars["queen of crows"].description
    assert ("Lin Wei", "Forty years. It was worth every night.") in _lines(plan)
    assert ("Queen of Crows", "One sack is not three.") in _lines(plan)


def test_a_character_revealed_to_be_someone_is_one_entity():
    story = ("A woman in a scarlet coat hurried past his table. Gideon watched her go. Her name, he knew, "
             "was Clara Voss. Clara smiled.\n\nThe old keeper watches from the lighthouse. The keeper is "
             "Mara's father, Tomas, who everyone thought was dead. Tomas waves.")
    chars = _by_name(_plan(story), "character")
    assert "the woman" not in chars and "scarlet coat" in chars["clara voss"].description
    assert "the keeper" not in chars and "old keeper" in chars["tomas"].description


def test_shot_list_names_in_capitals_their_looks_and_colon_speech():
    shots = (
        "1. EWS: a snowfield under a low grey sky. A red tent flaps in the wind.\n"
        "2. MS: KARIN, a climber in an orange parka, digs at the snow with her ice axe.\n"
        "3. CU: her partner MATT, bearded, goggles pushed up, shouts \"It's coming down! Move!\"\n"
        "4. MCU: Karin grabs Matt's harness. KARIN: \"Hold on to me.\"\n"
    )
    plan = _plan(shots)
    chars = _by_name(plan, "character")
    assert set(chars) == {"karin", "matt"}
    assert "orange parka" in chars["karin"].description and "goggles" in chars["matt"].description
    assert _lines(plan) == [("Matt", "It's coming down! Move!"), ("Karin", "Hold on to me.")]


def test_chinese_names_jieba_misreads_named_people_and_colon_speech():
    story = ("下雨的傍晚，茶馆里只剩下两位客人。掌柜老周穿着灰色长衫，在柜台后面擦杯子。\n\n"
             "靠窗坐着一个年轻姑娘，名叫小兰，她梳着两条长辫子。\n\n"
             "老周走过去，给她续上热茶，问道：“姑娘，在等人吗？”\n\n小兰点点头：“等我哥哥。”")
    plan = _plan(story)
    chars = {e.name: e for e in plan.entities if e.kind == "character"}
    assert {"老周", "小兰"} <= set(chars)
    assert "灰色长衫" in chars["老周"].description and "长辫子" in chars["小兰"].description
    assert _lines(plan) == [("老周", "姑娘，在等人吗？"), ("小兰", "等我哥哥。")]
    teahouse = next(e for e in plan.entities if e.name == "茶馆")
    assert "interior" in teahouse.description


def test_shot_list_speech_without_quotes_ages_and_curly_single_quotes():
    shots = (
        "1. WS: a ruined farmhouse on the red plain at dusk.\n"
        "2. MS: GRETA, 70, in a faded apron, feeds the chickens.\n"
        "3. CU: Greta: We stay. This is our land.\n"
        "4. MCU: her grandson TOBI, 9, freckled, tugs at her sleeve. TOBI: \u2018The storm\u2019s coming, Gran.\u2019\n"
        "5. LS: they run to the cellar door.\n"
    )
    plan = _plan(shots)
    chars = _by_name(plan, "character")
    assert set(chars) == {"greta", "tobi"}
    assert chars["tobi"].form == "child" and chars["greta"].form == "human"
    assert "faded apron" in chars["greta"].description and "70" in chars["greta"].description
    assert _lines(plan) == [("Greta", "We stay. This is our land."), ("Tobi", "The storm\u2019s coming, Gran.")]
    assert {"the red plain", "the cellar"} <= {e.name for e in plan.entities if e.kind == "location"}


def test_shot_list_lines_under_a_shot_carry_its_speech():
    shots = (
        "1. EWS: a snowfield under a low grey sky.\n"
        "2. MS: KARIN, a climber in an orange parka, digs at the snow.\n"
        "   KARIN\n   (shouting)\n   It's coming down! Move!\n"
        "3. CU: Matt, bearded, looks up.\n   MATT: We'll never make it.\n"
        "4. WS: the avalanche pours over the ridge.\n   \"Hold on to me,\" Karin says.\n"
    )
    story = parse_story(shots)
    assert story.kind == "shotlist"
    plan = plan_story(story, "heuristic").plan
    assert len(plan.shots()) == 4
    assert _lines(plan) == [("Karin", "It's coming down! Move!"), ("Matt", "We'll never make it."),
                            ("Karin", "Hold on to me.")]


# ---- vehicles, voices, props ---------------------------------------------------------------------

VEHICLES = (
    "Jonas waits beside a black sedan on the empty road. A helicopter circles overhead, its searchlight "
    "sweeping the trees.\n\nA voice crackles from the radio: \"Unit four, report your position.\"\n\n"
    "Jonas climbs into the sedan and picks up the radio. \"Four here. All quiet,\" he says."
)


def test_vehicles_are_props_with_a_vehicle_form_or_a_place_once_someone_is_inside():
    plan = _plan(VEHICLES)
    props = _by_name(plan, "prop")
    assert props["sedan"].form == "car" and props["helicopter"].form == "helicopter"
    inside = next(s for s in plan.shots() if "climbs into the sedan" in s.description)
    assert plan.scene_of(inside.id).location == "the sedan"
    place = next(e for e in plan.entities if e.kind == "location" and e.name == "the sedan")
    assert place.id in inside.entities and "interior" in place.description


def test_a_voice_on_the_radio_is_a_character_without_a_body_and_used_props_are_in_their_shots():
    plan = _plan(VEHICLES)
    voice = _by_name(plan, "character")["the voice"]
    assert voice.form == "voice" and "never seen" in voice.description
    assert ("The voice", "Unit four, report your position.") in _lines(plan)
    radio = _by_name(plan, "prop")["radio"]
    pick = next(s for s in plan.shots() if "picks up the radio" in s.description)
    assert radio.id in pick.entities and radio.form == "radio"


def test_screenplay_introductions_keep_every_look_and_set_pieces_are_not_props():
    script = (
        "INT. HOSPICE ROOM - NIGHT\n\nRain on the window. EDITH MARLOWE (80s), frail, silver hair in a loose "
        "braid, lies propped on pillows.\n\nHer son DANIEL (50s), rumpled suit, loosened tie, sits by the bed.\n\n"
        "EDITH\nOpen the window. I want to hear it.\n\nHe opens the window. A NURSE in blue scrubs looks in.\n\n"
        "NURSE\nEverything all right in here?\n"
    )
    plan = _plan(script)
    chars = _by_name(plan, "character")
    for look in ("80s", "frail", "silver hair", "loose braid"):
        assert look in chars["edith marlowe"].description
    for look in ("50s", "rumpled suit", "loosened tie"):
        assert look in chars["daniel"].description
    assert "blue scrubs" in chars["nurse"].description
    assert "window" not in _by_name(plan, "prop")


def test_a_crowd_is_not_a_character_and_actions_are_not_looks():
    story = (
        "The grand hall of the city museum glittered for the gala. Two hundred guests in evening dress drifted "
        "between the glass cases.\n\nInspector Rhea Castellan, a slight woman in a borrowed black gown, watched "
        "the crowd from the mezzanine. Beside her stood Felix Orme, the museum's nervous curator, mopping his "
        "forehead with a silk handkerchief.\n\n\"If the Sun Opal goes missing tonight, I'm finished,\" Felix "
        "whispered. At ten, the lights died. A waiter with a scarred lip was already slipping out through the "
        "kitchen door."
    )
    plan = _plan(story)
    chars = _by_name(plan, "character")
    assert set(chars) == {"rhea castellan", "felix orme", "the waiter"}
    assert "mopping" not in chars["felix orme"].description
    assert "nervous curator" in chars["felix orme"].description
    assert chars["the waiter"].description.startswith("a waiter with a scarred lip")
    mezzanine = next(e for e in plan.entities if e.name == "the mezzanine")
    assert "interior" in mezzanine.description


def test_chinese_forms_of_address_quote_first_speech_tags_and_the_place_after_de():
    story = ("黄昏时分，雨越下越大。李婶撑着一把油纸伞，匆匆走进巷子口的小茶馆。\n\n"
             "茶馆里，说书人张先生正拍着醒木，台下的茶客听得入神。\n\n"
             "“张先生，我家阿宝不见了！”李婶喊道。\n\n"
             "张先生放下醒木，皱起眉头：“别慌，他往哪边去了？”")
    plan = _plan(story)
    chars = {e.name: e for e in plan.entities if e.kind == "character"}
    assert {"李婶", "张先生"} <= set(chars)
    assert "说书人" in chars["张先生"].description
    assert _lines(plan) == [("李婶", "张先生，我家阿宝不见了！"), ("张先生", "别慌，他往哪边去了？")]
    assert all(scene.location == "茶馆" for scene in plan.scenes)


def test_looks_written_as_plain_adjectives_and_a_late_sentence_about_the_hair():
    story = ("Wren Adair, a tall, gaunt man in a patched greatcoat, stepped off the train. His hair was white. "
             "He was old, bald and stooped.\n\nMarguerite met him on the platform, dressed all in black. "
             "She was small and plump. \"You came,\" she said.")
    plan = _plan(story)
    chars = _by_name(plan, "character")
    for look in ("tall", "gaunt", "patched greatcoat", "hair was white", "bald", "stooped"):
        assert look in chars["wren adair"].description
    for look in ("dressed in black", "small and plump"):
        assert look in chars["marguerite"].description
    assert ("Marguerite", "You came.") in _lines(plan)


def test_a_talking_animal_beside_a_role_that_shares_its_word_and_a_man_known_by_his_coat():
    tale = ("A goose girl with straw in her hair came to the palace gates. Under her arm she carried a grey "
            "goose.\n\n\"Good morning, Your Majesty,\" said the goose, and bowed so low that it fell over.")
    chars = _by_name(_plan(tale), "character")
    assert {"the goose", "the goose girl"} <= set(chars) and chars["the goose"].form == "duck"
    thriller = ("The man in the grey coat had followed Noor for three blocks.\n\nNoor ducked into the subway "
                "station and pushed through the turnstile. The platform was crowded.")
    plan = _plan(thriller)
    chars = _by_name(plan, "character")
    assert "grey coat" in chars["the man"].description and "coat" not in chars["noor"].description
    assert not any(e.name.startswith("the the") for e in plan.entities)
    assert "the subway station" in {e.name for e in plan.entities if e.kind == "location"}


def test_chinese_someone_described_then_named_and_an_animal_that_acts():
    story = ("雨下了一整天。街角的茶馆里，老板娘王翠正在擦桌子，她系着一条蓝围裙。\n\n"
             "门帘一掀，进来一个背着书箱的年轻书生，浑身湿透。他叫林墨，是进京赶考的。\n\n"
             "“老板娘，来一壶热茶。”林墨说。\n\n窗外，一只黑猫蹲在屋檐下，盯着他们。")
    plan = _plan(story)
    chars = {e.name: e for e in plan.entities if e.kind == "character"}
    assert "年轻书生" in chars["林墨"].description and "蓝围裙" in chars["王翠"].description
    assert chars["黑猫"].form == "cat"
    assert _lines(plan) == [("林墨", "老板娘，来一壶热茶。")]


def test_a_look_word_before_a_name_and_with_after_it():
    story = "The red-haired Sorcha waits on the quay. Sorcha with a scar across her chin smiles at old Tomas.\n\nTomas nods."
    chars = _by_name(_plan(story), "character")
    assert "red-haired" in chars["sorcha"].description and "scar across her chin" in chars["sorcha"].description
    assert "old" in chars["tomas"].description


def test_a_line_broken_by_its_speech_tag_is_one_line():
    story = "Mara pushed the door. \"Wait,\" Ilan said, \"the lock is new.\" He knelt by the frame. Ilan smiled."
    assert ("Ilan", "Wait, the lock is new.") in _lines(_plan(story))


@pytest.mark.parametrize("logline, wanted, unwanted", [
    ("An old lighthouse keeper must relight the lamp before the storm hits, 8 shots",
     "must relight the lamp before the storm hits", "keeper the storm"),
    ("A fisherman catches a golden fish, but the fish speaks and the sea rises, 8 shots",
     "The sea rises", "fisherman the sea"),
])
def test_logline_clauses_with_their_own_subject_are_told_as_sentences(logline, wanted, unwanted):
    text = " ".join(shot.description for shot in _plan(logline).shots())
    assert wanted in text and unwanted not in text


def test_a_plural_protagonist_gets_plural_verbs():
    text = " ".join(s.description for s in _plan("Two sisters steal a boat to reach their father's island, 8 shots").shots())
    assert "The two sisters reach their father's island" in text and "the two sisters' faces" in text
    assert "sisters walks" not in text and "sisters's" not in text and "sisters is" not in text


def test_a_voice_named_by_what_it_is_speaks_after_a_colon_and_a_possessive_appositive_is_a_look():
    shots = ("1. WS: a ski hut under snow.\n2. CU: the radio crackles. A VOICE on the radio: \"Clear the slope.\"\n"
             "3. MS: Ilsa whistles for BARNABY, her Bernese mountain dog.\n4. WS: Ilsa and Barnaby wade through the snow.\n")
    plan = _plan(shots)
    chars = _by_name(plan, "character")
    assert chars["the voice"].form == "voice" and ("The voice", "Clear the slope.") in _lines(plan)
    assert chars["barnaby"].form == "dog" and "bernese mountain dog" in chars["barnaby"].description.lower()


def test_unmasked_someone_is_one_entity_and_a_chinese_name_that_is_also_a_word():
    story = ("A waiter with a pencil moustache slipped through a service door. He peeled off the moustache. "
             "Underneath was Juno Park, the museum's own night guard. Juno ran.")
    chars = _by_name(_plan(story), "character")
    juno = chars.get("juno park") or chars["juno"]
    assert "the waiter" not in chars and "pencil moustache" in juno.description
    zh = "门被推开了，进来一个穿黄色雨衣的小女孩。她叫小雨，怀里抱着一只黑猫。\n\n“老板，能让我们躲躲雨吗？”小雨问。"
    plan = _plan(zh)
    assert ("小雨", "老板，能让我们躲躲雨吗？") in _lines(plan)


@pytest.mark.parametrize("story,prop,described,not_props", [
    ("Rosa, a janitor with a ring of keys on her belt, mops the floor. She unlocks the door.",
     "key", "ring of keys", {"ring"}),
    ("Leo opens a bottle of wine and sets it on the table.", "bottle", "bottle of wine", {"wine"}),
    ("Mia hands him a bunch of flowers.", "flower", "bunch of flowers", {"bunch"}),
    ("Tom finds a box of matches in the drawer.", "box", "box of matches", {"match", "matches"}),
])
def test_a_thing_of_things_is_one_prop_described_whole(story, prop, described, not_props):
    """'A ring of keys' is keys that look like a ring of them; 'a bottle of wine' is a bottle."""
    props = _by_name(_plan(story + " The house is silent. Nobody comes."), "prop")
    assert prop in props and described in props[prop].description
    assert not not_props & set(props)


def test_a_ring_of_fire_or_a_row_of_houses_is_no_prop():
    props = _by_name(_plan("A ring of fire circles the hill. A row of houses burns. Ada lifts the lantern. "
                           "Nobody comes."), "prop")
    assert set(props) == {"lantern"}


def test_a_logline_subject_keeps_its_nouns_after_a_preposition():
    """'keys' after 'of' is no verb: the protagonist is the whole phrase, not 'a janitor with a ring of'."""
    plan = _plan("A janitor with a ring of keys on her belt plans to rob the museum where she works.")
    janitor = next(e for e in plan.entities if e.kind == "character")
    assert janitor.description.startswith("a janitor with a ring of keys on her belt")


@pytest.mark.parametrize("logline,first,second,form", [
    ("A girl and her robot cross the desert to find the sea.", "the girl", "the robot", "robot"),
    ("An old man and his dog search the city for a lost key.", "the old man", "the dog", "dog"),
    ("Mara and her brother restore a lighthouse.", "mara", "the brother", "human"),
])
def test_a_logline_about_two_gives_two_characters_in_every_shot(logline, first, second, form):
    plan = _plan(logline)
    chars = _by_name(plan, "character")
    assert set(chars) == {first, second} and chars[second].form == form
    shots = plan.shots()
    assert all(chars[first].id in shot.entities for shot in shots)
    both = [s for s in shots if {chars[first].id, chars[second].id} <= set(s.entities)]
    assert len(both) >= len(shots) / 2  # close-ups frame one face; the rest show the pair
    assert not any(" and " in e.name or e.name.lower().startswith("the and") for e in plan.entities)


def test_a_drone_that_says_its_line_speaks_it_and_a_flat_voice_is_no_flat():
    plan = _plan('Noon on the plain. Ife, a pilot in a flight suit, kneels by her glider. A small drone hums '
                 'down and hovers at her shoulder. "Battery at twelve percent," it says in a flat voice. '
                 '"Then we walk," Ife says.')
    assert ("The drone", "Battery at twelve percent.") in _lines(plan)
    assert ("Ife", "Then we walk.") in _lines(plan)
    assert not any(e.kind == "location" and "flat" in e.name for e in plan.entities)


@pytest.mark.parametrize("text,place", [("She climbs the stairs to the flat above.", "flat"),
                                        ("They meet in the square at noon.", "square"),
                                        ("He sits at a square table.", None)])
def test_a_place_word_that_is_often_an_adjective_is_a_place_only_at_its_phrase_end(text, place):
    from director.planning.heuristic.script import find_location

    found = find_location(text)
    assert (found[0] if found else None) == place


def test_a_ring_of_fire_near_a_lantern_is_not_a_ring_of_lanterns():
    props = _by_name(_plan("A ring of fire near the lantern flickers. Ada lifts the lantern. Nobody comes. "
                           "The hill is dark."), "prop")
    assert set(props) == {"lantern"} and "ring" not in props["lantern"].description


def test_a_place_something_comes_down_from_is_not_a_new_scene():
    plan = _plan("Noon in the salt flats. Ife kneels by her glider and checks the canteen.\n\n"
                 "A small drone hums down from the white sky and hovers at her shoulder. Ife looks up.\n\n"
                 "By dusk they reach an abandoned mining camp. Ife sits by a truck.")
    headings = [s.heading for s in plan.scenes]
    assert headings[0].startswith("EXT. SALT FLATS") and not any("SKY" in h for h in headings)
    places = {e.name: e.setting.kind for e in plan.entities if e.kind == "location"}
    assert places["the salt flats"] == "desert" and places["the mining camp"] == "field"


def test_a_voice_with_a_colon_speaks_its_line_and_is_heard_not_seen():
    plan = _plan('Ife turns the radio dial. Static. She waits in the dark hut. Then a man\'s voice: '
                 '"Okafor? Is that you?" Ife grabs the radio. "It is me," Ife says.')
    voice = _by_name(plan, "character")["the man's voice"]
    assert voice.form == "voice"
    assert ("The man's voice", "Okafor? Is that you?") in _lines(plan)
    assert ("Ife", "It is me.") in _lines(plan)


def test_chinese_kin_before_a_name_is_who_they_are_and_common_things_are_props():
    plan = _plan("清晨，码头上雾气很重。老渔夫陈伯把渔网搬上小船。\n\n他的孙女小梅跑过来，手里拿着一盏油灯。"
                 "“爷爷，今天别出海了，”小梅说。\n\n傍晚，小梅站在灯塔下，举起油灯。")
    chars = _by_name(plan, "character")
    assert chars["小梅"].form == "child" and "孙女" in chars["小梅"].description
    props = _by_name(plan, "prop")
    assert props["油灯"].form == "lamp" and "渔网" in props
    lamp_shots = [s for s in plan.shots() if "油灯" in s.description]
    assert lamp_shots and all(props["油灯"].id in s.entities for s in lamp_shots)


def test_shot_list_angle_cues_set_the_camera_angle():
    plan = _plan("1. EWS: A frozen harbour at dawn.\n2. Low angle: Sven looks at the grey sky.\n"
                 "3. High angle: Sven alone on the ice.\n4. Aerial: Sven walks back toward the village.\n"
                 "5. Dutch angle: Sven's hands shake.\n6. MS: Sven fixes the bent aerial with wire.")
    angles = [s.camera.angle for s in plan.shots()]
    assert angles[1:5] == ["low", "high", "overhead", "dutch"]
    assert angles[5] != "overhead"  # an aerial that is an antenna is no camera cue


def test_what_people_say_sets_neither_the_place_nor_the_weather():
    plan = _plan('1. WS: Sven chips at the ice with an axe.\n2. WS: A girl skates toward him across the ice.\n'
                 '3. MCU: "Grandpa, mum says come home, a storm is coming," she says.\n'
                 '4. MS: Sven looks at the clear sky.')
    ice = next(e for e in plan.entities if e.kind == "location" and "ice" in e.name)
    assert ice.setting.kind != "home" and not ice.setting.interior
    assert not {"storm", "rain", "lightning"} & {a for s in plan.scenes for a in s.atmosphere}


def test_a_scene_that_opens_on_its_place_as_subject_is_set_there():
    plan = _plan("The gym smells of sweat and old leather. Dee hammers the heavy bag. Sal watches her.\n\n"
                 "That night the arena roars. Dee climbs into the ring. The crowd stands.")
    assert [s.heading for s in plan.scenes] == ["INT. GYM - DAY", "INT. ARENA - NIGHT"]  # an arena is roofed
    places = {e.name: e.setting for e in plan.entities if e.kind == "location"}
    assert places["the arena"].kind == "stadium"
    assert places["the gym"].kind == "stadium" and places["the gym"].interior  # a sports hall, not a classroom


def test_a_place_in_a_clause_after_the_movement_is_not_where_the_scene_goes():
    plan = plan_story(parse_story(
        "Late at night, at the ferry dock, gulls huddle in the rain. Jonah Price walks to the end of the "
        "jetty and flashes his torch until the fishing boat turns toward the beach.\n\n"
        "Jonah waits, soaked."), "heuristic").plan
    headings = [scene.heading for scene in plan.scenes]
    assert not any("BEACH" in h for h in headings), headings


@pytest.mark.parametrize("story, heading", [
    ("Courtroom two is silent on a wet Monday. Judge Ada Lowe, a tall woman in black robes, reads the verdict.\n\n"
     "The defendant stares at the floor. His lawyer, Ben Okoro, closes a folder.", "INT. COURTROOM"),
    ("Platform 4 is deserted after midnight. Mira Sand, a student with a green rucksack, checks the board.\n\n"
     "A pigeon hops along the edge. Mira yawns and sits on her rucksack.", "EXT. PLATFORM"),
])
def test_a_numbered_place_that_opens_a_story_without_an_article_is_its_place(story, heading):
    plan = plan_story(parse_story(story), "heuristic").plan
    assert plan.scenes[0].heading.startswith(heading), plan.scenes[0].heading
