"""Frame counts and frame conversion between a video model and the film's timeline.

A model makes clips at its own frame rate with counts it accepts (Wan: 4k+1). The film needs
exactly ``director.timeline.shot_frames(duration, fps)`` frames at the film's size. So the shot
generator asks the model for the smallest valid count that covers the shot, then picks frames by
time (or stretches evenly when the model's maximum is shorter than the shot) and resizes.
"""

from __future__ import annotations

import math
from typing import Iterator

import numpy as np
from PIL import Image


def needed_model_frames(target_frames: int, film_fps: int, model_fps: int) -> int:
    """Model frames covering the same time as ``target_frames`` film frames."""
    return max(1, math.ceil(target_frames * model_fps / film_fps))


def resample_indices(source_frames: int, target_frames: int, film_fps: int, model_fps: int) -> list[int]:
    """For each film frame, the model frame to show (nearest in time; evenly stretched when the
    model's clip is shorter than the shot)."""
    if target_frames <= 1:
        return [0] * target_frames
    covered = source_frames >= needed_model_frames(target_frames, film_fps, model_fps)
    step = model_fps / film_fps if covered else (source_frames - 1) / (target_frames - 1)
    return [min(source_frames - 1, int(j * step + 0.5)) for j in range(target_frames)]  # half up


def to_uint8(frame: np.ndarray) -> np.ndarray:
    """A float frame in 0..1 (or uint8) as H x W x 3 uint8."""
    if frame.dtype == np.uint8:
        return frame
    return (np.clip(frame, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)


def resize_frame(frame: np.ndarray, width: int, height: int) -> np.ndarray:
    if frame.shape[1] == width and frame.shape[0] == height:
        return frame
    return np.asarray(Image.fromarray(frame).resize((width, height), Image.Resampling.BICUBIC))


def film_frames(
    model_frames: np.ndarray, target_frames: int, film_fps: int, model_fps: int, width: int, height: int,
) -> Iterator[np.ndarray]:
    """Yield exactly ``target_frames`` uint8 frames of the film's size from the model's clip."""
    for index in resample_indices(len(model_frames), target_frames, film_fps, model_fps):
        yield resize_frame(to_uint8(model_frames[index]), width, height)


def fit_image(image: Image.Image, width: int, height: int) -> Image.Image:
    """Resize and center-crop to exactly width x height (cover)."""
    scale = max(width / image.width, height / image.height)
    size = (max(width, round(image.width * scale)), max(height, round(image.height * scale)))
    resized = image.convert("RGB").resize(size, Image.Resampling.LANCZOS)
    left, top = (size[0] - width) // 2, (size[1] - height) // 2
    return resized.crop((left, top, left + width, top + height))
