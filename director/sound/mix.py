"""The film's soundtrack: shot stems laid on the timeline, a music bed ducked under the voices,
brought to -16 LUFS with the true peak under -1 dBTP.

The track follows :func:`director.timeline.film_timeline`, the same timeline the picture is cut
from: a dissolve crossfades the two stems over the overlap (equal power), a fade dips the sound
with the picture (out, then in), and cuts are hard (a 4 ms ramp so they do not click). The track
is exactly as long as the picture.

The music (``--music FILE``, anything ffmpeg decodes) is looped or trimmed to the film, and a
sidechain keyed by where the stems' voices are heard pulls it down under dialogue, with a short
look-ahead, a quick attack and a slow release.

The encoded soundtrack is a store artifact keyed by its stems, their places and the music, so a
re-render that changes no sound muxes the stored track again without mixing or encoding.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from director.sound import loudness
from director.sound.decode import decode_audio
from director.sound.dsp import SAMPLE_RATE, db_to_gain, equal_power_ramp, one_pole, read_wav, rms, write_wav
from director.store import ArtifactStore, StoredArtifact, content_key, file_sha256
from director.timeline import Timeline, fade_frames
from director.video import run_ffmpeg

MUSIC_UNDER_DIALOGUE_DB = -8.0  # the bed's level against the dialogue when nobody speaks
DUCK_DB = -12.0  # how far the bed drops while a voice is heard
_DUCK_LOOKAHEAD_S = 0.12
_DUCK_ATTACK_S, _DUCK_RELEASE_S = 0.06, 0.5
_CONTROL_RATE = 100  # sidechain steps per second
_CUT_RAMP_S = 0.004
_MUSIC_FADE_IN_S, _MUSIC_FADE_OUT_S, _LOOP_CROSSFADE_S = 0.5, 2.0, 0.75


@dataclass(frozen=True)
class Soundtrack:
    samples: np.ndarray  # (n, 2) float32, 48 kHz
    lufs: float
    true_peak_dbtp: float
    speech: list[tuple[float, float]]  # film seconds where a voice is heard


def film_samples(timeline: Timeline) -> int:
    return round(timeline.total_frames * SAMPLE_RATE / timeline.fps)


def _at(frame: int, fps: int) -> int:
    return round(frame * SAMPLE_RATE / fps)


def lay_stems(timeline: Timeline, stems: dict[str, dict]) -> tuple[np.ndarray, list]:
    """The shot stems on the timeline, with their transitions; and the film-time speech regions.

    `stems`: shot id → {"path": stem WAV, "speech": [[start, end], ...] seconds in the shot}."""
    fps, spans = timeline.fps, timeline.spans
    track = np.zeros((film_samples(timeline), 2), np.float32)
    speech: list[tuple[float, float]] = []
    for i, span in enumerate(spans):
        stem, _ = read_wav(Path(stems[span.shot_id]["path"]))
        start, stop = _at(span.start_frame, fps), _at(span.start_frame + span.frames, fps)
        stem = stem[: stop - start]
        if stem.shape[0] < stop - start:
            stem = np.concatenate([stem, np.zeros((stop - start - stem.shape[0], 2), np.float32)])
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        gain = np.ones(stem.shape[0], np.float32)
        if i and span.transition == "dissolve":
            n = _at(span.overlap_frames, fps)
            gain[:n] *= equal_power_ramp(n, rising=True)
        elif i and span.transition == "fade":
            n = _at(fade_frames(spans[i - 1].frames, span.frames, fps), fps)
            gain[:n] *= np.linspace(0, 1, n, dtype=np.float32)
        elif i:
            n = min(gain.size, int(_CUT_RAMP_S * SAMPLE_RATE))
            gain[:n] *= np.linspace(0, 1, n, dtype=np.float32)
        if nxt is not None and nxt.transition == "dissolve":
            n = _at(nxt.overlap_frames, fps)
            gain[gain.size - n:] *= equal_power_ramp(n, rising=False)
        elif nxt is not None and nxt.transition == "fade":
            n = _at(fade_frames(span.frames, nxt.frames, fps), fps)
            gain[gain.size - n:] *= np.linspace(1, 0, n, dtype=np.float32)
        elif nxt is not None:
            n = min(gain.size, int(_CUT_RAMP_S * SAMPLE_RATE))
            gain[gain.size - n:] *= np.linspace(1, 0, n, dtype=np.float32)
        track[start:start + stem.shape[0]] += stem * gain[:, None]
        offset, end = span.start_frame / fps, (span.start_frame + span.frames) / fps
        speech.extend((offset + a, min(offset + b, end)) for a, b in stems[span.shot_id].get("speech") or [])
    return track, speech


def music_bed(path: Path, samples: int) -> np.ndarray:
    """The music looped (with a short crossfade at each seam) or trimmed to `samples`, faded in
    and out at the film's ends."""
    music = decode_audio(path, max_seconds=samples / SAMPLE_RATE + 1)  # an hour-long file: read what plays
    seam = min(int(_LOOP_CROSSFADE_S * SAMPLE_RATE), music.shape[0] // 4)
    bed = music[:samples].copy()
    while bed.shape[0] < samples:
        if seam:
            overlap = bed[-seam:] * equal_power_ramp(seam, rising=False)[:, None] \
                + music[:seam] * equal_power_ramp(seam, rising=True)[:, None]
            bed = np.concatenate([bed[:-seam], overlap, music[seam:]])
        else:
            bed = np.concatenate([bed, music])
    bed = bed[:samples]
    fade_in = min(samples, int(_MUSIC_FADE_IN_S * SAMPLE_RATE))
    fade_out = min(samples, int(_MUSIC_FADE_OUT_S * SAMPLE_RATE))
    bed[:fade_in] *= np.linspace(0, 1, fade_in, dtype=np.float32)[:, None]
    bed[samples - fade_out:] *= np.linspace(1, 0, fade_out, dtype=np.float32)[:, None]
    return bed


def duck_gain(speech: list[tuple[float, float]], samples: int) -> np.ndarray:
    """Per-sample music gain: 1 where nobody speaks, DUCK_DB down while a voice is heard,
    moving there over the attack and back over the release."""
    steps = samples * _CONTROL_RATE // SAMPLE_RATE + 2
    key = np.zeros(steps)
    for start, end in speech:
        a = max(0, int((start - _DUCK_LOOKAHEAD_S) * _CONTROL_RATE))
        b = min(steps, int(np.ceil(end * _CONTROL_RATE)) + 1)
        key[a:b] = 1.0
    smooth = one_pole(key, 1 - np.exp(-1 / (_DUCK_ATTACK_S * _CONTROL_RATE)),
                      1 - np.exp(-1 / (_DUCK_RELEASE_S * _CONTROL_RATE)))
    gain_db = DUCK_DB * smooth
    times = np.arange(steps) / _CONTROL_RATE
    return np.interp(np.arange(samples) / SAMPLE_RATE, times, 10 ** (gain_db / 20)).astype(np.float32)


def mix_film(timeline: Timeline, stems: dict[str, dict],
             music: Path | None = None) -> Soundtrack:
    """The finished soundtrack of the film."""
    track, speech = lay_stems(timeline, stems)
    if music is not None and track.shape[0]:
        bed = music_bed(music, track.shape[0])
        dialogue_level = _speech_rms(track, speech)
        bed_level = rms(bed[np.abs(bed).max(axis=1) > 1e-4]) or 1.0
        bed *= db_to_gain(MUSIC_UNDER_DIALOGUE_DB) * dialogue_level / bed_level
        track += bed * duck_gain(speech, track.shape[0])[:, None]
    done = loudness.normalize(track)
    return Soundtrack(done.samples, done.lufs, done.true_peak_dbtp, speech)


MIX_VERSION = 2  # bump when the mix or its encoding changes
AAC_BITRATE = "192k"


def soundtrack_inputs(timeline: Timeline, stems: dict[str, dict], music: Path | None) -> dict:
    """What the encoded soundtrack is made from: the stems (by key), where they sit, the music."""
    return {
        "role": "soundtrack", "version": MIX_VERSION, "fps": timeline.fps,
        "spans": [[s.shot_id, s.start_frame, s.frames, s.transition, s.overlap_frames,
                   stems[s.shot_id]["key"]] for s in timeline.spans],
        "music": file_sha256(music) if music is not None else None,
        "target": [loudness.TARGET_LUFS, loudness.CEILING_DBTP], "aac": AAC_BITRATE,
    }


def make_soundtrack(timeline: Timeline, stems: dict[str, dict], music: Path | None,
                    store: ArtifactStore) -> StoredArtifact:
    """The film's soundtrack mixed and encoded (AAC 48 kHz stereo in an .m4a), from the store when
    nothing it is made from changed. Its meta holds ``loudness_lufs`` and ``true_peak_dbtp``."""
    inputs = soundtrack_inputs(timeline, stems, music)

    def make(out: Path) -> dict:
        sound = mix_film(timeline, stems, music)
        wav = out.with_suffix(".wav")
        try:
            write_wav(wav, sound.samples)
            run_ffmpeg(["-i", str(wav), "-c:a", "aac", "-b:a", AAC_BITRATE, "-ar", str(SAMPLE_RATE),
                        "-ac", "2", "-f", "ipod", str(out)])
        finally:
            wav.unlink(missing_ok=True)
        return {"loudness_lufs": round(float(sound.lufs), 2),
                "true_peak_dbtp": round(float(sound.true_peak_dbtp), 2)}

    return store.get_or_make("soundtrack", content_key(inputs), "m4a", inputs, make)


def _speech_rms(track: np.ndarray, speech: list[tuple[float, float]]) -> float:
    """The level of the voices in the laid track; a nominal level for a film without dialogue."""
    parts = [track[int(a * SAMPLE_RATE):int(b * SAMPLE_RATE)] for a, b in speech]
    parts = [p for p in parts if p.size]
    return rms(np.concatenate(parts)) if parts else db_to_gain(-24.0)
