"""The shots stage: one shot per beat, with camera, layout, duration, transition and prompts.

Camera grammar (what a working director would do by default):
- a new location opens wide (WS, EWS for landscapes), with a slow pan or a crane down;
- faces, reactions, hands and small props get a CU (ECU for eyes, fingers, a key);
- movement gets a tracking shot (truck) in the direction of travel, faster for running;
- dialogue opens on a two-shot (MS), then singles (MCU) for the lines that follow;
- panic and fights go handheld; climbing cranes up, descending cranes down.
Layout: characters keep their screen side within a scene (first introduced on the left); a
moving subject travels from start box to end box; a continuous shot starts where the last ended.
"""

from __future__ import annotations

import re

from director.planning import lexicon
from director.planning.script import move_speed
from director.planning.text import has_cjk, has_stem, shorten, word_count

# (width, height, bottom) of a person's box for each shot size, as fractions of the frame.
_PERSON_BOX = {
    "ECU": (0.62, 1.0, 1.0), "CU": (0.46, 0.92, 1.0), "MCU": (0.36, 0.82, 1.0),
    "MS": (0.28, 0.72, 1.0), "MLS": (0.2, 0.64, 0.96), "LS": (0.14, 0.5, 0.9),
    "WS": (0.09, 0.32, 0.86), "EWS": (0.05, 0.16, 0.84),
}
# Screen x-centres for characters by introduction order: left, right, centre, far left, far right.
_SLOTS = [0.3, 0.7, 0.5, 0.14, 0.86]
_CLOSE = ("ECU", "CU", "MCU")


def build_shots(script: dict, entities: list[dict], cast: dict, story: dict, options: dict) -> dict:
    """A FilmPlan dict (not yet validated) from the script, entities and per-beat cast."""
    kinds = {e["id"]: e["kind"] for e in entities}
    names = {e["id"]: e["name"] for e in entities}
    descriptions = {e["id"]: e["description"] for e in entities}
    seen_locations: set[str] = set()
    scenes_out: list[dict] = []
    previous_shot: dict | None = None
    shot_index = 0
    for scene in script["scenes"]:
        order = list(scene.get("character_order", []))
        travel = "right"
        shots: list[dict] = []
        exchange_started = False
        for beat_index, beat in enumerate(scene["beats"]):
            ids = cast.get(beat["id"], [])
            chars = [i for i in ids if kinds.get(i) == "character"]
            props = [i for i in ids if kinds.get(i) == "prop"]
            narration = beat["narration"]
            new_location = beat_index == 0 and scene.get("location_key", "") not in seen_locations
            continuous = bool(
                beat_index > 0 and previous_shot is not None
                and (beat["continuous"] or _keeps_moving(beat, scene["beats"][beat_index - 1], chars, previous_shot))
                and set(chars) & set(previous_shot["entities"])
            )
            camera, purpose = _choose_camera(beat, chars, props, new_location, scene, continuous,
                                             previous_shot, exchange_started)
            if camera["shot_size"] in ("CU", "ECU") and len(chars) > 1:
                # A close-up holds one face: the subject; the others are off screen.
                off = chars[1:]
                chars = chars[:1]
                ids = [i for i in ids if i not in off]
            if beat["dialogue"]:
                exchange_started = True
            elif not continuous:
                exchange_started = False
            travel = _travel_direction(narration, travel)
            if camera["move"] == "truck":
                camera["direction"] = travel
            layout = _layout(chars, props, order, camera, beat, travel, names)
            if continuous:
                for entity_id, box in previous_shot["layout"].items():
                    if entity_id in layout:
                        layout[entity_id]["start"] = list(box["end"])
                        if _is_moving(beat):
                            sign = 1 if travel == "right" else -1
                            layout[entity_id]["end"] = _shift(list(box["end"]), sign * 0.12)
                        else:
                            layout[entity_id]["end"] = list(box["end"])
            if beat_index == 0:
                transition = scene.get("transition_in", "cut")
            else:
                transition = "continuous" if continuous else "cut"
            if shot_index == 0:
                transition = "cut"
            shot = {
                "id": f"shot-{shot_index + 1:03d}",
                "description": beat["text"] if beat["source"] != "fountain" or not beat["dialogue"] else _dialogue_description(beat),
                "character": _character_text(chars + props, names, descriptions, beat),
                "background": _background_text(scene, narration),
                "relation": _relation_text(chars, layout, names, beat, travel),
                "camera_text": f"{purpose}; {_camera_words(camera)}",
                "lighting": _lighting_text(scene, narration),
                "entities": ids,
                "layout": layout,
                "camera": camera,
                "duration_s": _duration(beat),
                "dialogue": [{"speaker": d["speaker"], "text": d["text"]} for d in beat["dialogue"] if d["text"]],
                "transition": transition,
                "seed": int(options.get("seed", 0)) + shot_index,
            }
            shots.append(shot)
            previous_shot = shot
            shot_index += 1
        seen_locations.add(scene.get("location_key", ""))
        scenes_out.append({
            "id": scene["id"], "heading": scene["heading"], "location": scene["location"],
            "time_of_day": scene["time_of_day"], "shots": shots,
        })
    return {
        "title": script["title"],
        "logline": script.get("logline", ""),
        "style": options.get("style", ""),
        "language": script.get("language", "en"),
        "fps": int(options.get("fps", 24)),
        "resolution": options.get("resolution", "1280x720"),
        "seed": int(options.get("seed", 0)),
        "entities": entities,
        "scenes": scenes_out,
    }


# ---- camera ---------------------------------------------------------------------------------


def _words(zh: bool, en: tuple, cn: tuple) -> tuple:
    return cn if zh else en


def _is_moving(beat: dict) -> bool:
    text = beat["narration"]
    if has_cjk(text):
        return has_stem(text, lexicon.MOVES_ZH_FAST + lexicon.MOVES_ZH_SLOW) is not None
    return has_stem(text, lexicon.FAST_MOVES_EN + lexicon.SLOW_MOVES_EN) is not None


def _keeps_moving(beat: dict, previous_beat: dict, chars: list[str], previous_shot: dict) -> bool:
    """The same subject is still on the move: the shot carries straight on."""
    if beat["dialogue"] or beat["size_cue"] or not chars:
        return False
    return _is_moving(beat) and _is_moving(previous_beat) and chars[0] in previous_shot["entities"]


def _choose_camera(beat: dict, chars: list[str], props: list[str], new_location: bool, scene: dict,
                   continuous: bool, previous_shot: dict | None, exchange_started: bool) -> tuple[dict, str]:
    text = beat["narration"]
    zh = has_cjk(text)
    camera = {"shot_size": "MS", "angle": "eye", "move": "static", "direction": "none", "speed": "medium"}
    purpose = "coverage"
    fast = has_stem(text, lexicon.MOVES_ZH_FAST if zh else lexicon.FAST_MOVES_EN)
    moving = _is_moving(beat)
    panic = has_stem(text, lexicon.PANIC_ZH if zh else lexicon.PANIC_EN)
    detail = has_stem(text, lexicon.CLOSE_DETAIL_ZH if zh else lexicon.CLOSE_DETAIL_EN)
    extreme = None if zh else has_stem(text, lexicon.EXTREME_DETAIL_EN)
    tiny_prop = any(p in lexicon.TINY_PROPS or p.split("-")[-1] in lexicon.TINY_PROPS for p in props)
    landscape = any(w in (scene.get("location_key") or "") for w in (lexicon.LANDSCAPE_ZH if zh else lexicon.LANDSCAPE_EN))

    if new_location:
        purpose = "establishing the location"
        camera.update(shot_size="EWS" if landscape and scene.get("exterior", True) and not moving else "WS")
        if moving:
            camera.update(move="truck", direction="right", speed="medium")
        elif camera["shot_size"] == "EWS":
            camera.update(move="crane", direction="down", speed="slow")
        else:
            camera.update(move="pan", direction="right", speed="slow")
    elif panic:
        purpose = "panic, the camera in the middle of it"
        camera.update(shot_size="MS", move="handheld", direction="none", speed="fast")
    elif moving:
        purpose = "following the movement"
        camera.update(shot_size="MLS" if fast else "MS", move="truck", direction="right",
                      speed="fast" if fast else "slow")
    elif beat["dialogue"]:
        present = [c for c in chars]
        if len(present) >= 2 and not exchange_started:
            purpose = "two-shot opening the exchange"
            camera.update(shot_size="MS")
        else:
            purpose = "single on the speaker" + (" (over the shoulder)" if len(present) >= 2 else "")
            camera.update(shot_size="MCU")
        if (beat["dialogue"][-1]["text"].rstrip().endswith(("!", "！"))):
            camera.update(move="dolly", direction="in", speed="slow")
    elif detail or (props and (tiny_prop or has_stem(text, ("hand", "finger", "手")))):
        purpose = "detail and reaction"
        camera.update(shot_size="ECU" if (extreme or tiny_prop) and not chars[1:] else "CU")
    elif len(chars) >= 3:
        purpose = "the group in one frame"
        camera.update(shot_size="LS")
    if not chars and not new_location and not beat.get("size_cue"):
        purpose = "the place and its mood"
        camera.update(shot_size="WS" if not props else "CU", direction="none", speed="slow",
                      move="pan" if moving else "static")
        if moving:
            camera["direction"] = "right"

    # What the writer asked for wins over the defaults.
    if beat.get("size_cue"):
        camera["shot_size"] = beat["size_cue"]
        purpose = "as written" if beat["source"] == "shotlist" else purpose
        if beat["size_cue"] in ("CU", "ECU") and camera["move"] in ("pan", "crane", "truck") and not moving:
            camera.update(move="static", direction="none", speed="medium")
    if beat.get("move_cue"):
        move, direction = beat["move_cue"]
        camera.update(move=move, direction=direction)
    if speed := move_speed(text):
        camera["speed"] = speed
    if continuous and previous_shot is not None:
        # Same setup as the shot it continues; the move may carry on.
        camera["shot_size"] = previous_shot["camera"]["shot_size"]
        purpose = "continuing the action without a cut"
    if moving and camera["move"] == "truck" and not zh:
        if has_stem(text, lexicon.VERTICAL_UP_EN) and not has_stem(text, ("down",)):
            camera.update(move="crane", direction="up")
        elif has_stem(text, lexicon.VERTICAL_DOWN_EN) and not has_stem(text, ("run", "ran", "walk")):
            camera.update(move="crane", direction="down")
    if moving and camera["move"] == "truck" and zh:
        if has_stem(text, lexicon.VERTICAL_UP_ZH):
            camera.update(move="crane", direction="up")
    if not zh:
        if has_stem(text, lexicon.LOW_ANGLE_EN):
            camera["angle"] = "low"
        elif has_stem(text, lexicon.HIGH_ANGLE_EN):
            camera["angle"] = "high"
        if re.search(r"\b(overhead|bird's-eye|from directly above)\b", text.lower()):
            camera["angle"] = "overhead"
    if camera["move"] in ("static", "handheld"):
        camera["direction"] = "none"
    return camera, purpose


def _travel_direction(text: str, current: str) -> str:
    lower = text.lower()
    if any(w in lower for w in lexicon.LEFTWARD_EN) or "往回" in text or "回到" in text:
        return "left"
    if any(w in lower for w in lexicon.RIGHTWARD_EN):
        return "right"
    return current


def _camera_words(camera: dict) -> str:
    move = "static" if camera["move"] == "static" else f"{camera['speed']} {camera['move']}"
    if camera["direction"] != "none":
        move += f" {camera['direction']}"
    return f"{camera['shot_size']}, {camera['angle']} angle, {move}"


# ---- layout ---------------------------------------------------------------------------------


def _person_box(center_x: float, size: str) -> list[float]:
    w, h, bottom = _PERSON_BOX[size]
    x0 = min(max(center_x - w / 2, 0.0), 1.0 - w)
    y1 = bottom
    y0 = max(0.0, y1 - h)
    return [round(x0, 3), round(y0, 3), round(x0 + w, 3), round(y1, 3)]


def _shift(box: list[float], dx: float) -> list[float]:
    w = box[2] - box[0]
    x0 = min(max(box[0] + dx, 0.0), 1.0 - w)
    return [round(x0, 3), box[1], round(x0 + w, 3), box[3]]


def _layout(chars: list[str], props: list[str], order: list[str], camera: dict, beat: dict,
            travel: str, names: dict) -> dict:
    size = camera["shot_size"]
    layout: dict[str, dict] = {}
    for cid in chars:
        slot = order.index(cid) if cid in order else len(order)
        cx = _SLOTS[slot % len(_SLOTS)]
        if len(chars) == 1 and size in _CLOSE:
            cx = 0.42 if cx < 0.5 else 0.58 if cx > 0.5 else 0.5  # a single keeps its side, nearer centre
        box = _person_box(cx, size)
        layout[cid] = {"start": box, "end": box}
    if _is_moving(beat) and chars:
        sign = 1 if travel == "right" else -1
        # Tracking keeps the subject near its mark; a static frame lets it cross.
        reach = 0.08 if camera["move"] in ("truck", "crane", "dolly") else 0.22
        for cid in chars:
            box = layout[cid]["start"]
            layout[cid] = {"start": _shift(box, -sign * reach), "end": _shift(box, sign * reach)}
    holder = chars[0] if chars else None
    for index, pid in enumerate(props):
        if holder:
            hb = layout[holder]["start"]
            he = layout[holder]["end"]
            layout[pid] = {"start": _prop_box(hb, size), "end": _prop_box(he, size)}
        else:
            x = 0.5 + 0.2 * (index - (len(props) - 1) / 2)
            big = 0.5 if size in _CLOSE else 0.14
            box = [round(max(0.0, x - big / 2), 3), round(0.5 - big / 2, 3), round(min(1.0, x + big / 2), 3), round(0.5 + big / 2, 3)]
            layout[pid] = {"start": box, "end": box}
    return layout


def _prop_box(person: list[float], size: str) -> list[float]:
    """A held prop sits at hand height on the frame-centre side of its holder."""
    x0, y0, x1, y1 = person
    w, h = x1 - x0, y1 - y0
    pw = max(0.03, min(0.3, w * (0.5 if size in _CLOSE else 0.35)))
    ph = max(0.03, min(0.35, h * (0.3 if size in _CLOSE else 0.15)))
    centre = (x0 + x1) / 2
    px = x1 - pw * 0.6 if centre < 0.5 else x0 - pw * 0.4
    px = min(max(px, 0.0), 1.0 - pw)
    py = min(max(y0 + h * (0.55 if size in _CLOSE else 0.5), 0.0), 1.0 - ph)
    return [round(px, 3), round(py, 3), round(px + pw, 3), round(py + ph, 3)]


# ---- prompt domains -------------------------------------------------------------------------


def _character_text(ids: list[str], names: dict, descriptions: dict, beat: dict) -> str:
    if not ids:
        return "no characters in frame"
    parts = [f"{names[i]} ({descriptions[i]})" if descriptions.get(i) else names[i] for i in ids]
    text = "; ".join(parts)
    if beat.get("parenthetical"):
        text += f"; {beat['parenthetical']}"
    return text


def _background_text(scene: dict, narration: str) -> str:
    where = scene.get("location") or "an unspecified place"
    inside = "exterior" if scene.get("exterior", True) else "interior"
    return f"{where}, {inside}, {scene['time_of_day']}"


def _relation_text(chars: list[str], layout: dict, names: dict, beat: dict, travel: str) -> str:
    if not chars:
        return "empty frame, the place alone"
    sides = []
    for cid in chars:
        box = layout[cid]["start"]
        cx = (box[0] + box[2]) / 2
        side = "left" if cx < 0.45 else "right" if cx > 0.55 else "centre"
        sides.append(f"{names[cid]} frame {side}")
    text = ", ".join(sides)
    if _is_moving(beat):
        text += f"; moving frame {travel}"
    if len(chars) == 2 and beat["dialogue"]:
        text += "; facing each other"
    return text


def _lighting_text(scene: dict, narration: str) -> str:
    from director.planning.script import lighting_for

    return lighting_for(scene["time_of_day"], narration + " " + scene.get("lighting", ""))


def _dialogue_description(beat: dict) -> str:
    line = beat["dialogue"][0]
    paren = f" {beat['parenthetical']}" if beat.get("parenthetical") else ""
    return shorten(f"{line['speaker']}{paren}: {line['text']}", 400)


def _duration(beat: dict) -> float:
    """words / 2.5 per second + 1.5 s, clamped to 2–8 s (dialogue counts what is spoken)."""
    spoken = " ".join(d["text"] for d in beat["dialogue"])
    words = word_count(spoken) if spoken else word_count(beat["narration"])
    return round(min(8.0, max(2.0, words / 2.5 + 1.5)), 2)
