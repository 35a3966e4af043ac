"""Colour histograms in CIELAB: a style feature that needs no model weights.

Each frame becomes a normalised 3-D Lab histogram (8 bins per axis). Pixels are spread over the
neighbouring bins (trilinear soft binning), so a colour that drifts across a bin edge changes the
histogram gradually instead of jumping, and encoder noise barely moves it. Lab is used because
distances in it track perceived colour difference far better than RGB distances do.
"""

from __future__ import annotations

import numpy as np

BINS = 8
# float32 Lab from OpenCV: L in 0..100, a and b roughly -110..110 for sRGB colours.
_RANGES = ((0.0, 100.0), (-110.0, 110.0), (-110.0, 110.0))


def to_lab(frame: np.ndarray) -> np.ndarray:
    """RGB uint8 (H x W x 3) → float32 CIELAB."""
    import cv2

    return cv2.cvtColor(frame.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab)


def lab_histogram(frame: np.ndarray, bins: int = BINS) -> np.ndarray:
    """Soft-binned, normalised 3-D Lab histogram of an RGB frame, flattened to bins**3 values."""
    lab = to_lab(frame).reshape(-1, 3)
    lows = []
    fracs = []
    for axis, (lo, hi) in enumerate(_RANGES):
        coord = (lab[:, axis] - lo) / (hi - lo) * bins - 0.5  # bin centres at integers
        coord = np.clip(coord, 0.0, bins - 1.0)
        low = np.minimum(np.floor(coord).astype(np.int64), bins - 2 if bins > 1 else 0)
        lows.append(low)
        fracs.append(coord - low)
    hist = np.zeros(bins**3, dtype=np.float64)
    for dl in (0, 1):
        for da in (0, 1):
            for db in (0, 1):
                weight = (
                    (fracs[0] if dl else 1 - fracs[0])
                    * (fracs[1] if da else 1 - fracs[1])
                    * (fracs[2] if db else 1 - fracs[2])
                )
                index = ((lows[0] + dl) * bins + (lows[1] + da)) * bins + (lows[2] + db)
                hist += np.bincount(index, weights=weight, minlength=bins**3)
    return hist / hist.sum()


def intersection(p: np.ndarray, q: np.ndarray) -> float:
    """Histogram intersection of two normalised histograms: 1 identical, 0 disjoint."""
    return float(np.minimum(p, q).sum())


def bhattacharyya_distance(p: np.ndarray, q: np.ndarray) -> float:
    """Hellinger form of the Bhattacharyya distance: 0 identical, 1 disjoint."""
    coefficient = float(np.sqrt(p * q).sum())
    return float(np.sqrt(max(0.0, 1.0 - coefficient)))


def mean_histogram(histograms: list[np.ndarray]) -> np.ndarray:
    """The pooled colour distribution of several frames (still normalised)."""
    return np.mean(np.stack(histograms), axis=0)
