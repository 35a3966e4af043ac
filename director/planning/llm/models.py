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

from functools import lru_cache
from typing import Annotated, Literal

from pydantic import (BaseModel, ConfigDict, Field, StringConstraints, create_model,
                      field_validator, model_validator)

from director import vocab
from director.plan import (ID_PATTERN, Camera, EntityKind, TimeOfDay, Transition, check_box,
                           normalize_time_of_day)

# Upper bounds on every list: a grammar-constrained small model must be able to stop, and no
# story we plan needs more. They are generous for a strong model.
MAX_SCENES = 24
MAX_SHOTS = 24  # per scene
MAX_NAMES = 12  # cast, enters, exits, dialogue lines, layout entries per shot
MAX_ENTITIES = 40
# Names are bounded too, for the same reason. Longer text is not: llama.cpp expands a maxLength
# into grammar rules and refuses (or crashes on) lengths of a few hundred characters.
Name = Annotated[str, StringConstraints(max_length=80)]
Sentence = str
Paragraph = str

Form = Literal[tuple(dict.fromkeys(vocab.CHARACTER_FORMS + vocab.PROP_FORMS))]  # type: ignore[valid-type]
SettingKind = Literal[vocab.SETTING_KINDS]  # type: ignore[valid-type]
SettingFeature = Literal[vocab.SETTING_FEATURES]  # type: ignore[valid-type]


class _Answer(BaseModel):
    # Small models add stray keys; ignoring them is kinder than a repair round.
    model_config = ConfigDict(extra="ignore")


class DialogueDraft(_Answer):
    speaker: Name = Field(min_length=1)
    text: Paragraph = Field(min_length=1)


# ---- stage 1: script --------------------------------------------------------------------
class ScriptShot(_Answer):
    id: str = Field(pattern=ID_PATTERN, description="Unique shot id, e.g. s1_sh1.")
    description: Sentence = Field(min_length=1,
                                  description="The visible action, one or two sentences.")
    cast: list[Name] = Field(max_length=MAX_NAMES,
                            description="Names of the characters and props visible in the shot.")
    enters: list[Name] = Field(default_factory=list, max_length=MAX_NAMES,
                               description="Names who come into view.")
    exits: list[Name] = Field(default_factory=list, max_length=MAX_NAMES,
                              description="Names who leave the scene.")
    duration_s: float = Field(ge=0.5, le=120.0)
    dialogue: list[DialogueDraft] = Field(default_factory=list, max_length=MAX_NAMES)
    transition: Transition = Field(default="cut", description="Transition INTO this shot.")


class ScriptScene(_Answer):
    id: str = Field(pattern=ID_PATTERN)
    heading: Name = Field(description='e.g. "EXT. TRAIN STATION - NIGHT"')
    location: Name
    time_of_day: TimeOfDay
    shots: list[ScriptShot] = Field(min_length=1, max_length=MAX_SHOTS)

    @field_validator("time_of_day", mode="before")
    @classmethod
    def _time(cls, value: object) -> object:
        return normalize_time_of_day(value)


class ScriptAnswer(_Answer):
    title: Name = Field(min_length=1)
    logline: Sentence
    style: Name = Field(description="Visual style of the whole film, a few words.")
    scenes: list[ScriptScene] = Field(min_length=1, max_length=MAX_SCENES)


# ---- stage 2: entity bible --------------------------------------------------------------
class SettingDraft(_Answer):
    """A location's look for the renderers (director.vocab words only)."""

    interior: bool = Field(description="True indoors, false outdoors.")
    kind: SettingKind
    features: list[SettingFeature] = Field(default_factory=list, max_length=6,
                                           description="Set pieces seen there.")


class EntityDraft(_Answer):
    id: str = Field(pattern=ID_PATTERN, description="Short lowercase id, e.g. mara.")
    name: Name = Field(min_length=1, description="The name used in the script's cast lists.")
    kind: EntityKind
    description: Paragraph = Field(
        min_length=8,
        description="Fixed visual description: age, build, face, hair, clothing, colours.",
    )
    consistency_group: Name = Field(description="Entities drawn the same way share a group.")
    form: Form | None = Field(
        None, description="Characters: what the body is (human, child, robot, voice, an "
        "animal...). Props: what the object is (lamp, bottle, car...).")
    setting: SettingDraft | None = Field(None, description="Locations only.")

    @model_validator(mode="after")
    def _fields_fit_kind(self) -> "EntityDraft":
        # A word of the wrong list (a prop "cat", a character "lamp") or a setting on a person
        # is dropped rather than sent back: the shared world stage fills what is left empty.
        words = {"character": vocab.CHARACTER_FORMS, "prop": vocab.PROP_FORMS}.get(self.kind, ())
        if self.form is not None and self.form not in words:
            self.form = None
        if self.setting is not None and self.kind != "location":
            self.setting = None
        return self


class EntitiesAnswer(_Answer):
    entities: list[EntityDraft] = Field(min_length=1, max_length=MAX_ENTITIES)


# ---- stage 3: shot details (one request per scene) --------------------------------------
class LayoutEntry(_Answer):
    entity: Name = Field(description="Entity id.")
    start: list[float] = Field(min_length=4, max_length=4, description="[x0,y0,x1,y1] in 0..1")
    end: list[float] = Field(min_length=4, max_length=4, description="[x0,y0,x1,y1] in 0..1")

    @field_validator("start", "end")
    @classmethod
    def _box(cls, box: list[float]) -> list[float]:
        return check_box(box)


class ShotDetail(_Answer):
    shot_id: Name
    entities: list[Name] = Field(max_length=MAX_NAMES,
                                description="Ids (from the entity bible) of who is visible.")
    layout: list[LayoutEntry] = Field(max_length=MAX_NAMES,
                                      description="One entry per visible character or prop.")
    camera: Camera
    character: Sentence = Field(description="Who is in frame and what they look like and do.")
    background: Sentence = Field(description="The setting behind them.")
    relation: Sentence = Field(description="How the people and things in frame relate.")
    camera_text: Sentence = Field(description="The camera framing and move in words.")
    lighting: Sentence = Field(description="Light sources, colour and mood.")

    @field_validator("camera", mode="before")
    @classmethod
    def _still_camera_has_no_direction(cls, value: object) -> object:
        # A static or handheld camera has no direction; a model that names one anyway meant
        # nothing by it, and dropping it is kinder than a repair round.
        if isinstance(value, dict) and value.get("move", "static") in ("static", "handheld"):
            return {**value, "direction": "none"}
        return value


class ShotsAnswer(_Answer):
    shots: list[ShotDetail] = Field(min_length=1, max_length=MAX_SHOTS)


# ---- stage 4: critic --------------------------------------------------------------------
class CriticIssue(_Answer):
    shot_id: Name = Field(description="The shot concerned, or 'film' for the whole plan.")
    problem: Sentence = Field(min_length=1)


class CriticAnswer(_Answer):
    issues: list[CriticIssue] = Field(max_length=MAX_NAMES, description="Empty when the plan is fine.")


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


# ---- answers bounded by what this story needs ---------------------------------------------
# A grammar-constrained small model stops a list only where the schema makes it stop, so each
# request asks for no more than the story can use: at most the requested number of scenes and
# shots, as many shot details as the scene has shots, as many entities as names and places.
@lru_cache(maxsize=64)
def script_answer_for(max_shots: int | None) -> type[ScriptAnswer]:
    """ScriptAnswer with at most ``max_shots`` scenes and shots per scene (None: the defaults)."""
    if not max_shots:
        return ScriptAnswer
    n = max(1, min(max_shots, MAX_SHOTS))
    scene = create_model("ScriptScene", __base__=ScriptScene,
                         shots=(list[ScriptShot], Field(min_length=1, max_length=n)))
    return create_model("ScriptAnswer", __base__=ScriptAnswer,
                        scenes=(list[scene], Field(min_length=1, max_length=min(n, MAX_SCENES))))


@lru_cache(maxsize=64)
def entities_answer_for(max_entities: int) -> type[EntitiesAnswer]:
    n = max(1, min(max_entities, MAX_ENTITIES))
    return create_model("EntitiesAnswer", __base__=EntitiesAnswer,
                        entities=(list[EntityDraft], Field(min_length=1, max_length=n)))


@lru_cache(maxsize=64)
def shots_answer_for(n_shots: int) -> type[ShotsAnswer]:
    n = max(1, min(n_shots, MAX_SHOTS))
    return create_model("ShotsAnswer", __base__=ShotsAnswer,
                        shots=(list[ShotDetail], Field(min_length=1, max_length=n)))
