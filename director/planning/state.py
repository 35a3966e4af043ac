"""The planning graph's state: plain JSON only, so it checkpoints and streams cleanly."""

from __future__ import annotations

import operator
from typing import Annotated, TypedDict


class PlanState(TypedDict, total=False):
    story: dict  # director.ingest.Story as a dict
    options: dict  # PlanOptions as a dict
    script: dict  # scenes of beats (script stage)
    entities: list[dict]  # Entity dicts (entities stage)
    cast: dict  # beat id -> entity ids present (entities stage)
    draft: dict  # FilmPlan dict before validation (shots stage)
    plan: dict  # validated FilmPlan, model_dump(mode="json") (validate stage)
    warnings: Annotated[list[str], operator.add]
    seconds: Annotated[dict, operator.or_]  # stage -> seconds the node took
