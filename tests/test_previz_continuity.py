"""previz at continuous boundaries: the camera carries on (smoothing on) instead of jumping back
to its rest framing (off). Measured with `director eval` on decoded shot clips."""

import json

import numpy as np

from director.eval import run_eval
from director.plan import parse_plan
from director.render.run import RenderOptions, render_plan
from director.video import read_frames
from plans import three_scene_plan


def test_continuous_boundary_is_smoother_with_smoothing_on(tmp_path):
    data = json.loads(three_scene_plan().to_json())
    first, second = data["scenes"][0]["shots"]
    # the action carries on: same setup, same move, starting where the first shot ended
    second.update(camera=first["camera"], layout={"mara": {"start": first["layout"]["mara"]["end"],
                                                           "end": [0.7, 0.4, 0.9, 0.95]}})
    plan = parse_plan(data)
    results = {}
    for mode in ("on", "off"):
        out = tmp_path / mode
        render_plan(plan, out, RenderOptions(backend="previz", smoothing=mode == "on"))
        results[mode] = {(b["from"], b["to"]): b for b in run_eval(out)["boundaries"]}
    on, off = results["on"], results["off"]
    cont = ("s1_1", "s1_2")
    assert on[cont]["transition"] == "continuous"
    assert on[cont]["discontinuity"] < 0.5 * off[cont]["discontinuity"]
    # hard cuts are untouched by the setting
    cut = ("s2_1", "s2_2")
    assert on[cut]["discontinuity"] == off[cut]["discontinuity"]
    assert on[cut]["discontinuity"] > 3 * on[cont]["discontinuity"]


def test_editing_a_transition_rerenders_the_previz_shots_whose_pixels_it_moves(tmp_path):
    """A cut gives a previz shot a new camera setup (master and reverse alternate at every cut of
    the film) and a continuous shot carries the camera on, so those transitions are inputs of its
    pixels: an edit re-renders exactly the shots it moves (that shot and the ones after it; the
    ones before stay cached), and the re-rendered folder matches a fresh render of the edited plan."""
    plan = three_scene_plan()
    render_plan(plan, tmp_path / "film", RenderOptions(backend="previz"))
    data = json.loads(plan.to_json())
    data["scenes"][0]["shots"][1]["transition"] = "cut"  # s1_2 was continuous: new setup
    data["scenes"][2]["shots"][0]["transition"] = "cut"  # s3_1 was dissolve: first of its scene
    edited = parse_plan(data)
    result = render_plan(edited, tmp_path / "film", RenderOptions(backend="previz"))
    ids = [s.id for s in edited.shots()]
    assert result.rendered == ids[ids.index("s1_2"):]
    assert {s["id"]: s["keyframe_status"] for s in result.manifest["shots"]}["s1_2"] == "rendered"
    render_plan(edited, tmp_path / "fresh", RenderOptions(backend="previz"))
    for name in ("shots/s1_2.mp4", "shots/s3_1.mp4"):
        reused = np.stack(list(read_frames(tmp_path / "film" / name)))
        fresh = np.stack(list(read_frames(tmp_path / "fresh" / name)))
        assert np.array_equal(reused, fresh), name
