"""Previz speed: render a ~60 s film at 1280x720@24 against ffmpeg encoding as many frames.

The baseline is the bundled ffmpeg encoding a synthetic source (testsrc2) with the same encoder
settings (director.video.x264_args), timed in the same run on the same machine. The clips render
as a local `director run` renders them: shots side by side, as many as the render's
max_concurrency. The goal is that
previz takes at most GOAL times the baseline. The script exits non-zero only on an error.

    python -m benchmarks.bench_previz [--quick]
"""

from __future__ import annotations

import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchmarks.script import run_as_script
from director.plan import FilmPlan, parse_plan
from director.render.run import RenderOptions
from director.timeline import shot_frames
from director.video import probe, run_ffmpeg, x264_args
from generators.base import RenderSettings, ShotContext
from generators.registry import create_backend

GOAL = 1.5  # issue 12: a 60 s 720p film within 1.5x of ffmpeg encoding as many frames
REPEATS = 3
WIDTH, HEIGHT, FPS = 1280, 720, 24
_MOVES = [
    ("pan", "right", "medium", "LS"), ("dolly", "in", "slow", "MS"), ("static", "none", "medium", "MCU"),
    ("truck", "left", "medium", "MLS"), ("zoom", "in", "fast", "WS"), ("handheld", "none", "medium", "MS"),
    ("tilt", "up", "slow", "LS"), ("orbit", "right", "medium", "MS"), ("crane", "up", "slow", "WS"),
    ("pedestal", "down", "medium", "MLS"), ("pan", "left", "fast", "EWS"), ("dolly", "out", "medium", "CU"),
]


def benchmark_plan(shots: int, duration_s: float) -> FilmPlan:
    """A film of ``shots`` shots with mixed camera moves, 2-3 entities each, some dialogue."""
    scenes = []
    places = [("EXT. CITY STREET - NIGHT", "city street", "night"), ("INT. KITCHEN - MORNING", "kitchen", "morning"),
              ("EXT. FOREST - DUSK", "forest", "dusk")]
    for i in range(shots):
        move, direction, speed, size = _MOVES[i % len(_MOVES)]
        heading, location, tod = places[(i // 4) % len(places)]
        entities = ["ana", "ben"] + (["lamp"] if i % 2 == 0 else [])
        shot = {
            "id": f"sh{i:02d}", "description": "benchmark shot", "entities": entities,
            "camera": {"shot_size": size, "move": move, "direction": direction, "speed": speed},
            "duration_s": duration_s,
            "layout": {"ana": {"start": [0.15, 0.3, 0.35, 0.95], "end": [0.3, 0.3, 0.5, 0.95]},
                       "ben": {"start": [0.6, 0.25, 0.8, 0.95], "end": [0.55, 0.25, 0.75, 0.95]}},
            "dialogue": [{"speaker": "Ana", "text": "We should go before the rain starts."},
                         {"speaker": "Ben", "text": "Not without the lamp."}],
        }
        if not scenes or scenes[-1]["heading"] != heading:
            scenes.append({"id": f"sc{len(scenes)}", "heading": heading, "location": location,
                           "time_of_day": tod, "shots": []})
        scenes[-1]["shots"].append(shot)
    return parse_plan({
        "title": "Benchmark", "fps": FPS, "resolution": f"{WIDTH}x{HEIGHT}",
        "entities": [
            {"id": "ana", "name": "Ana", "kind": "character", "description": "a woman in a red coat"},
            {"id": "ben", "name": "Ben", "kind": "character", "description": "a man in a blue jacket, grey hair"},
            {"id": "lamp", "name": "Lamp", "kind": "prop", "description": "a brass lantern"},
        ],
        "scenes": scenes,
    })


def render_film(plan: FilmPlan, settings: RenderSettings, out_dir: Path,
                workers: int = RenderOptions.max_concurrency) -> int:
    """Render every shot clip with the previz backend, ``workers`` at a time as a local render
    runs them (previz shots are independent chains, fanned out with the render's
    max_concurrency); return the number of frames."""
    backend = create_backend("previz", None, settings)
    shots = plan.shots()

    def clip(index: int) -> int:
        shot = shots[index]
        ctx = ShotContext(plan, plan.scene_of(shot.id), shot, index, shots[index - 1] if index else None)
        return backend.shot.generate(ctx, Path(), {}, settings, out_dir / f"{shot.id}.mp4").frames

    try:
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            return sum(pool.map(clip, range(len(shots))))
    finally:
        backend.close()


def encode_baseline(frames: int, out_path: Path) -> None:
    """ffmpeg encoding ``frames`` synthetic frames with the clips' encoder settings."""
    run_ffmpeg(["-f", "lavfi", "-i", f"testsrc2=size={WIDTH}x{HEIGHT}:rate={FPS}",
                "-frames:v", str(frames), "-an", *x264_args(FPS), "-f", "mp4", str(out_path)])


def run(quick: bool = False, repeats: int | None = None) -> dict:
    """Time previz against the ffmpeg baseline. Returns name, baseline_s, ours_s, ratio, goal.

    Each side is timed ``repeats`` times (3, or 1 with ``quick``), interleaved, and the best
    time is kept: the CPU is shared, and a neighbour's burst should not decide the ratio."""
    shots, duration = (3, 2.5) if quick else (12, 5.0)
    repeats = repeats or (1 if quick else REPEATS)
    plan = benchmark_plan(shots, duration)
    settings = RenderSettings(width=WIDTH, height=HEIGHT, fps=FPS)
    expected = sum(shot_frames(s.duration_s, FPS) for s in plan.shots())
    baseline, ours = [], []
    with tempfile.TemporaryDirectory(prefix="bench_previz_") as tmp:
        tmp_dir = Path(tmp)
        for _ in range(repeats):
            started = time.perf_counter()
            encode_baseline(expected, tmp_dir / "baseline.mp4")
            baseline.append(time.perf_counter() - started)
            started = time.perf_counter()
            frames = render_film(plan, settings, tmp_dir)
            ours.append(time.perf_counter() - started)
            if frames != expected or probe(tmp_dir / "baseline.mp4").frames != expected:
                raise RuntimeError(f"frame counts differ: previz {frames}, expected {expected}")
    baseline_s, ours_s = min(baseline), min(ours)
    return {"name": "previz", "frames": frames, "baseline_s": round(baseline_s, 3),
            "ours_s": round(ours_s, 3), "ratio": round(ours_s / baseline_s, 3), "goal": GOAL,
            "note": f"{len(plan.shots())} shots {WIDTH}x{HEIGHT}@{FPS}, "
                    f"{RenderOptions.max_concurrency} at a time; best of {repeats}"}


def main(argv: list[str] | None = None) -> int:
    results = run_as_script(argv, __doc__, "a short film (3 shots x 2.5 s)", lambda quick: [run(quick)])
    if results is None:
        return 1
    (result,) = results
    verdict = "meets" if result["ratio"] <= result["goal"] else "misses"
    print(f"previz {result['ours_s']:.2f} s vs ffmpeg {result['baseline_s']:.2f} s: "
          f"ratio {result['ratio']:.2f} ({verdict} the goal of {result['goal']:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
