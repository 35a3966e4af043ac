"""Planning: a Story becomes a FilmPlan through a LangGraph (script → entities → shots → validate)."""

from director.planning.graph import PlanOptions, PlanOutcome, plan_story

__all__ = ["PlanOptions", "PlanOutcome", "plan_story"]
