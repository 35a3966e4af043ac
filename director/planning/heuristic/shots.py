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

from director.planning.heuristic import lexicon
from director.planning.heuristic.script import move_speed
from director.text import has_cjk, has_stem, has_verb, shorten, word_count

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
    film_order = _introduction_order(script, cast, kinds)
    seen_locations: set[str] = set()
    scenes_out: list[dict] = []
    previous_shot: dict | None = None
    shot_index = 0
    for scene in script["scenes"]:
        # Screen sides follow the order characters entered the film, so a pair never swaps sides.
        scene_chars = {i for b in scene["beats"] for i in cast.get(b["id"], []) if kinds.get(i) == "character"}
        order = [c for c in film_order if c in scene_chars]
        travel = scene_travel = "right"
        shots: list[dict] = []
        exchange_started = False
        for beat_index, beat in enumerate(scene["beats"]):
            ids = cast.get(beat["id"], [])
            chars = [i for i in ids if kinds.get(i) == "character"]
            props = [i for i in ids if kinds.get(i) == "prop"]
            narration = beat["narration"]
            new_location = beat_index == 0 and scene.get("location_key", "") not in seen_locations
            movers = _movers(beat, chars, names)
            mover = bool(movers)
            continuous = bool(
                beat_index > 0 and previous_shot is not None
                and (beat["continuous"] or _keeps_moving(beat, scene["beats"][beat_index - 1], chars, previous_shot, names))
                and set(chars) & set(previous_shot["entities"])
            )
            insert = None if continuous else _insert_focus(beat, props, names)
            if insert is not None:
                camera, purpose = _insert_camera(beat, insert)
            else:
                camera, purpose = _choose_camera(beat, chars, props, new_location, scene, continuous,
                                                 previous_shot, exchange_started, mover)
            hands_of = ""
            if insert is not None and insert:
                # An insert frames the prop; the hands that hold it are all we see of the character.
                hands_of = next((names[c] for c in chars), "")
                chars = []
                ids = [i for i in ids if kinds.get(i) != "character"]
                props = insert + [p for p in props if p not in insert]
            elif camera["shot_size"] in ("CU", "ECU") and len(chars) > 1:
                # A close-up holds one face: the subject; the others are off screen.
                off = chars[1:]
                chars = chars[:1]
                ids = [i for i in ids if i not in off]
            if beat["dialogue"]:
                exchange_started = True
            elif not continuous:
                exchange_started = False
            if continuous and previous_shot is not None:
                # Props the subject was holding stay in hand through a shot that carries on.
                held = [i for i in previous_shot["entities"] if kinds.get(i) == "prop" and i not in ids]
                ids = ids + held
                props = props + held
                travel = previous_shot.get("_travel", travel)
            else:
                travel, scene_travel = _travel_direction(narration, scene_travel, movers, order)
            hard_cut = not continuous and (beat_index > 0 or scene.get("transition_in", "cut") == "cut")
            if hard_cut and previous_shot is not None:
                _avoid_jump_cut(camera, previous_shot, chars, props, kinds, bool(beat.get("size_cue")))
            if camera["move"] == "truck":
                camera["direction"] = travel
            if insert:
                layout = _insert_layout(props, camera["shot_size"], names)
            else:
                layout = _layout(chars, props, order, camera, movers, travel)
                for pid in _grounded_props(narration, props, names):
                    if chars and pid in layout:
                        layout[pid] = _floor_box(layout[chars[0]], camera["shot_size"])
            if continuous:
                for entity_id, box in previous_shot["layout"].items():
                    if entity_id in layout:
                        layout[entity_id]["start"] = list(box["end"])
                        if mover:
                            sign = 1 if travel == "right" else -1
                            layout[entity_id]["end"] = _shift(list(box["end"]), sign * 0.12)
                        else:
                            layout[entity_id]["end"] = list(box["end"])
            if continuous and chars and not insert:
                _hold_props(layout, chars[0], props, camera["shot_size"])
            if beat_index == 0:
                transition = scene.get("transition_in", "cut")
            else:
                transition = "continuous" if continuous else "cut"
            if shot_index == 0:
                transition = "cut"
            character_text = _character_text(chars + props, names, descriptions, beat)
            if hands_of:
                character_text = f"{hands_of}'s hands only, face out of frame; " + character_text
            shot = {
                "id": f"shot-{shot_index + 1:03d}",
                "description": beat["text"] if beat["source"] != "fountain" or not beat["dialogue"] else _dialogue_description(beat),
                "character": character_text,
                "background": _background_text(scene, narration),
                "relation": _relation_text(chars, layout, names, beat, travel, mover, props),
                "camera_text": f"{purpose}; {_camera_words(camera)}",
                "lighting": _lighting_text(scene, narration),
                "entities": ids,
                "layout": layout,
                "camera": camera,
                "duration_s": shot_duration(beat, camera, purpose),
                "dialogue": [{"speaker": d["speaker"], "text": d["text"]} for d in beat["dialogue"] if d["text"]],
                "transition": transition,
                "seed": int(options.get("seed", 0)) + shot_index,
            }
            shots.append(shot)
            previous_shot = dict(shot, _travel=travel)
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


def _introduction_order(script: dict, cast: dict, kinds: dict) -> list[str]:
    """Character ids in the order the film first shows them."""
    order: list[str] = []
    for scene in script["scenes"]:
        for beat in scene["beats"]:
            for entity_id in cast.get(beat["id"], []):
                if kinds.get(entity_id) == "character" and entity_id not in order:
                    order.append(entity_id)
    return order


# ---- camera ---------------------------------------------------------------------------------


_CLAUSE = re.compile(r"[,;:.!?，。；：！？]|\s+(?:as|while|then|but)\s+")
_PRONOUNS_EN = re.compile(r"\b(he|she|they|him|her|them|both|together)\b", re.IGNORECASE)
_PRONOUNS_ZH = ("他", "她", "他们", "她们")
_HANDS_EN = re.compile(r"\b(hands?|fingers?|fists?|palms?|knuckles)\b", re.IGNORECASE)
_INSERT_CUE = re.compile(
    r"^\s*(?:(?:extreme\s+)?close(?:[- ]?up(?:\s+(?:on|of))?|\s+(?:on|of))|insert(?:\s+(?:on|of))?)\b\s*[:,\-–—]?\s*",
    re.IGNORECASE,
)


def _is_moving(beat: dict) -> bool:
    """Something in the beat moves (a person, a train, a boat)."""
    text = beat["narration"]
    if has_cjk(text):
        return has_verb(text, lexicon.MOVES_ZH_FAST + lexicon.MOVES_ZH_SLOW) is not None
    return has_verb(text, lexicon.FAST_MOVES_EN + lexicon.SLOW_MOVES_EN) is not None


def _movers(beat: dict, chars: list[str], names: dict) -> list[str]:
    """The characters in the shot who move: "Mara runs", not "a boat drifts in, Ilan smiles".

    In each clause with a verb of movement, the people named (or meant by a subject pronoun)
    before the verb are the ones moving.
    """
    if not chars:
        return []
    # "JONAH (30s, soaked denim jacket) paces": a screenplay's parenthetical is not a clause.
    text = re.sub(r"\([^)]*\)", "", beat["narration"])
    zh = has_cjk(text)
    stems = (lexicon.MOVES_ZH_FAST + lexicon.MOVES_ZH_SLOW) if zh else (lexicon.FAST_MOVES_EN + lexicon.SLOW_MOVES_EN)
    movers: list[str] = []
    last_named: list[str] = []
    for clause in _CLAUSE.split(text):
        stem = has_verb(clause, stems) if clause else None
        if not stem:
            last_named = [c for c in chars if _names_in(clause or "", c, names)] or last_named
            continue
        at = clause.find(stem) if zh else re.search(r"(?<![a-z])" + re.escape(stem.strip()), clause.lower()).start()
        subject = clause[:at]
        named = [c for c in chars if _names_in(subject, c, names)]
        if not subject.strip(" \t\"'“”‘’") or re.fullmatch(r"\s*(?:\w+ly|still|then|now|again)\s*", subject):
            # "Mara, a tall woman in a red raincoat, climbs ...": the subject came clauses before.
            named = named or last_named
        elif zh and not named and not any(p in subject for p in _PRONOUNS_ZH) and not any(
                thing in subject for thing in lexicon.THINGS_THAT_MOVE_ZH):
            # Chinese drops a repeated subject: "林月穿着外套，提着灯笼走到海边".
            named = last_named
        if named:
            found = named
        elif re.search(r"\b(they|both|together)\b", subject, re.I) or any(p in subject for p in ("他们", "她们")):
            found = list(chars)
        elif re.search(r"\b(he|she)\b", subject, re.I) or any(p in subject for p in ("他", "她")):
            # The pronoun means someone in the shot the beat does not name.
            unnamed = [c for c in chars if not _names_in(text, c, names)]
            found = unnamed[:1] or chars[:1]
        else:
            found = []
        movers += [c for c in found if c not in movers]
    return movers


def _names_in(text: str, cid: str, names: dict) -> bool:
    name = names[cid]
    if has_cjk(name):
        return name in text
    words = [w for w in re.findall(r"[\w'-]+", name) if w.lower() not in ("the", "a", "an")]
    return any(re.search(r"\b" + re.escape(w) + r"\b", text, re.IGNORECASE) for w in words)


def _character_moving(beat: dict, chars: list[str], names: dict) -> bool:
    return bool(_movers(beat, chars, names))


def _keeps_moving(beat: dict, previous_beat: dict, chars: list[str], previous_shot: dict, names: dict) -> bool:
    """The same subject is still on the move: the shot carries straight on."""
    if beat["dialogue"] or beat["size_cue"] or not chars:
        return False
    previous_chars = [c for c in previous_shot["entities"] if c in names]
    return (_character_moving(beat, chars, names) and _character_moving(previous_beat, previous_chars, names)
            and chars[0] in previous_shot["entities"])


def _insert_focus(beat: dict, props: list[str], names: dict) -> list[str] | None:
    """The props an insert shot frames, when the beat is about hands or a prop.

    "Close on Mara's hands as she strikes a match", "CU: her gloved hand tightens on the suitcase
    handle", "Close-up on the conductor's whistle": the first thing named is hands or a prop.
    Returns the props (possibly none: hands alone), or None when the beat is not an insert.
    """
    text = beat["narration"].strip()
    cue = beat.get("size_cue")
    if has_cjk(text):
        lead = re.sub(r"^(大特写|特写)[：:，,]?", "", text)
        written = lead != text or cue in ("CU", "ECU")
        # Unasked, the thing must be the subject: "手里的灯笼", "她的手", not "老板娘看着照片".
        head = lead[:8] if written else re.sub(r"^[\u4e00-\u9fff]{1,3}的", "", lead)[:4]
        hit = [p for p in props if names[p] in head]
        if hit or ("手" in head and (written or head.startswith("手"))):
            return hit + [p for p in props if p not in hit and names[p] in lead]
        return None
    stripped = _INSERT_CUE.sub("", text, count=1)
    written = stripped != text or cue in ("CU", "ECU")
    if not written and cue:
        return None  # the writer asked for another size
    if not written:
        # Unasked, only a sentence whose subject is the hands or the thing is an insert:
        # "Her hand tightens on the letter", not "Mara lights the lamp".
        first = (re.findall(r"[\w'’-]+", stripped) or [""])[0]
        determiner = first.lower() in ("the", "a", "an", "her", "his", "their", "its", "my", "our", "your")
        possessive = re.search(r"['’]s$", first) is not None
        if not determiner and not possessive:
            return None
    head = " ".join(re.findall(r"[\w'’-]+", stripped)[:4]).lower()
    head_words = set(re.sub(r"['’]s\b", "", head).split())
    hit = [p for p in props if _prop_word(names[p]) in head_words]
    hands = bool(_HANDS_EN.search(head))
    if not hit and not hands:
        return None
    # The other props the hands work with in the same beat join the insert, in the order named.
    lower = stripped.lower()
    rest = sorted((p for p in props if p not in hit),
                  key=lambda p: lower.find(_prop_word(names[p])) % (len(lower) + 1))
    return hit + rest


def _prop_word(name: str) -> str:
    return name.lower().split()[-1]


def _insert_camera(beat: dict, focus: list[str]) -> tuple[dict, str]:
    tiny = any(_prop_word(p) in lexicon.TINY_PROPS or p.split("-")[-1] in lexicon.TINY_PROPS for p in focus)
    size = beat.get("size_cue") if beat.get("size_cue") in ("CU", "ECU") else ("ECU" if tiny and len(focus) == 1 else "CU")
    camera = {"shot_size": size, "angle": "eye", "move": "static", "direction": "none", "speed": "medium"}
    if move_speed(beat["narration"]) == "slow" or (beat.get("move_cue") or [""])[0] == "dolly":
        camera.update(move="dolly", direction="in", speed="slow")
    return camera, "insert: the hands and the prop fill the frame"


def _choose_camera(beat: dict, chars: list[str], props: list[str], new_location: bool, scene: dict,
                   continuous: bool, previous_shot: dict | None, exchange_started: bool,
                   mover: bool) -> tuple[dict, str]:
    text = beat["narration"]
    zh = has_cjk(text)
    camera = {"shot_size": "MS", "angle": "eye", "move": "static", "direction": "none", "speed": "medium"}
    purpose = "coverage"
    fast = has_verb(text, lexicon.MOVES_ZH_FAST if zh else lexicon.FAST_MOVES_EN)
    moving_thing = _is_moving(beat)
    panic = has_stem(text, lexicon.PANIC_ZH if zh else lexicon.PANIC_EN)
    detail = has_stem(text, lexicon.CLOSE_DETAIL_ZH if zh else lexicon.CLOSE_DETAIL_EN)
    extreme = None if zh else has_stem(text, lexicon.EXTREME_DETAIL_EN)
    landscape = any(w in (scene.get("location_key") or "") for w in (lexicon.LANDSCAPE_ZH if zh else lexicon.LANDSCAPE_EN))

    if new_location:
        purpose = "establishing the location"
        # An extreme wide makes people specks: keep it for the place alone or one still figure.
        camera.update(shot_size="EWS" if landscape and scene.get("exterior", True) and not mover
                      and len(chars) <= 1 else "WS")
        if mover:
            camera.update(move="truck", direction="right", speed="fast" if fast else "slow")
        elif camera["shot_size"] == "EWS":
            camera.update(move="crane", direction="down", speed="slow")
        else:
            camera.update(move="pan", direction="right", speed="slow")
    elif panic:
        purpose = "panic, the camera in the middle of it"
        camera.update(shot_size="MS", move="handheld", direction="none", speed="fast")
    elif mover:
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
    elif detail and chars:
        purpose = "a face: the reaction"
        camera.update(shot_size="ECU" if extreme and not chars[1:] else "CU")
    elif moving_thing and chars:
        # Something else moves (a boat drifts in, a train pulls out): hold wide enough to see it.
        purpose = "the arrival, seen with the people who wait for it"
        camera.update(shot_size="LS")
    elif len(chars) >= 3:
        purpose = "the group in one frame"
        camera.update(shot_size="LS")
    elif len(chars) == 2:
        purpose = "two-shot: both in the frame"
        camera.update(shot_size="MS")
    if not chars and not new_location and not beat.get("size_cue"):
        purpose = "the place and its mood" if not props else "the object alone"
        camera.update(shot_size="WS" if not props else "CU", direction="none", speed="slow",
                      move="pan" if moving_thing else "static")
        if moving_thing:
            camera["direction"] = "right"

    # What the writer asked for wins over the defaults.
    if beat.get("size_cue"):
        camera["shot_size"] = beat["size_cue"]
        purpose = "as written" if beat["source"] == "shotlist" else purpose
        if beat["size_cue"] in ("CU", "ECU") and camera["move"] in ("pan", "crane", "truck") and not mover:
            camera.update(move="static", direction="none", speed="medium")
    if beat.get("move_cue"):
        move, direction = beat["move_cue"]
        camera.update(move=move, direction=direction)
    if speed := beat.get("speed_cue") or move_speed(text):
        camera["speed"] = speed
    if continuous and previous_shot is not None:
        # Same setup as the shot it continues; the move and its pace carry on.
        previous = previous_shot["camera"]
        camera["shot_size"] = previous["shot_size"]
        if previous["move"] == camera["move"] and previous["direction"] == camera["direction"]:
            camera["speed"] = previous["speed"] if not move_speed(text) else camera["speed"]
        purpose = "continuing the action without a cut"
    if mover and camera["move"] == "truck" and not zh:
        if has_verb(text, lexicon.VERTICAL_UP_EN) and not has_stem(text, ("down",)):
            camera.update(move="crane", direction="up")
        elif has_verb(text, lexicon.VERTICAL_DOWN_EN) and not has_verb(text, ("run", "ran", "walk")):
            camera.update(move="crane", direction="down")
    if mover and camera["move"] == "truck" and zh:
        if has_stem(text, lexicon.VERTICAL_UP_ZH):
            camera.update(move="crane", direction="up")
    if not zh:
        if has_stem(text, lexicon.LOW_ANGLE_EN):
            camera["angle"] = "low"
        elif has_stem(text, lexicon.HIGH_ANGLE_EN):
            camera["angle"] = "high"
        # "Aerial:" opening a shot-list line, or an "aerial shot"; "fixes the bent aerial" is an antenna.
        if re.search(r"\b(overhead|bird's-eye|from directly above|top-down|top shot|aerial (?:shot|view))\b"
                     r"|^\s*aerial\s*[:\-–—]", text.lower()):
            camera["angle"] = "overhead"
        elif re.search(r"\b(dutch angle|dutch tilt|canted)\b", text.lower()):
            camera["angle"] = "dutch"
    if camera["move"] in ("static", "handheld"):
        camera["direction"] = "none"
    return camera, purpose


SIZES = ("ECU", "CU", "MCU", "MS", "MLS", "LS", "WS", "EWS")


def _avoid_jump_cut(camera: dict, previous: dict, chars: list[str], props: list[str], kinds: dict,
                    size_asked: bool) -> None:
    """A director never cuts between two identical setups: when this shot would have the last
    shot's size, angle and subjects, move the size one step (closer on people, wider on an empty
    place), or, when the writer asked for that size, change the angle."""
    before = previous["camera"]
    subjects = {i for i in previous["entities"] if kinds.get(i) in ("character", "prop")}
    same_subjects = set(chars) | set(props) == subjects or (
        set(chars) == {i for i in subjects if kinds.get(i) == "character"} and bool(chars))
    if not same_subjects or camera["shot_size"] != before["shot_size"] or camera["angle"] != before["angle"]:
        return
    if size_asked:
        camera["angle"] = "high" if camera["angle"] == "low" else "low"
        return
    index = SIZES.index(camera["shot_size"])
    closer = index - 1 if index > 0 else index + 1
    wider = index + 1 if index < len(SIZES) - 1 else index - 1
    step = closer if (chars or props) and camera["shot_size"] not in ("ECU",) else wider
    if not chars and not props and camera["shot_size"] == "EWS":
        step = closer
    camera["shot_size"] = SIZES[step]
    if camera["shot_size"] in _CLOSE and camera["move"] in ("pan", "crane", "truck") and not chars:
        camera.update(move="static", direction="none")


def _travel_direction(text: str, current: str, movers: list[str], order: list[str]) -> tuple[str, str]:
    """(this shot's direction of travel, the scene's from now on).

    Written directions ("back to", "to the left") set the scene's screen direction. Otherwise a
    lone mover who stands right of centre walks left, into the frame and toward the others,
    rather than out of the picture; everyone else keeps the scene's direction.
    """
    lower = text.lower()
    if any(w in lower for w in lexicon.LEFTWARD_EN) or "往回" in text or "回到" in text:
        return "left", "left"
    if any(w in lower for w in lexicon.RIGHTWARD_EN):
        return "right", "right"
    if len(movers) == 1 and movers[0] in order and _SLOTS[order.index(movers[0]) % len(_SLOTS)] > 0.5:
        return "left", current
    return current, current


def _camera_words(camera: dict) -> str:
    move = "static" if camera["move"] == "static" else f"{camera['speed']} {camera['move']}"
    if camera["direction"] != "none":
        move += f" {camera['direction']}"
    return f"{camera['shot_size']}, {camera['angle']} angle, {move}"


# ---- layout ---------------------------------------------------------------------------------


def _person_box(center_x: float, size: str, max_width: float = 1.0) -> list[float]:
    w, h, bottom = _PERSON_BOX[size]
    w = min(w, max_width)
    x0 = min(max(center_x - w / 2, 0.0), 1.0 - w)
    y1 = bottom
    y0 = max(0.0, y1 - h)
    return [round(x0, 3), round(y0, 3), round(x0 + w, 3), round(y1, 3)]


def _shift(box: list[float], dx: float) -> list[float]:
    w = box[2] - box[0]
    x0 = min(max(box[0] + dx, 0.0), 1.0 - w)
    return [round(x0, 3), box[1], round(x0 + w, 3), box[3]]


def _layout(chars: list[str], props: list[str], order: list[str], camera: dict, movers: list[str],
            travel: str) -> dict:
    """Boxes for the people and props in a shot.

    A character alone keeps the side of the screen it has in the scene; several share the frame
    left to right in the order they entered the film, never overlapping. Movers travel from the
    start box to the end box; a held prop sits at its holder's hand.
    """
    size = camera["shot_size"]
    layout: dict[str, dict] = {}
    ranked = sorted(chars, key=lambda c: order.index(c) if c in order else len(order))
    count = len(ranked)
    for position, cid in enumerate(ranked):
        if count == 1:
            slot = order.index(cid) if cid in order else len(order)
            cx = _SLOTS[slot % len(_SLOTS)]
            if size in _CLOSE:
                cx = 0.42 if cx < 0.5 else 0.58 if cx > 0.5 else 0.5  # a single keeps its side, nearer centre
        elif count == 2:
            cx = (0.3, 0.7)[position]
        else:
            cx = 0.5 + (position - (count - 1) / 2) * (0.8 / count)
        box = _person_box(cx, size, max_width=0.9 * (0.8 / count if count > 2 else 0.4) if count > 1 else 1.0)
        layout[cid] = {"start": box, "end": box}
    if movers:
        sign = 1 if travel == "right" else -1
        # Tracking keeps the subject near its mark; a static frame lets it cross.
        reach = 0.08 if camera["move"] in ("truck", "crane", "dolly") else 0.22 if count == 1 else 0.06
        for cid in movers:
            if cid in layout:
                box = layout[cid]["start"]
                layout[cid] = {"start": _shift(box, -sign * reach), "end": _shift(box, sign * reach)}
    holder = chars[0] if chars else None
    for index, pid in enumerate(props):
        if holder:
            hb = layout[holder]["start"]
            he = layout[holder]["end"]
            layout[pid] = {"start": _prop_box(hb, size, index), "end": _prop_box(he, size, index, hand_from=hb)}
        else:
            x = 0.5 + 0.2 * (index - (len(props) - 1) / 2)
            big = 0.5 if size in _CLOSE else 0.14
            box = [round(max(0.0, x - big / 2), 3), round(0.5 - big / 2, 3), round(min(1.0, x + big / 2), 3), round(0.5 + big / 2, 3)]
            layout[pid] = {"start": box, "end": box}
    return layout


_ON_THE_GROUND = re.compile(
    r"\b(?:at (?:her|his|their|its) feet|on the (?:ground|floor|platform)|beside (?:her|him|them))\b",
    re.IGNORECASE)


def _grounded_props(narration: str, props: list[str], names: dict) -> list[str]:
    """Props the text puts down ("a suitcase at her feet"): on the floor, not in a hand."""
    out = []
    for clause in re.split(r"[,;.]", narration):
        if _ON_THE_GROUND.search(clause):
            out += [p for p in props if _prop_word(names[p]) in clause.lower()]
    return out


def _floor_box(person: dict, size: str) -> dict:
    """A prop standing on the floor at the outer side of its owner's feet."""
    boxes = {}
    for end in ("start", "end"):
        x0, y0, x1, y1 = person[end]
        w, h = x1 - x0, y1 - y0
        pw, ph = min(0.3, w * 0.55), min(0.4, h * 0.22)
        px = x1 - pw * 0.2 if (x0 + x1) / 2 < 0.5 else x0 - pw * 0.8
        px = min(max(px, 0.0), 1.0 - pw)
        py = min(1.0, y1) - ph
        boxes[end] = [round(px, 3), round(max(0.0, py), 3), round(px + pw, 3), round(min(1.0, y1), 3)]
    return boxes


def _hold_props(layout: dict, holder: str, props: list[str], size: str) -> None:
    """Put held props back in the holder's hand after the holder's boxes changed."""
    for index, pid in enumerate(props):
        start = layout[holder]["start"]
        layout[pid] = {"start": _prop_box(start, size, index),
                       "end": _prop_box(layout[holder]["end"], size, index, hand_from=start)}


def _insert_layout(props: list[str], size: str, names: dict) -> dict:
    """An insert: the props large in the frame, side by side; a match or a key beside a lantern
    stays the smaller thing."""
    layout: dict[str, dict] = {}
    count = len(props)
    for index, pid in enumerate(props):
        tiny = _prop_word(names[pid]) in lexicon.TINY_PROPS and count > 1
        scale = (0.62 if size == "ECU" else 0.5) * (0.6 if tiny else 1.0)
        if count > 1:
            scale = min(scale, 0.9 / count)
        cx = 0.5 if count == 1 else 0.5 + (index - (count - 1) / 2) * (0.9 / count)
        # Props are drawn about as tall as wide; keep the box inside the frame.
        w, h = scale * 0.62, min(0.9, scale * 1.1)
        x0 = min(max(cx - w / 2, 0.0), 1.0 - w)
        y0 = min(max(0.55 - h / 2, 0.0), 1.0 - h)
        box = [round(x0, 3), round(y0, 3), round(x0 + w, 3), round(y0 + h, 3)]
        layout[pid] = {"start": box, "end": box}
    return layout


def _prop_box(person: list[float], size: str, index: int = 0, hand_from: list[float] | None = None) -> list[float]:
    """A held prop sits at hand height on the frame-centre side of its holder (judged from
    ``hand_from``, the start box, so it stays in the same hand as the holder moves); a second
    prop held at once sits beside the first, not on top of it."""
    x0, y0, x1, y1 = person
    w, h = x1 - x0, y1 - y0
    pw = max(0.03, min(0.3, w * (0.5 if size in _CLOSE else 0.35)))
    ph = max(0.03, min(0.35, h * (0.3 if size in _CLOSE else 0.15)))
    reference = hand_from or person
    centre = (reference[0] + reference[2]) / 2
    inward = 1 if centre < 0.5 else -1
    px = x1 - pw * 0.6 if inward > 0 else x0 - pw * 0.4
    px += inward * index * pw * 1.1
    if not 0.0 <= px <= 1.0 - pw:
        px = (x0 - pw * 0.4 - (index - 1) * pw * 1.1) if inward > 0 else (x1 - pw * 0.6 + (index - 1) * pw * 1.1)
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


def _relation_text(chars: list[str], layout: dict, names: dict, beat: dict, travel: str,
                   mover: bool, props: list[str]) -> str:
    if not chars:
        if props:
            return "the " + " and the ".join(names[p] for p in props) + " filling the frame"
        return "empty frame, the place alone"
    sides = []
    for cid in chars:
        box = layout[cid]["start"]
        cx = (box[0] + box[2]) / 2
        side = "left" if cx < 0.45 else "right" if cx > 0.55 else "centre"
        sides.append(f"{names[cid]} frame {side}")
    text = ", ".join(sides)
    if mover:
        text += f"; moving frame {travel}"
    if len(chars) == 2 and beat["dialogue"]:
        text += "; facing each other"
    return text


def _lighting_text(scene: dict, narration: str) -> str:
    from director.planning.heuristic.script import lighting_for

    return lighting_for(scene["time_of_day"], narration + " " + scene.get("lighting", ""))


def _dialogue_description(beat: dict) -> str:
    line = beat["dialogue"][0]
    paren = f" {beat['parenthetical']}" if beat.get("parenthetical") else ""
    return shorten(f"{line['speaker']}{paren}: {line['text']}", 400)


# Seconds a shot holds: long enough to read the action, short enough to keep the cut alive.
ACTION_MIN_S, ACTION_MAX_S = 3.0, 5.0
READING_WORDS_PER_S = 2.5
READING_PAD_S = 1.0


def shot_duration(beat: dict, camera: dict, purpose: str) -> float:
    """How long a shot holds.

    Dialogue gets the time to say and read it: spoken words / 2.5 per second + 1 s. Action alone
    holds 3–5 s by how much happens (an insert or a reaction sits at the short end, an
    establishing move at the long end), however long the sentence that describes it.
    """
    spoken = " ".join(d["text"] for d in beat["dialogue"] if d["text"])
    action_words = word_count(beat["narration"])
    action = ACTION_MIN_S + min(1.0, action_words / 25.0) * (ACTION_MAX_S - ACTION_MIN_S)
    if purpose.startswith("insert") or camera["shot_size"] in ("CU", "ECU"):
        action = min(action, 3.5)
    if purpose.startswith("establishing") or camera["move"] in ("crane", "orbit"):
        action = max(action, 4.5)
    if spoken:
        reading = word_count(spoken) / READING_WORDS_PER_S + READING_PAD_S
        # A line with real action around it ("Mara walks the pier ... 'You're late,' Ilan says")
        # also needs the time the action takes; a bare speech tag does not.
        floor = action if action_words > 6 else 2.5
        return round(min(30.0, max(floor, reading)), 2)
    return round(min(ACTION_MAX_S, max(ACTION_MIN_S, action)), 2)
