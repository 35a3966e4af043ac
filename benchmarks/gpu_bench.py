"""GPU benchmark of the diffusers presets with full-size architectures and random weights.

For each preset's denoisers (text-to-image, reference keyframe, image-to-video) this builds the
real architecture from its published config in code (no download, random weights), runs denoising
steps on random inputs of the preset's size, and reports seconds per step, estimated seconds per
image/shot (steps x per-step, x2 with classifier-free guidance; text encoders and VAE decode are
not included), and peak VRAM, for each memory plan (full_gpu, group_offload).

    python benchmarks/gpu_bench.py [--presets quality fast cogvideox] [--plans full_gpu group_offload]
                                   [--steps 3] [--out benchmarks/results]
    python benchmarks/gpu_bench.py --smoke      # scaled-down configs on the CPU: checks the script

Without a CUDA GPU (and without --smoke) it prints a skip line and exits 0.
Writes <out>/gpu_bench.json and <out>/gpu_bench.md.

``--films`` measures whole renders instead, through the real backend with the preset's real
weights (for the 2026 presets: desktop, best, best-wan22, fast-ltx2, open): a two-shot plan (the
second shot ``continuous`` and longer than most models' maximum, so segments and the end frame
run) rendered with ``director.render_plan``; it reports seconds of film per second of wall time
and peak VRAM. A preset whose weights are not here is a row naming the missing models.
``--films --smoke`` renders the tiny twins on the CPU (checks the script).

    python benchmarks/gpu_bench.py --films [--film-presets desktop best] [--resolution 1280x720]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Published configs (diffusers conversion scripts / model configs). "smoke" shrinks width and depth.
ARCHS: dict[str, dict[str, Any]] = {
    "flux-dev": dict(cls="FluxTransformer2DModel", cfg=dict(
        patch_size=1, in_channels=64, num_layers=19, num_single_layers=38, attention_head_dim=128,
        num_attention_heads=24, joint_attention_dim=4096, pooled_projection_dim=768,
        guidance_embeds=True, axes_dims_rope=[16, 56, 56])),
    "wan21-i2v-14b": dict(cls="WanTransformer3DModel", cfg=dict(
        patch_size=(1, 2, 2), num_attention_heads=40, attention_head_dim=128, in_channels=36,
        out_channels=16, text_dim=4096, freq_dim=256, ffn_dim=13824, num_layers=40,
        cross_attn_norm=True, qk_norm="rms_norm_across_heads", eps=1e-6, image_dim=1280,
        added_kv_proj_dim=5120, rope_max_seq_len=1024)),
    "ltx-2b": dict(cls="LTXVideoTransformer3DModel", cfg=dict(
        in_channels=128, out_channels=128, patch_size=1, patch_size_t=1, num_attention_heads=32,
        attention_head_dim=64, cross_attention_dim=2048, num_layers=28, caption_channels=4096)),
    "cogvideox-5b-i2v": dict(cls="CogVideoXTransformer3DModel", cfg=dict(
        num_attention_heads=48, attention_head_dim=64, in_channels=32, out_channels=16,
        text_embed_dim=4096, num_layers=42, time_embed_dim=512, sample_width=90, sample_height=60,
        sample_frames=49, patch_size=2, use_rotary_positional_embeddings=True,
        use_learned_positional_embeddings=True, max_text_seq_length=226)),
}

SMOKE_OVERRIDES: dict[str, dict[str, Any]] = {
    "flux-dev": dict(num_layers=1, num_single_layers=1, attention_head_dim=16, num_attention_heads=2,
                     joint_attention_dim=32, pooled_projection_dim=32, axes_dims_rope=[4, 4, 8]),
    "wan21-i2v-14b": dict(num_attention_heads=2, attention_head_dim=12, ffn_dim=32, num_layers=2,
                          text_dim=32, image_dim=4, added_kv_proj_dim=24),
    "ltx-2b": dict(num_attention_heads=2, attention_head_dim=8, cross_attention_dim=16, num_layers=1,
                   caption_channels=32),
    "cogvideox-5b-i2v": dict(num_attention_heads=2, attention_head_dim=16, text_embed_dim=32,
                             num_layers=1, time_embed_dim=8, sample_width=8, sample_height=6),
}



def preset_roles(smoke: bool) -> dict[str, list[dict[str, Any]]]:
    from generators.diffusers.presets import PRESETS

    arch_of = {"FluxPipeline": "flux-dev", "FluxKontextPipeline": "flux-dev",
               "WanImageToVideoPipeline": "wan21-i2v-14b", "LTXImageToVideoPipeline": "ltx-2b",
               "CogVideoXImageToVideoPipeline": "cogvideox-5b-i2v"}
    out: dict[str, list[dict[str, Any]]] = {}
    for name, preset in PRESETS.items():
        if preset.tiny or preset.unsupported_reason:
            continue
        if any(preset.model(r).pipeline not in arch_of for r in ("identity", "keyframe", "shot")):
            continue  # the 2026 presets are measured whole, with their weights (--films)
        roles = []
        for role in ("identity", "keyframe", "shot"):
            spec = preset.model(role)
            frames = getattr(spec, "max_frames", 1)
            width, height = spec.width, spec.height
            if smoke:
                width, height, frames = 64, 48, min(frames, 9)
            roles.append(dict(role=role, model=spec.model_id, arch=arch_of[spec.pipeline],
                              width=width, height=height, frames=frames, steps=spec.steps,
                              cfg=spec.guidance > 1.0 and role == "shot",
                              kontext=spec.pipeline == "FluxKontextPipeline"))
        out[name] = roles
    return out


def build(arch: str, smoke: bool, device: str, dtype) -> Any:
    import diffusers
    import torch

    spec = ARCHS[arch]
    cfg = dict(spec["cfg"], **(SMOKE_OVERRIDES[arch] if smoke else {}))
    previous = torch.get_default_dtype()
    torch.set_default_dtype(dtype)  # build in bf16 directly: a 14B model in fp32 would not fit
    try:
        with torch.device(device):
            model = getattr(diffusers, spec["cls"])(**cfg)
    finally:
        torch.set_default_dtype(previous)
    return model.eval()


def make_inputs(arch: str, model: Any, role: dict[str, Any], device: str, dtype) -> dict[str, Any]:
    """Random inputs shaped like the pipeline's for this role."""
    import torch

    cfg = model.config
    w, h, f = role["width"], role["height"], role["frames"]
    r = lambda *shape: torch.randn(*shape, device=device, dtype=dtype)  # noqa: E731
    t = torch.tensor([500.0], device=device)
    if arch == "flux-dev":
        lh, lw = h // 16, w // 16
        n = lh * lw * (2 if role["kontext"] else 1)
        ids = torch.zeros(n, 3, device=device)
        return dict(hidden_states=r(1, n, cfg.in_channels), encoder_hidden_states=r(1, 512, cfg.joint_attention_dim),
                    pooled_projections=r(1, cfg.pooled_projection_dim), timestep=t / 1000,
                    img_ids=ids, txt_ids=torch.zeros(512, 3, device=device),
                    guidance=torch.tensor([3.5], device=device) if cfg.guidance_embeds else None)
    lf = (f - 1) // 4 + 1
    if arch == "wan21-i2v-14b":
        return dict(hidden_states=r(1, cfg.in_channels, lf, h // 8, w // 8), timestep=t,
                    encoder_hidden_states=r(1, 512, cfg.text_dim),
                    encoder_hidden_states_image=r(1, 257, cfg.image_dim))
    if arch == "ltx-2b":
        lf = (f - 1) // 8 + 1
        s = lf * (h // 32) * (w // 32)
        return dict(hidden_states=r(1, s, cfg.in_channels), encoder_hidden_states=r(1, 128, cfg.caption_channels),
                    timestep=t, encoder_attention_mask=torch.ones(1, 128, device=device),
                    num_frames=lf, height=h // 32, width=w // 32,
                    rope_interpolation_scale=(8 / 24, 32, 32))
    if arch == "cogvideox-5b-i2v":
        from diffusers import CogVideoXImageToVideoPipeline

        holder = SimpleNamespace(vae_scale_factor_spatial=8, transformer=model)
        rope = CogVideoXImageToVideoPipeline._prepare_rotary_positional_embeddings(holder, h, w, lf, device)
        return dict(hidden_states=r(1, lf, cfg.in_channels, h // 8, w // 8),
                    encoder_hidden_states=r(1, cfg.max_text_seq_length, cfg.text_embed_dim),
                    timestep=t.long(), image_rotary_emb=rope)
    raise KeyError(arch)


def measure(model: Any, inputs: dict[str, Any], steps: int, device: str) -> tuple[float, float | None]:
    """Seconds per forward pass (after one warm-up) and peak VRAM in GB."""
    import torch

    cuda = device == "cuda"
    with torch.inference_mode():
        model(**inputs, return_dict=False)  # warm-up (kernels, offload hooks)
        if cuda:
            torch.cuda.synchronize()
            torch.cuda.reset_peak_memory_stats()
        started = time.perf_counter()
        for _ in range(steps):
            model(**inputs, return_dict=False)
        if cuda:
            torch.cuda.synchronize()
    per_step = (time.perf_counter() - started) / steps
    peak = torch.cuda.max_memory_allocated() / 1024**3 if cuda else None
    return per_step, peak


def place(model: Any, plan: str, device: str) -> Any:
    if plan == "full_gpu":
        return model.to(device)
    if plan == "group_offload":
        model.enable_group_offload(onload_device=device, offload_device="cpu", offload_type="block_level",
                                   num_blocks_per_group=1, use_stream=device == "cuda")
        return model
    raise ValueError(plan)


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    import torch

    device = "cuda" if torch.cuda.is_available() and not args.smoke else "cpu"
    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    rows: list[dict[str, Any]] = []
    roles = preset_roles(args.smoke)
    for preset in args.presets:
        for role in roles[preset]:
            for plan in args.plans:
                if device == "cpu" and plan != "full_gpu" and not args.smoke:
                    continue
                row = dict(preset=preset, role=role["role"], model=role["model"], arch=role["arch"],
                           plan=plan, size=f"{role['width']}x{role['height']}", frames=role["frames"],
                           steps=role["steps"], device=torch.cuda.get_device_name() if device == "cuda" else "cpu")
                try:
                    # group offload starts from the CPU copy; full_gpu builds on the GPU directly
                    model = build(role["arch"], args.smoke, "cpu" if plan == "group_offload" else device, dtype)
                    model = place(model, plan, device)
                    inputs = make_inputs(role["arch"], model, role, device, dtype)
                    per_step, peak = measure(model, inputs, args.steps, device)
                    passes = 2 if role["cfg"] else 1
                    row.update(seconds_per_step=round(per_step * passes, 4),
                               seconds_per_item=round(per_step * passes * role["steps"], 2),
                               peak_vram_gb=round(peak, 2) if peak is not None else None, error="")
                except torch.OutOfMemoryError:
                    row.update(seconds_per_step=None, seconds_per_item=None, peak_vram_gb=None, error="OOM")
                finally:
                    model = inputs = None  # noqa: F841
                    if device == "cuda":
                        torch.cuda.empty_cache()
                rows.append(row)
                print(json.dumps(row), flush=True)
    return rows


FILM_PRESETS = ["desktop", "best", "best-wan22", "fast-ltx2", "open"]
TINY_TWINS = ["tiny-wan22", "tiny-wan22-a14b", "tiny-ltx2"]


def bench_plan(resolution: str, fps: int):
    """Two shots: a 3 s opening and a 10 s continuous shot (segments, end frame, carry)."""
    from director.plan import parse_plan

    return parse_plan({
        "title": "Benchmark", "resolution": resolution, "fps": fps, "seed": 1,
        "entities": [
            {"id": "ada", "name": "Ada", "kind": "character", "description": "woman in a green coat"},
            {"id": "yard", "name": "yard", "kind": "location", "description": "rail yard at dusk"},
        ],
        "scenes": [{"id": "s", "heading": "EXT. YARD - DUSK", "location": "yard", "shots": [
            {"id": "a", "description": "Ada walks into the yard", "entities": ["ada", "yard"],
             "duration_s": 3.0},
            {"id": "b", "description": "Ada crosses the tracks and looks back", "entities": ["ada", "yard"],
             "duration_s": 10.0, "transition": "continuous"},
        ]}],
    })


def run_films(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Whole renders per preset: seconds of film per second, peak VRAM, per-stage seconds."""
    import tempfile

    import torch

    from director.render.run import RenderOptions, render_plan
    from generators.diffusers.models import check_models

    cuda = torch.cuda.is_available() and not args.smoke
    presets = args.film_presets or (TINY_TWINS if args.smoke else FILM_PRESETS)
    resolution, fps = ("64x64", 8) if args.smoke else (args.resolution, args.fps)
    plan = bench_plan(resolution, fps)
    rows = []
    for preset in presets:
        row: dict[str, Any] = dict(preset=preset, resolution=resolution, fps=fps,
                                   device=torch.cuda.get_device_name() if cuda else "cpu")
        missing = [s.model_id for s in check_models(preset) if not s.present]
        if missing:
            row.update(error="weights missing: " + ", ".join(missing))
        else:
            if cuda:
                torch.cuda.reset_peak_memory_stats()
            started = time.perf_counter()
            try:
                with tempfile.TemporaryDirectory(prefix=f"bench-{preset}-") as out:
                    result = render_plan(plan, Path(out), RenderOptions(backend="diffusers", preset=preset))
                wall = time.perf_counter() - started
                film_s = result.manifest["film"]["duration_s"]
                row.update(film_seconds=film_s, wall_seconds=round(wall, 1),
                           film_seconds_per_second=round(film_s / wall, 4),
                           peak_vram_gb=round(torch.cuda.max_memory_allocated() / 1024**3, 2) if cuda else None,
                           timings=result.manifest["timings"],
                           segments=[len(s.get("segments", [])) for s in result.manifest["shots"]], error="")
            except torch.OutOfMemoryError:
                row.update(error="OOM")
        rows.append(row)
        print(json.dumps(row), flush=True)
    return rows


def films_markdown(rows: list[dict[str, Any]]) -> str:
    head = "| preset | device | film s | wall s | film s per s | peak VRAM GB | segments | note |\n|---|---|---|---|---|---|---|---|\n"
    return head + "".join(
        f"| {r['preset']} | {r['device']} | {r.get('film_seconds', '-')} | {r.get('wall_seconds', '-')} | "
        f"{r.get('film_seconds_per_second', '-')} | {r.get('peak_vram_gb') or '-'} | "
        f"{r.get('segments', '-')} | {r.get('error', '')} |\n" for r in rows)


def markdown(rows: list[dict[str, Any]]) -> str:
    head = "| preset | role | model | plan | size | frames | s/step | s/item | peak VRAM GB |\n|---|---|---|---|---|---|---|---|---|\n"
    body = "".join(
        f"| {r['preset']} | {r['role']} | {r['model']} | {r['plan']} | {r['size']} | {r['frames']} | "
        f"{r['seconds_per_step'] if r['seconds_per_step'] is not None else r['error']} | "
        f"{r['seconds_per_item'] if r['seconds_per_item'] is not None else '-'} | "
        f"{r['peak_vram_gb'] if r['peak_vram_gb'] is not None else '-'} |\n" for r in rows)
    return head + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presets", nargs="+", default=["fast", "cogvideox", "quality"])
    parser.add_argument("--plans", nargs="+", default=["full_gpu", "group_offload"],
                        choices=["full_gpu", "group_offload"])
    parser.add_argument("--steps", type=int, default=3, help="timed denoising steps per row")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--smoke", action="store_true", help="scaled-down configs on the CPU")
    parser.add_argument("--films", action="store_true", help="whole renders with the presets' real weights")
    parser.add_argument("--film-presets", nargs="+", default=None)
    parser.add_argument("--resolution", default="1280x720")
    parser.add_argument("--fps", type=int, default=24)
    args = parser.parse_args(argv)
    try:
        import torch
    except ImportError:
        print("skip: torch is not installed (pip install 'director[gpu]')")
        return 0
    if not torch.cuda.is_available() and not args.smoke:
        print("skip: no CUDA GPU on this machine; gpu_bench measures full-size models on a GPU "
              "(use --smoke to check the script on the CPU)")
        return 0
    rows = run_films(args) if args.films else run(args)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = ("gpu_films" if args.films else "gpu_bench") + ("_smoke" if args.smoke else "")
    (args.out / f"{stem}.json").write_text(json.dumps(rows, indent=2))
    (args.out / f"{stem}.md").write_text(films_markdown(rows) if args.films else markdown(rows))
    print(f"wrote {args.out / stem}.json and .md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
