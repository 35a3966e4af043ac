"""Clip encoding: what ClipWriter writes decodes to the frames given, and joins ffmpeg's own pieces."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from director.video import ClipWriter, probe, read_frames, run_ffmpeg, x264_args

W, H, FPS = 160, 96, 24


def _frames(n: int) -> list[np.ndarray]:
    """A bright square sliding over a gradient: content the encoder has to follow."""
    ramp = np.linspace(0, 200, W, dtype=np.float32)[None, :, None]
    base = np.broadcast_to(ramp, (H, W, 3)).astype(np.uint8)
    out = []
    for i in range(n):
        frame = base.copy()
        frame[30:60, 10 + 3 * i:40 + 3 * i] = (250, 60, 30)
        out.append(frame)
    return out


def _extradata(path: Path) -> bytes:
    with av.open(str(path)) as container:
        return bytes(container.streams.video[0].codec_context.extradata)


def test_clip_writer_round_trip(tmp_path):
    frames = _frames(30)
    with ClipWriter(tmp_path / "clip.mp4", W, H, FPS) as writer:
        for frame in frames:
            writer.write(frame)
    info = probe(tmp_path / "clip.mp4")
    assert (info.width, info.height, info.frames, info.codec, info.pix_fmt) == (W, H, 30, "h264", "yuv420p")
    assert info.fps == pytest.approx(FPS)
    decoded = list(read_frames(tmp_path / "clip.mp4"))
    assert len(decoded) == 30
    for made, got in zip(frames, decoded):
        assert np.abs(made.astype(int) - got.astype(int)).mean() < 4.0
    # The square really moves: the last frame is not the first.
    assert np.abs(decoded[0].astype(int) - decoded[-1].astype(int)).mean() > 5.0


def test_clip_writer_matches_ffmpeg_and_concatenates(tmp_path):
    """Clips and assembly's pieces are joined without re-encoding: the stream headers must agree."""
    frames = _frames(24)
    with ClipWriter(tmp_path / "ours.mp4", W, H, FPS) as writer:
        for frame in frames:
            writer.write(frame)
    # A piece as assembly makes one: a clip re-encoded by the ffmpeg binary with a fade.
    run_ffmpeg(["-i", str(tmp_path / "ours.mp4"), "-vf", "fade=in:0:6", "-frames:v", "12", "-an",
                *x264_args(FPS), "-f", "mp4", str(tmp_path / "theirs.mp4")])
    assert _extradata(tmp_path / "ours.mp4") == _extradata(tmp_path / "theirs.mp4")
    listing = tmp_path / "list.txt"
    listing.write_text("file 'ours.mp4'\nfile 'theirs.mp4'\nfile 'ours.mp4'\n")
    run_ffmpeg(["-f", "concat", "-safe", "0", "-i", str(listing), "-c", "copy", str(tmp_path / "joined.mp4")])
    joined = list(read_frames(tmp_path / "joined.mp4"))
    assert len(joined) == 24 + 12 + 24
    assert np.abs(joined[0].astype(int) - frames[0].astype(int)).mean() < 4.0
    assert np.abs(joined[-1].astype(int) - frames[-1].astype(int)).mean() < 4.0


def test_clip_writer_leaves_no_partial_file(tmp_path):
    path = tmp_path / "broken.mp4"
    with pytest.raises(RuntimeError, match="drawing failed"):
        with ClipWriter(path, W, H, FPS) as writer:
            writer.write(_frames(1)[0])
            raise RuntimeError("drawing failed")
    assert not path.exists()


def test_clip_writer_rejects_wrong_frames(tmp_path):
    with pytest.raises(ValueError, match="even frame size"):
        ClipWriter(tmp_path / "odd.mp4", W + 1, H, FPS)
    with pytest.raises(ValueError, match="96x160x3 uint8"):
        with ClipWriter(tmp_path / "clip.mp4", W, H, FPS) as writer:
            writer.write(np.zeros((H, W), np.uint8))
    assert not (tmp_path / "clip.mp4").exists()
