"""The unit work of a render: make (or reuse) one identity, one keyframe, one chain of clips.

These functions are what every executor runs: the local executor calls them in LangGraph's worker
threads, the Ray executor inside actors that keep a backend loaded. They take and return plain
JSON-able dicts so their results can go into graph state and across processes.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from director.plan import FilmPlan
from director.render.keys import clip_inputs, identity_inputs, keyframe_inputs
from director.store import ArtifactStore, content_key
from generators.base import Backend, Carry, RenderSettings, ShotContext

EventFn = Callable[[dict[str, Any]], None]


def _quiet(event: dict[str, Any]) -> None:
    return None


def shot_context(plan: FilmPlan, shot_id: str) -> ShotContext:
    shots = plan.shots()
    index = next(i for i, s in enumerate(shots) if s.id == shot_id)
    return ShotContext(plan, plan.scene_of(shot_id), shots[index], index,
                       shots[index - 1] if index else None)


def identity_ids(plan: FilmPlan) -> list[str]:
    """The entities that get an identity reference: every one a shot shows, and every character."""
    used = {e for shot in plan.shots() for e in shot.entities}
    return [e.id for e in plan.entities if e.id in used or e.kind == "character"]


def make_identity(plan: FilmPlan, entity_id: str, backend: Backend, store: ArtifactStore,
                  settings: RenderSettings, emit: EventFn = _quiet) -> dict[str, Any]:
    inputs = identity_inputs(plan, entity_id, backend, settings)
    key = content_key(inputs)
    entity = plan.entity(entity_id)
    emit({"stage": "identities", "item": entity_id, "status": "started"})
    art = store.get_or_make(
        "identity", key, "png", inputs,
        lambda tmp: backend.identity.generate(entity, plan, settings, tmp).meta,
    )
    result = {"id": entity_id, "key": key, "path": str(art.path), "cached": art.cached,
              "seconds": round(art.seconds, 3)}
    emit({"stage": "identities", "item": entity_id, "status": "cached" if art.cached else "done",
          "seconds": art.seconds})
    return result


def make_keyframe(plan: FilmPlan, shot_id: str, identities: dict[str, dict], backend: Backend,
                  store: ArtifactStore, settings: RenderSettings, emit: EventFn = _quiet) -> dict[str, Any]:
    ctx = shot_context(plan, shot_id)
    refs = {e: Path(identities[e]["path"]) for e in ctx.shot.entities if e in identities}
    inputs = keyframe_inputs(ctx, {e: identities[e]["key"] for e in refs}, backend, settings)
    key = content_key(inputs)
    emit({"stage": "keyframes", "item": shot_id, "status": "started"})
    art = store.get_or_make(
        "keyframe", key, "png", inputs,
        lambda tmp: backend.keyframe.generate(ctx, refs, settings, tmp).meta,
    )
    emit({"stage": "keyframes", "item": shot_id, "status": "cached" if art.cached else "done",
          "seconds": art.seconds})
    result = {"id": shot_id, "key": key, "path": str(art.path), "cached": art.cached,
              "seconds": round(art.seconds, 3)}
    if art.meta.get("takes"):  # best-of-N keyframes: every take and its score
        for name in ("takes", "takes_scorer", "takes_threshold", "takes_note"):
            result[name] = art.meta.get(name)
    return result


def _next_continuous(plan: FilmPlan, shot_id: str):
    """The shot after ``shot_id`` if it continues it (``continuous``), else None."""
    shots = plan.shots()
    index = next(i for i, s in enumerate(shots) if s.id == shot_id)
    nxt = shots[index + 1] if index + 1 < len(shots) else None
    return nxt if nxt is not None and nxt.transition == "continuous" else None


def make_chain(plan: FilmPlan, shot_ids: list[str], identities: dict[str, dict],
               keyframes: dict[str, dict], backend: Backend, store: ArtifactStore,
               settings: RenderSettings, previous_clip_key: str | None = None,
               emit: EventFn = _quiet) -> list[dict[str, Any]]:
    """Render shots in order. Within a chain, each shot after the first is chained to the one
    before it (its key includes the previous clip's key and it receives the previous Carry)."""
    results: list[dict[str, Any]] = []
    carry: Carry | None = None
    prev_key = previous_clip_key
    for position, shot_id in enumerate(shot_ids):
        ctx = shot_context(plan, shot_id)
        chained = backend.chains_shots and position > 0
        nxt = _next_continuous(plan, shot_id) if backend.chains_shots else None
        if nxt is not None and nxt.id in keyframes:  # a model with an end frame ends on it
            ctx = replace(ctx, next_keyframe=Path(keyframes[nxt.id]["path"]))
        refs = {e: Path(identities[e]["path"]) for e in ctx.shot.entities if e in identities}
        inputs = clip_inputs(ctx, keyframes[shot_id]["key"], prev_key if chained else None,
                             backend, settings)
        if nxt is not None and nxt.id in keyframes:
            inputs["next_keyframe"] = keyframes[nxt.id]["key"]
        key = content_key(inputs)
        emit({"stage": "shots", "item": shot_id, "status": "started"})
        carry_dir = store.root / "carry"

        def make(tmp: Path, ctx=ctx, refs=refs, carry_in=carry if chained else None, key=key):
            clip = backend.shot.generate(ctx, Path(keyframes[ctx.shot.id]["path"]), refs,
                                         settings, tmp, carry_in=carry_in)
            meta = dict(clip.meta)
            meta.update(frames=clip.frames, latent_discontinuity=clip.latent_discontinuity)
            # Keep the carry beside the clip so a later chained shot can resume from the store.
            meta["carry"] = _keep_carry(clip.carry, carry_dir, key)
            meta["audio"] = _keep_audio(clip, store.root / "clip_audio", key)
            return meta

        art = store.get_or_make("clip", key, "mp4", inputs, make)
        carry = _load_carry(art.meta.get("carry"))
        results.append({
            "id": shot_id, "key": key, "path": str(art.path),
            "status": "cached" if art.cached else "rendered", "seconds": round(art.seconds, 3),
            "frames": art.meta.get("frames"),
            "latent_discontinuity": art.meta.get("latent_discontinuity"),
            "audio": art.meta.get("audio"),
        })
        for name in ("segments", "model_fps", "covered_s", "time_scale"):
            if art.meta.get(name) is not None:
                results[-1][name] = art.meta[name]
        emit({"stage": "shots", "item": shot_id, "status": results[-1]["status"],
              "seconds": art.seconds})
        prev_key = key
    return results


def _keep_carry(carry: Carry, carry_dir: Path, key: str) -> dict[str, str | None]:
    kept: dict[str, str | None] = {}
    for name in ("last_frame", "last_latents"):
        src = getattr(carry, name)
        if src is None or not Path(src).exists():
            kept[name] = None
            continue
        carry_dir.mkdir(parents=True, exist_ok=True)
        dst = carry_dir / f"{key}.{name}{Path(src).suffix}"
        shutil.move(src, dst)  # out of the clip folder: the store keeps one copy, by clip key
        kept[name] = str(dst)
    return kept


def _keep_audio(clip, audio_dir: Path, key: str) -> dict[str, str] | None:
    """Keep the sound a generator made with the clip beside it in the store, by clip key."""
    from director.sound.shot_audio import GENERATOR_AUDIO_ROLES

    if clip.audio is None or not Path(clip.audio).is_file():
        return None
    if clip.audio_role not in GENERATOR_AUDIO_ROLES:
        raise ValueError(f"audio_role '{clip.audio_role}' is not one of {GENERATOR_AUDIO_ROLES}")
    audio_dir.mkdir(parents=True, exist_ok=True)
    dst = audio_dir / f"{key}{Path(clip.audio).suffix}"
    shutil.move(clip.audio, dst)
    return {"path": str(dst), "role": clip.audio_role}


def _load_carry(info: dict[str, str | None] | None) -> Carry | None:
    if not info:
        return None
    paths = {k: Path(v) for k, v in info.items() if v and Path(v).exists()}
    return Carry(**paths) if paths else None


def shot_chains(plan: FilmPlan, backend: Backend, split_at_cuts: bool = False) -> list[list[str]]:
    """Group shots into the units that must render in order.

    A backend that carries latents renders the whole film in order, so every boundary gets a
    measured latent discontinuity (smoothing acts only at continuous ones). With
    ``split_at_cuts`` (multi-worker executors), chains break wherever the next shot is not
    ``continuous`` so chains can run in parallel. Other backends render every shot on its own.
    """
    shots = plan.shots()
    if not backend.chains_shots:
        return [[s.id] for s in shots]
    if not split_at_cuts:
        return [[s.id for s in shots]]
    chains: list[list[str]] = []
    for i, shot in enumerate(shots):
        if i and shot.transition == "continuous":
            chains[-1].append(shot.id)
        else:
            chains.append([shot.id])
    return chains


def shots_left(plan: FilmPlan, keyframes: dict[str, dict], backend: Backend, store: ArtifactStore,
               settings: RenderSettings, split_at_cuts: bool = False) -> int:
    """How many of the plan's shots have no finished clip in the store (all of them until every
    keyframe is known, since a clip's key includes its keyframe's)."""
    shots = plan.shots()
    if any(s.id not in keyframes for s in shots):
        return len(shots)
    left = 0
    for chain in shot_chains(plan, backend, split_at_cuts):
        prev_key: str | None = None
        for position, shot_id in enumerate(chain):
            chained = backend.chains_shots and position > 0
            inputs = clip_inputs(shot_context(plan, shot_id), keyframes[shot_id]["key"],
                                 prev_key if chained else None, backend, settings)
            prev_key = content_key(inputs)
            left += store.lookup("clip", prev_key, "mp4") is None
    return left
