"""Prompts for the diffusers roles, composed from the plan's fields.

Story text is data: it is only concatenated into prompt strings, never interpreted. A keyframe
prompt joins the shot's five domains (character, background, relation, camera, lighting), the
camera in words (``Camera.describe()``) and the layout in words ("Mara on the left, Jonah on the
right"); the shot prompt adds the camera move and the motion of each entity.
"""

from __future__ import annotations

from director.plan import Entity, FilmPlan, LayoutBox
from generators.base import ShotContext

_KIND_FRAMING = {
    "character": "character reference sheet, full body and face, front view, neutral grey background",
    "prop": "object reference photo, centered, plain neutral background",
    "location": "establishing wide view of the place, no people",
}


def _join(parts: list[str]) -> str:
    seen: list[str] = []
    for part in parts:
        text = " ".join(part.split()).strip(" .,")
        if text and text not in seen:
            seen.append(text)
    return ". ".join(seen)


def identity_prompt(entity: Entity, plan: FilmPlan) -> str:
    """Prompt for an entity's reference image."""
    return _join([f"{entity.name}: {entity.description}" if entity.description else entity.name,
                  _KIND_FRAMING[entity.kind], plan.style])


def _horizontal(box: tuple[float, float, float, float]) -> str:
    cx = (box[0] + box[2]) / 2
    return "on the left" if cx < 0.4 else "on the right" if cx > 0.6 else "in the center"


def _depth(box: tuple[float, float, float, float]) -> str:
    height = box[3] - box[1]
    return " in the foreground" if height > 0.7 else " in the background" if height < 0.3 else ""


def _motion(layout: LayoutBox) -> str:
    dx = (layout.end[0] + layout.end[2] - layout.start[0] - layout.start[2]) / 2
    grow = (layout.end[3] - layout.end[1]) - (layout.start[3] - layout.start[1])
    if abs(dx) > 0.1:
        return "moving right" if dx > 0 else "moving left"
    if abs(grow) > 0.1:
        return "coming closer" if grow > 0 else "moving away"
    return ""


def layout_words(ctx: ShotContext) -> str:
    """Where the shot's entities stand, e.g. 'Mara on the left, Jonah on the right'."""
    words = []
    for entity in ctx.entities:
        box = ctx.shot.layout.get(entity.id)
        if entity.kind == "location":
            continue
        if box is None:
            words.append(entity.name)
        else:
            words.append(f"{entity.name} {_horizontal(box.start)}{_depth(box.start)}")
    return ", ".join(words)


def motion_words(ctx: ShotContext) -> str:
    moves = []
    for entity in ctx.entities:
        box = ctx.shot.layout.get(entity.id)
        motion = _motion(box) if box else ""
        if motion:
            moves.append(f"{entity.name} {motion}")
    return ", ".join(moves)


def keyframe_prompt(ctx: ShotContext) -> str:
    """Prompt for a shot's first frame."""
    shot, scene = ctx.shot, ctx.scene
    return _join([
        shot.description, shot.character, shot.background or scene.location, shot.relation,
        layout_words(ctx), f"camera: {shot.camera.describe()}", shot.camera_text, shot.lighting,
        f"{scene.time_of_day}", ctx.plan.style, "cinematic film still",
    ])


def shot_prompt(ctx: ShotContext) -> str:
    """Prompt for the shot's motion: the action, who moves where, and the camera move."""
    shot, scene = ctx.shot, ctx.scene
    return _join([
        shot.description, shot.character, motion_words(ctx), shot.relation,
        f"camera: {shot.camera.describe()}", shot.camera_text, shot.background or scene.location,
        shot.lighting, ctx.plan.style,
    ])
