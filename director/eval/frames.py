"""Decode what the metrics need from a shot clip in one pass: evenly spaced samples plus the
exact first and last frames (the boundary metrics compare those two, never a dissolve blend).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from director.video import probe, read_frames

# Frames kept per shot for the consistency metrics; enough for a stable mean, cheap to decode.
SAMPLES_PER_SHOT = 8


@dataclass
class ClipSample:
    """Frames of one shot clip (RGB uint8, full resolution)."""

    path: Path
    frame_count: int
    sample_indices: list[int]
    samples: list[np.ndarray]
    first: np.ndarray
    last: np.ndarray
    # The frames next to the ends: one ordinary frame step, the reference a boundary is judged by.
    second: np.ndarray
    penultimate: np.ndarray


def evenly_spaced(frame_count: int, wanted: int) -> list[int]:
    """Up to `wanted` frame indices spread from the first frame to the last, both included."""
    if frame_count <= 0:
        return []
    if frame_count <= wanted:
        return list(range(frame_count))
    return sorted({round(i * (frame_count - 1) / (wanted - 1)) for i in range(wanted)})


def sample_clip(path: Path, samples: int = SAMPLES_PER_SHOT) -> ClipSample:
    """Decode `path` once, keeping evenly spaced frames and the first and last frames."""
    count = probe(path).frames
    wanted = set(evenly_spaced(count, samples))
    kept: dict[int, np.ndarray] = {}
    first = second = penultimate = last = None
    decoded = 0
    for index, frame in enumerate(read_frames(path)):
        if first is None:
            first = frame
        elif second is None:
            second = frame
        penultimate = last if last is not None else frame
        last = frame
        if index in wanted:
            kept[index] = frame
        decoded = index + 1
    if first is None or last is None:
        raise ValueError(f"{path.name} has no decodable frames")
    # The packet count and the decoded count agree for our clips; trust what was decoded.
    if decoded != count:
        kept.setdefault(decoded - 1, last)
    indices = sorted(kept)
    return ClipSample(
        path=path, frame_count=decoded, sample_indices=indices,
        samples=[kept[i] for i in indices], first=first, last=last,
        second=second if second is not None else first, penultimate=penultimate,
    )


def downscale(frame: np.ndarray, width: int = 96) -> np.ndarray:
    """Area-average a frame down to `width` pixels wide (aspect kept): the metrics judge colour
    and layout, not compression noise or fine texture."""
    import cv2

    h, w = frame.shape[:2]
    if w <= width:
        return frame
    height = max(1, round(h * width / w))
    return cv2.resize(frame, (width, height), interpolation=cv2.INTER_AREA)
