"""run_eval on synthetic output folders (real H.264 files) with known answers."""

import json

import numpy as np
import pytest

from director.errors import InputError
from director.eval import run_eval
from director.eval.synthetic import SyntheticShot, gradient, solid, write_out_folder
from director.video import ClipWriter

RED, BLUE, GREEN, GREY = (200, 40, 40), (40, 40, 200), (40, 180, 60), (110, 110, 110)
FPS = 12


def test_identical_frames_give_perfect_consistency_and_zero_discontinuity(tmp_path):
    write_out_folder(tmp_path, [
        SyntheticShot("a", solid(GREEN), 1.0),
        SyntheticShot("b", solid(GREEN), 1.0, "continuous"),
    ], fps=FPS)
    result = run_eval(tmp_path)
    style = result["style_consistency"]
    assert style["within"] == pytest.approx(1.0, abs=1e-3)
    assert style["cross"] == pytest.approx(1.0, abs=1e-3)
    (boundary,) = result["boundaries"]
    assert boundary["discontinuity"] == pytest.approx(0.0, abs=0.005)
    assert boundary["colour_distance"] == pytest.approx(0.0, abs=0.02)
    assert result["cuts"]["detected"] == []


def test_hard_cut_between_colours_is_detected_at_the_right_time(tmp_path):
    write_out_folder(tmp_path, [
        SyntheticShot("a", solid(RED), 1.5),
        SyntheticShot("b", solid(BLUE), 1.0, "cut"),
    ], fps=FPS)
    cuts = run_eval(tmp_path)["cuts"]
    assert cuts["planned"] == [1.5]
    assert len(cuts["detected"]) == 1
    assert cuts["detected"][0] == pytest.approx(1.5, abs=1 / FPS)
    assert len(cuts["matched"]) == 1 and cuts["missed"] == [] and cuts["false"] == []
    assert cuts["tolerance_s"] > 0


def test_planned_cut_times_account_for_dissolve_overlap(tmp_path):
    # a (12 frames) dissolves into b (12 frames, 3 overlap), then a hard cut into c:
    # the cut sits at (12 + 12 - 3) / 12 = 1.75 s, not at the summed durations (2.0 s).
    write_out_folder(tmp_path, [
        SyntheticShot("a", solid(RED), 1.0),
        SyntheticShot("b", solid(BLUE), 1.0, "dissolve"),
        SyntheticShot("c", solid(GREEN), 1.0, "cut"),
    ], fps=FPS)
    cuts = run_eval(tmp_path)["cuts"]
    assert cuts["planned"] == [1.75]
    assert [m["planned"] for m in cuts["matched"]] == [1.75]
    assert cuts["false"] == []  # a detection inside the dissolve is explained, not false
    # The dissolve overlap spans frames 9..11, i.e. 0.75 s to 1.0 s.
    assert all(0.6 <= t <= 1.1 for t in cuts["at_soft_transitions"])


def test_continuous_boundary_is_near_zero_while_a_scene_cut_is_large(tmp_path):
    # b continues a's motion exactly (the last frame of a is the first of b); c is a new scene.
    write_out_folder(tmp_path, [
        SyntheticShot("a", gradient((60, 60, 160), (90, 90, 140)), 1.0),
        SyntheticShot("b", gradient((90, 90, 140), (120, 120, 120)), 1.0, "continuous"),
        SyntheticShot("c", solid((220, 200, 40)), 1.0, "cut"),
    ], fps=FPS)
    result = run_eval(tmp_path)
    continuous, cut = result["boundaries"]
    assert continuous["transition"] == "continuous" and cut["transition"] == "cut"
    assert continuous["discontinuity"] < 0.01
    assert cut["discontinuity"] > 0.2
    assert cut["colour_distance"] > 0.5 > continuous["colour_distance"]
    assert cut["excess_over_step"] > 0.2 and abs(continuous["excess_over_step"]) < 0.01
    by_type = result["boundaries_by_transition"]
    assert by_type["continuous"]["discontinuity"]["mean"] < by_type["cut"]["discontinuity"]["mean"]
    assert result["cuts"]["continuous_seen_as_cut"] == []


def test_cross_shot_style_pairs_adjacent_shots_on_real_clips(tmp_path):
    write_out_folder(tmp_path, [
        SyntheticShot("A", solid(RED), 1.0),
        SyntheticShot("B", solid(BLUE), 1.0, "cut"),
        SyntheticShot("A2", solid(RED), 1.0, "cut"),
    ], fps=FPS)
    colour = run_eval(tmp_path)["style_consistency"]["colour"]
    assert [tuple(p["pair"]) for p in colour["cross_pairs"]] == [(0, 1), (1, 2)]
    # Both adjacent pairs are red/blue; pairing A with A2 (k, k+2) would give about 1.0.
    assert colour["cross"] < 0.1
    assert colour["within"] == pytest.approx(1.0, abs=1e-3)


def test_duration_accuracy_on_a_film_of_known_length(tmp_path):
    write_out_folder(tmp_path, [
        SyntheticShot("a", solid(RED), 1.5),
        SyntheticShot("b", solid(BLUE), 1.5, "cut"),
    ], fps=FPS, write_film=False)
    # A film 6 frames short of the planned 36: 2.5 s against 3.0 s.
    with ClipWriter(tmp_path / "film.mp4", 160, 96, FPS) as writer:
        for _ in range(30):
            writer.write(np.full((96, 160, 3), GREY, dtype=np.uint8))
    duration = run_eval(tmp_path)["plan_checks"]["duration"]
    assert duration["planned_s"] == pytest.approx(3.0)
    assert duration["film_s"] == pytest.approx(2.5)
    assert duration["error_s"] == pytest.approx(-0.5)
    assert duration["error_pct"] == pytest.approx(-16.667, abs=0.01)


def test_run_eval_writes_the_contract(tmp_path, monkeypatch):
    for weights in ("DIRECTOR_FACE_MODEL_DIR", "DIRECTOR_CLIP_PATH", "DIRECTOR_DINO_PATH"):
        monkeypatch.delenv(weights, raising=False)
    write_out_folder(tmp_path, [
        SyntheticShot("a", solid(RED), 1.0, entities=["mara"]),
        SyntheticShot("b", solid(RED), 1.0, "continuous", entities=["mara"]),
        SyntheticShot("c", solid(BLUE), 1.0, "fade", scene="s2"),
    ], fps=FPS, entities=[
        {"id": "mara", "name": "Mara", "kind": "character"},
        {"id": "tom", "name": "Tom", "kind": "character"},
    ], manifest={"backend": "previz", "preset": "default",
                 "boundaries": [{"from": "a", "to": "b", "transition": "continuous",
                                 "latent_discontinuity": 0.125}],
                 "versions": {"diffusers": "0.42.1"}})
    progress = []
    result = run_eval(tmp_path, on_progress=progress.append)
    on_disk = json.loads((tmp_path / "eval.json").read_text())
    assert on_disk == json.loads(json.dumps(result))
    for key in ("cuts", "boundaries", "style_consistency", "face_consistency", "text_alignment",
                "plan_checks", "backend", "preset", "latent_discontinuity", "versions"):
        assert key in on_disk, key
    for key in ("planned", "detected", "matched", "missed", "false", "tolerance_s"):
        assert key in on_disk["cuts"], key
    for b in on_disk["boundaries"]:
        assert {"from", "to", "transition", "discontinuity"} <= set(b)
    assert on_disk["backend"] == "previz" and on_disk["preset"] == "default"
    assert on_disk["latent_discontinuity"] == [
        {"from": "a", "to": "b", "transition": "continuous", "latent_discontinuity": 0.125}
    ]
    assert on_disk["boundaries"][0]["latent_discontinuity"] == 0.125
    assert on_disk["versions"]["render"] == {"diffusers": "0.42.1"}
    assert on_disk["plan_checks"]["entity_coverage"]["characters_never_in_a_shot"] == ["tom"]
    assert on_disk["plan_checks"]["shots"]["planned"] == 3
    # The cross-shot pair b→c crosses a scene change; a→b stays inside s1.
    pairs = on_disk["style_consistency"]["colour"]["cross_pairs"]
    assert [p["same_scene"] for p in pairs] == [True, False]
    assert on_disk["style_consistency"]["colour"]["cross_same_scene"] == pytest.approx(1.0, abs=1e-3)
    # No weights here: null with a reason, never a made-up score.
    assert on_disk["face_consistency"] is None and "DIRECTOR_FACE_MODEL_DIR" in on_disk["face_consistency_reason"]
    assert on_disk["text_alignment"] is None and "DIRECTOR_CLIP_PATH" in on_disk["text_alignment_reason"]
    style = on_disk["style_consistency"]
    assert style["clip"] is None and style["clip_reason"] and style["dino"] is None and style["dino_reason"]
    html = (tmp_path / "eval.html").read_text()
    assert html.count("data:image/png;base64,") >= 3
    assert "<h2>Boundaries</h2>" in html
    assert progress and progress[-1].startswith("writing")


def test_missing_clip_is_reported_not_fatal(tmp_path):
    write_out_folder(tmp_path, [
        SyntheticShot("a", solid(RED), 1.0),
        SyntheticShot("b", solid(BLUE), 1.0, "cut"),
    ], fps=FPS)
    (tmp_path / "shots" / "b.mp4").unlink()
    result = run_eval(tmp_path)
    (boundary,) = result["boundaries"]
    assert boundary["discontinuity"] is None and "b" in boundary["reason"]
    assert any("no clip for shot b" in w for w in result["warnings"])
    assert result["plan_checks"]["shots"]["clips_found"] == 1


def test_folder_without_film_is_an_input_error(tmp_path):
    write_out_folder(tmp_path, [SyntheticShot("a", solid(RED), 1.0)], fps=FPS, write_film=False)
    with pytest.raises(InputError, match="no film.mp4"):
        run_eval(tmp_path)
    with pytest.raises(InputError, match="not found"):
        run_eval(tmp_path / "nowhere")


def test_invalid_plan_is_an_input_error(tmp_path):
    write_out_folder(tmp_path, [SyntheticShot("a", solid(RED), 1.0)], fps=FPS)
    (tmp_path / "plan.json").write_text('{"scenes": []}')
    with pytest.raises(InputError, match="plan.json"):
        run_eval(tmp_path)


def test_a_flash_inside_a_shot_is_not_a_cut_but_a_cut_after_it_is(tmp_path):
    """Lightning: two frames turn white and the picture comes back. A viewer sees no new shot."""
    def storm(index: int, count: int, width: int, height: int) -> np.ndarray:
        frame = np.empty((height, width, 3), np.uint8)
        frame[...] = (235, 235, 240) if index in (8, 9) else (30, 34, 70)
        frame[height // 2:] = (20, 60, 30) if index not in (8, 9) else (200, 210, 200)
        return frame

    write_out_folder(tmp_path, [
        SyntheticShot("a", storm, 2.0),
        SyntheticShot("b", solid((200, 160, 40)), 1.0, "cut"),
    ], fps=FPS)
    cuts = run_eval(tmp_path)["cuts"]
    assert cuts["planned"] == [2.0]
    assert [m["planned"] for m in cuts["matched"]] == [2.0]
    assert cuts["false"] == [] and cuts["precision"] == 1.0
    assert cuts["flashes"] == [pytest.approx(8 / FPS, abs=1 / FPS)]
