"""Backgrounds: a place, painted from its setting and the scene's time of day and weather.

A background lives in world units: the horizon (exteriors) is at Y = 0, Y grows downwards, and one
unit is about a medium shot's frame height. Each setting kind (director.vocab.SETTING_KINDS) has
its own set (generators.previz.sets): details are placed along a fixed stretch of X by a seed
taken from the location, so every shot of a place sees the same place, and :func:`paint_scene`
can paint any window of it at any resolution (the renderer paints just what a shot's camera will
see).

The setting comes from the plan (the location entity's ``setting``, filled by
director.planning.world or edited by the user); a plan without one gets the same inference from
the scene's words.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from director.plan import Entity, FilmPlan, Scene, Setting
from director.planning.world import heading_place, infer_setting, scene_text
from generators.previz.look import stable_hash
from generators.previz.sets import PaintedSet, paint_set
from generators.previz.sets.indoor import CEILING_LINE, FLOOR_LINE
from generators.previz.sets.paint import TIMES, WORLD_HALF_WIDTH

__all__ = ["CEILING_LINE", "FLOOR_LINE", "WORLD_HALF_WIDTH", "SceneSetting", "paint_background",
           "paint_scene", "scene_locations", "setting_for_location", "setting_for_scene", "setting_from_text"]


@dataclass(frozen=True)
class SceneSetting:
    """What a background is painted from."""

    text: str  # location words, for the reader of a manifest or a test
    interior: bool
    time_of_day: str
    seed: int
    kind: str = "field"
    features: tuple[str, ...] = ()
    atmosphere: tuple[str, ...] = ()

    @property
    def light_dx(self) -> float:
        """Horizontal direction of the light: +1 from the left, -1 from the right."""
        return TIMES[self.time_of_day][2]


def _scene_setting(setting: Setting, text: str, key: str, time_of_day: str,
                   atmosphere: tuple[str, ...] | list[str]) -> SceneSetting:
    return SceneSetting(text=text, interior=setting.interior,
                        time_of_day=time_of_day if time_of_day in TIMES else "day",
                        seed=stable_hash(key.strip().lower() or "open land"), kind=setting.kind,
                        features=tuple(setting.features), atmosphere=tuple(atmosphere))


def setting_from_text(location: str, heading: str = "", time_of_day: str = "day", extra: str = "",
                      atmosphere: tuple[str, ...] = ()) -> SceneSetting:
    """A setting from a location, a heading ("INT. KITCHEN - NIGHT") and extra words."""
    setting = infer_setting(location or heading_place(heading)[1], extra, heading, "")
    text = " ".join(t for t in (location, heading, extra) if t)
    return _scene_setting(setting, text, location or heading, time_of_day, atmosphere)


def scene_locations(scene: Scene, plan: FilmPlan) -> list[Entity]:
    """The location entities that appear anywhere in a scene (every shot of it paints them)."""
    ids = {eid for shot in scene.shots for eid in shot.entities}
    return [e for e in plan.entities if e.kind == "location" and e.id in ids]


def _main_location(scene: Scene, plan: FilmPlan) -> Entity | None:
    """The scene's location entity: the one its location names, else the first one shown."""
    shown = scene_locations(scene, plan)
    name = scene.location.strip().lower()
    named = [e for e in plan.entities if e.kind == "location" and name
             and e.name.strip().lower() in (name, f"the {name}")]
    return (named or shown or [None])[0]


def setting_for_scene(scene: Scene, plan: FilmPlan) -> SceneSetting:
    """The setting of a scene: its location entity's setting when the plan has one, else one
    inferred from the heading, the location's words and the scene's text."""
    entity = _main_location(scene, plan)
    text = " ".join([scene.location, scene.heading] + [f"{e.name} {e.description}"
                                                       for e in scene_locations(scene, plan)])
    if entity is not None and entity.setting is not None:
        setting = entity.setting
    else:
        name = entity.name if entity else (scene.location or heading_place(scene.heading)[1])
        setting = infer_setting(name, entity.description if entity else "", scene.heading, scene_text(scene))
    key = entity.name if entity else (scene.location or scene.heading)
    return _scene_setting(setting, f"{text} {scene_text(scene)}", key, scene.time_of_day, scene.atmosphere)


def setting_for_location(entity: Entity, plan: FilmPlan) -> SceneSetting:
    """The setting of one location entity (its reference card): its own setting, at the time of
    day and in the weather of the first scene that shows it or is named after it."""
    name = entity.name.strip().lower()
    scene = next((s for s in plan.scenes if any(entity.id in shot.entities for shot in s.shots)
                  or s.location.strip().lower() == name), None)
    setting = entity.setting
    if setting is None:
        setting = infer_setting(entity.name, entity.description, scene.heading if scene else "",
                                scene_text(scene) if scene else "")
    text = f"{entity.name} {entity.description} {scene_text(scene) if scene else ''}"
    return _scene_setting(setting, text, entity.name, scene.time_of_day if scene else "day",
                          scene.atmosphere if scene else ())


def paint_scene(setting: SceneSetting, rect: tuple[float, float, float, float],
                size: tuple[int, int]) -> PaintedSet:
    """Paint the world window ``rect`` = (X0, Y0, X1, Y1) at ``size`` = (w, h), with the world
    positions of what moves (lighthouse beams, a vehicle's passing windows)."""
    return paint_set(setting.kind, setting.interior, setting.time_of_day, setting.features,
                     setting.atmosphere, setting.seed, setting.text, rect, size)


def paint_background(setting: SceneSetting, rect: tuple[float, float, float, float],
                     size: tuple[int, int]) -> np.ndarray:
    """The pixels of :func:`paint_scene` as an H x W x 3 RGB array. The same setting and window
    always give the same pixels."""
    return paint_scene(setting, rect, size).image
