"""Small plans and measurements shared by the previz tests (tiny frames keep them fast)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from director.plan import FilmPlan, parse_plan
from director.video import read_frames
from generators.base import RenderSettings, ShotContext
from generators.registry import create_backend

SMALL = RenderSettings(width=320, height=180, fps=12)

ENTITIES = [
    {"id": "mara", "name": "Mara", "kind": "character", "description": "a woman in a red coat, grey hair"},
    {"id": "tom", "name": "Tom", "kind": "character", "description": "a young man in a blue dress shirt and green trousers"},
    {"id": "lamp", "name": "Lamp", "kind": "prop", "description": "a yellow lantern"},
    {"id": "station", "name": "Station", "kind": "location", "description": "an old city train station"},
]


def one_shot_plan(camera: dict, entities: list[str] | None = None, layout: dict | None = None,
                  duration_s: float = 3.0, dialogue: list[dict] | None = None, seed: int = 0,
                  heading: str = "EXT. CITY STREET - DAY", time_of_day: str = "day") -> FilmPlan:
    """A film with one scene and one shot."""
    return parse_plan({
        "title": "test", "entities": ENTITIES,
        "scenes": [{"id": "s1", "heading": heading, "location": "city street", "time_of_day": time_of_day,
                    "shots": [{"id": "a", "description": "test shot", "entities": entities or [],
                               "layout": layout or {}, "camera": camera, "duration_s": duration_s,
                               "dialogue": dialogue or [], "seed": seed}]}],
    })


def context(plan: FilmPlan, index: int = 0) -> ShotContext:
    shot = plan.shots()[index]
    return ShotContext(plan, plan.scene_of(shot.id), shot, index, None)


def render_clip(plan: FilmPlan, out: Path, settings: RenderSettings = SMALL, index: int = 0):
    """Render one shot through the registry; return (ClipResult, decoded frames)."""
    backend = create_backend("previz", None, settings)
    result = backend.shot.generate(context(plan, index), Path(), {}, settings, out)
    return result, list(read_frames(result.path))


def total_shift(frames: list[np.ndarray], step: int = 2,
                region: tuple[int, int, int, int] | None = None) -> tuple[float, float]:
    """Global content shift (dx, dy) in pixels from the first to the last frame, summed over
    phase correlations of nearby frames (robust to large total moves). ``region`` =
    (x0, x1, y0, y1) measures only that part (background clear of a figure)."""
    picked = frames[::step] + ([frames[-1]] if (len(frames) - 1) % step else [])
    grey = [cv2.cvtColor(f, cv2.COLOR_RGB2GRAY).astype(np.float32) for f in picked]
    if region is not None:
        x0, x1, y0, y1 = region
        grey = [np.ascontiguousarray(g[y0:y1, x0:x1]) for g in grey]
    window = cv2.createHanningWindow(grey[0].shape[::-1], cv2.CV_32F)
    dx = dy = 0.0
    for a, b in zip(grey, grey[1:]):
        (sx, sy), _ = cv2.phaseCorrelate(a, b, window)
        dx, dy = dx + sx, dy + sy
    return dx, dy


def best_scale(first: np.ndarray, last: np.ndarray, mask: np.ndarray | None = None) -> float:
    """The zoom about the frame centre that best maps ``first`` onto ``last`` (ignoring pixels
    where ``mask`` is False)."""
    h, w = first.shape[:2]
    a = first.astype(np.float32)
    b = last.astype(np.float32)
    keep = np.ones((h, w), bool) if mask is None else mask
    keep[: h // 5, : w // 3] = False  # the slate
    best, best_err = 1.0, np.inf
    for s in np.linspace(0.6, 1.7, 111):
        m = np.array([[s, 0, w / 2 * (1 - s)], [0, s, h / 2 * (1 - s)]])
        warped = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_REPLICATE)
        err = float(np.mean(np.abs(warped - b)[keep]))
        if err < best_err:
            best, best_err = float(s), err
    return best


def colour_mask(frame: np.ndarray, rgb: tuple[int, int, int], tol: int = 40) -> np.ndarray:
    """Pixels within ``tol`` of a colour."""
    diff = np.abs(frame.astype(np.int16) - np.array(rgb, np.int16)).max(axis=2)
    return diff <= tol


def centroid(mask: np.ndarray) -> tuple[float, float]:
    ys, xs = np.nonzero(mask)
    assert len(xs) > 20, "colour not found in frame"
    return float(xs.mean()), float(ys.mean())
