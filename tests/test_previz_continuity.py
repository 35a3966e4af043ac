"""previz at continuous boundaries: the camera carries on (smoothing on) instead of jumping back
to its rest framing (off). Measured with `director eval` on decoded shot clips."""

import json

from director.eval import run_eval
from director.plan import parse_plan
from director.render.run import RenderOptions, render_plan
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
