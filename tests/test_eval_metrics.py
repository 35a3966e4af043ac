"""Pure metric functions on inputs with known answers (no video decoding)."""

import numpy as np
import pytest

from director.eval.colour import bhattacharyya_distance, intersection, lab_histogram
from director.eval.consistency import EMBEDDING_SPACE, consistency, cosine
from director.eval.cuts import match_cuts
from director.eval.faces import face_consistency
from director.eval.plan_checks import entity_coverage
from director.eval.style import COLOUR_SPACE
from director.plan import parse_plan


def flat(rgb, size=(24, 16)):
    return np.full((size[1], size[0], 3), rgb, dtype=np.uint8)


def test_identical_frames_histogram_is_identical():
    a = lab_histogram(flat((120, 60, 30)))
    b = lab_histogram(flat((120, 60, 30)))
    assert a.sum() == pytest.approx(1.0)
    assert intersection(a, b) == pytest.approx(1.0)
    assert bhattacharyya_distance(a, b) == pytest.approx(0.0, abs=1e-6)


def test_histogram_distance_orders_colours_perceptually():
    red = lab_histogram(flat((200, 40, 40)))
    near_red = lab_histogram(flat((190, 45, 45)))
    blue = lab_histogram(flat((40, 40, 200)))
    assert bhattacharyya_distance(red, near_red) < 0.5 < bhattacharyya_distance(red, blue)
    assert intersection(red, near_red) > intersection(red, blue)


def test_within_shot_identical_features_score_one():
    h = lab_histogram(flat((90, 160, 70)))
    result = consistency([[h, h, h], [h, h]], COLOUR_SPACE, ["s1", "s2"])
    assert result["within"] == pytest.approx(1.0)
    assert result["cross"] == pytest.approx(1.0)
    assert result["coverage"] == 1.0


def test_cross_shot_pairs_are_adjacent_only():
    # Shots A, B, A': A and A' are identical, B is different. Pairing k with k+2 (the bug in
    # VideoGen-of-Thought's evaluation) would score A against A' = 1.0.
    a = np.array([1.0, 0.0, 0.0])
    b = np.array([0.0, 1.0, 0.0])
    result = consistency([[a, a], [b, b], [a, a]], EMBEDDING_SPACE, ["A", "B", "A2"])
    assert [tuple(p["pair"]) for p in result["cross_pairs"]] == [(0, 1), (1, 2)]
    assert [(p["from"], p["to"]) for p in result["cross_pairs"]] == [("A", "B"), ("B", "A2")]
    assert result["cross"] == pytest.approx(0.0)
    assert cosine(a, a) == pytest.approx(1.0)  # what the k, k+2 pairing would have reported


def test_frames_without_a_face_are_excluded_not_zero():
    rng = np.random.default_rng(0)
    identity = rng.normal(size=512)
    same_person = [identity + 0.05 * rng.normal(size=512) for _ in range(3)]
    per_shot = [
        [same_person[0], None, same_person[1], None],  # two of four frames have a face
        [None, None],  # no face at all in this shot
        [same_person[2]],
    ]
    result = face_consistency(per_shot, ["s1", "s2", "s3"], [{"hero"}, set(), {"hero"}])
    assert result["coverage"] == pytest.approx(3 / 7)
    assert result["frames_scored"] == 3 and result["frames_sampled"] == 7
    # Shot 1 is scored on its two faces only: a zero for each missing face would halve it.
    assert result["within_per_shot"][0]["similarity"] > 0.99
    assert result["within_per_shot"][0]["coverage"] == pytest.approx(0.5)
    assert result["within_per_shot"][1]["similarity"] is None
    assert result["within"] > 0.99
    # Both pairs touch the face-less shot: unscored, not 0, and no cross mean is invented.
    assert [p["similarity"] for p in result["cross_pairs"]] == [None, None]
    assert result["cross"] is None
    assert result["cross_shared_character"] is None


def test_face_cross_shot_same_identity_scores_high():
    rng = np.random.default_rng(1)
    hero, villain = rng.normal(size=512), rng.normal(size=512)
    per_shot = [[hero, hero + 0.05 * rng.normal(size=512)], [hero], [villain]]
    result = face_consistency(per_shot, ["a", "b", "c"], [{"hero"}, {"hero"}, {"villain"}])
    scores = [p["similarity"] for p in result["cross_pairs"]]
    assert scores[0] > 0.99 and abs(scores[1]) < 0.3
    assert result["cross_pairs"][0]["shared_characters"] == ["hero"]
    assert result["cross_pairs"][1]["shared_characters"] == []
    assert result["cross_shared_character"] == pytest.approx(scores[0])


def test_match_cuts_one_to_one_within_tolerance():
    result = match_cuts([1.0, 2.0, 5.0], [1.04, 1.08, 2.5, 4.95], tolerance=0.1)
    assert [(m["planned"], m["detected"]) for m in result["matched"]] == [(1.0, 1.04), (5.0, 4.95)]
    assert result["missed"] == [2.0]
    assert sorted(result["false"]) == [1.08, 2.5]
    assert result["recall"] == pytest.approx(2 / 3)


def test_entity_coverage_lists_a_character_that_never_appears():
    plan = parse_plan({
        "entities": [
            {"id": "mara", "name": "Mara", "kind": "character"},
            {"id": "tom", "name": "Tom", "kind": "character"},
            {"id": "lamp", "name": "Lamp", "kind": "prop"},
        ],
        "scenes": [{"id": "s1", "shots": [
            {"id": "a", "description": "Mara waits.", "entities": ["mara"]},
            {"id": "b", "description": "The station.", "entities": []},
        ]}],
    })
    coverage = entity_coverage(plan)
    assert coverage["characters_never_in_a_shot"] == ["tom"]
    assert coverage["character_coverage"] == pytest.approx(0.5)
    assert coverage["entities_never_in_a_shot"] == ["tom", "lamp"]
    assert coverage["shots_per_entity"]["mara"] == 1


def test_compare_boundaries_reports_smoother_continuous_boundaries():
    from director.eval.compare import compare_boundaries

    off = {"boundaries": [
        {"from": "a", "to": "b", "transition": "continuous", "discontinuity": 0.12,
         "colour_distance": 0.05, "latent_discontinuity": 0.9},
        {"from": "b", "to": "c", "transition": "cut", "discontinuity": 0.30,
         "colour_distance": 0.6, "latent_discontinuity": None},
    ]}
    on = {"boundaries": [
        {"from": "a", "to": "b", "transition": "continuous", "discontinuity": 0.02,
         "colour_distance": 0.01, "latent_discontinuity": 0.2},
        {"from": "b", "to": "c", "transition": "cut", "discontinuity": 0.30,
         "colour_distance": 0.6, "latent_discontinuity": None},
    ]}
    result = compare_boundaries(off, on)
    continuous = result["by_transition"]["continuous"]
    assert continuous["discontinuity"]["mean_delta"] == pytest.approx(-0.10)
    assert continuous["discontinuity"]["improved"] == 1
    assert continuous["latent_discontinuity"]["mean_delta"] == pytest.approx(-0.7)
    assert result["by_transition"]["cut"]["discontinuity"]["mean_delta"] == pytest.approx(0.0)
    assert result["by_transition"]["cut"]["latent_discontinuity"] is None
