"""Identity in the loop: score keyframe takes against the references of the shot's entities.

A take's score is the mean, over the shot's entities that have a reference, of the cosine
similarity between the take and that reference: ArcFace embeddings (insightface) for characters
when a face is found in both, else a global image embedding (DINOv2, or CLIP) for props, places
and faceless characters. Models load only from local weights, through director.eval (nothing is
downloaded); without any, :func:`load_scorer` says why and the keyframe is one take.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
from PIL import Image

from director.plan import Entity

# A kept take below this mean similarity is retaken, at most RETAKES more times. DINOv2 and
# CLIP image cosines between a render and its reference sit around 0.3-0.8; ArcFace same-person
# cosines above ~0.4.
SCORE_THRESHOLD = 0.5
RETAKES = 2


@dataclass
class IdentityScorer:
    """Scores an image against references. ``faces`` maps RGB to a unit ArcFace embedding or
    None (no face); ``images`` maps RGB frames to unit rows of a global image embedding."""

    name: str
    images: Callable[[list[np.ndarray]], np.ndarray] | None = None
    faces: Callable[[np.ndarray], np.ndarray | None] | None = None
    _reference_cache: dict[tuple[str, str], np.ndarray | None] = field(default_factory=dict)

    def score(self, take: Image.Image, references: list[tuple[Entity, Path]]) -> tuple[float | None, dict]:
        """(mean similarity, per-entity similarity); (None, {}) when nothing could be compared."""
        frame = np.asarray(take.convert("RGB"))
        per_entity: dict[str, float] = {}
        take_face = self.faces(frame) if self.faces is not None else None
        take_global = self.images([frame])[0] if self.images is not None else None
        for entity, path in references:
            if entity.kind == "character" and take_face is not None:
                ref_face = self._reference(path, "face")
                if ref_face is not None:
                    per_entity[entity.id] = float(np.dot(take_face, ref_face))
                    continue
            if take_global is not None:
                ref = self._reference(path, "image")
                if ref is not None:
                    per_entity[entity.id] = float(np.dot(take_global, ref))
        if not per_entity:
            return None, {}
        return float(np.mean(list(per_entity.values()))), per_entity

    def _reference(self, path: Path, kind: str) -> np.ndarray | None:
        key = (str(path), kind)
        if key not in self._reference_cache:
            with Image.open(path) as img:
                frame = np.asarray(img.convert("RGB"))
            if kind == "face":
                self._reference_cache[key] = self.faces(frame) if self.faces else None
            else:
                self._reference_cache[key] = self.images([frame])[0] if self.images else None
        return self._reference_cache[key]


def load_scorer() -> tuple[IdentityScorer | None, str | None]:
    """The local identity scorer, or (None, why) when no embedding model's weights are here."""
    from director.eval.embeddings import load_clip, load_dino
    from director.eval.faces import load_face_embedder

    faces, face_reason = load_face_embedder()
    embedder, dino_reason = load_dino()
    clip_reason = None
    if embedder is None:
        embedder, clip_reason = load_clip()
    if faces is None and embedder is None:
        reasons = "; ".join(r for r in (face_reason, dino_reason, clip_reason) if r)
        return None, f"no local identity model ({reasons})"
    parts = (["arcface"] if faces is not None else []) + ([embedder.name] if embedder else [])
    return IdentityScorer("+".join(parts), images=embedder.images if embedder else None, faces=faces), None
