"""How the scorer compares plan text with gold text: names, content words, place words, lines.

English is compared word by word, case-insensitively; Chinese (and other CJK text, which has no
spaces) by characters, so "老渔夫" finds "渔夫" in a name the way "fox" finds "the old fox".
"""

from __future__ import annotations

import re
import unicodedata

from director.text import has_cjk, is_cjk

# Leading articles do not change who is meant: "The Fox" is "fox", "el perro" is "perro".
_ARTICLES = ("the ", "a ", "an ", "el ", "la ", "los ", "las ", "le ", "les ", "l'", "der ", "die ", "das ",
             "il ", "lo ", "gli ", "o ", "os ")
# Words that carry no look: "with a silver arm" is the look "silver arm".
_STOPWORDS = frozenset(
    "a an the of with and or in on at by to for from who that which whose is was are were be been "
    "his her their its he she they it has had have wears wore wearing dressed very".split()
)
# CJK function characters that carry no look: "白色的胡子" → 白色 胡子.
_CJK_STOP = "的了着是有一个和与在"


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.replace("’", "'").replace("‘", "'")


def normalize_name(name: str) -> str:
    """Case, width, punctuation, spacing and a leading article removed: 'Dr. Osei' → 'dr osei'."""
    text = _fold(name)
    text = re.sub(r"[^\w\s'-]|_", " ", text)
    text = " ".join(text.split())
    for article in _ARTICLES:
        if text.startswith(article) and len(text) > len(article):
            text = text[len(article):]
    if has_cjk(text):
        text = text.replace(" ", "")
    return text


def same_name(a: str, b: str) -> bool:
    return bool(normalize_name(a)) and normalize_name(a) == normalize_name(b)


def _stem(word: str) -> str:
    """A plural and its singular compare equal ('boots' / 'boot'); applied to both sides."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lower-case word stems; each run of CJK characters is one 'word'."""
    out = []
    for token in re.findall(r"[^\W_]+", _fold(text)):
        out.append(token if has_cjk(token) else _stem(token))
    return out


def content_words(phrase: str) -> list[str]:
    """The words of a look that must appear: English without stopwords, CJK runs without particles."""
    out = []
    for token in words(phrase):
        if has_cjk(token):
            out.extend(part for part in re.split(f"[{_CJK_STOP}]+", token) if part)
        elif token not in _STOPWORDS:
            out.append(token)
    return out


def missing_words(phrase: str, text: str) -> list[str]:
    """The content words of ``phrase`` missing from ``text`` (empty when all are there)."""
    found_words = set(words(text))
    folded = _fold(text)
    missing = []
    for word in content_words(phrase):
        present = word in folded if has_cjk(word) else word in found_words
        if not present:
            missing.append(word)
    return missing


def names_place(place_word: str, name: str) -> bool:
    """True when ``place_word`` (one word or a phrase) appears in a location's ``name``:
    as whole words for English ("hull" is not in "hullabaloo"), as characters for CJK."""
    word = normalize_name(place_word)
    target = normalize_name(name)
    if not word or not target:
        return False
    if any(is_cjk(ch) for ch in word):
        return word in target
    # An elided article is a word of its own: "l'ufficio" names the "ufficio", "l'église" the "église".
    wanted, have = ([_stem(w) for w in re.split(r"[\s'’]+", text) if w] for text in (word, target))
    return any(have[i:i + len(wanted)] == wanted for i in range(len(have) - len(wanted) + 1))


def normalize_line(text: str) -> str:
    """Dialogue compared exactly, after Unicode composition and whitespace normalisation.

    One final comma or full stop is dropped: before an attribution a writer turns the full stop
    into a comma ('"Sit down," she said.'), so "Sit down," and "Sit down." are the same line.
    """
    text = " ".join(unicodedata.normalize("NFC", text).split())
    return text[:-1] if text[-1:] in (",", ".", "，", "。") else text
