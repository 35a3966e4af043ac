"""Stable per-artifact seeds: the same plan and settings give the same noise, run after run."""

from __future__ import annotations

import zlib


def derive_seed(*parts: object) -> int:
    """A 31-bit seed from the parts' text (crc32 is stable across processes, unlike hash())."""
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8")) & 0x7FFFFFFF


def torch_generator(seed: int):
    """A CPU generator: diffusers draws the noise on the CPU and moves it, so a seed gives the
    same latents on every device."""
    import torch

    return torch.Generator("cpu").manual_seed(seed)
