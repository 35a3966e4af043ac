"""Who is in a Russian, Japanese or Korean story, and the things they handle.

Characters: Russian names (inflected forms, a surname or patronymic and the name they follow are
one person), Japanese and Korean names, roles that speak (老人が言った), animals that act or
speak; each described by the kin and role words at its name and its appositions, in the text's
words first and English ones the voice and image stages read. Pronouns (она, 彼女, 그녀) put the
last character of their gender in a beat and give them the line they tag. Props come from a
table of everyday things. Names in text: rjk_names; word tables: rjk_words.
"""

from __future__ import annotations

import re
from collections import Counter

from director.planning.heuristic.languages import rjk_words as words
from director.planning.heuristic.languages.rjk_names import (
    RU_ADJECTIVE_ROLES, RU_WORD, animal_mentions, kanji_names, knowing, name_tokens, reads,
    ru_name_word, ru_place, ru_role, without_names_ja,
)

__all__ = ["characters", "props", "reads"]

NEUTRAL = "no other description in the story; neutral default: plain dark everyday clothes, same look in every shot"


# ---- characters -----------------------------------------------------------------------------


def characters(beats: list[dict], language: str) -> dict[str, dict]:
    """Character name → {"description", "gender", "aliases"} for a story's beats."""
    language = language[:2].lower()
    told = "".join(b["text"] for b in beats)
    with knowing(kanji_names(told) if language == "ja" else frozenset()):
        found = _characters_ru(beats) if language == "ru" else _characters_cjk(beats, language)
        for name, info in _animals(beats, language).items():
            found.setdefault(name, info)
        _roles_of_named(beats, found, language)
        _follow_pronouns(beats, found, language)
    for info in found.values():
        info.pop("role", None)
    return found



def _animals(beats: list[dict], language: str) -> dict[str, dict]:
    """Animals (and robots) that act as a subject twice or more, or speak a line."""
    mentions: dict[str, list[tuple[str, bool]]] = {}
    for beat in beats:
        for name, written, subject in animal_mentions(beat["narration"], language):
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
    """A role that speaks is a named character when the story called one by it ("Учительница
    музыки Ирина Сергеевна … — позвала учительница"), or when it is seen only in its own speech
    tags ("— …, — ответил мастер"): then the person who answers, the last named character of a
    fitting gender who did not say the line before."""
    for role in [n for n, info in found.items() if info.get("role")]:
        described = [n for n, info in found.items() if not info.get("role") and _describes(role, info, language)]
        told = [b for b in beats if _names(b["narration"], role, found[role], language)]
        if len(described) != 1 and any(not any(line["speaker"] == role for line in b["dialogue"]) for b in told):
            continue  # the role acts in the story: a person of its own
        recent: list[str] = []
        last_speaker = ""
        who = described[0] if len(described) == 1 else ""
        for beat in beats if not who else []:
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


def _describes(role: str, info: dict, language: str) -> bool:
    """True when a character's description holds this role word ("учительница Ирина", "探偵の黒田")."""
    native = info.get("description", "").split("(", 1)[-1].split(")", 1)[0]
    if language == "ru":
        return any(ru_role(w) == ru_role(role) and ru_role(w) for w in RU_WORD.findall(native.lower())
                   if w not in RU_ADJECTIVE_ROLES)
    return role in native


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
            if line["speaker"] and ru_name_word(line["speaker"]):
                forms[line["speaker"]] += 1
                acting.add(line["speaker"])
            elif line["speaker"] and ru_role(line["speaker"]):
                speakers_roles.append(line["speaker"])
        for clause in re.split(r"[.!?…;:]\s*", beat["narration"]):
            found_words = list(RU_WORD.finditer(clause))
            tokens = [m.group(0) for m in found_words]
            for i, token in enumerate(tokens):
                if not ru_name_word(token) or _describes_next(tokens, i):
                    continue
                if i > 0 and tokens[i - 1].lower() in ("в", "во", "из", "на", "по", "через", "над", "под"):
                    continue  # "в Москве": a place
                forms[token] += 1
                if i > 0:
                    acting.add(token)
                gap = clause[found_words[i - 1].end(): found_words[i].start()] if i else ","
                if i > 0 and ru_name_word(tokens[i - 1]) and not gap.strip():
                    joined.setdefault(token, tokens[i - 1])  # "Дмитрий Соколов", "Веру Петровну"
                # "Мать Сони, Надежда, ...": a kin word before a name in apposition is the second one's.
                nxt = found_words[i + 1] if i + 1 < len(found_words) else None
                apposed = nxt is not None and clause[found_words[i].end(): nxt.start()].strip() == "," \
                    and ru_name_word(nxt.group(0))
                if not apposed:
                    before = [t.lower() for t in tokens[max(0, i - 3): i]]
                    if i >= 2 and clause[found_words[i - 1].end(): found_words[i].start()].strip() == ",":
                        before = [t.lower() for t in tokens[max(0, i - 4): i]]
                    roles_at.setdefault(token, []).extend(b for b in before if ru_role(b))
                # "Соня, худая девочка в красном платке": an apposition after the name describes it.
                after = re.match(r"\s*,\s*((?:[А-ЯЁа-яё-]+\s*){1,6}?)(?=[,.!?;:—–]|$)", clause[found_words[i].end():])
                if after:
                    phrase = after.group(1).strip()
                    phrase_words = phrase.lower().split()
                    nouns = [w for w in phrase_words if ru_role(w) and w not in RU_ADJECTIVE_ROLES]
                    # "Петя, в синей куртке," / "Фёдор, худой человек в шляпе": what they wear, or a
                    # plain "person" with its looks, describes them too (not "Анна, в комнате": a place).
                    worn_phrase = phrase_words[0] in ("в", "во", "с", "со") and not ru_place(phrase_words[-1])
                    if (nouns or worn_phrase or "человек" in phrase_words) and not ru_name_word(phrase.split()[0]):
                        roles_at.setdefault(token, []).extend(nouns)
                        looks.setdefault(token, phrase)
                # "рыжая Маша", "Анна в красном пальто": a describing word before the name, or what
                # the name is in (not a place: "Анна в комнате").
                shown: list[str] = []
                for j in range(i - 1, max(-1, i - 3), -1):  # the describing words right before the name
                    t = tokens[j]
                    if not (_RU_ADJECTIVE.search(t.lower()) and not ru_role(t.lower()) and t.lower() not in _RU_NOT_LOOKS
                            and (t.islower() or _describes_next(tokens, j))):
                        break
                    shown.insert(0, t)
                worn = re.match(r"\s+(во?\s+(?:[а-яё]+(?:ом|ой|ем|ей|ых|их)\s+){1,2}[а-яё]+)", clause[found_words[i].end():])
                if worn and ru_place(worn.group(1).split()[-1]):
                    worn = None
                if shown or worn:
                    looks.setdefault(token, " ".join([w.lower() for w in shown] + ([worn.group(1)] if worn else [])))
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
    lower_words = {w for b in beats for w in RU_WORD.findall(b["narration"]) if w.islower()}
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
            english, gender = ru_role(role) or ("", "")
            found[role] = {"description": _english_description([english], gender, role), "gender": gender,
                           "aliases": [], "role": True}
    return found


# Russian adjective endings (a describing word before a name: "рыжая", "высокий", "седого").
_RU_ADJECTIVE = re.compile(r"(?:ая|яя|ый|ий|ой|ого|его|ому|ему|ую|юю|ым|им)$")
# Adjective-like words that say nothing of how someone looks.
_RU_NOT_LOOKS = frozenset("""
который которая которой которую каждый каждая какой какая такой такая другой другая этой этого
свой своя своей своего мой моя твой твоя наш наша ваш ваша весь вся всей самый самая один одна
""".split())


def _describes_next(tokens: list[str], i: int) -> bool:
    """True when a capitalised word opening a sentence is an adjective of the given name after it
    ("Рыжая Маша", "Высокий Олег"), not a name of its own."""
    return (i == 0 and i + 1 < len(tokens) and _RU_ADJECTIVE.search(tokens[i].lower()) is not None
            and not _given_name_ru(tokens[i]) and bool(_given_name_ru(tokens[i + 1])))


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
    said = [g for r in roles if (g := (ru_role(r) or ("", ""))[1])]
    if said:
        return Counter(said).most_common(1)[0][0]
    # The past tense agrees with its subject: "Анна вышла", "сказал Иван".
    votes = Counter()
    forms = "|".join(re.escape(f) for f in group)
    after = [m.group(1) for m in re.finditer(rf"\b(?:{forms})\s+([а-яё]+)", text)]
    before = [m.group(1) for m in re.finditer(rf"\b([а-яё]+)\s+(?:{forms})\b", text)]
    for verb in after + before:
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
    looks: dict[str, str] = {}  # a name -> how the text shows it ("長い髪の", "안경을 쓴")
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
            look = _look_before(narration[:pos], language)
            if look:
                looks.setdefault(name, look)
                strong.add(name)  # someone the text shows: "안경을 쓴 민수는"
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
            found[name] = {"description": _describe(name, kin, language, gender, looks.get(name, "")), "gender": gender,
                           "aliases": []}
    if language == "ko":
        # Who says 오빠 or 언니 to someone is a girl or woman, who says 누나 or 형 a boy or man.
        for name, info in found.items():
            if info["gender"] or info.get("role"):
                continue
            said = " ".join(line["text"] for b in beats for line in b["dialogue"] if line["speaker"] == name)
            if re.search(r"(?<![가-힣])(?:오빠|언니)", said):
                info["gender"] = "f"
            elif re.search(r"(?<![가-힣])(?:누나|형)(?![가-힣]{2})", said):
                info["gender"] = "m"
            if info["gender"]:
                info["description"] = _describe(name, roles_at.get(name, []), language, info["gender"], looks.get(name, ""))
        # "박서연" and "서연": a surname and a given name, one person.
        for full in [n for n in found if len(n) == 3 and n[0] in words.SURNAMES_KO]:
            given = found.pop(full[1:], None)
            if given is not None:
                found[full]["aliases"].append(full[1:])
                found[full]["gender"] = found[full]["gender"] or given["gender"]
    return found


# What a name is shown with, written before it: "長い髪の", "赤いコートを着た" (Japanese: an
# adjective in -い or a verb of wearing before の or the name); "안경을 쓴", "빨간 코트를 입은" (Korean:
# a thing worn or held).
_LOOK_JA = re.compile(r"((?:[一-龯ァ-ヺー]*[一-龯ぁ-ゖ]い|[一-龯][ぁ-ゖ]*な)[一-龯ァ-ヺー]+(?:の|を(?:着た|かけた|かぶった|はいた|持った)))$")
_LOOK_KO = re.compile(r"((?:[가-힣]+(?<![에서는은가이도]) )?[가-힣]+(?:을|를) (?:입은|쓴|신은|든|걸친|멘|낀|두른))\s*$")


def _look_before(before: str, language: str) -> str:
    """How the text shows someone right before their name, or ""."""
    before = before[-20:]
    if language == "ja":
        before = re.sub(r"^.*[、。「」]", "", before)
        lead = re.sub(r"(?:" + "|".join(map(re.escape, words.ROLES_JA)) + r")の?$", "", before)  # 妹の
        m = _LOOK_JA.search(lead)
        return m.group(1).removesuffix("の") if m else ""
    m = _LOOK_KO.search(re.sub(r"(?:" + "|".join(map(re.escape, words.ROLES_KO)) + r")\s*$", "", before))
    return m.group(1) if m else ""


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
        entry = ru_role(role) if language == "ru" else table.get(role)
        if entry and entry[0] not in english:
            english.append(entry[0])
    joiner = {"ru": " ", "ja": "", "ko": " "}[language]
    native = joiner.join(dict.fromkeys(roles)) + ("の" if language == "ja" else " ") + name if roles else name
    return _english_description(english, gender, f"{name}, {look}" if look else native)


def _english_description(english: list[str], gender: str, native: str) -> str:
    """"an old caretaker, an old man (старый смотритель Иван); ...": English words first (age,
    gender and role, which the image and voice stages read), then the text's own."""
    adjectives = [e for e in english if e in ("old", "little", "young")]
    nouns = [e for e in english if e not in adjectives]
    person = " ".join(adjectives + nouns[:1])
    gendered = any(w in " ".join(nouns) for w in ("man", "woman", "girl", "boy", "sister", "brother", "mother",
                                                 "father", "wife", "husband", "son", "daughter", "landl"))
    if gender and not gendered:
        # "an old woman", "a little girl", "a caretaker, a man", "an old caretaker, an old man"
        body = " ".join(adjectives + [{"f": "girl", "m": "boy"}[gender] if "little" in adjectives
                                      else {"f": "woman", "m": "man"}[gender]])
        person = body if not nouns else f"{person}, {'an' if body[0] in 'aeiou' else 'a'} {body}"
    # The English words first: the head of a description says what body to draw (forms.py).
    english_part = (("an " if person[0] in "aeiou" else "a ") + person) if person else ""
    return f"{english_part} ({native}); {NEUTRAL}" if english_part else f"{native}; {NEUTRAL}"


# ---- props ----------------------------------------------------------------------------------


def props(beats: list[dict], language: str) -> dict[str, str]:
    """Prop name → description, from the table of everyday things of the story's language."""
    language = language[:2].lower()
    with knowing(kanji_names("".join(b["text"] for b in beats)) if language == "ja" else frozenset()):
        return _props(beats, language)


def _props(beats: list[dict], language: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for beat in beats:
        narration = beat["narration"]
        if language == "ru":
            for m in RU_WORD.finditer(narration):
                word = m.group(0).lower()
                for stem in sorted(words.PROPS_RU, key=len, reverse=True):
                    forms = words.PROP_FORMS_RU.get(stem)
                    if word.startswith(stem) and (forms is None or word in forms):
                        name, english = words.PROPS_RU[stem]
                        found.setdefault(name, f"a {english} ({name})")
                        break
        elif language == "ja":
            text = without_names_ja(narration)  # 山本さん holds no book
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
