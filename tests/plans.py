"""Small FilmPlans built in code for tests."""

from director.plan import FilmPlan, parse_plan


def three_scene_plan(resolution: str = "320x180", fps: int = 12) -> FilmPlan:
    return parse_plan({
        "title": "Test film", "resolution": resolution, "fps": fps, "seed": 7,
        "entities": [
            {"id": "mara", "name": "Mara", "kind": "character", "description": "tall woman, red raincoat"},
            {"id": "jonah", "name": "Jonah", "kind": "character", "description": "old man, grey beard, blue sweater"},
            {"id": "lamp", "name": "lantern", "kind": "prop", "description": "brass lantern"},
        ],
        "scenes": [
            {"id": "s1", "heading": "EXT. PIER - NIGHT", "location": "pier", "time_of_day": "night", "shots": [
                {"id": "s1_1", "description": "Mara walks along the pier", "entities": ["mara", "lamp"],
                 "duration_s": 2.0, "camera": {"shot_size": "WS", "move": "truck", "direction": "right"},
                 "layout": {"mara": {"start": [0.1, 0.4, 0.3, 0.95], "end": [0.5, 0.4, 0.7, 0.95]}}},
                {"id": "s1_2", "description": "She keeps walking", "entities": ["mara"], "duration_s": 1.5,
                 "transition": "continuous",
                 "dialogue": [{"speaker": "Mara", "text": "Almost there."}]},
            ]},
            {"id": "s2", "heading": "INT. LIGHTHOUSE - NIGHT", "location": "lighthouse", "time_of_day": "night", "shots": [
                {"id": "s2_1", "description": "Jonah waits by the lamp", "entities": ["jonah"], "duration_s": 2.0},
                {"id": "s2_2", "description": "Mara enters", "entities": ["mara", "jonah"], "duration_s": 2.0,
                 "transition": "cut"},
            ]},
            {"id": "s3", "heading": "EXT. SEA - DAWN", "location": "sea", "time_of_day": "dawn", "shots": [
                {"id": "s3_1", "description": "The sea at dawn", "entities": [], "duration_s": 2.0,
                 "transition": "dissolve"},
                {"id": "s3_2", "description": "Sun on the water", "entities": [], "duration_s": 2.0,
                 "transition": "fade"},
            ]},
        ],
    })
