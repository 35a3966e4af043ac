"""Image (and text) embedders loaded only from local weights: CLIP and DINO.

Nothing is ever downloaded. ``DIRECTOR_CLIP_PATH`` points at either a transformers CLIP folder
(with ``config.json``) or an open_clip checkpoint file (architecture from
``DIRECTOR_CLIP_ARCH``, default ``ViT-B-32``). ``DIRECTOR_DINO_PATH`` points at a transformers
DINO/DINOv2 folder. When a path is unset, missing, or torch is not installed, the loader returns
``None`` with a one-line reason that the eval reports in place of the score.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

BATCH = 16


@dataclass
class Embedder:
    """A loaded model: `images` maps RGB frames to L2-normalised rows; `texts` likewise (CLIP)."""

    name: str
    images: Callable[[list[np.ndarray]], np.ndarray]
    texts: Callable[[list[str]], np.ndarray] | None = None


Loaded = tuple[Embedder | None, str | None]


def _unit_rows(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(norms == 0, 1.0, norms)


def _local_path(env_var: str) -> tuple[Path | None, str | None]:
    raw = os.environ.get(env_var, "").strip()
    if not raw:
        return None, f"{env_var} is not set (weights are never downloaded)"
    path = Path(raw).expanduser()
    if not path.exists():
        return None, f"{env_var}={raw} does not exist"
    return path, None


def _torch() -> tuple[object | None, str | None]:
    try:
        import torch
    except ImportError:
        return None, "torch is not installed (pip install 'director[gpu]')"
    return torch, None


def _batched(items: list, fn: Callable[[list], np.ndarray]) -> np.ndarray:
    return np.concatenate([fn(items[i : i + BATCH]) for i in range(0, len(items), BATCH)])


def load_clip() -> Loaded:
    """CLIP from DIRECTOR_CLIP_PATH, or (None, reason)."""
    path, reason = _local_path("DIRECTOR_CLIP_PATH")
    if path is None:
        return None, reason
    torch, reason = _torch()
    if torch is None:
        return None, reason
    device = "cuda" if torch.cuda.is_available() else "cpu"
    try:
        if path.is_dir():
            return _clip_transformers(torch, path, device), None
        return _clip_open_clip(torch, path, device), None
    except ImportError as err:
        return None, f"CLIP needs {err.name or err} installed"
    except Exception as err:  # a broken or mismatched checkpoint: report, don't crash the eval
        return None, f"could not load CLIP from {path}: {str(err).splitlines()[0][:200]}"


def _clip_transformers(torch, path: Path, device: str) -> Embedder:
    from transformers import AutoImageProcessor, AutoTokenizer, CLIPModel

    model = CLIPModel.from_pretrained(path, local_files_only=True, use_safetensors=True).to(device).eval()
    # Tokenizer and image processor loaded separately: works for any tokenizer class saved there.
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    image_processor = AutoImageProcessor.from_pretrained(path, local_files_only=True)

    @torch.no_grad()
    def images(frames: list[np.ndarray]) -> np.ndarray:
        def run(chunk):
            inputs = image_processor(images=chunk, return_tensors="pt").to(device)
            out = model.get_image_features(**inputs)
            out = getattr(out, "pooler_output", out)  # newer transformers wrap the features
            return out.float().cpu().numpy()

        return _unit_rows(_batched(frames, run))

    @torch.no_grad()
    def texts(prompts: list[str]) -> np.ndarray:
        def run(chunk):
            inputs = tokenizer(
                chunk, return_tensors="pt", padding=True, truncation=True, max_length=77
            ).to(device)
            out = model.get_text_features(**inputs)
            out = getattr(out, "pooler_output", out)
            return out.float().cpu().numpy()

        return _unit_rows(_batched(prompts, run))

    return Embedder(name=f"clip:{path.name}", images=images, texts=texts)


def _clip_open_clip(torch, path: Path, device: str) -> Embedder:
    import open_clip
    from PIL import Image

    arch = os.environ.get("DIRECTOR_CLIP_ARCH", "ViT-B-32")
    model, _, preprocess = open_clip.create_model_and_transforms(arch, pretrained=str(path))
    model = model.to(device).eval()
    tokenizer = open_clip.get_tokenizer(arch)

    @torch.no_grad()
    def images(frames: list[np.ndarray]) -> np.ndarray:
        def run(chunk):
            batch = torch.stack([preprocess(Image.fromarray(f)) for f in chunk]).to(device)
            return model.encode_image(batch).float().cpu().numpy()

        return _unit_rows(_batched(frames, run))

    @torch.no_grad()
    def texts(prompts: list[str]) -> np.ndarray:
        def run(chunk):
            return model.encode_text(tokenizer(chunk).to(device)).float().cpu().numpy()

        return _unit_rows(_batched(prompts, run))

    return Embedder(name=f"open_clip:{arch}:{path.name}", images=images, texts=texts)


def load_dino() -> Loaded:
    """DINO/DINOv2 (transformers folder) from DIRECTOR_DINO_PATH, or (None, reason)."""
    path, reason = _local_path("DIRECTOR_DINO_PATH")
    if path is None:
        return None, reason
    torch, reason = _torch()
    if torch is None:
        return None, reason
    device = "cuda" if torch.cuda.is_available() else "cpu"
    try:
        from transformers import AutoImageProcessor, AutoModel

        model = AutoModel.from_pretrained(path, local_files_only=True, use_safetensors=True).to(device).eval()
        processor = AutoImageProcessor.from_pretrained(path, local_files_only=True)
    except ImportError as err:
        return None, f"DINO needs {err.name or err} installed"
    except Exception as err:
        return None, f"could not load DINO from {path}: {str(err).splitlines()[0][:200]}"

    @torch.no_grad()
    def images(frames: list[np.ndarray]) -> np.ndarray:
        def run(chunk):
            out = model(**processor(images=chunk, return_tensors="pt").to(device))
            # The CLS token: DINO's global image descriptor.
            return out.last_hidden_state[:, 0].float().cpu().numpy()

        return _unit_rows(_batched(frames, run))

    return Embedder(name=f"dino:{path.name}", images=images), None
