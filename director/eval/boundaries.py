"""Discontinuity at each shot boundary: the last frame of shot k against the first of shot k+1.

Both frames come from the per-shot clips (OUT/shots/<id>.mp4), never from film.mp4, where a
dissolve would blend them. Two measures, both 0 for identical frames:

- ``pixel``: mean absolute pixel difference in 0..1 on downscaled frames (layout and colour).
- ``colour``: Bhattacharyya distance in 0..1 between CIELAB histograms (the palette, blind to
  where things are, so a moving camera barely changes it while a new scene does).

``reference_step`` is the same pixel measure for one ordinary frame step at the two shot ends
(shot k's last step, shot k+1's first step): a ``continuous`` boundary should look like a frame
step, so ``pixel - reference_step`` tells how much larger the jump is than normal motion.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from director.eval.colour import bhattacharyya_distance, lab_histogram
from director.eval.frames import ClipSample, downscale
from director.plan import FilmPlan

TRANSITIONS = ("cut", "dissolve", "fade", "continuous")


def pixel_difference(a: np.ndarray, b: np.ndarray) -> float:
    """Mean absolute difference of two RGB frames in 0..1, after downscaling both."""
    small_a, small_b = downscale(a), downscale(b)
    if small_a.shape != small_b.shape:  # clips of different sizes: compare at a's size
        import cv2

        small_b = cv2.resize(small_b, small_a.shape[1::-1], interpolation=cv2.INTER_AREA)
    return float(np.abs(small_a.astype(np.float32) - small_b.astype(np.float32)).mean() / 255.0)


def colour_distance(a: np.ndarray, b: np.ndarray) -> float:
    return bhattacharyya_distance(lab_histogram(downscale(a)), lab_histogram(downscale(b)))


def frame_discontinuity(last: np.ndarray, first: np.ndarray) -> dict:
    """Both discontinuity measures between two frames."""
    return {"pixel": pixel_difference(last, first), "colour": colour_distance(last, first)}


def boundary_discontinuities(
    plan: FilmPlan,
    samples: dict[str, ClipSample | None],
    manifest_boundaries: Sequence[dict] = (),
) -> list[dict]:
    """One entry per boundary in film order, with the manifest's latent_discontinuity if any."""
    latent = {
        (b.get("from"), b.get("to")): b.get("latent_discontinuity")
        for b in manifest_boundaries
        if isinstance(b, dict)
    }
    entries = []
    for index, (prev, nxt) in enumerate(plan.boundaries()):
        entry: dict = {
            "index": index, "from": prev.id, "to": nxt.id, "transition": nxt.transition,
            "discontinuity": None, "colour_distance": None, "reference_step": None,
            "excess_over_step": None,
            "latent_discontinuity": latent.get((prev.id, nxt.id)),
        }
        a, b = samples.get(prev.id), samples.get(nxt.id)
        if a is None or b is None:
            missing = [s for s, clip in ((prev.id, a), (nxt.id, b)) if clip is None]
            entry["reason"] = f"no clip for shot(s) {missing}"
            entries.append(entry)
            continue
        measured = frame_discontinuity(a.last, b.first)
        steps = [pixel_difference(a.penultimate, a.last), pixel_difference(b.first, b.second)]
        entry["discontinuity"] = measured["pixel"]
        entry["colour_distance"] = measured["colour"]
        entry["reference_step"] = float(np.mean(steps))
        entry["excess_over_step"] = measured["pixel"] - entry["reference_step"]
        entries.append(entry)
    return entries


def summarize_by_transition(entries: Sequence[dict]) -> dict:
    """Mean, min and max of each measure per transition type (only types that occur)."""
    summary: dict = {}
    for kind in TRANSITIONS:
        group = [e for e in entries if e["transition"] == kind]
        if not group:
            continue
        stats: dict = {"count": len(group)}
        for key in ("discontinuity", "colour_distance", "excess_over_step", "latent_discontinuity"):
            values = [e[key] for e in group if e.get(key) is not None]
            stats[key] = (
                {"mean": float(np.mean(values)), "min": float(min(values)),
                 "max": float(max(values)), "n": len(values)}
                if values else None
            )
        summary[kind] = stats
    return summary
