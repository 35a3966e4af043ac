"""`director eval OUT`: measure a rendered film for consistency, transitions and cuts.

Reads the output folder (film.mp4, plan.json, manifest.json, shots/*.mp4), writes OUT/eval.json
and a self-contained OUT/eval.html, and returns the eval dict. Every metric that needs model
weights (CLIP, DINO, ArcFace) uses them only when installed locally; otherwise its key is null and
a ``<key>_reason`` says why. The weight-free metrics (cuts, boundary discontinuity, colour style,
plan checks) always run.
"""

from __future__ import annotations

import json
import time
from importlib import metadata
from pathlib import Path
from typing import Callable

from director.eval.boundaries import boundary_discontinuities, summarize_by_transition
from director.eval.clip_score import text_alignment
from director.eval.cuts import cut_report
from director.eval.embeddings import load_clip, load_dino
from director.eval.faces import face_consistency, frame_embeddings, load_face_embedder
from director.eval.frames import ClipSample, sample_clip
from director.eval.inputs import load_inputs
from director.eval.plan_checks import plan_checks
from director.eval.report import write_report
from director.eval.style import colour_style_consistency, embedding_style_consistency
from director.store import atomic_write_text
from director.timeline import film_timeline, shot_frames

__all__ = ["run_eval", "EVAL_VERSION"]

EVAL_VERSION = 1
_PACKAGES = ("scenedetect", "av", "numpy", "opencv-python-headless", "matplotlib")


def _versions(manifest: dict) -> dict:
    ours = {}
    for name in _PACKAGES:
        try:
            ours[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            ours[name] = None
    return {"eval": EVAL_VERSION, "packages": ours, "render": manifest.get("versions")}


def run_eval(out_dir: Path, *, on_progress: Callable[[str], None] | None = None) -> dict:
    """Evaluate the film in `out_dir`; write eval.json and eval.html there; return the dict.

    Raises director.errors.InputError when the folder lacks film.mp4 or a valid plan.json.
    `on_progress` receives one short line per stage.
    """
    say = on_progress or (lambda message: None)
    started = time.perf_counter()
    inputs = load_inputs(Path(out_dir))
    plan, manifest = inputs.plan, inputs.manifest
    shots = plan.shots()
    shot_ids = [s.id for s in shots]
    scene_ids = [plan.scene_of(s.id).id for s in shots]
    timeline = film_timeline(plan)
    warnings = list(inputs.warnings)

    samples: dict[str, ClipSample | None] = {}
    for i, shot in enumerate(shots):
        say(f"decoding shot {i + 1}/{len(shots)}: {shot.id}")
        clip = inputs.clips[shot.id]
        samples[shot.id] = sample_clip(clip) if clip is not None else None
        expected = shot_frames(shot.duration_s, plan.fps)
        found = samples[shot.id]
        if found is not None and found.frame_count != expected:
            warnings.append(f"shot {shot.id} has {found.frame_count} frames, plan says {expected}")
    ordered = [samples[sid] for sid in shot_ids]

    say("detecting cuts in film.mp4")
    cuts = cut_report(inputs.film, timeline)

    say("measuring boundaries")
    boundaries = boundary_discontinuities(plan, samples, manifest.get("boundaries") or [])
    for entry, seen in zip(boundaries, cuts["at_boundaries"]):
        entry["cut_detected"] = seen["cut_detected"]
        entry["time_s"] = seen["time_s"]

    say("style consistency (colour histograms)")
    style = {"colour": colour_style_consistency(ordered, shot_ids, scene_ids)}
    # The headline numbers are the colour ones: they exist on every machine.
    style["within"] = style["colour"]["within"]
    style["cross"] = style["colour"]["cross"]
    clip, clip_reason = load_clip()
    dino, dino_reason = load_dino()
    for key, model, reason in (("clip", clip, clip_reason), ("dino", dino, dino_reason)):
        if model is None:
            style[key], style[f"{key}_reason"] = None, reason
        else:
            say(f"style consistency ({key})")
            style[key] = embedding_style_consistency(model, ordered, shot_ids, scene_ids)

    say("face consistency")
    face_embed, face_reason = load_face_embedder()
    if face_embed is None:
        faces = None
    else:
        characters = [
            {e for e in s.entities if plan.entity(e).kind == "character"} for s in shots
        ]
        faces = face_consistency(frame_embeddings(face_embed, ordered), shot_ids, characters)

    if clip is None:
        alignment, alignment_reason = None, clip_reason
    else:
        say("text alignment (CLIP score)")
        alignment, alignment_reason = text_alignment(clip, shots, ordered), None

    result = {
        "eval_version": EVAL_VERSION,
        "run_id": manifest.get("run_id"),
        "backend": manifest.get("backend"),
        "preset": manifest.get("preset"),
        "planner": manifest.get("planner"),
        "film": {"frames": inputs.film_info.frames, "fps": inputs.film_info.fps,
                 "duration_s": round(inputs.film_info.duration, 4),
                 "width": inputs.film_info.width, "height": inputs.film_info.height},
        "cuts": cuts,
        "boundaries": boundaries,
        "boundaries_by_transition": summarize_by_transition(boundaries),
        "latent_discontinuity": [
            {"from": b["from"], "to": b["to"], "transition": b["transition"],
             "latent_discontinuity": b["latent_discontinuity"]}
            for b in boundaries if b["latent_discontinuity"] is not None
        ],
        "style_consistency": style,
        "face_consistency": faces,
        "text_alignment": alignment,
        "plan_checks": plan_checks(
            plan, manifest, inputs.film_info.duration, sum(s is not None for s in ordered)
        ),
        "warnings": warnings,
        "versions": _versions(manifest),
    }
    if faces is None:
        result["face_consistency_reason"] = face_reason
    if alignment is None:
        result["text_alignment_reason"] = alignment_reason
    result["seconds"] = round(time.perf_counter() - started, 3)

    say("writing eval.json and eval.html")
    atomic_write_text(inputs.out_dir / "eval.json", json.dumps(result, indent=2, ensure_ascii=False))
    write_report(inputs.out_dir / "eval.html", result, plan, timeline, samples)
    return result
