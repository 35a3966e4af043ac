"""Small text helpers that work for English and Chinese alike (no reliance on spaces or capitals)."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
import unicodedata

_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Mt.", "Jr.", "Sr.", "vs.", "e.g.", "i.e.")
# A sentence ends at . ! ? … (plus closing quotes) followed by space, or at 。！？ anywhere.
# French closes with a spaced » ("Vite ! »"), German with “ « ‘ ("„Komm!“ rief sie").
_EN_SENTENCE_END = re.compile(r"(?<=[.!?…।॥؟۔])(?:\s?»)?[\"'”’」』)“«‘]*\s+")  # the quotes stay with the sentence
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_ZH_SENTENCE_END = re.compile(r"(?<=[。！？!?…])(?![”’」』\"])|(?<=[。！？!?…][”’」』\"])")
# Curly single quotes ('‘Hold on,’ she said') too; a ’ inside a word ("It’s") is an apostrophe.
# French «…», German „…“ / »…« / ‚…‘ too.
_QUOTED = re.compile(r"“([^”]*)”|\"([^\"]*)\"|「([^」]*)」|『([^』]*)』|‘((?:[^‘’]|’(?=\w))*)’"
                     r"|«([^»]*)»|„([^“”]*)[“”]|»([^«]*)«|‚([^‘’]*)[‘’]")


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\u3040" <= ch <= "\u30ff"


_CJK = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\u3040-\u30ff]")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, inner newlines folded into spaces (none for CJK)."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        joiner = "" if has_cjk(block) else " "
        out.append(joiner.join(lines))
    return out


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping quotes with the sentence that holds them."""
    if has_cjk(paragraph):
        parts = _ZH_SENTENCE_END.split(paragraph)
    else:
        protected = paragraph
        for i, abbr in enumerate(_ABBREVIATIONS):
            protected = protected.replace(abbr, abbr.replace(".", f"\x00{i}\x00"))
        parts, start = [], 0
        for m in _EN_SENTENCE_END.finditer(protected):
            end = m.start() + len(m.group(0).rstrip())  # the closing quote stays with its sentence
            parts.append(protected[start:end])
            start = m.end()
        parts.append(protected[start:])
        parts = [re.sub(r"\x00\d+\x00", ".", p) for p in parts]
    merged: list[str] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        # A closing quote left alone (e.g. '”') belongs to the sentence before it, and so does
        # the rest of a quotation: '"Fine. You win. I'll eat."' is one spoken line, not three.
        if merged and all(ch in "”’」』\"'»«“‘ " for ch in part):
            merged[-1] += part
        elif merged and has_cjk(part) and merged[-1][-1:] in "”」』\"" and len(part) <= 16 and re.search(
                r"[说道问喊叫答]", part) and not re.search(r"[“「『\"]", part):
            merged[-1] += part  # "“……！”李婶喊道。": the speech tag after a quote belongs to it
        elif merged and _CLOCK_END.search(merged[-1]) and (part[0].islower() or len(merged[-1].split()) <= 3):
            merged[-1] += " " + part  # "At 3 a.m. the phone rings": the clock's full stop ends no sentence
        elif merged and (_quote_open(merged[-1]) or ((part[0].islower() or _caseless(part[0]) or _dashed_tag(part))
                                                  and merged[-1][-1:] in "”\"’'»«“‘")):
            # ... or a speech tag after the quote: '“Go. Now.” he said.', '«Иди!» — зовёт бабушка.'
            merged[-1] += ("" if has_cjk(part) else " ") + part
        else:
            merged.append(part)
    return merged


# A dash and a lower-case word after a closing quote: the quote's speech tag («Иди!» — зовёт она).
_DASHED_TAG = re.compile(r"[—–-]\s*(\w)")


def _dashed_tag(part: str) -> bool:
    m = _DASHED_TAG.match(part)
    return m is not None and m.group(1).islower()


def _caseless(ch: str) -> bool:
    """A letter of a script without capitals (Devanagari, Arabic, Hebrew, Thai...): after a
    closing quote it cannot say that a new sentence starts, so it is read as the speech tag."""
    return ch.isalpha() and not ch.isupper() and not ch.islower() and not has_cjk(ch)


def _quote_open(text: str) -> bool:
    """True while a quotation begun in ``text`` has not been closed yet."""
    guillemets = re.search("[«»]", text)  # French opens with «, German with »
    opener = guillemets.group(0) if guillemets else "«"
    closer = "»" if opener == "«" else "«"
    return (text.count('"') % 2 == 1 or (text.count("“") > text.count("”") and "„" not in text)
            or text.count("„") > text.count("“") + text.count("”")
            or text.count(opener) > text.count(closer)
            or text.count("「") > text.count("」") or text.count("『") > text.count("』"))


def quoted(text: str) -> list[str]:
    """The quoted speech in a sentence, in order."""
    return [next(g for g in m.groups() if g is not None).strip() for m in _QUOTED.finditer(text)]


def without_quotes(text: str) -> str:
    """The narration of a sentence with quoted speech removed (so dialogue never sets the scene)."""
    return _QUOTED.sub(" ", text)


def word_count(text: str) -> float:
    """Words in a text; CJK characters count ~1.6 to a word, as spoken."""
    cjk = sum(1 for ch in text if is_cjk(ch))
    latin = len(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.sub(r"[\u3040-\u30ff\u3400-\u9fff]", " ", text)))
    return latin + cjk / 1.6


def _stem_pattern(stem: str, verb: bool) -> str:
    if verb:
        if " " in stem.strip():
            return r"(?<![a-z])" + re.escape(stem.strip()) + r"\b"
        return r"(?<![a-z])" + re.escape(stem.strip()) + _VERB_ENDING
    if stem.endswith(" "):
        return r"(?<![a-z])" + re.escape(stem.strip()) + r"\b"
    return r"(?<![a-z])" + re.escape(stem)


@lru_cache(maxsize=256)
def _stem_matchers(stems: tuple[str, ...], verb: bool) -> tuple[re.Pattern | None, list[tuple[str, re.Pattern | None]]]:
    """(one pattern for any of the Latin stems, [(stem, its own pattern or None for CJK)])."""
    each = [(stem, None if has_cjk(stem) else re.compile(_stem_pattern(stem, verb))) for stem in stems]
    latin = [_stem_pattern(stem, verb) for stem, pattern in each if pattern is not None]
    return (re.compile("|".join(latin)) if latin else None), each


def _first_stem(text: str, stems: tuple[str, ...] | list[str], verb: bool) -> str | None:
    """The first stem (in list order) found in text; one combined search rules most texts out."""
    anyone, each = _stem_matchers(tuple(stems), verb)
    lower = text.lower()
    latin_possible = anyone is not None and anyone.search(lower) is not None
    cjk_text = has_cjk(text)
    for stem, pattern in each:
        if pattern is None:
            if cjk_text and stem in text:
                return stem
        elif latin_possible and pattern.search(lower):
            return stem
    return None


def has_stem(text: str, stems: tuple[str, ...] | list[str]) -> str | None:
    """The first stem that starts a word (English) or occurs (CJK) in text, else None."""
    return _first_stem(text, stems, verb=False)


# Endings that keep a stem a verb: walk/walks/walked/walking, run/runs/running, hurr-ies/-ied.
_VERB_ENDING = r"(?:e|s|es|ed|d|ing|ies|ied|y|[a-z]ing|[a-z]ed)?\b"


def has_verb(text: str, stems: tuple[str, ...] | list[str]) -> str | None:
    """Like ``has_stem`` but only verb forms count ("sails", "sailing" — not "sailor")."""
    return _first_stem(text, stems, verb=True)


def slugify(name: str, prefix: str) -> str:
    """A stable id: an ASCII slug ("mara", "brass-lantern"), or prefix + hash for other scripts."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if slug and len(slug) >= max(1, len(name.strip()) // 2):
        return slug[:48]
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return f"{prefix}-{digest}"


def shorten(text: str, limit: int = 160) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
