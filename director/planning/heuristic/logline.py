"""Expand a logline into a complete arc: setup, inciting incident, rising action, climax, resolution.

The beats are written from the logline's own material: its protagonist ("a retired clockmaker"),
its actions ("finds a stranger's diary", "sets out across the snowy city"), their objects and
places. Sentence frames say what each beat does for the story; the content is the writer's.
"""

from __future__ import annotations

import re

from director.planning.heuristic import lexicon
from director.text import has_cjk

ACTS = ["setup", "inciting incident", "rising action", "climax", "resolution"]
DEFAULT_SHOTS = 8
# Share of the shots each act gets, and which acts survive when fewer than five shots are asked.
_ACT_WEIGHTS = [0.15, 0.15, 0.3, 0.25, 0.15]
_ACT_PRIORITY = [3, 1, 0, 4, 2]

_REQUEST = re.compile(
    r"[,，;；]?\s*(?:in|with|across|over|using)?\s*(?:about|around|roughly|approximately|exactly)?\s*"
    r"(?:\d+|[a-z]+|[一二两三四五六七八九十]+)[\s-]*(?:shots?|个?镜头|seconds?|secs?|minutes?|mins?|秒钟?|分钟|分半钟?)"
    r"(?:\s*(?:long|in length))?",
    re.IGNORECASE,
)
_FRAME = re.compile(
    r"^\s*(?:(?:a|an|the)\s+)?(?:short\s+)?(?:film|movie|video|story|short)\s+(?:about|of)\s+",
    re.IGNORECASE,
)
_ZH_FRAME = re.compile(r"^(?:一部|一个)?(?:关于)(.+?)的(?:短片|电影|故事|影片)")
# "before the storm hits" and "until dawn" stay with their clause: they have their own subject.
_SPLIT_EN = re.compile(r",\s*(?:and|but|then)\s+|\s+(?:and then|and|but|then|only to)\s+|,\s+(?!before\b|until\b)")
_SPLIT_ZH = re.compile(r"[，,；;]|然后|并且|于是|最后|却")
# "At dusk, ...", "One morning, ...", "In a ruined city, ...": scene-setting before the subject.
_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:at|in|on|one|every|each|after|before|during|under|late|early|long|years|that|this|"
    r"last|by|deep|high|far|somewhere|once)\b[^,]{0,60},\s*)+",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(a|an|the)\s+", re.IGNORECASE)
_VERBISH = re.compile(r"^(must|will|can|is|was|has|had|tries|learns|discovers|decides)$|^[a-z]{3,}(s|es)$")
_NOT_VERB = {"glass", "dress", "boss", "princess", "witness", "actress", "mistress", "hostess",
             "waitress", "fortress", "address", "bus", "canvas", "lens", "chess", "grass", "kids",
             "news", "stairs", "years", "days", "months", "weeks", "hours", "lives", "friends",
             "parents", "brothers", "sisters", "nuns", "as", "is", "was", "this", "his", "hers"}


def strip_request(text: str) -> str:
    """The logline's story without "A film about ..." and "in 12 shots, about 60 seconds"."""
    from director.ingest import without_request

    body = _REQUEST.sub("", without_request(text.strip()) or text.strip())
    body = _FRAME.sub("", body)
    if m := _ZH_FRAME.match(body):
        body = m.group(1) + body[m.end():]
    body = re.sub(r"\s*[,，;；]\s*(?=[.。!！?？]?\s*$)", "", body)
    return body.strip(" .。!！?？,，;；\n")


def _act_places(clause_places: list[tuple[str, str] | None], opening: tuple[str, str],
                destination: tuple[str, str] | None = None, purpose: bool = False) -> list[tuple[str, str]]:
    """Where each of the five acts happens: the opening place, then the place of the first
    clause, the way there (a later clause's place), and the destination ("carries it to the
    sea") or the last clause's place for the climax; an act without one stays put."""
    places: list[tuple[str, str]] = []
    current = opening
    way = clause_places[1:] if destination or purpose else clause_places[1:-1]
    for act in range(5):
        if act == 1:
            current = clause_places[0] or current
        elif act == 2:
            current = next((p for p in way if p and p != destination), current)
        elif act == 3:
            current = destination or clause_places[-1] or current
        places.append(current)
    return places


_DESTINATION = re.compile(
    r"\b(?:to|into|toward|towards|reach(?:es)?|reaching|back to)\s+((?:the|a|an|her|his|their)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*$",
    re.IGNORECASE)


def _destination(clause: str) -> tuple[str, str] | None:
    """Where a clause ends up: "... through the forest to her grandmother's cottage"."""
    from director.planning.heuristic.script import find_location

    m = _DESTINATION.search(clause)
    if not m:
        return None
    phrase = m.group(1)
    found = find_location("in " + re.sub(r"^(?:her|his|their)\s+", "the ", phrase, flags=re.I), loose=True)
    if found is None:
        return None
    key, name = found
    # Keep the writer's own words ("her grandmother's cottage" → "the grandmother's cottage").
    owner = re.match(r"^(?:the|a|an|her|his|their)\s+([\w'-]+['’]s)\s+", phrase, re.I)
    if owner:
        name = f"the {owner.group(1)} {key}"
    return key, name


def allocate(shots: int) -> list[int]:
    """How many shots each act gets (sums to ``shots``; every act gets one when shots ≥ 5)."""
    if shots < 5:
        keep = sorted(_ACT_PRIORITY[:shots])
        return [1 if i in keep else 0 for i in range(5)]
    counts = [1] * 5
    for _ in range(shots - 5):
        # Give the next shot to the act furthest below its share.
        deficits = [_ACT_WEIGHTS[i] * shots - counts[i] for i in range(5)]
        counts[deficits.index(max(deficits))] += 1
    return counts


def expand_logline(story: dict) -> dict:
    """A script dict (see script.py) with ``requested_shots`` (default 8) beats in five acts."""
    from director.planning.heuristic.script import (INTERIOR_PLACES, find_time_of_day, lighting_for, make_beat,
                                                    number_beats)

    total = story.get("requested_shots") or DEFAULT_SHOTS
    body = strip_request(story["text"]) or story["text"].strip()
    parts = _parse_zh(body) if has_cjk(body) else _parse_en(body)
    counts = allocate(total)

    beats_by_act = _write_beats(parts, counts, zh=has_cjk(body))
    tod_given = find_time_of_day(body)
    scenes: list[dict] = []
    for act_index, texts in enumerate(beats_by_act):
        if not texts:
            continue
        place = parts["places"][act_index]
        # Untimed loglines run through one day into dusk: the climax is where the light turns.
        tod = tod_given or ["day", "day", "day", "dusk", "dusk"][act_index]
        key = place[0]
        current = scenes[-1] if scenes else None
        if current is None or current["location_key"] != key or current["time_of_day"] != tod:
            heading_place = re.sub(r"^(the|a|an)\s+", "", place[1], flags=re.IGNORECASE).upper()
            inside = key.endswith(("home", "workshop")) or key in INTERIOR_PLACES
            prefix = "" if has_cjk(place[1]) else ("INT. " if inside else "EXT. ")
            scenes.append({
                "id": "", "heading": f"{prefix}{heading_place} - {tod.upper()}", "location": place[1],
                "location_key": key, "exterior": not prefix.startswith("INT") and key != "家", "time_of_day": tod,
                # Same place, later: time passes in a dissolve; a new place is a cut.
                "lighting": lighting_for(tod, body),
                "transition_in": "dissolve" if current is not None and current["location_key"] == key else "cut",
                "beats": [],
            })
        for text in texts:
            beat = make_beat(text, source="logline", arc=ACTS[act_index])
            beat["cast_hint"] = [parts["protagonist"]] + ([parts["companion"]["name"]] if parts.get("companion") else [])
            beat["continuous"] = False
            scenes[-1]["beats"].append(beat)
    last = scenes[-1]["beats"][-1] if scenes else None
    if last is not None and last["arc"] == "resolution":
        # The film ends wide, the camera slowly leaving the protagonist to the world.
        last["size_cue"], last["move_cue"], last["speed_cue"] = "WS", ["dolly", "out"], "slow"
    number_beats(scenes)
    return {
        "title": story["title"],
        "logline": body,
        "language": story["language"],
        "protagonist": {"name": parts["protagonist"], "description": parts["description"],
                        "noun": parts.get("noun", ""), "described": parts.get("described", False)},
        "companions": [parts["companion"]] if parts.get("companion") else [],
        "scenes": scenes,
    }


# ---- reading the logline --------------------------------------------------------------------


# After these a word is a noun, never the subject's verb: "a ring of keys", "with her bags".
_BEFORE_A_NOUN = frozenset({
    "a", "an", "the", "her", "his", "their", "its", "my", "your", "our", "some", "two", "three", "many",
    "of", "with", "in", "on", "from", "for", "by", "at", "under", "over", "into", "without", "and",
})


_PAIR_DETERMINERS = {"her", "his", "their", "its", "a", "an", "the"}
_LEADS_AN_OBJECT = {"the", "a", "an", "her", "his", "their", "its", "to", "into", "across", "through", "for",
                    "in", "on", "at", "from", "over", "toward", "towards", "around", "up", "down", "out"}


def _pair_subject_end(words: list[str]) -> int | None:
    """Where "a girl and her robot" ends in "A girl and her robot cross the desert": after the
    word that follows "and" + a determiner (or the one after it, when the next word leads an
    object: "her old dog search the city"). None when the sentence does not open on such a pair."""
    low = [w.lower().strip(",") for w in words]
    if "and" not in low[1:5]:
        return None
    k = low.index("and", 1)
    if k + 2 >= len(low) or low[k + 1] not in _PAIR_DETERMINERS or low[0] in _NUMBER_WORDS:
        return None
    for length in (1, 2):
        end = k + 2 + length  # first word after the companion
        if end + 1 < len(low) and low[end + 1] in _LEADS_AN_OBJECT:
            return end
    return k + 3 if k + 3 < len(low) else None


def _parse_en(body: str) -> dict:
    from director.planning.heuristic.script import find_location

    sentence = re.split(r"(?<=[.!?])\s+", body)[0].rstrip(".!?")
    words = sentence.split()
    companion_words = ""  # "robot" of "a girl and her robot"
    if " who " in f" {sentence} ":
        subject, predicate = re.split(r"\s+who\s+", sentence, maxsplit=1)
    elif words and words[0].lower() in _NUMBER_WORDS:
        # "Two sisters steal a boat": the subject ends with its plural noun.
        cut = next((i + 1 for i, w in enumerate(words[1:4], start=1)
                    if w.lower().endswith("s") or w.lower() in _IRREGULAR_PLURALS), 2)
        subject, predicate = " ".join(words[:cut]), " ".join(words[cut:])
    elif (pair_cut := _pair_subject_end(words)) is not None:
        # "An old man and his dog search the city": a subject of two ends before its (plural) verb.
        subject, predicate = " ".join(words[:pair_cut]), " ".join(words[pair_cut:])
    else:
        cut = len(words)
        for i, word in enumerate(words[1:], start=1):
            w = word.lower().strip(",")
            verbish = _VERBISH.match(w) or re.fullmatch(r"[a-z]{2,}ed", w) or w in lexicon.IRREGULAR_PAST_EN
            if verbish and w not in _NOT_VERB and words[i - 1].lower().strip(",") not in _BEFORE_A_NOUN:
                cut = i
                break
        subject, predicate = " ".join(words[:cut]), " ".join(words[cut:])
    subject = _LEADING_ADVERBIAL.sub("", subject.strip(" ,")).strip(" ,")
    # "a girl and her robot", "Mara and her brother": two characters, the first the protagonist.
    pair = re.match(r"^((?:(?:a|an|the)\s+)?[A-Za-z][A-Za-z' -]*?)\s+and\s+(?:" + "|".join(sorted(_PAIR_DETERMINERS))
                    + r")\s+([a-z][a-z' -]*)$", subject, re.IGNORECASE)
    if pair and len(pair.group(1).split()) <= 4 and len(pair.group(2).split()) <= 3 \
            and pair.group(1).split()[0].lower() not in _NUMBER_WORDS:
        companion_words = pair.group(2).strip()
        subject = pair.group(1).strip()
    named = re.match(r"^([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:,\s*(.+?))?,?$", subject)
    if named and named.group(1).split()[0].lower() not in lexicon.NOT_NAMES_EN:
        protagonist, description = named.group(1), (named.group(2) or "").strip()
        noun = _head_noun(description)
    else:
        description = _ARTICLE.sub("", subject)
        # "a tall woman in a red raincoat" is called "the tall woman"; the rest is her look.
        short = re.split(r"\s+(?:in|with|from|of|on|at|wearing|who)\s+", description)[0]
        short = " ".join(short.split()[:3])
        if short.split() and short.split()[0].lower() in _NUMBER_WORDS:
            short = short[:1].lower() + short[1:]  # "the two sisters"
        protagonist = "the " + short if short else "the protagonist"
        noun = _head_noun(short)
        if description:
            description = _ARTICLE.sub("", subject)
            if description.split()[0].lower() in _NUMBER_WORDS:
                description = description[:1].lower() + description[1:]
            else:
                description = f"{'an' if description[:1].lower() in 'aeiou' else 'a'} {description}"
    clauses = [c.strip(" ,.") for c in _SPLIT_EN.split(predicate) if c and c.strip(" ,.")] or ["faces a choice"]
    # A purpose ("to return it") becomes the climax goal; "it" refers to the first object.
    goal = ""
    last = clauses[-1]
    # Only "to" + a verb is a purpose: "to the sea" is where the story goes, not a goal.
    if (m := re.search(r"\s+(?:in order\s+)?to\s+([a-z]+)\b(.*)$", last)) and _could_be_verb(m.group(1)):
        clauses[-1], goal = last[: m.start()], m.group(1) + m.group(2)
    first_object = _object_of(clauses[0])
    if first_object:
        goal = re.sub(r"\b(it|them)\b", first_object, goal)
        # "... and carries it to the sea": later clauses say what "it" is.
        clauses = clauses[:1] + [re.sub(r"\b(it|them)\b", first_object, c) for c in clauses[1:]]
    if named:
        home = (f"{protagonist.lower().replace(' ', '-')}-home", f"{protagonist}'s home")
    else:
        owner = f"the {noun}'" if noun.endswith("s") else f"the {noun or 'protagonist'}'s"
        home = (f"{noun or 'protagonist'}-home", f"{owner} home")
    clause_places = [find_location(c, loose=True) for c in clauses]
    # "... finds a flower in a ruined city": a landscape the story is set in opens the film too,
    # instead of a home the logline never mentions.
    setting = clause_places[0] if re.search(r"\b(?:in|inside|among|amid)\s+(?:a|an|the)\b", clauses[0]) else None
    opening = setting if setting and setting[0] in lexicon.LANDSCAPE_EN | {"street", "town", "village"} else home
    destination = _destination(clauses[-1])
    if destination and len(clauses) == 1 and clause_places[0] == destination:
        destination = None  # the only place named: it is where the story is, not where it goes
    places = _act_places(clause_places, opening, destination, purpose=bool(goal))
    return {
        "protagonist": protagonist, "description": description or protagonist, "clauses": clauses,
        "goal": goal, "object": first_object, "places": places, "noun": noun,
        "plural": bool(companion_words) or (bool(words) and words[0].lower() in _NUMBER_WORDS),
        "described": bool(named and description),
        # The one who goes with the protagonist ("her robot"), and the subject of the beats.
        "companion": {"name": f"the {companion_words}", "noun": _head_noun(companion_words),
                      "description": f"{'an' if companion_words[:1].lower() in 'aeiou' else 'a'} {companion_words}"}
        if companion_words else None,
        "who": f"{protagonist} and the {companion_words}" if companion_words else protagonist,
    }


_NOT_AFTER_TO = {"the", "a", "an", "her", "his", "their", "its", "my", "our", "your", "this", "that",
                 "these", "those", "every", "each", "some", "no", "one", "two", "three", "where",
                 "whom", "who", "him", "them", "me", "us", "safety", "town", "school", "bed", "sea",
                 "market", "church", "work", "land", "shore", "dinner", "sleep", "death", "life"}


def _could_be_verb(word: str) -> bool:
    """The word after "to" starts a purpose ("to return it"), not a destination ("to the sea")."""
    return word not in _NOT_AFTER_TO and word not in lexicon.PLACES_EN and not word.endswith("ing")


def _head_noun(phrase: str) -> str:
    """'a tall woman in a red raincoat' → 'woman'; 'retired clockmaker' → 'clockmaker'."""
    head = re.split(r"\s+(?:in|with|from|of|on|at|wearing|who|,)\s*", phrase.strip())[0]
    words = re.findall(r"[A-Za-z'-]+", head)
    return words[-1].lower() if words else ""


def _object_of(clause: str) -> str:
    """The first thing the protagonist acts on ("finds a flower in ..." → "the flower"); a place is
    where the story happens, not an object."""
    found = _first_object(clause)
    if found and found.split()[-1].lower() in lexicon.PLACES_EN:
        return ""
    return found


def _first_object(clause: str) -> str:
    m = re.search(r"\b(?:a|an|the|her|his|their)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+(?:in|on|at|from|to|across|with|inside|under|behind|before|until|after|while|when|so|and|but|for|because)\b|$)", clause)
    return ("the " + m.group(1)) if m else ""


def _parse_zh(body: str) -> dict:
    import jieba.posseg as pseg

    from director.planning.heuristic.script import find_location

    sentence = re.split(r"[。！？]", body)[0]
    tokens = [(w.word, w.flag) for w in pseg.cut(sentence)]
    # The subject ends at the first verb, or at a preposition such as 在 ("老渔夫在暴风雨中寻找…").
    cut = next((i for i, (_, flag) in enumerate(tokens) if flag.startswith(("v", "p")) and i > 0), len(tokens))
    subject = "".join(w for w, _ in tokens[:cut])
    subject = re.sub(r"^(一个|一位|一名|一只|某个)", "", subject).rstrip("在") or "主角"
    predicate = "".join(w for w, _ in tokens[cut:])
    if subject.endswith("在"):
        subject = subject[:-1]
    clauses = [c.strip() for c in _SPLIT_ZH.split(predicate) if c.strip()] or ["面临抉择"]
    home = ("家", f"{subject}的家")
    clause_places = [find_location(c) for c in clauses]
    # "在废墟城市里发现了一朵花": the place the story is set in opens the film.
    opening = clause_places[0] if clause_places[0] and predicate.startswith("在") else home
    places = _act_places(clause_places, opening)
    return {"protagonist": subject, "description": subject, "clauses": clauses, "goal": "",
            "object": "", "places": places}


# ---- writing the beats ----------------------------------------------------------------------


def _third_person(phrase: str) -> str:
    """'return the diary' → 'returns the diary' (the beat reads as present-tense action)."""
    verb, _, rest = phrase.partition(" ")
    if verb.endswith(("s", "sh", "ch", "x", "o")):
        verb += "es"
    elif verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        verb = verb[:-1] + "ies"
    else:
        verb += "s"
    return f"{verb} {rest}".strip()


_WATER = {"sea", "ocean", "lake", "river", "bay", "waves"}


_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twin", "twins"}
_IRREGULAR_PLURALS = {"children", "men", "women", "people", "mice", "geese", "brothers", "sisters"}


def _watery(place: tuple[str, str]) -> bool:
    return place[0] in _WATER


def _at(place: tuple[str, str], plural: bool = False) -> str:
    """'stands in the forest', but 'stands at the edge of the sea' (nobody stands in the sea)."""
    stand = "stand" if plural else "stands"
    return f"{stand} at the edge of {place[1]}" if _watery(place) else f"{stand} in {place[1]}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _write_beats(parts: dict, counts: list[int], zh: bool) -> list[list[str]]:
    """Beat texts per act. Each of the logline's clauses is told once; frames around them show
    the world before, the protagonist's face, the way getting harder, and the aftermath."""
    who = parts.get("who") or parts["protagonist"]
    clauses = parts["clauses"]
    first, last = clauses[0], clauses[-1]
    obj = parts["object"]
    goal = parts["goal"]
    # With a purpose ("to return it") the purpose is the climax and every later clause leads there.
    middle = clauses[1:] if goal else clauses[1:-1]
    place = [p[1] for p in parts["places"]]
    if zh:
        home = parts["places"][0][0] == "家"
        through = "" if home and parts["places"][2][0] == "家" else f"穿过{place[2]}，"
        stand = f"{who}面对最后的考验。" if parts["places"][3][0] == "家" else f"{who}站在{place[3]}，面对最后的考验。"
        pools = [
            [f"{place[0]}，{who}平常的一天，一切尚未改变。", f"特写{who}的脸，平静而专注。",
             f"{who}在{place[0]}里独自忙碌。"],
            [f"{who}{first}。", f"特写：{who}看着眼前的一切，愣住了。", f"{who}下定决心。"],
            [f"{who}{c}。" for c in middle] + [f"{who}继续前行，{through}困难越来越多。",
                                              f"特写{who}的脸：犹豫，然后坚定。",
                                              f"{who}停下脚步，喘了口气，又继续走。"],
            [f"{who}{last}：一切在这一刻达到顶点。" if len(clauses) > 1 else stand,
             f"特写{who}的脸，这一刻终于到来。"],
            [f"之后，{place[4]}恢复了平静，{who}已经不同了。", f"{who}的最后一个画面，远远地望去。"],
        ]
    else:
        Who = _cap(who)
        plural = parts.get("plural", False)

        def agree(singular: str, plural_form: str) -> str:  # "the robot walks", "the two sisters walk"
            return plural_form if plural else singular
        if parts.get("companion"):  # a close-up frames one face: the protagonist's
            faces = f"{parts['protagonist']}'s face"
        else:
            faces = f"{who}' faces" if plural and who.endswith("s") else f"{who}'s face"
        # A clause with its own subject ("the storm hits") is told as its own sentence.
        def told(clause: str) -> str:
            if re.match(r"(?:the|a|an|his|her|their|its|it|they|he|she|everyone|nobody)\b", clause, re.I):
                return _cap(clause)
            return f"{Who} {clause}"
        if goal:
            climax = f"{Who} {goal if plural else _third_person(goal)}: the moment everything has led to."
        elif len(clauses) > 1:
            climax = f"{told(last)}: the moment everything has led to."
        elif obj:
            climax = f"{Who} and {obj}, face to face: the moment everything has led to."
        else:
            climax = f"{Who} {_at(parts['places'][3], plural)}, facing the last step."
        keeping = f", keeping {obj} close" if obj else ", the way growing harder"
        pools = [
            [f"{_cap(place[0])}. {Who}, {'together' if parts.get('companion') else 'alone'}, before anything changes.",
             f"Close on {who}, absorbed in the everyday.",
             f"{Who} {agree('goes', 'go')} about the day in {place[0]}."],
            [f"{told(first)}.",
             f"Close on {obj}: {who} cannot look away." if obj else f"Close on {faces} as it sinks in.",
             f"{Who} {agree('decides', 'decide')}."],
            [f"{told(c)}." for c in middle]
            + [f"{Who} {agree('sails', 'sail') if _watery(parts['places'][2]) else agree('walks', 'walk')} on through {place[2]}{keeping}.",
               f"Close on {faces}: doubt, then resolve.",
               f"{Who} {agree('presses', 'press')} on across {place[2]}."],
            [climax,
             f"Close on {faces} as it happens.",
             f"{Who} {_at(parts['places'][3], plural)}, facing the last step."],
            [f"Afterwards, {place[4]} falls quiet; {who} {agree('is', 'are')} changed.",
             f"Wide on {place[4]}: {who}, {agree('a small figure', 'small figures')}, at peace."],
        ]
    out: list[list[str]] = []
    for act, count in enumerate(counts):
        pool = pools[act]
        texts = [pool[i % len(pool)] for i in range(count)]
        # Repeats of the same frame get a beat number so every shot reads as its own moment.
        seen: dict[str, int] = {}
        for i, text in enumerate(texts):
            seen[text] = seen.get(text, 0) + 1
            if seen[text] > 1:
                texts[i] = f"{text} ({'另一个角度' if zh else 'another angle'} {seen[text]})"
        out.append(texts)
    return out
