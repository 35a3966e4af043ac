"""Shared stage: a voice for every speaking character, and shots as long as their lines.

The voice bible: each character who speaks (or is only a voice, form "voice") gets an
``Entity.voice`` — engine, voice id, rate, pitch, language — chosen from what the text says:
- language: the language most of the character's lines are in (Chinese lines → Mandarin);
- gender and age: what the story says of the character (director.planning.speaker_traits):
  pronouns, titles, words like woman/boy, "(8)", "(70s)", "old woman", 奶奶;
Voices of one film are kept apart: each new character takes a voice variant and pitch whose
measured median pitch differs from every earlier character's by at least ``MIN_PITCH_RATIO``.
A voice already in the plan (set by the user or a planner) is kept when this machine can speak
it; one it cannot (an LLM's invented voice id) is chosen again, with a warning. Everything is
deterministic.

Timing: every shot lasts at least as long as its lines spoken in those voices plus breathing
room (director.timeline.speech_seconds_needed); when the story asked for a length, silent shots
give time back first, and a warning says when speech still makes the film longer than asked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from director.errors import InputError
from director.ingest import Story, guess_language
from director.plan import Entity, FilmPlan, Voice
from director.planning.speaker_traits import age_of, gender_of, mentions, name_gender
from director.sound import speech
from director.sound.cast import line_seconds, line_voice, speaker_entity
from director.sound.pitch import median_f0
from director.timeline import film_timeline, speech_seconds_needed

MIN_PITCH_RATIO = 1.2  # 20 % apart when chosen, so a film's voices stay >= 15 % apart on any line
_MIN_SILENT_SHOT_S = 1.5  # silent shots shrink no further when giving time back to speech
_SAMPLE_CHARS = 60  # how much of a character's speech is measured for pitch (~4 s spoken)

# eSpeak NG voice variants per kind of speaker, most typical first (measured median pitch at
# pitch 1.0 on English: m3 103 Hz, m1 97, m7 107, m8 90, f3 206, f2 191, f1 176, f5 202).
_VARIANTS = {
    "male": ("m3", "m1", "m7", "m2", "m5", "m6", "m4", "m8"),
    "female": ("f3", "f2", "f5", "f1", "f4", "Annie", "linda", "belinda"),
    "old_male": ("grandpa", "m8", "m1", "m6"),
    "old_female": ("grandma", "aunty", "f1", "f4"),
    "child": ("f5", "f3", "f2", "Andrea", "anika"),
    "robot": ("robosoft", "UniRobot", "robosoft6", "anikaRobot"),
}
# Pitch (relative to the variant's own) tried in order; children start high, the old lower.
_PITCH_STEPS = {
    "child": (1.7, 1.9, 1.5, 1.3, 2.0),
    "old": (0.85, 0.7, 1.0, 0.55, 1.15),
    "adult": (1.0, 0.8, 1.25, 0.65, 1.5, 0.5, 1.75, 2.0),
    "small": (1.6, 1.8, 1.4, 2.0),  # a talking cat, mouse or bird
    "large": (0.55, 0.7, 0.5, 0.85),  # a talking bear, dragon or horse
}
# Talking animals (director.vocab CHARACTER_FORMS) by size: small ones speak high, large ones low.
_SMALL_FORMS = {"cat", "bird", "fox", "rabbit", "mouse", "fish", "owl", "crow", "frog", "duck",
                "chicken", "monkey", "snake", "turtle"}
_LARGE_FORMS = {"horse", "bear", "wolf", "deer", "cow", "dragon", "lion", "tiger", "elephant",
                "creature"}
# Tried after a band's own steps when a film has many voices: distinct beats typical.
_FALLBACK_PITCHES = (0.5, 0.65, 0.8, 1.0, 1.25, 1.5, 1.75, 2.0)
_RATE = {"child": 1.05, "old": 0.9, "adult": 1.0, "small": 1.1, "large": 0.9}

# A word in each non-Latin script guess_language knows, to tell which script a language uses.
_SCRIPT_SAMPLES = {"zh": "中文", "ja": "日本語です", "ko": "한국어", "ru": "русский", "ar": "عربي",
                   "el": "ελληνικά", "he": "עברית", "hi": "हिन्दी", "th": "ไทย"}
@dataclass
class _Speaker:
    entity: Entity
    lines: list[str]

    @property
    def sample(self) -> str:
        return " ".join(self.lines)[:_SAMPLE_CHARS]


def fill_voices(plan: FilmPlan, story: Story) -> tuple[FilmPlan, list[str]]:
    """(the plan with voices and dialogue-timed shots, warnings)."""
    plan = plan.model_copy(deep=True)
    if problem := speech.engine_problem("espeak"):  # a broken install: plan on, say why
        return plan, [f"voices were not chosen and shots not timed to speech: {problem}"]
    warnings: list[str] = []
    speakers = _speakers(plan)
    for spk in speakers:  # a planner's voice this machine cannot speak is chosen again
        if spk.entity.voice is not None and (problem := _unusable(spk.entity.voice)):
            warnings.append(f"entity '{spk.entity.id}': {problem}; a voice was chosen instead")
            spk.entity.voice = None
    taken = [_Pitch(_calibrated_f0(s.entity.voice), _measured_f0(s.entity.voice, s.sample))
             for s in speakers if s.entity.voice is not None]
    for spk in speakers:
        if spk.entity.voice is None:
            spk.entity.voice, pitch = _choose_voice(spk, plan, story, taken)
            taken.append(pitch)
    for line in _unknown_speakers(plan):
        warnings.append(f"speaker '{line}' is not a character in the plan: the default voice speaks their lines")
    warnings += _unspeakable(plan)
    warnings += _fit_shots_to_speech(plan, story)
    return plan, warnings


# ---- who speaks ------------------------------------------------------------------------------

def _speakers(plan: FilmPlan) -> list[_Speaker]:
    """Speaking characters in order of their first line, then voice-only characters."""
    found: dict[str, _Speaker] = {}
    for shot in plan.shots():
        for line in shot.dialogue:
            entity = speaker_entity(plan, line.speaker)
            if entity is None:
                continue
            found.setdefault(entity.id, _Speaker(entity, [])).lines.append(line.text)
    for entity in plan.entities:
        if entity.kind == "character" and entity.form == "voice" and entity.id not in found:
            found[entity.id] = _Speaker(entity, [])
    return list(found.values())


def _unknown_speakers(plan: FilmPlan) -> list[str]:
    names = [line.speaker for shot in plan.shots() for line in shot.dialogue
             if speaker_entity(plan, line.speaker) is None]
    return list(dict.fromkeys(names))


def _unspeakable(plan: FilmPlan) -> list[str]:
    """A warning per line its voice cannot say (all emoji, a script no voice reads) or says only
    in part; such lines still get their time on screen."""
    out = []
    for shot in plan.shots():
        for number, line in enumerate(shot.dialogue, 1):
            said = speech.speak(line.text, line_voice(plan, line))
            if said.skipped:
                out.append(f"{shot.id} line {number} ({line.speaker}) is not spoken: {said.skipped}")
            elif said.dropped:
                out.append(f"{shot.id} line {number} ({line.speaker}): left out '{said.dropped}'")
    return out


def _language(lines: list[str], default: str) -> str:
    """The language of a character's lines, by their script: a line in another script than the
    film's (Chinese lines in an English story) sets it; within one script the film's language,
    guessed from the whole story, is a better judge than a few short lines."""
    joined = " ".join(lines)
    if not any(ch.isalpha() for ch in joined):
        return default
    guess = guess_language(joined)
    if _script_family(guess) == _script_family(default):
        return default
    return guess


def _script_family(language: str) -> str:
    return guess_language(_SCRIPT_SAMPLES.get(language, "text"))


# ---- choosing a distinct voice ---------------------------------------------------------------

def _unusable(voice: Voice) -> str | None:
    try:
        speech.check_voice(voice)
    except InputError as err:
        return str(err)
    return None


@dataclass(frozen=True)
class _Pitch:
    """A chosen voice's median pitch: on the calibration phrase and on the character's lines."""

    calibrated: float
    lines: float


def _measured_f0(voice: Voice | None, text: str) -> float:
    if voice is None:
        return 0.0
    try:
        said = speech.speak(text or _calibration_text(voice.language), voice)
    except InputError:
        return 0.0
    return median_f0(said.samples, said.sample_rate) if said.skipped is None else 0.0


@lru_cache(maxsize=2048)
def _calibrated(voice_json: str) -> float:
    voice = Voice.model_validate_json(voice_json)
    return _measured_f0(voice, _calibration_text(voice.language))


def _calibrated_f0(voice: Voice | None) -> float:
    """Median pitch on one short phrase per language, cached for the process: candidates are
    ranked on it cheaply, and only the pick is measured on the character's own lines."""
    return _calibrated(voice.model_dump_json()) if voice is not None else 0.0


# Median pitch against eSpeak's pitch setting, relative to 1.0 (measured over the m* and f*
# variants); estimates a candidate from one calibration per variant.
_PITCH_CURVE = ((0.5, 0.86), (0.8, 0.93), (1.0, 1.0), (1.25, 1.12), (1.5, 1.28), (1.75, 1.45), (2.0, 1.64))
_PREDICTION_SLACK = 0.08  # log-ratio the estimate may be off by


def _predicted_f0(voice: Voice) -> float:
    at_one = _calibrated_f0(voice.model_copy(update={"pitch": 1.0}))
    xs, ys = zip(*_PITCH_CURVE)
    return at_one * float(np.interp(voice.pitch, xs, ys))


def _calibration_text(language: str) -> str:
    return "我们明天在海边见面。" if language.startswith(("zh", "cmn", "yue")) else \
        "We meet by the sea tomorrow."


def _gap(f0: float, others: list[float]) -> float:
    """The smallest pitch ratio (as a log) between f0 and the others; inf when alone."""
    return min((abs(math.log(f0 / o)) for o in others if o > 0), default=math.inf) if f0 > 0 else -math.inf


def _kind(entity: Entity, gender: str | None, age: str, order: int, language: str = "") -> tuple[str, str]:
    """(variant pool, age band). With nothing in the text, a name's ending may tell the gender;
    else unstated genders alternate so neighbours differ."""
    if entity.form == "robot":
        return "robot", "adult"
    if age == "child":
        return "child", "child"
    gender = gender or name_gender(entity.name, language)
    if entity.form in _SMALL_FORMS:
        return gender or "child", "small"
    if entity.form in _LARGE_FORMS:
        return gender or "male", "large"
    gender = gender or ("male" if order % 2 == 0 else "female")
    return (f"old_{gender}" if age == "old" else gender), age


def _choose_voice(spk: _Speaker, plan: FilmPlan, story: Story, taken: list[_Pitch]) -> tuple[Voice, _Pitch]:
    """The first candidate (typical variant and pitch first) whose pitch stands MIN_PITCH_RATIO
    apart from every voice already chosen, on the calibration phrase and on the character's own
    lines; else the candidate that stands furthest apart."""
    entity = spk.entity
    characters = [e for e in plan.entities if e.kind == "character"]
    about = mentions(entity, story, characters)
    gender, age = gender_of(entity, about, story.language), age_of(entity, about, story.language)
    language = _language(spk.lines, plan.language or story.language)
    pool, band = _kind(entity, gender, age, len(taken), story.language)
    base = speech.resolve_voice_id(Voice(language=language))
    sample = spk.sample
    if not sample or speech.speak(sample, Voice(voice=base, language=language)).skipped:
        sample = _calibration_text(language)
    used_variants = {e.voice.voice.partition("+")[2] for e in characters if e.voice is not None}
    variants = sorted(_VARIANTS[pool], key=lambda v: v in used_variants)  # unused first, stable
    wanted = math.log(MIN_PITCH_RATIO)
    best: tuple[float, Voice] | None = None
    for pitch in _PITCH_STEPS[band] + tuple(p for p in _FALLBACK_PITCHES if p not in _PITCH_STEPS[band]):
        for variant in variants:
            voice = Voice(engine="espeak", voice=f"{base}+{variant}", rate=_RATE[band],
                          pitch=pitch, language=language)
            if _gap(_predicted_f0(voice), [t.calibrated for t in taken]) < wanted - _PREDICTION_SLACK:
                continue  # hopeless by the estimate: not worth synthesising
            gap = _gap(_calibrated_f0(voice), [t.calibrated for t in taken])
            if best is None or gap > best[0]:
                best = (gap, voice)
            if gap < wanted:
                continue
            on_lines = _measured_f0(voice, sample)
            if _gap(on_lines, [t.lines for t in taken]) >= wanted:
                return voice, _Pitch(_calibrated_f0(voice), on_lines)
    voice = best[1] if best else Voice(voice=base, language=language)
    return voice, _Pitch(_calibrated_f0(voice), _measured_f0(voice, sample))


# ---- shots as long as their lines ------------------------------------------------------------

def lengthen_for_speech(plan: FilmPlan) -> list[str]:
    """Make every shot at least as long as its lines spoken in their voices plus breathing room
    (changes ``plan`` in place); the ids of the shots made longer."""
    grown = []
    for shot in plan.shots():
        if not shot.dialogue:
            continue
        need = speech_seconds_needed([line_seconds(plan, line) for line in shot.dialogue])
        need = math.ceil(need * plan.fps - 1e-6) / plan.fps  # whole frames, never a frame short
        if need > shot.duration_s + 1e-9:
            shot.duration_s = round(min(120.0, math.ceil(need * 1000) / 1000), 3)
            grown.append(shot.id)
    return grown


def _fit_shots_to_speech(plan: FilmPlan, story: Story) -> list[str]:
    before = film_timeline(plan).duration
    grown = lengthen_for_speech(plan)
    asked = story.requested_duration_s
    if not grown or not asked:
        return []
    _give_back(plan, film_timeline(plan).duration - max(asked, before))
    length = film_timeline(plan).duration
    if length > asked * 1.05:
        return [f"speech needs more time than asked: the film runs {length:.1f} s, not {asked:.0f} s "
                f"(its lines are spoken in full)"]
    return []


def _give_back(plan: FilmPlan, excess: float) -> None:
    """Shorten silent shots (down to 1.5 s each) in proportion to their spare time."""
    silent = [s for s in plan.shots() if not s.dialogue and s.duration_s > _MIN_SILENT_SHOT_S]
    spare = sum(s.duration_s - _MIN_SILENT_SHOT_S for s in silent)
    if excess <= 0 or spare <= 0:
        return
    share = min(1.0, excess / spare)
    for shot in silent:
        cut = (shot.duration_s - _MIN_SILENT_SHOT_S) * share
        shot.duration_s = round(max(_MIN_SILENT_SHOT_S, shot.duration_s - cut), 3)
