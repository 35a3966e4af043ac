"""A shot's sound stem: its dialogue voiced at the subtitle spans over its place's ambience.

The stem is an artifact in the content-addressed store (role ``audio``, a 48 kHz stereo WAV as
long as the shot's frames), keyed by exactly what it is made from: the lines with their voices
(the timeline places them), the ambience (setting, time of day, atmosphere), the shot's length, and the sound the
generator made for the shot, if any. Editing one line re-voices that shot only.

A generator may bring its own sound for a shot (``ClipResult.audio``, e.g. a model that makes
sound with the picture). Its ``audio_role`` says how it meets ours: ``ambience`` replaces the
procedural bed (our voices stay on top), ``effects`` joins the bed, ``full`` is the whole sound
of the shot (nothing voiced here).

The sidecar keeps where the voice is actually heard (``speech``: [start, end] seconds, measured
on the voiced samples), which the mix uses to duck the music.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import numpy as np

from director.plan import FilmPlan, Shot, Voice
from director.sound.ambience import AmbienceSpec, ambience_layers, render_ambience, scene_ambience
from director.sound.cast import line_voice
from director.sound.decode import decode_audio
from director.sound.dsp import SAMPLE_RATE, db_to_gain, resample, rms, write_wav
from director.store import ArtifactStore, content_key
from director.timeline import SPEECH_GAP_S, SPEECH_LEAD_S, SPEECH_TAIL_S, dialogue_spans, shot_frames

AUDIO_VERSION = 2  # bump when the way stems are made changes
DIALOGUE_DBFS = -24.0  # RMS of a voiced line in a stem: headroom for peaks in 16-bit WAV
GENERATOR_AUDIO_ROLES = ("ambience", "effects", "full")
_ACTIVE_BELOW_DIALOGUE_DB = 25.0  # 10 ms windows this far under the line level count as pauses
_LATE_S = 0.25  # a line running this far past its subtitle span is reported

EventFn = Callable[[dict[str, Any]], None]


def shot_samples(plan: FilmPlan, shot: Shot) -> int:
    """Samples of sound under a shot's frames (the same count the mix places)."""
    return round(shot_frames(shot.duration_s, plan.fps) * SAMPLE_RATE / plan.fps)


def shot_audio_inputs(plan: FilmPlan, shot_id: str, generator_audio: dict | None = None) -> dict[str, Any]:
    """Everything the stem is made from; its content key."""
    scene = plan.scene_of(shot_id)
    shot = next(s for s in scene.shots if s.id == shot_id)
    # Where each line sits follows from these fields by the timeline's layout rule, so the
    # spans themselves stay out of the key (a few ms of engine jitter must not re-voice a shot).
    lines = [{"speaker": line.speaker, "text": line.text,
              "voice": line_voice(plan, line).model_dump(mode="json")} for line in shot.dialogue]
    return {
        "role": "audio", "version": AUDIO_VERSION, "rate": SAMPLE_RATE,
        "samples": shot_samples(plan, shot), "duration_s": shot.duration_s, "lines": lines,
        "layout": [SPEECH_LEAD_S, SPEECH_GAP_S, SPEECH_TAIL_S],
        "ambience": scene_ambience(plan, scene).key_fields(), "seed": f"{plan.seed}:{shot.id}",
        "generator": ({"clip": generator_audio["clip"], "role": generator_audio["role"]}
                      if generator_audio else None),
    }


def make_shot_audio(plan: FilmPlan, shot_id: str, store: ArtifactStore,
                    generator_audio: dict | None = None, emit: EventFn = lambda e: None) -> dict[str, Any]:
    """Make (or reuse) a shot's stem. `generator_audio`: {"path", "role", "clip": clip key} when
    the shot's generator made sound. Returns a JSON-able result for graph state."""
    inputs = shot_audio_inputs(plan, shot_id, generator_audio)
    key = content_key(inputs)
    emit({"stage": "sound", "item": shot_id, "status": "started"})
    shot = next(s for s in plan.shots() if s.id == shot_id)
    spans = [(start, end) for start, end, _ in dialogue_spans(shot, plan)]
    art = store.get_or_make("audio", key, "wav", inputs,
                            lambda tmp: _make_stem(inputs, spans, generator_audio, tmp))
    status = "cached" if art.cached else "rendered"
    emit({"stage": "sound", "item": shot_id, "status": status, "seconds": art.seconds})
    return {"id": shot_id, "key": key, "path": str(art.path), "status": status,
            "seconds": round(art.seconds, 3), **{k: art.meta.get(k) for k in
                                                 ("speech", "engine", "skipped", "ambience")}}


def _make_stem(inputs: dict[str, Any], spans: list[tuple[float, float]], generator_audio: dict | None,
               out: Path) -> dict[str, Any]:
    n = inputs["samples"]
    role = generator_audio["role"] if generator_audio else None
    ambience = AmbienceSpec.from_key(inputs["ambience"])
    if role in ("ambience", "full"):
        bed = np.zeros((n, 2), np.float32)
        layers = [f"generator {role}"]
    else:
        bed = render_ambience(ambience, n, inputs["seed"], DIALOGUE_DBFS)
        layers = [name for name, _ in ambience_layers(ambience)] + ([f"generator {role}"] if role else [])
    if generator_audio:
        bed += _fit(decode_audio(Path(generator_audio["path"])), n)
    voice = np.zeros(n, np.float32)
    warnings: list[str] = []
    engines: list[str] = []
    if role != "full":
        for number, (line, span) in enumerate(zip(inputs["lines"], spans), 1):
            engine = _voice_line(line, span, number, voice, warnings)
            if engine and engine not in engines:
                engines.append(engine)
    stem = bed + voice[:, None]
    peak = float(np.abs(stem).max()) if n else 0.0
    if peak > 0.98:  # keep the 16-bit stem unclipped; the mix sets the film's level anyway
        stem *= 0.98 / peak
    write_wav(out, stem)
    return {"speech": voice_regions(voice), "engine": ",".join(engines) or ("generator" if role else None),
            "skipped": warnings, "ambience": layers}


def _voice_line(line: dict[str, Any], span: tuple[float, float], number: int, track: np.ndarray,
                warnings: list[str]) -> str | None:
    """Speak one line into `track` at its span's start; note what was skipped or cut."""
    from director.sound.speech import speak

    voice = Voice.model_validate(line["voice"])
    who = f"line {number} ({line['speaker']})"
    speech = speak(line["text"], voice)
    if speech.skipped:
        warnings.append(f"{who} not voiced: {speech.skipped}")
        return None
    if speech.dropped:
        warnings.append(f"{who}: left out '{speech.dropped}'")
    samples = resample(speech.samples, speech.sample_rate, SAMPLE_RATE)
    level = rms(samples)
    if level <= 0:
        return None
    samples = samples * (db_to_gain(DIALOGUE_DBFS) / level)
    start = min(int(round(span[0] * SAMPLE_RATE)), track.size)
    room = track.size - start
    if samples.size > room:
        warnings.append(f"{who} cut at the shot's end: {samples.size / SAMPLE_RATE:.2f} s spoken, "
                        f"{room / SAMPLE_RATE:.2f} s left")
        samples = samples[:room]
        fade = min(samples.size, SAMPLE_RATE // 100)
        samples[samples.size - fade:] *= np.linspace(1, 0, fade, dtype=np.float32)
    elif start + samples.size > (span[1] + _LATE_S) * SAMPLE_RATE:
        warnings.append(f"{who} runs {(start + samples.size) / SAMPLE_RATE - span[1]:.2f} s "
                        f"past its subtitle")
    track[start:start + samples.size] += samples
    return voice.engine


def voice_regions(track: np.ndarray, gap_s: float = 0.25) -> list[list[float]]:
    """[start, end] seconds where the voice is heard (10 ms windows within 25 dB of the line
    level), pauses shorter than `gap_s` bridged."""
    win = SAMPLE_RATE // 100
    frames = track.size // win
    if frames == 0:
        return []
    energy = np.sqrt(np.mean(np.square(track[: frames * win].reshape(frames, win), dtype=np.float64), axis=1))
    active = energy > db_to_gain(DIALOGUE_DBFS - _ACTIVE_BELOW_DIALOGUE_DB)
    regions: list[list[float]] = []
    for index in np.flatnonzero(active):
        start, end = index * 0.01, (index + 1) * 0.01
        if regions and start - regions[-1][1] <= gap_s:
            regions[-1][1] = end
        else:
            regions.append([start, end])
    return [[round(float(a), 3), round(float(b), 3)] for a, b in regions if b - a >= 0.05]


def _fit(audio: np.ndarray, n: int) -> np.ndarray:
    """Trim or pad (with silence) a stereo stem to `n` samples."""
    if audio.shape[0] >= n:
        return audio[:n]
    return np.concatenate([audio, np.zeros((n - audio.shape[0], 2), np.float32)])
