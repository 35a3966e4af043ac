"""The sound stages measured on synthetic signals: the loudness meter against ffmpeg's, true peak
and the limiter, ambience per place, the soundtrack's transitions and ducking, and a generator
that brings its own sound for a shot."""

import re
import subprocess
from pathlib import Path

import av
import numpy as np
import pytest

from director.plan import parse_plan
from director.render.run import RenderOptions, render_plan
from director.sound import loudness
from director.sound.ambience import AmbienceSpec, ambience_layers, render_ambience
from director.sound.dsp import SAMPLE_RATE, band, read_wav, shaped_noise, write_wav
from director.sound.mix import DUCK_DB, duck_gain, lay_stems
from director.timeline import film_timeline
from director.video import ffmpeg_exe
from generators.base import ClipResult
from generators.registry import register_backend

RATE = SAMPLE_RATE


def db(x):
    return 20 * np.log10(np.sqrt(np.mean(np.square(x, dtype=np.float64))) + 1e-12)


def band_db(x, lo, hi):
    """Level (dB) of the part of mono `x` between lo and hi Hz."""
    spectrum = np.fft.rfft(x)
    freqs = np.fft.rfftfreq(x.size, 1 / RATE)
    spectrum[(freqs < lo) | (freqs >= hi)] = 0
    return db(np.fft.irfft(spectrum, x.size))


def test_loudness_meter_agrees_with_ffmpeg_ebur128(tmp_path):
    rng = np.random.default_rng(3)
    n = RATE * 6
    x = np.stack([shaped_noise(rng, n, band(tilt=-0.5)), shaped_noise(rng, n, band(100, 3000))], axis=1) * 0.1
    x[: n // 3] *= 0.02  # a quiet third, below the relative gate
    x[:, 0] += 0.2 * np.sin(2 * np.pi * 997 * np.arange(n) / RATE)
    write_wav(tmp_path / "x.wav", x)
    x, _ = read_wav(tmp_path / "x.wav")
    err = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostats", "-i", str(tmp_path / "x.wav"),
                          "-af", "ebur128", "-f", "null", "-"], capture_output=True, text=True).stderr
    theirs = float(re.search(r"I:\s+(-?[\d.]+) LUFS", err[err.rindex("Summary:"):]).group(1))
    assert abs(loudness.integrated_lufs(x) - theirs) <= 0.1


def test_true_peak_sees_between_the_samples():
    t = np.arange(RATE) / RATE
    # A quarter-rate sine sampled 45 degrees off its crests: every sample is at 0.707 of the peak.
    x = np.sin(2 * np.pi * (RATE / 4) * t + np.pi / 4).astype(np.float32)[:, None] * 0.5
    sample_peak = 20 * np.log10(np.abs(x).max())
    assert abs(sample_peak - 20 * np.log10(0.5 * 0.7071)) < 0.05
    assert abs(loudness.true_peak_dbtp(x) - 20 * np.log10(0.5)) < 0.3


def test_normalize_hits_the_target_and_keeps_peaks_under_the_ceiling():
    rng = np.random.default_rng(5)
    n = RATE * 5
    x = np.stack([shaped_noise(rng, n, band(200, 4000))] * 2, axis=1) * 0.01
    x[::RATE // 3] = 0.9  # clicks far above the noise: the limiter must catch them
    done = loudness.normalize(x)
    assert abs(loudness.integrated_lufs(done.samples) + 16) < 0.15
    assert loudness.true_peak_dbtp(done.samples) <= loudness.CEILING_DBTP + 0.05
    assert abs(done.lufs - loudness.integrated_lufs(done.samples)) < 0.1


@pytest.mark.parametrize("spec, expect, band_hz", [
    (AmbienceSpec(False, "street", "night", ("rain",)), {"air", "traffic", "rain"}, (2000, 9000)),
    (AmbienceSpec(True, "spacecraft", "day"), {"room tone", "hum"}, (45, 55)),
    (AmbienceSpec(False, "forest", "night"), {"air", "insects"}, (4000, 5500)),
    (AmbienceSpec(False, "sea", "day", ("storm",)), {"air", "sea", "wind", "rain", "thunder"}, (20, 200)),
])
def test_ambience_is_made_from_the_place_and_is_deterministic(spec, expect, band_hz):
    assert {name for name, _ in ambience_layers(spec)} == expect
    bed = render_ambience(spec, RATE * 4, "seed", dialogue_dbfs=-24.0)
    assert np.array_equal(bed, render_ambience(spec, RATE * 4, "seed", dialogue_dbfs=-24.0))
    assert not np.array_equal(bed, render_ambience(spec, RATE * 4, "other", dialogue_dbfs=-24.0))
    assert db(bed) < -24.0 - 6  # every bed stays under the dialogue
    quiet = render_ambience(AmbienceSpec(True, "home", "day"), RATE * 4, "seed", dialogue_dbfs=-24.0)
    # the place's own sound shows in its band, well above a quiet room's
    assert band_db(bed.mean(axis=1), *band_hz) > band_db(quiet.mean(axis=1), *band_hz) + 6


def test_public_places_murmur_when_people_fill_them():
    names = lambda spec: {name for name, _ in ambience_layers(spec)}  # noqa: E731
    assert "murmur" in names(AmbienceSpec(False, "stadium", "night"))  # a floodlit match
    assert "murmur" in names(AmbienceSpec(True, "theatre", "day"))
    assert "murmur" not in names(AmbienceSpec(True, "museum", "night"))  # closed for the night
    assert "murmur" not in names(AmbienceSpec(False, "field", "day"))


def _two_shot_plan(transition):
    return parse_plan({
        "title": "t", "fps": 24, "resolution": "320x180",
        "scenes": [{"id": "a", "heading": "INT. ROOM - DAY", "shots": [
            {"id": "s1", "description": "one", "duration_s": 2.0},
            {"id": "s2", "description": "two", "duration_s": 2.0, "transition": transition}]}],
    })


def _tone_stems(tmp_path, seconds=2.0):
    """Two stems: a steady 440 Hz tone, then a steady 880 Hz tone."""
    t = np.arange(int(seconds * RATE)) / RATE
    stems = {}
    for sid, freq in (("s1", 440.0), ("s2", 880.0)):
        tone = 0.3 * np.sin(2 * np.pi * freq * t)
        write_wav(tmp_path / f"{sid}.wav", np.stack([tone, tone], axis=1).astype(np.float32))
        stems[sid] = {"path": str(tmp_path / f"{sid}.wav"), "speech": [[0.5, 1.5]]}
    return stems


def test_soundtrack_follows_the_transitions(tmp_path):
    stems = _tone_stems(tmp_path)
    windows = {}
    for transition in ("cut", "dissolve", "fade"):
        timeline = film_timeline(_two_shot_plan(transition))
        track, speech = lay_stems(timeline, stems)
        assert track.shape[0] == round(timeline.duration * RATE)
        boundary = int(timeline.spans[1].start_frame / 24 * RATE)
        windows[transition] = track[:, 0], boundary
        assert speech[1][0] == pytest.approx(timeline.spans[1].start_frame / 24 + 0.5)
    cut, at = windows["cut"]
    # hard cut: the first tone alone up to the boundary, the second right after it
    assert band_db(cut[at - 2400:at - 200], 400, 480) > band_db(cut[at - 2400:at - 200], 840, 920) + 30
    assert band_db(cut[at + 200:at + 2400], 840, 920) > band_db(cut[at + 200:at + 2400], 400, 480) + 30
    dissolve, at = windows["dissolve"]
    mid = at + int(0.25 * RATE)  # the dissolve overlap is 0.5 s from the second shot's start
    both = dissolve[mid - 1200:mid + 1200]
    assert abs(band_db(both, 400, 480) - band_db(both, 840, 920)) < 3  # both heard, equal power
    assert abs(db(both) - db(cut[at - 4800:at - 2400])) < 1.5
    fade, at = windows["fade"]
    assert db(fade[at - 240:at + 240]) < db(fade[at - RATE:at - RATE // 2]) - 20  # dips to silence


def test_music_ducks_under_speech_with_smooth_attack_and_release():
    gain = duck_gain([(2.0, 3.0)], RATE * 6)
    as_db = 20 * np.log10(gain)
    assert abs(as_db[int(2.5 * RATE)] - DUCK_DB) < 0.5  # fully down while the voice is heard
    assert as_db[int(1.0 * RATE)] > -0.1 and as_db[int(5.5 * RATE)] > -0.5  # up when nobody speaks
    assert as_db[int(1.95 * RATE)] < -3  # look-ahead: already going down as the line starts
    assert -9 < as_db[int(3.2 * RATE)] < -1  # releasing slowly after it
    assert np.abs(np.diff(as_db)).max() < 0.05  # no steps: no clicks


class _ShotWithSound:
    """The solid test backend's clips, plus a generated sound: a 1 kHz tone for the shot."""

    def __init__(self, role):
        import solid_backend

        self.inner, self.role = solid_backend._Shot(), role

    def generate(self, ctx, keyframe, references, settings, out_path, carry_in=None, progress=None):
        clip = self.inner.generate(ctx, keyframe, references, settings, out_path, carry_in)
        sound = Path(out_path).with_suffix(".gen.wav")
        t = np.arange(int(ctx.shot.duration_s * RATE)) / RATE
        tone = 0.2 * np.sin(2 * np.pi * 1000 * t)
        write_wav(sound, np.stack([tone, tone], axis=1).astype(np.float32))
        return ClipResult(clip.path, clip.frames, clip.seconds, audio=sound, audio_role=self.role)


def _register_sound_backend(role):
    import solid_backend
    from generators.base import Backend

    name = f"solid-sound-{role}"
    register_backend(name, lambda preset, settings: Backend(
        name, "1", solid_backend._Identity(), solid_backend._Keyframe(), _ShotWithSound(role)))
    return name


@pytest.mark.parametrize("role", ["ambience", "full"])
def test_a_generator_can_bring_the_shots_sound(tmp_path, solid, role):
    plan = parse_plan({
        "title": "t", "fps": 12, "resolution": "320x180",
        "entities": [{"id": "ana", "name": "Ana", "kind": "character"}],
        "scenes": [{"id": "a", "heading": "EXT. STREET - DAY", "shots": [
            {"id": "s1", "description": "Ana waits", "duration_s": 3.0, "entities": ["ana"],
             "dialogue": [{"speaker": "Ana", "text": "Here it comes."}]}]}],
    })
    result = render_plan(plan, tmp_path, RenderOptions(backend=_register_sound_backend(role)))
    audio = result.manifest["shots"][0]["audio"]
    assert audio["ambience"] == [f"generator {role}"]
    assert audio["engine"] == ("espeak" if role == "ambience" else "generator")
    with av.open(str(tmp_path / "film.mp4")) as container:
        samples = np.concatenate([f.to_ndarray().reshape(2, -1).T if f.to_ndarray().shape[0] == 2
                                  else f.to_ndarray().reshape(-1, 2) for f in container.decode(audio=0)])
    mono = samples.mean(axis=1)
    tone = band_db(mono, 980, 1020)
    rest = band_db(mono, 1100, 8000)
    assert tone > db(mono) - 6  # the generator's tone is there
    if role == "full":
        assert rest < tone - 25  # and nothing else: no voice was added
    else:
        assert rest > tone - 20  # the line is voiced on top of it
    stem, _ = read_wav(tmp_path / "audio" / "s1.wav")
    assert stem.shape[0] == round(36 * RATE / 12)


def test_a_line_no_voice_can_speak_is_skipped_with_a_warning(tmp_path, solid):
    plan = parse_plan({
        "title": "t", "fps": 12, "resolution": "320x180",
        "entities": [{"id": "ana", "name": "Ana", "kind": "character"}],
        "scenes": [{"id": "a", "heading": "INT. ROOM - DAY", "shots": [
            {"id": "s1", "description": "Ana waves", "duration_s": 2.0, "entities": ["ana"],
             "dialogue": [{"speaker": "Ana", "text": "🙂🙂🙂"}]},
            {"id": "s2", "description": "Ana smiles", "duration_s": 2.0, "entities": ["ana"],
             "dialogue": [{"speaker": "Ana", "text": "Well, hello 🙂"}]}]}],
    })
    result = render_plan(plan, tmp_path, RenderOptions(backend="solid"))
    first, second = (s["audio"] for s in result.manifest["shots"])
    assert first["engine"] is None and "not voiced" in first["skipped"][0]
    assert second["engine"] == "espeak" and "left out" in second["skipped"][0]
    assert abs(result.manifest["loudness_lufs"] + 16) < 0.5


def test_an_unchanged_rerender_reuses_the_encoded_soundtrack(tmp_path, solid):
    plan = _two_shot_plan("dissolve")
    render_plan(plan, tmp_path, RenderOptions(backend="solid"))
    tracks = sorted((tmp_path / "store" / "soundtrack").glob("*.m4a"))
    first = (tmp_path / "film.mp4").read_bytes()
    again = render_plan(plan, tmp_path, RenderOptions(backend="solid"))
    assert sorted((tmp_path / "store" / "soundtrack").glob("*.m4a")) == tracks and len(tracks) == 1
    assert all(s["audio"]["status"] == "cached" for s in again.manifest["shots"])
    assert (tmp_path / "film.mp4").read_bytes() == first
    edited = plan.model_copy(deep=True)
    edited.scenes[0].shots[1].transition = "cut"  # the sound moves: a new mix, no new stem
    moved = render_plan(edited, tmp_path, RenderOptions(backend="solid"))
    assert len(list((tmp_path / "store" / "soundtrack").glob("*.m4a"))) == 2
    assert all(s["audio"]["status"] == "cached" for s in moved.manifest["shots"])
