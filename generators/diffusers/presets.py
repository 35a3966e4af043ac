"""Preset registry: which pipeline and weights each role uses, at which size, steps and cost.

A preset names one model per role: the identity reference (text-to-image), the keyframe
(reference-image model, no face models) and the shot (image-to-video). VRAM figures are estimates
for bf16 weights (full GPU, and with model CPU offload); they choose the memory plan and are
documented in docs/diffusers.md. This module imports nothing heavy.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

from director.errors import InputError

Role = Literal["identity", "keyframe", "shot"]
ROLES: tuple[Role, ...] = ("identity", "keyframe", "shot")
DEFAULT_PRESET = "desktop"  # fits a 24 GB card with model offload; Apache-2.0 throughout


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
    license: str = ""
    # FLUX.2 reads text_encoder_out_layers etc.; this many references at most (None: no limit).
    max_references: int | None = None


@dataclass(frozen=True)
class VideoModel:
    """An image-to-video pipeline."""

    model_id: str
    pipeline: str
    family: Literal["wan", "wan-ti2v", "cogvideox", "ltx", "ltx2"]
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
    license: str = ""
    # Whether this checkpoint takes an end frame where its family can (Wan 2.1 I2V cannot: its
    # image encoder and transformer expect one image; Wan 2.2 A14B and FLF2V can).
    end_frame: bool = True


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
    vram_gb=33.0, offload_vram_gb=24.0, license="FLUX.1 [dev] non-commercial",
)
FLUX_SCHNELL = ImageModel(
    "black-forest-labs/FLUX.1-schnell", "FluxPipeline", 1024, 1024, steps=4, guidance=0.0,
    max_sequence_length=256, vram_gb=33.0, offload_vram_gb=24.0, license="Apache-2.0",
)
FLUX_KONTEXT = ImageModel(
    "black-forest-labs/FLUX.1-Kontext-dev", "FluxKontextPipeline", 1248, 704, steps=28,
    guidance=2.5, references="board", extra={"max_area": 1024 * 1024},
    vram_gb=33.0, offload_vram_gb=24.0, license="FLUX.1 [dev] non-commercial",
)

# The 2026 generation (docs/diffusers.md gives the source of each VRAM figure).
_APACHE = "Apache-2.0"
_FLUX_NC = "FLUX non-commercial"
_LTX2 = "LTX-2 Community (paid licence at >= $10M revenue)"
FLUX2_DEV = ImageModel(
    "black-forest-labs/FLUX.2-dev", "Flux2Pipeline", 1024, 1024, steps=28, guidance=4.0,
    references="list", vram_gb=115.0, offload_vram_gb=66.0, license=_FLUX_NC, max_references=6,
)
FLUX2_KLEIN = ImageModel(
    "black-forest-labs/FLUX.2-klein-4B", "Flux2KleinPipeline", 1024, 1024, steps=4, guidance=1.0,
    references="list", vram_gb=13.0, offload_vram_gb=8.0, license=_APACHE, max_references=6,
)
FLUX2_KLEIN_KV = ImageModel(
    "black-forest-labs/FLUX.2-klein-9b-kv", "Flux2KleinKVPipeline", 1024, 1024, steps=4,
    guidance=1.0, references="list", vram_gb=29.0, offload_vram_gb=18.0, license=_FLUX_NC,
    max_references=6,
)
QWEN_EDIT_PLUS = ImageModel(
    "Qwen/Qwen-Image-Edit-2509", "QwenImageEditPlusPipeline", 1024, 1024, steps=40, guidance=4.0,
    references="list", vram_gb=58.0, offload_vram_gb=42.0, license=_APACHE, max_references=3,
    extra={"true_cfg_scale": 4.0, "negative_prompt": " "},
)
WAN22_TI2V = VideoModel(
    "Wan-AI/Wan2.2-TI2V-5B-Diffusers", "WanImageToVideoPipeline", "wan-ti2v", 1280, 704, fps=24,
    max_frames=121, steps=40, guidance=5.0, negative_prompt=_NEGATIVE,
    vae_fp32=True, vram_gb=34.0, offload_vram_gb=22.0, license=_APACHE,
)
WAN22_A14B = VideoModel(
    "Wan-AI/Wan2.2-I2V-A14B-Diffusers", "WanImageToVideoPipeline", "wan", 1280, 720, fps=16,
    max_frames=81, steps=40, guidance=3.5, vae_fp32=True, vram_gb=120.0, offload_vram_gb=60.0,
    license=_APACHE, extra={"guidance_scale_2": 3.0},
)
_LTX2_CALL = {"stg_scale": 1.0, "modality_scale": 3.0, "guidance_rescale": 0.7,
              "audio_guidance_scale": 7.0}
LTX25 = VideoModel(
    "Lightricks/LTX-2.5-Diffusers", "LTX2ConditionPipeline", "ltx2", 768, 512, fps=24,
    max_frames=241, steps=30, guidance=3.0, max_sequence_length=256, extra=_LTX2_CALL,
    vram_gb=90.0, offload_vram_gb=40.0, license=_LTX2,
)
LTX23_DISTILLED = VideoModel(
    "diffusers/LTX-2.3-Distilled-Diffusers", "LTX2ConditionPipeline", "ltx2", 768, 512, fps=24,
    max_frames=241, steps=8, guidance=1.0, max_sequence_length=256,
    extra={"sigmas": [1.0, 0.99375, 0.9875, 0.98125, 0.975, 0.909375, 0.725, 0.421875],
           "stg_scale": 0.0, "modality_scale": 1.0, "guidance_rescale": 0.0,
           "audio_guidance_scale": 1.0, "audio_stg_scale": 0.0, "audio_modality_scale": 1.0},
    vram_gb=60.0, offload_vram_gb=28.0, license=_LTX2,
)

PRESETS: dict[str, Preset] = {
    "desktop": Preset(
        "desktop", "24 GB default: FLUX.2-klein 4B references and keyframes from reference lists, "
        "Wan 2.2 TI2V-5B shots (1280x704, 24 fps)",
        identity=FLUX2_KLEIN, keyframe=FLUX2_KLEIN, shot=WAN22_TI2V,
    ),
    "best": Preset(
        "best", "Best on one H100/H200: FLUX.2-dev references and keyframes from reference lists, "
        "LTX-2.5 shots with sound, first and last frame",
        identity=FLUX2_DEV, keyframe=FLUX2_DEV, shot=LTX25,
    ),
    "best-wan22": Preset(
        "best-wan22", "FLUX.2-dev references and keyframes, Wan 2.2 I2V-A14B shots (two experts, "
        "first and last frame)",
        identity=FLUX2_DEV, keyframe=FLUX2_DEV, shot=WAN22_A14B,
    ),
    "fast-ltx2": Preset(
        "fast-ltx2", "Fast: FLUX.2-klein 4B references, FLUX.2-klein 9B KV keyframes, "
        "LTX-2.3 distilled shots with sound (8 steps)",
        identity=FLUX2_KLEIN, keyframe=FLUX2_KLEIN_KV, shot=LTX23_DISTILLED,
    ),
    "open": Preset(
        "open", "Apache-2.0 only: FLUX.2-klein 4B references, Qwen-Image-Edit-Plus keyframes "
        "(up to 3 references), Wan 2.2 TI2V-5B shots",
        identity=FLUX2_KLEIN, keyframe=QWEN_EDIT_PLUS, shot=WAN22_TI2V,
    ),
    "quality": Preset(
        "quality", "FLUX.1-dev references, FLUX.1 Kontext keyframes, Wan 2.1 I2V 14B 480p shots",
        identity=FLUX_DEV, keyframe=FLUX_KONTEXT,
        shot=VideoModel(
            "Wan-AI/Wan2.1-I2V-14B-480P-Diffusers", "WanImageToVideoPipeline", "wan",
            832, 480, fps=16, max_frames=81, steps=40, guidance=5.0, negative_prompt=_NEGATIVE,
            vae_fp32=True, vram_gb=70.0, offload_vram_gb=40.0, license="Apache-2.0", end_frame=False,
        ),
    ),
    "quality-wan22": Preset(
        "quality-wan22", "FLUX.1-dev, FLUX.1 Kontext, Wan 2.2 I2V A14B (two experts) 720p shots",
        identity=FLUX_DEV, keyframe=FLUX_KONTEXT,
        shot=VideoModel(
            "Wan-AI/Wan2.2-I2V-A14B-Diffusers", "WanImageToVideoPipeline", "wan",
            1280, 720, fps=16, max_frames=81, steps=40, guidance=3.5, negative_prompt=_NEGATIVE,
            vae_fp32=True, vram_gb=120.0, offload_vram_gb=45.0, license="Apache-2.0",
        ),
    ),
    "fast": Preset(
        "fast", "FLUX.1-schnell references, FLUX.1 Kontext keyframes, LTX-Video shots",
        identity=FLUX_SCHNELL, keyframe=FLUX_KONTEXT,
        shot=VideoModel(
            "Lightricks/LTX-Video", "LTXImageToVideoPipeline", "ltx", 768, 512, fps=24,
            max_frames=161, steps=30, guidance=3.0, max_sequence_length=128,
            negative_prompt=_NEGATIVE, extra={"decode_timestep": 0.03, "decode_noise_scale": 0.025},
            vram_gb=20.0, offload_vram_gb=12.0, license="LTX-Video open weights",
        ),
    ),
    "cogvideox": Preset(
        "cogvideox", "FLUX.1-schnell references, FLUX.1 Kontext keyframes, CogVideoX-5B I2V shots",
        identity=FLUX_SCHNELL, keyframe=FLUX_KONTEXT,
        shot=VideoModel(
            "THUDM/CogVideoX-5b-I2V", "CogVideoXImageToVideoPipeline", "cogvideox", 720, 480,
            fps=8, max_frames=49, steps=50, guidance=6.0, max_sequence_length=226,
            negative_prompt=_NEGATIVE, extra={"use_dynamic_cfg": True},
            vram_gb=26.0, offload_vram_gb=19.0, license="CogVideoX license",
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
    guidance=1.0, max_sequence_length=16, end_frame=False,
), "Tiny random-weight FLUX + Kontext + Wan I2V built in code (CPU, offline; frames are noise)")
_TINY_KLEIN = ImageModel("tiny/flux2-klein", "Flux2KleinPipeline", 64, 64, steps=2, guidance=1.0,
                         max_sequence_length=16, references="list", license=_APACHE,
                         extra={"text_encoder_out_layers": (1,)})


def _tiny2026(name: str, shot: VideoModel, description: str, keyframe: ImageModel | None = None) -> Preset:
    return Preset(name, description, identity=_TINY_KLEIN, keyframe=keyframe or _TINY_KLEIN,
                  shot=shot, dtype="float32", tiny=True)


PRESETS["tiny-ltx2"] = _tiny2026("tiny-ltx2", VideoModel(
    "tiny/ltx2", "LTX2ConditionPipeline", "ltx2", 64, 32, fps=8, max_frames=33, steps=4,
    guidance=1.0, max_sequence_length=16, license=_LTX2,
    extra={"stg_scale": 0.0, "modality_scale": 1.0, "guidance_rescale": 0.0,
           "audio_guidance_scale": 1.0, "audio_stg_scale": 0.0, "audio_modality_scale": 1.0,
           "audio_guidance_rescale": 0.0},
), "Tiny random-weight FLUX.2-klein references, FLUX.2-dev keyframes, LTX-2 condition pipeline "
   "with audio (the 'best' preset's layout; frames are noise)",
    keyframe=ImageModel("tiny/flux2-dev", "Flux2Pipeline", 64, 64, steps=2, guidance=4.0,
                        max_sequence_length=16, references="list", max_references=6,
                        extra={"text_encoder_out_layers": (1, 2)}))
PRESETS["tiny-wan22"] = _tiny2026("tiny-wan22", VideoModel(
    "tiny/wan22-ti2v", "WanImageToVideoPipeline", "wan-ti2v", 64, 32, fps=8, max_frames=33,
    steps=6, guidance=1.0, max_sequence_length=16, license=_APACHE,
), "Tiny random-weight FLUX.2-klein KV + Wan 2.2 TI2V-5B layout (frames are noise)",
    keyframe=ImageModel("tiny/flux2-klein-kv", "Flux2KleinKVPipeline", 64, 64, steps=2, guidance=1.0,
                        max_sequence_length=16, references="list", license=_APACHE,
                        extra={"text_encoder_out_layers": (1,)}))
PRESETS["tiny-wan22-a14b"] = _tiny2026("tiny-wan22-a14b", VideoModel(
    "tiny/wan22-a14b", "WanImageToVideoPipeline", "wan", 64, 48, fps=8, max_frames=33, steps=6,
    guidance=1.0, max_sequence_length=16, license=_APACHE,
), "Tiny random-weight FLUX.2-klein + Wan 2.2 I2V-A14B layout, two experts (frames are noise)")
PRESETS["tiny-qwen"] = _tiny2026("tiny-qwen", VideoModel(
    "tiny/wan22-ti2v", "WanImageToVideoPipeline", "wan-ti2v", 64, 32, fps=8, max_frames=33,
    steps=6, guidance=1.0, max_sequence_length=16, license=_APACHE,
), "Tiny random-weight FLUX.2-klein references, Qwen-Image-Edit-Plus keyframes, Wan 2.2 TI2V-5B "
   "layout (the 'open' preset's layout; frames are noise)",
    # The 'open' preset's keyframe model and call (references as a list, true CFG), tiny.
    keyframe=dataclasses.replace(QWEN_EDIT_PLUS, model_id="tiny/qwen-edit-plus", width=64, height=64,
                                 steps=2, max_sequence_length=16, vram_gb=0.0, offload_vram_gb=0.0))
PRESETS["tiny-cogvideox"] = _tiny("tiny-cogvideox", VideoModel(
    "tiny/cogvideox-i2v", "CogVideoXImageToVideoPipeline", "cogvideox", 64, 48, fps=8,
    max_frames=33, steps=8, guidance=1.0, max_sequence_length=16,
), "Tiny random-weight FLUX + Kontext + CogVideoX I2V built in code (frames are noise)")


def preset_license(preset: Preset) -> str:
    """The distinct licences of the preset's models (shot, keyframe, identity), read from the model cards."""
    if preset.tiny:
        return "random weights built in code (no licence)"
    seen: list[str] = []
    for role in ("shot", "keyframe", "identity"):
        text = preset.model(role).license or "see model card"
        if text not in seen:
            seen.append(text)
    return "; ".join(seen)


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
            "license": preset_license(preset),
            "description": preset.description + (
                f" [not wired: {preset.unsupported_reason}]" if preset.unsupported_reason else ""
            ),
        })
    return rows
