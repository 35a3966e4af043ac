"""python -m benchmarks.plan_quality [--planner heuristic|llm] [--set main|heldout|all] [--json OUT]

Plans every benchmark story, prints the per-story table and the overall row, then the mistakes
behind any lost point. Exit 0 after a run (a low score is a result), 2 for bad options.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchmarks.plan_quality.gold import GoldError
from benchmarks.plan_quality.run import PLANNERS, SETS, markdown_table, mistakes, run_benchmark
from director.store import atomic_write_text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.plan_quality",
                                     description="Score planners against the plan-quality stories.")
    parser.add_argument("--planner", choices=PLANNERS, default="heuristic")
    parser.add_argument("--set", dest="set_name", choices=[*SETS, "all"], default="main")
    parser.add_argument("--story", action="append", metavar="NAME",
                        help="only this story (its file name without the suffix); repeatable")
    parser.add_argument("--label", default="", help="name these results (e.g. 'heuristic @ 637fab6')")
    parser.add_argument("--json", type=Path, help="also write the full results here")
    args = parser.parse_args(argv)
    try:
        result = run_benchmark(args.planner, args.set_name,
                               on_story=lambda name: print(f"planning {name} ...", file=sys.stderr),
                               stories=args.story, label=args.label)
    except (GoldError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"{result['label']}: set {result['set']}, director package {result['director']}")
    print(markdown_table(result))
    for line in mistakes(result):
        print(f"- {line}")
    if args.json:
        atomic_write_text(args.json, json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
