"""A voiced film end to end: the `director` command on a screenplay, film.mp4 decoded with PyAV
and measured (levels inside and outside each subtitle, pitch per character, loudness with our
meter and with ffmpeg's ebur128, durations), then edits and options re-rendered."""

import json
import re
import shutil
import subprocess

import av
import numpy as np
import pytest

from director.plan import load_plan
from director.sound.dsp import SAMPLE_RATE, write_wav
from director.sound.loudness import integrated_lufs
from director.sound.pitch import median_f0
from director.video import ffmpeg_exe
from test_cli import ROOT, director

SMALL = ["--resolution", "320x180", "--fps", "12", "--planner", "heuristic"]

SCREENPLAY = """Title: The Night Ferry

EXT. HARBOUR PIER - NIGHT

Rain drums on the boards. MARGARET, an old woman in a yellow raincoat, watches the black water.

MARGARET
The ferry is late again tonight.

TOMAS, a young fisherman with a lantern, runs along the pier.

TOMAS
I saw its lights past the point.

INT. FERRY CABIN - NIGHT

The cabin hums. LEO, a small boy, presses his face to the porthole.

LEO
Are we going home now?

MARGARET
Yes. Sit down and hold my hand.

TOMAS
Hold on, both of you. The sea is rough tonight.
"""


def decode_film(path):
    """(stereo samples at 48 kHz, audio stream count, video seconds) of a film."""
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        video_s = video.frames / float(video.average_rate)
        audio_streams = len(container.streams.audio)
        if not audio_streams:
            return np.zeros((0, 2), np.float32), 0, video_s
        stream = container.streams.audio[0]
        assert stream.codec_context.name == "aac" and stream.rate == SAMPLE_RATE
        assert stream.codec_context.channels == 2
        chunks = [frame.to_ndarray() for frame in container.decode(audio=0)]
    samples = np.concatenate([c.T if c.shape[0] == 2 else c.reshape(-1, 2) for c in chunks])
    return samples.astype(np.float32), audio_streams, video_s


def subtitle_spans(srt_path):
    """[(start s, end s, speaker)] from subtitles.srt."""
    def secs(t):
        h, m, rest = t.split(":")
        s, ms = rest.split(",")
        return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000
    cues = re.findall(r"(\d+:\d+:\d+,\d+) --> (\d+:\d+:\d+,\d+)\n([^:\n]+):", srt_path.read_text(encoding="utf-8"))
    return [(secs(a), secs(b), who.strip()) for a, b, who in cues]


def db(x):
    return 20 * np.log10(np.sqrt(np.mean(np.square(x, dtype=np.float64))) + 1e-12)


def ffmpeg_ebur128(path):
    """(integrated LUFS, true peak dBTP) read by ffmpeg's own EBU R128 meter."""
    err = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostats", "-i", str(path), "-map", "0:a",
                          "-af", "ebur128=peak=true", "-f", "null", "-"],
                         capture_output=True, text=True).stderr
    summary = err[err.rindex("Summary:"):]
    lufs = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))
    peak = float(re.search(r"Peak:\s+(-?[\d.]+) dBFS", summary).group(1))
    return lufs, peak


@pytest.fixture(scope="module")
def voiced(tmp_path_factory):
    base = tmp_path_factory.mktemp("voiced")
    story = base / "ferry.fountain"
    story.write_text(SCREENPLAY, encoding="utf-8")
    out = base / "out"
    res = director("run", story, "-o", out, *SMALL)
    assert res.returncode == 0, res.stderr
    return out


def test_film_has_one_aac_stream_as_long_as_the_picture(voiced):
    samples, streams, video_s = decode_film(voiced / "film.mp4")
    assert streams == 1
    assert abs(samples.shape[0] / SAMPLE_RATE - video_s) <= 1 / 12  # decoded, with AAC's padding
    with av.open(str(voiced / "film.mp4")) as container:  # as the container times them
        audio, video = container.streams.audio[0], container.streams.video[0]
        assert abs(float(audio.duration * audio.time_base) - float(video.duration * video.time_base)) < 0.002


def test_every_line_is_heard_inside_its_subtitle_and_none_is_cut(voiced):
    samples, _, _ = decode_film(voiced / "film.mp4")
    spans = subtitle_spans(voiced / "subtitles.srt")
    assert len(spans) == 5
    inside = np.zeros(samples.shape[0], bool)
    for start, end, _ in spans:
        inside[int(start * SAMPLE_RATE):int(end * SAMPLE_RATE)] = True
    bed = db(samples[~inside])
    for start, end, who in spans:
        line = samples[int(start * SAMPLE_RATE):int(end * SAMPLE_RATE)]
        assert db(line) > bed + 12, f"{who}'s line at {start:.2f}s is not well above the bed"
    manifest = json.loads((voiced / "manifest.json").read_text())
    for shot in manifest["shots"]:
        assert not shot["audio"]["skipped"], shot["audio"]["skipped"]
    # The voice ends inside the shot: the last 60 ms of the film (after the last line) is quiet.
    assert db(samples[-int(0.06 * SAMPLE_RATE):]) < bed + 6


def test_two_characters_voices_differ_in_pitch(voiced):
    samples, _, _ = decode_film(voiced / "film.mp4")
    mono = samples.mean(axis=1)
    by_speaker: dict[str, list[np.ndarray]] = {}
    for start, end, who in subtitle_spans(voiced / "subtitles.srt"):
        by_speaker.setdefault(who.upper(), []).append(mono[int(start * SAMPLE_RATE):int(end * SAMPLE_RATE)])
    pitch = {who: median_f0(np.concatenate(parts), SAMPLE_RATE) for who, parts in by_speaker.items()}
    assert len(pitch) == 3 and all(f > 0 for f in pitch.values()), pitch
    low, high = sorted([pitch["MARGARET"], pitch["TOMAS"]])
    assert high / low >= 1.15, pitch


def test_loudness_is_minus_16_lufs_under_minus_1_dbtp(voiced):
    samples, _, _ = decode_film(voiced / "film.mp4")
    assert abs(integrated_lufs(samples) + 16) <= 1.0
    lufs, peak = ffmpeg_ebur128(voiced / "film.mp4")  # an independent meter
    assert abs(lufs + 16) <= 1.0 and peak <= -1.0
    manifest = json.loads((voiced / "manifest.json").read_text())
    assert abs(manifest["loudness_lufs"] + 16) <= 0.5 and manifest["true_peak_dbtp"] <= -1.0
    assert (voiced / "audio").is_dir() and len(list((voiced / "audio").glob("*.wav"))) == len(manifest["shots"])


def test_ambience_follows_the_place(voiced):
    manifest = json.loads((voiced / "manifest.json").read_text())
    plan = load_plan(voiced / "plan.json")
    layers = {s["id"]: s["audio"]["ambience"] for s in manifest["shots"]}
    pier = [s.id for s in plan.scenes[0].shots]
    cabin = [s.id for s in plan.scenes[1].shots]
    assert all("room tone" not in layers[s] for s in pier)
    assert all("room tone" in layers[s] for s in cabin)


def test_editing_one_line_revoices_that_shot_only(voiced, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(voiced, out)
    data = json.loads((out / "plan.json").read_text())
    shots = [s for scene in data["scenes"] for s in scene["shots"]]
    edited = next(s for s in shots if s["dialogue"])
    edited["dialogue"][0]["text"] = edited["dialogue"][0]["text"].rstrip(".") + ", I think."
    (tmp_path / "plan.json").write_text(json.dumps(data))
    res = director("render", tmp_path / "plan.json", "-o", out)
    assert res.returncode == 0, res.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    for shot in manifest["shots"]:
        expected = "rendered" if shot["id"] == edited["id"] else "cached"
        assert (shot["status"], shot["audio"]["status"]) == (expected, expected), shot["id"]


def test_audio_off_is_a_silent_film(voiced, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(voiced, out)
    res = director("render", out / "plan.json", "-o", out, "--audio", "off")
    assert res.returncode == 0, res.stderr
    _, streams, _ = decode_film(out / "film.mp4")
    manifest = json.loads((out / "manifest.json").read_text())
    assert streams == 0 and manifest["loudness_lufs"] is None
    assert all(s["audio"] is None and s["status"] == "cached" for s in manifest["shots"])


def test_music_bed_plays_between_lines_and_ducks_under_them(voiced, tmp_path):
    t = np.arange(int(3.3 * SAMPLE_RATE)) / SAMPLE_RATE  # 3.3 s: looped many times
    chord = sum(np.sin(2 * np.pi * f * t) for f in (220.0, 277.2, 329.6)) / 3
    write_wav(tmp_path / "music.wav", np.stack([chord, chord], axis=1).astype(np.float32) * 0.5)
    out = tmp_path / "out"
    shutil.copytree(voiced, out)
    res = director("render", out / "plan.json", "-o", out, "--music", tmp_path / "music.wav")
    assert res.returncode == 0, res.stderr
    with_music, _, _ = decode_film(out / "film.mp4")
    without, _, _ = decode_film(voiced / "film.mp4")
    spans = subtitle_spans(out / "subtitles.srt")
    inside = np.zeros(with_music.shape[0], bool)
    for start, end, _ in spans:
        inside[int(start * SAMPLE_RATE):int(end * SAMPLE_RATE)] = True
    assert db(with_music[~inside]) > db(without[~inside]) + 6  # the music fills the gaps
    # Under the lines the music is ducked: the chord's 220 Hz stays far below the voices.
    line = with_music[inside].mean(axis=1)
    spectrum = np.abs(np.fft.rfft(line))
    freqs = np.fft.rfftfreq(line.size, 1 / SAMPLE_RATE)
    gaps = with_music[~inside].mean(axis=1)
    gap_spectrum = np.abs(np.fft.rfft(gaps))
    gap_freqs = np.fft.rfftfreq(gaps.size, 1 / SAMPLE_RATE)
    tone_inside = spectrum[np.abs(freqs - 220) < 2].max() / np.sqrt(line.size)
    tone_gaps = gap_spectrum[np.abs(gap_freqs - 220) < 2].max() / np.sqrt(gaps.size)
    assert tone_inside < tone_gaps / 2
    assert abs(integrated_lufs(with_music) + 16) <= 1.0


def test_undecodable_music_is_exit_2_before_any_work(tmp_path):
    bad = tmp_path / "song.mp3"
    bad.write_bytes(b"ID3 but not really an mp3" * 40)
    out = tmp_path / "out"
    res = director("render", ROOT / "tests" / "fixtures" / "missing.json", "-o", out, "--music", bad)
    assert res.returncode == 2
    assert res.stderr.strip().count("\n") == 0 and res.stderr.startswith("error: --music")
    assert not out.exists()


def test_chinese_story_is_voiced_in_mandarin(tmp_path):
    out = tmp_path / "out"
    res = director("run", ROOT / "examples" / "chinese.txt", "-o", out, *SMALL)
    assert res.returncode == 0, res.stderr
    plan = load_plan(out / "plan.json")
    voices = [e.voice for e in plan.entities if e.kind == "character" and e.voice is not None]
    assert voices and all(v.voice.startswith("cmn") or v.language in ("cmn", "zh") for v in voices)
    manifest = json.loads((out / "manifest.json").read_text())
    voiced = [s for s in manifest["shots"] if s["audio"]["engine"]]
    assert voiced and all(not s["audio"]["skipped"] for s in voiced)
    samples, streams, _ = decode_film(out / "film.mp4")
    spans = subtitle_spans(out / "subtitles.srt")
    assert streams == 1 and spans
    inside = np.zeros(samples.shape[0], bool)
    for start, end, _ in spans:
        inside[int(start * SAMPLE_RATE):int(end * SAMPLE_RATE)] = True
    assert db(samples[inside]) > db(samples[~inside]) + 10
