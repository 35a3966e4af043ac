"""Style consistency: within each shot and across ADJACENT shots.

Always computed from CIELAB colour histograms (no weights needed, compared by histogram
intersection); also from CLIP and DINO image embeddings (cosine) when their weights are installed
locally. Frames come from the per-shot clips, so dissolve overlaps in film.mp4 don't leak into it.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from director.eval.colour import intersection, lab_histogram, mean_histogram
from director.eval.consistency import EMBEDDING_SPACE, FeatureSpace, consistency, mean_over_pairs
from director.eval.embeddings import Embedder
from director.eval.frames import ClipSample, downscale

COLOUR_SPACE: FeatureSpace[np.ndarray] = FeatureSpace(mean=mean_histogram, similarity=intersection)


def _with_scene_means(result: dict, scene_ids: Sequence[str]) -> dict:
    """Add the cross-shot mean over pairs inside one scene: a change of scene may rightly change
    the look, so that figure isolates drift where the look should hold."""
    for pair in result["cross_pairs"]:
        k, k1 = pair["pair"]
        pair["same_scene"] = scene_ids[k] == scene_ids[k1]
    result["cross_same_scene"] = mean_over_pairs(result["cross_pairs"], lambda p: p["same_scene"])
    return result


def colour_style_consistency(
    samples: Sequence[ClipSample | None], shot_ids: Sequence[str], scene_ids: Sequence[str]
) -> dict:
    """Lab-histogram style consistency; a missing clip (failed shot) contributes no frames."""
    per_shot = [
        [lab_histogram(downscale(f)) for f in s.samples] if s is not None else [] for s in samples
    ]
    result = consistency(per_shot, COLOUR_SPACE, shot_ids)
    result["feature"] = "CIELAB 8x8x8 soft histogram, histogram intersection (0..1)"
    return _with_scene_means(result, scene_ids)


def embedding_style_consistency(
    embedder: Embedder,
    samples: Sequence[ClipSample | None],
    shot_ids: Sequence[str],
    scene_ids: Sequence[str],
) -> dict:
    """The same consistency measure on image embeddings (cosine similarity)."""
    per_shot: list[list[np.ndarray]] = []
    for s in samples:
        per_shot.append(list(embedder.images(s.samples)) if s is not None and s.samples else [])
    result = consistency(per_shot, EMBEDDING_SPACE, shot_ids)
    result["feature"] = f"{embedder.name} image embedding, cosine"
    return _with_scene_means(result, scene_ids)
