"""Speech for dialogue: one call turns (text, Voice) into float32 mono samples, offline.

The interface the rest of director uses:
- ``speak(text, voice) -> Speech`` — deterministic, cached in process by (text, voice);
- ``spoken_seconds(text, voice) -> float`` — how long that line lasts when spoken;
- ``speakable(text, language)`` — the part of a text a voice of that language can read;
- ``list_voices(engine=None) -> list[VoiceInfo]`` — what each usable engine offers;
- ``check_voice(voice)`` — InputError naming the choices for an unknown engine or voice.

Text an engine cannot speak (emoji, a script the voice's language does not read) is left out;
a line with nothing speakable comes back with ``skipped`` set and no samples, never an error.
Leading and trailing silence is trimmed, so a Speech's length is the line's real spoken span.
"""

from __future__ import annotations

import difflib
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from director import vocab
from director.errors import InputError
from director.plan import Voice
from director.sound.engines import engine_module
from director.sound.engines.base import VoiceInfo

__all__ = ["Speech", "VoiceInfo", "speak", "spoken_seconds", "reading_seconds", "list_voices",
           "check_voice", "engine_problem", "engine_report", "resolve_voice_id", "speakable",
           "clear_cache", "SAMPLE_RATE"]

SAMPLE_RATE = 22050  # what eSpeak NG makes; other engines report their own
# A line with nothing speakable still takes time on screen: a reading-speed estimate.
_WORDS_PER_SECOND = 2.6
_CACHE_BYTES = 64 * 1024 * 1024  # ~12 minutes of speech at 22.05 kHz float32; oldest go first
_SILENCE = 0.01  # |sample| below this counts as silence when trimming the ends
_KEEP_EDGE_S = 0.02


@dataclass
class Speech:
    """A spoken line. ``skipped`` says why there is no sound (samples then empty);
    ``dropped`` lists characters left out of a line that was otherwise spoken."""

    samples: np.ndarray  # float32 mono, -1..1
    sample_rate: int
    text: str
    skipped: str | None = None
    dropped: str = ""

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.sample_rate if self.sample_rate else 0.0


# ---- what a voice can read ----------------------------------------------------------------

# Scripts (the first word of a character's Unicode name) and the languages that read them.
# Latin letters, digits and punctuation are read by every voice; a script missing here is read
# by no voice, so its text is skipped rather than spelled out as "letter, letter, letter".
_SCRIPT_LANGUAGES = {
    "CJK": {"cmn", "yue", "hak", "ja", "zh"},
    "HIRAGANA": {"ja"}, "KATAKANA": {"ja"}, "KATAKANA-HIRAGANA": {"ja"}, "HALFWIDTH": {"ja", "ko"},
    "HANGUL": {"ko"},
    "CYRILLIC": {"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tt", "ba", "cv", "nog", "tk"},
    "ARABIC": {"ar", "fa", "ur", "ug", "sd", "ku"},
    "HEBREW": {"he"},
    "GREEK": {"el", "grc"},
    "DEVANAGARI": {"hi", "mr", "ne", "kok", "sa", "bpy"},
    "BENGALI": {"bn", "as", "bpy"},
    "GURMUKHI": {"pa"}, "GUJARATI": {"gu"}, "ORIYA": {"or"}, "TAMIL": {"ta"},
    "TELUGU": {"te"}, "KANNADA": {"kn"}, "MALAYALAM": {"ml"}, "SINHALA": {"si"},
    "THAI": {"th"}, "GEORGIAN": {"ka"}, "ARMENIAN": {"hy"}, "ETHIOPIC": {"am", "ti", "om"},
    "MYANMAR": {"my"}, "CHEROKEE": {"chr"},
}
# Read by every voice: Latin letters, and marks that belong to the letter before them.
_ALWAYS = {"LATIN", "DIGIT", "FULLWIDTH", "IDEOGRAPHIC", "SPACE", "COMBINING", "MODIFIER"}
# Language tags that name a spoken language the voice lists under another code.
_LANGUAGE_ALIASES = {"zh": "cmn", "zh-cn": "cmn", "zh-tw": "cmn", "zh-hk": "yue"}


def _base_language(language: str) -> str:
    tag = language.lower().replace("_", "-")
    tag = _LANGUAGE_ALIASES.get(tag, tag)
    return tag.split("-")[0]


def _script(ch: str) -> str | None:
    """The script word of a letter ('LATIN', 'CJK', ...); None for non-letters."""
    if not unicodedata.category(ch).startswith(("L", "M")):
        return None
    name = unicodedata.name(ch, "")
    return name.split(" ")[0] if name else "UNKNOWN"


def speakable(text: str, language: str) -> tuple[str, str]:
    """(the text a voice of ``language`` can read, the characters left out).

    Symbols (emoji, pictographs, private-use and unassigned code points) are left out, and so
    are letters of a script the language does not read.
    """
    lang = _base_language(language)
    kept, dropped = [], []
    for ch in unicodedata.normalize("NFC", text):
        cat = unicodedata.category(ch)
        if cat in ("So", "Sk", "Cs", "Co", "Cn") or ch in "\u200d\ufe0f\ufe0e\u20e3":
            dropped.append(ch)
            kept.append(" ")
            continue
        script = _script(ch)
        if script is None or script in _ALWAYS:
            kept.append(ch)
        elif lang in _SCRIPT_LANGUAGES.get(script, ()):
            kept.append(ch)
        else:
            dropped.append(ch)
            kept.append(" ")
    spoken = " ".join("".join(kept).split())
    return spoken, "".join(dropped)


def _has_words(text: str) -> bool:
    return any(unicodedata.category(ch).startswith(("L", "N")) for ch in text)


# ---- engines --------------------------------------------------------------------------------

def engine_problem(engine: str) -> str | None:
    """None when ``engine`` can speak here, else one line naming the fix."""
    if engine not in vocab.VOICE_ENGINES:
        return f"unknown voice engine '{engine}' (use one of {', '.join(vocab.VOICE_ENGINES)})"
    return engine_module(engine).available()


def list_voices(engine: str | None = None) -> list[VoiceInfo]:
    """Every voice of ``engine`` (or of every usable engine), sorted by engine then id."""
    if engine is not None and engine not in vocab.VOICE_ENGINES:
        raise InputError(f"unknown voice engine '{engine}' (use one of {', '.join(vocab.VOICE_ENGINES)})")
    names = [engine] if engine else list(vocab.VOICE_ENGINES)
    out: list[VoiceInfo] = []
    for name in names:
        if engine_module(name).available() is None:
            out.extend(engine_module(name).list_voices())
    return out


def resolve_voice_id(voice: Voice) -> str:
    """The engine voice id to use: ``voice.voice``, or the engine's default for its language."""
    if voice.voice:
        return voice.voice
    return engine_module(voice.engine).default_voice(voice.language)


def check_voice(voice: Voice) -> None:
    """InputError (exit 2) unless ``voice``'s engine is usable here and offers ``voice.voice``."""
    problem = engine_problem(voice.engine)
    if problem:
        raise InputError(f"voice engine '{voice.engine}' cannot speak here: {problem}")
    module = engine_module(voice.engine)
    voice_id = resolve_voice_id(voice)
    if module.has_voice(voice_id):
        return
    see = f"see `director voices list --engine {voice.engine}`"
    base, plus, variant = voice_id.partition("+")
    if plus and module.has_voice(base):
        variants = [v.id for v in module.list_voices() if v.kind == "variant"]
        close = difflib.get_close_matches("+" + variant, variants, n=5, cutoff=0.4) or variants[:8]
        raise InputError(f"unknown {voice.engine} voice variant '+{variant}' in '{voice_id}' "
                         f"(e.g. {', '.join(close)}; {see})")
    ids = [v.id for v in module.list_voices() if v.kind == "voice"]
    close = difflib.get_close_matches(base, ids, n=5, cutoff=0.5) or ids[:8]
    hint = f"e.g. {', '.join(close)}" if close else "none are installed"
    raise InputError(f"unknown {voice.engine} voice '{voice_id}' ({hint}; {see})")


# ---- speaking -------------------------------------------------------------------------------

_cache: OrderedDict[tuple, Speech] = OrderedDict()
_cache_bytes = 0
_cache_lock = threading.Lock()


def _key(text: str, voice: Voice) -> tuple:
    return (text, voice.engine, voice.voice, round(voice.rate, 4), round(voice.pitch, 4),
            voice.language)


def _trim(samples: np.ndarray, rate: int) -> np.ndarray:
    """Cut the silence an engine puts before and after a line (keep 20 ms either side)."""
    loud = np.flatnonzero(np.abs(samples) > _SILENCE)
    if loud.size == 0:
        return samples[:0]
    edge = int(_KEEP_EDGE_S * rate)
    return samples[max(0, loud[0] - edge): loud[-1] + 1 + edge]


def speak(text: str, voice: Voice) -> Speech:
    """``text`` spoken by ``voice``: deterministic, cached in process by (text, voice).

    Raises InputError only for an unusable engine or unknown voice (call check_voice before a
    render to fail early); anything the engine cannot say is skipped, not raised.
    """
    key = _key(text, voice)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    speech = _synthesize(text, voice)
    with _cache_lock:
        global _cache_bytes
        if key not in _cache:
            _cache[key] = speech
            _cache_bytes += speech.samples.nbytes
        while _cache_bytes > _CACHE_BYTES and len(_cache) > 1:
            _cache_bytes -= _cache.popitem(last=False)[1].samples.nbytes
    return speech


def _synthesize(text: str, voice: Voice) -> Speech:
    empty = np.zeros(0, dtype=np.float32)
    module = engine_module(voice.engine)
    if getattr(module, "SPEAKS", True) is False:
        return Speech(empty, SAMPLE_RATE, text, skipped=module.skip_reason())
    check_voice(voice)
    voice_id = resolve_voice_id(voice)
    language = module.voice_language(voice_id) or voice.language
    spoken, dropped = speakable(text, language)
    if not _has_words(spoken):
        what = f"'{dropped}'" if dropped else "nothing to say"
        return Speech(empty, SAMPLE_RATE, text,
                      skipped=f"{voice.engine} voice '{voice_id}' cannot speak {what}", dropped=dropped)
    pcm, rate = module.synthesize(spoken, voice_id, voice.rate, voice.pitch)
    samples = _trim(pcm.astype(np.float32) / 32768.0, rate)
    if samples.size == 0:
        return Speech(empty, rate, text,
                      skipped=f"{voice.engine} voice '{voice_id}' made no sound for this line",
                      dropped=dropped)
    return Speech(samples, rate, text, dropped=dropped)


def clear_cache() -> None:
    """Forget every spoken line (tests; a long-lived process that wants its memory back)."""
    global _cache_bytes
    with _cache_lock:
        _cache.clear()
        _cache_bytes = 0


def spoken_seconds(text: str, voice: Voice) -> float:
    """How long ``text`` lasts spoken by ``voice``; a reading-time estimate when it is skipped."""
    speech = speak(text, voice)
    if speech.skipped is None:
        return speech.seconds
    return reading_seconds(text, voice)


def reading_seconds(text: str, voice: Voice) -> float:
    """A line's time on screen from its words alone (no engine), at least half a second."""
    from director.text import word_count

    return round(max(0.5, word_count(text) / _WORDS_PER_SECOND / max(voice.rate, 0.5)), 3)


def engine_report() -> list[dict]:
    """One row per speech engine for `director models check`: engine, status (present | missing),
    how many voices it offers here, and the fix when it is missing."""
    rows = []
    for name in vocab.VOICE_ENGINES:
        problem = engine_problem(name)
        count = len(engine_module(name).list_voices()) if problem is None else 0
        rows.append({"engine": name, "status": "present" if problem is None else "missing",
                     "voices": count, "fix": problem or ""})
    return rows
