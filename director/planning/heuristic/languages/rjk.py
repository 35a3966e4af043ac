"""The offline planner's script reader for prose and shot lists in Russian, Japanese and Korean.

It turns the story into scenes of beats as the English and Chinese readers do: one beat a
sentence (a shot of a shot list); spoken lines from «…», „…“, "…", 「…」, 『…』 and Russian dash
lines ("— Поезд опаздывает, — говорит Иван."), each given the name its speech tag names, or, for
a bare line after an action, whoever acted; a place word (with a preposition in Russian) sets or
changes the scene's place when someone is there, a time word its time of day. Who is in the
story is read by rjk_people; names in text by rjk_names; word tables: rjk_words.
"""

from __future__ import annotations

import re

from director.planning.heuristic.languages import rjk_words as words
from director.planning.heuristic.languages.rjk_names import (
    RU_ADJECTIVE_ROLES, RU_WORD, kanji_names, knowing, name_tokens, reads, ru_name_word, ru_place, ru_role,
    speech_tag, subject_of, without_names_ja,
)
from director.planning.heuristic.script import (
    _NUMBER_PREFIX, _new_scene, lighting_for, make_beat, number_beats, spoken_line,
)
from director.text import shorten

__all__ = ["build_script", "reads"]


# ---- script ---------------------------------------------------------------------------------


def build_script(story: dict) -> dict:
    """A prose story in Russian, Japanese or Korean as ``{"title", "logline", "language", "scenes"}``."""
    language = story["language"][:2].lower()
    with knowing(kanji_names(story["text"]) if language == "ja" else frozenset()):
        return _build_script(story, language)


def _build_script(story: dict, language: str) -> dict:
    scenes: list[dict] = []
    lines = [line.strip() for line in story["text"].splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].strip("# ") == story["title"]:
        lines = lines[1:]  # the title line is not a beat
    shotlist = story.get("kind") == "shotlist"
    for line in lines:
        if shotlist and not _NUMBER_PREFIX.match(line) and scenes and scenes[-1]["beats"]:
            continue  # a note under a numbered shot
        line = _NUMBER_PREFIX.sub("", line, count=1).strip() if shotlist else line
        # A numbered shot is one beat, however many sentences it has.
        said = [" ".join(_sentences(line, language)) if language != "ja" else line] if shotlist \
            else _sentences(line, language)
        previous: dict | None = None  # the beat before, in this line
        for sentence in said:
            beat = _beat(sentence, language)
            if not beat["text"]:
                continue
            if _bare_line(beat) and scenes and scenes[-1]["beats"] and not scenes[-1]["beats"][-1]["dialogue"]:
                # "소녀는 고개를 끄덕였다. “엄마를 찾고 있어요.”": a bare line after an action is said
                # by whoever acted; in the same line, in the same shot.
                acted = scenes[-1]["beats"][-1]
                who = subject_of(acted["narration"], language)
                for spoken in beat["dialogue"]:
                    spoken["speaker"] = spoken["speaker"] or who
                if previous is acted:
                    merged = make_beat(acted["text"] + ("" if language == "ja" else " ") + beat["text"],
                                       dialogue=beat["dialogue"])
                    merged["narration"] = acted["narration"]
                    scenes[-1]["beats"][-1] = previous = merged
                    continue
            previous = beat
            _place_beat(beat, scenes, language)
    if not scenes:
        scenes = [_scene(None, "day", "cut", story["text"], language)]
        scenes[0]["beats"].append(make_beat(shorten(story["text"], 300)))
    for scene in scenes:
        told = " ".join(b["text"] for b in scene["beats"])
        scene["lighting"] = lighting_for(scene["time_of_day"], _light_words(told))
        scene["beats"][0]["continuous"] = False
    number_beats(scenes)
    first = next((b["narration"] for s in scenes for b in s["beats"] if b["narration"]), "")
    return {"title": story["title"], "logline": shorten(first, 200), "language": story["language"],
            "scenes": scenes}


def _bare_line(beat: dict) -> bool:
    """A sentence that is only spoken words, with no tag or action."""
    return bool(beat["dialogue"]) and not beat["narration"].strip(" ,.。、")


def _place_beat(beat: dict, scenes: list[dict], language: str) -> None:
    """Add a beat to the last scene, or start a new one where the place or the time changes."""
    place = find_place(beat["narration"], language)
    if place is None and language == "ru" and (not scenes or not scenes[-1]["location_key"]):
        place = find_place(beat["narration"], language, loose=True)  # a scene still unplaced
    time_of_day = find_time(beat["narration"], language)
    current = scenes[-1] if scenes else None
    if place and current is not None and current["location_key"] and not _someone_in(beat, language) \
            and not _goes(beat["narration"], language) and time_of_day in (None, current["time_of_day"]):
        place = None  # "Над морем стоял туман": the view from where the scene is, nobody goes there
    if current is not None and not current["location_key"] and place and time_of_day in (
            None, current["time_of_day"]):
        # The scene had no place yet: this is where it was all along.
        scenes[-1] = dict(_scene(place, current["time_of_day"], current["transition_in"],
                                 beat["narration"], language), beats=current["beats"])
    elif current is None or (current["beats"] and (
            (place and place[0] != current["location_key"])
            or (time_of_day and time_of_day != current["time_of_day"]))):
        if place is None and current is not None and current["location_key"]:
            place = (current["location_key"], current["location"])
        tod = time_of_day or (current["time_of_day"] if current else "day")
        scenes.append(_scene(place, tod, "cut", beat["narration"], language))
    elif time_of_day and not current["beats"]:
        current["time_of_day"] = time_of_day
    scenes[-1]["beats"].append(beat)


def _someone_in(beat: dict, language: str) -> bool:
    """True when a sentence names someone (a name, a role, a pronoun) or someone speaks in it."""
    narration = beat["narration"]
    if beat["dialogue"]:
        return True
    if language == "ru":
        tokens = RU_WORD.findall(narration)
        return any(ru_name_word(t) for t in tokens[1:]) or any(
            t.lower() in _RU_PEOPLE_PRONOUNS or (ru_role(t.lower()) and t.lower() not in RU_ADJECTIVE_ROLES)
            for t in tokens) or (bool(tokens) and ru_name_word(tokens[0]) and len(tokens) > 1
                                 and re.search(r"[ауеиыяо]л[аи]?$|[еи]т$|[ую]т$|[ая]т$", tokens[1]) is not None)
    roles = words.ROLES_JA if language == "ja" else words.ROLES_KO
    pronouns = ("彼", "私", "僕", "俺", "二人", "みんな") if language == "ja" else ("그녀", "그는", "그가", "나는", "우리", "두 사람", "사람들")
    return bool(name_tokens(narration, language)) or any(r in narration for r in roles if len(r) > 1) \
        or any(p in narration for p in pronouns)


def _goes(narration: str, language: str) -> bool:
    """True when a sentence moves someone, named or not ("部屋に入ると", "들어섰다", "вошли")."""
    if language == "ru":
        return any(re.match(words.GOING_RU, t.lower()) for t in RU_WORD.findall(narration))
    return any(v in narration for v in (words.GOING_JA if language == "ja" else words.GOING_KO))


_RU_PEOPLE_PRONOUNS = frozenset("он она они мы я ты вы его её ее их ему ей им все".split())


# Place keys of the tables above that stand inside, beyond the English reader's list.
_MORE_INTERIORS = frozenset({"living room", "police station", "monastery"})


def _scene(place: tuple[str, str] | None, time_of_day: str, transition: str, text: str, language: str) -> dict:
    scene = _new_scene(place, time_of_day, transition, _light_words(text))
    if place and place[0] in _MORE_INTERIORS:
        scene["exterior"] = False
    if place:
        key, name = place
        scene["heading"] = f"{'INT.' if not scene['exterior'] else 'EXT.'} {name.upper()} - {time_of_day.upper()}"
    return scene


def _light_words(text: str) -> str:
    """English words for the lighting note: the weather and light sources the text names."""
    found = [english for atmosphere, english in words.LIGHT_WORDS.items()
             if any(stem in text.lower() for stem in words.ATMOSPHERE_STEMS_RJK[atmosphere])]
    return " ".join(found)


_RU_END = re.compile(r"(?<=[.!?…])[»”\"]?\s+(?=[—–«„“\"А-ЯЁ])")
_KO_END = re.compile(r"(?<=[.!?…])[”\"]?\s+")
_JA_END = re.compile(r"(?<=[。！？])(?![」』）”])|(?<=[。！？][」』”])")


def _sentences(line: str, language: str) -> list[str]:
    if language == "ru" and re.match(r"\s*[—–]\s", line):
        return [line]  # a dash line of dialogue is said (and tagged) as one
    if language == "ja":
        parts = _JA_END.split(line)
    else:
        pattern = _RU_END if language == "ru" else _KO_END
        parts, start = [], 0
        for m in pattern.finditer(line):
            end = m.start() + len(m.group(0).rstrip())
            parts.append(line[start:end])
            start = m.end()
        parts.append(line[start:])
    out: list[str] = []
    for part in (p.strip() for p in parts if p and p.strip()):
        if out and (_open_quote(out[-1]) or (language == "ja" and part[:1] == "と") or _tag_of(out[-1], part, language)):
            out[-1] += ("" if language == "ja" else " ") + part  # a quote goes on, or its tag follows
        else:
            out.append(part)
    return out


def _tag_of(quote: str, part: str, language: str) -> bool:
    """True when ``part`` is the speech tag of a sentence that is only a quotation:
    '"춥지 않니?" 할머니가 물었다.', '«Где поезд?» — спросила Мария.'."""
    if language == "ja" or split_speech(quote, language)[0].strip(" ,.—–"):
        return False
    if language == "ru" and re.match(r"\s*[—–]\s*[а-яё]", part):
        return True  # "«Иди!» — зовёт бабушка": a dash and a lower-case word are the author's words
    verbs = words.SPEECH_VERBS_RU if language == "ru" else words.SPEECH_VERBS_KO
    head = part.lstrip("—– ")[:40].lower()
    return any(v in head for v in verbs)


def _open_quote(text: str) -> bool:
    return (text.count("«") > text.count("»") or text.count("「") > text.count("」")
            or text.count("“") > text.count("”") or text.count('"') % 2 == 1 or text.count("„") > text.count("“"))


_QUOTES = re.compile(r"«([^»]*)»|„([^“”]*)[“”]|“([^”]*)”|\"([^\"]*)\"|「([^」]*)」|『([^』]*)』")


def split_speech(sentence: str, language: str) -> tuple[str, list[str]]:
    """(narration, spoken lines) of one sentence."""
    if language == "ru" and re.match(r"\s*[—–]\s", sentence):
        # "— Поезд опаздывает, — говорит Иван. — Придётся ждать.": speech and the author's words
        # take turns between dashes.
        parts = re.split(r"\s+[—–]\s+", sentence.strip().lstrip("—– ").strip())
        spoken = [p for i, p in enumerate(parts) if i % 2 == 0 and p.strip(" ,.")]
        tags = [p for i, p in enumerate(parts) if i % 2 == 1]
        narration = " ".join(tags)
        # One replica is one line: "Придёт, — ответил он. — Только держи фонарь" is "Придёт. Только
        # держи фонарь"; after a tag that ends in a comma the sentence goes on ("Я думаю, что...").
        line = spoken[0] if spoken else ""
        for tag, more in zip(tags, spoken[1:]):
            line = (line if tag.rstrip().endswith(",") else spoken_line(line)) + " " + more
        return narration.strip(" ,"), [spoken_line(line)] if line else []
    lines = [next(g for g in m.groups() if g is not None).strip() for m in _QUOTES.finditer(sentence)]
    narration = _QUOTES.sub(" ", sentence)
    narration = re.sub(r"\s*[—–]\s*(?=[,.]|$)|^\s*[,—–]\s*", " ", narration)
    return re.sub(r"\s+", " ", narration).strip(" ,—–"), [spoken_line(q) for q in lines if q]


def _beat(sentence: str, language: str) -> dict:
    narration, spoken = split_speech(sentence, language)
    # The name the speech tag gives; with no verb of speech, whoever the sentence is about
    # ("Иван улыбнулся: «Ты пришёл»").
    speaker = (speech_tag(narration, language) or (subject_of(narration, language) if not _speaks(narration, language)
                                                   else "")) if spoken else ""
    beat = make_beat(sentence, dialogue=[{"speaker": speaker, "text": line} for line in spoken])
    beat["narration"] = narration
    return beat


def _speaks(narration: str, language: str) -> bool:
    """True when a sentence has a verb of speech (its tag names the speaker, or a pronoun does)."""
    verbs = {"ru": words.SPEECH_VERBS_RU, "ja": words.SPEECH_VERBS_JA, "ko": words.SPEECH_VERBS_KO}[language]
    if language == "ru":
        return any(t.lower().startswith(verbs) for t in RU_WORD.findall(narration))
    return any(v in narration for v in verbs)


def find_place(narration: str, language: str, loose: bool = False) -> tuple[str, str] | None:
    """The first place a sentence names as where it happens: (key, name). Russian wants a
    preposition of place before it unless ``loose`` ("открыл дверь мастерской" opens a story there;
    still not a place that opens the sentence as its subject: "Поезд пришёл")."""
    hits: list[tuple[int, str, str]] = []
    if language == "ru":
        tokens = list(re.finditer(r"[А-ЯЁа-яё-]+", narration))
        for i, m in enumerate(tokens):
            word = m.group(0).lower()
            place = ru_place(word)
            lead = [t.group(0).lower() for t in tokens[max(0, i - 3): i]]
            if place and ((loose and i > 0) or any(t in words.PLACE_PREPOSITIONS_RU for t in lead)) \
                    and not any(re.match(words.LOOKING_RU, t) for t in lead):
                hits.append((m.start(), place[0], place[2]))  # not "смотрели на реку": only seen
    elif language == "ja":
        text = without_names_ja(narration)  # 山本さん is no mountain
        for blocked in words.NOT_PLACES_JA:
            text = text.replace(blocked, "＿" * len(blocked))
        for word, (key, _kind, name) in sorted(words.PLACES_JA.items(), key=lambda w: -len(w[0])):
            for m in re.finditer(re.escape(word) + r"(?![をが])", text):  # not "海を見た", "駅が見えた"
                hits.append((m.start(), key, name))
                break
            text = text.replace(word, "＿" * len(word))
    else:
        # A place with a particle of place ("등대로", "역에서", "집 안"), not one only seen or left
        # ("바다를 바라보았다", "항구를 떠났다").
        endings = "|".join(map(re.escape, sorted(words.KO_PLACE_ENDINGS, key=len, reverse=True)))
        for word, (key, _kind, name) in sorted(words.PLACES_KO.items(), key=lambda w: -len(w[0])):
            short = len(word) <= 2
            for m in re.finditer((r"(?<![가-힣])" if short else "") + re.escape(word) + r"(?:" + endings + r")(?![가-힣])",
                                 narration):
                hits.append((m.start(), key, name))
                break
    if not hits:
        return None
    if language in ("ja", "ko"):
        # "바닷가 등대로", "海辺の灯台に": of a run of place words, the one the movement goes to.
        at = [h for h in hits if re.match(_LOCATIVE[language], narration[h[0] + len(_word_at(h, language)):])]
        hits = at or hits
    _pos, key, name = min(hits)
    return key, name


_LOCATIVE = {"ja": r"(?:に|へ|で|まで|から|の中|の前|の上)", "ko": r"(?:에서|에|으로|로|까지| 안| 앞| 위)"}


def _word_at(hit: tuple[int, str, str], language: str) -> str:
    """The place word as written at a hit (its table entry)."""
    table = words.PLACES_JA if language == "ja" else words.PLACES_KO
    return next((w for w, v in sorted(table.items(), key=lambda w: -len(w[0])) if v[0] == hit[1] and v[2] == hit[2]), hit[2])


def find_time(narration: str, language: str) -> str | None:
    table = {"ru": words.TIME_WORDS_RU, "ja": words.TIME_WORDS_JA, "ko": words.TIME_WORDS_KO}[language]
    lower = narration.lower()
    if language == "ko":
        for blocked in words.NOT_TIME_KO:
            lower = lower.replace(blocked, " ")
    hits = []
    for word, tod in table:
        if language == "ru":
            m = re.search(r"(?<![а-яё])" + re.escape(word), lower)
        elif language == "ko":
            m = re.search(r"(?<![가-힣])" + re.escape(word), lower)
        else:
            m = re.search(re.escape(word), lower)
        if m:
            hits.append((m.start(), -len(word), tod))
    return min(hits)[2] if hits else None
