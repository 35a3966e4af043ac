"""Shared stage: a voice for every speaking character, and shots as long as their lines (to be filled)."""

from __future__ import annotations

from director.ingest import Story
from director.plan import FilmPlan


def fill_voices(plan: FilmPlan, story: Story) -> tuple[FilmPlan, list[str]]:
    return plan, []
