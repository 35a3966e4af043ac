"""Build a small output folder with known answers, for testing and calibrating the metrics.

Writes what the render path writes (DESIGN.md §4): shots/<id>.mp4 with exactly
round(duration_s*fps) frames, film.mp4 laid out by director.timeline (dissolves cross-blend,
fades dip to black), plan.json and a minimal manifest.json. Frames are given per shot as a
function of the frame index, so a test knows exactly what every boundary looks like.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from director.plan import FilmPlan, parse_plan
from director.timeline import fade_frames, film_timeline, shot_frames
from director.video import ClipWriter

FrameFn = Callable[[int, int, int, int], np.ndarray]  # (index, count, width, height) → RGB


def solid(rgb: Sequence[int]) -> FrameFn:
    """Every frame one flat colour."""
    def draw(index: int, count: int, width: int, height: int) -> np.ndarray:
        return np.full((height, width, 3), rgb, dtype=np.uint8)
    return draw


def gradient(start_rgb: Sequence[int], end_rgb: Sequence[int]) -> FrameFn:
    """A flat colour that moves linearly from `start_rgb` (first frame) to `end_rgb` (last)."""
    def draw(index: int, count: int, width: int, height: int) -> np.ndarray:
        t = index / max(1, count - 1)
        rgb = np.round((1 - t) * np.array(start_rgb) + t * np.array(end_rgb))
        return np.full((height, width, 3), rgb, dtype=np.uint8)
    return draw


@dataclass
class SyntheticShot:
    id: str
    draw: FrameFn
    duration_s: float = 1.0
    transition: str = "cut"
    entities: list[str] = field(default_factory=list)
    scene: str = "s1"
    description: str = "A test shot."


def write_out_folder(
    out_dir: Path,
    shots: Sequence[SyntheticShot],
    *,
    fps: int = 12,
    size: tuple[int, int] = (160, 96),
    entities: Sequence[dict] = (),
    manifest: dict | None = None,
    write_film: bool = True,
) -> FilmPlan:
    """Write plan.json, manifest.json, shots/*.mp4 and film.mp4 into `out_dir`; return the plan."""
    out_dir = Path(out_dir)
    (out_dir / "shots").mkdir(parents=True, exist_ok=True)
    width, height = size
    scenes: dict[str, list[dict]] = {}
    for shot in shots:
        scenes.setdefault(shot.scene, []).append({
            "id": shot.id, "description": shot.description, "entities": shot.entities,
            "duration_s": shot.duration_s, "transition": shot.transition,
        })
    plan = parse_plan({
        "title": "Synthetic film", "fps": fps, "resolution": f"{width}x{height}",
        "entities": list(entities),
        "scenes": [{"id": sid, "shots": s} for sid, s in scenes.items()],
    })
    (out_dir / "plan.json").write_text(plan.to_json(), encoding="utf-8")

    clips: dict[str, list[np.ndarray]] = {}
    for shot in shots:
        count = shot_frames(shot.duration_s, fps)
        frames = [shot.draw(i, count, width, height) for i in range(count)]
        clips[shot.id] = frames
        with ClipWriter(out_dir / "shots" / f"{shot.id}.mp4", width, height, fps) as writer:
            for frame in frames:
                writer.write(frame)

    if write_film:
        _write_film(out_dir / "film.mp4", plan, clips, width, height)

    data = {
        "run_id": "synthetic", "backend": "synthetic", "preset": "test", "planner": "none",
        "shots": [{"id": s.id, "status": "rendered", "seconds": 0.0,
                   "artifact": f"shots/{s.id}.mp4"} for s in shots],
        "boundaries": [{"from": a.id, "to": b.id, "transition": b.transition,
                        "latent_discontinuity": None} for a, b in zip(shots, shots[1:])],
        "timings": {}, "versions": {},
    }
    data.update(manifest or {})
    (out_dir / "manifest.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    return plan


def _write_film(path: Path, plan: FilmPlan, clips: dict[str, list[np.ndarray]],
                width: int, height: int) -> None:
    """Lay the clips out on the timeline, one film frame at a time: overlaps cross-blend (the
    incoming shot's weight rising across the overlap), fades dip to black."""
    timeline = film_timeline(plan)
    spans = timeline.spans
    gains = []
    for k, span in enumerate(spans):
        gain = np.ones(span.frames, dtype=np.float32)
        # Fade through black: the outgoing shot dims at its end, the incoming one brightens.
        if k and span.transition == "fade":
            n = fade_frames(spans[k - 1].frames, span.frames, timeline.fps)
            gain[:n] = np.minimum(gain[:n], (np.arange(n) + 1) / (n + 1))
        if k + 1 < len(spans) and spans[k + 1].transition == "fade":
            n = fade_frames(span.frames, spans[k + 1].frames, timeline.fps)
            gain[-n:] = np.minimum(gain[-n:], (np.arange(n)[::-1] + 1) / (n + 1))
        gains.append(gain)
    with ClipWriter(path, width, height, timeline.fps) as writer:
        for f in range(timeline.total_frames):
            frame = np.zeros((height, width, 3), dtype=np.float32)
            for k, span in enumerate(spans):
                j = f - span.start_frame
                if not 0 <= j < span.frames:
                    continue
                layer = clips[span.shot_id][j].astype(np.float32) * gains[k][j]
                if span.overlap_frames and j < span.overlap_frames:
                    alpha = (j + 1) / (span.overlap_frames + 1)
                    frame = (1 - alpha) * frame + alpha * layer
                else:
                    frame = layer
            writer.write(np.clip(np.round(frame), 0, 255).astype(np.uint8))
