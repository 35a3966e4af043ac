"""Frame counts, segments and frame conversion between a video model and the film's timeline.

A model makes clips at its own frame rate with counts it accepts (Wan: 4k+1, LTX: 8k+1) up to a
maximum. The film needs exactly ``director.timeline.shot_frames(duration, fps)`` frames at the
film's size. Time is never stretched:

- a shot longer than the model's maximum is made of segments (:func:`plan_segments`), each one
  starting on the previous segment's last frame, so their frames join into one clip that covers
  the whole shot at the model's native rate;
- film frames are taken from that clip by time (:func:`time_positions`): film frame ``j`` shows
  the model's picture at ``j / film_fps`` seconds. When the two rates line up (the model renders
  at the film's rate, as LTX does through ``frame_rate``) this is one model frame per film frame;
  otherwise the two model frames around that instant are mixed by their distance in time, which
  keeps motion evenly spaced (picking the nearest frame would repeat frames unevenly: judder).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Iterator

import numpy as np
from PIL import Image


def needed_model_frames(target_frames: int, film_fps: int, model_fps: int) -> int:
    """Model frames covering the same time as ``target_frames`` film frames."""
    return max(1, math.ceil(target_frames * model_fps / film_fps))


@dataclass(frozen=True)
class Segment:
    """One model call of a shot. Segments after the first start on the previous segment's last
    frame, so that frame is generated twice and kept once (``new_frames = frames - 1``)."""

    index: int
    frames: int  # frames the model makes in this call (a valid count for the family)
    new_frames: int  # frames this segment adds to the shot
    start_frame: int  # position of its first new frame in the shot's model clip

    def as_dict(self, model_fps: int) -> dict:
        return {**asdict(self), "start_s": round(self.start_frame / model_fps, 4),
                "seconds": round(self.new_frames / model_fps, 4)}


def plan_segments(needed: int, temporal_factor: int, max_frames: int) -> list[Segment]:
    """Segments whose frames, joined at their shared frames, number at least ``needed``.

    Every segment's count is of the form ``temporal_factor * k + 1`` and at most ``max_frames``;
    the last one is the smallest valid count that finishes the shot.
    """
    t = temporal_factor
    cap = (max_frames - 1) // t * t + 1
    if cap < 2:
        raise ValueError(f"max_frames {max_frames} leaves no room for a segment")

    def valid(n: int) -> int:
        return min(cap, t * max(0, -(-(n - 1) // t)) + 1)

    segments = [Segment(0, valid(needed), valid(needed), 0)]
    have = segments[0].frames
    while have < needed:
        frames = valid(needed - have + 1)  # +1: its first frame repeats the previous last one
        if frames < 2:
            frames = min(cap, t + 1)
        segments.append(Segment(len(segments), frames, frames - 1, have))
        have += frames - 1
    return segments


def time_positions(target_frames: int, film_fps: int, model_fps: int) -> list[float]:
    """For each film frame, its position in model frames (fractional when the rates differ)."""
    return [j * model_fps / film_fps for j in range(target_frames)]


def to_uint8(frame: np.ndarray) -> np.ndarray:
    """A float frame in 0..1 (or uint8) as H x W x 3 uint8."""
    if frame.dtype == np.uint8:
        return frame
    return (np.clip(frame, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)


def resize_frame(frame: np.ndarray, width: int, height: int) -> np.ndarray:
    if frame.shape[1] == width and frame.shape[0] == height:
        return frame
    return np.asarray(Image.fromarray(frame).resize((width, height), Image.Resampling.BICUBIC))


def _frame_at(model_frames: np.ndarray, position: float) -> np.ndarray:
    last = len(model_frames) - 1
    i0 = min(last, int(math.floor(position + 1e-9)))
    w = position - i0
    if w < 1e-6 or i0 == last:
        return to_uint8(model_frames[i0])
    a = model_frames[i0].astype(np.float32)
    b = model_frames[i0 + 1].astype(np.float32)
    mixed = (1.0 - w) * a + w * b
    return to_uint8(mixed) if model_frames.dtype != np.uint8 else (mixed + 0.5).astype(np.uint8)


def film_frames(
    model_frames: np.ndarray, target_frames: int, film_fps: int, model_fps: int, width: int, height: int,
) -> Iterator[np.ndarray]:
    """Yield exactly ``target_frames`` uint8 frames of the film's size, taken from the model's
    clip by time. The clip must cover the shot (see :func:`plan_segments`): it is never
    stretched, so a short clip is an error rather than slow motion."""
    positions = time_positions(target_frames, film_fps, model_fps)
    if positions and positions[-1] > len(model_frames) - 1 + 1e-6:
        raise ValueError(f"{len(model_frames)} model frames at {model_fps} fps do not cover "
                         f"{target_frames} film frames at {film_fps} fps")
    for position in positions:
        yield resize_frame(_frame_at(model_frames, position), width, height)


def fit_image(image: Image.Image, width: int, height: int) -> Image.Image:
    """Resize and center-crop to exactly width x height (cover)."""
    scale = max(width / image.width, height / image.height)
    size = (max(width, round(image.width * scale)), max(height, round(image.height * scale)))
    resized = image.convert("RGB").resize(size, Image.Resampling.LANCZOS)
    left, top = (size[0] - width) // 2, (size[1] - height) // 2
    return resized.crop((left, top, left + width, top + height))
