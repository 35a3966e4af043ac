"""Planned hard cuts against the cuts PySceneDetect finds in film.mp4.

Planned cuts are the ``cut`` boundaries of the film timeline (dissolves overlap, so their times
come from director.timeline, not from summed durations). Detection runs PySceneDetect's
AdaptiveDetector on the PyAV backend: a frame starts a new shot when its HSV change from the frame
before is both large in itself (``min_content_val``) and large against the change of the frames
around it (``adaptive_threshold``, over ``window_width`` frames each side). That is how a viewer
sees a cut: a jump that stands out from the motion around it. A fixed ContentDetector threshold
misses cuts between flat, similar views and fires inside fast camera moves; the adaptive ratio
does neither. A flash (lightning, a camera flash) jumps like a cut but the picture comes back a
moment later, and a viewer does not see it as a new shot: a detection whose picture returns to
what it was before within FLASH_S is a flash, listed apart and not counted. Planned ``continuous``
and ``dissolve`` boundaries are not hard cuts and never count as missed. A detection matches a planned cut within the tolerance;
every boundary also records whether a cut was detected at it, so a ``continuous`` boundary that
reads as a visible cut is flagged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

from director.timeline import Timeline, fade_frames

# PySceneDetect's AdaptiveDetector defaults, named here so the report can say what it ran.
ADAPTIVE_THRESHOLD = 3.0  # a cut's change over the mean change of its neighbours
MIN_CONTENT_VAL = 15.0  # and at least this much change (HSV mean absolute difference, 0..255)
WINDOW_WIDTH = 2  # neighbour frames each side
MIN_SHOT_S = 0.25  # shots last at least 0.5 s; a quarter second keeps a flash from splitting one
FLASH_S = 0.4  # a flash is over within this (shorter than the shortest shot, 0.5 s)
FLASH_RETURN = 0.35  # ... when the picture comes back within this share of the jump
_PROBE_SIZE = (64, 36)  # frames compared for flashes at this size (HSV mean difference)


def tolerance_s(fps: float) -> float:
    """How far a detection may sit from the planned time: two frames, at least 0.1 s."""
    return max(0.1, 2.0 / fps) if fps else 0.1


def detector_description(fps: float) -> str:
    """The detector and its parameters, as the report states them."""
    return (f"scenedetect AdaptiveDetector(adaptive_threshold={ADAPTIVE_THRESHOLD}, "
            f"min_content_val={MIN_CONTENT_VAL}, window_width={WINDOW_WIDTH}, "
            f"min_scene_len={_min_len(fps)} frames), pyav")


def _min_len(fps: float) -> int:
    return max(2, round(MIN_SHOT_S * fps)) if fps else 6


def detect_cuts(film: Path, fps: float) -> list[float]:
    """Times (s) where PySceneDetect's AdaptiveDetector starts a new shot in `film`."""
    from scenedetect import AdaptiveDetector, SceneManager, open_video

    video = open_video(str(film), backend="pyav")
    manager = SceneManager()
    manager.add_detector(AdaptiveDetector(adaptive_threshold=ADAPTIVE_THRESHOLD,
                                          min_content_val=MIN_CONTENT_VAL,
                                          window_width=WINDOW_WIDTH, min_scene_len=_min_len(fps)))
    manager.detect_scenes(video=video)
    scenes = manager.get_scene_list()
    return [round(start.frame_num / fps, 4) if fps else start.seconds for start, _ in scenes[1:]]


def _hsv_frames(film: Path) -> list:
    import cv2

    from director.video import read_frames

    return [cv2.cvtColor(f, cv2.COLOR_RGB2HSV).astype(np.int16) for f in read_frames(film, size=_PROBE_SIZE)]


def _difference(a, b) -> float:
    return float(np.abs(a - b).mean())


def split_flashes(film: Path, fps: float, detected: Sequence[float]) -> tuple[list[float], list[float]]:
    """(cuts, flashes): a detection whose picture returns, within FLASH_S, to what it was just
    before the jump is a flash, not a cut."""
    if not detected or not fps:
        return list(detected), []
    frames = _hsv_frames(film)
    span = max(1, round(FLASH_S * fps))
    cuts, flashes = [], []
    for t in detected:
        f = round(t * fps)
        if not 1 <= f < len(frames):
            cuts.append(t)
            continue
        before = frames[f - 1]
        jump = _difference(before, frames[f])
        back = min((_difference(before, frames[k]) for k in range(f + 1, min(len(frames), f + span + 1))),
                   default=jump)
        (flashes if jump > 0 and back < FLASH_RETURN * jump else cuts).append(t)
    return cuts, flashes


def match_cuts(planned: Sequence[float], detected: Sequence[float], tolerance: float) -> dict:
    """One-to-one matching, nearest first: every planned cut takes the closest free detection
    within `tolerance`. Returns matched pairs, missed planned cuts and false detections."""
    candidates = sorted(
        (abs(p - d), i, j)
        for i, p in enumerate(planned)
        for j, d in enumerate(detected)
        if abs(p - d) <= tolerance
    )
    used_planned: set[int] = set()
    used_detected: set[int] = set()
    matched = []
    for _, i, j in candidates:
        if i in used_planned or j in used_detected:
            continue
        used_planned.add(i)
        used_detected.add(j)
        matched.append({"planned": planned[i], "detected": detected[j],
                        "offset_s": round(detected[j] - planned[i], 4)})
    matched.sort(key=lambda m: m["planned"])
    missed = [p for i, p in enumerate(planned) if i not in used_planned]
    false = [d for j, d in enumerate(detected) if j not in used_detected]
    return {
        "matched": matched,
        "missed": missed,
        "false": false,
        "recall": len(matched) / len(planned) if planned else None,
    }


def boundary_times(timeline: Timeline) -> list[float]:
    """Film time of each boundary: where the next shot starts, or a dissolve's midpoint."""
    fps = timeline.fps
    return [
        (span.start_frame + span.overlap_frames / 2) / fps for span in timeline.spans[1:]
    ]


def soft_transition_windows(timeline: Timeline) -> list[tuple[float, float]]:
    """Film-time windows of the planned dissolves and fades: visible transitions where a
    detector may rightly fire, though they are not hard cuts."""
    fps = timeline.fps
    windows = []
    spans = timeline.spans
    for k in range(1, len(spans)):
        span = spans[k]
        if span.transition == "dissolve":
            windows.append((span.start_frame / fps, (span.start_frame + span.overlap_frames) / fps))
        elif span.transition == "fade":
            n = fade_frames(spans[k - 1].frames, span.frames, fps)
            windows.append(((span.start_frame - n) / fps, (span.start_frame + n) / fps))
    return windows


def cut_report(film: Path, timeline: Timeline, detected: Sequence[float] | None = None) -> dict:
    """The eval's ``cuts`` section. `detected` can be given to skip detection (tests, reuse).

    ``false`` lists detections that are neither a planned hard cut nor inside a planned
    dissolve or fade; those inside one are listed in ``at_soft_transitions``.
    """
    fps = timeline.fps
    planned = [round(t, 4) for t in timeline.hard_cut_times()]
    flashes: list[float] = []
    if detected is not None:
        found = list(detected)
    else:
        found, flashes = split_flashes(film, fps, detect_cuts(film, fps))
    tolerance = tolerance_s(fps)
    matching = match_cuts(planned, found, tolerance)
    windows = soft_transition_windows(timeline)
    unexplained = matching["false"]
    matching["at_soft_transitions"] = [
        d for d in unexplained if any(lo - tolerance <= d <= hi + tolerance for lo, hi in windows)
    ]
    matching["false"] = [d for d in unexplained if d not in matching["at_soft_transitions"]]
    judged = len(matching["matched"]) + len(matching["false"])
    matching["precision"] = len(matching["matched"]) / judged if judged else None
    report = {
        "planned": planned,
        "detected": found,
        **matching,
        "tolerance_s": tolerance,
        "flashes": flashes,
        "detector": detector_description(fps) + f"; flashes that return within {FLASH_S} s dropped",
    }
    at_boundaries = []
    for span, t in zip(timeline.spans[1:], boundary_times(timeline)):
        hit = any(abs(d - t) <= tolerance for d in found)
        at_boundaries.append({"to": span.shot_id, "transition": span.transition,
                              "time_s": round(t, 4), "cut_detected": hit})
    report["at_boundaries"] = at_boundaries
    report["continuous_seen_as_cut"] = [
        b["to"] for b in at_boundaries if b["transition"] == "continuous" and b["cut_detected"]
    ]
    return report
