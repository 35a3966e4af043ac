"""Tiny random-weight pipelines, built in code, for the ``tiny*`` presets.

They exist so the whole diffusers path (loading with ``from_pretrained``, prompts, callbacks, latent
smoothing, decoding, clip writing) runs offline on a CPU in seconds. Their frames are noise.

Each pipeline is built once, saved with ``save_pretrained`` into a folder keyed by a hash of its
config (``$DIRECTOR_TINY_DIR`` or ``~/.cache/director/tiny-models``), and then loaded back through
the same ``from_pretrained(local_files_only=True)`` code path as real weights.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

# Bump when a builder below changes, so stale folders are not reused.
TINY_BUILD_VERSION = 1

_WORDS = (
    "a an the of and in on with at to is are from into by his her their it this that "
    "man woman girl boy cat dog walks runs looks turns sits stands talks street city room night day "
    "light dark camera shot close wide left right center up down slow fast pan tilt zoom dolly "
    "reference sheet portrait film frame still station train rain sun window door table"
).split()


def _word_level_tokenizer(style: str, max_len: int):
    """A word-level tokenizer built with the ``tokenizers`` library (no download)."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    if style == "clip":
        specials = ["<|startoftext|>", "<|endoftext|>", "<unk>"]
        vocab = {t: i for i, t in enumerate(specials + _WORDS)}
        tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
        tok.post_processor = processors.TemplateProcessing(
            single="<|startoftext|> $A <|endoftext|>",
            special_tokens=[("<|startoftext|>", 0), ("<|endoftext|>", 1)],
        )
        pad, eos, bos = "<|endoftext|>", "<|endoftext|>", "<|startoftext|>"
    else:  # t5 style
        specials = ["<pad>", "</s>", "<unk>"]
        vocab = {t: i for i, t in enumerate(specials + _WORDS)}
        tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
        tok.post_processor = processors.TemplateProcessing(
            single="$A </s>", pair="$A </s> $B </s>", special_tokens=[("</s>", 1)]
        )
        pad, eos, bos = "<pad>", "</s>", None
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    kwargs = {"bos_token": bos} if bos else {}
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, pad_token=pad, eos_token=eos, unk_token="<unk>",
        model_max_length=max_len, **kwargs,
    )


def _vocab_size() -> int:
    return 3 + len(_WORDS)


def _t5_encoder(umt5: bool = False):
    import torch
    from transformers import T5Config, T5EncoderModel, UMT5Config, UMT5EncoderModel

    cfg = dict(
        vocab_size=_vocab_size(), d_model=32, d_kv=8, d_ff=37, num_layers=2, num_heads=4,
        relative_attention_num_buckets=8, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0,
    )
    torch.manual_seed(0)
    if umt5:
        return UMT5EncoderModel(UMT5Config(**cfg)).eval()
    return T5EncoderModel(T5Config(**cfg)).eval()


def build_tiny_flux(kontext: bool = False):
    """FLUX.1 (text-to-image) or FLUX.1 Kontext (reference editing) with random weights."""
    import torch
    from diffusers import (
        AutoencoderKL, FlowMatchEulerDiscreteScheduler, FluxKontextPipeline, FluxPipeline,
        FluxTransformer2DModel,
    )
    from transformers import CLIPTextConfig, CLIPTextModel

    torch.manual_seed(0)
    transformer = FluxTransformer2DModel(
        patch_size=1, in_channels=4, num_layers=1, num_single_layers=1, attention_head_dim=16,
        num_attention_heads=2, joint_attention_dim=32, pooled_projection_dim=32, axes_dims_rope=[4, 4, 8],
    )
    torch.manual_seed(0)
    clip = CLIPTextModel(CLIPTextConfig(
        bos_token_id=0, eos_token_id=1, pad_token_id=1, hidden_size=32, intermediate_size=37,
        layer_norm_eps=1e-05, num_attention_heads=4, num_hidden_layers=2, vocab_size=_vocab_size(),
        hidden_act="gelu", projection_dim=32, max_position_embeddings=77,
    )).eval()
    torch.manual_seed(0)
    vae = AutoencoderKL(
        sample_size=32, block_out_channels=(4, 4), down_block_types=("DownEncoderBlock2D",) * 2,
        up_block_types=("UpDecoderBlock2D",) * 2, layers_per_block=1, latent_channels=1,
        norm_num_groups=1, use_quant_conv=False, use_post_quant_conv=False,
        shift_factor=0.0609, scaling_factor=1.5035,
    )
    cls = FluxKontextPipeline if kontext else FluxPipeline
    return cls(
        scheduler=FlowMatchEulerDiscreteScheduler(), vae=vae, transformer=transformer,
        text_encoder=clip, tokenizer=_word_level_tokenizer("clip", 77),
        text_encoder_2=_t5_encoder(), tokenizer_2=_word_level_tokenizer("t5", 64),
        image_encoder=None, feature_extractor=None,
    )


def build_tiny_flux_kontext():
    return build_tiny_flux(kontext=True)


def build_tiny_wan_i2v():
    """Wan 2.1-style image-to-video (with a CLIP image encoder) with random weights."""
    import torch
    from diffusers import (
        AutoencoderKLWan, FlowMatchEulerDiscreteScheduler, WanImageToVideoPipeline,
        WanTransformer3DModel,
    )
    from transformers import CLIPImageProcessor, CLIPVisionConfig, CLIPVisionModel

    torch.manual_seed(0)
    vae = AutoencoderKLWan(
        base_dim=3, z_dim=16, dim_mult=[1, 1, 1, 1], num_res_blocks=1,
        temperal_downsample=[False, True, True],
    )
    torch.manual_seed(0)
    transformer = WanTransformer3DModel(
        patch_size=(1, 2, 2), num_attention_heads=2, attention_head_dim=12, in_channels=36,
        out_channels=16, text_dim=32, freq_dim=256, ffn_dim=32, num_layers=2, cross_attn_norm=True,
        qk_norm="rms_norm_across_heads", rope_max_seq_len=32, image_dim=4,
    )
    torch.manual_seed(0)
    image_encoder = CLIPVisionModel(CLIPVisionConfig(
        hidden_size=4, projection_dim=4, num_hidden_layers=2, num_attention_heads=2, image_size=32,
        intermediate_size=16, patch_size=1,
    )).eval()
    return WanImageToVideoPipeline(
        tokenizer=_word_level_tokenizer("t5", 64), text_encoder=_t5_encoder(umt5=True),
        image_encoder=image_encoder, image_processor=CLIPImageProcessor(crop_size=32, size=32),
        transformer=transformer, vae=vae, scheduler=FlowMatchEulerDiscreteScheduler(shift=7.0),
        transformer_2=None,
    )


def build_tiny_cogvideox_i2v():
    """CogVideoX-style image-to-video with random weights (latents are [B, F, C, H, W])."""
    import torch
    from diffusers import (
        AutoencoderKLCogVideoX, CogVideoXDDIMScheduler, CogVideoXImageToVideoPipeline,
        CogVideoXTransformer3DModel,
    )

    torch.manual_seed(0)
    transformer = CogVideoXTransformer3DModel(
        num_attention_heads=2, attention_head_dim=16, in_channels=8, out_channels=4,
        time_embed_dim=2, text_embed_dim=32, num_layers=1, sample_width=8, sample_height=6,
        sample_frames=9, patch_size=2, temporal_compression_ratio=4, max_text_seq_length=16,
        use_rotary_positional_embeddings=True, use_learned_positional_embeddings=True,
    )
    torch.manual_seed(0)
    vae = AutoencoderKLCogVideoX(
        in_channels=3, out_channels=3, down_block_types=("CogVideoXDownBlock3D",) * 4,
        up_block_types=("CogVideoXUpBlock3D",) * 4, block_out_channels=(8, 8, 8, 8),
        latent_channels=4, layers_per_block=1, norm_num_groups=2, temporal_compression_ratio=4,
    )
    return CogVideoXImageToVideoPipeline(
        tokenizer=_word_level_tokenizer("t5", 64), text_encoder=_t5_encoder(), vae=vae,
        transformer=transformer, scheduler=CogVideoXDDIMScheduler(),
    )


# name -> builder. The names appear in the tiny presets' model ids ("tiny/<name>").
TINY_BUILDERS: dict[str, Callable[[], object]] = {
    "flux": build_tiny_flux,
    "flux-kontext": build_tiny_flux_kontext,
    "wan-i2v": build_tiny_wan_i2v,
    "cogvideox-i2v": build_tiny_cogvideox_i2v,
}


def tiny_models_dir() -> Path:
    """Where tiny pipelines are saved: ``$DIRECTOR_TINY_DIR`` or ``~/.cache/director/tiny-models``."""
    env = os.environ.get("DIRECTOR_TINY_DIR")
    return Path(env) if env else Path.home() / ".cache" / "director" / "tiny-models"


def _config_hash(name: str) -> str:
    import diffusers
    import transformers

    # This module's source is part of the key: editing a builder invalidates the saved folders.
    key = json.dumps({
        "name": name, "build": TINY_BUILD_VERSION, "diffusers": diffusers.__version__,
        "transformers": transformers.__version__, "source": Path(__file__).read_text("utf-8"),
    }, sort_keys=True)
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def ensure_tiny_model(name: str) -> Path:
    """Build and save the tiny pipeline ``name`` once; return its folder (for from_pretrained)."""
    if name not in TINY_BUILDERS:
        raise KeyError(f"no tiny model '{name}' (known: {', '.join(sorted(TINY_BUILDERS))})")
    folder = tiny_models_dir() / f"{name}-{_config_hash(name)}"
    if (folder / "model_index.json").exists():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    # Save into a temporary sibling and rename, so a crash never leaves a half-written model.
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=folder.parent))
    try:
        TINY_BUILDERS[name]().save_pretrained(tmp)
        try:
            tmp.rename(folder)
        except OSError:  # another process finished first; its copy is identical
            if not (folder / "model_index.json").exists():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder
