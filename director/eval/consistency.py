"""Within-shot and cross-shot consistency as pure functions over per-frame features.

Shared by the colour-style metric, the image-embedding metrics and the face metric, so each is
computed the same way and tested without any model:

- A frame whose feature is ``None`` (no face detected) is excluded, never scored as 0, and the
  coverage (fraction of frames with a feature) is reported next to the score.
- Within shot: the mean similarity of each frame's feature to the shot's mean feature.
- Cross shot: the similarity of the mean features of ADJACENT shots only, shot k with k+1, in
  film order. (VideoGen-of-Thought's evaluation paired k with k+2; see DESIGN.md §6.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, Sequence, TypeVar

import numpy as np

F = TypeVar("F")


@dataclass(frozen=True)
class FeatureSpace(Generic[F]):
    """How to pool a shot's features and compare two of them (similarity in 0..1 or -1..1)."""

    mean: Callable[[list[F]], F]
    similarity: Callable[[F, F], float]


def unit_mean(vectors: list[np.ndarray]) -> np.ndarray:
    """Mean of L2-normalised embeddings, normalised again (the shot's centroid direction)."""
    stacked = np.stack([v / (np.linalg.norm(v) or 1.0) for v in vectors])
    centre = stacked.mean(axis=0)
    return centre / (np.linalg.norm(centre) or 1.0)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    denominator = float(np.linalg.norm(a) * np.linalg.norm(b)) or 1.0
    return float(np.dot(a, b) / denominator)


EMBEDDING_SPACE: FeatureSpace[np.ndarray] = FeatureSpace(mean=unit_mean, similarity=cosine)


def _mean(values: list[float]) -> float | None:
    return float(np.mean(values)) if values else None


def consistency(
    per_shot: Sequence[Sequence[F | None]],
    space: FeatureSpace[F],
    shot_ids: Sequence[str] | None = None,
) -> dict:
    """Score consistency of per-frame features (``None`` = no feature in that frame).

    Returns ``within`` (mean over shots with at least one feature), ``within_per_shot``,
    ``cross`` (mean over adjacent pairs where both shots have features), ``cross_pairs``
    (one entry per adjacent pair, ``similarity`` None when a side has no feature),
    ``coverage`` (frames with a feature / frames sampled) and ``coverage_per_shot``.
    """
    ids = list(shot_ids) if shot_ids is not None else [str(i) for i in range(len(per_shot))]
    if len(ids) != len(per_shot):
        raise ValueError("shot_ids and per_shot differ in length")

    centres: list[F | None] = []
    within_per_shot: list[float | None] = []
    coverage_per_shot: list[float | None] = []
    frames_total = frames_with_feature = 0
    for frames in per_shot:
        present = [f for f in frames if f is not None]
        frames_total += len(frames)
        frames_with_feature += len(present)
        coverage_per_shot.append(len(present) / len(frames) if frames else None)
        if not present:
            centres.append(None)
            within_per_shot.append(None)
            continue
        centre = space.mean(present)
        centres.append(centre)
        within_per_shot.append(float(np.mean([space.similarity(f, centre) for f in present])))

    cross_pairs = []
    for k in range(len(per_shot) - 1):
        a, b = centres[k], centres[k + 1]
        score = space.similarity(a, b) if (a is not None and b is not None) else None
        cross_pairs.append(
            {"pair": [k, k + 1], "from": ids[k], "to": ids[k + 1], "similarity": score}
        )

    return {
        "within": _mean([w for w in within_per_shot if w is not None]),
        "within_per_shot": [
            {"shot": sid, "similarity": w, "coverage": c}
            for sid, w, c in zip(ids, within_per_shot, coverage_per_shot)
        ],
        "cross": _mean([p["similarity"] for p in cross_pairs if p["similarity"] is not None]),
        "cross_pairs": cross_pairs,
        "coverage": frames_with_feature / frames_total if frames_total else 0.0,
        "frames_sampled": frames_total,
        "frames_scored": frames_with_feature,
    }


def mean_over_pairs(pairs: list[dict], keep: Callable[[dict], bool]) -> float | None:
    """Mean similarity over the scored pairs that `keep` accepts (e.g. same-scene pairs)."""
    return _mean([p["similarity"] for p in pairs if p["similarity"] is not None and keep(p)])
