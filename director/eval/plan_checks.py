"""Checks of the film against its plan: entity coverage, duration, shot count."""

from __future__ import annotations

from director.plan import FilmPlan
from director.timeline import film_timeline


def entity_coverage(plan: FilmPlan) -> dict:
    """Which entities appear in at least one shot; characters that never appear are listed."""
    appearances = {e.id: 0 for e in plan.entities}
    for shot in plan.shots():
        for entity_id in shot.entities:
            appearances[entity_id] = appearances.get(entity_id, 0) + 1
    characters = [e.id for e in plan.entities if e.kind == "character"]
    never = [cid for cid in characters if appearances.get(cid, 0) == 0]
    return {
        "characters": len(characters),
        "characters_never_in_a_shot": never,
        "character_coverage": (len(characters) - len(never)) / len(characters) if characters else None,
        "entities_never_in_a_shot": [eid for eid, n in appearances.items() if n == 0],
        "shots_per_entity": appearances,
    }


def duration_accuracy(plan: FilmPlan, film_seconds: float) -> dict:
    """The decoded film duration against the planned timeline (dissolves overlap)."""
    planned = film_timeline(plan).duration
    error = film_seconds - planned
    return {
        "planned_s": round(planned, 4),
        "film_s": round(film_seconds, 4),
        "error_s": round(error, 4),
        "error_pct": round(100.0 * error / planned, 3) if planned else None,
    }


def shot_count(plan: FilmPlan, manifest: dict, clips_found: int) -> dict:
    statuses: dict[str, int] = {}
    for shot in manifest.get("shots", []) or []:
        status = str(shot.get("status", "unknown")) if isinstance(shot, dict) else "unknown"
        statuses[status] = statuses.get(status, 0) + 1
    return {
        "planned": len(plan.shots()),
        "in_manifest": len(manifest.get("shots", []) or []),
        "clips_found": clips_found,
        "status": statuses,
    }


def plan_checks(plan: FilmPlan, manifest: dict, film_seconds: float, clips_found: int) -> dict:
    return {
        "entity_coverage": entity_coverage(plan),
        "duration": duration_accuracy(plan, film_seconds),
        "shots": shot_count(plan, manifest, clips_found),
    }
