"""Sound cost: the previz render of a ~60 s film with audio on against the same render with
audio off, both timed in the same run into fresh folders.

With audio on the render also voices every line (eSpeak NG), makes each shot's ambience, mixes
the soundtrack to -16 LUFS and encodes it to AAC. The goal is that sound adds at most 15 %
(ratio <= GOAL). The script exits non-zero only on an error.

    python -m benchmarks.bench_sound [--quick]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_previz import FPS, HEIGHT, WIDTH, benchmark_plan
from benchmarks.script import run_as_script
from director.plan import Entity, FilmPlan, Setting, Voice
from director.render.run import RenderOptions, render_plan
from director.sound import speech

GOAL = 1.15
REPEATS = 2
_VOICES = {"ana": Voice(voice="en-us+f3", pitch=1.1), "ben": Voice(voice="en-us+m3", pitch=0.9)}
_PLACES = [Setting(interior=False, kind="street"), Setting(interior=True, kind="home"),
           Setting(interior=False, kind="forest")]


def sound_plan(shots: int, duration_s: float, resolution: str) -> FilmPlan:
    """The previz benchmark's film with voices for its two speakers, a setting for each of its
    places (one street in the rain) and transitions of every kind."""
    plan = benchmark_plan(shots, duration_s)
    entities = [e.model_copy(update={"voice": _VOICES[e.id]}) if e.id in _VOICES else e
                for e in plan.entities]
    scenes = []
    for i, scene in enumerate(plan.scenes):
        place = f"place{i}"
        entities.append(Entity(id=place, name=scene.location, kind="location",
                               setting=_PLACES[i % len(_PLACES)]))
        shots_ = [s.model_copy(update={"entities": [*s.entities, place],
                                       "transition": ("cut", "dissolve", "fade", "continuous")[j % 4]})
                  for j, s in enumerate(scene.shots)]
        scenes.append(scene.model_copy(update={"shots": shots_,
                                               "atmosphere": ["rain"] if i % 3 == 0 else []}))
    return FilmPlan.model_validate({**plan.model_dump(), "entities": [e.model_dump() for e in entities],
                                    "scenes": [s.model_dump() for s in scenes], "resolution": resolution})


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run(quick: bool = False) -> dict:
    """Time one render with audio off (baseline) and one with audio on (ours)."""
    shots, duration, size = (3, 2.5, "320x180") if quick else (12, 5.0, f"{WIDTH}x{HEIGHT}")
    plan = sound_plan(shots, duration, size)
    timings: dict[bool, float] = {False: float("inf"), True: float("inf")}
    cpu = dict(timings)
    # Best of REPEATS each, in alternating order (off, on, on, off), every render into a fresh
    # folder: a load spike on a shared machine then hits both sides alike or neither.
    order = [False, True, True, False][: 2 * (1 if quick else REPEATS)]
    with tempfile.TemporaryDirectory(prefix="bench_sound_") as tmp:
        for i, audio in enumerate(order):
            out = Path(tmp) / f"{i}-{'on' if audio else 'off'}"
            speech.clear_cache()  # every render with sound voices its lines afresh
            started, cpu_started = time.perf_counter(), _cpu_seconds()
            result = render_plan(plan, out, RenderOptions(backend="previz", audio=audio))
            timings[audio] = min(timings[audio], time.perf_counter() - started)
            cpu[audio] = min(cpu[audio], _cpu_seconds() - cpu_started)
            if audio:
                manifest = result.manifest
    return {"name": "sound", "frames": manifest["film"]["frames"], "baseline_s": round(timings[False], 3),
            "ours_s": round(timings[True], 3), "ratio": round(timings[True] / timings[False], 3),
            "goal": GOAL, "loudness_lufs": manifest["loudness_lufs"],
            "true_peak_dbtp": manifest["true_peak_dbtp"],
            "sound_stage_s": manifest["timings"].get("sound"),
            # CPU seconds (this process and its ffmpeg children): steadier than wall time on a
            # shared machine.
            "cpu_baseline_s": round(cpu[False], 3), "cpu_ours_s": round(cpu[True], 3),
            "cpu_ratio": round(cpu[True] / cpu[False], 3),
            "note": f"previz {size} @ {FPS} fps, {shots} shots x {duration:g} s, best of "
                    f"{len(order) // 2}: audio on / audio off; CPU seconds (with ffmpeg) "
                    f"{cpu[True]:.1f} / {cpu[False]:.1f} = {cpu[True] / cpu[False]:.2f}"}


def main(argv: list[str] | None = None) -> int:
    results = run_as_script(argv, __doc__, "a short film (3 shots x 2.5 s, 320x180)", lambda quick: [run(quick)])
    if results is None:
        return 1
    (result,) = results
    verdict = "meets" if result["ratio"] <= result["goal"] else "misses"
    print(f"audio on {result['ours_s']:.2f} s vs off {result['baseline_s']:.2f} s: ratio {result['ratio']:.2f} "
          f"({verdict} the goal of {result['goal']:.2f}); CPU time ratio {result['cpu_ratio']:.2f}; "
          f"film at {result['loudness_lufs']} LUFS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
