"""The offline planner reads people and speech in Spanish, French, German, Italian and Portuguese:
dialogue in «…», „…“, »…« and dash lines goes to the speaker its tag names (a name, a noun with its
article, a pronoun); pronouns, articles, titles, days and common words are never characters; names
keep their accents; unnamed people, animals and robots act and speak; kin words, roles and looks are
read in the story's own words; voices fit the character and speak the story's language.

Stories here are written for these tests; every test runs the real planning graph.
"""

from __future__ import annotations

import numpy as np

from director.ingest import parse_story
from director.plan import FilmPlan
from director.planning import plan_story
from director.sound import speech


def _plan(text: str) -> FilmPlan:
    return plan_story(parse_story(text), "heuristic").plan


def _characters(plan: FilmPlan) -> dict[str, object]:
    return {e.name.lower(): e for e in plan.entities if e.kind == "character"}


def _lines(plan: FilmPlan) -> list[tuple[str, str]]:
    return [(d.speaker.lower(), d.text) for shot in plan.shots() for d in shot.dialogue]


def _variant(entity) -> str:
    return entity.voice.voice.partition("+")[2]


# ---- French -------------------------------------------------------------------------------------


FRENCH = """Hélène ouvre la boulangerie avant l'aube. Elle porte un tablier blanc.

Le boulanger arrive en courant. « Tu es en retard », dit Hélène.

« Je sais », répond le boulanger. Il pose les croissants sur le comptoir.

Sa fille Léa entre avec un chat roux. « Maman, regarde ! » crie Léa.
"""


def test_french_guillemets_go_to_the_named_speaker_and_pronouns_are_never_characters():
    plan = _plan(FRENCH)
    chars = _characters(plan)
    assert set(chars) == {"hélène", "le boulanger", "léa"}, chars.keys()
    assert _lines(plan) == [("hélène", "Tu es en retard"), ("le boulanger", "Je sais"),
                            ("léa", "Maman, regarde !")]
    assert "tablier blanc" in chars["hélène"].description
    assert chars["léa"].form == "child"  # "sa fille Léa"
    assert plan.language == "fr"
    for entity in chars.values():
        assert entity.voice.language == "fr"
    assert _variant(chars["hélène"]).startswith("f") and _variant(chars["le boulanger"]).startswith("m")


def test_french_dash_dialogue_with_a_tag_after_the_line_and_an_old_role_the_tables_lack():
    plan = _plan("Le train de nuit traverse les montagnes. Camille relit une lettre.\n\n"
                 "Un vieux contrôleur avec une casquette bleue s'approche. "
                 "« Votre billet ? » demande le contrôleur.\n\n"
                 "— Le voici, répond Camille.\n\n"
                 "— Merci, madame.\n")
    chars = _characters(plan)
    assert set(chars) == {"camille", "le contrôleur"}, chars.keys()
    assert "casquette bleue" in chars["le contrôleur"].description
    assert _lines(plan) == [("le contrôleur", "Votre billet ?"), ("camille", "Le voici."),
                            ("le contrôleur", "Merci, madame.")]
    assert _variant(chars["le contrôleur"]).startswith("old") or "grandpa" in chars["le contrôleur"].voice.voice


# ---- Spanish ------------------------------------------------------------------------------------


SPANISH = """Tomás era un pescador viejo con una gorra azul. Cada mañana salía al mar con su nieto Pablo.

—Espera —dijo Tomás—. Voy contigo.

—¡Abuelo, mira! —gritó Pablo.

Un perro ladraba en el muelle. El domingo, la vecina Carmen los saludó desde la ventana.
"""


def test_spanish_dash_dialogue_with_an_incise_is_one_speaker_and_two_lines():
    plan = _plan(SPANISH)
    chars = _characters(plan)
    assert {"tomás", "pablo", "el perro"} <= set(chars), chars.keys()
    assert not {"cada", "el domingo", "domingo", "espera", "voy", "abuelo"} & set(chars)
    assert _lines(plan) == [("tomás", "Espera. Voy contigo."), ("pablo", "¡Abuelo, mira!")]
    assert "gorra azul" in chars["tomás"].description and "pescador viejo" in chars["tomás"].description
    assert chars["pablo"].form == "child"
    assert chars["el perro"].form == "dog"
    assert chars["tomás"].voice.language == "es" and chars["tomás"].voice.rate < 1.0  # an old man


def test_spanish_roles_and_appositions_name_one_person_and_a_pronoun_tag_finds_her():
    plan = _plan("Lucía, una enfermera joven de pelo corto, llega tarde al hospital. "
                 "El doctor Ramírez la espera en la puerta.\n\n"
                 "—¿Dónde estabas? —preguntó el doctor.\n\n"
                 "—El autobús se averió —respondió ella—. Lo siento.\n\n"
                 "Una niña pequeña llora en la sala de espera.\n\n"
                 "—Tengo miedo —susurra la niña.\n")
    chars = _characters(plan)
    assert set(chars) == {"lucía", "ramírez", "la niña"}, chars.keys()
    assert "enfermera joven" in chars["lucía"].description
    assert _lines(plan) == [("ramírez", "¿Dónde estabas?"), ("lucía", "El autobús se averió. Lo siento."), ("la niña", "Tengo miedo")]
    assert chars["la niña"].form == "child"
    assert _variant(chars["lucía"]).startswith("f") and _variant(chars["ramírez"]).startswith("m")


# ---- German -------------------------------------------------------------------------------------


def test_german_quotes_nouns_after_articles_are_not_names_and_pronoun_tags_find_the_speaker():
    plan = _plan("Es regnet in der Stadt. Lena steht unter dem Vordach. Sie trägt einen roten Mantel.\n\n"
                 "Ein junger Mann mit einer nassen Jacke rennt herein. „Ist noch offen?“, fragt er.\n\n"
                 "„Nur noch zehn Minuten“, antwortet Lena.\n\n"
                 "Seine Tochter Mia wartet draußen. Ein Hund bellt. »Papa, komm!«, ruft Mia.\n")
    chars = _characters(plan)
    assert {"lena", "der mann", "mia", "der hund"} <= set(chars), chars.keys()
    assert not {"es", "sie", "stadt", "vordach", "mantel", "jacke", "papa", "minuten"} & set(chars)
    assert "roten Mantel" in chars["lena"].description
    assert "nassen Jacke" in chars["der mann"].description
    assert _lines(plan) == [("der mann", "Ist noch offen?"), ("lena", "Nur noch zehn Minuten"),
                            ("mia", "Papa, komm!")]
    assert chars["mia"].form == "child" and chars["der hund"].form == "dog"
    assert chars["lena"].voice.language == "de" and _variant(chars["der mann"]).startswith("m")


# ---- Italian ------------------------------------------------------------------------------------


def test_italian_unnamed_speakers_animals_and_robots():
    plan = _plan("Marco è un ragazzo con una giacca rossa. Ogni sera aspetta il treno alla stazione.\n\n"
                 "«Sei in ritardo», disse Marco.\n\n"
                 "«Lo so», rispose la vecchia. Lei sorride.\n\n"
                 "Un gatto nero dorme sulla panchina. Il robot della stazione dice: «Il treno è partito.»\n")
    chars = _characters(plan)
    assert {"marco", "la vecchia", "il gatto", "il robot"} <= set(chars), chars.keys()
    assert not {"lei", "ogni", "sei", "lo"} & set(chars)
    assert _lines(plan) == [("marco", "Sei in ritardo"), ("la vecchia", "Lo so"),
                            ("il robot", "Il treno è partito.")]
    assert chars["il gatto"].form == "cat" and chars["il robot"].form == "robot"
    assert "giacca rossa" in chars["marco"].description
    old = chars["la vecchia"].voice
    assert old.language == "it" and old.rate < 1.0 and _variant(chars["la vecchia"]) in ("grandma", "old_female") \
        or "grandma" in old.voice


def test_italian_kin_word_as_a_title_is_the_same_person():
    plan = _plan("Nonna Rosa prepara il pane. Suo nipote Luca entra correndo.\n\n"
                 "«Nonna, il cane è scappato!» grida Luca.\n\n"
                 "«Calma», dice la nonna. «Tornerà per cena.»\n")
    chars = _characters(plan)
    assert set(chars) == {"rosa", "luca"}, chars.keys()
    assert _lines(plan) == [("luca", "Nonna, il cane è scappato!"), ("rosa", "Calma"), ("rosa", "Tornerà per cena.")]
    assert chars["luca"].form == "child"


# ---- Portuguese ---------------------------------------------------------------------------------


def test_portuguese_dash_lines_after_narration_and_a_child_noun():
    plan = _plan("Na feira de domingo, Beatriz vende flores. Ela usa um avental verde.\n\n"
                 "Um senhor para diante da banca. — Quanto custam as rosas? — pergunta o senhor.\n\n"
                 "— Cinco euros — responde Beatriz.\n\n"
                 "Um menino corre atrás de um cão.\n")
    chars = _characters(plan)
    assert {"beatriz", "o senhor", "o menino"} <= set(chars), chars.keys()
    assert not {"ela", "na", "um", "quanto", "cinco"} & set(chars)
    assert _lines(plan) == [("o senhor", "Quanto custam as rosas?"), ("beatriz", "Cinco euros")]
    assert "avental verde" in chars["beatriz"].description
    assert chars["o menino"].form == "child"
    assert _variant(chars["beatriz"]).startswith("f") and chars["beatriz"].voice.language.startswith("pt")


# ---- shot list, and the voices speak ---------------------------------------------------------


def test_a_french_shot_list_finds_its_unnamed_speaker_and_the_line_is_heard():
    plan = _plan("1. Plan large : une plage au lever du soleil. Inès marche seule.\n"
                 "2. Gros plan : Inès ramasse un coquillage.\n"
                 "3. Plan moyen : un vieux pêcheur répare son filet. « Belle journée », dit le pêcheur.\n"
                 "4. Plan large : Inès sourit.\n")
    chars = _characters(plan)
    assert set(chars) == {"inès", "le pêcheur"}, chars.keys()
    assert _lines(plan) == [("le pêcheur", "Belle journée")]
    voice = chars["le pêcheur"].voice
    said = speech.speak("Belle journée", voice)
    assert said.skipped is None and len(said.samples) / said.sample_rate > 0.4
    assert float(np.sqrt(np.mean(np.square(said.samples)))) > 0.01  # heard, not silence


# ---- titles, days, introductions, loglines --------------------------------------------------


def test_titles_days_and_pronouns_are_not_characters_but_the_titled_name_is():
    plan = _plan("Lundi, Monsieur Lefèvre ouvre la librairie. Il porte un costume gris.\n\n"
                 "« Bonjour ! » dit Madame Roux en entrant. Elle cherche un livre.\n\n"
                 "« Voilà », répond Monsieur Lefèvre.\n")
    chars = _characters(plan)
    assert set(chars) == {"lefèvre", "roux"}, chars.keys()
    assert "costume gris" in chars["lefèvre"].description
    assert _lines(plan) == [("roux", "Bonjour !"), ("lefèvre", "Voilà")]
    assert _variant(chars["lefèvre"]).startswith("m") and _variant(chars["roux"]).startswith("f")


def test_a_name_given_after_the_person_is_met_is_one_character():
    plan = _plan("Un niño con una mochila roja entra en la panadería. Se llama Leo.\n\n"
                 "—Una barra, por favor —pide Leo.\n\n"
                 "La panadera sonríe y le da el pan.\n")
    chars = _characters(plan)
    assert set(chars) == {"leo", "la panadera"}, chars.keys()
    assert "mochila roja" in chars["leo"].description and chars["leo"].form == "child"
    assert _lines(plan) == [("leo", "Una barra, por favor")]


def test_a_spanish_logline_names_its_people_in_its_own_words():
    plan = _plan("Una pescadora vieja y su perro buscan una isla perdida en medio de la tormenta.")
    chars = _characters(plan)
    assert set(chars) == {"la pescadora", "el perro"}, chars.keys()
    assert "pescadora vieja" in chars["la pescadora"].description
    assert chars["el perro"].form == "dog"


def test_italian_title_a_verb_before_its_subject_and_dash_lines():
    plan = _plan("Il signor Bianchi apre la sua bottega alle otto. È un uomo basso con un grembiule marrone.\n\n"
                 "Entra una bambina con un cane piccolo.\n\n"
                 "— Buongiorno! Vorrei del pane — dice la bambina.\n\n"
                 "— Ecco, piccola — risponde Bianchi.\n")
    chars = _characters(plan)
    assert plan.language == "it"
    assert set(chars) == {"bianchi", "la bambina"}, chars.keys()  # "È un uomo" says who Bianchi is
    assert "grembiule marrone" in chars["bianchi"].description
    assert "cane piccolo" in chars["la bambina"].description and chars["la bambina"].form == "child"
    assert _lines(plan) == [("la bambina", "Buongiorno! Vorrei del pane"), ("bianchi", "Ecco, piccola")]
    assert _variant(chars["bianchi"]).startswith("m")


def test_spanish_guillemets_and_a_line_that_goes_on_without_a_tag():
    plan = _plan("En la estación, Elena espera con una maleta. Lleva un abrigo largo.\n\n"
                 "Un anciano se sienta a su lado. «¿Adónde va?», pregunta el anciano.\n\n"
                 "«A Granada», contesta Elena. «Mi madre está enferma.»\n")
    chars = _characters(plan)
    assert set(chars) == {"elena", "el anciano"}, chars.keys()
    assert "abrigo largo" in chars["elena"].description
    assert _lines(plan) == [("el anciano", "¿Adónde va?"), ("elena", "A Granada"),
                            ("elena", "Mi madre está enferma.")]
    assert chars["el anciano"].voice.rate < 1.0  # an old man's voice


def test_speaker_cues_with_accents_in_a_shot_list_and_a_screenplay():
    plan = _plan("1. Plano general: un mercado al amanecer. Álvaro monta su puesto.\n"
                 "2. Plano medio: Álvaro cuenta monedas.\n"
                 "ÁLVARO: Buenos días.\n"
                 "3. Primer plano: una vendedora vieja sonríe.\n"
                 "INÉS: Hoy hace frío.\n")
    assert {"álvaro", "inés"} <= set(_characters(plan))
    assert _lines(plan) == [("álvaro", "Buenos días."), ("inés", "Hoy hace frío.")]
    screenplay = plan_story(parse_story("INT. CUISINE - NUIT\n\nÉLODIE (40 ans, un pull rouge) fait la vaisselle. "
                                        "MARC entre.\n\nMARC\nTu dors pas ?\n\nÉLODIE\nPas encore.\n",
                                        "scene.fountain"), "heuristic").plan
    chars = _characters(screenplay)
    assert set(chars) == {"élodie", "marc"} and "pull rouge" in chars["élodie"].description
    assert _lines(screenplay) == [("marc", "Tu dors pas ?"), ("élodie", "Pas encore.")]


def test_an_italian_name_in_o_gets_a_mans_voice_when_the_text_says_nothing_else():
    plan = _plan("Giulia e Paolo guardano la pioggia dalla finestra.\n\n"
                 "«Piove ancora», dice Giulia.\n\n«Domani no», risponde Paolo.\n")
    chars = _characters(plan)
    assert _variant(chars["giulia"]).startswith("f") and _variant(chars["paolo"]).startswith("m")


def test_kin_words_inside_speech_say_nothing_of_the_speaker_and_an_aside_between_commas_is_a_person():
    plan = _plan("No Rio, a festa começa. Mariana, uma cantora de cabelos cacheados, sobe ao palco.\n\n"
                 "“Esta música é para o meu avô”, diz Mariana.\n\n"
                 "Lá fora, Tiago, doze anos, corre com um cachorro.\n")
    chars = _characters(plan)
    assert {"mariana", "tiago"} <= set(chars) and not {"rio", "lá"} & set(chars), chars.keys()
    assert _variant(chars["mariana"]).startswith("f")
    assert _lines(plan) == [("mariana", "Esta música é para o meu avô")]


def test_a_full_name_keeps_its_apposition_and_a_saint_names_a_place():
    plan = _plan("Al amanecer, en el muelle de San Telmo, la pescadora Rosa Amador, una mujer de sesenta años "
                 "con un jersey gris, prepara las redes. Rosa canta.\n\n"
                 "Le matin, rue Saint-Michel, Paul Martin, un homme grand avec un manteau noir, ouvre la "
                 "boutique. Paul sourit.")
    chars = {e.name: e for e in plan.entities if e.kind == "character"}
    assert set(chars) == {"Rosa Amador", "Paul Martin"}  # no "San Telmo", no "Michel"
    assert "jersey gris" in chars["Rosa Amador"].description
    assert "manteau noir" in chars["Paul Martin"].description


def test_the_spanish_example_plans_its_people_places_and_lines():
    from pathlib import Path

    from director.ingest import read_story

    plan = plan_story(read_story(Path(__file__).resolve().parent.parent / "examples" / "spanish.txt"),
                      "heuristic").plan
    chars = {e.name: e for e in plan.entities if e.kind == "character"}
    assert set(chars) == {"Rosa Amador", "Chispa", "Leo"}
    assert chars["Chispa"].form == "dog" and chars["Leo"].form == "child"
    assert {d.speaker for s in plan.shots() for d in s.dialogue} == {"Leo", "Rosa Amador"}
    assert [s.time_of_day for s in plan.scenes][-1] == "night"
    assert len(plan.scenes) == 3 and all(e.setting for e in plan.entities if e.kind == "location")
