"""eSpeak NG embedded through the espeakng-loader wheel (libespeak-ng + its data), via ctypes.

The C library keeps one global synthesiser, so every call holds ``_LOCK``. Output is 22.05 kHz
mono int16 delivered to a callback in synchronous mode (espeak_Synth returns when done).
Voice ids: a language voice (``en-us``, ``cmn``, ``yue``) optionally with a variant
(``en-us+f3``, ``cmn+m2``); ``director voices list --engine espeak`` shows both.
"""

from __future__ import annotations

import ctypes
import struct
import threading
from functools import lru_cache

import numpy as np

from director.sound.engines.base import VoiceInfo

ENGINE = "espeak"
AUDIO_OUTPUT_SYNCHRONOUS = 2
ESPEAK_CHARS_UTF8 = 1
ESPEAK_RATE, ESPEAK_VOLUME, ESPEAK_PITCH, ESPEAK_RANGE = 1, 2, 3, 4
RATE_NORMAL, RATE_MIN, RATE_MAX = 175, 80, 450
PITCH_NORMAL = 50
_RAND_SEED = 1

_LOCK = threading.Lock()


class _EventId(ctypes.Union):
    _fields_ = [("number", ctypes.c_int), ("name", ctypes.c_char_p), ("string", ctypes.c_char * 8)]


class _Event(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("unique_identifier", ctypes.c_uint),
                ("text_position", ctypes.c_int), ("length", ctypes.c_int),
                ("audio_position", ctypes.c_int), ("sample", ctypes.c_int),
                ("user_data", ctypes.c_void_p), ("id", _EventId)]


class _Voice(ctypes.Structure):
    # languages is a packed list (priority byte, name, NUL)*: read it raw, not as one C string
    _fields_ = [("name", ctypes.c_char_p), ("languages", ctypes.c_void_p),
                ("identifier", ctypes.c_char_p), ("gender", ctypes.c_ubyte),
                ("age", ctypes.c_ubyte), ("variant", ctypes.c_ubyte), ("xx1", ctypes.c_ubyte),
                ("score", ctypes.c_int), ("spare", ctypes.c_void_p)]


_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                             ctypes.POINTER(_Event))


class _Library:
    """The loaded, initialised library and the buffer its callback fills."""

    def __init__(self) -> None:
        import espeakng_loader

        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_CALLBACK]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint,
                                     ctypes.POINTER(ctypes.c_uint), ctypes.c_void_p]
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_ng_SetRandSeed.argtypes = [ctypes.c_long]
        lib.espeak_ng_SetRandSeed.restype = None
        lib.espeak_ListVoices.argtypes = [ctypes.POINTER(_Voice)]
        lib.espeak_ListVoices.restype = ctypes.POINTER(ctypes.POINTER(_Voice))
        data = espeakng_loader.get_data_path().encode()
        rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, data, 0)
        if rate <= 0:
            raise RuntimeError(f"espeak-ng did not initialise from {data.decode()}")
        self.lib = lib
        self.sample_rate = rate
        self._wave_state = _wave_state(espeakng_loader.get_library_path(), lib)
        self.chunks: list[np.ndarray] = []
        self._callback = _CALLBACK(self._on_audio)  # kept referenced: C holds the pointer
        lib.espeak_SetSynthCallback(self._callback)

    def reset_state(self) -> None:
        """Start every line from the same synthesiser state, so the same text gives the same
        samples: the random seed, and the waveform generator's running counters (pitch-flutter
        phase, glottal cycle count and phase) that otherwise run on from the previous line and
        shift its length and samples a little."""
        self.lib.espeak_ng_SetRandSeed(_RAND_SEED)
        for counter in self._wave_state:
            counter.value = 0

    def _on_audio(self, wav, count, _events) -> int:
        if wav and count > 0:
            self.chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
        return 0

    def list_voices(self, languages: bytes | None) -> list[tuple[str, str, tuple[str, ...], int]]:
        spec = None
        if languages is not None:
            spec = _Voice()
            self._spec_languages = ctypes.create_string_buffer(languages)
            spec.languages = ctypes.cast(self._spec_languages, ctypes.c_void_p)
        found = self.lib.espeak_ListVoices(ctypes.byref(spec) if spec is not None else None)
        voices = []
        i = 0
        while found[i]:
            v = found[i].contents
            voices.append((v.identifier.decode(), v.name.decode(), _languages(v.languages), v.gender))
            i += 1
        return voices


def _languages(raw: int | None) -> tuple[str, ...]:
    """espeak's language list: (priority byte, name, NUL) repeated, ending with a NUL byte."""
    if not raw:
        return ()
    out, i = [], 0
    ptr = ctypes.cast(raw, ctypes.POINTER(ctypes.c_ubyte))
    while ptr[i] != 0:
        i += 1  # priority byte
        start = i
        while ptr[i] != 0:
            i += 1
        out.append(bytes(ptr[start:i]).decode(errors="replace"))
        i += 1
    return tuple(out)


# wavegen.c's static int counters that carry over from one line to the next
_WAVE_COUNTERS = ("Flutter_ix", "cycle_count", "h_switch_sign", "wavephase")


def _wave_state(path: str, lib: ctypes.CDLL) -> list[ctypes.c_int]:
    """The library's static waveform counters (_WAVE_COUNTERS), found through the ELF symbol
    table; empty where they cannot be found (another platform, a stripped build), and then
    consecutive lines may differ by a few samples."""
    try:
        data = open(path, "rb").read()
        if data[:4] != b"\x7fELF" or data[4] != 2:  # 64-bit ELF only
            return []
        shoff, = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
        sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
        found: dict[str, int] = {}
        for sec in sections:
            if sec[1] != 2:  # SHT_SYMTAB
                continue
            strings = sections[sec[6]][4]
            for off in range(sec[4], sec[4] + sec[5], 24):
                name_at, _info, _other, _shndx, value, _size = struct.unpack_from("<IBBHQQ", data, off)
                name = data[strings + name_at: data.index(b"\0", strings + name_at)]
                plain = name.split(b".")[0].decode(errors="replace")
                if plain == "espeak_Initialize" or plain in _WAVE_COUNTERS:
                    found[plain] = value
        if "espeak_Initialize" not in found:
            return []
        base = ctypes.cast(lib.espeak_Initialize, ctypes.c_void_p).value - found.pop("espeak_Initialize")
        return [ctypes.c_int.from_address(base + value) for value in found.values()]
    except (OSError, ValueError, struct.error, IndexError):
        return []


@lru_cache(maxsize=1)
def _library() -> _Library:
    return _Library()


def available() -> str | None:
    try:
        with _LOCK:
            _library()
    except (ImportError, OSError, RuntimeError) as exc:
        return f"eSpeak NG is not usable ({exc}); fix: pip install espeakng-loader"
    return None


@lru_cache(maxsize=1)
def list_voices() -> tuple[VoiceInfo, ...]:
    with _LOCK:
        lib = _library()
        languages = lib.list_voices(None)
        variants = lib.list_voices(b"variant")
    gender = {1: "male", 2: "female"}
    infos = [VoiceInfo(id=ident.rsplit("/", 1)[-1].lower(), name=name, languages=langs,
                       gender=gender.get(g), engine=ENGINE)
             for ident, name, langs, g in languages]
    infos += [VoiceInfo(id="+" + ident.rsplit("/", 1)[-1], name=name, languages=(),
                        gender=gender.get(g), engine=ENGINE, kind="variant")
              for ident, name, _langs, g in variants]
    return tuple(sorted(infos, key=lambda v: (v.kind != "voice", v.id.lower())))


def has_voice(voice_id: str) -> bool:
    """Language voices match in any case; variants are file names, so their case counts."""
    base, _, variant = voice_id.partition("+")
    ids = {v.id for v in list_voices()}
    return base.lower() in ids and (not variant or "+" + variant in ids)


def synthesize(text: str, voice_id: str, rate: float, pitch: float) -> tuple[np.ndarray, int]:
    """int16 samples of ``text`` spoken by ``voice_id`` (rate, pitch relative to 1.0)."""
    with _LOCK:
        lib = _library()
        if lib.lib.espeak_SetVoiceByName(voice_id.encode()) != 0:
            raise ValueError(f"espeak voice '{voice_id}' not found")
        wpm = int(round(min(RATE_MAX, max(RATE_MIN, RATE_NORMAL * rate))))
        lib.lib.espeak_SetParameter(ESPEAK_RATE, wpm, 0)
        lib.lib.espeak_SetParameter(ESPEAK_PITCH, int(round(min(100, max(0, PITCH_NORMAL * pitch)))), 0)
        lib.chunks = []
        lib.reset_state()
        data = text.encode("utf-8")
        lib.lib.espeak_Synth(data, len(data) + 1, 0, 1, 0, ESPEAK_CHARS_UTF8, None, None)
        chunks, lib.chunks = lib.chunks, []
        rate_hz = lib.sample_rate
    samples = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)
    return samples.astype(np.int16, copy=False), rate_hz


# Languages whose plain code is not itself an eSpeak voice id, or where one voice is the usual pick.
_PREFERRED = {"en": "en-us", "zh": "cmn", "pt": "pt-br"}


def default_voice(language: str) -> str:
    """The voice id for a language tag ('en', 'zh', 'fr-ca'), or 'en-us' when none reads it."""
    return pick_voice(language, list_voices())


def pick_voice(language: str, voices) -> str:
    tag = language.lower().replace("_", "-")
    ids = {v.id for v in voices if v.kind == "voice"}
    if tag in _PREFERRED and _PREFERRED[tag] in ids:
        return _PREFERRED[tag]
    if tag in ids:
        return tag
    for v in voices:
        if v.kind == "voice" and tag in v.languages:
            return v.id
    base = tag.split("-")[0]
    if base != tag:
        return pick_voice(base, voices)
    return "en-us"


def voice_language(voice_id: str) -> str | None:
    """The language a voice id reads ('cmn+f2' → 'cmn')."""
    base = voice_id.lower().partition("+")[0]
    return base if any(v.id == base for v in list_voices()) else None
