"""Who says a dialogue line and in which voice: the voice bible read back at render time.

- ``speaker_entity(plan, speaker)`` — the character a line's speaker names;
- ``line_voice(plan, line)`` — the Voice that speaks it (the character's, or a fallback);
- ``line_seconds(plan, line)`` — its spoken length in that voice;
- ``check_plan_voices(plan)`` — InputError (exit 2) for an unknown engine or voice, before a render.
"""

from __future__ import annotations

from director.errors import InputError
from director.ingest import guess_language
from director.plan import DialogueLine, Entity, FilmPlan, Voice
from director.sound import speech

_ESPEAK_ENGINES = ("espeak", "espeak-system")


def speaker_entity(plan: FilmPlan, speaker: str) -> Entity | None:
    """The character a speaker names: by name or id (any case), else by a name's single word
    ("Captain Reyes" speaks for the entity named "Reyes" when only one entity fits)."""
    key = speaker.strip().lower()
    characters = [e for e in plan.entities if e.kind == "character"]
    for e in characters:
        if key in (e.name.lower(), e.id.lower()):
            return e
    words = set(key.replace(".", " ").split())
    fits = [e for e in characters if set(e.name.lower().split()) & words]
    return fits[0] if len(fits) == 1 else None


def fallback_voice(plan: FilmPlan, text: str) -> Voice:
    """A speaker with no character entity (a narrator, a radio): the default voice of the line's
    language."""
    return Voice(language=_line_language(text, plan.language))


def _line_language(text: str, default: str) -> str:
    return guess_language(text) if any(ch.isalpha() for ch in text) else default


def line_voice(plan: FilmPlan, line: DialogueLine) -> Voice:
    """The voice for one line. An eSpeak voice whose language cannot read the line's script (a
    character who switches to Chinese) speaks it with the same variant and pitch in the line's
    language, so the character still sounds like themselves."""
    entity = speaker_entity(plan, line.speaker)
    voice = entity.voice if entity is not None and entity.voice is not None else None
    if voice is None:
        return fallback_voice(plan, line.text)
    if voice.engine not in _ESPEAK_ENGINES:
        return voice
    if speech.engine_problem(voice.engine):
        return voice
    voice_id = speech.resolve_voice_id(voice)
    base, _, variant = voice_id.partition("+")
    _, dropped = speech.speakable(line.text, base)
    if not any(ch.isalpha() for ch in dropped):
        return voice
    language = _line_language(line.text, voice.language)
    other = Voice(engine=voice.engine, language=language)
    other_base = speech.resolve_voice_id(other)
    if other_base == base or speech.speakable(line.text, other_base)[1] == dropped:
        return voice  # no voice reads it better: speak() will skip what it cannot say
    return voice.model_copy(update={"voice": other_base + (f"+{variant}" if variant else ""),
                                    "language": language})


def line_seconds(plan: FilmPlan, line: DialogueLine) -> float:
    """The line's spoken length; its reading time where its engine cannot run on this machine
    (a silent film still gets sensible subtitles)."""
    voice = line_voice(plan, line)
    if speech.engine_problem(voice.engine):
        return speech.reading_seconds(line.text, voice)
    return speech.spoken_seconds(line.text, voice)


def check_plan_voices(plan: FilmPlan) -> None:
    """Fail early (InputError, exit 2) when a character's voice names an engine that cannot speak
    here or a voice the engine does not have; the message names the choices."""
    for entity in plan.entities:
        if entity.voice is None:
            continue
        try:
            speech.check_voice(entity.voice)
        except InputError as err:
            raise InputError(f"entity '{entity.id}' voice: {err}") from None
