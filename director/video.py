"""Video I/O shared by every backend, assembly and evaluation.

Clips are encoded in process by PyAV's libx264 with the same settings as the bundled ffmpeg
binary (imageio-ffmpeg, no system ffmpeg needed), which assembly and the benchmarks run: the
two make byte-identical stream headers, so clips and re-encoded pieces concatenate without
re-encoding. x264 encodes on its own threads with the GIL released, so Python draws the next
frame meanwhile; in process, no frame is copied through a pipe into another program. Decoding
and probing use PyAV too (imageio-ffmpeg ships no ffprobe).
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import cv2
import numpy as np

# One encoder setting for every clip, so clips can be concatenated without re-encoding.
X264_PRESET = "veryfast"
X264_CRF = "20"


def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def x264_args(fps: int) -> list[str]:
    """Encoder arguments shared by clip writing, assembly and the benchmarks' baseline."""
    return [
        "-c:v", "libx264", "-preset", X264_PRESET, "-crf", X264_CRF, "-pix_fmt", "yuv420p",
        "-r", str(fps), "-g", str(fps * 2), "-movflags", "+faststart",
    ]


class ClipWriter:
    """Encode RGB frames (H x W x 3 uint8) into an H.264 mp4 (``x264_args``' settings).

    Use as a context manager; on an exception the partial file is removed.
    """

    def __init__(self, path: Path, width: int, height: int, fps: int):
        import av

        if width % 2 or height % 2:
            raise ValueError(f"H.264 4:2:0 needs an even frame size, got {width}x{height}")
        self.path = Path(path)
        self.width, self.height, self.fps = width, height, fps
        self.frames = 0
        self._container = av.open(str(self.path), "w", format="mp4", options={"movflags": "+faststart"})
        try:
            stream = self._container.add_stream("libx264", rate=fps)
            stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
            stream.codec_context.gop_size = fps * 2
            # As the ffmpeg program sets it: x264 picks its thread count and threads by frames
            # (PyAV's default, slices, cuts each frame up and encodes a different stream).
            stream.codec_context.thread_count = 0
            stream.codec_context.thread_type = "AUTO"
            stream.options = {"preset": X264_PRESET, "crf": X264_CRF}
        except BaseException:
            self._container.close()
            self.path.unlink(missing_ok=True)
            raise
        self._stream = stream

    def write(self, frame: np.ndarray) -> None:
        import av

        if frame.shape != (self.height, self.width, 3) or frame.dtype != np.uint8:
            raise ValueError(
                f"frame must be {self.height}x{self.width}x3 uint8, got {frame.shape} {frame.dtype}"
            )
        # OpenCV's RGB to YUV 4:2:0 (BT.601, limited range, as ffmpeg's own conversion) is
        # several times faster than libswscale's.
        picture = av.VideoFrame.from_ndarray(cv2.cvtColor(frame, cv2.COLOR_RGB2YUV_I420), format="yuv420p")
        picture.pts = self.frames
        self._container.mux(self._stream.encode(picture))
        self.frames += 1

    def close(self) -> None:
        try:
            self._container.mux(self._stream.encode(None))  # flush the frames x264 holds back
        except Exception as err:
            self._container.close()
            raise RuntimeError(f"encoding {self.path.name} failed: {err}") from err
        self._container.close()

    def __enter__(self) -> "ClipWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
            return
        try:
            self._container.close()
        finally:
            self.path.unlink(missing_ok=True)


def run_ffmpeg(args: list[str]) -> None:
    """Run the bundled ffmpeg; raise RuntimeError with its last error lines on failure."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"ffmpeg failed: {proc.stderr.strip()[-600:]}")


@dataclass(frozen=True)
class VideoInfo:
    width: int
    height: int
    fps: float
    frames: int
    duration: float
    codec: str
    pix_fmt: str


def probe(path: Path) -> VideoInfo:
    """Decode-free facts about a video; `frames` is counted by demuxing packets (exact)."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        fps = float(stream.average_rate or stream.guessed_rate or 0)
        frames = sum(1 for p in container.demux(stream) if p.size > 0)
        duration = frames / fps if fps else 0.0
        return VideoInfo(
            width=stream.codec_context.width, height=stream.codec_context.height, fps=fps,
            frames=frames, duration=duration, codec=stream.codec_context.name,
            pix_fmt=stream.codec_context.pix_fmt or "",
        )


def read_frames(path: Path, every: int = 1, size: tuple[int, int] | None = None) -> Iterator[np.ndarray]:
    """Decode RGB frames (H x W x 3 uint8); keep one in `every`; optionally resize to (w, h)."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        for i, frame in enumerate(container.decode(stream)):
            if i % every:
                continue
            if size is not None:
                frame = frame.reformat(width=size[0], height=size[1])
            yield frame.to_ndarray(format="rgb24")

