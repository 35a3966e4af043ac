"""The offline planner reads who is who in Spanish, French, German, Italian and Portuguese stories:
a name given by a naming word ("llamado", "namens", "di nome") or after a possessive and an animal
("sa jument Perle") is that animal or person, with its form; ages written as numbers or words make
a child; looks in appositions reach the description; titles and surnames are one character; a
pronoun tag finds the last person mentioned; a reveal ("É o irmão dela, Rui") names the one met.

Stories here are written for these tests; every test runs the real planning graph.
"""

from __future__ import annotations

from tests.test_planner_languages_people import _characters, _lines, _plan


def test_a_naming_word_gives_the_animal_its_name_and_form_in_every_language():
    stories = {
        "es": ("Marta cruza el puente al alba. La sigue una mula vieja llamada Canela. Canela se detiene.\n\n"
               "«Vamos, Canela», dice Marta.", "canela", "horse"),
        "fr": ("Le vieux Bastien pêche sur le quai. Un chat tigré nommé Biscotte guette les poissons.\n\n"
               "« Pas touche, Biscotte », dit Bastien. Biscotte s'enfuit.", "biscotte", "cat"),
        "de": ("Jonas wartet am Bahnsteig. Neben ihm sitzt ein alter Dackel namens Krümel.\n\n"
               "„Bleib hier, Krümel“, sagt Jonas. Krümel gähnt.", "krümel", "dog"),
        "it": ("Teresa apre la stalla. Un puledro di nome Fulmine corre nel prato.\n\n"
               "«Piano, Fulmine!» grida Teresa. Fulmine si ferma.", "fulmine", "horse"),
        "pt": ("Joana lava a roupa no rio. Um vira-lata chamado Biscoito late para os patos.\n\n"
               "— Quieto, Biscoito! — grita Joana. Biscoito abana o rabo.", "biscoito", "dog"),
    }
    for language, (story, name, form) in stories.items():
        plan = _plan(story)
        chars = _characters(plan)
        assert plan.language == language
        assert name in chars, (language, list(chars))
        assert chars[name].form == form, (language, chars[name].form, chars[name].description)
        # the animal is one character, never also "the dog" beside its name
        assert sum(1 for e in chars.values() if e.form == form) == 1, (language, list(chars))


def test_a_possessive_and_an_animal_before_a_name_make_that_animal():
    plan = _plan("Clémence selle sa jument Perle avant l'orage. Perle hennit.\n\n"
                 "« Doucement, Perle », murmure Clémence.")
    chars = _characters(plan)
    assert chars["perle"].form == "horse"
    assert chars["clémence"].form == "human"
    plan = _plan("Rui chama o seu cão Farol. Farol corre pela praia.\n\n— Aqui, Farol! — grita Rui.")
    chars = _characters(plan)
    assert chars["farol"].form == "dog", chars["farol"].description


def test_ages_in_numbers_or_words_make_a_child_and_stay_in_the_look():
    stories = {
        "es": ("Una niña de siete años espera en la parada. «¿Viene el autobús?», pregunta la niña.", "la niña", "siete años"),
        "fr": ("Un garçon de 9 ans pousse la porte du musée. « Bonjour ! » crie le garçon.", "le garçon", "9 ans"),
        "de": ("Ein achtjähriges Mädchen klettert auf den Zaun. „Hallo!“, ruft das Mädchen.", "das mädchen", "achtjähriges"),
        "it": ("Un ragazzo di undici anni ripara la bicicletta. «Ci sono quasi», dice il ragazzo.", "il ragazzo", "undici anni"),
        "pt": ("Um rapaz de oito anos sobe na árvore. — Olha! — grita o rapaz.", "o rapaz", "oito anos"),
    }
    for language, (story, name, words) in stories.items():
        chars = _characters(_plan(story))
        assert name in chars, (language, list(chars))
        assert chars[name].form == "child", (language, chars[name].description)
        assert words in chars[name].description, (language, chars[name].description)
    # a grown-up's age says nothing of a child
    chars = _characters(_plan("Un homme de quarante ans répare le toit. « Encore une tuile », dit l'homme."))
    assert chars["l'homme"].form == "human"


def test_looks_in_appositions_and_after_with_reach_the_description():
    chars = _characters(_plan("Una anciana menuda, de ojos grises, con un bastón de nogal, cruza la plaza. "
                              "«Buenas tardes», dice la anciana. Los niños de la calle no la miran."))
    description = chars["la anciana"].description
    for word in ("ojos grises", "bastón de nogal"):
        assert word in description, description
    chars = _characters(_plan("Ein bärtiger Mann mit grüner Jacke öffnet das Tor. „Willkommen“, sagt der Mann."))
    assert "grüner Jacke" in chars["der mann"].description and "bärtiger" in chars["der mann"].description
    chars = _characters(_plan("Un vieil homme barbu, aux lunettes rondes, nourrit les pigeons. "
                              "« Venez, petits », dit le vieil homme."))
    description = next(e for e in chars.values() if "homme" in e.name.lower()).description
    assert "barbu" in description and "lunettes rondes" in description, description
    chars = _characters(_plan("Uma mulher baixa, de avental florido, abre a janela da cozinha.\n\n— Bom dia! — diz a mulher. "
                              "A rua ainda está vazia e o padeiro não chegou."))
    assert "avental florido" in chars["a mulher"].description
    chars = _characters(_plan("Un uomo con una giacca a quadri entra nel bar. «Un caffè», dice l'uomo. "
                              "Il bancone è vuoto e la radio suona piano."))
    assert "giacca a quadri" in chars["l'uomo"].description


def test_titles_and_surnames_are_one_character_each():
    plan = _plan("La dueña del quiosco, doña Amparo, ordena los periódicos. Don Aurelio llega con su bastón.\n\n"
                 "—Buenos días, doña Amparo —dice Don Aurelio.\n\n—Llega tarde, señor —responde Amparo.")
    chars = _characters(plan)
    assert set(chars) == {"amparo", "aurelio"}, list(chars)
    assert {speaker for speaker, _ in _lines(plan)} == {"aurelio", "amparo"}
    plan = _plan("Herr Vogt repariert das Fahrrad. Anna Kessler wartet an der Tür. „Ist es fertig?“, fragt Kessler.\n\n"
                 "„Gleich“, sagt Vogt. Kessler lacht und setzt sich auf die Bank.")
    chars = _characters(plan)
    assert set(chars) == {"vogt", "anna kessler"}, list(chars)
    assert _lines(plan) == [("anna kessler", "Ist es fertig?"), ("vogt", "Gleich")]
    assert chars["vogt"].voice.voice.partition("+")[2].startswith("m")
    plan = _plan("Monsieur Lefèvre ouvre sa librairie. Madame Duval entre avec un parapluie.\n\n"
                 "« Vous avez mon livre ? » demande Madame Duval. « Bien sûr », répond Lefèvre.")
    chars = _characters(plan)
    assert set(chars) == {"lefèvre", "duval"}, list(chars)
    assert _lines(plan) == [("duval", "Vous avez mon livre ?"), ("lefèvre", "Bien sûr")]


def test_a_role_before_a_name_and_a_pronoun_tag_find_the_speaker():
    plan = _plan("Der Gärtner Emil schneidet die Rosen. „Schon wieder Regen“, murmelt er.\n\n"
                 "Die Sonne kommt nicht. Er geht zurück ins Haus.")
    chars = _characters(plan)
    assert "emil" in chars, list(chars)
    assert _lines(plan) == [("emil", "Schon wieder Regen")]
    plan = _plan("La jardinera Nuria riega el huerto. Su gato duerme al sol.\n\n«Qué calor», dice ella. "
                 "El cielo no tiene nubes.")
    assert _lines(plan) == [("nuria", "Qué calor")]


def test_a_reveal_names_the_one_just_met():
    plan = _plan("Une femme descend du bus avec une valise. Le vieux pêcheur la regarde.\n\n"
                 "C'était sa fille Margot. « Papa ! » crie Margot.")
    chars = _characters(plan)
    assert "margot" in chars and "la femme" not in chars, list(chars)
    assert "valise" in chars["margot"].description or "femme" in chars["margot"].description
    plan = _plan("Um velho de boné azul entra no bar e pede um café.\n\nÉ Seu Antônio. — Bom dia — diz ele. "
                 "O garçom sorri e serve o café.")
    chars = _characters(plan)
    assert "antônio" in chars and "o velho" not in chars, list(chars)
    assert "boné azul" in chars["antônio"].description


def test_german_sie_with_a_plural_verb_is_they_and_never_pulls_in_a_woman():
    plan = _plan("Lena backt Brot in der Küche. Der Ofen ist heiß.\n\n"
                 "Im Garten rollen Tom und Ben eine große Kugel aus Schnee. Sie bauen einen Schneemann.\n\n"
                 "Später ruft Lena aus dem Fenster. Tom und Ben laufen ins Haus.")
    chars = {e.id: e.name.lower() for e in plan.entities if e.kind == "character"}
    assert set(chars.values()) == {"lena", "tom", "ben"}, chars
    garden = plan.shots()[1]
    assert sorted(chars[i] for i in garden.entities if i in chars) == ["ben", "tom"]


def test_a_role_the_tables_lack_before_a_name_and_two_things_worn():
    plan = _plan("Cada noche, el farero Ignacio sube al faro. Lleva una linterna de latón y un abrigo gris.\n\n"
                 "—Hoy hay niebla —dice Ignacio. Los barcos esperan en el puerto.")
    chars = _characters(plan)
    assert set(chars) == {"ignacio"}, list(chars)
    for words in ("farero", "linterna de latón", "abrigo gris"):
        assert words in chars["ignacio"].description, chars["ignacio"].description
    plan = _plan("Alla stazione, il capotreno Dario fischia. «Si parte!», grida Dario. Il treno si muove piano.")
    chars = _characters(plan)
    assert set(chars) == {"dario"} and "capotreno" in chars["dario"].description, list(chars)


def test_what_an_unnamed_person_wears_in_the_next_sentence_is_their_look():
    plan = _plan("Una cartera joven aparca la furgoneta. Lleva una chaqueta verde y un casco blanco.\n\n"
                 "«¿Firma aquí?», pregunta la cartera. La calle está en silencio.")
    chars = _characters(plan)
    assert "chaqueta verde" in chars["la cartera"].description, chars["la cartera"].description
    plan = _plan("Ein Junge steht am Ufer. Er trägt eine gelbe Regenjacke.\n\n„Da ist ein Fisch!“, ruft der Junge. "
                 "Das Wasser ist kalt und klar.")
    chars = _characters(plan)
    assert "gelbe Regenjacke" in chars["der junge"].description, chars["der junge"].description


def test_a_street_name_is_no_role_and_a_name_called_out_in_a_line_is_a_person():
    plan = _plan("Ana vive en la calle Mayor. Cada mañana cruza la plaza Real y compra pan.\n\n"
                 "El cartero Luis la saluda. —Buenos días, Ana —dice Luis.")
    chars = _characters(plan)
    assert set(chars) == {"ana", "luis"}, list(chars)
    assert "cartero" in chars["luis"].description
    assert _lines(plan) == [("luis", "Buenos días, Ana")]


def test_a_reveal_by_role_keeps_the_look_of_the_one_met():
    plan = _plan("Seu Raimundo atravessa o rio de barco. Na outra margem, uma mulher de vestido branco acena. "
                 "É a professora Helena.\n\n— Bom dia, Seu Raimundo! — diz Helena. O rio corre devagar.")
    chars = _characters(plan)
    assert set(chars) == {"raimundo", "helena"}, list(chars)
    assert "professora" in chars["helena"].description and "vestido branco" in chars["helena"].description


def test_and_inside_an_apposition_between_commas_keeps_the_whole_look():
    plan = _plan("Seu Raimundo, um barqueiro de pele queimada e chapéu de palha, atravessa o rio todas as manhãs. "
                 "A água está calma e os peixes pulam perto do barco.\n\n— Bom dia! — grita Raimundo para a margem.")
    description = _characters(plan)["raimundo"].description
    assert "pele queimada" in description and "chapéu de palha" in description, description


def test_german_sie_with_ihm_is_not_the_man_just_named():
    plan = _plan("Mia wartet am Bahnhof. Der Zug ist spät, und Mia friert.\n\n"
                 "Jonas steigt aus. Jonas trägt einen Koffer. Sie winkt ihm zu.")
    chars = {e.id: e.name.lower() for e in plan.entities if e.kind == "character"}
    last = plan.shots()[-1]
    assert "mia" in [chars[i] for i in last.entities if i in chars]
