"""Shared stage: each location's setting and each scene's atmosphere (to be filled)."""

from __future__ import annotations

from director.ingest import Story
from director.plan import FilmPlan


def fill_world(plan: FilmPlan, story: Story) -> tuple[FilmPlan, list[str]]:
    return plan, []
