"""Stages both planners share after their own: fill what a planner left open, by one rule.

Each stage only fills fields that are still empty (a planner, or a user editing plan.json, may have
set them), so running them twice changes nothing.
- forms: each character's body and each prop's silhouette (director/planning/forms.py);
- world: each location's setting (interior, kind, features) and each scene's atmosphere;
- voices: each speaking character's voice, and shots long enough for their spoken lines.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from director.ingest import Story
from director.plan import FilmPlan
from director.planning.forms import fill_forms
from director.planning.voices import fill_voices
from director.planning.world import fill_world

FINISH_STAGES = (("forms", fill_forms), ("world", fill_world), ("voices", fill_voices))


def finish_plan(plan: FilmPlan, story: Story,
                on_progress: Callable[[str, str], None] | None = None,
                ) -> tuple[FilmPlan, list[str], list[dict]]:
    """(finished plan, warnings, [{"stage", "seconds"}]) after every shared stage."""
    warnings: list[str] = []
    stages: list[dict] = []
    for name, stage in FINISH_STAGES:
        if on_progress:
            on_progress(name, "started")
        begin = time.perf_counter()
        plan, stage_warnings = stage(plan, story)
        warnings.extend(stage_warnings)
        stages.append({"stage": name, "seconds": round(time.perf_counter() - begin, 4)})
        if on_progress:
            on_progress(name, "done")
    return FilmPlan.model_validate(plan.model_dump(mode="json")), warnings, stages
