"""Re-render speed: editing one shot of a rendered film against rendering the whole film.

A 10-shot plan is rendered with the previz backend (``director.render.run.render_plan``) into a
fresh folder: that full render is the baseline. Then one shot's description is edited and the
plan is rendered into the same folder: only that shot (its keyframe and clip) is generated again,
and the film is assembled again. ratio = re-render / full; the goal is at most GOAL.

Two variants: "cuts" (cut boundaries only: assembly joins the clips without re-encoding) and
"mixed" (dissolves and fades: assembly re-encodes the whole film, so it weighs on the re-render).

    python -m benchmarks.bench_rerender [--quick]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_assembly import MIXED_TRANSITIONS
from benchmarks.bench_previz import benchmark_plan
from benchmarks.script import run_as_script
from director.plan import FilmPlan, parse_plan
from director.render.run import RenderOptions, render_plan
from director.timeline import film_timeline

GOAL = 0.2
FPS = 24
VARIANTS = ("cuts", "mixed")  # run_all reports each
# Sizes, per mode; the smoke test shrinks them through these module-level names.
FULL = {"width": 1280, "height": 720, "shots": 10, "duration_s": 4.0}
QUICK = {"width": 480, "height": 270, "shots": 10, "duration_s": 2.0}
EDITED_SHOT = 3  # index of the shot whose description is edited


def rerender_plan(shots: int, duration_s: float, width: int, height: int, mixed: bool) -> FilmPlan:
    """The previz benchmark film at the given size, cut-only or with mixed transitions."""
    data = benchmark_plan(shots, duration_s).model_dump(mode="json")
    data.update(resolution=f"{width}x{height}", fps=FPS)
    index = 0
    for scene in data["scenes"]:
        for shot in scene["shots"]:
            shot["description"] = f"benchmark shot {index}: Ana and Ben argue about the lamp"
            if index and mixed:
                shot["transition"] = MIXED_TRANSITIONS[(index - 1) % len(MIXED_TRANSITIONS)]
            index += 1
    return parse_plan(data)


def edit_description(plan: FilmPlan, shot_index: int) -> tuple[FilmPlan, str]:
    """A copy of `plan` with one shot's description changed; returns it and the shot id."""
    data = plan.model_dump(mode="json")
    shots = [shot for scene in data["scenes"] for shot in scene["shots"]]
    shots[shot_index]["description"] += " Ben turns away and walks to the window."
    return parse_plan(data), shots[shot_index]["id"]


def run(quick: bool = False, variant: str = "cuts") -> dict:
    """Time a full render and a one-shot re-render of the same folder."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant '{variant}' (use one of {VARIANTS})")
    sizes = QUICK if quick else FULL
    plan = rerender_plan(sizes["shots"], sizes["duration_s"], sizes["width"], sizes["height"],
                         variant == "mixed")
    edited, edited_id = edit_description(plan, EDITED_SHOT)
    options = RenderOptions(backend="previz")
    with tempfile.TemporaryDirectory(prefix="bench_rerender_") as tmp:
        out = Path(tmp) / "film"
        started = time.perf_counter()
        full = render_plan(plan, out, options)
        full_s = time.perf_counter() - started
        started = time.perf_counter()
        again = render_plan(edited, out, options)
        rerender_s = time.perf_counter() - started
    if len(full.rendered) != len(plan.shots()) or again.rendered != [edited_id]:
        raise RuntimeError(f"expected a full render then only {edited_id}; got {full.rendered} "
                           f"then {again.rendered}")
    stages = again.manifest["timings"]
    return {
        "name": f"rerender-{variant}", "frames": film_timeline(plan).total_frames,
        "baseline_s": round(full_s, 3), "ours_s": round(rerender_s, 3),
        "ratio": round(rerender_s / full_s, 3), "goal": GOAL,
        "full_timings": full.manifest["timings"], "rerender_timings": stages,
        "note": (f"{len(plan.shots())} shots {sizes['width']}x{sizes['height']}, "
                 f"{'cuts only' if variant == 'cuts' else 'dissolves and fades'}; baseline: full "
                 f"render into a fresh folder; ours: {edited_id} description edited, same folder "
                 f"(of which shots {stages.get('shots', 0):.2f} s, assembly {stages.get('assemble', 0):.2f} s)"),
    }


def main(argv: list[str] | None = None) -> int:
    results = run_as_script(argv, __doc__, "480x270, 2 s shots",
                            lambda quick: [run(quick, variant) for variant in VARIANTS])
    return 0 if results is not None else 1


if __name__ == "__main__":
    sys.exit(main())
