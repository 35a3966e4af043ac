"""Text alignment: CLIP score between each shot's frames and its description.

Reported as the raw cosine similarity (the scale VideoGen-of-Thought's main table uses, about
0.25 for good text-to-video models), averaged over sampled frames, per shot and overall.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from director.eval.embeddings import Embedder
from director.eval.frames import ClipSample
from director.plan import Shot


def shot_prompt(shot: Shot) -> str:
    """The text a shot's frames are scored against: its action, then its character domain."""
    return " ".join(part for part in (shot.description, shot.character) if part).strip()


def text_alignment(
    clip: Embedder, shots: Sequence[Shot], samples: Sequence[ClipSample | None]
) -> dict:
    assert clip.texts is not None, "text alignment needs a CLIP model with a text tower"
    texts = clip.texts([shot_prompt(s) for s in shots])
    per_shot = []
    for shot, text, sample in zip(shots, texts, samples):
        if sample is None or not sample.samples:
            per_shot.append({"shot": shot.id, "clip_score": None})
            continue
        images = clip.images(sample.samples)
        per_shot.append({"shot": shot.id, "clip_score": float(np.mean(images @ text))})
    scores = [p["clip_score"] for p in per_shot if p["clip_score"] is not None]
    return {
        "clip_score": float(np.mean(scores)) if scores else None,
        "per_shot": per_shot,
        "model": clip.name,
        "text": "shot description + character (truncated to 77 tokens)",
    }
