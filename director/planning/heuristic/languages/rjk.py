"""The offline planner's reader for prose in Russian, Japanese and Korean.

The script part turns the story into scenes of beats as the English and Chinese readers do:
one beat a sentence; spoken lines from «…», „…“, "…", 「…」 and Russian dash lines ("— Поезд
опаздывает, — говорит Иван."), each given the name its speech tag names; a place word (with a
preposition in Russian) sets or changes the scene's place, a time word its time of day. The
people part finds who is in the story: Russian capitalised names that are not openers or
pronouns (inflected forms of one name are one person), Japanese and Korean names before their
particles (ハルは, 민수는), honorifics (雪子さん) and names after a kin or role word (妹のユキ,
여동생 지은, старый смотритель Иван), which also describe the person. Word tables: rjk_words.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from contextvars import ContextVar

from director.planning.heuristic.languages import rjk_words as words
from director.planning.heuristic.script import _NUMBER_PREFIX, _new_scene, lighting_for, make_beat, number_beats
from director.text import shorten

LANGUAGES = ("ru", "ja", "ko")

NEUTRAL = "no other description in the story; neutral default: plain dark everyday clothes, same look in every shot"


def reads(language: str | None) -> bool:
    """True when this reader knows the story's language."""
    return (language or "")[:2].lower() in LANGUAGES


# ---- script ---------------------------------------------------------------------------------


def build_script(story: dict) -> dict:
    """A prose story in Russian, Japanese or Korean as ``{"title", "logline", "language", "scenes"}``."""
    language = story["language"][:2].lower()
    with _knowing(kanji_names(story["text"]) if language == "ja" else frozenset()):
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
        previous: dict | None = None  # the beat before, in this line
        for sentence in ([" ".join(_sentences(line, language)) if language != "ja" else line] if shotlist
                         else _sentences(line, language)):
            beat = _beat(sentence, language)
            if not beat["text"]:
                continue
            if previous is not None and beat["dialogue"] and not beat["narration"].strip(" ,.。、") \
                    and not previous["dialogue"] and previous is scenes[-1]["beats"][-1]:
                # "소녀는 고개를 끄덕였다. “엄마를 찾고 있어요.”": a bare quote after an action is said by
                # whoever acted, in the same shot.
                who = subject_of(previous["narration"], language)
                merged = make_beat(previous["text"] + ("" if language == "ja" else " ") + beat["text"],
                                   dialogue=[dict(line, speaker=line["speaker"] or who) for line in beat["dialogue"]])
                merged["narration"] = previous["narration"]
                scenes[-1]["beats"][-1] = previous = merged
                continue
            previous = beat
            place = find_place(beat["narration"], language)
            if place is None and language == "ru" and (not scenes or not scenes[-1]["location_key"]):
                place = find_place(beat["narration"], language, loose=True)  # a scene still unplaced
            time_of_day = find_time(beat["narration"], language)
            current = scenes[-1] if scenes else None
            if place and current is not None and current["location_key"] and not _someone_in(beat, language) \
                    and time_of_day in (None, current["time_of_day"]):
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


def _someone_in(beat: dict, language: str) -> bool:
    """True when a sentence names someone (a name, a role, a pronoun) or someone speaks in it."""
    narration = beat["narration"]
    if beat["dialogue"]:
        return True
    if language == "ru":
        tokens = _RU_WORD.findall(narration)
        return any(_ru_name_word(t) for t in tokens[1:]) or any(
            t.lower() in _RU_PEOPLE_PRONOUNS or (_ru_role(t.lower()) and t.lower() not in _RU_ADJECTIVE_ROLES)
            for t in tokens) or (bool(tokens) and _ru_name_word(tokens[0]) and len(tokens) > 1
                                 and re.search(r"[ауеиыяо]л[аи]?$|[еи]т$|[ую]т$|[ая]т$", tokens[1]) is not None)
    roles = words.ROLES_JA if language == "ja" else words.ROLES_KO
    pronouns = ("彼", "私", "僕", "俺", "二人", "みんな") if language == "ja" else ("그녀", "그는", "그가", "나는", "우리", "두 사람", "사람들")
    return bool(name_tokens(narration, language)) or any(r in narration for r in roles if len(r) > 1) \
        or any(p in narration for p in pronouns)


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
            line = (line if tag.rstrip().endswith(",") else _said(line)) + " " + more
        return narration.strip(" ,"), [_said(line)] if line else []
    lines = [next(g for g in m.groups() if g is not None).strip() for m in _QUOTES.finditer(sentence)]
    narration = _QUOTES.sub(" ", sentence)
    narration = re.sub(r"\s*[—–]\s*(?=[,.]|$)|^\s*[,—–]\s*", " ", narration)
    return re.sub(r"\s+", " ", narration).strip(" ,—–"), [_said(q) for q in lines if q]


def _said(line: str) -> str:
    """A spoken line as it is said: the comma before its tag becomes a full stop."""
    line = line.strip()
    if line.endswith(","):
        return line[:-1].rstrip() + "."
    if line.endswith("、"):
        return line[:-1] + "。"
    return line


def _beat(sentence: str, language: str) -> dict:
    narration, spoken = split_speech(sentence, language)
    speaker = speech_tag(narration, language) if spoken else ""
    beat = make_beat(sentence, dialogue=[{"speaker": speaker, "text": line} for line in spoken])
    beat["narration"] = narration
    return beat


def find_place(narration: str, language: str, loose: bool = False) -> tuple[str, str] | None:
    """The first place a sentence names as where it happens: (key, name). Russian wants a
    preposition of place before it unless ``loose`` ("открыл дверь мастерской" opens a story there)."""
    hits: list[tuple[int, str, str]] = []
    if language == "ru":
        tokens = list(re.finditer(r"[А-ЯЁа-яё-]+", narration))
        for i, m in enumerate(tokens):
            word = m.group(0).lower()
            place = _ru_place(word)
            lead = [t.group(0).lower() for t in tokens[max(0, i - 3): i]]
            if place and (loose or any(t in words.PLACE_PREPOSITIONS_RU for t in lead)) \
                    and not any(t.startswith(words.LOOKING_RU) for t in lead):
                hits.append((m.start(), place[0], place[2]))  # not "смотрели на реку": only seen
    elif language == "ja":
        text = _without_names_ja(narration)  # 山本さん is no mountain
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


def _ru_place(word: str) -> tuple[str, str, str] | None:
    for stem in sorted(words.PLACES_RU, key=len, reverse=True):
        if word.startswith(stem):
            forms = words.PLACE_FORMS_RU.get(stem)
            if forms is None or word in forms:
                return words.PLACES_RU[stem]
    return None


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


# ---- who speaks -----------------------------------------------------------------------------


_RU_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")


def speech_tag(narration: str, language: str) -> str:
    """The name (as written) or role word the speech tag of a sentence gives, else ""."""
    if language == "ru":
        tokens = [m.group(0) for m in _RU_WORD.finditer(narration)]
        for i, token in enumerate(tokens):
            if not any(token.lower().startswith(v) for v in words.SPEECH_VERBS_RU):
                continue
            # "говорит старый смотритель Иван" (after the verb) or "Анна сказала" (before it).
            after = tokens[i + 1: i + 5]
            before = tokens[max(0, i - 3): i][::-1]
            for group in (after, before):
                name = next((t for t in group if _ru_name_word(t)), "")
                if name:
                    return name
            for group in (after[:2], before[:2]):
                role = next((t for t in group if _ru_role(t.lower()) and t.lower() not in _RU_ADJECTIVE_ROLES), "")
                if role:
                    return role.lower()
                animal = next((a for t in group for a, _w, _s in _animal_mentions(t, "ru")), "")
                if animal:
                    return animal  # "сказала лиса"
            return ""
        return ""
    verbs = words.SPEECH_VERBS_JA if language == "ja" else words.SPEECH_VERBS_KO
    verb = min((p for p in (narration.find(v) for v in verbs) if p >= 0), default=-1)
    if verb < 0:
        return ""
    found = _subjects(narration[:verb], language)
    return max(found)[1] if found else ""


def subject_of(narration: str, language: str) -> str:
    """Who a sentence is about: its first name, role or animal that is a subject ("Анна кивнула",
    "女が鍵を差し出した", "소녀는 고개를 끄덕였다"), else ""."""
    if language == "ru":
        tokens = _RU_WORD.findall(narration)[:3]
        name = next((t for t in tokens if _ru_name_word(t)), "")
        role = next((t.lower() for t in tokens[:1] if _ru_role(t.lower()) and t.lower() not in _RU_ADJECTIVE_ROLES), "")
        return name or role
    found = _subjects(narration, language)
    return min(found)[1] if found else ""


def _subjects(text: str, language: str) -> list[tuple[int, str, str]]:
    """(position, word, particle) of each name, role or animal marked as a subject in Japanese or Korean."""
    found = [n for n in name_tokens(text, language) if n[2] in _SUBJECT_PARTICLES[language]]
    roles = list(words.ROLES_JA if language == "ja" else words.ROLES_KO) + [
        w for w in (words.ANIMALS_JA if language == "ja" else words.ANIMALS_KO) if len(w) > 1 or language == "ja"]
    found += [(m.start(), role, m.group(1)) for role in roles
              for m in re.finditer(_WORD_START[language] + re.escape(role) + "(" + "|".join(_SUBJECT_PARTICLES[language])
                                   + ")", text)
              if not any(p <= m.start() < p + len(n) or m.start() + len(role) == p for p, n, _ in found)]
    return found


# A role word begins its own word: not the 女 of 彼女 (she) or of 少女.
_WORD_START = {"ja": r"(?<![一-龯ァ-ヺ彼])", "ko": r"(?<![가-힣])"}
_SUBJECT_PARTICLES = {"ja": ("は", "が", "も"), "ko": ("은", "는", "이", "가", "도")}
_RU_ADJECTIVE_ROLES = {"старый", "старого", "старому", "старым", "старая", "старой", "старую"}


def _ru_role(word: str) -> tuple[str, str] | None:
    for stem in sorted(words.ROLES_RU, key=len, reverse=True):
        if word.startswith(stem):
            return words.ROLES_RU[stem]
    return None


def _ru_name_word(token: str) -> bool:
    """A capitalised Russian word that can be a name: not a pronoun, opener, place or role."""
    if not token[:1].isupper() or len(token) < 2 or token.isupper():
        return False
    low = token.lower()
    return low not in words.NOT_NAMES_RU and not _ru_place(low) and not _ru_role(low) and not _ru_time(low)


def _ru_time(word: str) -> bool:
    return any(word.startswith(w) for w, _ in words.TIME_WORDS_RU if " " not in w)


# ---- names in Japanese and Korean -----------------------------------------------------------


_JA_NAME = re.compile(r"([ァ-ヺー]{2,8})(さん|くん|君|ちゃん|様|先生)?(は|が|も|と|の|に|を|へ|、)?")
_JA_HONORIFIC = re.compile(r"([一-龯ぁ-ゖ]{1,4}?)(さん|くん|ちゃん|様)")
_KO_NAME = re.compile(r"(?<![가-힣])([가-힣]{2,3}?)(은|는|이|가|도|와|과|의|을|를|에게|한테|아|야)(?![가-힣])")


def name_tokens(text: str, language: str) -> list[tuple[int, str, str]]:
    """(position, name, particle after it) for each word in Japanese or Korean text that can be a
    name: not a thing, place, role or time word of the tables."""
    out: list[tuple[int, str, str]] = []
    if language == "ja":
        for m in _JA_NAME.finditer(text):
            name = m.group(1)
            if name in words.NOT_NAMES_JA or name in words.PLACES_JA or name in words.PROPS_JA:
                continue
            if not (m.group(2) or m.group(3)):
                continue
            out.append((m.start(), name, m.group(3) or ""))
        for m in _JA_HONORIFIC.finditer(text):
            name = re.sub(r"^.*[のはがもとにを、]", "", m.group(1))
            if name and name not in words.ROLES_JA and name + m.group(2) not in words.ROLES_JA \
                    and not any(name == p for p in words.PLACES_JA):
                particle = text[m.end(): m.end() + 1]
                out.append((m.start() + m.group(1).find(name), name, particle))
        for role in sorted(words.ROLES_JA, key=len, reverse=True):
            for m in re.finditer(re.escape(role) + r"の([一-龯]{1,3}|[ァ-ヺー]{2,8})(は|が|も|と|に|を)", text):
                out.append((m.start(1), m.group(1), m.group(2)))
        for name in _KANJI_NAMES.get():
            for m in re.finditer(r"(?<![一-龯々])" + re.escape(name) + r"(は|が|も|と|の|に|を|へ|、|という)", text):
                out.append((m.start(), name, m.group(1)))
    else:
        for m in _KO_NAME.finditer(text):
            name = m.group(1)
            whole = m.group(0)
            if name in words.NOT_NAMES_KO or whole in words.NOT_NAMES_KO or _ko_known_word(name) or _ko_known_word(whole):
                continue
            if name.endswith(("에", "서", "로")):
                continue  # "밖에는", "집에서도": a place word with its own particle
            out.append((m.start(), name, m.group(2)))
    return sorted(set(out))


# Japanese names written in kanji alone (太郎, 健一) that the story being read uses: found once
# for the whole story, since one sentence cannot tell 太郎は from 電車は.
_KANJI_NAMES: ContextVar[frozenset[str]] = ContextVar("kanji_names", default=frozenset())


@contextlib.contextmanager
def _knowing(names: frozenset[str]):
    token = _KANJI_NAMES.set(names)
    try:
        yield
    finally:
        _KANJI_NAMES.reset(token)


_KANJI_SUBJECT = re.compile(r"(?<![一-龯々])([一-龯々]{2,4})(?:は|が)")
_KANJI_CALLED = re.compile(r"(?<![一-龯々])([一-龯々]{2,4})という([一-龯ぁ-ゖ]{1,4}?)(?:が|は|も|を|に|と|の|、|。)")


def kanji_names(text: str) -> frozenset[str]:
    """Kanji names of a Japanese story: one introduced as "太郎という少年", or a kanji word that is
    the subject twice or more and no word of the tables (電車, 二人, 彼女)."""
    def known(word: str) -> bool:
        return (word in words.NOT_NAMES_JA or word in words.ROLES_JA or any(p in word for p in words.PLACES_JA)
                or any(p in word for p in words.PROPS_JA) or any(t in word for t, _ in words.TIME_WORDS_JA)
                or any(w in word for stems in words.ATMOSPHERE_STEMS_RJK.values() for w in stems))
    called = {m.group(1) for m in _KANJI_CALLED.finditer(text) if m.group(2) in words.ROLES_JA or m.group(2) in ("名", "人")}
    subjects = Counter(m.group(1) for m in _KANJI_SUBJECT.finditer(text))
    return frozenset(called | {w for w, n in subjects.items() if n >= 2 and not known(w)})


def _without_names_ja(text: str) -> str:
    """Japanese text with the names in it blanked out, so their characters name no place or thing."""
    for pos, name, _particle in sorted(name_tokens(text, "ja"), reverse=True):
        text = text[:pos] + "＿" * len(name) + text[pos + len(name):]
    return text


def _ko_known_word(word: str) -> bool:
    return (word in words.PLACES_KO or word in words.PROPS_KO or word in words.ROLES_KO or word in words.ANIMALS_KO
            or any(word.startswith(t) for t, _ in words.TIME_WORDS_KO))


# ---- characters -----------------------------------------------------------------------------


def characters(beats: list[dict], language: str) -> dict[str, dict]:
    """Character name → {"description", "gender", "aliases"} for a story's beats."""
    language = language[:2].lower()
    told = "".join(b["text"] for b in beats)
    with _knowing(kanji_names(told) if language == "ja" else frozenset()):
        found = _characters_ru(beats) if language == "ru" else _characters_cjk(beats, language)
        for name, info in _animals(beats, language).items():
            found.setdefault(name, info)
        _roles_of_named(beats, found, language)
        _follow_pronouns(beats, found, language)
    for info in found.values():
        info.pop("role", None)
    return found


_KO_SUBJECT = ("이", "가", "은", "는", "도")


def _animal_mentions(text: str, language: str) -> list[tuple[str, str, bool]]:
    """(the animal's name, the form written, whether it is the subject) for each animal named."""
    out: list[tuple[str, str, bool]] = []
    if language == "ru":
        for m in _RU_WORD.finditer(text):
            low = m.group(0).lower()
            stem = next((st for st in sorted(words.ANIMALS_RU, key=len, reverse=True) if low.startswith(st)
                         and len(low) - len(st) <= 3 and low in words.ANIMAL_FORMS_RU.get(st, (low,))), None)
            if stem:
                name = words.ANIMALS_RU[stem][0]
                out.append((name, low, low == name))  # the dictionary form: the subject
    elif language == "ja":
        for word in sorted(words.ANIMALS_JA, key=len, reverse=True):
            for m in re.finditer(re.escape(word) + r"(.?)", text):
                if any(word in longer and longer != word and longer in text[max(0, m.start() - 2): m.end() + 2]
                       for longer in words.ANIMALS_JA):
                    continue  # 猫 inside 子猫
                out.append((words.ANIMALS_JA[word][0], word, m.group(1) in ("は", "が", "も")))
    else:
        for word in words.ANIMALS_KO:
            pattern = r"(?<![가-힣])" + re.escape(word) + r"(이|가|은|는|도|을|를|의|와|과|에게|한테)?(?![가-힣])"
            for m in re.finditer(pattern, text):
                if len(word) == 1 and not m.group(1):
                    continue  # 개, 말, 새 alone are other words too
                out.append((words.ANIMALS_KO[word][0], word, m.group(1) in _KO_SUBJECT))
    return out


def _animals(beats: list[dict], language: str) -> dict[str, dict]:
    """Animals (and robots) that act as a subject twice or more, or speak a line."""
    mentions: dict[str, list[tuple[str, bool]]] = {}
    for beat in beats:
        for name, written, subject in _animal_mentions(beat["narration"], language):
            mentions.setdefault(name, []).append((written, subject))
    speakers = {line["speaker"] for b in beats for line in b["dialogue"]}
    found: dict[str, dict] = {}
    table = {"ru": words.ANIMALS_RU, "ja": words.ANIMALS_JA, "ko": words.ANIMALS_KO}[language]
    english = {name: form for name, form in table.values()}
    for name, seen in mentions.items():
        subjects = sum(1 for _, subject in seen if subject)
        if name in speakers or (subjects >= 1 and len(seen) >= 2):
            forms = sorted({w for w, _ in seen if w != name})
            look = f"no other description in the story; neutral default: a simple, readable {english[name]} design, " \
                   "same look in every shot"
            found[name] = {"description": f"{'an' if english[name][0] in 'aeiou' else 'a'} {english[name]} ({name}); {look}",
                           "gender": "", "aliases": forms}
    return found


def _roles_of_named(beats: list[dict], found: dict[str, dict], language: str) -> None:
    """A role word seen only in its own speech tags ("— …, — ответил мастер") names the person who
    answers: the last named character of a fitting gender who did not say the line before."""
    for role in [n for n, info in found.items() if info.get("role")]:
        told = [b for b in beats if _names(b["narration"], role, found[role], language)]
        if any(not any(line["speaker"] == role for line in b["dialogue"]) for b in told):
            continue  # the role acts in the story: a person of its own
        recent: list[str] = []
        last_speaker = ""
        who = ""
        for beat in beats:
            if any(line["speaker"] == role for line in beat["dialogue"]):
                said = " ".join(line["text"] for line in beat["dialogue"])
                fits = [n for n in recent if n != last_speaker and found[n].get("gender") in ("", found[role]["gender"])
                        and not found[n].get("role") and not said.startswith(n)]  # not the one called
                who = fits[0] if fits and last_speaker else ""  # it answers a line: someone spoke before
                break
            for name in [n for n in found if _names(beat["narration"], n, found[n], language)] + [
                    line["speaker"] for line in beat["dialogue"] if line["speaker"] in found]:
                if name in recent:
                    recent.remove(name)
                recent.insert(0, name)
            last_speaker = next((line["speaker"] for line in reversed(beat["dialogue"]) if line["speaker"]), last_speaker)
        if not who:
            continue
        for beat in beats:
            for line in beat["dialogue"]:
                if line["speaker"] == role:
                    line["speaker"] = who
        found[who]["aliases"].append(role)
        del found[role]


# Subject pronouns: (pattern, gender).
_PRONOUNS = {
    "ru": ((r"(?<![а-яё])она(?![а-яё])", "f"), (r"(?<![а-яё])он(?![а-яё])", "m")),
    "ja": ((r"彼女", "f"), (r"彼(?!女|ら)", "m")),
    "ko": ((r"(?<![가-힣])그녀(?:는|가|도)", "f"), (r"(?<![가-힣])그(?:는|가|도)(?![가-힣])", "m")),
}


def _follow_pronouns(beats: list[dict], found: dict[str, dict], language: str) -> None:
    """A pronoun points at the last character named of its gender: that character is in the beat
    ("Он зашёл в кафе", "彼女は笑った" → ``cast_hint``) and says a line its tag gives to the pronoun
    ("— сказала она", "그녀가 말했다")."""
    recent: list[str] = []
    for beat in beats:
        narration = beat["narration"]
        named = [n for n in found if _names(narration, n, found[n], language)]
        for pattern, gender in _PRONOUNS[language]:
            m = re.search(pattern, narration.lower() if language == "ru" else narration)
            if not m:
                continue
            fits = [n for n in recent if found[n].get("gender") == gender and n not in named] or [
                n for n in recent if not found[n].get("gender") and n not in named]  # else one the text never gendered
            who = fits[0] if fits else None
            if who is None:
                continue
            beat.setdefault("cast_hint", []).append(who)
            for line in beat["dialogue"]:
                if not line["speaker"] and _tags_pronoun(narration, m.start(), language):
                    line["speaker"] = who
        for name in named + beat.get("cast_hint", []) + [l["speaker"] for l in beat["dialogue"] if l["speaker"] in found]:
            if name in recent:
                recent.remove(name)
            recent.insert(0, name)


def _names(narration: str, name: str, info: dict, language: str) -> bool:
    forms = [name, *info.get("aliases", [])]
    if language == "ru":
        return any(re.search(r"(?<![А-ЯЁа-яё])" + re.escape(f) + r"(?![А-ЯЁа-яё])", narration) for f in forms)
    return any(f in narration for f in forms)


def _tags_pronoun(narration: str, at: int, language: str) -> bool:
    """True when the pronoun at ``at`` is the one a speech verb next to it names."""
    verbs = {"ru": words.SPEECH_VERBS_RU, "ja": words.SPEECH_VERBS_JA, "ko": words.SPEECH_VERBS_KO}[language]
    near = narration[max(0, at - 25): at + 25].lower()
    return any(v in near for v in verbs)


def _characters_ru(beats: list[dict]) -> dict[str, dict]:
    forms: Counter[str] = Counter()  # every form a name word takes
    acting: set[str] = set()  # forms seen inside a sentence, or as a speaker
    roles_at: dict[str, list[str]] = {}
    speakers_roles: list[str] = []
    joined: dict[str, str] = {}  # a surname or patronymic -> the given name it follows
    looks: dict[str, str] = {}  # a form -> the apposition that describes it
    for beat in beats:
        for line in beat["dialogue"]:
            if line["speaker"] and _ru_name_word(line["speaker"]):
                forms[line["speaker"]] += 1
                acting.add(line["speaker"])
            elif line["speaker"] and _ru_role(line["speaker"]):
                speakers_roles.append(line["speaker"])
        for clause in re.split(r"[.!?…;:]\s*", beat["narration"]):
            found_words = list(_RU_WORD.finditer(clause))
            tokens = [m.group(0) for m in found_words]
            for i, token in enumerate(tokens):
                if not _ru_name_word(token):
                    continue
                if i > 0 and tokens[i - 1].lower() in ("в", "во", "из", "на", "по", "через", "над", "под"):
                    continue  # "в Москве": a place
                forms[token] += 1
                if i > 0:
                    acting.add(token)
                gap = clause[found_words[i - 1].end(): found_words[i].start()] if i else ","
                if i > 0 and _ru_name_word(tokens[i - 1]) and not gap.strip():
                    joined.setdefault(token, tokens[i - 1])  # "Дмитрий Соколов", "Веру Петровну"
                # "Мать Сони, Надежда, ...": a kin word before a name in apposition is the second one's.
                nxt = found_words[i + 1] if i + 1 < len(found_words) else None
                apposed = nxt is not None and clause[found_words[i].end(): nxt.start()].strip() == "," \
                    and _ru_name_word(nxt.group(0))
                if not apposed:
                    before = [t.lower() for t in tokens[max(0, i - 3): i]]
                    if i >= 2 and clause[found_words[i - 1].end(): found_words[i].start()].strip() == ",":
                        before = [t.lower() for t in tokens[max(0, i - 4): i]]
                    roles_at.setdefault(token, []).extend(b for b in before if _ru_role(b))
                # "Соня, худая девочка в красном платке": an apposition after the name describes it.
                after = re.match(r"\s*,\s*((?:[А-ЯЁа-яё-]+\s*){1,6}?)(?=[,.!?;:—–]|$)", clause[found_words[i].end():])
                if after:
                    phrase = after.group(1).strip()
                    nouns = [w for w in phrase.lower().split() if _ru_role(w) and w not in _RU_ADJECTIVE_ROLES]
                    if nouns and not _ru_name_word(phrase.split()[0]):
                        roles_at.setdefault(token, []).extend(nouns)
                        looks.setdefault(token, phrase)
    groups: list[list[str]] = []
    for form in sorted(forms, key=lambda f: (-forms[f], f)):
        group = next((g for g in groups if any(_same_name_ru(form, other) for other in g)), None)
        if group is None:
            groups.append([form])
        else:
            group.append(form)
    # A surname or patronymic joins the name it follows: one person, called either way.
    for group in list(groups):
        first = next((joined[f] for f in group if f in joined), None)
        owner = next((g for g in groups if first in g and g is not group), None) if first else None
        if owner is not None and not any(f in joined.values() for f in group):
            owner.extend(group)
            owner.extend(f"{joined[f]} {f}" for f in group if f in joined)
            groups.remove(group)
    found: dict[str, dict] = {}
    text = " ".join(b["text"] for b in beats)
    lower_words = {w for b in beats for w in _RU_WORD.findall(b["narration"]) if w.islower()}
    for group in groups:
        if not any(f in acting for f in group) and not any(_given_name_ru(f) for f in group) and (
                sum(forms[f] for f in group) < 2 or any(f.lower() in lower_words for f in group)):
            continue  # only opens a sentence, once or as a word also written small: not a known name
        given = [f for f in group if " " not in f and f not in joined] or [f for f in group if " " not in f]
        name = _nominative_ru(given)
        full = next((f for f in group if f.startswith(name + " ")), "")
        roles = [r for f in group for r in roles_at.get(f, [])]
        gender = _gender_ru(name, given, text, roles)
        look = next((looks[f] for f in group if f in looks), "")
        description = _describe(name, roles, "ru", gender, look)
        name = full or name  # "Григорий Ильич": the fullest way the story names them
        found[name] = {"description": description, "gender": gender,
                       "aliases": [f for f in group if f != name]}
    for role in speakers_roles:
        if role not in found and not any(role in info["aliases"] for info in found.values()):
            english, gender = _ru_role(role) or ("", "")
            found[role] = {"description": _english_description([english], gender, role), "gender": gender,
                           "aliases": [], "role": True}
    return found


def _given_name_ru(form: str) -> str:
    """"f" or "m" when a word is (a form of) a common Russian given name, else ""."""
    low = form.lower()
    for gender, names in (("f", words.GIVEN_NAMES_RU_F), ("m", words.GIVEN_NAMES_RU_M)):
        if low in names or any(_same_name_ru(low, n) and len(low) <= len(n) + 2 for n in names if n[:2] == low[:2]):
            return gender
    return ""


def _same_name_ru(a: str, b: str) -> bool:
    """Two forms of one Russian name: Анна/Анну/Анной, Иван/Ивана/Иваном, Андрей/Андреем."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= 3 and common >= min(len(a), len(b)) - 1 and abs(len(a) - len(b)) <= 2


def _nominative_ru(group: list[str]) -> str:
    """The dictionary form of a name among its forms: Иван over Ивана, Анна over Анну."""
    consonant = [f for f in group if f[-1].lower() not in "аяуюыиеоь" and not f.lower().endswith(("ом", "ем", "ой", "ей"))]
    if consonant:
        return min(consonant, key=len)
    vowel = [f for f in group if f[-1].lower() in "ая"]
    return min(vowel, key=len) if vowel else group[0]


_MALE_NAMES_IN_A_RU = {"никита", "илья", "саша", "миша", "дима", "ваня", "коля", "петя", "женя", "костя",
                       "лёша", "леша", "паша", "гриша", "серёжа", "сережа", "вася", "федя", "толя", "юра",
                       "слава", "витя", "боря", "лёва", "лева", "фома", "кузьма", "лука", "савва"}


def _gender_ru(name: str, group: list[str], text: str, roles: list[str]) -> str:
    said = [g for r in roles if (g := (_ru_role(r) or ("", ""))[1])]
    if said:
        return Counter(said).most_common(1)[0][0]
    # The past tense agrees with its subject: "Анна вышла", "сказал Иван".
    votes = Counter()
    forms = "|".join(re.escape(f) for f in group)
    for m in re.finditer(rf"(?:\b({forms})\s+([а-яё]+)|([а-яё]+)\s+({forms})\b)", text):
        verb = (m.group(2) or m.group(3) or "").lower()
        if re.search(r"(?:ла|лась)$", verb):
            votes["f"] += 1
        elif re.search(r"[ауеиыяо]л$|[ауеиыяо]лся$", verb):
            votes["m"] += 1
    if votes:
        return votes.most_common(1)[0][0]
    low = name.lower()
    if low in words.GIVEN_NAMES_RU_F and low not in words.GIVEN_NAMES_RU_M:
        return "f"
    if low in words.GIVEN_NAMES_RU_M and low not in words.GIVEN_NAMES_RU_F:
        return "m"
    if low.endswith(("а", "я")) and low not in _MALE_NAMES_IN_A_RU:
        return "f"
    return "m" if low[-1:] not in "аяоеиу" else ""


def _characters_cjk(beats: list[dict], language: str) -> dict[str, dict]:
    counts: Counter[str] = Counter()
    strong: set[str] = set()  # speakers, names with an honorific or a kin word, subjects
    roles_at: dict[str, list[str]] = {}
    roles = words.ROLES_JA if language == "ja" else words.ROLES_KO
    animals = words.ANIMALS_JA if language == "ja" else words.ANIMALS_KO
    text = " ".join(b["narration"] for b in beats)
    for beat in beats:
        for line in beat["dialogue"]:
            if line["speaker"] and line["speaker"] not in animals:  # animals are read by _animals
                counts[line["speaker"]] += 1
                strong.add(line["speaker"])
        narration = beat["narration"]
        for pos, name, particle in name_tokens(narration, language):
            rest = narration[pos + len(name):]
            if language == "ja" and re.fullmatch(r"[ァ-ヺー]+", name) and (
                    particle not in ("は", "が", "も", "と", "、") or re.match(r"[がも](?:[^。、]{0,4})?(?:あっ|ある|あり)", rest)):
                # "スイカを切った", "スイカがあった" (ある is said of things, いる of the living): a
                # katakana word counts as someone only as a subject who is alive.
                continue
            counts[name] += 1
            before = narration[max(0, pos - 8): pos]
            lead = before.rstrip(" の")
            kin = sorted((r for r in roles if lead.endswith(r)), key=len)[-1:]  # 여동생, not its 동생
            if kin:
                strong.add(name)
                adjective = lead[: -len(kin[0])].strip(" の")
                roles_at.setdefault(name, []).extend(
                    sorted((r for r in roles if adjective.endswith(r)), key=len)[-1:] + kin)
            called = re.match(r"という([一-龯ぁ-ゖ]{1,4}?)(?:が|は|も|を|に|と|の|、|。)", narration[pos + len(name):])
            if language == "ja" and called and called.group(1) in roles:
                roles_at.setdefault(name, []).append(called.group(1))  # "ケンジという青年"
            if language == "ja" and (narration[pos + len(name): pos + len(name) + 3].startswith(
                    ("さん", "くん", "ちゃん", "様")) or (particle in ("は", "が") and re.fullmatch(r"[ァ-ヺー]+", name))):
                strong.add(name)
            if language == "ko" and particle in ("은", "는", "이", "가") and _clause_subject(narration, pos):
                strong.add(name)
    found: dict[str, dict] = {}
    for name in sorted(counts, key=lambda n: text.find(n) if n in text else len(text)):
        if name in roles:
            # A role that speaks with no name ("老人が言った", "노인이 말했다") is a character of its own.
            if name in strong and not any(name in info["description"] for info in found.values()):
                english, gender = roles[name]
                found[name] = {"description": _english_description([english], gender, name), "gender": gender,
                               "aliases": [], "role": True}
            continue
        if name in strong or counts[name] >= 2:
            kin = roles_at.get(name, [])
            gender = _gender_cjk(name, kin, text, language)
            found[name] = {"description": _describe(name, kin, language, gender), "gender": gender, "aliases": []}
    if language == "ko":
        # "박서연" and "서연": a surname and a given name, one person.
        for full in [n for n in found if len(n) == 3 and n[0] in words.SURNAMES_KO]:
            given = found.pop(full[1:], None)
            if given is not None:
                found[full]["aliases"].append(full[1:])
                found[full]["gender"] = found[full]["gender"] or given["gender"]
    return found


def _clause_subject(narration: str, pos: int) -> bool:
    """A Korean word at the start of its clause, or after one word that sets the time or place."""
    start = max(narration.rfind(c, 0, pos) for c in (".", ",", "!", "?", "\"", "”")) + 1
    return len(narration[start:pos].split()) <= 2  # "한밤중에 경찰관 최민호는"


def _gender_cjk(name: str, kin: list[str], text: str, language: str) -> str:
    roles = words.ROLES_JA if language == "ja" else words.ROLES_KO
    said = [g for r in kin if (g := roles[r][1])]
    if said:
        return said[0]
    at = text.find(name)
    after = text[at + len(name): at + len(name) + 60] if at >= 0 else ""
    # A pronoun speaks for the name only when no other person is named before it.
    others = [r for r in roles if len(r) > 1 or language == "ja"]
    cut = min([p for p in (after.find(r) for r in others) if p >= 0], default=len(after))
    after = after[:cut]
    if language == "ja":
        if "彼女" in after:
            return "f"
        if re.search(r"彼(?!女)", after):
            return "m"
    else:
        if "그녀" in after:
            return "f"
        if re.search(r"(?<![가-힣])그(?:는|가|의|를)(?![가-힣])", after):
            return "m"
    return ""


def _describe(name: str, roles: list[str], language: str, gender: str, look: str = "") -> str:
    table = {"ru": words.ROLES_RU, "ja": words.ROLES_JA, "ko": words.ROLES_KO}[language]
    english = []
    for role in roles:
        entry = _ru_role(role) if language == "ru" else table.get(role)
        if entry and entry[0] not in english:
            english.append(entry[0])
    joiner = {"ru": " ", "ja": "", "ko": " "}[language]
    native = joiner.join(dict.fromkeys(roles)) + ("の" if language == "ja" else " ") + name if roles else name
    return _english_description(english, gender, f"{name}, {look}" if look else native)


def _english_description(english: list[str], gender: str, native: str) -> str:
    """"старый смотритель Иван; an old caretaker, a man; ...": the text's words, then English ones
    (age, gender and role words the voice and image stages read)."""
    adjectives = [e for e in english if e in ("old", "little", "young")]
    nouns = [e for e in english if e not in adjectives]
    person = " ".join(adjectives + nouns[:1])
    gendered = any(w in " ".join(nouns) for w in ("man", "woman", "girl", "boy", "sister", "brother", "mother",
                                                 "father", "wife", "husband", "son", "daughter", "grand", "landl"))
    if gender and not gendered:
        # "an old woman", "a little girl", "a caretaker, a man"
        body = {"f": "girl", "m": "boy"}[gender] if "little" in adjectives else {"f": "woman", "m": "man"}[gender]
        person = " ".join(adjectives + [body]) if not nouns else f"{person}, a {body}"
    # The English words first: the head of a description says what body to draw (forms.py).
    english_part = (("an " if person[0] in "aeiou" else "a ") + person) if person else ""
    return f"{english_part} ({native}); {NEUTRAL}" if english_part else f"{native}; {NEUTRAL}"


# ---- props ----------------------------------------------------------------------------------


def props(beats: list[dict], language: str) -> dict[str, str]:
    """Prop name → description, from the table of everyday things of the story's language."""
    language = language[:2].lower()
    with _knowing(kanji_names("".join(b["text"] for b in beats)) if language == "ja" else frozenset()):
        return _props(beats, language)


def _props(beats: list[dict], language: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for beat in beats:
        narration = beat["narration"]
        if language == "ru":
            for m in _RU_WORD.finditer(narration):
                word = m.group(0).lower()
                for stem in sorted(words.PROPS_RU, key=len, reverse=True):
                    forms = words.PROP_FORMS_RU.get(stem)
                    if word.startswith(stem) and (forms is None or word in forms):
                        name, english = words.PROPS_RU[stem]
                        found.setdefault(name, f"a {english} ({name})")
                        break
        elif language == "ja":
            text = _without_names_ja(narration)  # 山本さん holds no book
            for blocked in words.NOT_PROPS_JA:
                text = text.replace(blocked, "＿" * len(blocked))
            for word, (name, english) in sorted(words.PROPS_JA.items(), key=lambda w: -len(w[0])):
                if word in text:
                    found.setdefault(name, f"a {english} ({name})")
                    text = text.replace(word, "＿" * len(word))
        else:
            for word, (name, english) in words.PROPS_KO.items():
                endings = words.KO_SHORT_PROP_ENDINGS if len(word) == 1 else ("",)
                pattern = r"(?<![가-힣])" + re.escape(word) + r"(?:" + "|".join(map(re.escape, endings)) + r")(?![가-힣])"
                if re.search(pattern if len(word) == 1 else re.escape(word), narration):
                    found.setdefault(name, f"a {english} ({name})")
    return found
