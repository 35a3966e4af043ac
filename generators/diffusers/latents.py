"""Latent layouts of the video families, and the few operations smoothing needs on them.

Each family stores a video's latents differently (diffusers 0.42):

- Wan (and SkyReels, HunyuanVideo): ``[B, C, F, H, W]``, normalized by the VAE's mean/std.
- CogVideoX (and ConsisID): ``[B, F, C, H, W]`` (frames before channels), times ``scaling_factor``.
- LTX-Video and LTX-2: packed tokens ``[B, F*H*W / (p_t*p*p), C*p_t*p*p]``, frame-major,
  normalized. LTX-2's condition pipeline appends the tokens of keyframes at other latent indices
  (an end frame) after the video's; they are kept as they are.

Everything here converts to one canonical layout, ``[B, C, F, H, W]``, works there, and converts
back, so the smoothing code never needs to know which family it is blending.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import torch


@dataclass(frozen=True)
class LatentGrid:
    """Latent size of one clip, needed to unpack packed (token) layouts."""

    frames: int
    height: int
    width: int
    patch_size: int = 1
    patch_size_t: int = 1

    @property
    def tokens(self) -> int:
        p, pt = self.patch_size, self.patch_size_t
        return (self.frames // pt) * (self.height // p) * (self.width // p)


@dataclass(frozen=True)
class LatentLayout:
    """How one family lays out its latents, with conversions to and from ``[B, C, F, H, W]``."""

    name: Literal["bcfhw", "bfchw", "packed"]

    def to_canonical(self, latents: torch.Tensor, grid: LatentGrid | None = None) -> torch.Tensor:
        if self.name == "bcfhw":
            return latents
        if self.name == "bfchw":
            return latents.permute(0, 2, 1, 3, 4)
        if grid is None:
            raise ValueError("packed latents need a LatentGrid to unpack")
        return unpack_tokens(latents[:, : grid.tokens], grid)

    def from_canonical(self, latents: torch.Tensor, grid: LatentGrid | None = None) -> torch.Tensor:
        if self.name == "bcfhw":
            return latents
        if self.name == "bfchw":
            return latents.permute(0, 2, 1, 3, 4)
        if grid is None:
            raise ValueError("packed latents need a LatentGrid to pack")
        return pack_tokens(latents, grid)


WAN_LAYOUT = LatentLayout("bcfhw")
COGVIDEOX_LAYOUT = LatentLayout("bfchw")
LTX_LAYOUT = LatentLayout("packed")


def pack_tokens(latents: torch.Tensor, grid: LatentGrid) -> torch.Tensor:
    """``[B, C, F, H, W]`` -> LTX tokens ``[B, S, C*p_t*p*p]`` (same order as LTX's _pack_latents)."""
    b, c, f, h, w = latents.shape
    p, pt = grid.patch_size, grid.patch_size_t
    x = latents.reshape(b, c, f // pt, pt, h // p, p, w // p, p)
    return x.permute(0, 2, 4, 6, 1, 3, 5, 7).flatten(4, 7).flatten(1, 3)


def unpack_tokens(tokens: torch.Tensor, grid: LatentGrid) -> torch.Tensor:
    """LTX tokens ``[B, S, D]`` -> ``[B, C, F, H, W]`` (inverse of :func:`pack_tokens`)."""
    b = tokens.shape[0]
    p, pt = grid.patch_size, grid.patch_size_t
    f, h, w = grid.frames // pt, grid.height // p, grid.width // p
    x = tokens.reshape(b, f, h, w, -1, pt, p, p)
    x = x.permute(0, 4, 1, 5, 2, 6, 3, 7)
    return x.reshape(b, -1, f * pt, h * p, w * p)


def first_frames(canonical: torch.Tensor, count: int = 1) -> torch.Tensor:
    """The first ``count`` latent frames of a canonical ``[B, C, F, H, W]`` tensor."""
    return canonical[:, :, :count]


def last_frames(canonical: torch.Tensor, count: int = 1) -> torch.Tensor:
    """The last ``count`` latent frames of a canonical ``[B, C, F, H, W]`` tensor."""
    return canonical[:, :, -count:]


def blend_first_frames(
    latents: torch.Tensor, layout: LatentLayout, reference: torch.Tensor, weight: float,
    grid: LatentGrid | None = None,
) -> torch.Tensor:
    """Pull the first latent frames of ``latents`` (native layout) toward ``reference``.

    ``reference`` is canonical ``[B, C, k, H, W]``; frame j of the k is blended with
    ``weight * (1 - j / k)`` so the pull fades out along the clip. Returns native layout.
    """
    canon = layout.to_canonical(latents, grid).clone()
    k = min(reference.shape[2], canon.shape[2])
    ref = reference[:, :, :k].to(device=canon.device, dtype=canon.dtype)
    for j in range(k):
        w = weight * (1.0 - j / k)
        canon[:, :, j] = torch.lerp(canon[:, :, j], ref[:, :, j], w)
    native = layout.from_canonical(canon, grid)
    if layout.name == "packed" and latents.shape[1] > native.shape[1]:  # appended keyframe tokens
        native = torch.cat([native, latents[:, native.shape[1]:]], dim=1)
    return native


def latent_discontinuity(previous_last: torch.Tensor, next_first: torch.Tensor) -> float | None:
    """Mean absolute difference between two canonical latent frames; ``None`` if shapes differ
    (another resolution or model family, where a latent comparison means nothing)."""
    a, b = previous_last[:, :, -1:], next_first[:, :, :1]
    if a.shape != b.shape:
        return None
    return float((a.float() - b.float()).abs().mean())
