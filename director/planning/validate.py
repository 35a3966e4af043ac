"""The validate stage: repair what the heuristics got wrong, then validate against FilmPlan."""

from __future__ import annotations

from director.plan import FilmPlan, PlanError, parse_plan

_MOVE_DIRECTIONS = {
    "static": "none", "handheld": "none", "pan": "right", "truck": "right", "orbit": "right",
    "tilt": "up", "pedestal": "up", "crane": "down", "zoom": "in", "dolly": "in",
}
_ALLOWED = {
    "static": {"none"}, "handheld": {"none"}, "pan": {"left", "right"}, "truck": {"left", "right"},
    "orbit": {"left", "right"}, "tilt": {"up", "down"}, "pedestal": {"up", "down"},
    "crane": {"up", "down"}, "zoom": {"in", "out"}, "dolly": {"in", "out"},
}


def repair_plan(draft: dict) -> tuple[dict, list[str]]:
    """Fix a draft plan dict in place where a fix is obvious; return it with what was changed."""
    warnings: list[str] = []
    known = {e["id"] for e in draft.get("entities", [])}
    used_shot_ids: set[str] = set()
    scenes = []
    for scene in draft.get("scenes", []):
        shots = []
        for shot in scene.get("shots", []):
            if not str(shot.get("description", "")).strip():
                warnings.append(f"{shot.get('id')}: empty description replaced")
                shot["description"] = "(no action written)"
            unknown = [e for e in shot.get("entities", []) if e not in known]
            if unknown:
                warnings.append(f"{shot['id']}: dropped unknown entities {unknown}")
            shot["entities"] = list(dict.fromkeys(e for e in shot.get("entities", []) if e in known))
            for entity_id in list(shot.get("layout", {})):
                if entity_id not in shot["entities"]:
                    del shot["layout"][entity_id]
                    warnings.append(f"{shot['id']}: dropped layout for absent entity {entity_id}")
                    continue
                for end in ("start", "end"):
                    shot["layout"][entity_id][end] = _fix_box(shot["layout"][entity_id][end])
            camera = shot.get("camera", {})
            move = camera.get("move", "static")
            if camera.get("direction", "none") not in _ALLOWED.get(move, {"none"}):
                camera["direction"] = _MOVE_DIRECTIONS.get(move, "none")
            shot["duration_s"] = round(min(120.0, max(0.5, float(shot.get("duration_s", 4.0)))), 3)
            if shot["id"] in used_shot_ids:
                shot["id"] = f"{shot['id']}-{len(used_shot_ids)}"
            used_shot_ids.add(shot["id"])
            shots.append(shot)
        if shots:
            scene["shots"] = shots
            scenes.append(scene)
    draft["scenes"] = scenes
    if scenes and scenes[0]["shots"]:
        scenes[0]["shots"][0]["transition"] = "cut"
    return draft, warnings


def _fix_box(box: list[float]) -> list[float]:
    x0, y0, x1, y1 = (min(1.0, max(0.0, float(v))) for v in box)
    if x1 - x0 < 0.01:
        x0, x1 = max(0.0, min(x0, 0.99)), min(1.0, max(x0, 0.99) if x0 >= 0.99 else x0 + 0.01)
    if y1 - y0 < 0.01:
        y0, y1 = max(0.0, min(y0, 0.99)), min(1.0, y0 + 0.01 if y0 < 0.99 else 1.0)
    return [round(x0, 4), round(y0, 4), round(x1, 4), round(y1, 4)]


def validate_plan(draft: dict) -> tuple[FilmPlan, list[str]]:
    """Repair, then validate. Raises PlanError (naming the field) only if repair was not enough."""
    repaired, warnings = repair_plan(draft)
    try:
        return parse_plan(repaired), warnings
    except PlanError:
        raise
