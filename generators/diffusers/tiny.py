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


def _special_tokenizer(cls_name: str, specials: list[str], chat_template: str | None = None, **tokens):
    """A word-level tokenizer wrapped in a transformers tokenizer class (Qwen2, Gemma), so a
    pipeline that checks its tokenizer's type or needs a chat template loads it as the real one."""
    import transformers
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

    vocab = {t: i for i, t in enumerate(specials + [w for w in _WORDS if w not in specials])}
    backend = Tokenizer(models.WordLevel(vocab=vocab, unk_token=specials[0]))
    backend.normalizer = normalizers.Lowercase()
    backend.pre_tokenizer = pre_tokenizers.Whitespace()
    cls = getattr(transformers, cls_name, None) or transformers.PreTrainedTokenizerFast
    tok = cls(tokenizer_object=backend, unk_token=specials[0], **tokens)
    if chat_template:
        tok.chat_template = chat_template
    return tok, len(vocab)


_CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|> {{ m['role'] }} "
    "{% if m['content'] is string %}{{ m['content'] }}{% else %}{% for c in m['content'] %}"
    "{% if c['type'] == 'text' %}{{ c['text'] }}{% endif %}{% endfor %}{% endif %} <|im_end|> "
    "{% endfor %}{% if add_generation_prompt %}<|im_start|> assistant {% endif %}"
)


def build_tiny_flux2_klein(kv: bool = False):
    """FLUX.2 [klein] (Qwen3 text encoder; references as a list), or its KV-cache variant."""
    import torch
    from diffusers import (
        AutoencoderKLFlux2, FlowMatchEulerDiscreteScheduler, Flux2KleinKVPipeline,
        Flux2KleinPipeline, Flux2Transformer2DModel,
    )
    from transformers import Qwen3Config, Qwen3ForCausalLM

    specials = ["<unk>", "<|endoftext|>", "<|im_start|>", "<|im_end|>", "user", "assistant", "system"]
    tok, vocab = _special_tokenizer("Qwen2TokenizerFast", specials, _CHAT_TEMPLATE,
                                    pad_token="<|endoftext|>", eos_token="<|im_end|>")
    torch.manual_seed(0)
    transformer = Flux2Transformer2DModel(
        patch_size=1, in_channels=4, num_layers=1, num_single_layers=1, attention_head_dim=16,
        num_attention_heads=2, joint_attention_dim=16, timestep_guidance_channels=256,
        axes_dims_rope=[4, 4, 4, 4], guidance_embeds=False,
    )
    torch.manual_seed(0)
    text_encoder = Qwen3ForCausalLM(Qwen3Config(
        intermediate_size=16, hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
        num_key_value_heads=2, vocab_size=vocab + 8, max_position_embeddings=512,
    )).eval()
    torch.manual_seed(0)
    vae = AutoencoderKLFlux2(
        sample_size=32, in_channels=3, out_channels=3, down_block_types=("DownEncoderBlock2D",),
        up_block_types=("UpDecoderBlock2D",), block_out_channels=(4,), layers_per_block=1,
        latent_channels=1, norm_num_groups=1, use_quant_conv=False, use_post_quant_conv=False,
    )
    cls = Flux2KleinKVPipeline if kv else Flux2KleinPipeline
    return cls(scheduler=FlowMatchEulerDiscreteScheduler(), vae=vae, text_encoder=text_encoder,
               tokenizer=tok, transformer=transformer)


def build_tiny_flux2_dev():
    """FLUX.2 [dev] (Mistral 3 text encoder read at several layers; references as a list). The
    real pipeline's tokenizer is Pixtral's processor; text prompts only need its chat template,
    so a word-level tokenizer with one stands in for it."""
    import torch
    from diffusers import AutoencoderKLFlux2, FlowMatchEulerDiscreteScheduler, Flux2Pipeline, Flux2Transformer2DModel
    from transformers import Mistral3Config, Mistral3ForConditionalGeneration

    specials = ["<unk>", "<pad>", "<|im_start|>", "<|im_end|>", "user", "assistant", "system"]
    tok, vocab = _special_tokenizer("LlamaTokenizerFast", specials, _CHAT_TEMPLATE,
                                    pad_token="<pad>", eos_token="<|im_end|>")
    torch.manual_seed(0)
    text_encoder = Mistral3ForConditionalGeneration(Mistral3Config(
        text_config=dict(model_type="mistral", vocab_size=vocab + 8, hidden_size=16,
                         intermediate_size=16, num_hidden_layers=2, num_attention_heads=2,
                         num_key_value_heads=2, head_dim=8, max_position_embeddings=512),
        vision_config=dict(model_type="pixtral", hidden_size=16, intermediate_size=16,
                           num_hidden_layers=1, num_attention_heads=2, head_dim=8,
                           image_size=32, patch_size=8),
    )).eval()
    torch.manual_seed(0)
    transformer = Flux2Transformer2DModel(
        patch_size=1, in_channels=4, num_layers=1, num_single_layers=1, attention_head_dim=16,
        num_attention_heads=2, joint_attention_dim=32, timestep_guidance_channels=256,
        axes_dims_rope=[4, 4, 4, 4], guidance_embeds=True,
    )
    torch.manual_seed(0)
    vae = AutoencoderKLFlux2(
        sample_size=32, in_channels=3, out_channels=3, down_block_types=("DownEncoderBlock2D",),
        up_block_types=("UpDecoderBlock2D",), block_out_channels=(4,), layers_per_block=1,
        latent_channels=1, norm_num_groups=1, use_quant_conv=False, use_post_quant_conv=False,
    )
    return Flux2Pipeline(scheduler=FlowMatchEulerDiscreteScheduler(), vae=vae,
                         text_encoder=text_encoder, tokenizer=tok, transformer=transformer)


def build_tiny_flux2_klein_kv():
    return build_tiny_flux2_klein(kv=True)


def build_tiny_ltx2():
    """LTX-2 through ``LTX2ConditionPipeline``: video and stereo audio, conditions at any latent
    index (a start image or frames at 0, an end keyframe at -1). Gemma3 text encoder."""
    import torch
    from diffusers import (
        AutoencoderKLLTX2Audio, AutoencoderKLLTX2Video, FlowMatchEulerDiscreteScheduler,
        LTX2ConditionPipeline, LTX2VideoTransformer3DModel,
    )
    from diffusers.pipelines.ltx2 import LTX2TextConnectors
    from diffusers.pipelines.ltx2.vocoder import LTX2Vocoder
    from transformers import Gemma3Config, Gemma3ForConditionalGeneration

    tok, vocab = _special_tokenizer("GemmaTokenizerFast", ["<unk>", "<pad>", "<bos>", "<eos>"],
                                    pad_token="<pad>", bos_token="<bos>", eos_token="<eos>")
    torch.manual_seed(0)
    text_encoder = Gemma3ForConditionalGeneration(Gemma3Config(
        text_config=dict(vocab_size=vocab + 8, hidden_size=32, intermediate_size=32,
                         num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=1,
                         head_dim=8, max_position_embeddings=256, sliding_window=64),
        vision_config=dict(hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                           num_attention_heads=2, image_size=28, patch_size=14),
        mm_tokens_per_image=4,
    )).eval()
    hidden, layers = 32, 2
    torch.manual_seed(0)
    transformer = LTX2VideoTransformer3DModel(
        in_channels=4, out_channels=4, patch_size=1, patch_size_t=1, num_attention_heads=2,
        attention_head_dim=8, cross_attention_dim=16, audio_in_channels=4, audio_out_channels=4,
        audio_num_attention_heads=2, audio_attention_head_dim=4, audio_cross_attention_dim=8,
        num_layers=2, qk_norm="rms_norm_across_heads", caption_channels=hidden,
        rope_double_precision=False, rope_type="split",
    )
    torch.manual_seed(0)
    connectors = LTX2TextConnectors(
        caption_channels=hidden, text_proj_in_factor=layers + 1,
        video_connector_num_attention_heads=4, video_connector_attention_head_dim=8,
        video_connector_num_layers=1, video_connector_num_learnable_registers=None,
        audio_connector_num_attention_heads=4, audio_connector_attention_head_dim=8,
        audio_connector_num_layers=1, audio_connector_num_learnable_registers=None,
        connector_rope_base_seq_len=32, rope_theta=10000.0, rope_double_precision=False,
        causal_temporal_positioning=False, rope_type="split",
    )
    torch.manual_seed(0)
    vae = AutoencoderKLLTX2Video(
        in_channels=3, out_channels=3, latent_channels=4, block_out_channels=(8,),
        decoder_block_out_channels=(8,), layers_per_block=(1,), decoder_layers_per_block=(1, 1),
        spatio_temporal_scaling=(True,), decoder_spatio_temporal_scaling=(True,),
        decoder_inject_noise=(False, False), downsample_type=("spatial",),
        upsample_residual=(False,), upsample_factor=(1,), timestep_conditioning=False,
        patch_size=4, patch_size_t=1, encoder_causal=True, decoder_causal=False,
    )
    vae.use_framewise_encoding = False
    vae.use_framewise_decoding = False
    torch.manual_seed(0)
    audio_vae = AutoencoderKLLTX2Audio(
        base_channels=4, output_channels=2, ch_mult=(1,), num_res_blocks=1, attn_resolutions=None,
        in_channels=2, resolution=32, latent_channels=2, norm_type="pixel",
        causality_axis="height", dropout=0.0, mid_block_add_attention=False, sample_rate=8000,
        mel_hop_length=80, is_causal=True, mel_bins=8,
    )
    torch.manual_seed(0)
    # Upsampling by 4*4*5 = the mel hop (80): the audio lasts as long as the video.
    vocoder = LTX2Vocoder(
        in_channels=2 * 8, hidden_channels=16, out_channels=2, upsample_kernel_sizes=[8, 8, 10],
        upsample_factors=[4, 4, 5], resnet_kernel_sizes=[3], resnet_dilations=[[1]],
        leaky_relu_negative_slope=0.1, output_sampling_rate=8000,
    )
    return LTX2ConditionPipeline(
        transformer=transformer, vae=vae, audio_vae=audio_vae,
        scheduler=FlowMatchEulerDiscreteScheduler(), text_encoder=text_encoder, tokenizer=tok,
        connectors=connectors, vocoder=vocoder, processor=None, prompt_enhancer=None,
        duration_head=None,
    )


def _wan22_transformer(in_channels: int, out_channels: int):
    import torch
    from diffusers import WanTransformer3DModel

    torch.manual_seed(0)
    return WanTransformer3DModel(
        patch_size=(1, 2, 2), num_attention_heads=2, attention_head_dim=12, in_channels=in_channels,
        out_channels=out_channels, text_dim=32, freq_dim=256, ffn_dim=32, num_layers=2,
        cross_attn_norm=True, qk_norm="rms_norm_across_heads", rope_max_seq_len=32,
    )


def build_tiny_wan22_a14b():
    """Wan 2.2 I2V-A14B layout: two experts (high noise, then low noise after
    ``boundary_ratio``), no CLIP image encoder, ``last_image`` for an end frame."""
    import torch
    from diffusers import AutoencoderKLWan, UniPCMultistepScheduler, WanImageToVideoPipeline

    torch.manual_seed(0)
    vae = AutoencoderKLWan(base_dim=3, z_dim=16, dim_mult=[1, 1, 1, 1], num_res_blocks=1,
                           temperal_downsample=[False, True, True])
    return WanImageToVideoPipeline(
        tokenizer=_word_level_tokenizer("t5", 64), text_encoder=_t5_encoder(umt5=True),
        transformer=_wan22_transformer(36, 16), transformer_2=_wan22_transformer(36, 16),
        vae=vae, scheduler=UniPCMultistepScheduler(
            prediction_type="flow_prediction", use_flow_sigmas=True, flow_shift=3.0),
        image_encoder=None, image_processor=None, boundary_ratio=0.875,
    )


def build_tiny_wan22_ti2v():
    """Wan 2.2 TI2V-5B layout: one expert, a residual VAE with 2x2 patchification (16x spatial
    compression), and the start image pinned as the first latent frame (``expand_timesteps``)."""
    import torch
    from diffusers import AutoencoderKLWan, UniPCMultistepScheduler, WanImageToVideoPipeline

    z = 8
    torch.manual_seed(0)
    vae = AutoencoderKLWan(
        base_dim=8, decoder_base_dim=8, z_dim=z, dim_mult=[1, 1, 1, 1], num_res_blocks=1,
        temperal_downsample=[False, True, True], is_residual=True, patch_size=2, in_channels=12,
        out_channels=12, scale_factor_spatial=16, scale_factor_temporal=4,
        latents_mean=[0.0] * z, latents_std=[1.0] * z,
    )
    return WanImageToVideoPipeline(
        tokenizer=_word_level_tokenizer("t5", 64), text_encoder=_t5_encoder(umt5=True),
        transformer=_wan22_transformer(z, z), transformer_2=None, vae=vae,
        scheduler=UniPCMultistepScheduler(
            prediction_type="flow_prediction", use_flow_sigmas=True, flow_shift=5.0),
        image_encoder=None, image_processor=None, expand_timesteps=True,
    )


def _tiny_qwen_edit_classes():
    """The processor and pipeline classes of the tiny Qwen-Image-Edit-Plus twin (made on first use,
    so importing this module stays light)."""
    global _QWEN_CLASSES
    if _QWEN_CLASSES is None:
        import diffusers.pipelines.qwenimage.pipeline_qwenimage_edit_plus as edit_plus
        import transformers
        from diffusers import QwenImageEditPlusPipeline

        class TinyQwen2VLProcessor(transformers.Qwen2VLProcessor):
            """Qwen2-VL's processor for images and text only: the real one also builds a video
            processor, which needs torchvision (not installed on CPU test machines)."""

            def __init__(self, image_processor=None, tokenizer=None, **kwargs):
                transformers.ProcessorMixin.__init__(self, image_processor, tokenizer)
                self.image_token, self.video_token = "<|image_pad|>", "<|video_pad|>"
                self.image_token_id = tokenizer.convert_tokens_to_ids(self.image_token)
                self.video_token_id = tokenizer.convert_tokens_to_ids(self.video_token)

            @classmethod
            def get_attributes(cls):
                return ["image_processor", "tokenizer"]

        class TinyQwenImageEditPlusPipeline(QwenImageEditPlusPipeline):
            """The real pipeline, with its fixed image sizes (1 MP for the VAE, 384x384 for the
            text encoder) shrunk only while this tiny pipeline's call runs: at 1 MP a CPU spends
            ~40 s per keyframe encoding references. Real pipelines never see the small sizes."""

            def __call__(self, *args, **kwargs):
                saved = edit_plus.VAE_IMAGE_SIZE, edit_plus.CONDITION_IMAGE_SIZE
                edit_plus.VAE_IMAGE_SIZE, edit_plus.CONDITION_IMAGE_SIZE = 64 * 64, 56 * 56
                try:
                    return super().__call__(*args, **kwargs)
                finally:
                    edit_plus.VAE_IMAGE_SIZE, edit_plus.CONDITION_IMAGE_SIZE = saved

        TinyQwen2VLProcessor.__module__ = TinyQwenImageEditPlusPipeline.__module__ = __name__
        _QWEN_CLASSES = TinyQwen2VLProcessor, TinyQwenImageEditPlusPipeline
    return _QWEN_CLASSES


_QWEN_CLASSES = None


def __getattr__(name: str):
    # diffusers loads the saved processor as ["generators.diffusers.tiny", "TinyQwen2VLProcessor"].
    if name in ("TinyQwen2VLProcessor", "TinyQwenImageEditPlusPipeline"):
        processor, pipeline = _tiny_qwen_edit_classes()
        return processor if name == "TinyQwen2VLProcessor" else pipeline
    if name == "ProcessorMixin":  # ... and looks its loading base class up in the same module
        from transformers import ProcessorMixin

        return ProcessorMixin
    raise AttributeError(name)


def tiny_pipeline_class(pipeline_cls):
    """The class a tiny model folder loads with: its tiny subclass where one exists."""
    if pipeline_cls.__name__ == "QwenImageEditPlusPipeline":
        return _tiny_qwen_edit_classes()[1]
    return pipeline_cls


def build_tiny_qwen_edit_plus():
    """Qwen-Image-Edit-Plus (2509): a Qwen2.5-VL encoder reads the prompt with every reference
    image; the references also enter the transformer as VAE tokens. References as a list."""
    import torch
    from diffusers import AutoencoderKLQwenImage, FlowMatchEulerDiscreteScheduler, QwenImageTransformer2DModel
    from transformers import Qwen2_5_VLConfig, Qwen2_5_VLForConditionalGeneration, Qwen2VLImageProcessor

    processor_cls, pipeline_cls = _tiny_qwen_edit_classes()
    specials = ["<unk>", "<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|vision_start|>",
                "<|vision_end|>", "<|image_pad|>", "<|video_pad|>", "system", "user", "assistant"]
    # The generic fast tokenizer: Qwen2Tokenizer would rebuild a byte-level BPE on loading.
    tok, vocab = _special_tokenizer("PreTrainedTokenizerFast", specials, pad_token="<|endoftext|>",
                                    eos_token="<|im_end|>", additional_special_tokens=specials[2:8])
    ids = {t: tok.convert_tokens_to_ids(t) for t in specials}
    torch.manual_seed(0)
    text_encoder = Qwen2_5_VLForConditionalGeneration(Qwen2_5_VLConfig(
        text_config={"hidden_size": 16, "intermediate_size": 16, "num_hidden_layers": 2,
                     "num_attention_heads": 2, "num_key_value_heads": 2, "vocab_size": vocab + 8,
                     "rope_scaling": {"mrope_section": [1, 1, 2], "rope_type": "default", "type": "default"},
                     "rope_theta": 1000000.0, "bos_token_id": ids["<|endoftext|>"],
                     "eos_token_id": ids["<|im_end|>"], "pad_token_id": ids["<|endoftext|>"]},
        vision_config={"depth": 2, "hidden_size": 16, "intermediate_size": 16, "num_heads": 2,
                       "out_hidden_size": 16},
        hidden_size=16, vocab_size=vocab + 8, vision_start_token_id=ids["<|vision_start|>"],
        vision_end_token_id=ids["<|vision_end|>"], image_token_id=ids["<|image_pad|>"],
        video_token_id=ids["<|video_pad|>"], vision_token_id=ids["<|image_pad|>"],
    )).eval()
    torch.manual_seed(0)
    transformer = QwenImageTransformer2DModel(
        patch_size=2, in_channels=16, out_channels=4, num_layers=2, attention_head_dim=16,
        num_attention_heads=3, joint_attention_dim=16, guidance_embeds=False, axes_dims_rope=(8, 4, 4),
    )
    z = 4
    torch.manual_seed(0)
    vae = AutoencoderKLQwenImage(base_dim=z * 6, z_dim=z, dim_mult=[1, 2, 4], num_res_blocks=1,
                                 temperal_downsample=[False, True], latents_mean=[0.0] * z,
                                 latents_std=[1.0] * z)
    return pipeline_cls(
        transformer=transformer, vae=vae, scheduler=FlowMatchEulerDiscreteScheduler(),
        text_encoder=text_encoder, tokenizer=tok,
        processor=processor_cls(Qwen2VLImageProcessor(), tok),
    )


# name -> builder. The names appear in the tiny presets' model ids ("tiny/<name>").
TINY_BUILDERS: dict[str, Callable[[], object]] = {
    "flux": build_tiny_flux,
    "flux-kontext": build_tiny_flux_kontext,
    "wan-i2v": build_tiny_wan_i2v,
    "cogvideox-i2v": build_tiny_cogvideox_i2v,
    "flux2-klein": build_tiny_flux2_klein,
    "flux2-klein-kv": build_tiny_flux2_klein_kv,
    "flux2-dev": build_tiny_flux2_dev,
    "ltx2": build_tiny_ltx2,
    "wan22-a14b": build_tiny_wan22_a14b,
    "wan22-ti2v": build_tiny_wan22_ti2v,
    "qwen-edit-plus": build_tiny_qwen_edit_plus,
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
