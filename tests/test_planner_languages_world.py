"""The offline planner reads places, scenes, time, weather and props of stories in Spanish, French,
German, Italian and Portuguese (real LangGraph runs of the heuristic planner, then the shared
world stage)."""

from __future__ import annotations

import pytest

from director.ingest import guess_language, parse_story
from director.plan import FilmPlan
from director.planning import plan_story
from director.planning.heuristic.languages import world as lang_world

ES = """El faro

Al atardecer, Tomás sube al faro con una lámpara de aceite. Sopla un viento helado.

Esa noche, en la cocina de su casa, su hija Rosa lee una carta junto a la chimenea. «Mañana va a llover», dice ella.

Al día siguiente, por la mañana, Tomás camina por el bosque bajo la nieve. Lleva una mochila vieja y un hacha.
"""

FR = """Le marché

Le matin, Claire ouvre sa boutique sur la place du village. Elle pose un panier de pommes sur le comptoir.

Dans la boutique, il fait sombre ; elle allume une bougie.

Plus tard, elle court vers le pont sous une pluie battante. Un éclair déchire le ciel.

À neuf heures du soir, elle entre dans l'église avec une clé ancienne.
"""

DE = """Die Hütte

In der Nacht sitzt Jonas in der Hütte. Draußen fällt Schnee. Er putzt eine Laterne und legt eine Axt auf den Tisch.

Am nächsten Morgen geht er zum Hafen. Dichter Nebel liegt über dem Wasser.

Um zwölf Uhr mittags steht er auf dem Dorfplatz und wartet.
"""

IT = """Il viaggio

Al tramonto Giulia arriva al porto con una valigia. Soffia un vento freddo.

Nel bar del porto beve qualcosa e scrive una lettera.

Quella notte dorme in albergo. Fuori piove.

Il giorno dopo, alle sette di mattina, sale sulla montagna sotto la neve.
"""

PT = """A ilha

Ao amanhecer, Rui rema o barco até a ilha.

Na praia, ele encontra uma caixa de madeira. Há uma tempestade no horizonte.

Naquela noite, no farol, acende uma lanterna. Relâmpagos iluminam o mar.
"""


def _plan(text: str) -> FilmPlan:
    return plan_story(parse_story(text), "heuristic").plan


def _scenes(plan: FilmPlan) -> list[tuple[str, str, list[str]]]:
    return [(s.heading, s.time_of_day, s.atmosphere) for s in plan.scenes]


def _locations(plan: FilmPlan) -> dict[str, tuple[bool, str]]:
    return {e.name: (e.setting.interior, e.setting.kind) for e in plan.entities if e.kind == "location"}


def _props(plan: FilmPlan) -> dict[str, str]:
    return {e.name: e.form for e in plan.entities if e.kind == "prop"}


@pytest.fixture(scope="module")
def plans() -> dict[str, FilmPlan]:
    return {lang: _plan(text) for lang, text in {"es": ES, "fr": FR, "de": DE, "it": IT, "pt": PT}.items()}


@pytest.mark.parametrize("lang", ["es", "fr", "de", "it", "pt"])
def test_each_language_is_recognised(lang: str) -> None:
    text = {"es": ES, "fr": FR, "de": DE, "it": IT, "pt": PT}[lang]
    assert guess_language(text) == lang


def test_spanish_places_time_weather_and_props(plans: dict[str, FilmPlan]) -> None:
    plan = plans["es"]
    headings = [h for h, _, _ in _scenes(plan)]
    assert headings == ["EXT. FARO - DUSK", "INT. COCINA - NIGHT", "EXT. BOSQUE - MORNING"]
    atmosphere = [a for _, _, a in _scenes(plan)]
    assert "wind" in atmosphere[0] and "lamplight" in atmosphere[0]
    assert "firelight" in atmosphere[1] and "rain" not in atmosphere[1]  # rain is only spoken of
    assert "snow" in atmosphere[2]
    assert [s.shots[0].transition for s in plan.scenes][1:] == ["fade", "fade"]  # "Esa noche", "Al día siguiente"
    assert _locations(plan) == {"el faro": (False, "sea"), "la cocina": (True, "home"), "el bosque": (False, "forest")}
    props = _props(plan)
    assert props["lámpara"] == "lamp" and props["carta"] == "letter"
    assert props["mochila"] == "bag" and props["hacha"] == "tool"


def test_french_scene_opens_on_its_place_and_a_clock_time_sets_the_evening(plans: dict[str, FilmPlan]) -> None:
    plan = plans["fr"]
    assert [h for h, _, _ in _scenes(plan)] == [
        "EXT. PLACE - MORNING", "INT. BOUTIQUE - MORNING", "EXT. PONT - MORNING", "INT. ÉGLISE - NIGHT"]
    assert {"rain", "lightning"} <= set(plan.scenes[2].atmosphere)
    assert "lamplight" in plan.scenes[1].atmosphere  # the candle
    assert _locations(plan) == {"la place": (False, "street"), "la boutique": (True, "shop"),
                                "le pont": (False, "bridge"), "l'église": (True, "church")}
    props = _props(plan)
    assert props["bougie"] == "candle" and props["clé"] == "key" and props["panier"] == "bag"
    described = {e.name: e.description for e in plan.entities}
    assert described["panier"] == "panier de pommes"


def test_german_nouns_compounds_and_time(plans: dict[str, FilmPlan]) -> None:
    plan = plans["de"]
    assert [h for h, _, _ in _scenes(plan)] == [
        "INT. HÜTTE - NIGHT", "EXT. HAFEN - MORNING", "EXT. DORFPLATZ - DAY"]
    assert "snow" in plan.scenes[0].atmosphere and "lamplight" in plan.scenes[0].atmosphere
    assert "fog" in plan.scenes[1].atmosphere
    assert _locations(plan) == {"Hütte": (True, "home"), "Hafen": (False, "harbour"),
                                "Dorfplatz": (False, "street")}
    assert _props(plan) == {"Laterne": "lantern", "Axt": "tool"}


def test_italian_places_after_contractions_and_bare_prepositions(plans: dict[str, FilmPlan]) -> None:
    plan = plans["it"]
    assert [h for h, _, _ in _scenes(plan)] == [
        "EXT. PORTO - DUSK", "INT. BAR - DUSK", "INT. ALBERGO - NIGHT", "EXT. MONTAGNA - MORNING"]
    assert "wind" in plan.scenes[0].atmosphere
    assert "rain" in plan.scenes[2].atmosphere and "snow" in plan.scenes[3].atmosphere
    assert _locations(plan)["la montagna"] == (False, "mountain")
    assert _locations(plan)["il bar"] == (True, "shop")
    props = _props(plan)
    assert props["valigia"] == "case" and props["lettera"] == "letter"


def test_portuguese_storm_brings_rain_and_wind(plans: dict[str, FilmPlan]) -> None:
    plan = plans["pt"]
    assert [h for h, _, _ in _scenes(plan)] == ["EXT. ILHA - DAWN", "EXT. PRAIA - DAWN", "EXT. FAROL - NIGHT"]
    assert {"storm", "rain", "wind"} <= set(plan.scenes[1].atmosphere)
    assert "lightning" in plan.scenes[2].atmosphere and "lamplight" in plan.scenes[2].atmosphere
    assert _locations(plan)["a praia"] == (False, "beach")
    props = _props(plan)
    assert props["caixa"] == "box" and props["lanterna"] == "lantern" and props["barco"] == "boat"


def test_body_parts_people_weather_and_places_are_never_props() -> None:
    plan = _plan("La tormenta\n\nEn la cocina, Ana levanta la mano y mira a su madre. La lluvia golpea "
                 "la ventana de la cocina. Ana abre una botella de leche.")
    assert _props(plan) == {"botella": "bottle"}


def test_spanish_shot_list_sets_sizes_and_places() -> None:
    plan = _plan("1. Plano general: una estación vacía al amanecer.\n"
                 "2. Primer plano: las manos de Ana sobre una maleta.\n"
                 "3. Plano medio: Ana sube al tren.\n")
    sizes = [shot.camera.shot_size for scene in plan.scenes for shot in scene.shots]
    assert sizes == ["WS", "CU", "MS"]
    assert plan.scenes[0].heading.startswith("EXT. ESTACIÓN")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Ana llega a las nueve de la noche.", "night"),
    ("es", "Ana llega a las nueve.", None),  # morning or evening: the words do not say
    ("fr", "Il part à quatre heures du matin.", "dawn"),
    ("de", "Sie kommt um 21 Uhr.", "night"),
    ("it", "Arriva alle tre del pomeriggio.", "afternoon"),
    ("pt", "Chega às oito da manhã.", "morning"),
    ("pt", "Mais tarde, ela volta.", None),  # "later" is no afternoon
    ("es", "Llega tarde al trabajo.", None),
    ("de", "Morgen fahren wir.", None),  # tomorrow, not the morning
])
def test_clock_times_and_time_words(lang: str, text: str, expected: str | None) -> None:
    assert lang_world.find_time_of_day(text, lang) == expected


def test_english_story_stays_english() -> None:
    """An English story is read by the English rules: "vent" is no French wind."""
    story = parse_story("Maya walks into the kitchen with a lantern. Steam hisses from the vent above the stove. "
                        "She sets a bottle of milk on the table.")
    assert story.language == "en"
    plan = plan_story(story, "heuristic").plan
    assert plan.scenes[0].heading == "INT. KITCHEN - DAY"
    assert plan.scenes[0].atmosphere == ["lamplight"]


def test_a_place_a_verb_of_going_takes_as_its_object_starts_a_scene() -> None:
    plan = _plan("El puente\n\nEn la plaza, Mateo espera a su hermana. Mira el reloj de la iglesia.\n\n"
                 "Después cruza el puente y atraviesa el mercado. Compra una manzana.")
    assert [s.heading for s in plan.scenes] == ["EXT. PLAZA - DAY", "EXT. MERCADO - DAY"]
    assert _locations(plan)["el mercado"] == (False, "shop")  # a market is drawn outdoors


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Cette nuit-là, la mer gronde.", "night"),
    ("fr", "L'après-midi, il dort.", "afternoon"),
    ("pt", "À meia-noite, o sino toca.", "night"),
])
def test_time_words_joined_by_hyphens(lang: str, text: str, expected: str) -> None:
    assert lang_world.find_time_of_day(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "María sale de la cocina y corre al jardín.", "jardín"),
    ("es", "María sale de la cocina.", None),  # only left behind
    ("fr", "Le soir, Odile monte en haut du phare. Le vent souffle sur la mer.", "phare"),
    ("de", "Dann betritt er die Küche.", "küche"),
    ("it", "Marco esce dal bar e va in piazza.", "piazza"),
    ("pt", "Inês sai da igreja e caminha até o cais.", "cais"),
    ("es", "En la cocina, Ana lee una carta.", None),  # no one goes anywhere
])
def test_where_a_sentence_goes(lang: str, text: str, expected: str | None) -> None:
    found = lang_world.moved_to(text, lang)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(("text", "heading", "atmosphere", "props"), [
    ("Un vieux marin répare son bateau dans le port, sous la neige.", "EXT. PORT - DAY", ["snow"], {"bateau": "boat"}),
    ("Una niña busca una llave en el bosque bajo la lluvia.", "EXT. BOSQUE - DAY", ["rain"], {"llave": "key"}),
])
def test_a_one_sentence_story_is_read_as_told(text: str, heading: str, atmosphere: list[str],
                                              props: dict[str, str]) -> None:
    """The logline expansion reads English; a logline in another language keeps its own place."""
    plan = _plan(text)
    assert [s.heading for s in plan.scenes] == [heading]
    assert plan.scenes[0].atmosphere == atmosphere
    assert _props(plan) == props


def test_dialogue_after_a_dash_sets_no_weather() -> None:
    plan = _plan("La granja\n\nPedro y su abuela viven en una granja. Por la tarde, el cielo se oscurece.\n\n"
                 "—Va a llover —dice la abuela—. Trae las gallinas.\n\n"
                 "Pedro corre al establo con una cuerda. Un relámpago ilumina el campo.")
    assert plan.scenes[0].heading == "EXT. GRANJA - AFTERNOON" and "rain" not in plan.scenes[0].atmosphere
    assert "lightning" in plan.scenes[1].atmosphere and _props(plan) == {"cuerda": "rope"}


def test_german_home_and_compound_places() -> None:
    plan = _plan("Die Reise\n\nFrau Weber packt zu Hause ihre Tasche. Draußen schneit es.\n\n"
                 "Am Abend erreicht sie das Hotel am Marktplatz. Sie öffnet das Fenster.\n\n"
                 "Am nächsten Morgen geht sie über den Dorfplatz zum Bahnhof.")
    assert [s.heading for s in plan.scenes] == ["INT. ZUHAUSE - DAY", "INT. HOTEL - EVENING",
                                                "EXT. BAHNHOF - MORNING"]
    assert "snow" in plan.scenes[0].atmosphere
    assert _locations(plan)["Zuhause"] == (True, "home")
    assert lang_world.find_location("Sie wartet auf dem Marktplatz.", "de") == ("marktplatz", "Marktplatz")
    assert lang_world.find_location("Sie wartet auf dem Dorfplatz.", "de") == ("dorfplatz", "Dorfplatz")


def test_italian_plurals_and_a_verb_that_looks_like_a_place() -> None:
    assert lang_world.find_location("Nella borsa porta una lettera.", "it") is None  # "porta": carries
    assert lang_world.find_location("Lavora nei porti del nord.", "it") == ("porto", "i porti")
    assert lang_world.find_location("Gioca tra le barche.", "it") == ("barca", "le barche")
    assert lang_world.find_location("Dorme nelle stazioni.", "it") == ("stazione", "le stazioni")


def test_clothes_are_worn_not_props() -> None:
    plan = _plan("La postina\n\nAll'alba, Teresa, una postina con un cappotto blu e un cappello, carica una "
                 "borsa sulla bicicletta davanti all'ufficio postale.\n\nPoi pedala verso la stazione.")
    assert _props(plan) == {"borsa": "bag", "bicicletta": "bicycle"}
    assert [s.heading for s in plan.scenes] == ["INT. UFFICIO - DAWN", "EXT. STAZIONE - DAWN"]


@pytest.mark.parametrize(("text", "headings", "sizes"), [
    ("1. Plan large : une gare vide à l'aube, sous la neige.\n2. Gros plan : la main de Léa serre une valise.\n"
     "3. Plan moyen : Léa monte dans le train.\n", ["EXT. GARE - DAWN", "INT. TRAIN - DAWN"], ["WS", "CU", "MS"]),
    ("1. Totale: ein leerer Bahnhof im Morgengrauen.\n2. Nahaufnahme: Leas Hand hält einen Koffer.\n"
     "3. Halbnahe: Lea steigt in den Zug.\n", ["EXT. BAHNHOF - DAWN", "INT. ZUG - DAWN"], ["WS", "CU", "MS"]),
])
def test_french_and_german_shot_lists(text: str, headings: list[str], sizes: list[str]) -> None:
    plan = _plan(text)
    assert [s.heading for s in plan.scenes] == headings
    assert [shot.camera.shot_size for s in plan.scenes for shot in s.shots] == sizes


def test_lighting_follows_the_story_s_weather_words(plans: dict[str, FilmPlan]) -> None:
    lighting = {s.heading: s.shots[0].lighting for s in plans["pt"].scenes}
    assert "rain-streaked" in lighting["EXT. PRAIA - DAWN"]  # "uma tempestade"
    lighting = {s.heading: s.shots[0].lighting for s in plans["de"].scenes}
    assert "diffused through fog" in lighting["EXT. HAFEN - MORNING"]  # "Dichter Nebel"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Au fond de la forêt, un vieil homme coupe du bois.", "forêt"),
    ("es", "Al otro lado del río, Diego encuentra una cueva.", "río"),
    ("es", "Dentro de la cueva hace frío.", "cueva"),
    ("de", "Im dunklen Wald ruft eine Eule.", "wald"),
    ("es", "Con su hermano mira la casa.", None),  # a house looked at, not where the sentence is
])
def test_a_sentence_that_opens_on_where_it_happens(lang: str, text: str, expected: str | None) -> None:
    found = lang_world.opening_place(text, lang)
    assert (found[0] if found else None) == expected


def test_a_spanish_screenplay_reads_its_headings_time() -> None:
    story = parse_story("Title: La visita\n\nINT. COCINA - NOCHE\n\nMarta corta una barra de pan. Llueve contra "
                        "la ventana.\n\nMARTA\n¿Quién es?\n\nEXT. JARDÍN - TARDE\n\nUn perro corre entre los "
                        "árboles.\n\nEXT. JARDÍN - CONTINUO\n\nLa niebla cubre la hierba.\n\nEXT. PLAYA - AMANECER"
                        "\n\nMarta camina por la arena.\n")
    assert story.kind == "fountain"
    plan = plan_story(story, "heuristic").plan
    assert [(s.time_of_day, s.atmosphere) for s in plan.scenes] == [
        ("night", ["rain"]), ("afternoon", []), ("afternoon", ["fog"]), ("dawn", [])]
    assert {e.name: e.setting.kind for e in plan.entities if e.kind == "location"} == {
        "Cocina": "home", "Jardín": "garden", "Playa": "beach"}
    assert _props(plan) == {"barra": "bread"}


def test_the_word_tables_speak_the_shared_vocabularies() -> None:
    """Every kind, prop form, atmosphere and feature the tables give is a word of director.vocab."""
    from director import vocab
    from director.planning.heuristic.languages import world_words

    for lang in lang_world.LANGUAGES:
        assert set(world_words.PLACE_TABLE[lang]) <= set(vocab.SETTING_KINDS)
        assert set(world_words.PROP_TABLE[lang]) <= set(vocab.PROP_FORMS)
        assert set(world_words.ATMOSPHERE_TABLE[lang]) <= set(vocab.ATMOSPHERE)
        assert set(world_words.FEATURE_TABLE[lang]) <= set(vocab.SETTING_FEATURES)
        assert {size for _, size in world_words.SHOT_SIZE_CUES[lang]} <= {"ECU", "CU", "MCU", "MS", "MLS", "LS", "WS", "EWS"}


@pytest.mark.parametrize(("lang", "name", "context", "inside"), [
    ("es", "la casa", "Ana espera frente a la casa.", False),
    ("de", "Haus", "Er steht vor dem Haus.", False),
    ("es", "la cueva", "Dentro de la cueva hace frío.", True),
    ("fr", "l'église", "Elle attend devant l'église.", False),
    ("it", "la chiesa", "Aspetta davanti alla chiesa.", False),
    ("pt", "a igreja", "Espera em frente à igreja.", False),
    ("es", "la casa", "Ana entra en la casa.", None),
])
def test_said_inside_or_outside(lang: str, name: str, context: str, inside: bool | None) -> None:
    assert lang_world.said_inside(name, context, lang) is inside


def test_a_place_outside_which_the_story_stands_is_drawn_outside() -> None:
    plan = _plan("Der Regen\n\nJonas wartet vor dem Haus. Es regnet. Er schaut zweimal auf die Uhr und dann "
                 "auf die Straße.\n\nSpäter sitzt er in der Küche und trinkt Tee.")
    assert _locations(plan)["Haus"] == (False, "home")
    assert _locations(plan)["Straße"] == (False, "street")  # seen from the scene, not inside its heading
    assert _locations(plan)["Küche"] == (True, "home")
