"""Run every CPU benchmark and write docs/benchmarks.md and benchmarks/results/latest.json.

    python -m benchmarks.run_all [--quick] [--only previz assembly ... plan-quality]

Each benchmark module exposes ``run(quick, [variant]) -> dict`` with name, frames, baseline_s,
ours_s, ratio and goal; a module with VARIANTS is run once per variant. Every ratio is against a
baseline measured in the same run on the same machine. The machine is described alongside
(CPU, cores, RAM, Python, the bundled ffmpeg, date, load average), because the CPU may be shared.
The plan-quality section (benchmarks/plan_quality) scores what the planners understood of
stories written for it, not speed, so it is a section of its own and ignores --quick.
Exits 1 if a benchmark fails to run (a missed goal is a result, not an error).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType

from benchmarks import bench_assembly, bench_planning, bench_previz, bench_rerender, bench_sound
from benchmarks.plan_quality import page as plan_quality_page

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MARKDOWN = ROOT / "docs" / "benchmarks.md"
DEFAULT_JSON = ROOT / "benchmarks" / "results" / "latest.json"

# Short name → module, in the order they run and appear in the table.
BENCHMARKS: dict[str, ModuleType] = {
    "previz": bench_previz,
    "assembly": bench_assembly,
    "rerender": bench_rerender,
    "planning": bench_planning,
    "sound": bench_sound,
}

# What each benchmark compares, for the notes under the table.
EXPLANATIONS = {
    "previz": "Rendering a film with the previz backend (drawing every frame in Python and "
              "encoding it) against the bundled ffmpeg encoding as many synthetic frames "
              "(`testsrc2`) with the same encoder settings (`director.video.x264_args`). "
              "The clips render as a local `director run` renders them, shots side by side "
              "(the render's max_concurrency); each side is timed three times, interleaved, "
              "best kept. The ratio is the cost of drawing on top of encoding.",
    "assembly": "`director.assemble.assemble_film` joining previz clips (10 shots) into the film, "
                "against one ffmpeg command written by hand that makes the same film. *mixed*: "
                "cuts, two dissolves, two fades and a continuous boundary; the hand-written "
                "command is one filtergraph (n-way `concat` within runs of cuts, `xfade` for "
                "dissolves, `fade` in seconds) with the same x264 settings. *cuts*: cut and "
                "continuous boundaries only; the hand-written command is the concat demuxer "
                "with `-c copy`. Both films must have the same frame count and decode to nearly "
                "the same pixels (`max_frame_diff` in the JSON, mean absolute difference 0..255).",
    "rerender": "A 10-shot previz film rendered with `render_plan` into a fresh folder (the "
                "baseline), then one shot's description edited and rendered into the same "
                "folder (ours): only that shot's keyframe and clip are generated again, then "
                "the film is assembled again. ratio = re-render / full render. *cuts*: assembly "
                "joins clips without re-encoding; *mixed*: dissolves and fades are encoded as "
                "small pieces cached by the clips they join, so only the edited shot's pieces "
                "are encoded again. Each row says how much of the re-render was shots and how "
                "much assembly.",
    "planning": "`plan_story(parse_story(text), planner=\"heuristic\")` on an original "
                "~3,000-word story generated in code (named characters, six places, dialogue), "
                "warm (after one untimed run), best of 3. The baseline is the floor any planner "
                "pays, `parse_story` plus the sentence split; the ratio says how much planning "
                "adds on top of reading the text and has no goal. Pass/fail is on seconds per "
                "1,000 words against a budget of 1 s.",
    "sound": "`render_plan` of the previz benchmark's ~60 s film (two voiced characters, a street "
             "in the rain, a room, a forest; cuts, dissolves, fades) into a fresh folder with "
             "`audio=False` (the baseline) and again with `audio=True` (ours): voicing every line "
             "with eSpeak NG, each shot's ambience, the mix to -16 LUFS and the AAC encode. "
             "ratio = audio on / audio off; the goal is that sound adds at most 15 %.",
}


# The "How measured" cell for results that carry no note of their own.
DEFAULT_NOTES = {
    "previz": "baseline: bundled ffmpeg encoding testsrc2, same frame count and x264 args",
}


# ---- the machine ---------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024**2, 1)
    except (OSError, ValueError, IndexError):
        pass
    return None


def _ffmpeg_version() -> str:
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_version()
    except Exception as err:  # noqa: BLE001 - a missing binary is reported, not fatal here
        return f"unavailable ({err})"


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def describe_machine() -> dict:
    """CPU model, cores, RAM, OS, Python, bundled ffmpeg version, date and load average."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": _cpu_model(), "cores": os.cpu_count(), "usable_cores": usable, "ram_gib": _ram_gib(),
        "os": platform.platform(), "python": platform.python_version(),
        "ffmpeg": _ffmpeg_version(),
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "load_average_start": load_average(),
    }


# ---- running -------------------------------------------------------------------------------


def verdict(result: dict) -> str:
    """pass / fail against the goal; "info" when the benchmark has no goal; "error" if it failed."""
    if "error" in result:
        return "error"
    if "passed" in result:
        return "pass" if result["passed"] else "fail"
    goal = result.get("goal")
    if isinstance(goal, (int, float)):
        return "pass" if result["ratio"] <= goal else "fail"
    return "info"


def run_benchmarks(names: list[str], quick: bool, log=print) -> list[dict]:
    """Run the named benchmarks (each variant of each), in order; failures become error rows."""
    results = []
    for name in names:
        module = BENCHMARKS[name]
        for variant in getattr(module, "VARIANTS", (None,)):
            label = name if variant is None else f"{name}-{variant}"
            log(f"running {label} ...")
            started = time.perf_counter()
            try:
                result = module.run(quick) if variant is None else module.run(quick, variant)
            except Exception as err:  # noqa: BLE001 - one broken benchmark must not hide the rest
                traceback.print_exc()
                result = {"name": label, "error": f"{type(err).__name__}: {err}"}
            result["benchmark"] = name
            result["wall_s"] = round(time.perf_counter() - started, 1)
            result["load_1m_after"] = (load_average() or [None])[0]
            result["verdict"] = verdict(result)
            log(f"  {json.dumps(result, ensure_ascii=False)}")
            results.append(result)
    return results


# ---- writing -------------------------------------------------------------------------------


def _goal_text(result: dict) -> str:
    if "per_1000_words_goal_s" in result:
        return f"≤ {result['per_1000_words_goal_s']:g} s / 1,000 words"
    goal = result.get("goal")
    return f"≤ {goal:g}" if isinstance(goal, (int, float)) else str(goal or "")


def _work_text(result: dict) -> str:
    if result.get("words"):
        return f"{result['words']:,} words"
    if result.get("frames"):
        return f"{result['frames']:,} frames"
    return ""


def _seconds(value: float) -> str:
    return f"{value:.3f}" if value >= 0.01 else f"{value:.5f}"


def render_markdown(machine: dict, results: list[dict], quick: bool, quality: dict | None = None) -> str:
    """The benchmarks page: machine, one table row per result, and what each row compares."""
    load_start, load_end = machine.get("load_average_start"), machine.get("load_average_end")
    lines = [
        "# Benchmarks",
        "",
        "Generated by `python -m benchmarks.run_all" + (" --quick" if quick else "") + "` — do not "
        "edit by hand; rerun it. Every ratio is *ours / baseline* with the baseline measured in the "
        "same run on the same machine, so a shared or busy machine slows both sides. Speed goals "
        "live here, not in the tests. GPU numbers: `benchmarks/gpu_bench.py` (docs/diffusers.md).",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        f"| CPU | {machine['cpu']} |",
        f"| Cores | {machine['cores']} (usable: {machine['usable_cores']}) |",
        f"| RAM | {machine['ram_gib']} GiB |",
        f"| OS | {machine['os']} |",
        f"| Python | {machine['python']} |",
        f"| ffmpeg (imageio-ffmpeg) | {machine['ffmpeg']} |",
        f"| Date | {machine['date']} |",
        f"| Load average (1/5/15 min) | start {load_start}, end {load_end}; 1 min after each "
        f"benchmark: {', '.join(str(r.get('load_1m_after')) for r in results)} |",
        f"| Mode | {'quick (smaller sizes)' if quick else 'full'} |",
        "",
    ]
    peak = max([(load_start or [0])[0], (load_end or [0])[0]]
               + [r["load_1m_after"] for r in results if r.get("load_1m_after") is not None])
    if peak > (machine.get("usable_cores") or 1):
        lines += [f"**The machine was busy**: the 1-minute load average reached {peak:g} on "
                  f"{machine['usable_cores']} cores, so other work shared the CPU during this run "
                  "and single timings are noisy (ratios still compare two sides of the same run).",
                  ""]
    lines += [
        "## Results",
        "",
        "| Benchmark | Work | Baseline s | Ours s | Ratio | Goal | Result | How measured |",
        "|---|---|---:|---:|---:|---|---|---|",
    ]
    for r in results:
        if "error" in r:
            lines.append(f"| {r['name']} | | | | | | **error** | {r['error']} |")
            continue
        ratio = f"{r['ratio']:.2f}"
        if "per_1000_words_s" in r:
            ratio += f" ({r['per_1000_words_s']:.3f} s / 1,000 words)"
        lines.append(
            f"| {r['name']} | {_work_text(r)} | {_seconds(r['baseline_s'])} | {_seconds(r['ours_s'])} | {ratio} "
            f"| {_goal_text(r)} | {r['verdict']} | {r.get('note') or DEFAULT_NOTES.get(r['benchmark'], '')} |"
        )
    lines += ["", "## What each benchmark compares", ""]
    for name in dict.fromkeys(r["benchmark"] for r in results):
        lines.append(f"- **{name}**: {EXPLANATIONS[name]}")
    if quality is not None:
        lines += ["", plan_quality_page.markdown(quality) if "error" not in quality
                  else f"## Plan quality\n\n**error**: {quality['error']}"]
    lines += ["", "Raw numbers: `benchmarks/results/latest.json` (not committed).", ""]
    return "\n".join(lines)


def write_outputs(machine: dict, results: list[dict], quick: bool, markdown: Path, json_path: Path,
                  quality: dict | None = None) -> None:
    markdown.parent.mkdir(parents=True, exist_ok=True)
    json_path.parent.mkdir(parents=True, exist_ok=True)
    markdown.write_text(render_markdown(machine, results, quick, quality), encoding="utf-8")
    raw = {"machine": machine, "quick": quick, "results": results}
    if quality is not None:
        raw["plan_quality"] = quality
    json_path.write_text(json.dumps(raw, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def measure_plan_quality(log=print) -> dict:
    """Both planners on the plan-quality stories; an error is reported in the section, not raised."""
    log("running plan-quality ...")
    try:
        return plan_quality_page.measure()
    except Exception as err:  # noqa: BLE001 - a broken benchmark must not hide the speed results
        traceback.print_exc()
        return {"error": f"{type(err).__name__}: {err}"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes: a check, not a measurement")
    parser.add_argument("--only", nargs="+", choices=[*BENCHMARKS, "plan-quality"],
                        default=[*BENCHMARKS, "plan-quality"], help="run only these benchmarks")
    parser.add_argument("--markdown", type=Path, default=DEFAULT_MARKDOWN, help="where the table goes")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where the raw results go")
    args = parser.parse_args(argv)
    machine = describe_machine()
    results = run_benchmarks([name for name in args.only if name in BENCHMARKS], args.quick)
    quality = measure_plan_quality() if "plan-quality" in args.only else None
    machine["load_average_end"] = load_average()
    write_outputs(machine, results, args.quick, args.markdown, args.json, quality)
    print(f"wrote {args.markdown} and {args.json}")
    for r in results:
        print(f"{r['name']:>16}: {r['verdict']}" + (f" (ratio {r['ratio']:.2f})" if "ratio" in r else ""))
    if quality is not None:
        print(f"    plan-quality: {'error' if 'error' in quality else 'done'}")
    return 1 if any(r["verdict"] == "error" for r in results) or "error" in (quality or {}) else 0


if __name__ == "__main__":
    sys.exit(main())
