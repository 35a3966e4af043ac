"""The plan as editable tables (shots, entity bible), and edits applied back to it.

Edits always go back through the FilmPlan schema: a bad value is refused with a message that
names the shot (or entity) and the field, never silently coerced.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from director.errors import InputError
from director.plan import FilmPlan, PlanError, Voice, parse_plan

SHOT_HEADERS = ["shot", "scene", "description", "size", "move", "direction", "duration_s",
                "transition", "dialogue"]
SHOT_DATATYPES = ["str", "str", "str", "str", "str", "str", "number", "str", "str"]
# Columns the table may change; the rest are shown for reading (edited elsewhere or in plan.json).
SHOT_STATIC_COLUMNS = [0, 1, 8]

# The voice comes last so rows written for the first five columns keep working.
ENTITY_HEADERS = ["id", "name", "kind", "description", "reference_image", "voice"]
ENTITY_DATATYPES = ["str", "str", "str", "str", "str", "str"]
ENTITY_COLUMN_WIDTHS = ["9%", "11%", "9%", "33%", "12%", "26%"]  # the voice shows without scrolling
ENTITY_STATIC_COLUMNS = [0, 2, 4]
_NAME, _VOICE, _DESCRIPTION = (ENTITY_HEADERS.index(h) for h in ("name", "voice", "description"))

_FIELD_PATH = re.compile(r"(scenes\[(\d+)\]\.shots\[(\d+)\]|entities\[(\d+)\])\.?([\w.\[\]]*)")


class EditError(ValueError):
    """An edit the plan schema refuses. `field` is the shot/entity field it names, when known."""

    def __init__(self, message: str, field: str = "", item: str = ""):
        super().__init__(message)
        self.field = field
        self.item = item


def dialogue_text(lines: list[Any]) -> str:
    return " / ".join(f"{line.speaker}: {line.text}" for line in lines)


def shot_rows(plan: FilmPlan) -> list[list[Any]]:
    """One row per shot, in film order, with the columns of SHOT_HEADERS."""
    rows = []
    for scene in plan.scenes:
        for shot in scene.shots:
            rows.append([shot.id, scene.heading or scene.id, shot.description, shot.camera.shot_size,
                         shot.camera.move, shot.camera.direction, shot.duration_s, shot.transition,
                         dialogue_text(shot.dialogue)])
    return rows


def entity_rows(plan: FilmPlan) -> list[list[Any]]:
    return [[e.id, e.name, e.kind, e.description, e.reference_image or "", voice_cell(e.voice)]
            for e in plan.entities]


def voice_cell(voice: Voice | None) -> str:
    """A voice as one editable cell: 'en-us+f3 · pitch 1.7 · rate 1.05 · lang en'; an engine other
    than the built-in eSpeak NG leads ('piper:en_GB-alan-low · ...')."""
    if voice is None:
        return ""
    head = voice.voice or "default"
    if voice.engine != "espeak":
        head = f"{voice.engine}:{head}"
    return f"{head} · pitch {voice.pitch:g} · rate {voice.rate:g} · lang {voice.language}"


def parse_voice_cell(text: str, current: Voice | None, where: str) -> Voice | None:
    """The Voice a cell names (EditError naming the entity when it is not one); '' clears it."""
    text = (text or "").strip()
    if not text:
        return None
    parts = [p.strip() for p in re.split(r"[·,;]", text) if p.strip()]
    engine, _, voice_id = parts[0].rpartition(":")
    fields: dict[str, Any] = (current.model_dump() if current else {}) | {
        "engine": engine or "espeak", "voice": "" if voice_id == "default" else voice_id}
    for part in parts[1:]:
        key, _, value = part.partition(" ")
        key = {"language": "lang"}.get(key.lower(), key.lower())
        if key not in ("pitch", "rate", "lang") or not value.strip():
            raise EditError(f"{where} voice: '{part}' is not 'pitch N', 'rate N' or 'lang xx'",
                            field="voice", item=where)
        if key == "lang":
            fields["language"] = value.strip()
            continue
        try:
            fields[key] = float(value)
        except ValueError:
            raise EditError(f"{where} voice: {key} '{value.strip()}' is not a number", field="voice",
                            item=where) from None
    try:
        voice = Voice.model_validate(fields)
    except ValidationError as err:
        first = err.errors()[0]
        name = ".".join(str(p) for p in first["loc"]) or "voice"
        raise EditError(f"{where} voice: {name}: {first['msg'].removeprefix('Value error, ')}",
                        field="voice", item=where) from None
    from director.sound.speech import check_voice  # local: loads the speech engines

    try:
        check_voice(voice)
    except InputError as err:
        raise EditError(f"{where} voice: {err}", field="voice", item=where) from None
    return voice


def _cell(value: Any) -> Any:
    """Table cells arrive as str, int, float or None; strip strings so ' pan ' is 'pan'."""
    return value.strip() if isinstance(value, str) else value


def _number(value: Any, where: str) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise EditError(f"{where}.duration_s: '{value}' is not a number of seconds",
                        field="duration_s", item=where) from None


def apply_shot_rows(plan: FilmPlan, rows: list[list[Any]]) -> FilmPlan:
    """The plan with the table's editable columns written back (rows matched by shot id)."""
    data = plan.model_dump(mode="json")
    by_id = {str(_cell(row[0])): row for row in rows if row and row[0] not in (None, "")}
    for scene in data["scenes"]:
        for shot in scene["shots"]:
            row = by_id.get(shot["id"])
            if row is None:
                raise EditError(f"shot {shot['id']}: missing from the table (rows cannot be removed here)",
                                item=shot["id"])
            _, _, description, size, move, direction, duration, transition, _ = [_cell(v) for v in row[:9]]
            shot["description"] = description if description is not None else ""
            shot["camera"].update(shot_size=size, move=move, direction=direction)
            shot["duration_s"] = _number(duration, f"shot {shot['id']}")
            shot["transition"] = transition
    return validate_edit(data)


def apply_entity_rows(plan: FilmPlan, rows: list[list[Any]]) -> FilmPlan:
    """The plan with the entity bible's names, descriptions and voices written back (by id)."""
    data = plan.model_dump(mode="json")
    by_id = {str(_cell(row[0])): row for row in rows if row and row[0] not in (None, "")}
    for entity in data["entities"]:
        row = by_id.get(entity["id"])
        if row is None:
            continue
        entity["name"] = _cell(row[_NAME]) or ""
        entity["description"] = _cell(row[_DESCRIPTION]) or ""
        if len(row) > _VOICE:
            cell = _cell(row[_VOICE]) or ""
            where = f"entity {entity['id']}"
            if cell and entity["kind"] != "character":
                raise EditError(f"{where} voice: only characters have a voice", field="voice", item=where)
            current = Voice.model_validate(entity["voice"]) if entity.get("voice") else None
            voice = parse_voice_cell(cell, current, where)
            entity["voice"] = voice.model_dump(mode="json") if voice else None
    return validate_edit(data)


def apply_shot_edit(plan: FilmPlan, shot_id: str, *, description: str | None = None,
                    move: str | None = None, direction: str | None = None,
                    duration_s: Any = None, transition: str | None = None,
                    seed_bump: int = 0) -> FilmPlan:
    """The plan with one shot changed (None leaves a field as it is); `seed_bump` asks for a new take."""
    data = plan.model_dump(mode="json")
    shot = next((s for scene in data["scenes"] for s in scene["shots"] if s["id"] == shot_id), None)
    if shot is None:
        raise EditError(f"shot '{shot_id}' is not in the plan", item=shot_id)
    if description is not None:
        shot["description"] = description.strip()
    if move is not None:
        shot["camera"]["move"] = move
    if direction is not None:
        shot["camera"]["direction"] = direction
    if duration_s is not None:
        shot["duration_s"] = _number(duration_s, f"shot {shot_id}")
    if transition is not None:
        shot["transition"] = transition
    shot["seed"] = int(shot["seed"]) + seed_bump
    return validate_edit(data)


def validate_edit(data: dict) -> FilmPlan:
    """parse_plan, with the error turned into one that names the shot or entity, not its index."""
    try:
        return parse_plan(data)
    except PlanError as err:
        raise _named_error(str(err).removeprefix("invalid plan: "), data) from None


def _named_error(message: str, data: dict) -> EditError:
    match = _FIELD_PATH.search(message)
    if not match:
        return EditError(message)
    if match.group(2) is not None:
        shot = data["scenes"][int(match.group(2))]["shots"][int(match.group(3))]
        item, field = f"shot {shot['id']}", match.group(5)
    else:
        item, field = f"entity {data['entities'][int(match.group(4))]['id']}", match.group(5)
    readable = message.replace(match.group(1) + ("." if field else ""), item + (" " if field else ""), 1)
    return EditError(readable, field=field.split(".")[-1] if field else "", item=item)
