"""Shot sound stems laid under the film at their shots' start times (director.assemble)."""

import numpy as np

import director  # noqa: F401  (the package first: generators.base imports director.plan)
from director.assemble import mux_audio_stems
from director.video import ClipWriter, probe
from generators.diffusers.audio import fit_length, join_segments, write_wav


def _decode_audio(path):
    import av

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        chunks = [f.to_ndarray() for f in container.decode(stream)]
        rate = stream.rate
    return np.concatenate(chunks, axis=1), rate


def test_stems_start_with_their_shots_and_the_track_lasts_the_film(tmp_path):
    film = tmp_path / "film.mp4"
    with ClipWriter(film, 64, 64, 8) as writer:
        for i in range(32):  # 4 s
            writer.write(np.full((64, 64, 3), i * 7, np.uint8))
    rate = 16000
    t = np.arange(rate) / rate
    tone = np.stack([0.5 * np.sin(2 * np.pi * 440 * t)] * 2)  # 1 s, stereo
    stems = [(1.0, write_wav(tmp_path / "a.wav", tone, rate)),
             (2.5, write_wav(tmp_path / "b.wav", tone, rate))]
    mux_audio_stems(film, stems, 4.0)

    assert probe(film).frames == 32  # the picture is untouched
    audio, out_rate = _decode_audio(film)
    loud = np.abs(audio).max(axis=0) > 0.1
    seconds = np.arange(audio.shape[1]) / out_rate
    onsets = seconds[1:][loud[1:] & ~loud[:-1]]
    assert abs(audio.shape[1] / out_rate - 4.0) < 0.05
    assert abs(onsets[0] - 1.0) < 0.03 and any(abs(o - 2.5) < 0.03 for o in onsets)
    assert not loud[seconds < 0.95].any() and not loud[(seconds > 2.05) & (seconds < 2.45)].any()


def test_segment_audio_joins_without_the_repeated_frame_and_fits_the_shot():
    rate, fps = 800, 8  # 100 samples per frame
    first = np.ones((2, 900))  # 9 frames
    second = np.full((2, 900), 2.0)  # starts on the first one's last frame
    joined = join_segments([first, second], rate, fps)
    assert joined.shape == (2, 1700) and (joined[:, 900:] == 2.0).all()
    assert fit_length(joined, rate, 2.0).shape == (2, 1600)
    padded = fit_length(joined, rate, 2.5)
    assert padded.shape == (2, 2000) and (padded[:, 1700:] == 0).all()
