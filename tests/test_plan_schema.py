import json

import pytest

from director.plan import FilmPlan, PlanError, parse_plan, plan_json_schema
from plans import three_scene_plan


def test_round_trip_json():
    plan = three_scene_plan()
    again = parse_plan(plan.to_json())
    assert again == plan
    data = json.loads(plan.to_json())
    for key in ("title", "logline", "style", "fps", "resolution", "entities", "scenes"):
        assert key in data
    shot = data["scenes"][0]["shots"][0]
    for key in ("id", "description", "character", "background", "relation", "camera_text", "lighting",
                "entities", "layout", "camera", "duration_s", "dialogue", "transition", "seed"):
        assert key in shot
    assert set(shot["camera"]) == {"shot_size", "angle", "move", "direction", "speed"}


def _bad(mutate):
    data = json.loads(three_scene_plan().to_json())
    mutate(data)
    with pytest.raises(PlanError) as err:
        parse_plan(data)
    return str(err.value)


def test_unknown_entity_names_the_field():
    msg = _bad(lambda d: d["scenes"][1]["shots"][0]["entities"].append("ghost"))
    assert "scenes[1].shots[0].entities" in msg and "ghost" in msg


def test_box_outside_frame_names_the_field():
    def mutate(d):
        d["scenes"][0]["shots"][0]["layout"]["mara"]["end"] = [0.5, 0.4, 1.3, 0.9]
    msg = _bad(mutate)
    assert "scenes[0].shots[0].layout.mara.end" in msg and "outside 0..1" in msg


def test_empty_shots_refused():
    msg = _bad(lambda d: d["scenes"][2].__setitem__("shots", []))
    assert "scenes[2].shots" in msg


def test_direction_must_fit_move():
    def mutate(d):
        d["scenes"][0]["shots"][0]["camera"] = {"move": "pan", "direction": "up"}
    assert "does not fit move 'pan'" in _bad(mutate)


def test_layout_for_absent_entity_refused():
    def mutate(d):
        d["scenes"][1]["shots"][0]["layout"] = {"mara": {"start": [0, 0, .5, .5], "end": [0, 0, .5, .5]}}
    assert "scenes[1].shots[0].layout" in _bad(mutate)


def test_duplicate_shot_ids_refused():
    assert "duplicate" in _bad(lambda d: d["scenes"][1]["shots"][1].__setitem__("id", "s2_1"))


def test_time_of_day_synonyms_normalised():
    data = json.loads(three_scene_plan().to_json())
    data["scenes"][0]["time_of_day"] = "Sunset"
    assert parse_plan(data).scenes[0].time_of_day == "dusk"


def test_json_schema_export_describes_plan():
    schema = plan_json_schema()
    assert schema["title"] == "FilmPlan"
    assert "scenes" in schema["required"]
    FilmPlan.model_validate(json.loads(three_scene_plan().to_json()))
