"""The heuristic planner gives a line to the speaker its speech tag names, even when that speaker
has no name ("says the station's voice", "the computer says", "said the old tree"); a capital that
opens a sentence as an adjective ("Snowy fields", "Golden light") is not a name; trees, rocks and
plants are scenery unless they speak.

Stories here are written for these tests; every test runs the real planning graph.
"""

from __future__ import annotations

from director.ingest import parse_story
from director.plan import FilmPlan
from director.planning import plan_story


def _plan(text: str) -> FilmPlan:
    return plan_story(parse_story(text), "heuristic").plan


def _characters(plan: FilmPlan) -> dict[str, object]:
    return {e.name.lower(): e for e in plan.entities if e.kind == "character"}


def _speaker_of(plan: FilmPlan, words: str) -> str:
    lines = [d for shot in plan.shots() for d in shot.dialogue if words in d.text]
    assert lines, f"no line with {words!r}"
    return lines[0].speaker.lower()


# ---- a speech tag names its speaker ------------------------------------------------------------


def test_a_possessive_voice_in_a_speech_tag_speaks_the_line_not_the_last_named_person():
    plan = _plan('Ines Okafor floats through the dark lab, checking the seals. "Hull breach in module four," '
                 'says the station\'s voice. Ines grabs a handrail. "How long do I have?" she asks.')
    chars = _characters(plan)
    assert chars["the station's voice"].form == "voice"
    assert _speaker_of(plan, "Hull breach") == "the station's voice"
    assert _speaker_of(plan, "How long") == "ines okafor"


def test_a_speaker_phrase_before_its_verb_speaks_the_line():
    plan = _plan('Lena Marsh types fast at the console, her jaw tight. "Access denied," the computer says. '
                 'Lena swears under her breath and types again.')
    speaker = _speaker_of(plan, "Access denied")
    assert speaker == "the computer"
    assert _characters(plan)["the computer"].form == "voice"


def test_a_dispatcher_heard_over_the_radio_is_a_voice():
    plan = _plan('Tomas Reyes drives the snowplough along the pass. "Unit nine, report your position," '
                 'the dispatcher\'s voice answers from the dashboard. Tomas picks up the handset. '
                 '"Mile marker twelve," he says.')
    assert _speaker_of(plan, "Unit nine") == "the dispatcher's voice"
    assert _characters(plan)["the dispatcher's voice"].form == "voice"
    assert _speaker_of(plan, "Mile marker") == "tomas reyes"


def test_a_speaking_tree_is_a_character_with_its_own_line():
    plan = _plan('Pip wanders into the forest and sits under a great oak. "Why are you crying, child?" said '
                 'the old tree. Pip looks up in wonder. "I am lost," says Pip.')
    chars = _characters(plan)
    assert "the tree" in chars and chars["the tree"].form != "human"
    assert _speaker_of(plan, "Why are you crying") == "the tree"
    assert _speaker_of(plan, "I am lost") == "pip"


# ---- capitals that open a sentence as adjectives -------------------------------------------------


def test_adjectives_opening_sentences_are_not_names():
    plan = _plan("Snowy fields slide past in the dark. Golden light floods the carriage. Maren Holt sleeps "
                 "against the window. Distant thunder rolls over the hills. Tired soldiers march along the "
                 "road beside the track. Maren wakes and rubs her eyes.")
    assert set(_characters(plan)) == {"maren holt"}


def test_a_name_that_is_also_an_adjective_still_counts_when_it_acts_or_is_possessed():
    plan = _plan("Rusty barks at the gate. Old Wen opens it and Rusty bolts inside. Wen scratches Rusty's "
                 "ears while the kettle sings.")
    chars = _characters(plan)
    assert "rusty" in chars
    assert not any(name.startswith("old") and name != "old wen" for name in chars)


# ---- things are scenery ---------------------------------------------------------------------------


def test_trees_rocks_and_plants_that_do_not_speak_are_not_characters():
    plan = _plan("Ada Brandt walks through the orchard at dusk. Apple trees bend in the wind. A willow "
                 "droops over the pond. Boulders line the path and the rocks glitter. Ferns shiver. "
                 "Ada picks an apple and smiles.")
    assert set(_characters(plan)) == {"ada brandt"}


def test_a_tree_in_a_chinese_story_is_scenery_unless_it_speaks():
    still = _plan("雨停了。李芳走到院子里的大榕树旁边。大榕树下坐着一只黑猫。李芳蹲下来，摸了摸它。")
    assert not any("树" in name for name in _characters(still))
    talking = _plan("林小满走进森林。“你为什么哭？”老松树说道。林小满抬起头，说：“我迷路了。”")
    trees = [e for name, e in _characters(talking).items() if name.endswith("树")]
    assert len(trees) == 1 and trees[0].form == "creature"
    assert _speaker_of(talking, "你为什么哭") == trees[0].name.lower()


# ---- screenplays: a voice-over speaker never in the action is only heard --------------------------

VOICE_OVER = """INT. NIGHT BUS - NIGHT

MAREK, fifties, grey stubble, grips the wheel.

TOWER (V.O.)
Bus forty, you are cleared to leave the depot.

MAREK
Copy. Forty rolling.

HANNA (V.O.)
I never told him why I stayed.

EXT. DEPOT - NIGHT

Hanna waves from the gate as the bus pulls away.
"""


def test_a_voice_over_speaker_never_seen_in_the_action_is_a_voice():
    chars = _characters(_plan(VOICE_OVER))
    assert chars["tower"].form == "voice"
    assert chars["hanna"].form == "human"  # heard in voice-over, but seen at the gate
    assert chars["marek"].form == "human"


def test_an_intercom_and_a_whispering_wind_are_voices_that_speak_their_lines():
    plan = _plan('Kofi Mensah waits alone on the platform. "The last train is cancelled," the intercom '
                 'announces. Kofi sits on his bag. "Go home, Kofi," whispers the wind softly. Kofi shivers.')
    chars = _characters(plan)
    assert _speaker_of(plan, "last train") == "the intercom"
    assert _speaker_of(plan, "Go home") == "the wind"
    assert chars["the intercom"].form == "voice" and chars["the wind"].form == "voice"


def test_a_sound_after_a_quote_is_a_new_sentence_not_a_speech_tag():
    plan = _plan('Noor Haddad kneels by the dead radio. "Is anyone out there?" The floor groans under her. '
                 'She waits in the dark.')
    assert set(_characters(plan)) == {"noor haddad"}
    assert _speaker_of(plan, "anyone out there") == "noor haddad"


def test_a_named_persons_voice_is_that_person():
    plan = _plan('Mara Quill opens the door. "You came," says Mara\'s voice from the tape. Mara stares at the '
                 'recorder.')
    assert set(_characters(plan)) == {"mara quill"}


def test_a_name_whose_verb_is_also_a_noun_is_still_a_name():
    plan = _plan("Tomasz lights candles along the sill. He waits for the ferry. Ilse waves goodbye from the "
                 "pier. She turns away.")
    assert {"tomasz", "ilse"} <= set(_characters(plan))


# ---- "he said" / "she said": the last person of that gender, whoever was named last ----------

def test_a_pronoun_speech_tag_goes_to_the_last_person_of_that_gender():
    plan = _plan('The bakery burned. Mr. Okafor shouted from the street. Then Lena, his niece, ran '
                 'out with the dog.\n\n"You came back," he said.\n\n"For the dog," Lena said.')
    assert _speaker_of(plan, "You came back") == "mr. okafor"  # the title says he; Lena was named last
    assert _speaker_of(plan, "For the dog") == "lena"


def test_a_speech_tag_pronoun_does_not_give_the_name_before_it_a_gender():
    plan = _plan('Queen Ada stood at the window. Tomas, a young guard, came in with a letter.\n\n'
                 '"Read it," she said.\n\n"It is from the king," he said.')
    assert _speaker_of(plan, "Read it") == "queen ada"
    assert _speaker_of(plan, "It is from the king") == "tomas"


def test_a_tagged_reply_answers_the_line_before_it():
    plan = _plan('In the vault, Ines, a thin woman in a black jumpsuit, kneels by the safe.\n\n'
                 '"Two guards on the stairs," whispers a voice in her earpiece.\n\n'
                 '"I know," she says. "I counted them."')
    assert _speaker_of(plan, "Two guards") == "the voice"
    assert _speaker_of(plan, "I know") == "ines"
    assert _speaker_of(plan, "I counted them") == "ines"  # the paragraph's tag covers both quotes


def test_a_long_appositive_that_opens_with_an_article_is_a_look():
    plan = _plan("In the atrium, Ines Caro, a wiry woman in a grey janitor's uniform with a ring of keys "
                 "on her belt, mops the floor.\n\nUpstairs, a guard watches the monitors.")
    assert "ring of keys on her belt" in _characters(plan)["ines caro"].description


def test_a_bodiless_voice_speaks_over_the_people_who_hear_it():
    """A voice is never drawn: its line's shot shows who is there to hear it, not an empty set."""
    plan = _plan('Nadia Kerr checks the gauges in the control room of the dam.\n\n'
                 '"Water level critical. Evacuate the lower galleries," says the station\'s computer.\n\n'
                 'Nadia grabs her coat and runs for the stairs.')
    chars = _characters(plan)
    assert chars["the station's computer"].form == "voice"
    (shot,) = [s for s in plan.shots() if any("Evacuate" in d.text for d in s.dialogue)]
    assert shot.dialogue[0].speaker.lower() == "the station's computer"
    assert chars["nadia kerr"].id in shot.entities


def test_a_name_and_a_verb_of_speech_after_a_question_are_its_tag():
    plan = _plan("Ines Caro sits at the kitchen table.\n\n"
                 "Tomas Reyes comes in from the rain, dripping, and hangs up his coat.\n\n"
                 '"Where were you all night?" Ines asks.')
    assert _speaker_of(plan, "Where were you") == "ines caro"
    (shot,) = [s for s in plan.shots() if s.dialogue]
    assert "Ines asks" in shot.description  # the tag is the line's shot, not a shot of its own
