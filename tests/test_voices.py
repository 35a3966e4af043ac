"""The voice bible and dialogue-timed shots, through real planner runs and measured speech."""

import itertools
import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from director.errors import InputError
from director.ingest import parse_story
from director.plan import DialogueLine, Voice, parse_plan
from director.planning import PlanOptions, plan_story
from director.planning.speaker_traits import age_of, gender_of, name_gender
from director.planning.voices import fill_voices
from director.sound import speech
from director.sound.cast import check_plan_voices, line_seconds, line_voice
from director.sound.pitch import median_f0
from director.timeline import (SPEECH_LEAD_S, SPEECH_TAIL_S, dialogue_spans, film_timeline,
                               speech_layout, speech_seconds_needed)

SCREENPLAY = """Title: The Ferry

EXT. HARBOUR - DUSK

MARGARET (70s, a grey shawl) waits on the pier. Her granddaughter NINA (8) tugs at her sleeve.

NINA
Grandma, is that the boat? The big one with the red lights?

MARGARET
That's the one, love. Stay close to me now, the planks are slippery.

A FERRYMAN (40s, rough beard) throws a rope onto the pier. He nods at them.

FERRYMAN
Last crossing tonight. Tickets please, and mind the gap when you step aboard, the tide is turning fast, so quick now.

NINA
Can we sit at the front?

MARGARET
Only if you hold my hand the whole way across.
"""


def _plan(text: str, **options):
    return plan_story(parse_story(text), "heuristic", PlanOptions(fps=12, resolution="320x180", **options))


@pytest.fixture(scope="module")
def ferry():
    return _plan(SCREENPLAY)


def _character_f0(plan, entity_id: str) -> float:
    entity = plan.entity(entity_id)
    lines = [line for shot in plan.shots() for line in shot.dialogue if line.speaker.lower() == entity.name.lower()]
    said = [speech.speak(line.text, line_voice(plan, line)) for line in lines]
    samples = np.concatenate([s.samples for s in said])
    return median_f0(samples, said[0].sample_rate)


def test_every_speaker_gets_a_distinct_voice_that_follows_the_text(ferry):
    plan = ferry.plan
    voices = {e.id: e.voice for e in plan.entities if e.voice is not None}
    assert set(voices) == {"nina", "margaret", "ferryman"}
    assert len({v.voice for v in voices.values()}) == 3
    assert all(v.engine == "espeak" and v.voice.startswith("en") for v in voices.values())
    # the child is pitched up, the grandmother slower
    assert voices["nina"].pitch > 1.3 and voices["margaret"].rate < 1.0
    f0 = {eid: _character_f0(plan, eid) for eid in voices}
    assert f0["nina"] > f0["margaret"] > f0["ferryman"] > 60
    for a, b in itertools.combinations(f0.values(), 2):
        assert max(a, b) / min(a, b) >= 1.15, f0


def test_voices_are_deterministic_and_a_set_voice_is_kept(ferry):
    again = _plan(SCREENPLAY)
    assert again.plan.model_dump() == ferry.plan.model_dump()
    mine = ferry.plan.model_copy(deep=True)
    mine.entity("ferryman").voice = Voice(voice="en+m7", pitch=0.6)
    for e in mine.entities:
        if e.id != "ferryman":
            e.voice = None
    mine.entity("nina").voice = Voice(voice="en-GB-child-female")  # a planner's invention
    filled, warnings = fill_voices(mine, parse_story(SCREENPLAY))
    assert filled.entity("ferryman").voice == Voice(voice="en+m7", pitch=0.6)
    assert filled.entity("nina").voice.voice.startswith("en-us+")
    assert filled.entity("margaret").voice is not None
    assert any("nina" in w and "en-GB-child-female" in w for w in warnings)


def test_shots_last_as_long_as_their_lines_and_spans_stay_inside(ferry):
    plan = ferry.plan
    spoken = [s for s in plan.shots() if s.dialogue]
    assert len(spoken) == 5
    longest = max(spoken, key=lambda s: len(" ".join(l.text for l in s.dialogue)))
    assert longest.duration_s > 6.0  # the ferryman's long line stretched its shot
    for shot in spoken:
        lengths = [line_seconds(plan, line) for line in shot.dialogue]
        assert shot.duration_s + 1e-6 >= speech_seconds_needed(lengths)
        spans = dialogue_spans(shot, plan)
        for (start, end, i), length in zip(spans, lengths):
            assert start >= SPEECH_LEAD_S - 1e-6 and end <= shot.duration_s - SPEECH_TAIL_S + 1e-6
            assert end - start == pytest.approx(length, abs=1e-3)  # the real spoken length
        assert all(a[1] < b[0] for a, b in zip(spans, spans[1:]))


def test_speech_layout_shares_spare_time_and_shrinks_room_first():
    assert speech_layout(3.0, []) == []
    (a,), = [speech_layout(2.0, [1.2])]
    assert a == (pytest.approx(0.3), pytest.approx(1.5))  # exactly the room it needs
    roomy = speech_layout(10.0, [1.0, 1.0])
    assert 0.3 < roomy[0][0] <= 1.0 and roomy[1][1] < 10.0 - 0.5
    tight = speech_layout(2.0, [0.9, 0.9])  # room shrinks, words are kept
    assert tight[0][1] - tight[0][0] == pytest.approx(0.9) and tight[1][1] <= 2.0
    assert tight[0][1] <= tight[1][0]


def test_mandarin_lines_get_a_mandarin_voice_and_a_switch_keeps_the_character(ferry):
    zh = ("清晨，老渔夫王伯坐在码头上补网。他的孙女小梅跑了过来。\n"
          "小梅说：“爷爷，今天我们出海吗？”\n"
          "王伯笑着说：“今天风太大了，我们明天再去吧。你看那边的云，暴风雨就要来了。”\n")
    plan = _plan(zh).plan
    voiced = {e.name: e.voice for e in plan.entities if e.voice is not None}
    assert voiced and all(v.voice.startswith("cmn") for v in voiced.values()), voiced
    said = speech.speak("爷爷，今天我们出海吗？", next(iter(voiced.values())))
    assert said.skipped is None and said.seconds > 1.0
    # a line in a script the character's voice cannot read goes to a voice of that language,
    # with the same variant and pitch; the Mandarin voice reads English words itself
    nina = ferry.plan.entity("nina")
    switched = line_voice(ferry.plan, DialogueLine(speaker="Nina", text="奶奶，你好！"))
    assert switched.voice.startswith("cmn+") and switched.voice.split("+")[1] == nina.voice.voice.split("+")[1]
    assert switched.pitch == nina.voice.pitch
    assert speech.speak("奶奶，你好！", switched).skipped is None
    someone = next(e for e in plan.entities if e.voice is not None)
    assert line_voice(plan, DialogueLine(speaker=someone.name, text="OK, see you.")) == someone.voice


def test_gender_and_age_from_the_text():
    from director.plan import Entity

    def about(name, description=""):
        return Entity(id=name.lower(), name=name, kind="character", description=description)

    assert gender_of(about("Sam"), "Mrs. she") == "female"
    assert gender_of(about("Sam", "tall man, grey coat"), "") == "male"
    assert gender_of(about("Sam"), "") is None
    assert age_of(about("Ada", "8"), "") == "child"
    assert age_of(about("Ada", "70s, a grey shawl"), "") == "old"
    assert age_of(about("Ada"), "eight-year-old") == "child"
    assert age_of(about("Ada", "an old woman in a red coat"), "") == "old"
    assert age_of(about("Ada", "30s, denim jacket"), "") == "adult"
    assert age_of(Entity(id="k", name="K", kind="character", form="child"), "") == "child"
    assert name_gender("Anna Petrova") == "female" and name_gender("Luca") is None
    assert name_gender("Tom") is None and name_gender("王伯") is None


def test_voice_only_and_robot_characters_are_voiced():
    plan = parse_plan({
        "title": "Ship", "fps": 12, "resolution": "320x180",
        "entities": [
            {"id": "aria", "name": "ARIA", "kind": "character", "form": "voice", "description": "the ship's computer"},
            {"id": "unit", "name": "Unit Seven", "kind": "character", "form": "robot", "description": "a robot"},
            {"id": "lena", "name": "Lena", "kind": "character", "description": "a young woman, pilot"},
        ],
        "scenes": [{"id": "s1", "shots": [
            {"id": "a", "description": "The bridge", "entities": ["lena", "unit"], "duration_s": 1.0,
             "dialogue": [{"speaker": "Lena", "text": "Status report, please."},
                          {"speaker": "Unit Seven", "text": "All systems nominal."}]},
            {"id": "b", "description": "Lights dim", "entities": [], "duration_s": 2.0},
        ]}],
    })
    plan.shots()[1].dialogue = [DialogueLine(speaker="ARIA", text="🚀🚀"),
                                DialogueLine(speaker="ARIA", text="Launch in ten 🚀")]
    filled, warnings = fill_voices(plan, parse_story("The bridge of a ship."))
    assert filled.entity("aria").voice is not None  # heard, never drawn, still voiced
    assert "+robo" in filled.entity("unit").voice.voice or "Robot" in filled.entity("unit").voice.voice
    assert "+f" in filled.entity("lena").voice.voice
    shot = filled.shots()[0]
    assert shot.duration_s >= speech_seconds_needed([line_seconds(filled, l) for l in shot.dialogue])
    assert warnings == ["b line 1 (ARIA) is not spoken: espeak voice "
                        f"'{filled.entity('aria').voice.voice}' cannot speak '🚀🚀'",
                        "b line 2 (ARIA): left out '🚀'"]
    silent_line = filled.shots()[1]
    assert silent_line.duration_s >= speech_seconds_needed([line_seconds(filled, l) for l in silent_line.dialogue])


LONG_SPEECH = ("The station at night. Rain on the glass.\n\n"
               'Maria turns to her brother Tom. "If you leave on this train tonight, you will not find the '
               'house the way you left it when you come back, and you know that as well as I do."\n\n'
               "The train pulls away into the dark.")


def test_speech_takes_time_from_silent_shots_to_keep_the_asked_length():
    outcome = plan_story(parse_story("A 12 second film in 3 shots.\n\n" + LONG_SPEECH), "heuristic",
                         PlanOptions(fps=12, resolution="320x180"))
    plan = outcome.plan
    (spoken,) = [s for s in plan.shots() if s.dialogue]
    assert spoken.duration_s >= speech_seconds_needed([line_seconds(plan, l) for l in spoken.dialogue]) > 6.0
    assert len(plan.shots()) == 3 and film_timeline(plan).duration == pytest.approx(12.0, abs=0.2)
    assert not any("than asked" in w for w in outcome.warnings)


def test_speech_longer_than_asked_is_spoken_in_full_with_a_warning():
    outcome = plan_story(parse_story("A 5 second film in 3 shots.\n\n" + LONG_SPEECH), "heuristic",
                         PlanOptions(fps=12, resolution="320x180"))
    plan = outcome.plan
    (spoken,) = [s for s in plan.shots() if s.dialogue]
    assert spoken.duration_s >= speech_seconds_needed([line_seconds(plan, l) for l in spoken.dialogue])
    assert any("more time than asked" in w and "5 s" in w for w in outcome.warnings), outcome.warnings


def test_unknown_voice_in_a_plan_is_named_before_rendering(tmp_path):
    plan = parse_plan({
        "title": "Bad voice", "fps": 12, "resolution": "320x180",
        "entities": [{"id": "ann", "name": "Ann", "kind": "character",
                      "voice": {"engine": "espeak", "voice": "xx-klingon"}}],
        "scenes": [{"id": "s1", "shots": [{"id": "a", "description": "Ann speaks", "entities": ["ann"],
                                           "dialogue": [{"speaker": "Ann", "text": "Hello."}]}]}],
    })
    with pytest.raises(InputError, match=r"ann.*xx-klingon.*voices list"):
        check_plan_voices(plan)


def _director(*args):
    exe = Path(sys.executable).parent / "director"
    return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True, timeout=120,
                          env=os.environ.copy())


def test_render_refuses_an_unknown_voice_before_any_work(tmp_path):
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({
        "title": "Bad voice", "fps": 12, "resolution": "320x180",
        "entities": [{"id": "ann", "name": "Ann", "kind": "character",
                      "voice": {"engine": "espeak", "voice": "en-uss+f3"}}],
        "scenes": [{"id": "s1", "shots": [{"id": "a", "description": "Ann speaks", "entities": ["ann"],
                                           "dialogue": [{"speaker": "Ann", "text": "Hello."}]}]}],
    }), encoding="utf-8")
    for audio in ("on", "off"):  # silent films time their subtitles by the voices too
        res = _director("render", plan, "-o", tmp_path / "out", "--audio", audio)
        assert res.returncode == 2, res.stderr
        message = res.stderr.strip()
        assert message.startswith("error: entity 'ann' voice") and "\n" not in message
        assert "en-uss+f3" in res.stderr and "en-us" in res.stderr and "voices list" in res.stderr
        assert not (tmp_path / "out").exists()


def test_voices_list_and_say_cli_and_their_errors(tmp_path):
    ok = _director("voices", "list", "--engine", "espeak", "--language", "zh")
    assert ok.returncode == 0, ok.stderr
    assert "cmn" in ok.stdout and "yue" in ok.stdout and "+f3" in ok.stdout
    wav = tmp_path / "nina.wav"
    said = _director("voices", "say", "Grandma, is that the boat?", "--voice", "en-us+f5", "--pitch", "1.7",
                     "-o", wav)
    assert said.returncode == 0, said.stderr
    with wave.open(str(wav)) as w:
        rate = w.getframerate()
        samples = np.frombuffer(w.readframes(w.getnframes()), np.int16).astype(np.float32) / 32768
    assert rate == 22050 and 1.0 < len(samples) / rate < 4.0 and median_f0(samples, rate) > 250
    bad = _director("voices", "list", "--engine", "klingon")
    assert bad.returncode == 2
    assert bad.stderr.strip().count("\n") == 0 and "espeak" in bad.stderr and "Traceback" not in bad.stderr


def test_a_french_film_is_voiced_in_french():
    plan = parse_plan({
        "title": "Quai", "language": "fr", "fps": 12, "resolution": "320x180",
        "entities": [{"id": "claire", "name": "Claire", "kind": "character", "description": "une femme"}],
        "scenes": [{"id": "s1", "shots": [{"id": "a", "description": "Le quai", "entities": ["claire"],
                                           "dialogue": [{"speaker": "Claire", "text": "Tu es en retard."}]}]}],
    })
    filled, _ = fill_voices(plan, parse_story("Le soir tombe sur le port."))
    voice = filled.entity("claire").voice
    assert voice.voice.startswith("fr+") and voice.language == "fr"


def test_without_a_working_speech_engine_planning_and_timing_carry_on(monkeypatch, ferry):
    from director.sound.engines import espeak_lib

    monkeypatch.setattr(espeak_lib, "available", lambda: "eSpeak NG is not usable (test); fix: pip install espeakng-loader")
    bare = ferry.plan.model_copy(deep=True)
    for e in bare.entities:
        e.voice = None
    filled, warnings = fill_voices(bare, parse_story(SCREENPLAY))
    assert all(e.voice is None for e in filled.entities)
    assert any("pip install espeakng-loader" in w for w in warnings)
    shot = next(s for s in filled.shots() if s.dialogue)
    (start, end, _), = dialogue_spans(shot, filled)  # reading time, not an error
    assert 0 < start < end <= shot.duration_s


def test_talking_animals_sound_their_size():
    plan = parse_plan({
        "title": "Fable", "fps": 12, "resolution": "320x180",
        "entities": [{"id": "mouse", "name": "Pip", "kind": "character", "form": "mouse"},
                     {"id": "bear", "name": "Bruno", "kind": "character", "form": "bear"}],
        "scenes": [{"id": "s1", "shots": [{"id": "a", "description": "The den", "entities": ["mouse", "bear"],
                                           "dialogue": [{"speaker": "Pip", "text": "Wake up, the winter is over!"},
                                                        {"speaker": "Bruno", "text": "Five more minutes, little one."}]}]}],
    })
    filled, _ = fill_voices(plan, parse_story("A mouse wakes a bear."))
    pip, bruno = filled.entity("mouse").voice, filled.entity("bear").voice
    assert pip.pitch > 1.3 > 0.9 > bruno.pitch
    f0 = {name: _character_f0(filled, eid) for name, eid in (("pip", "mouse"), ("bruno", "bear"))}
    assert f0["pip"] > 1.5 * f0["bruno"]
