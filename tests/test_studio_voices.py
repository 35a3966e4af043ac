"""The studio's voice column and play button, as plain handler calls on a real planned run."""

import numpy as np
import pytest

from director.errors import InputError
from director.plan import Voice
from director.sound.cast import line_seconds
from director.sound.pitch import median_f0
from director.studio import handlers
from director.studio.tables import ENTITY_HEADERS, EditError, entity_rows, shot_rows
from director.timeline import speech_seconds_needed

STORY = ('At dusk, Mara climbs the lighthouse stairs with a brass lantern. She stops at the top.\n\n'
         'Ilan waits by the great lens. "The lamp is dead, and the boats are still out there in the dark, '
         'waiting for a light that will not come," Ilan says.')


@pytest.fixture
def board(tmp_path):
    return handlers.plan_into_run(STORY, "<text>", "heuristic", "previz", "default", "320x180", 12,
                                  tmp_path, None)


def _voice_column(rows):
    return {row[0]: row[ENTITY_HEADERS.index("voice")] for row in rows}


def test_voice_column_shows_and_edits_a_voice_and_retimes_the_shot(board):
    rows = entity_rows(board.plan)
    cells = _voice_column(rows)
    speaker = next(e for e in board.plan.entities if e.voice is not None)
    assert cells[speaker.id].startswith(speaker.voice.voice) and "pitch" in cells[speaker.id]
    assert all(cells[e.id] == "" for e in board.plan.entities if e.kind != "character")

    slow = "en-us+m7 · pitch 0.6 · rate 0.5"
    for row in rows:
        if row[0] == speaker.id:
            row[ENTITY_HEADERS.index("voice")] = slow
    edited = handlers.apply_table_edits(board.plan.to_json(), str(board.run_dir), shot_rows(board.plan),
                                        rows, "previz", "default")
    voice = edited.plan.entity(speaker.id).voice
    assert voice == Voice(voice="en-us+m7", pitch=0.6, rate=0.5, language=speaker.voice.language)
    spoken = next(s for s in edited.plan.shots() if s.dialogue)
    need = speech_seconds_needed([line_seconds(edited.plan, l) for l in spoken.dialogue])
    assert spoken.duration_s >= need  # half-speed speech made its shot longer
    assert "Lengthened" in edited.message


def test_a_bad_voice_cell_is_refused_by_name(board):
    rows = entity_rows(board.plan)
    speaker = next(e for e in board.plan.entities if e.voice is not None)
    for row in rows:
        if row[0] == speaker.id:
            row[ENTITY_HEADERS.index("voice")] = "en-us+nosuch · pitch 1"
    with pytest.raises(EditError, match=rf"entity {speaker.id} voice: .*variant") as err:
        handlers.apply_table_edits(board.plan.to_json(), str(board.run_dir), shot_rows(board.plan), rows,
                                   "previz", "default")
    assert err.value.field == "voice"
    prop_rows = entity_rows(board.plan)
    prop = next(r for r in prop_rows if r[2] != "character")
    prop[ENTITY_HEADERS.index("voice")] = "en-us"
    with pytest.raises(EditError, match="only characters have a voice"):
        handlers.apply_table_edits(board.plan.to_json(), str(board.run_dir), shot_rows(board.plan),
                                   prop_rows, "previz", "default")


def test_play_button_speaks_the_line_in_its_characters_voice(board):
    choices = handlers.dialogue_choices(board.plan)
    assert choices and all("#" in key for _, key in choices)
    label, key = choices[0]
    rate, samples, note = handlers.line_audio(board.plan.to_json(), key)
    assert rate == 22050 and samples.dtype == np.int16 and len(samples) > rate * 0.5
    assert median_f0(samples.astype(np.float32) / 32768, rate) > 60
    assert "pitch" in note and " s" in note
    with pytest.raises(InputError, match="pick a dialogue line"):
        handlers.line_audio(board.plan.to_json(), "no-such-shot#0")


def test_a_dialogue_shot_is_never_cut_shorter_than_its_lines(board):
    spoken = next(s for s in board.plan.shots() if s.dialogue)
    need = speech_seconds_needed([line_seconds(board.plan, l) for l in spoken.dialogue])
    edited = handlers.apply_inspector_edit(board.plan.to_json(), str(board.run_dir), spoken.id,
                                           spoken.description, spoken.camera.move,
                                           spoken.camera.direction, 1.0, spoken.transition,
                                           "previz", "default")
    kept = next(s for s in edited.plan.shots() if s.id == spoken.id)
    assert need > 1.0 and kept.duration_s >= need and "to fit its lines" in edited.message
