"""Who is named where in Russian, Japanese and Korean text: Russian capitalised names that are
not openers, pronouns, places or roles; Japanese and Korean names before their particles (ハルは,
민수는), with honorifics (山本さん) or after a kin or role word (妹のユキ, 여동생 지은); kanji names
of one story (太郎という少年); the subject of a sentence and the name a speech tag gives; animals
named. Used by the script reader (rjk) and the people reader (rjk_people). Word tables: rjk_words.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from contextvars import ContextVar

from director.planning.heuristic.languages import rjk_words as words

LANGUAGES = ("ru", "ja", "ko")


def reads(language: str | None) -> bool:
    """True when these readers know the story's language."""
    return (language or "")[:2].lower() in LANGUAGES


# ---- who speaks -----------------------------------------------------------------------------


RU_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")


def speech_tag(narration: str, language: str) -> str:
    """The name (as written) or role word the speech tag of a sentence gives, else ""."""
    if language == "ru":
        tokens = [m.group(0) for m in RU_WORD.finditer(narration)]
        for i, token in enumerate(tokens):
            if not any(token.lower().startswith(v) for v in words.SPEECH_VERBS_RU):
                continue
            # "говорит старый смотритель Иван" (after the verb) or "Анна сказала" (before it).
            after = tokens[i + 1: i + 5]
            before = tokens[max(0, i - 3): i][::-1]
            for group in (after, before):
                name = next((t for t in group if ru_name_word(t)), "")
                if name:
                    return name
            for group in (after[:2], before[:2]):
                role = next((t for t in group if ru_role(t.lower()) and t.lower() not in RU_ADJECTIVE_ROLES), "")
                if role:
                    return role.lower()
                animal = next((a for t in group for a, _w, _s in animal_mentions(t, "ru")), "")
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
        tokens = RU_WORD.findall(narration)[:3]
        name = next((t for t in tokens if ru_name_word(t)), "")
        role = next((t.lower() for t in tokens[:1] if ru_role(t.lower()) and t.lower() not in RU_ADJECTIVE_ROLES), "")
        return name or role
    found = _subjects(narration, language)
    return min(found)[1] if found else ""


def _subjects(text: str, language: str) -> list[tuple[int, str, str]]:
    """(position, word, particle) of each name, role or animal marked as a subject in Japanese or Korean."""
    found = [n for n in name_tokens(text, language) if n[2] in SUBJECT_PARTICLES[language]]
    roles = list(words.ROLES_JA if language == "ja" else words.ROLES_KO) + [
        w for w in (words.ANIMALS_JA if language == "ja" else words.ANIMALS_KO) if len(w) > 1 or language == "ja"]
    found += [(m.start(), role, m.group(1)) for role in roles
              for m in re.finditer(_WORD_START[language] + re.escape(role) + "(" + "|".join(SUBJECT_PARTICLES[language])
                                   + ")", text)
              if not any(p <= m.start() < p + len(n) or m.start() + len(role) == p for p, n, _ in found)]
    return found


# A role word begins its own word: not the 女 of 彼女 (she) or of 少女.
_WORD_START = {"ja": r"(?<![一-龯ァ-ヺ彼])", "ko": r"(?<![가-힣])"}
SUBJECT_PARTICLES = {"ja": ("は", "が", "も"), "ko": ("은", "는", "이", "가", "도")}
RU_ADJECTIVE_ROLES = {"старый", "старого", "старому", "старым", "старая", "старой", "старую"}


def ru_role(word: str) -> tuple[str, str] | None:
    for stem in sorted(words.ROLES_RU, key=len, reverse=True):
        if word.startswith(stem):
            return words.ROLES_RU[stem]
    return None


def ru_name_word(token: str) -> bool:
    """A capitalised Russian word that can be a name: not a pronoun, opener, place, role, time,
    weather, thing or animal of the tables ("Ветер выл. Ветер стих." names nobody)."""
    if not token[:1].isupper() or len(token) < 2 or token.isupper():
        return False
    low = token.lower()
    return (low not in words.NOT_NAMES_RU and not ru_place(low) and not ru_role(low) and not _ru_time(low)
            and not _ru_thing(low))


def _ru_thing(word: str) -> bool:
    """A Russian word for weather, a prop or an animal (any case form)."""
    weather = any(word.startswith(stem) for stems in words.ATMOSPHERE_STEMS_RJK.values() for stem in stems
                  if "а" <= stem[:1] <= "я" or stem[:1] == "ё")
    thing = any(word.startswith(stem) and word in words.PROP_FORMS_RU.get(stem, (word,)) for stem in words.PROPS_RU)
    return weather or thing or bool(animal_mentions(word, "ru"))


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
def knowing(names: frozenset[str]):
    """Read with these kanji names known (see kanji_names) for the length of the block."""
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


def without_names_ja(text: str) -> str:
    """Japanese text with the names in it blanked out, so their characters name no place or thing."""
    for pos, name, _particle in sorted(name_tokens(text, "ja"), reverse=True):
        text = text[:pos] + "＿" * len(name) + text[pos + len(name):]
    return text


def _ko_known_word(word: str) -> bool:
    return (word in words.PLACES_KO or word in words.PROPS_KO or word in words.ROLES_KO or word in words.ANIMALS_KO
            or any(word.startswith(t) for t, _ in words.TIME_WORDS_KO))


# ---- places and animals named ---------------------------------------------------------------


def ru_place(word: str) -> tuple[str, str, str] | None:
    """(key, kind, name) of a Russian place word in any case form ("платформу"), else None."""
    for stem in sorted(words.PLACES_RU, key=len, reverse=True):
        if word.startswith(stem):
            forms = words.PLACE_FORMS_RU.get(stem)
            if forms is None or word in forms:
                return words.PLACES_RU[stem]
    return None


def animal_mentions(text: str, language: str) -> list[tuple[str, str, bool]]:
    """(the animal's name, the form written, whether it is the subject) for each animal named."""
    out: list[tuple[str, str, bool]] = []
    if language == "ru":
        for m in RU_WORD.finditer(text):
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
                out.append((words.ANIMALS_KO[word][0], word, m.group(1) in SUBJECT_PARTICLES["ko"]))
    return out
