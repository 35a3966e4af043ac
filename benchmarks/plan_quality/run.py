"""Plan every benchmark story with a planner and score the plans against their gold annotations.

Stories are planned through the real entry point, ``plan_story(read_story(path), planner)``.
A story the planner fails on scores as a plan that found nothing, and its error is kept.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

import director
from benchmarks.plan_quality.gold import Gold, load_gold, story_file
from benchmarks.plan_quality.score import Counts, StoryScore, overall, score_failure, score_plan
from director.ingest import read_story
from director.planning.graph import plan_story
from director.settings import is_llm_configured

HERE = Path(__file__).resolve().parent
SETS = {"main": HERE / "stories", "heldout": HERE / "heldout"}
PLANNERS = ("heuristic", "llm")
NOT_RUN = "not run (no LLM configured)"


def gold_files(set_name: str) -> list[Path]:
    """The gold files of one set ("main", "heldout") or of both ("all"), in name order."""
    names = list(SETS) if set_name == "all" else [set_name]
    if any(name not in SETS for name in names):
        raise ValueError(f"unknown story set '{set_name}' (use main, heldout or all)")
    return [path for name in names for path in sorted(SETS[name].glob("*.json"))]


def set_of(gold_path: Path) -> str:
    """Which set ("main", "heldout") a gold file belongs to."""
    return next(name for name, folder in SETS.items() if gold_path.parent == folder)


def load_set(set_name: str) -> list[tuple[str, Path, Gold]]:
    """(set, story path, gold) for each story of the set."""
    return [(set_of(path), story_file(path), load_gold(path)) for path in gold_files(set_name)]


def score_story(path: Path, gold: Gold, planner: str) -> tuple[StoryScore, float, str]:
    """Plan one story and score it: (score, seconds, error text or "")."""
    started = time.perf_counter()
    try:
        plan = plan_story(read_story(path), planner).plan
    except Exception as err:  # noqa: BLE001 - one failed story is a result, not the end of the run
        return score_failure(gold), time.perf_counter() - started, f"{type(err).__name__}: {err}"
    seconds = time.perf_counter() - started
    return score_plan(plan, gold), seconds, ""


def run_benchmark(planner: str = "heuristic", set_name: str = "main",
                  on_story: Callable[[str], None] | None = None,
                  stories: list[str] | None = None, label: str = "") -> dict:
    """Plan and score every story of the set (or only the named ``stories``). Returns plain JSON:
    per-story scores, ``overall`` and ``by_set`` (pooled per story set).

    For the LLM planner with no server configured nothing is planned and ``status`` says so.
    """
    if planner not in PLANNERS:
        raise ValueError(f"unknown planner '{planner}' (use heuristic or llm)")
    result = {"planner": planner, "set": set_name, "label": label or planner,
              "director": str(Path(director.__file__).parent)}
    chosen = load_set(set_name)
    if stories:
        unknown = sorted(set(stories) - {gold.story for _, _, gold in chosen})
        if unknown:
            raise ValueError(f"no story named {unknown} in set '{set_name}'")
        chosen = [item for item in chosen if item[2].story in stories]
    if planner == "llm" and not is_llm_configured():
        return {**result, "status": NOT_RUN, "stories": [], "overall": None, "by_set": {}}
    rows = []
    for set_of, path, gold in chosen:
        if on_story:
            on_story(path.name)
        score, seconds, error = score_story(path, gold, planner)
        rows.append({"set": set_of, "file": path.name, "seconds": round(seconds, 3),
                     "error": error, **score.to_json()})
    by_set = {name: pooled([r for r in rows if r["set"] == name]) for name in dict.fromkeys(r["set"] for r in rows)}
    return {**result, "status": "run", "stories": rows, "overall": pooled(rows), "by_set": by_set}


def pooled(rows: list[dict]) -> dict:
    """Overall metrics and counts of some story rows (micro averages over their pooled counts)."""
    total = overall([StoryScore(story=row["story"], counts=Counts(**row["counts"])) for row in rows])
    return {**total.metrics(), "counts": vars(total)}


# ---- the table -----------------------------------------------------------------------------

COLUMNS = (("character_precision", "char P"), ("character_recall", "char R"), ("character_f1", "char F1"),
           ("form_accuracy", "forms"), ("look_recall", "looks"), ("location_recall", "places"), ("dialogue_verbatim", "lines"),
           ("jump_cuts", "jump cuts"), ("scene_error", "scene err"))


def cell(value) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def markdown_table(result: dict) -> str:
    """Per-story rows and the overall row, as a Markdown table."""
    if result.get("status") != "run":
        return f"{result['planner']}: {result.get('status')}"
    head = "| story | " + " | ".join(label for _, label in COLUMNS) + " |"
    lines = [head, "|---|" + "---:|" * len(COLUMNS)]
    for row in result["stories"]:
        name = row["story"] + (" (heldout)" if row["set"] != "main" else "")
        if row["error"]:
            name += " **failed**"
        lines.append(f"| {name} | " + " | ".join(cell(row["metrics"][key]) for key, _ in COLUMNS) + " |")
    lines.append("| **overall** | " + " | ".join(f"**{cell(result['overall'][key])}**"
                                               for key, _ in COLUMNS) + " |")
    return "\n".join(lines)


def mistakes(result: dict) -> list[str]:
    """One line per story that lost points, naming what was missed or wrong."""
    out = []
    for row in result.get("stories", []):
        parts = []
        for key, label in (("error", "error"), ("false_characters", "not characters"),
                           ("missed_characters", "missed characters"), ("wrong_forms", "wrong forms"),
                           ("missed_looks", "missed looks"),
                           ("missed_places", "missed places"), ("missed_lines", "missed lines"),
                           ("jump_cut_shots", "jump cuts")):
            value = row.get(key)
            if value:
                parts.append(f"{label}: {value if isinstance(value, str) else '; '.join(value)}")
        if parts:
            out.append(f"{row['story']}: " + " | ".join(parts))
    return out
