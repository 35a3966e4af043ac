"""Honour a requested shot count exactly, and spread a requested duration over the shots."""

from __future__ import annotations

import re

from director.planning.heuristic.script import make_beat
from director.timeline import dissolve_frames, shot_frames
from director.text import has_cjk, sentences, word_count


def fit_beat_count(script: dict, cast: dict, wanted: int) -> tuple[dict, dict]:
    """Merge the shortest neighbouring beats, or split the longest, until there are ``wanted``."""
    scenes = script["scenes"]
    total = sum(len(s["beats"]) for s in scenes)
    while total > wanted:
        _merge_once(scenes, cast)
        total -= 1
    while total < wanted:
        _split_once(scenes, cast)
        total += 1
    return script, cast


def _merge_once(scenes: list[dict], cast: dict) -> None:
    best = None
    for si, scene in enumerate(scenes):
        for bi in range(len(scene["beats"]) - 1):
            a, b = scene["beats"][bi], scene["beats"][bi + 1]
            # A beat the writer framed ("Close on ...", "CU:") stays its own shot when it can.
            cost = word_count(a["text"]) + word_count(b["text"]) + 15 * (
                bool(a["size_cue"]) + bool(b["size_cue"]))
            if best is None or cost < best[0]:
                best = (cost, si, bi)
    if best is None:
        # Every scene has one beat: fold the shortest scene into the one before it.
        si = min(range(1, len(scenes)), key=lambda i: word_count(scenes[i]["beats"][0]["text"]))
        scenes[si - 1]["beats"].extend(scenes[si]["beats"])
        del scenes[si]
        _merge_once(scenes, cast)
        return
    _, si, bi = best
    beats = scenes[si]["beats"]
    a, b = beats[bi], beats[bi + 1]
    joiner = "" if has_cjk(a["text"]) else " "
    merged = make_beat(a["text"] + joiner + b["text"], dialogue=a["dialogue"] + b["dialogue"], source=a["source"],
                       size_cue=a["size_cue"] or b["size_cue"], arc=a["arc"],
                       speaker_visible=a.get("speaker_visible", True) and b.get("speaker_visible", True))
    merged["id"] = a["id"]
    merged["continuous"] = a["continuous"]
    merged["cast_hint"] = a.get("cast_hint", [])
    cast[a["id"]] = list(dict.fromkeys(cast.get(a["id"], []) + cast.get(b["id"], [])))
    beats[bi: bi + 2] = [merged]


def _split_once(scenes: list[dict], cast: dict) -> None:
    si, bi = max(
        ((si, bi) for si, s in enumerate(scenes) for bi in range(len(s["beats"]))),
        key=lambda p: (word_count(scenes[p[0]]["beats"][p[1]]["text"]), -p[0], -p[1]),
    )
    beat = scenes[si]["beats"][bi]
    parts = _halves(beat["text"])
    new_id = f"{beat['id']}-{sum(1 for k in cast if k.startswith(beat['id']))}"
    if parts and not beat["dialogue"]:
        first = make_beat(parts[0], source=beat["source"], size_cue=beat["size_cue"], arc=beat["arc"])
        second = make_beat(parts[1], source=beat["source"], arc=beat["arc"])
        second["continuous"] = True  # the second half carries the same action on
    else:
        # Nothing to split: add coverage, a closer angle on the same moment.
        first = dict(beat)
        zh = has_cjk(beat["text"])
        second = make_beat(("特写：" if zh else "Close on the moment: ") + beat["narration"], source=beat["source"],
                           size_cue="CU", arc=beat["arc"])
        second["continuous"] = False
    for half in (first, second):
        half["cast_hint"] = beat.get("cast_hint", [])
    first["id"], second["id"] = beat["id"], new_id
    first["continuous"] = beat["continuous"]
    cast[new_id] = list(cast.get(beat["id"], []))
    scenes[si]["beats"][bi: bi + 1] = [first, second]


def _halves(text: str) -> list[str] | None:
    parts = sentences(text)
    if len(parts) >= 2:
        mid = len(parts) // 2
        joiner = "" if has_cjk(text) else " "
        return [joiner.join(parts[:mid]), joiner.join(parts[mid:])]
    m = re.search(r"(,\s+(?:and|then|as|while)\s+|;\s+|，)", text)
    if m and 3 < m.start() < len(text) - 4:
        return [text[: m.start()].strip(), text[m.end():].strip()]
    return None


def spread_duration(plan: dict, seconds: float) -> None:
    """Scale shot durations so the assembled film lasts ``seconds`` (dissolves overlap shots)."""
    shots = [shot for scene in plan["scenes"] for shot in scene["shots"]]
    if not shots:
        return
    for _ in range(3):
        length = _film_length(shots, plan["fps"])
        if length <= 0:
            return
        factor = seconds / length
        for shot in shots:
            shot["duration_s"] = round(min(120.0, max(0.5, shot["duration_s"] * factor)), 3)
    # Dissolve overlaps move with the shot lengths; settle the last frames on the last shot.
    for _ in range(4):
        missing = seconds - _film_length(shots, plan["fps"])
        if abs(missing) < 0.5 / plan["fps"]:
            break
        shots[-1]["duration_s"] = round(min(120.0, max(0.5, shots[-1]["duration_s"] + missing)), 3)


def _film_length(shots: list[dict], fps: int) -> float:
    """The film length by the same frame arithmetic as director.timeline."""
    cursor, previous = 0, 0
    for index, shot in enumerate(shots):
        frames = shot_frames(shot["duration_s"], fps)
        overlap = dissolve_frames(previous, frames, fps) if index and shot["transition"] == "dissolve" else 0
        cursor = cursor - overlap + frames
        previous = frames
    return cursor / fps
