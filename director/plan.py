"""FilmPlan: the single source of truth between planning and rendering.

plan.json is this model dumped with ``model_dump(mode="json")``. Users and the UI edit it; the
render graph reads it. Keys follow ../shared/DESIGN.md §3. Validation errors name the field
(``scenes[0].shots[2].entities``) so a hand edit can be fixed quickly.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Literal, Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from director import vocab

SCHEMA_VERSION = 1

ShotSize = Literal["ECU", "CU", "MCU", "MS", "MLS", "LS", "WS", "EWS"]
CameraMoveKind = Literal[
    "static", "pan", "tilt", "zoom", "dolly", "truck", "pedestal", "orbit", "crane", "handheld"
]
# Direction words per move: pan/truck/orbit use left|right, tilt/pedestal/crane use up|down,
# zoom/dolly use in|out. "none" for static and handheld.
Direction = Literal["left", "right", "up", "down", "in", "out", "none"]
Speed = Literal["slow", "medium", "fast"]
Transition = Literal["cut", "dissolve", "fade", "continuous"]
EntityKind = Literal["character", "prop", "location"]
TimeOfDay = Literal["dawn", "morning", "day", "afternoon", "dusk", "evening", "night"]

_TIME_SYNONYMS = {
    "sunrise": "dawn", "early morning": "dawn", "noon": "day", "midday": "day", "daytime": "day",
    "sunset": "dusk", "twilight": "dusk", "late night": "night", "midnight": "night",
    "continuous": "day", "later": "day", "moments later": "day", "same": "day",
}
_RESOLUTION = re.compile(r"^(\d{2,5})x(\d{2,5})$")
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
_ID = re.compile(ID_PATTERN)


def parse_resolution(text: str) -> tuple[int, int]:
    """(width, height) from "1280x720"; ValueError unless both sides are even, 64..7680x4320."""
    m = _RESOLUTION.match(text.strip())
    if not m:
        raise ValueError(f"resolution '{text}' must look like 1280x720")
    w, h = int(m.group(1)), int(m.group(2))
    if w % 2 or h % 2 or not (64 <= w <= 7680 and 64 <= h <= 4320):
        raise ValueError(f"resolution '{text}' needs even sides between 64 and 7680x4320")
    return w, h


def check_id(value: str) -> str:
    """An entity or shot id: safe in file names (artifacts are named by shot id)."""
    if not _ID.match(value):
        raise ValueError(f"id '{value}' must be letters, digits, '_', '-' or '.' (max 64)")
    return value


def check_box(box: Sequence[float]) -> Sequence[float]:
    """A layout box [x0, y0, x1, y1] inside the frame (0..1) with positive width and height."""
    x0, y0, x1, y1 = box
    if not all(0.0 <= v <= 1.0 for v in box):
        raise ValueError(f"box {list(box)} has values outside 0..1")
    if x1 <= x0 or y1 <= y0:
        raise ValueError(f"box {list(box)} needs x0 < x1 and y0 < y1")
    return box


def normalize_time_of_day(value: object) -> object:
    """Lower-case a time of day and map screenplay synonyms ('sunset', 'later') onto the set."""
    if isinstance(value, str):
        key = value.strip().lower()
        return _TIME_SYNONYMS.get(key, key)
    return value


class PlanError(ValueError):
    """A plan that fails validation. The message names the field."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


Box = tuple[float, float, float, float]


class LayoutBox(_Model):
    """Where an entity stands at the start and the end of a shot: [x0, y0, x1, y1] in 0..1."""

    start: Box
    end: Box

    @field_validator("start", "end")
    @classmethod
    def _box_in_frame(cls, box: Box) -> Box:
        return check_box(box)


class Camera(_Model):
    shot_size: ShotSize = "MS"
    angle: Literal["eye", "high", "low", "overhead", "dutch"] = "eye"
    move: CameraMoveKind = "static"
    direction: Direction = "none"
    speed: Speed = "medium"

    @model_validator(mode="after")
    def _direction_fits_move(self) -> "Camera":
        allowed = {
            "static": {"none"}, "handheld": {"none"},
            "pan": {"left", "right"}, "truck": {"left", "right"}, "orbit": {"left", "right"},
            "tilt": {"up", "down"}, "pedestal": {"up", "down"}, "crane": {"up", "down"},
            "zoom": {"in", "out"}, "dolly": {"in", "out"},
        }[self.move]
        if self.direction not in allowed:
            raise ValueError(
                f"direction '{self.direction}' does not fit move '{self.move}' "
                f"(use one of {sorted(allowed)})"
            )
        return self

    def describe(self) -> str:
        """Plain words for prompts and storyboards, e.g. 'MS, eye level, slow dolly in'."""
        move = "static" if self.move == "static" else f"{self.speed} {self.move}"
        if self.direction != "none":
            move += f" {self.direction}"
        return f"{self.shot_size}, {self.angle} angle, {move}"


class DialogueLine(_Model):
    speaker: str = Field(min_length=1)
    text: str = Field(min_length=1)


class Shot(_Model):
    id: str
    description: str = Field(min_length=1, description="The action, in plain words.")
    # The five prompt domains of VideoGen-of-Thought.
    character: str = ""
    background: str = ""
    relation: str = ""
    camera_text: str = ""
    lighting: str = ""
    entities: list[str] = Field(default_factory=list, description="Entity ids present in the shot.")
    layout: dict[str, LayoutBox] = Field(default_factory=dict)
    camera: Camera = Field(default_factory=Camera)
    duration_s: float = Field(default=4.0, ge=0.5, le=120.0)
    dialogue: list[DialogueLine] = Field(default_factory=list)
    transition: Transition = Field(default="cut", description="Transition INTO this shot.")
    seed: int = Field(default=0, ge=0)

    @field_validator("id")
    @classmethod
    def _id_ok(cls, v: str) -> str:
        return check_id(v)


class Scene(_Model):
    id: str
    heading: str = ""
    location: str = ""
    time_of_day: TimeOfDay = "day"
    # v0.2: weather and light events (director.vocab.ATMOSPHERE), e.g. ["rain", "lightning"].
    atmosphere: list[str] = Field(default_factory=list)
    shots: list[Shot] = Field(min_length=1)

    @field_validator("atmosphere")
    @classmethod
    def _atmosphere_known(cls, v: list[str]) -> list[str]:
        for a in v:
            _in_vocabulary(a, vocab.ATMOSPHERE, "atmosphere")
        return v

    @field_validator("time_of_day", mode="before")
    @classmethod
    def _normalize_time(cls, v: object) -> object:
        return normalize_time_of_day(v)


def _in_vocabulary(value: str | None, words: Sequence[str], what: str) -> str | None:
    if value is not None and value not in words:
        raise ValueError(f"{what} '{value}' is not one of {list(words)}")
    return value


class Voice(_Model):
    """How a character sounds: the same in every shot (v0.2, DESIGN §3).

    ``voice`` is the engine's own voice id (``director voices list`` shows them); ``rate`` and
    ``pitch`` are relative to that voice's normal (1.0); ``language`` is a BCP-47-ish tag.
    """

    engine: str = "espeak"
    voice: str = ""
    rate: float = Field(default=1.0, ge=0.5, le=2.0)
    pitch: float = Field(default=1.0, ge=0.3, le=2.0)
    language: str = "en"

    @field_validator("engine")
    @classmethod
    def _engine_known(cls, v: str) -> str:
        return _in_vocabulary(v, vocab.VOICE_ENGINES, "voice engine")


class Setting(_Model):
    """What a location looks like to a renderer (v0.2): inside or out, and a kind from
    director.vocab.SETTING_KINDS; ``features`` are set pieces drawn with it (a planet outside
    the porthole, a lighthouse on the cliff)."""

    interior: bool = False
    kind: str = "street"
    features: list[str] = Field(default_factory=list)

    @field_validator("kind")
    @classmethod
    def _kind_known(cls, v: str) -> str:
        return _in_vocabulary(v, vocab.SETTING_KINDS, "setting kind")

    @field_validator("features")
    @classmethod
    def _features_known(cls, v: list[str]) -> list[str]:
        for f in v:
            _in_vocabulary(f, vocab.SETTING_FEATURES, "setting feature")
        return v


class Entity(_Model):
    id: str
    name: str = Field(min_length=1)
    kind: EntityKind
    description: str = Field(default="", description="Visual description, used by every generator.")
    consistency_group: str = ""
    reference_image: str | None = None
    # v0.2: what the body or object is (director.vocab CHARACTER_FORMS / PROP_FORMS); None means
    # a human for characters and a generic object for props.
    form: str | None = None
    voice: Voice | None = Field(default=None, description="Characters that speak (v0.2).")
    setting: Setting | None = Field(default=None, description="Locations (v0.2).")

    @model_validator(mode="after")
    def _fields_fit_kind(self) -> "Entity":
        if self.form is not None:
            words = {"character": vocab.CHARACTER_FORMS, "prop": vocab.PROP_FORMS}.get(self.kind)
            if words is None:
                raise ValueError("form: locations have a setting, not a form")
            _in_vocabulary(self.form, words, f"{self.kind} form")
        if self.voice is not None and self.kind != "character":
            raise ValueError("voice: only characters have a voice")
        if self.setting is not None and self.kind != "location":
            raise ValueError("setting: only locations have a setting")
        return self

    @field_validator("id")
    @classmethod
    def _id_ok(cls, v: str) -> str:
        return check_id(v)


class FilmPlan(_Model):
    schema_version: int = SCHEMA_VERSION
    title: str = "Untitled"
    logline: str = ""
    style: str = ""
    language: str = "en"
    fps: int = Field(default=24, ge=1, le=120)
    resolution: str = "1280x720"
    seed: int = Field(default=0, ge=0)
    entities: list[Entity] = Field(default_factory=list)
    scenes: list[Scene] = Field(min_length=1)

    @field_validator("resolution")
    @classmethod
    def _resolution_ok(cls, v: str) -> str:
        parse_resolution(v)
        return v

    @model_validator(mode="after")
    def _references_resolve(self) -> "FilmPlan":
        ids = [e.id for e in self.entities]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"entities: duplicate id(s) {sorted(dup)}")
        known = set(ids)
        shot_ids: list[str] = []
        for si, scene in enumerate(self.scenes):
            for ti, shot in enumerate(scene.shots):
                where = f"scenes[{si}].shots[{ti}]"
                shot_ids.append(shot.id)
                unknown = [e for e in shot.entities if e not in known]
                if unknown:
                    raise ValueError(f"{where}.entities: unknown entity id(s) {unknown}")
                stray = [e for e in shot.layout if e not in shot.entities]
                if stray:
                    raise ValueError(
                        f"{where}.layout: {stray} not listed in this shot's entities"
                    )
        dup_shots = {i for i in shot_ids if shot_ids.count(i) > 1}
        if dup_shots:
            raise ValueError(f"shots: duplicate id(s) {sorted(dup_shots)}")
        scene_ids = [s.id for s in self.scenes]
        if len(set(scene_ids)) != len(scene_ids):
            raise ValueError("scenes: duplicate scene ids")
        return self

    # ---- convenience views -------------------------------------------------------------
    @property
    def size(self) -> tuple[int, int]:
        return parse_resolution(self.resolution)

    def shots(self) -> list[Shot]:
        return [shot for scene in self.scenes for shot in scene.shots]

    def scene_of(self, shot_id: str) -> Scene:
        for scene in self.scenes:
            if any(s.id == shot_id for s in scene.shots):
                return scene
        raise KeyError(shot_id)

    def entity(self, entity_id: str) -> Entity:
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)

    def boundaries(self) -> list[tuple[Shot, Shot]]:
        shots = self.shots()
        return list(zip(shots, shots[1:]))

    def planned_duration(self) -> float:
        """Length of the assembled film: dissolves overlap their two shots."""
        from director.timeline import film_timeline  # local: timeline imports plan

        return film_timeline(self).duration

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=2)


def format_validation_error(err: ValidationError) -> str:
    """One line per problem, each naming the field like ``scenes[0].shots[2].duration_s``."""
    lines = []
    for e in err.errors():
        path = ""
        for part in e["loc"]:
            path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
        msg = e["msg"].removeprefix("Value error, ")
        lines.append(f"{path}: {msg}" if path else msg)
    return "; ".join(lines)


def parse_plan(data: dict | str) -> FilmPlan:
    """Validate a plan from a dict or JSON text; raise PlanError naming the bad field."""
    try:
        if isinstance(data, str):
            return FilmPlan.model_validate_json(data)
        return FilmPlan.model_validate(data)
    except ValidationError as err:
        raise PlanError(f"invalid plan: {format_validation_error(err)}") from None


def load_plan(path: Path) -> FilmPlan:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlanError(f"plan file not found: {path}") from None
    except UnicodeDecodeError:
        raise PlanError(f"plan file is not UTF-8 JSON: {path}") from None
    except OSError as err:  # a folder, no permission, ...
        raise PlanError(f"cannot read plan file {path}: {err.strerror or err}") from None
    return parse_plan(text)


def plan_json_schema() -> dict:
    return FilmPlan.model_json_schema()
