"""Sentences in scripts without capitals or with their own full stops (Devanagari, Arabic)."""

from __future__ import annotations

from director.ingest import parse_story
from director.planning import plan_story
from director.text import sentences


def test_a_danda_and_an_arabic_question_mark_end_sentences():
    assert sentences("बाहर बारिश हो रही थी। वह घर लौटा।") == ["बाहर बारिश हो रही थी।", "वह घर लौटा।"]
    assert sentences("هل أنت هنا؟ نعم. دخل سامي") == ["هل أنت هنا؟", "نعم.", "دخل سامي"]


def test_a_speech_tag_after_a_quote_stays_with_it_in_a_script_without_capitals():
    hindi = 'बाहर बारिश हो रही थी। "चाबी कहाँ है?" मोहन ने पूछा। फिर वह बैठ गया।'
    assert sentences(hindi) == ["बाहर बारिश हो रही थी।", '"चाबी कहाँ है?" मोहन ने पूछा।', "फिर वह बैठ गया।"]
    assert sentences("«أين المفتاح؟» سأل سامي. ثم جلس.") == ["«أين المفتاح؟» سأل سامي.", "ثم جلس."]
    # A capital after a closing quote still starts a sentence where the script has capitals.
    assert sentences('He left. "Go!" She said nothing.') == ["He left.", '"Go!"', "She said nothing."]


def test_a_hindi_story_plans_one_shot_per_sentence_with_its_line():
    plan = plan_story(parse_story('शाम को राधा खिड़की के पास बैठी थी। बाहर बारिश हो रही थी।\n'
                                  '"चाबी कहाँ है?" मोहन ने पूछा।'), "heuristic").plan
    shots = plan.shots()
    assert len(shots) == 3
    assert [d.text for d in shots[2].dialogue] == ["चाबी कहाँ है?"]


def test_a_dash_and_a_lower_case_tag_after_a_quote_belong_to_it():
    text = "Его бабушка вышла. «Петя, иди ужинать!» — зовёт бабушка. «Ещё минутку!» — кричит Петя."
    assert sentences(text) == ["Его бабушка вышла.", "«Петя, иди ужинать!» — зовёт бабушка.",
                               "«Ещё минутку!» — кричит Петя."]
    # A capital after the dash starts a sentence of its own.
    assert sentences('"Run!" — Then the lights went out.') == ['"Run!"', "— Then the lights went out."]


def test_a_russian_line_with_an_exclamation_goes_to_the_speaker_its_dash_tag_names():
    plan = plan_story(parse_story("Зимой в деревне холодно. Маленький мальчик Петя лепит снеговика во дворе.\n"
                                  "Его бабушка Галина выходит на крыльцо.\n"
                                  "«Петя, иди ужинать!» — зовёт бабушка Галина.\n"
                                  "«Ещё минутку!» — кричит Петя."), "heuristic").plan
    lines = [(d.speaker, d.text) for shot in plan.shots() for d in shot.dialogue]
    assert lines == [("Галина", "Петя, иди ужинать!"), ("Петя", "Ещё минутку!")]
