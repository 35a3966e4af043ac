"""Assembly speed: director.assemble.assemble_film against one hand-written ffmpeg command.

A ~10-shot film is rendered with the previz backend, then joined twice in the same run: once by
``assemble_film`` and once by a single ffmpeg invocation written here by hand that produces the
same film. Two variants are measured:

- mixed: cuts, dissolves, fades and a continuous boundary. The hand-written command is one
  filtergraph: runs of shots between dissolves are joined with one n-way ``concat``, fades use
  ``fade`` with start and length in seconds, dissolves use ``xfade``; encoder settings are
  ``director.video.x264_args`` (the same as assembly's, so the comparison is about the work done,
  not the encoder).
- cuts: cut and continuous boundaries only; the hand-written command is the concat demuxer with
  ``-c copy``.

Both outputs must have the same frame count and decode to nearly the same pixels, or the benchmark
fails. Each side is timed REPEATS times, interleaved, and the best time is kept (the CPU is shared).

    python -m benchmarks.bench_assembly [--quick]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.bench_previz import benchmark_plan, render_film
from benchmarks.script import run_as_script
from director.assemble import assemble_film
from director.plan import FilmPlan, parse_plan
from director.timeline import dissolve_frames, fade_frames, film_timeline, shot_frames
from director.video import probe, read_frames, run_ffmpeg, x264_args
from generators.base import RenderSettings

GOAL = 1.5
FPS = 24
# Sizes, per mode; the smoke test shrinks them through these module-level names.
FULL = {"width": 1280, "height": 720, "shots": 10, "duration_s": 4.0, "repeats": 2}
QUICK = {"width": 640, "height": 360, "shots": 10, "duration_s": 2.0, "repeats": 1}
# Transition into shots 1..9 of the mixed film (shot 0's is ignored).
MIXED_TRANSITIONS = ["dissolve", "cut", "fade", "continuous", "cut", "dissolve", "cut", "fade", "cut"]
VARIANTS = ("mixed", "cuts")  # run_all reports each
# Largest mean absolute difference (0..255) allowed between matching decoded frames. Both films
# blend with the same weights, but x264 rounds a blend differently when the filtergraphs differ
# by a rounding step, and that noise carries through the rest of the GOP (~2.5 at most here);
# a shot misplaced by a frame at a cut differs by tens.
MAX_FRAME_DIFF = 4.0


def assembly_plan(shots: int, duration_s: float, width: int, height: int, mixed: bool) -> FilmPlan:
    """The previz benchmark film resized, with mixed transitions or cuts and continuous only."""
    data = benchmark_plan(shots, duration_s).model_dump(mode="json")
    data["resolution"] = f"{width}x{height}"
    data["fps"] = FPS
    index = 0
    for scene in data["scenes"]:
        for shot in scene["shots"]:
            if index:
                pattern = MIXED_TRANSITIONS if mixed else ["cut", "continuous"]
                shot["transition"] = pattern[(index - 1) % len(pattern)]
            index += 1
    return parse_plan(data)


def concat_copy_command(clips: list[Path], listing: Path, out: Path) -> list[str]:
    """The hand-written cut-only film: the concat demuxer, no re-encode."""
    listing.write_text("".join(f"file '{p.resolve()}'\n" for p in clips), encoding="utf-8")
    return ["-f", "concat", "-safe", "0", "-i", str(listing), "-c", "copy",
            "-movflags", "+faststart", "-f", "mp4", str(out)]


def filtergraph_command(plan: FilmPlan, clips: list[Path], out: Path) -> list[str]:
    """The hand-written mixed film: one filtergraph, written from the plan's shot lengths.

    Shots between two dissolves are joined by a single n-way concat (a cut or a continuous
    boundary adds no frames); each dissolve is an xfade between those groups; a fade through
    black fades the end of one shot out and the start of the next in.
    """
    fps = plan.fps
    shots = plan.shots()
    frames = [shot_frames(s.duration_s, fps) for s in shots]
    args: list[str] = []
    for clip in clips:
        args += ["-i", str(clip)]
    chains: list[str] = []
    for i, shot in enumerate(shots):
        filters = ["settb=AVTB", "setpts=PTS-STARTPTS", "format=yuv420p"]
        if i and shot.transition == "fade":
            length = fade_frames(frames[i - 1], frames[i], fps) / fps
            filters.append(f"fade=t=in:st=0:d={length}")
        if i + 1 < len(shots) and shots[i + 1].transition == "fade":
            length = fade_frames(frames[i], frames[i + 1], fps) / fps
            filters.append(f"fade=t=out:st={frames[i] / fps - length}:d={length}")
        chains.append(f"[{i}:v]{','.join(filters)}[s{i}]")
    # Groups of consecutive shots with no dissolve between them.
    groups: list[list[int]] = [[0]]
    for i, shot in enumerate(shots[1:], start=1):
        if shot.transition == "dissolve":
            groups.append([i])
        else:
            groups[-1].append(i)
    for g, members in enumerate(groups):
        inputs = "".join(f"[s{i}]" for i in members)
        chains.append(f"{inputs}concat=n={len(members)}:v=1:a=0[g{g}]" if len(members) > 1
                      else f"{inputs}null[g{g}]")
    label, length_frames = "g0", sum(frames[i] for i in groups[0])
    for g, members in enumerate(groups[1:], start=1):
        first = members[0]
        overlap = dissolve_frames(frames[first - 1], frames[first], fps)
        # xfade starts at the first frame at or after `offset`; half a frame early keeps float
        # rounding from starting the blend a frame late.
        offset = (length_frames - overlap - 0.5) / fps
        chains.append(f"[{label}][g{g}]xfade=transition=fade:duration={overlap / fps}"
                      f":offset={offset}[x{g}]")
        label, length_frames = f"x{g}", length_frames - overlap + sum(frames[i] for i in members)
    return [*args, "-filter_complex", ";".join(chains), "-map", f"[{label}]", "-an", *x264_args(fps),
            "-f", "mp4", str(out)]


def largest_frame_difference(a: Path, b: Path, every: int = 3) -> float:
    """Largest mean absolute pixel difference between matching frames (decoded at 160x90)."""
    worst = 0.0
    for fa, fb in zip(read_frames(a, every, (160, 90)), read_frames(b, every, (160, 90))):
        worst = max(worst, float(np.abs(fa.astype(np.int16) - fb.astype(np.int16)).mean()))
    return worst


def measure(mixed: bool, sizes: dict, work: Path) -> dict:
    """Render the clips once, then time assembly and the hand-written command, interleaved."""
    plan = assembly_plan(sizes["shots"], sizes["duration_s"], sizes["width"], sizes["height"], mixed)
    settings = RenderSettings(width=sizes["width"], height=sizes["height"], fps=FPS)
    clip_dir = work / ("mixed" if mixed else "cuts")
    clip_dir.mkdir()
    render_film(plan, settings, clip_dir)
    shots = plan.shots()
    clip_paths = [clip_dir / f"{s.id}.mp4" for s in shots]
    ours_out, base_out = work / "ours.mp4", work / "baseline.mp4"
    if mixed:
        command = filtergraph_command(plan, clip_paths, base_out)
    else:
        command = concat_copy_command(clip_paths, work / "clips.txt", base_out)
    ours, baseline = [], []
    for _ in range(sizes["repeats"]):
        started = time.perf_counter()
        assemble_film(plan, {s.id: p for s, p in zip(shots, clip_paths)}, ours_out)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        run_ffmpeg(command)
        baseline.append(time.perf_counter() - started)
    expected = film_timeline(plan).total_frames
    ours_frames, base_frames = probe(ours_out).frames, probe(base_out).frames
    if not ours_frames == base_frames == expected:
        raise RuntimeError(f"frame counts differ: assembly {ours_frames}, hand-written {base_frames}, "
                           f"timeline {expected}")
    difference = largest_frame_difference(ours_out, base_out)
    if difference > MAX_FRAME_DIFF:
        raise RuntimeError(f"films differ: a frame's mean difference is {difference:.2f} (> {MAX_FRAME_DIFF})")
    baseline_s, ours_s = min(baseline), min(ours)
    return {
        "name": "assembly-mixed" if mixed else "assembly-cuts", "frames": expected,
        "baseline_s": round(baseline_s, 3), "ours_s": round(ours_s, 3),
        "ratio": round(ours_s / baseline_s, 3), "goal": GOAL,
        "max_frame_diff": round(difference, 3),
        "note": (f"{len(shots)} shots {sizes['width']}x{sizes['height']}; baseline: one hand-written "
                 + ("xfade/fade filtergraph, same x264 args" if mixed else "concat demuxer -c copy")
                 + f"; best of {sizes['repeats']}"),
    }


def run(quick: bool = False, variant: str = "mixed") -> dict:
    """Time one variant ("mixed" or "cuts"); see the module docstring."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant '{variant}' (use one of {VARIANTS})")
    with tempfile.TemporaryDirectory(prefix="bench_assembly_") as tmp:
        return measure(variant == "mixed", QUICK if quick else FULL, Path(tmp))


def main(argv: list[str] | None = None) -> int:
    results = run_as_script(argv, __doc__, "640x360, 2 s shots, one repeat",
                            lambda quick: [run(quick, variant) for variant in VARIANTS])
    return 0 if results is not None else 1


if __name__ == "__main__":
    sys.exit(main())
