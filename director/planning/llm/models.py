"""What the model is asked to return at each planning stage: small, focused pydantic models.

Each stage answers one question, so each model stays small enough for a 7B local model:

- script: title, logline, style, scenes and shots (action, who is in it, who enters/leaves,
  duration, dialogue, transition)
- entities: the entity bible (one visual description per character/prop/location)
- shots: per scene, each shot's entities by id, layout boxes, camera move and the five
  VideoGen-of-Thought prompt domains
- critic: problems a reviewer sees
- repair: replacement scenes, each shot complete

The stages' answers are merged into ``DraftPlan`` (the working plan the checks and the repair
stage read), and that becomes a ``director.plan.FilmPlan``. Shapes avoid free-form dicts and
tuples so that the strict JSON schema of ``chat.completions.parse`` can express them.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from director.plan import (ID_PATTERN, Camera, EntityKind, TimeOfDay, Transition, check_box,
                           normalize_time_of_day)


class _Answer(BaseModel):
    # Small models add stray keys; ignoring them is kinder than a repair round.
    model_config = ConfigDict(extra="ignore")


class DialogueDraft(_Answer):
    speaker: str = Field(min_length=1)
    text: str = Field(min_length=1)


# ---- stage 1: script --------------------------------------------------------------------
class ScriptShot(_Answer):
    id: str = Field(pattern=ID_PATTERN, description="Unique shot id, e.g. s1_sh1.")
    description: str = Field(min_length=1, description="The visible action, one or two sentences.")
    cast: list[str] = Field(description="Names of the characters and props visible in the shot.")
    enters: list[str] = Field(default_factory=list, description="Names who come into view.")
    exits: list[str] = Field(default_factory=list, description="Names who leave the scene.")
    duration_s: float = Field(ge=0.5, le=120.0)
    dialogue: list[DialogueDraft] = Field(default_factory=list)
    transition: Transition = Field(default="cut", description="Transition INTO this shot.")


class ScriptScene(_Answer):
    id: str = Field(pattern=ID_PATTERN)
    heading: str = Field(description='e.g. "EXT. TRAIN STATION - NIGHT"')
    location: str
    time_of_day: TimeOfDay
    shots: list[ScriptShot] = Field(min_length=1)

    @field_validator("time_of_day", mode="before")
    @classmethod
    def _time(cls, value: object) -> object:
        return normalize_time_of_day(value)


class ScriptAnswer(_Answer):
    title: str = Field(min_length=1)
    logline: str
    style: str = Field(description="Visual style of the whole film, a few words.")
    scenes: list[ScriptScene] = Field(min_length=1)


# ---- stage 2: entity bible --------------------------------------------------------------
class EntityDraft(_Answer):
    id: str = Field(pattern=ID_PATTERN, description="Short lowercase id, e.g. mara.")
    name: str = Field(min_length=1, description="The name used in the script's cast lists.")
    kind: EntityKind
    description: str = Field(
        min_length=8,
        description="Fixed visual description: age, build, face, hair, clothing, colours.",
    )
    consistency_group: str = Field(description="Entities drawn the same way share a group.")


class EntitiesAnswer(_Answer):
    entities: list[EntityDraft] = Field(min_length=1)


# ---- stage 3: shot details (one request per scene) --------------------------------------
class LayoutEntry(_Answer):
    entity: str = Field(description="Entity id.")
    start: list[float] = Field(min_length=4, max_length=4, description="[x0,y0,x1,y1] in 0..1")
    end: list[float] = Field(min_length=4, max_length=4, description="[x0,y0,x1,y1] in 0..1")

    @field_validator("start", "end")
    @classmethod
    def _box(cls, box: list[float]) -> list[float]:
        return check_box(box)


class ShotDetail(_Answer):
    shot_id: str
    entities: list[str] = Field(description="Ids (from the entity bible) of who is visible.")
    layout: list[LayoutEntry] = Field(description="One entry per visible character or prop.")
    camera: Camera
    character: str = Field(description="Who is in frame and what they look like and do.")
    background: str = Field(description="The setting behind them.")
    relation: str = Field(description="How the people and things in frame relate.")
    camera_text: str = Field(description="The camera framing and move in words.")
    lighting: str = Field(description="Light sources, colour and mood.")


class ShotsAnswer(_Answer):
    shots: list[ShotDetail] = Field(min_length=1)


# ---- stage 4: critic --------------------------------------------------------------------
class CriticIssue(_Answer):
    shot_id: str = Field(description="The shot concerned, or 'film' for the whole plan.")
    problem: str = Field(min_length=1)


class CriticAnswer(_Answer):
    issues: list[CriticIssue] = Field(description="Empty when the plan is fine.")


# ---- working plan and stage 5: repair ---------------------------------------------------
class DraftShot(_Answer):
    """A shot with everything the later stages added; the repair stage returns these."""

    id: str = Field(pattern=ID_PATTERN)
    description: str = Field(min_length=1)
    entities: list[str] = Field(description="Entity ids visible in the shot.")
    enters: list[str] = Field(default_factory=list, description="Entity ids who come into view.")
    exits: list[str] = Field(default_factory=list, description="Entity ids who leave the scene.")
    duration_s: float = Field(ge=0.5, le=120.0)
    dialogue: list[DialogueDraft] = Field(default_factory=list)
    transition: Transition = "cut"
    layout: list[LayoutEntry] = Field(default_factory=list)
    camera: Camera = Field(default_factory=Camera)
    character: str = ""
    background: str = ""
    relation: str = ""
    camera_text: str = ""
    lighting: str = ""


class DraftScene(_Answer):
    id: str = Field(pattern=ID_PATTERN)
    heading: str = ""
    location: str = ""
    time_of_day: TimeOfDay = "day"
    shots: list[DraftShot] = Field(min_length=1)

    @field_validator("time_of_day", mode="before")
    @classmethod
    def _time(cls, value: object) -> object:
        return normalize_time_of_day(value)


class DraftPlan(_Answer):
    title: str
    logline: str = ""
    style: str = ""
    entities: list[EntityDraft]
    scenes: list[DraftScene] = Field(min_length=1)

    def shots(self) -> list[DraftShot]:
        return [shot for scene in self.scenes for shot in scene.shots]


class RepairAnswer(_Answer):
    scenes: list[DraftScene] = Field(
        min_length=1,
        description="Corrected scenes, each complete; scenes not listed stay as they are. "
        "To change the number of shots, return every scene.",
    )
