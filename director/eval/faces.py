"""Face (identity) consistency with an ArcFace model from insightface, when installed locally.

The score is a pure function over per-frame embeddings-or-None (:func:`face_consistency`), so it
is tested without insightface. Frames where no face is detected are EXCLUDED, not scored as 0,
and the coverage (fraction of sampled frames with a face) is reported beside the score. Cross-shot
pairs are adjacent shots only; ``cross_shared_character`` keeps the pairs whose plan lists a
common character, since comparing two different people's faces says nothing about drift.

Weights are never downloaded: ``DIRECTOR_FACE_MODEL_DIR`` names a model-pack folder holding the
.onnx files (detection + recognition), else ``~/.insightface/models/buffalo_l`` or
``antelopev2`` is used if present.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from director.eval.consistency import EMBEDDING_SPACE, consistency, mean_over_pairs
from director.eval.frames import ClipSample

FaceEmbedFn = Callable[[np.ndarray], np.ndarray | None]


def face_consistency(
    per_shot: Sequence[Sequence[np.ndarray | None]],
    shot_ids: Sequence[str],
    shot_characters: Sequence[set[str]] | None = None,
) -> dict:
    """Within/cross-shot ArcFace cosine consistency; None frames excluded, coverage reported."""
    result = consistency(per_shot, EMBEDDING_SPACE, shot_ids)
    if shot_characters is not None:
        for pair in result["cross_pairs"]:
            k, k1 = pair["pair"]
            pair["shared_characters"] = sorted(shot_characters[k] & shot_characters[k1])
        result["cross_shared_character"] = mean_over_pairs(
            result["cross_pairs"], lambda p: bool(p["shared_characters"])
        )
    return result


def candidate_model_dirs() -> list[Path]:
    env = os.environ.get("DIRECTOR_FACE_MODEL_DIR", "").strip()
    if env:
        return [Path(env).expanduser()]
    root = Path("~/.insightface/models").expanduser()
    return [root / "buffalo_l", root / "antelopev2"]


def load_face_embedder() -> tuple[FaceEmbedFn | None, str | None]:
    """An RGB-frame → ArcFace-embedding-or-None function, or (None, reason)."""
    dirs = [d for d in candidate_model_dirs() if d.is_dir() and any(d.glob("*.onnx"))]
    if not dirs:
        where = ", ".join(str(d) for d in candidate_model_dirs())
        return None, f"no insightface model pack found ({where}); set DIRECTOR_FACE_MODEL_DIR"
    try:
        from insightface.app.common import Face
        from insightface.model_zoo import get_model
    except ImportError:
        return None, "insightface is not installed (pip install insightface onnxruntime)"

    model_dir = dirs[0]
    detector = recogniser = None
    try:
        for onnx in sorted(model_dir.glob("*.onnx")):
            model = get_model(str(onnx), providers=["CPUExecutionProvider"])
            task = getattr(model, "taskname", None)
            if task == "detection" and detector is None:
                detector = model
            elif task == "recognition" and recogniser is None:
                recogniser = model
    except Exception as err:
        return None, f"could not load face models from {model_dir}: {str(err).splitlines()[0][:200]}"
    if detector is None or recogniser is None:
        return None, f"{model_dir} lacks a detection or a recognition .onnx model"
    detector.prepare(ctx_id=-1, input_size=(640, 640), det_thresh=0.5)
    recogniser.prepare(ctx_id=-1)

    def embed(frame_rgb: np.ndarray) -> np.ndarray | None:
        bgr = np.ascontiguousarray(frame_rgb[:, :, ::-1])
        boxes, landmarks = detector.detect(bgr, max_num=0)
        if boxes is None or len(boxes) == 0 or landmarks is None:
            return None  # ArcFace aligns on the five landmarks: no landmarks, no embedding
        # The largest face: the subject of the shot.
        areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
        best = int(np.argmax(areas))
        face = Face(bbox=boxes[best, :4], kps=landmarks[best], det_score=float(boxes[best, 4]))
        recogniser.get(bgr, face)
        return np.asarray(face.normed_embedding, dtype=np.float32)

    return embed, None


def frame_embeddings(
    embed: FaceEmbedFn, samples: Sequence[ClipSample | None]
) -> list[list[np.ndarray | None]]:
    """Per shot, per sampled frame: the face embedding or None."""
    return [[embed(f) for f in s.samples] if s is not None else [] for s in samples]
