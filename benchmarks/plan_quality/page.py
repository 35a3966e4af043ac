"""The "Plan quality" section of docs/benchmarks.md (written by benchmarks.run_all).

It runs both planners on every story (main and held-out), and sets them beside the baseline kept
in baseline.json: the heuristic planner as it was before this benchmark existed (commit 637fab6),
measured with this same scorer and stories. Remake the baseline after changing stories or gold
(from outside the checkout, so that ``python -m`` does not put this checkout's director first):

    mkdir -p /tmp/baseline && git archive 637fab6 director prompts | tar -x -C /tmp/baseline
    cd /tmp && PYTHONPATH=/tmp/baseline:$REPO python -m benchmarks.plan_quality --set all \\
        --label "heuristic @ 637fab6 (before)" --json $REPO/benchmarks/plan_quality/baseline.json
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.plan_quality.run import COLUMNS, HERE, NOT_RUN, cell, markdown_table, mistakes, run_benchmark

BASELINE = HERE / "baseline.json"
# Issue 10's bar for the heuristic planner, over the main set.
GOALS = {"character_f1": 0.95, "look_recall": 0.8, "location_recall": 0.85, "dialogue_verbatim": 1.0,
         "jump_cuts": 0}
SET_NAMES = {"main": "main", "heldout": "held-out"}


def measure(baseline: Path | None = None) -> dict:
    """Both planners on all stories, and the stored baseline (None when the file is missing)."""
    baseline = baseline or BASELINE
    runs = [run_benchmark("heuristic", "all", label="heuristic (this version)"),
            run_benchmark("llm", "all", label="llm")]
    before = json.loads(baseline.read_text(encoding="utf-8")) if baseline.is_file() else None
    return {"baseline": before, "runs": runs}


def _meets(metrics: dict) -> str:
    missed = [key for key, goal in GOALS.items()
              if (metrics[key] > goal if key == "jump_cuts" else metrics[key] < goal)]
    return "yes" if not missed else "no (" + ", ".join(missed) + ")"


def _summary_rows(result: dict) -> list[str]:
    if result is None:
        return []
    if result.get("status") != "run":
        return [f"| {result['label']} | all | | {result.get('status', NOT_RUN)} |" + " |" * (len(COLUMNS) - 1) + " |"]
    rows = []
    for set_name, metrics in result["by_set"].items():
        cells = " | ".join(cell(metrics[key]) for key, _ in COLUMNS)
        goal = _meets(metrics) if set_name == "main" and result["planner"] == "heuristic" else ""
        rows.append(f"| {result['label']} | {SET_NAMES.get(set_name, set_name)} | "
                    f"{metrics['counts']['stories']} | {cells} | {goal} |")
    return rows


def markdown(data: dict) -> str:
    """The section: summary (before and after, per planner and story set), then per-story tables."""
    head = ("| Planner | Set | Stories | " + " | ".join(label for _, label in COLUMNS) + " | Meets the bar |")
    lines = [
        "## Plan quality",
        "",
        "`python -m benchmarks.plan_quality` plans each story in `benchmarks/plan_quality/stories/` "
        "(15+ stories written for it: science fiction, a fairy tale, a Fountain thriller, a Chinese "
        "fable, a shot list, a logline, dialogue, animals, vehicles, weather, crowds, a reveal) and "
        "the held-out set in `benchmarks/plan_quality/heldout/` (never used to tune a planner: it "
        "measures generality) through `plan_story`, and scores each plan against the story's gold "
        "annotation. Overall numbers pool the counts of every story.",
        "",
        head,
        "|---|---|---:|" + "---:|" * len(COLUMNS) + "---|",
        *_summary_rows(data.get("baseline")),
        *[row for result in data["runs"] for row in _summary_rows(result)],
        "| *the bar (main set)* | | | | | *≥ 0.95* | | *≥ 0.80* | *≥ 0.85* | *1.00* | *0* | | |",
        "",
        "- **char P / R / F1**: planned characters against the gold characters, matched by name or "
        "alias (case-insensitive, CJK aware). A thing planned as a character (a planet, lightning, a "
        "crowd) or a second entity for one character is a false positive.",
        "- **forms**: share of matched characters planned with the body the text gives them "
        "(`Entity.form`: human, child, voice for a voice heard but never seen, dog, horse, robot...).",
        "- **looks**: share of the look phrases written in the text (\"shaved head\", \"emerald "
        "gown\") whose content words are all in the matched character's description.",
        "- **places**: share of the story's distinct places that each get their own location "
        "entity used by the film (two places merged into one location count once).",
        "- **lines**: share of dialogue lines in the plan verbatim (after whitespace normalisation; a "
        "final comma or full stop aside) with the right speaker.",
        "- **jump cuts**: hard cuts between consecutive shots with the same size, angle and entities.",
        "- **scene err**: mean |planned scenes - gold scenes| per story.",
        "",
    ]
    if data.get("baseline"):
        lines += [f"The baseline row is `{data['baseline'].get('label')}`, stored in "
                  "`benchmarks/plan_quality/baseline.json` and rerun by the command in "
                  "`benchmarks/plan_quality/page.py`.", ""]
    for result in data["runs"]:
        lines += [f"### {result['label']}, per story", ""]
        if result.get("status") != "run":
            lines += [f"{result.get('status')}. Set `OPENAI_BASE_URL` (or `DIRECTOR_LLM_*`) and rerun "
                      "to score the LLM planner on the same stories.", ""]
            continue
        lines += [markdown_table(result), ""]
        main_only = {**result, "stories": [r for r in result["stories"] if r["set"] == "main"]}
        found = mistakes(main_only)
        if found:
            lines += ["<details><summary>What the plans got wrong (main set)</summary>", ""]
            lines += [f"- {line}" for line in found] + ["", "</details>", ""]
    return "\n".join(lines)
