"""The script stage: a Story becomes scenes of beats (one beat ≈ one future shot).

A beat is a plain dict: ``id``, ``text`` (what happens), ``narration`` (the text without quoted
speech), ``dialogue`` (lines; prose speakers are filled in by the entities stage), camera cues the
writer gave (``size_cue``, ``move_cue``), ``continuous`` (the action carries straight on from the
beat before), and ``arc`` (for expanded loglines). Scenes carry heading, location, time of day,
lighting and the transition into them.
"""

from __future__ import annotations

import re

from director.fountain import parse_fountain
from director.ingest import without_request
from director.planning.forms import is_vehicle
from director.planning.heuristic import languages, lexicon
from director.planning.heuristic.languages import world as lang_world
from director.planning.heuristic.clock import clock_times
from director.planning.heuristic.logline import expand_logline
from director.planning.heuristic.languages.people import quote_dash_dialogue
from director.text import (
    has_cjk, has_stem, has_verb, paragraphs, quoted, sentences, shorten, without_quotes, word_count,
)

INTERIOR_PLACES = {
    "gym", "gymnasium", "dojo", "room", "bedroom", "kitchen", "hallway", "corridor", "stairwell", "basement", "attic", "cellar",
    "office", "shop", "store", "bar", "cafe", "café", "restaurant", "diner", "hotel", "hospital",
    "church", "temple", "school", "classroom", "library", "museum", "theater", "theatre", "studio",
    "factory", "warehouse", "cabin", "hut", "apartment", "flat", "train", "bus", "car", "taxi",
    "subway", "bakery", "gallery", "hall", "workshop", "lab", "laboratory", "cell", "home", "house",
    "barn", "prison", "castle", "palace", "cave", "tunnel", "cottage", "greenhouse", "airlock",
    "cockpit", "hangar", "garage", "lobby", "ward", "clinic", "chapel", "cathedral", "dungeon",
    "mine", "sewer", "stable", "mill", "inn", "tavern", "pub", "bathroom", "lounge", "nursery",
    "dormitory", "tent", "bunker", "vault", "observatory", "parlor", "parlour", "chamber", "den",
    "burrow", "spaceship", "starship", "shuttle", "capsule", "attic", "cellar", "sedan", "van",
    "truck", "jeep", "limousine", "helicopter", "cab", "tram", "ferry", "yacht", "plane", "airplane",
    "mezzanine", "atrium", "ballroom", "cloakroom", "foyer", "vestibule", "gallery", "teahouse",
    "canteen", "cafeteria", "pantry", "hospice", "galley", "wheelhouse", "quarters", "compartment",
    "房间", "卧室", "厨房", "客厅", "走廊", "楼梯", "办公室", "商店", "酒吧", "咖啡馆", "饭馆",
    "医院", "学校", "教室", "图书馆", "工厂", "仓库", "家里", "家中", "小屋", "火车",
    "茶馆", "客栈", "酒馆", "屋里", "船舱", "车厢", "书房", "病房", "教堂", "大殿", "厅堂", "庙里",
    "saloon", "elevator", "lift", "面馆",
}
# Venues of sport and show are usually roofed: "That night the arena roars."
INTERIOR_PLACES |= {"courtroom", "arena", "rink", "auditorium", "playhouse", "cinema", "casino", "nightclub", "backstage",
                    "gymnasium", "dojo", "caravan", "motorhome", "campervan", "circus", "clubhouse", "stage"}
_PLACE_PHRASE = re.compile(
    r"\b(?:at|in|inside|into|to|on|onto|toward|towards|through|across|of|from|down|up|along|"
    r"near|beside|outside|reaches|enters|leaves)\s+(?:the|a|an|her|his|their)\s+"
    r"((?:[a-z'-]+\s+){0,2})([a-z]+)\b",
    re.IGNORECASE,
)
_NUMBER_PREFIX = re.compile(
    r"^\s*(?:(?:shot|scene)\s*\d+\s*[:.)\-–]|\d+\s*[.)、:：]|\d+\s+-\s|第?\s*\d+\s*(?:个)?镜头\s*[:：.、]?"
    r"|镜头\s*\d+\s*[:：.、])\s*",
    re.IGNORECASE,
)
_SIZE_PREFIX = re.compile(r"^(ECU|EWS|MCU|MLS|CU|MS|LS|WS)\s*[:\-–—.]\s*", re.IGNORECASE)


# ---- public ---------------------------------------------------------------------------------


def build_script(story: dict) -> dict:
    """Turn a Story (as a dict) into ``{"title", "logline", "language", "scenes": [...]}``."""
    with languages.reading(story["language"]):
        return _build_script(story)


def _european() -> str | None:
    """The story's language when the European word tables read it (Spanish, French...)."""
    lang = languages.current()
    return lang if lang in lang_world.LANGUAGES else None


def _build_script(story: dict) -> dict:
    kind = story["kind"]
    if kind not in ("logline", "fountain"):
        # "Make it 12 shots." is the writer talking to us, not a moment of the film. (In a
        # screenplay only action lines can be a request: dialogue is spoken verbatim.)
        story = dict(story, text=without_request(story["text"]) or story["text"])
    if kind == "fountain":
        scenes, title = _fountain_scenes(story["text"]), None
        script_title = title or story["title"]
    elif (story.get("language") or "")[:2] in ("ru", "ja", "ko"):
        from director.planning.heuristic.languages import rjk  # it builds on this module

        # Russian, Japanese, Korean prose, shot lists and loglines: their own reader (a logline is
        # read as the sentence it is, not expanded by English or Chinese templates).
        return rjk.build_script(story)
    elif kind == "shotlist":
        scenes = _shotlist_scenes(story["text"], story["title"])
        script_title = story["title"]
    elif kind == "logline" and not _european():
        return expand_logline(story)  # (the expansion reads English; other loglines are read as told)
    else:
        # Spanish, French... dialogue written with dashes becomes quoted speech first.
        scenes = _prose_scenes(quote_dash_dialogue(story["text"], story.get("language", "")), story["title"])
        script_title = story["title"]
    number_beats(scenes)
    return {
        "title": script_title,
        "logline": _first_sentence(scenes),
        "language": story["language"],
        "scenes": scenes,
    }


# ---- scene facts from words -----------------------------------------------------------------


_PHRASE_STOP = {"the", "a", "an", "to", "and", "with", "in", "on", "at", "of", "as", "for", "from", "into", "toward",
                "towards", "where", "while", "past", "by", "near", "under", "over", "then", "but"}
_LOOSE_START = re.compile(r"\b(?:the|a|an)\s+", re.IGNORECASE)
_PLACE_START = re.compile(
    r"\b(?:at|in|inside|into|to|on|onto|toward|towards|through|across|of|from|down|up|along|"
    r"near|beside|outside|reaches|enters|leaves)\s+(?:the|a|an|her|his|their)\s+",
    re.IGNORECASE,
)


# "down from", "arrives from": a place left behind. ("watches the crowd from the mezzanine" is
# where she stands.)
_COMING_FROM = re.compile(r"\b(?:down|up|out|away|off|back|over|across|arrives?|arrived|comes?|came|returns?|"
                          r"returned|falls?|fell|drops?|dropped|emerges?|emerged|flies|flew|descends?|"
                          r"descended|swoops?|swooped|escapes?|escaped|fled|flees)\s*$", re.IGNORECASE)
_BEING_AT = re.compile(
    r"\b(?:at|in|inside|on|by|beside|near|outside|under|atop)\s+(?:the|a|an|her|his|their)\s+",
    re.IGNORECASE,
)


# Places written without an article: "out at sea", "ashore", "on deck".
_BARE_PLACES = {"at sea": "sea", "out to sea": "sea", "ashore": "shore", "on deck": "deck",
                "on board": "deck", "aboard": "deck", "in town": "town", "downtown": "city",
                "into town": "town", "upstairs": "upstairs", "downstairs": "downstairs",
                "in orbit": "orbit", "in space": "space", "underground": "tunnel",
                "underwater": "sea", "overboard": "sea", "in the open": "field"}
_BARE_PLACE = re.compile(r"\b(" + "|".join(re.escape(k).replace("\\ ", r"\s+") for k in _BARE_PLACES) + r")\b", re.I)


# Things a place word can describe: "hospital scrubs", "kitchen knife", "office chair".
_OWNED_THINGS = (lexicon.LOOK_NOUNS_EN | lexicon.PROPS_EN) - lexicon.PLACES_EN
# A place only looked at is seen from where the looker is: "she looked out at the empty yard".
_LOOKING = re.compile(r"\b(?:look|looks|looked|looking|stare[sd]?|staring|gaze[sd]?|gazing|glance[sd]?|glancing"
                      r"|peer(?:s|ed|ing)?|watch(?:es|ed|ing)?)(?:\s+(?:out|down|up|back|over|across|away|off))?\s*$",
                      re.IGNORECASE)


# Place words that are more often adjectives: a place only at the end of their phrase ("her flat",
# "the flat above"), never before a noun ("a flat voice").
_AFTER_A_PLACE = frozenset({"above", "below", "upstairs", "downstairs", "behind", "beyond", "nearby", "opposite",
                            "there", "here", "again", "next", "where", "when", "while", "itself"})
_ADJECTIVE_PLACES = frozenset({"flat", "square", "court", "common", "yard", "deck"}) & lexicon.PLACES_EN


def place_phrase(text: str, vehicles: bool = False, more: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The place a noun phrase names, read from its first words: "old harbor at dawn" →
    ("harbor", "the old harbor"); None when its head is not a place. With ``vehicles`` a vehicle
    someone gets into is a place too ("climbs into the sedan")."""
    text = re.split(r"[.,;:!?\"“”]", text, maxsplit=1)[0]  # a place is named inside its clause
    words = re.findall(r"[^\W\d_][\w'-]*", text.lower())[:3]
    phrase: list[str] = []
    for word in words:
        if word in _PHRASE_STOP:
            break
        phrase.append(word)
    heads = [i for i, w in enumerate(phrase) if w in lexicon.PLACES_EN or w in more or (vehicles and is_vehicle(w))
             or _venue_head(phrase, i, words)]
    if not heads:
        return None
    last = heads[-1]
    if last + 1 < len(words) and words[last + 1] in _OWNED_THINGS:
        return None  # "in her hospital scrubs", "on the kitchen table": the place word describes a thing
    if phrase[last] in _ADJECTIVE_PLACES and last + 1 < len(words) \
            and words[last + 1] not in _PHRASE_STOP | _AFTER_A_PLACE:
        return None  # "in a flat voice", "a square table": an adjective before its noun
    # Keep one describing word before the place ("old harbor"), drop the rest.
    kept = phrase[max(0, last - 1): last + 1] if last else phrase[last: last + 1]
    if len(kept) == 2 and kept[0] in lexicon.PLACES_EN | {"stone", "empty", "quiet", "dark"}:
        kept = kept[1:] if kept[0] not in lexicon.PLACES_EN else kept
    return phrase[last], "the " + " ".join(kept)


def _venue_head(phrase: list[str], i: int, words: list[str]) -> bool:
    """Whether ``phrase[i]`` names a sports venue: "boxing ring", "tennis court", or a bare pitch."""
    if phrase[i] == "top":
        return i > 0 and phrase[i - 1] == "big"  # a circus's big top
    if phrase[i] == "stage":  # "onto the stage", not "the final stage of the race"
        following = words[i + 1] if i + 1 < len(words) else ""
        return following != "of" and not (i and phrase[i - 1] in lexicon.PHASE_WORDS_EN)
    if phrase[i] not in lexicon.VENUE_HEADS_EN:
        return False
    if i and phrase[i - 1] in lexicon.VENUE_MODIFIERS_EN:
        return True
    following = words[i + 1] if i + 1 < len(words) else ""
    return phrase[i] == "pitch" and following not in ("dark", "black")


def find_location(narration: str, loose: bool = False, where: bool = False,
                  not_from: bool = False) -> tuple[str, str] | None:
    """The first place named in narration: (key, display phrase), e.g. ("harbor", "the harbor").
    ``not_from`` skips places named after "from" (where someone or something comes from).

    English needs a place preposition ("to the harbor") unless ``loose`` (shot-list lines such as
    "WS: a quiet train station at dawn"), where any "a/the ... <place>" phrase counts.
    """
    if (lang := _european()) and not has_cjk(narration):
        return lang_world.find_location(narration, lang, not_from=not_from or where, loose=loose)
    if has_cjk(narration):
        best: tuple[int, str] | None = None
        for place in lexicon.PLACES_ZH:
            pos = narration.find(place)
            if pos >= 0 and (best is None or pos < best[0]):
                best = (pos, place)
        if best:
            # "巷子口的小茶馆": the place after 的 is the one meant.
            rest = narration[best[0] + len(best[1]): best[0] + len(best[1]) + 8]
            if "的" in rest:
                after = rest[rest.index("的") + 1:]
                owned = [p for p in lexicon.PLACES_ZH if p in after[:6]]
                if owned:
                    best = (best[0], max(owned, key=len))
        return (best[1], best[1]) if best else None
    # ``where``: only a place someone is at ("waits on the pier"), not one they look or pass through.
    bare = _BARE_PLACE.search(narration)
    starts = _LOOSE_START if loose else _BEING_AT if where else _PLACE_START
    for m in starts.finditer(narration):
        if not_from and m.group(0).lower().startswith("from") and _COMING_FROM.search(narration[:m.start()]):
            continue  # "hums down from the white sky": where something comes from, not where we are
        found = place_phrase(narration[m.end():])
        if found and _LOOKING.search(narration[:m.start()]):
            continue
        if found:
            if bare and bare.start() < m.start():
                break
            return found
    if bare:
        key = _BARE_PLACES[re.sub(r"\s+", " ", bare.group(1).lower())]
        return key, "the " + key
    return None


def find_time_of_day(narration: str) -> str | None:
    """The first time of day the text states: a time word ("at dawn", "that evening", "深夜") or a
    clock time whose half of the day is known ("closes at nine", "at 3 a.m.", "晚上九点")."""
    if (lang := _european()) and not has_cjk(narration):
        clocks = clock_times(narration)  # "21:30" reads the same in every language
        return lang_world.find_time_of_day(narration, lang) or (min(clocks)[2] if clocks else None)
    words = lexicon.TIME_WORDS_ZH if has_cjk(narration) else lexicon.TIME_WORDS_EN
    lower = narration.lower()
    hits = [(pos, -length, tod) for pos, length, tod in clock_times(narration)]
    for word, tod in words:
        pos = lower.find(word) if has_cjk(word) else _word_pos(lower, word)
        if pos >= 0:
            hits.append((pos, -len(word), tod))
    return min(hits)[2] if hits else None


def _word_pos(lower: str, word: str) -> int:
    m = re.search(r"\b" + re.escape(word) + r"\b", lower)
    return m.start() if m else -1


def find_time_jump(narration: str) -> bool:
    if (lang := _european()) and not has_cjk(narration):
        return lang_world.find_time_jump(narration, lang)
    lower = narration.lower()
    if has_cjk(narration):
        return any(lower.startswith(j) or f"，{j}" in lower or lower.find(j) == 0 for j in lexicon.TIME_JUMPS_ZH) or any(
            j in lower[:8] for j in lexicon.TIME_JUMPS_ZH)
    return any(re.search(r"\b" + re.escape(j) + r"\b", lower[:60]) for j in lexicon.TIME_JUMPS_EN)


def lighting_for(time_of_day: str, text: str) -> str:
    """Lighting in a cinematographer's words, from the time of day and light sources in the text."""
    base = {
        "dawn": "cool blue pre-dawn light warming to soft gold at the horizon, low contrast",
        "morning": "clean low-angle morning sun, soft shadows",
        "day": "even daylight, natural contrast",
        "afternoon": "warm high afternoon sun, crisp shadows",
        "dusk": "golden-hour backlight fading to blue dusk, long shadows",
        "evening": "warm interior practicals against a deep blue window",
        "night": "low-key night, cool moonlight with deep shadows",
    }[time_of_day]
    if lang := _european():  # the story's weather and light words, named as the checks below name them
        names = {"lamplight": "lamp", "firelight": "fire"}
        text = " ".join([text, *(names.get(a, a) for a in sorted(lang_world.infer_atmosphere(text, lang)))])
    extras = []
    checks = [
        (("storm", "rain", "wet", "风暴", "雨"), "rain-streaked, wet reflections"),
        (("fog", "mist", "haze", "雾"), "diffused through fog"),
        (("lantern", "candle", "match", "flame", "fire", "wick", "灯笼", "蜡烛", "火"),
         "warm flickering practical flame light"),
        (("neon",), "neon spill"),
        (("lamp", "glow", "beam", "lens", "灯光", "光"), "a single strong practical glow"),
        (("snow", "雪"), "bright soft bounce from snow"),
    ]
    for words, phrase in checks:
        if any(w in text.lower() for w in words):
            extras.append(phrase)
    return ", ".join([base] + extras[:2])


def _is_exterior(key: str) -> bool:
    if (lang := _european()) and (inside := lang_world.is_interior(key, lang)) is not None:
        return not inside
    return key not in INTERIOR_PLACES


def _heading(location_key: str | None, location_name: str, time_of_day: str) -> str:
    if not location_key:
        return f"{location_name.upper() or 'UNSPECIFIED LOCATION'} - {time_of_day.upper()}"
    prefix = "EXT." if _is_exterior(location_key) else "INT."
    name = re.sub(r"^the\s+", "", location_name, flags=re.IGNORECASE)
    if lang := _european():
        name = lang_world.without_article(name, lang)
    return f"{prefix} {name.upper()} - {time_of_day.upper()}"


# ---- beats ----------------------------------------------------------------------------------


def make_beat(text: str, *, dialogue: list[dict] | None = None, source: str = "prose",
              size_cue: str | None = None, arc: str = "", speaker_visible: bool = True,
              parenthetical: str = "") -> dict:
    """A beat dict with the camera cues and continuity hints its words carry."""
    narration = without_quotes(text).strip()
    lines = dialogue if dialogue is not None else [{"speaker": "", "text": spoken_line(q)} for q in _speeches(text)]
    move_cue = _move_cue(narration)
    return {
        "id": "",
        "text": text.strip(),
        "narration": narration,
        "dialogue": lines,
        "parenthetical": parenthetical,
        "speaker_visible": speaker_visible,
        "size_cue": size_cue or _size_cue(narration),
        "move_cue": move_cue,
        "continuous": _continuous_hint(narration),
        "arc": arc,
        "source": source,
    }


def _speeches(text: str) -> list[str]:
    """The quotations of a sentence as spoken lines: a line the writer broke with its speech tag
    ('"Wait," Ilan said, "the lock is new."') is one line, "Wait, the lock is new."."""
    out: list[str] = []
    for q in (q for q in quoted(text) if q):
        if out and out[-1].endswith(",") and q[:1].islower():
            out[-1] = out[-1] + " " + q
        else:
            out.append(q)
    return out


def spoken_line(quote: str) -> str:
    """A quoted line as it is said: '"The lamp is dead," Ilan says' ends the line with a full stop
    (an ideographic comma, "，" or "、", with an ideographic one)."""
    quote = quote.strip()
    if quote.endswith(","):
        return quote[:-1].rstrip() + "."
    if quote.endswith(("，", "、")):
        return quote[:-1] + "。"
    return quote


def _size_cue(narration: str) -> str | None:
    if (lang := _european()) and (size := lang_world.size_cue(narration, lang)):
        return size
    if has_cjk(narration):
        for cue, size in sorted(lexicon.SHOT_SIZE_CUES_ZH, key=lambda c: -len(c[0])):
            if cue in narration:
                return size
        return None
    lower = narration.lower()
    for cue, size in lexicon.SHOT_SIZE_CUES_EN:
        if len(cue) <= 3:
            # Abbreviations count only at the start of a line: "CU: her hand".
            if re.match(re.escape(cue) + r"\b", lower) and narration[: len(cue)].isupper():
                return size
        elif re.search(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", lower):
            if cue == "wide" and not re.search(r"\bwide (shot|angle|view)\b", lower):
                continue
            return size
    return None


def _move_cue(narration: str) -> list[str] | None:
    cues = lexicon.MOVE_CUES_ZH if has_cjk(narration) else lexicon.MOVE_CUES_EN
    lower = narration.lower()
    for cue, move, direction in cues:
        if has_cjk(cue):
            if cue in narration:
                return [move, direction]
        elif re.search(r"\b" + re.escape(cue) + r"\b", lower):
            if cue in ("track", "pan", "crane") and not re.search(
                r"\b(camera|shot|we)\b|\b" + cue + r"s?\s+(with|across|over|up|down|following|left|right)", lower
            ):
                continue  # "track" as in a railway track, "pan" as in a frying pan
            return [move, direction]
    return None


def move_speed(narration: str) -> str | None:
    """A speed the writer gave for the camera: "slow pan", "quick push in"."""
    lower = narration.lower()
    if re.search(r"\b(slow|slowly|gentle|gently|gradual)\b|缓缓|慢慢", lower):
        return "slow"
    if re.search(r"\b(fast|quick|quickly|rapid|whip)\b|快速|迅速", lower):
        return "fast"
    return None


def _continuous_hint(narration: str) -> bool:
    if has_cjk(narration):
        return any(word in narration[:12] for word in lexicon.CONTINUOUS_ZH)
    lower = narration.lower().strip() + " "
    if any(lower.startswith(start) for start in lexicon.CONTINUOUS_START_EN):
        return True
    return has_stem(lower, lexicon.CONTINUOUS_EN) is not None


# A sentence that is only a speech tag naming its speaker: "Felix asks.", "Judge Obi says quietly."
_NAMED_TAG_EN = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:\w+ly\s+)?(?:" + "|".join(lexicon.SPEECH_VERBS_EN) + r")\w*(?:\s+\w+ly)?\s*[.!]?")


def _beats_from_paragraph(paragraph: str, source: str) -> list[dict]:
    """Sentences → beats. A short plain sentence joins the beat before it (one shot, not two)."""
    beats: list[dict] = []
    for sentence in sentences(paragraph):
        beat = make_beat(sentence, source=source)
        previous = beats[-1] if beats else None
        short = word_count(beat["narration"]) < 7
        bare_quote = beat["dialogue"] and not beat["narration"].strip(" ,.;:，。")
        if previous is not None and _NAMED_TAG_EN.fullmatch(sentence) and previous["dialogue"] \
                and not previous["narration"].strip(" ,.;:"):
            # '"What did you see?" Felix asks.': a capital after "?" or "!" ended the sentence, but
            # a name and a verb of speech alone are the quote's tag.
            merged = make_beat(previous["text"] + " " + sentence, source=source)
            merged["size_cue"], merged["continuous"] = previous["size_cue"], previous["continuous"]
            beats[-1] = merged
        elif previous is not None and bare_quote:
            # A bare quote after a spoken line in the same paragraph is the same speaker going on:
            # '"Two minutes," he says. "Did anyone follow you?"' is one shot, two lines; after an
            # action it is the one who acted: 'Dana laughs. "Fine. You win."'.
            merged = make_beat(previous["text"] + (" " if not has_cjk(paragraph) else "") + sentence,
                               source=source)
            merged["size_cue"], merged["continuous"] = previous["size_cue"], previous["continuous"]
            beats[-1] = merged
        elif (
            previous is not None and short and not beat["dialogue"] and not previous["dialogue"]
            and not beat["size_cue"] and not beat["move_cue"] and not _has_motion(beat["narration"])
            and not opening_place(beat["narration"])
        ):
            merged = make_beat(previous["text"] + (" " if not has_cjk(paragraph) else "") + sentence,
                               source=source)
            merged["size_cue"] = previous["size_cue"]
            merged["continuous"] = previous["continuous"]
            beats[-1] = merged
        else:
            beats.append(beat)
    return beats


def _has_motion(narration: str) -> bool:
    if has_cjk(narration):
        return has_stem(narration, lexicon.MOVES_ZH_FAST + lexicon.MOVES_ZH_SLOW) is not None
    return has_verb(narration, lexicon.FAST_MOVES_EN + lexicon.SLOW_MOVES_EN) is not None


def number_beats(scenes: list[dict]) -> None:
    """Give scenes ids scene-1, scene-2, ... and beats ids beat-1, beat-2, ... across the film."""
    n = 0
    for si, scene in enumerate(scenes, start=1):
        scene["id"] = f"scene-{si}"
        for beat in scene["beats"]:
            n += 1
            beat["id"] = f"beat-{n}"


def _first_sentence(scenes: list[dict]) -> str:
    for scene in scenes:
        for beat in scene["beats"]:
            if beat["narration"]:
                return shorten(beat["narration"], 200)
    return ""


def _new_scene(location: tuple[str, str] | None, time_of_day: str, transition: str, text: str) -> dict:
    key, name = location if location else ("", "")
    return {
        "id": "",
        "heading": _heading(key or None, name, time_of_day),
        "location": name,
        "location_key": key,
        "exterior": _is_exterior(key) if key else True,
        "time_of_day": time_of_day,
        "lighting": lighting_for(time_of_day, text),
        "transition_in": transition,
        "beats": [],
    }


# ---- prose ----------------------------------------------------------------------------------


_GOING = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(p).replace("\\ ", r"\s+") for p in lexicon.INTO_PLACE_EN), key=len, reverse=True))
    + r")\s+(?:the|a|an|her|his|their|its)\s+",
    re.IGNORECASE,
)
_BACK = re.compile(r"^\s*(?:back\s+(inside|outside|in|out)|(inside|outside)\s+again)\b", re.IGNORECASE)


_GOING_ZH = re.compile(r"(?:走进|走到|走入|来到|回到|跑进|跑到|冲进|冲到|进了|进入|爬上|登上|划到|游到|飞到|到了|钻进|踏进|赶到)")
_INTO = re.compile(r"(?:into|inside|in|aboard|back into)\b", re.IGNORECASE)


def passed_places(narration: str) -> list[tuple[str, str]]:
    """Every place a moving sentence goes along, through or into, in order."""
    if has_cjk(narration) or _european():
        return []
    return [found for m in _GOING.finditer(narration)
            if (found := place_phrase(narration[m.end():], vehicles=_INTO.match(m.group(0)) is not None))]


# A clause of its own after the movement, whose places are not where anyone goes.
_SUBORDINATE = re.compile(r"[,;]?\s+\b(?:until|till|while|whereas|as soon as|because|so that)\b", re.IGNORECASE)


def moved_to(narration: str, scenes: list[dict]) -> tuple[str, str] | None:
    """The new place a sentence moves into, if it moves: "She pulls herself into the greenhouse",
    "climbs out onto the hull", "Back inside, ..." (the last place on the other side of the door)."""
    if (lang := _european()) and not has_cjk(narration):
        return lang_world.moved_to(narration, lang)
    if has_cjk(narration):
        going = _GOING_ZH.search(narration)
        return find_location(narration[going.end():]) if going else None
    back = _BACK.match(narration)
    if back:
        wanted_interior = (back.group(1) or back.group(2)).lower() in ("inside", "in")
        for scene in reversed(scenes):
            if scene["location_key"] and scene["exterior"] != wanted_interior:
                return scene["location_key"], scene["location"]
        return None
    if not has_verb(narration, lexicon.GOING_VERBS_EN) and not re.search(r"\b(?:enter|reach)\w*\b", narration, re.I):
        return None
    # Where the movement ends: the last place it goes to ("down the corridor ... into the greenhouse"),
    # in the clause that moves: "... until the ferry's lights turn toward the shore" goes nowhere.
    narration = _SUBORDINATE.split(narration, maxsplit=1)[0]
    ends = passed_places(narration)
    if ends:
        return ends[-1]
    m = re.search(r"\b(?:enter|reach)\w*\s+(?:the|a|an)\s+", narration, re.I)
    return find_location("into " + narration[m.end() - 4:]) if m else None


# A sentence that opens on where it happens: "Meanwhile, in the kitchen, ...", "Back at the
# harbour, ...", "Up on the roof, ...", "Inside the car, ...".
_LEAD_IN = (r"(?:(?:meanwhile|elsewhere|later|then|now|and|but|back|down|up|out|over|outside|inside|far|deep|"
            r"across\s+(?:town|the\s+city|the\s+street|the\s+road)|"
            r"high|below|above|there|once\s+more|again)\b[\s,]*)*")
_OPENING_PLACE = re.compile(
    r"^\s*" + _LEAD_IN + r"(?:at|in|inside|on|atop|aboard|under|beneath)\s+(?:the|a|an|her|his|their|its)\s+",
    re.IGNORECASE,
)
# Words too often not a place of their own ("the spiral stairs of the lighthouse") that are one
# when a sentence opens on them: "Inside the elevator, she jabs the button."
_OPENING_ONLY_PLACES = frozenset({"elevator", "lift", "stage", "landing", "aisle", "stairs", "staircase"})
_LEAD_IN_ZH = re.compile(r"^(?:与此同时|同一时间|同时|这时候|这时|此时|另一边|另一头|那边|而)?[，,、]?")
_AT_ZH = re.compile(r"^(?:在|回到|来到|到了)")


def opening_place(narration: str) -> tuple[str, str] | None:
    """The place a sentence opens on, if it opens on one ("Down in the office, an alarm wails"):
    the sentence, and what follows it, happens there."""
    if (lang := _european()) and not has_cjk(narration):
        return lang_world.opening_place(narration, lang)
    if has_cjk(narration):
        clause = re.split(r"[，,。！？]", _LEAD_IN_ZH.sub("", narration.strip(), count=1), maxsplit=1)[0]
        found = find_location(clause) if len(clause) <= 12 else None
        # "在厨房里，" / "回到码头，" / "厨房里，": the whole clause says where; not "天上的月亮……".
        if found and (_AT_ZH.match(clause) or re.fullmatch(re.escape(found[0]) + r"[里中内上外边旁前后下]?", clause)):
            return found
        return None
    m = _OPENING_PLACE.match(narration)
    return place_phrase(narration[m.end():], vehicles=True, more=_OPENING_ONLY_PLACES) if m else None


_SUBJECT_PLACE = re.compile(
    r"^\s*(?:(?:that|this|the next|later that|one|next)\s+(?:night|morning|evening|day|afternoon|dawn|dusk)"
    r"|(?:at|before|after|by|until|just\s+before|just\s+after)\s+(?:dawn|dusk|noon|midnight|sunrise|sunset|daybreak|dark)"
    r"|later|meanwhile|tonight|today)?[\s,]*(?:the|a|an)\s+", re.IGNORECASE)


# A numbered place that opens its sentence, with no article: "Courtroom four is half empty",
# "Ward 7 smells of bleach", "Platform 2 is deserted".
_NUMBERED_PLACE = re.compile(
    r"^\s*(?=[A-Z][a-z]+\s+(?:\d+[A-Za-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)")


def subject_place(narration: str) -> tuple[str, str] | None:
    """The place a sentence is about when it opens with it as its subject ("The gym smells of
    sweat", "That night the arena roars")."""
    if (lang := _european()) and not has_cjk(narration):
        return lang_world.subject_place(narration, lang)
    if has_cjk(narration):
        return None
    m = _SUBJECT_PLACE.match(narration) or _NUMBERED_PLACE.match(narration)
    return place_phrase(narration[m.end():]) if m else None


def _place_parts(beats: list[dict]) -> list[list[dict]]:
    """A paragraph's beats cut where a sentence opens on a place: the beats before it stay where
    they were ("She lifts the diamond from its case. Down in the office, an alarm wails")."""
    parts: list[list[dict]] = []
    for beat in beats:
        if not parts or opening_place(beat["narration"]):
            parts.append([])
        parts[-1].append(beat)
    return parts


def _as_named_before(location: tuple[str, str] | None, scenes: list[dict]) -> tuple[str, str] | None:
    """A place the film was in before keeps its first, fuller name: after "the security office",
    "Down in the office" returns there."""
    if location is not None:
        for scene in scenes:
            if scene["location_key"] == location[0]:
                return scene["location_key"], scene["location"]
    return location


# A scene that opens by cutting away to somewhere else at the same time: "Meanwhile, at the
# hospital, ...", "Across town, in a cold caravan, ...".
_CUTAWAY = re.compile(r"^\s*(?:meanwhile|elsewhere|at\s+the\s+same\s+(?:time|moment)|across\s+(?:town|the\s+city)|"
                      r"far\s+away|miles\s+away)\b", re.IGNORECASE)
def _names_in(text: str) -> set[str]:
    """Capitalised words that are not ordinary words written at a sentence's start ("The",
    "Meanwhile"): the names a text speaks of, outside quotes."""
    told = without_quotes(text)
    ordinary = set(re.findall(r"\b[a-z]+\b", told)) | _SENTENCE_OPENERS
    return {w for w in re.findall(r"\b[A-Z][a-z]+\b", told) if w.lower() not in ordinary}


_SENTENCE_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "it", "his", "her", "their", "then", "meanwhile",
                               "elsewhere", "later", "in", "at", "on", "across", "when", "as", "after", "before"})


def _back_from_cutaway(narration: str, scenes: list[dict]) -> tuple[str, str] | None:
    """After a cutaway ("Meanwhile, at the hospital, Ana watches"), a paragraph that names no
    place but names people of the scene before it, and none of the cutaway's, is back there."""
    if len(scenes) < 2 or not scenes[-1].get("cutaway") or not scenes[-2]["location_key"]:
        return None
    before = _names_in(" ".join(b["narration"] for b in scenes[-2]["beats"]))
    away = _names_in(" ".join(b["narration"] for b in scenes[-1]["beats"]))
    names = _names_in(narration) & (before | away)
    if names and names <= before - away:
        return scenes[-2]["location_key"], scenes[-2]["location"]
    return None


def _paragraph_scenes(para: str, scenes: list[dict]) -> None:
    """Append a paragraph's beats to the scenes, starting a new scene where the story moves."""
    placeable = False
    for part in _place_parts(_beats_from_paragraph(para, "prose")):
        placeable = _part_scenes(part, scenes, placeable)


def _part_scenes(beats: list[dict], scenes: list[dict], placeable: bool = False) -> bool:
    """Append beats (a paragraph, or the part of one from a sentence that opens on a place).

    ``placeable``: the part before, in the same paragraph, began the last scene without naming a
    place ("The museum closes at nine.", "That night, the wind rises."), so the place this part
    opens on is where that scene was all along. Returns whether this part began such a scene."""
    # The part's own place comes from its opening, before anyone moves somewhere new.
    opening: list[str] = []
    for beat in beats:
        if opening and moved_to(beat["narration"], scenes):
            break
        opening.append(beat["narration"])
    narration = " ".join(opening)
    location = opening_place(beats[0]["narration"]) or find_location(narration, not_from=True)
    if beats and (moved := moved_to(beats[0]["narration"], scenes)):
        location = moved
    crossed = None
    if location is None and not placeable:
        location = crossed = _back_from_cutaway(narration, scenes)
    location = _as_named_before(location, scenes)
    tod = find_time_of_day(" ".join(b["narration"] for b in beats))
    jump = find_time_jump(narration)
    current = scenes[-1] if scenes else None
    starts_scene = (
        current is None or jump
        or (location is not None and location[0] != current["location_key"])
        or (tod is not None and tod != current["time_of_day"])
    )
    opened_unplaced = None
    # "Later, in the changing room, ...": time moved on, so this is a new scene, not where the last
    # one was all along.
    later = re.match(r"\s*(?:later|afterwards?|after\s+the\s+\w+)\b", beats[0]["narration"], re.IGNORECASE)
    if starts_scene and placeable and current is not None and location is not None and not jump \
            and not later and tod in (None, current["time_of_day"]):
        scenes[-1] = dict(_new_scene(location, current["time_of_day"], current["transition_in"],
                                     " ".join(b["narration"] for b in current["beats"] + beats)),
                          beats=current["beats"])
    elif starts_scene:
        inherited = (location or ((current["location_key"], current["location"]) if current and current["location_key"] else None))
        scene_tod = tod or (current["time_of_day"] if current else "day")
        scenes.append(_new_scene(inherited, scene_tod, "fade" if jump and current else "cut", narration))
        # Cutting back and forth: each return is a cut between the same two places.
        scenes[-1]["cutaway"] = bool(location and (crossed or _CUTAWAY.match(narration)))
        opened_unplaced = scenes[-1] if location is None else None
    for index, beat in enumerate(beats):
        moved = moved_to(beat["narration"], scenes) if index >= len(opening) else None
        still = has_stem(beat["narration"].lower(), lexicon.CONTINUOUS_EN) is not None
        if moved and moved[0] != scenes[-1]["location_key"] and still:
            beat["place"] = list(moved)  # "She still runs, toward the pier": the same shot goes on
        elif moved and not scenes[-1]["location_key"]:
            # The scene had no place yet: this is where it was all along.
            beats_so_far = scenes[-1]["beats"]
            scenes[-1] = dict(_new_scene(moved, scenes[-1]["time_of_day"], scenes[-1]["transition_in"],
                                         beat["narration"]), beats=beats_so_far)
        elif moved and moved[0] != scenes[-1]["location_key"]:
            # Inside one paragraph, moving into a new place is a new place: a new scene.
            scenes.append(_new_scene(_as_named_before(moved, scenes), scenes[-1]["time_of_day"], "cut",
                                     beat["narration"]))
        # "ran down the corridor, pulled herself into the greenhouse": the corridor is seen too.
        passed = [list(p) for p in passed_places(beat["narration"])[:-1]
                  if p[0] != scenes[-1]["location_key"] and p[0] != (moved or ("",))[0]]
        if passed and has_verb(beat["narration"], lexicon.GOING_VERBS_EN):
            beat["passed"] = passed
        elif scenes[-1]["beats"] and (here := find_location(beat["narration"], where=True)) and here[0] != scenes[-1]["location_key"]:
            beat["place"] = list(here)  # "Ilan waits on the pier": a place within the scene's place
        scenes[-1]["beats"].append(beat)
    return opened_unplaced is not None and scenes[-1] is opened_unplaced


def _prose_scenes(text: str, title: str) -> list[dict]:
    paras = paragraphs(text)
    if len(paras) > 1 and paras[0].strip("# ") == title:
        paras = paras[1:]  # the title line is not a beat
    scenes: list[dict] = []
    for para in paras:
        _paragraph_scenes(para, scenes)
    scenes = [s for s in scenes if s["beats"]]
    for scene in scenes:
        # Still unplaced: a scene that opens with its place as the subject is set there ("The gym
        # smells of sweat.", "That night the arena roars.").
        place = None if scene["location_key"] else subject_place(scene["beats"][0]["narration"])
        if place:
            told = " ".join(b["narration"] for b in scene["beats"])
            scene.update(_new_scene(place, scene["time_of_day"], scene["transition_in"], told), beats=scene["beats"])
    if not scenes:
        scenes = [_new_scene(None, "day", "cut", text)]
        scenes[0]["beats"].append(make_beat(shorten(text, 300)))
    # A scene that opens on movement should not carry a "continuous" hint across the cut.
    for scene in scenes:
        scene["beats"][0]["continuous"] = False
    return scenes


# ---- numbered shot list ---------------------------------------------------------------------


def _shot_groups(text: str) -> list[tuple[str, list[str]]]:
    """Each numbered line with the unnumbered lines under it (a speech, a note)."""
    groups: list[tuple[str, list[str]]] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if _NUMBER_PREFIX.match(line):
            groups.append((line, []))
        elif groups:
            groups[-1][1].append(line)
    return groups


def _speech_under(lines: list[str]) -> tuple[list[str], list[dict]]:
    """(action lines, dialogue) from the lines under a shot: "KARIN" then "Hold on to me.",
    "KARIN: Hold on.", or a quotation whose speaker the text names."""
    action: list[str] = []
    dialogue: list[dict] = []
    cue = ""
    for line in lines:
        if re.fullmatch(r"\(.*\)", line):
            continue  # a parenthetical: how the line is said, not what
        caps = re.fullmatch(r"([A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2})(?:\s*\(([^)]*)\))?", line)
        if caps and caps.group(1).lower().strip(".") not in _NOT_SPEAKERS:
            cue = caps.group(1).title()
            continue
        if cue:
            words = quoted(line)[0] if re.fullmatch(r"[\"“‘].*[\"”’]", line) and quoted(line) else line
            if dialogue and dialogue[-1]["speaker"] == cue and dialogue[-1].get("_open"):
                dialogue[-1]["text"] += " " + words
            else:
                dialogue.append({"speaker": cue, "text": words, "_open": True})
            continue
        spoken = _shotlist_speech(line)
        if spoken is not None:
            if spoken[0]:
                action.append(spoken[0])
            dialogue.append({"speaker": spoken[1], "text": spoken[2]})
        elif quoted(line):
            action.append(line)
        else:
            action.append(line)
    for line in dialogue:
        line.pop("_open", None)
    return action, dialogue


def _shotlist_scenes(text: str, title: str) -> list[dict]:
    scenes: list[dict] = []
    for line, under in _shot_groups(text):
        body = _NUMBER_PREFIX.sub("", line, count=1).strip()
        size_cue = None
        m = _SIZE_PREFIX.match(body)
        if m:
            size_cue = m.group(1).upper()
            body = body[m.end():].strip()
        extra_action, extra_lines = _speech_under(under)
        if extra_action:
            body = " ".join([body, *extra_action]).strip()
        if not body and not extra_lines:
            continue
        spoken = _shotlist_speech(body)
        narration = without_quotes(body if spoken is None else spoken[0])
        location = find_location(narration, loose=not scenes or size_cue in ("WS", "EWS", "LS"))
        tod = find_time_of_day(narration)
        current = scenes[-1] if scenes else None
        if current is None or (location and location[0] != current["location_key"]) or (
            tod and tod != current["time_of_day"]
        ):
            inherited = location or ((current["location_key"], current["location"]) if current and current["location_key"] else None)
            scenes.append(_new_scene(inherited, tod or (current["time_of_day"] if current else "day"), "cut", narration))
        if spoken is not None:
            action, speaker, words = spoken
            lines = [{"speaker": "", "text": spoken_line(q)} for q in (quoted(action) if action else [])]
            lines.append({"speaker": speaker, "text": words})
        else:
            action = body
            lines = [{"speaker": "", "text": spoken_line(q)} for q in quoted(body) if q]
        beat = make_beat(body or "(dialogue)", source="shotlist", size_cue=size_cue, dialogue=lines + extra_lines)
        beat["narration"] = without_quotes(action).strip()
        beat["text"] = body or " ".join(f"{d['speaker']}: {d['text']}" for d in extra_lines)
        beat["original"] = line.strip()
        scenes[-1]["beats"].append(beat)
    for scene in scenes:
        scene["beats"][0]["continuous"] = False
    return scenes


_SPEECH_LINE = re.compile(
    r"(?:^|(?<=[.!?\"”]\s))([A-ZÀ-ÖØ-Þ][\w'.-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'.-]*){0,2})(?:\s*\(([^)]*)\))?\s*:\s+(\S.*)$")
_NOT_SPEAKERS = {"shot", "close-up", "closeup", "close", "wide", "medium", "long", "insert", "angle",
                 "pov", "aerial", "establishing", "overhead", "montage", "flashback", "title", "caption",
                 "super", "cut", "fade", "int", "ext", "scene", "sound", "sfx", "music", "v.o", "later",
                 "meanwhile", "two", "over", "reverse", "tracking", "crane", "pan", "tilt", "dolly",
                 "extreme", "full", "cutaway", "inside", "outside", "note", "location", "time"}


def _shotlist_speech(body: str) -> tuple[str, str, str] | None:
    """(action before, speaker, words) for a shot-list line that gives a speech the screenplay way:
    "MCU: Karin grabs his harness. KARIN: Hold on to me." (quotes around the words are dropped)."""
    m = _SPEECH_LINE.search(body)
    if not m:
        return None
    speaker = m.group(1).strip()
    if any(w.lower().strip(".") in _NOT_SPEAKERS or w.lower() in lexicon.NOT_NAMES_EN for w in speaker.split()):
        return None
    if (lang := _european()) and lang_world.size_cue(speaker, lang):
        return None  # "Totale: ein leerer Bahnhof" names a shot size, not a speaker
    words = m.group(3).strip()
    inner = quoted(words)
    if len(inner) == 1 and re.fullmatch(r"[\"“「『‘'].*[\"”」』’']", words):
        words = inner[0]
    return body[: m.start()].strip(), speaker.title() if speaker.isupper() else speaker, words


# ---- Fountain -------------------------------------------------------------------------------


def _fountain_scenes(text: str) -> list[dict]:
    script = parse_fountain(text)
    scenes: list[dict] = []
    pending_transition = "cut"
    for element in script.elements:
        if element.kind == "heading":
            scenes.append(_scene_from_heading(element.text, scenes[-1] if scenes else None, pending_transition))
            pending_transition = "cut"
            continue
        if element.kind == "transition":
            pending_transition = _transition_word(element.text)
            continue
        if not scenes:
            scenes.append(_new_scene(None, "day", "cut", element.text))
        scene = scenes[-1]
        if element.kind == "dialogue":
            speaker = element.speaker.title()
            hidden = any(ext.upper().replace(" ", "") in ("V.O.", "O.S.", "O.C.", "VO", "OS") for ext in element.extensions)
            parenthetical = " ".join(p.text for p in element.parts if p.parenthetical)
            beat = make_beat(
                element.text,
                dialogue=[{"speaker": speaker, "text": element.text}],
                source="fountain",
                speaker_visible=not hidden,
                parenthetical=parenthetical,
            )
            # V.O. (not O.S.): the speaker is heard over the picture, perhaps never on screen at all.
            beat["voice_over"] = any(ext.upper().replace(" ", "") in ("V.O.", "VO") for ext in element.extensions)
            beat["text"] = f"{speaker}: {element.text}"
            beat["narration"] = parenthetical
            beat["continuous"] = False
            scene["beats"].append(beat)
        else:
            action = without_request(element.text)
            if action.strip():
                scene["beats"].extend(_beats_from_paragraph(action, "fountain"))
        scene["lighting"] = lighting_for(scene["time_of_day"], " ".join(b["narration"] for b in scene["beats"]))
    scenes = [s for s in scenes if s["beats"]]
    if not scenes:
        heading = next((e.text for e in script.elements if e.kind == "heading"), "")
        scene = _scene_from_heading(heading or "UNSPECIFIED LOCATION", None, "cut")
        scene["beats"].append(make_beat(heading or "An empty scene.", source="fountain"))
        scenes = [scene]
    for scene in scenes:
        scene["beats"][0]["continuous"] = False
    return scenes


def _transition_word(text: str) -> str:
    upper = text.upper()
    if "DISSOLVE" in upper:
        return "dissolve"
    if "FADE" in upper or "BLACK" in upper:
        return "fade"
    return "cut"


def _scene_from_heading(heading: str, previous: dict | None, transition: str) -> dict:
    heading = heading.strip().lstrip(".").strip()
    body = re.sub(r"^(INT\.?/EXT\.?|I/E\.?|INT\.?|EXT\.?|EST\.?)\s*", "", heading, flags=re.IGNORECASE)
    place, _, time_part = body.partition(" - ")
    time_word = time_part.strip().lower()
    tod = None
    if time_word:
        tod = find_time_of_day(time_word) or {"day": "day", "continuous": None, "later": None,
                                              "moments later": None, "same": None}.get(time_word, None)
        if time_word in ("day", "daytime"):
            tod = "day"
    same = ("continuous", "later", "moments later", "same")
    if lang := _european():  # "NOCHE", "TARDE", "JOUR", "CONTINUO"
        tod = lang_world.heading_time(time_word, lang) or tod
        same += lang_world.HEADING_SAME[lang]
    if tod is None:
        tod = previous["time_of_day"] if previous and time_word in same else (tod or "day")
    place_name = place.strip().title() or "Unspecified location"
    key = re.sub(r"[^\w]+|_", "-", place.strip().lower()).strip("-") or place.strip()
    exterior = not heading.upper().startswith("INT") or heading.upper().startswith(("INT./EXT", "INT/EXT"))
    return {
        "id": "",
        "heading": heading.upper(),
        "location": place_name,
        "location_key": key,
        "exterior": exterior,
        "time_of_day": tod,
        "lighting": lighting_for(tod, heading),
        "transition_in": transition,
        "beats": [],
    }
