"""Video I/O shared by every backend, assembly and evaluation.

Encoding pipes raw RGB frames into the ffmpeg binary that imageio-ffmpeg ships (no system ffmpeg
needed), so the encoder runs in its own process, on another core, while Python draws the next frame.
Decoding and probing use PyAV (imageio-ffmpeg ships no ffprobe).
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
    """Stream RGB frames (H x W x 3 uint8) into an H.264 mp4 (even sizes).

    Use as a context manager; on an exception the partial file is removed.
    """

    def __init__(self, path: Path, width: int, height: int, fps: int):
        if width % 2 or height % 2:
            raise ValueError(f"H.264 4:2:0 needs an even frame size, got {width}x{height}")
        self.path = Path(path)
        self.width, self.height, self.fps = width, height, fps
        self.frames = 0
        # Frames go down the pipe as YUV 4:2:0 converted by OpenCV (BT.601, limited range, as
        # ffmpeg would): half the bytes of RGB, and the encoder's own conversion was a fifth of
        # its work. (In-process encoding with PyAV's libx264 was tried: about 6 % less CPU, but
        # the same frames did not always give the same stream, and clips must be repeatable.)
        cmd = [
            ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", f"{width}x{height}",
            "-r", str(fps),
            "-i", "-", "-an", *x264_args(fps), "-f", "mp4", str(self.path),
        ]
        self._proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=subprocess.PIPE)

    def write(self, frame: np.ndarray) -> None:
        if frame.shape != (self.height, self.width, 3) or frame.dtype != np.uint8:
            raise ValueError(
                f"frame must be {self.height}x{self.width}x3 uint8, got {frame.shape} {frame.dtype}"
            )
        assert self._proc.stdin is not None
        data = cv2.cvtColor(frame, cv2.COLOR_RGB2YUV_I420)
        self._proc.stdin.write(memoryview(data).cast("B"))
        self.frames += 1

    def close(self) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        err = self._proc.stderr.read().decode(errors="replace") if self._proc.stderr else ""
        if self._proc.wait() != 0:
            raise RuntimeError(f"ffmpeg failed writing {self.path.name}: {err.strip()[-400:]}")

    def __enter__(self) -> "ClipWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
            return
        self._proc.kill()
        self._proc.wait()
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

