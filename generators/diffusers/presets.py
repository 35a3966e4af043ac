"""Preset registry: which pipeline and weights each role uses, at which size, steps and cost.

A preset names one model per role: the identity reference (text-to-image), the keyframe
(reference-image model, no face models) and the shot (image-to-video). VRAM figures are estimates
for bf16 weights (full GPU, and with model CPU offload); they choose the memory plan and are
documented in docs/diffusers.md. This module imports nothing heavy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from director.errors import InputError

Role = Literal["identity", "keyframe", "shot"]
ROLES: tuple[Role, ...] = ("identity", "keyframe", "shot")
DEFAULT_PRESET = "quality"


@dataclass(frozen=True)
class ImageModel:
    """A text-to-image or reference-image pipeline."""

    model_id: str  # HF id, local folder, or "tiny/<name>"
    pipeline: str  # diffusers class name
    width: int
    height: int
    steps: int
    guidance: float
    max_sequence_length: int = 512
    # How references reach the model: none, one composed board image (Kontext), or a list.
    references: Literal["none", "board", "list"] = "none"
    extra: dict[str, Any] = field(default_factory=dict)
    vram_gb: float = 0.0  # estimate, full GPU
    offload_vram_gb: float = 0.0  # estimate, model CPU offload


@dataclass(frozen=True)
class VideoModel:
    """An image-to-video pipeline."""

    model_id: str
    pipeline: str
    family: Literal["wan", "cogvideox", "ltx"]
    width: int
    height: int
    fps: int  # the frame rate the model was trained for
    max_frames: int
    steps: int
    guidance: float
    max_sequence_length: int = 512
    negative_prompt: str = ""
    vae_fp32: bool = False  # Wan: keep the VAE in float32
    extra: dict[str, Any] = field(default_factory=dict)
    vram_gb: float = 0.0
    offload_vram_gb: float = 0.0


@dataclass(frozen=True)
class Preset:
    name: str
    description: str
    identity: ImageModel
    keyframe: ImageModel
    shot: VideoModel
    dtype: str = "bfloat16"  # on CUDA; CPU always runs float32
    tiny: bool = False
    requires_packages: tuple[str, ...] = ()  # import names checked by check_models
    # A preset listed for reference whose render path is not implemented yet.
    unsupported_reason: str = ""

    def model(self, role: Role) -> ImageModel | VideoModel:
        return {"identity": self.identity, "keyframe": self.keyframe, "shot": self.shot}[role]


_NEGATIVE = "blurry, low quality, distorted, deformed, watermark, text, static, still image"

FLUX_DEV = ImageModel(
    "black-forest-labs/FLUX.1-dev", "FluxPipeline", 1024, 1024, steps=28, guidance=3.5,
    vram_gb=33.0, offload_vram_gb=24.0,
)
FLUX_SCHNELL = ImageModel(
    "black-forest-labs/FLUX.1-schnell", "FluxPipeline", 1024, 1024, steps=4, guidance=0.0,
    max_sequence_length=256, vram_gb=33.0, offload_vram_gb=24.0,
)
FLUX_KONTEXT = ImageModel(
    "black-forest-labs/FLUX.1-Kontext-dev", "FluxKontextPipeline", 1248, 704, steps=28,
    guidance=2.5, references="board", extra={"max_area": 1024 * 1024},
    vram_gb=33.0, offload_vram_gb=24.0,
)

PRESETS: dict[str, Preset] = {
    "quality": Preset(
        "quality", "FLUX.1-dev references, FLUX.1 Kontext keyframes, Wan 2.1 I2V 14B 480p shots",
        identity=FLUX_DEV, keyframe=FLUX_KONTEXT,
        shot=VideoModel(
            "Wan-AI/Wan2.1-I2V-14B-480P-Diffusers", "WanImageToVideoPipeline", "wan",
            832, 480, fps=16, max_frames=81, steps=40, guidance=5.0, negative_prompt=_NEGATIVE,
            vae_fp32=True, vram_gb=70.0, offload_vram_gb=40.0,
        ),
    ),
    "quality-wan22": Preset(
        "quality-wan22", "FLUX.1-dev, FLUX.1 Kontext, Wan 2.2 I2V A14B (two experts) 720p shots",
        identity=FLUX_DEV, keyframe=FLUX_KONTEXT,
        shot=VideoModel(
            "Wan-AI/Wan2.2-I2V-A14B-Diffusers", "WanImageToVideoPipeline", "wan",
            1280, 720, fps=16, max_frames=81, steps=40, guidance=3.5, negative_prompt=_NEGATIVE,
            vae_fp32=True, vram_gb=120.0, offload_vram_gb=45.0,
        ),
    ),
    "fast": Preset(
        "fast", "FLUX.1-schnell references, FLUX.1 Kontext keyframes, LTX-Video shots",
        identity=FLUX_SCHNELL, keyframe=FLUX_KONTEXT,
        shot=VideoModel(
            "Lightricks/LTX-Video", "LTXImageToVideoPipeline", "ltx", 768, 512, fps=24,
            max_frames=161, steps=30, guidance=3.0, max_sequence_length=128,
            negative_prompt=_NEGATIVE, extra={"decode_timestep": 0.03, "decode_noise_scale": 0.025},
            vram_gb=20.0, offload_vram_gb=12.0,
        ),
    ),
    "cogvideox": Preset(
        "cogvideox", "FLUX.1-schnell references, FLUX.1 Kontext keyframes, CogVideoX-5B I2V shots",
        identity=FLUX_SCHNELL, keyframe=FLUX_KONTEXT,
        shot=VideoModel(
            "THUDM/CogVideoX-5b-I2V", "CogVideoXImageToVideoPipeline", "cogvideox", 720, 480,
            fps=8, max_frames=49, steps=50, guidance=6.0, max_sequence_length=226,
            negative_prompt=_NEGATIVE, extra={"use_dynamic_cfg": True},
            vram_gb=26.0, offload_vram_gb=19.0,
        ),
    ),
    "consisid": Preset(
        "consisid", "Identity-preserving video with ConsisID (CogVideoX-5B + face encoders)",
        identity=FLUX_DEV, keyframe=FLUX_KONTEXT,
        shot=VideoModel(
            "BestWishYsh/ConsisID-preview", "ConsisIDPipeline", "cogvideox", 720, 480, fps=8,
            max_frames=49, steps=50, guidance=6.0, max_sequence_length=226,
            negative_prompt=_NEGATIVE, vram_gb=44.0, offload_vram_gb=25.0,
        ),
        requires_packages=("insightface", "facexlib", "consisid_eva_clip", "onnxruntime", "cv2"),
        unsupported_reason=(
            "the consisid shot path (face preprocessing with insightface antelopev2, facexlib and "
            "EVA02-CLIP from the model's face_encoder/ folder) is not wired yet; use 'quality' or "
            "'cogvideox'"
        ),
    ),
}

_TINY_IMAGE = dict(width=64, height=48, steps=2, guidance=3.5, max_sequence_length=16)
_TINY_NOTICE = "tiny preset: random weights, frames are noise — a plumbing test, not a result"


def _tiny(name: str, shot: VideoModel, description: str) -> Preset:
    return Preset(
        name, description,
        identity=ImageModel("tiny/flux", "FluxPipeline", **_TINY_IMAGE),
        keyframe=ImageModel(
            "tiny/flux-kontext", "FluxKontextPipeline", references="board",
            extra={"max_area": 64 * 48, "_auto_resize": False}, **_TINY_IMAGE,
        ),
        shot=shot, dtype="float32", tiny=True,
    )


PRESETS["tiny"] = _tiny("tiny", VideoModel(
    "tiny/wan-i2v", "WanImageToVideoPipeline", "wan", 64, 48, fps=8, max_frames=33, steps=8,
    guidance=1.0, max_sequence_length=16,
), "Tiny random-weight FLUX + Kontext + Wan I2V built in code (CPU, offline; frames are noise)")
PRESETS["tiny-cogvideox"] = _tiny("tiny-cogvideox", VideoModel(
    "tiny/cogvideox-i2v", "CogVideoXImageToVideoPipeline", "cogvideox", 64, 48, fps=8,
    max_frames=33, steps=8, guidance=1.0, max_sequence_length=16,
), "Tiny random-weight FLUX + Kontext + CogVideoX I2V built in code (frames are noise)")


def tiny_notice(preset: Preset) -> str:
    return _TINY_NOTICE if preset.tiny else ""


def get_preset(name: str | None) -> Preset:
    """The preset by name (``None`` or ``"default"`` gives the default); InputError if unknown."""
    key = DEFAULT_PRESET if name in (None, "", "default") else name
    try:
        return PRESETS[key]
    except KeyError:
        raise InputError(
            f"unknown diffusers preset '{name}' (choose from: {', '.join(sorted(PRESETS))})"
        ) from None


def list_presets() -> list[dict[str, str]]:
    """One row per preset for ``director models list``: name, models per role, VRAM estimate."""
    rows = []
    for preset in PRESETS.values():
        models = [preset.model(role) for role in ROLES]
        peak = max(m.vram_gb for m in models)
        offload = max(m.offload_vram_gb for m in models)
        rows.append({
            "name": preset.name,
            "identity": preset.identity.model_id,
            "keyframe": preset.keyframe.model_id,
            "shot": preset.shot.model_id,
            "vram_estimate": "CPU ok" if preset.tiny else f"~{peak:.0f} GB full, ~{offload:.0f} GB offload",
            "description": preset.description + (
                f" [not wired: {preset.unsupported_reason}]" if preset.unsupported_reason else ""
            ),
        })
    return rows
