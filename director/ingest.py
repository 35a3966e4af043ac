"""Story ingest: decode a story file, detect what kind of story it is, and read any request in it.

A story arrives as plain text in any language (UTF-8, UTF-16 with a BOM, or a legacy single-byte
encoding), as a Fountain screenplay, as a numbered shot list, or as a one-line logline such as
"A film about a ferryman in 8 shots, about 40 seconds". Everything here treats the text as data:
nothing in a story is ever executed or obeyed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from director.errors import InputError
from director.text import sentences

MAX_STORY_BYTES = 1_000_000

StoryKind = Literal["text", "logline", "shotlist", "fountain"]

# Legacy encodings tried, in order, when the bytes are not UTF-8. cp1252 covers Windows text;
# latin-1 decodes any byte, so the "looks like text" check decides whether to accept it.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")


@dataclass(frozen=True)
class Story:
    """A decoded story and what ingest learned about it."""

    text: str  # decoded, newlines normalized to "\n"
    kind: StoryKind
    title: str
    language: str  # "en", "zh", "ja", "ko", "ru", ... (a script-based guess)
    requested_shots: int | None  # "... in 12 shots ..." / "12个镜头"
    requested_duration_s: float | None  # "about 60 seconds", "2 minutes", "一分钟"
    source: str  # file path or "<text>"
    encoding: str  # "utf-8", "utf-16", or the fallback used


# ---- reading and decoding -------------------------------------------------------------------


def read_story(path: Path) -> Story:
    """Read a story file and return a Story.

    Raises InputError (one line naming the fix) for a missing file, a directory, an empty or
    whitespace-only file, a file over MAX_STORY_BYTES, binary data, or undecodable bytes.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"story file not found: {path} (check the path)")
    if path.is_dir():
        raise InputError(f"story path is a directory: {path} (pass a text or .fountain file)")
    size = path.stat().st_size
    if size > MAX_STORY_BYTES:
        raise InputError(
            f"story file is too large: {path} is {size:,} bytes, the limit is "
            f"{MAX_STORY_BYTES:,} (split the story or shorten it)"
        )
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read story file {path}: {err.strerror or err}") from None
    text, encoding = decode_story_bytes(data, str(path))
    return _build_story(text, source=str(path), encoding=encoding, suffix=path.suffix.lower())


STDIN = "-"  # the story argument that means: read the story from standard input


def read_story_stream(stream: BinaryIO, source: str = "<stdin>") -> Story:
    """Read a story piped in (``director run -``): the same decoding and checks as a file.

    Raises InputError when nothing was piped in, or when it is over MAX_STORY_BYTES."""
    data = stream.read(MAX_STORY_BYTES + 1)
    if len(data) > MAX_STORY_BYTES:
        raise InputError(f"story on {source} is too large: over {MAX_STORY_BYTES:,} bytes (split or shorten it)")
    if not data.strip():
        raise InputError(f"no story on {source}: pipe one in (cat story.txt | director run -) or pass a file")
    text, encoding = decode_story_bytes(data, source)
    return _build_story(text, source=source, encoding=encoding, suffix="")


def parse_story(text: str, source: str = "<text>") -> Story:
    """Build a Story from text already in memory (the UI and the API pass story text directly)."""
    if not isinstance(text, str):
        raise InputError("story text must be a string")
    if len(text.encode("utf-8", errors="replace")) > MAX_STORY_BYTES:
        raise InputError(
            f"story text is too large: over {MAX_STORY_BYTES:,} bytes (split or shorten it)"
        )
    if "\x00" in text:
        raise InputError(f"story {source} contains NUL characters: it looks binary, not text")
    suffix = Path(source).suffix.lower() if source != "<text>" else ""
    return _build_story(text.lstrip("\ufeff"), source=source, encoding="utf-8", suffix=suffix)


def decode_story_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode story bytes: UTF-8 (BOM optional), UTF-16 with BOM, then a legacy fallback.

    Returns (text, encoding name). Raises InputError for binary data or bytes no encoding fits.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_or_fail(data[3:], "utf-8", source), "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_or_fail(data, "utf-16", source), "utf-16"
    if b"\x00" in data:
        raise InputError(
            f"story {source} looks binary (it contains NUL bytes); save it as UTF-8 text"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, encoding
    raise InputError(
        f"story {source} is not readable text (not UTF-8, UTF-16 or cp1252); save it as UTF-8"
    )


def _decode_or_fail(data: bytes, encoding: str, source: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(
            f"story {source} has a {encoding} byte-order mark but invalid {encoding} bytes; "
            "save it as UTF-8"
        ) from None
    return text.lstrip("\ufeff")


def _looks_like_text(text: str) -> bool:
    """True when almost every character is printable or ordinary whitespace."""
    if not text:
        return False
    bad = sum(
        1 for ch in text
        if ch not in "\n\r\t" and unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cn")
    )
    return bad / len(text) < 0.02


# ---- building the Story ---------------------------------------------------------------------


def _build_story(text: str, *, source: str, encoding: str, suffix: str) -> Story:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"story {source} is empty (write the story, a logline, or a shot list)")
    if not _looks_like_text(text):
        raise InputError(f"story {source} looks binary (mostly non-printable characters)")
    kind = detect_kind(text, suffix)
    language = guess_language(text)
    shots, duration = find_request(text, kind)
    title = _find_title(text, kind, source)
    return Story(
        text=text,
        kind=kind,
        title=title,
        language=language,
        requested_shots=shots,
        requested_duration_s=duration,
        source=source,
        encoding=encoding,
    )


# ---- kind detection -------------------------------------------------------------------------

_SCENE_HEADING = re.compile(r"^(?:INT|EXT|EST|INT\.?/EXT|I/E)[. ]", re.IGNORECASE)
_FORCED_HEADING = re.compile(r"^\.[^.\s]")
_TITLE_KEY = re.compile(r"^(Title|Credit|Author|Authors|Source|Draft date|Contact)\s*:", re.I)
_TRANSITION_LINE = re.compile(r"^[A-Z ]+ TO:$|^FADE (IN|OUT)[.:]?$|^>\s*[A-Z ]+")
# "1." "1)" "Shot 1:" "1、" "第1个镜头：" "镜头1："
_NUMBERED_LINE = re.compile(
    r"^\s*(?:(?:shot|scene)\s*\d+\s*[:.)\-–]|\d+\s*[.)、:：]|\d+\s+-\s|第?\s*\d+\s*(?:个)?镜头\s*[:：.、]?"
    r"|镜头\s*\d+\s*[:：.、])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?。！？]+[\"'”’」]?(?=\s|$)|[。！？]")


def detect_kind(text: str, suffix: str = "") -> StoryKind:
    """Guess the story kind: fountain, shotlist, logline, or text."""
    lines = [line.strip() for line in text.split("\n")]
    nonempty = [line for line in lines if line]
    if _looks_like_fountain(lines, suffix):
        return "fountain"
    numbered = sum(1 for line in nonempty if _NUMBERED_LINE.match(line))
    # Lines under a numbered shot (a speech, a note) belong to it: a list that starts numbered
    # and keeps numbering is a shot list even with them.
    starts_numbered = bool(nonempty) and bool(_NUMBERED_LINE.match(nonempty[0]))
    if len(nonempty) >= 2 and numbered >= 2 and (
            numbered >= 0.6 * len(nonempty) or (starts_numbered and numbered >= 0.25 * len(nonempty))):
        return "shotlist"
    if _looks_like_logline(text, nonempty):
        return "logline"
    return "text"


def _looks_like_fountain(lines: list[str], suffix: str) -> bool:
    headings = sum(1 for line in lines if _SCENE_HEADING.match(line) or _FORCED_HEADING.match(line))
    title_page = bool(lines) and bool(_TITLE_KEY.match(lines[0]))
    cues = _count_character_cues(lines)
    transitions = sum(1 for line in lines if _TRANSITION_LINE.match(line))
    if suffix == ".fountain":
        return headings + cues + transitions > 0 or title_page
    return headings >= 1 and (cues >= 1 or headings >= 2 or title_page) or (title_page and cues >= 1)


def _count_character_cues(lines: list[str]) -> int:
    """An all-caps line (optionally with an extension) followed directly by a text line."""
    count = 0
    for i, line in enumerate(lines[:-1]):
        name = line.split("(", 1)[0].strip()
        before_blank = i == 0 or not lines[i - 1]
        if (
            before_blank and name and name.isupper() and len(name) <= 40
            and not _SCENE_HEADING.match(line) and not line.endswith(":")
            and lines[i + 1] and any(ch.isalpha() for ch in name)
        ):
            count += 1
    return count


_REQUEST_WORDS = re.compile(
    r"\b(film|movie|video|short|clip|shots?|about|around|roughly|approximately)\b|镜头|影片|短片|电影",
    re.IGNORECASE,
)


def _looks_like_logline(text: str, nonempty: list[str]) -> bool:
    if len(nonempty) > 2:
        return False
    body = " ".join(nonempty)
    if re.search(r"[\"“”「」]", body):
        return False  # quoted speech: a scene, not a premise
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if _SENTENCE_END.search(b.strip())]
    if len(blocks) > 1:
        return False  # two paragraphs of sentences: a story, however short
    sentences = [s for s in _SENTENCE_END.split(body) if s.strip()]
    cjk = sum(1 for ch in body if _is_cjk(ch))
    short = len(body) <= (160 if cjk > len(body) / 3 else 320)
    if len(sentences) <= 2 and short:
        return True
    # "A film about ... in 12 shots, about 60 seconds" may run longer than a plain logline.
    return len(sentences) <= 3 and len(body) <= 500 and bool(_REQUEST_WORDS.search(body)) and bool(
        _SHOTS_PATTERN.search(body) or _DURATION_PATTERN.search(body)
    )


# ---- language -------------------------------------------------------------------------------


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def guess_language(text: str) -> str:
    """A script-based language guess: Han → zh (ja if kana present), Hangul → ko, etc."""
    counts = {"han": 0, "kana": 0, "hangul": 0, "cyrillic": 0, "arabic": 0, "greek": 0,
              "hebrew": 0, "devanagari": 0, "thai": 0, "latin": 0}
    for ch in text[:20000]:
        o = ord(ch)
        if _is_cjk(ch):
            counts["han"] += 1
        elif 0x3040 <= o <= 0x30FF:
            counts["kana"] += 1
        elif 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF:
            counts["hangul"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["cyrillic"] += 1
        elif 0x0600 <= o <= 0x06FF:
            counts["arabic"] += 1
        elif 0x0370 <= o <= 0x03FF:
            counts["greek"] += 1
        elif 0x0590 <= o <= 0x05FF:
            counts["hebrew"] += 1
        elif 0x0900 <= o <= 0x097F:
            counts["devanagari"] += 1
        elif 0x0E00 <= o <= 0x0E7F:
            counts["thai"] += 1
        elif ch.isalpha():
            counts["latin"] += 1
    if counts["kana"] > 0 and counts["kana"] + counts["han"] >= counts["latin"]:
        return "ja"
    script = max(counts, key=lambda k: counts[k])
    if counts[script] == 0:
        return "en"
    return {"han": "zh", "hangul": "ko", "cyrillic": "ru", "arabic": "ar", "greek": "el",
            "hebrew": "he", "devanagari": "hi", "thai": "th"}.get(script) or _latin_language(text)


_LATIN_MARKERS = {
    "es": {"el", "la", "los", "las", "que", "y", "en", "una", "con", "por", "del", "al", "su", "sus", "lo", "pero",
           "sobre", "muy"},
    "fr": {"le", "la", "les", "et", "une", "des", "est", "dans", "avec", "pour", "du", "elle", "dit", "pas",
           "qui", "au", "aux", "sur", "je", "vous", "ce", "cette", "mais", "ne", "sa", "ses", "qu", "c", "j", "n",
           "il", "un", "en"},  # il, un, en: Italian or Spanish words too, they count for both
    "de": {"der", "die", "das", "und", "ein", "eine", "ist", "nicht", "mit", "auf", "dem", "einer", "einen",
           "einem", "nach", "sich", "im", "zu", "den", "von", "aus"},
    "it": {"il", "di", "che", "e", "gli", "della", "nel", "sono", "non", "per", "alla", "è", "sulla", "questo", "anche",
           "da", "ma", "si", "ci", "dei", "delle", "sotto", "verso", "ancora", "perché", "alle", "sua", "suo",
           "la", "una", "un", "con", "del", "al", "i"},  # la, una, un, con, del, al: Spanish words too, they count for both
    "pt": {"o", "os", "um", "uma", "não", "do", "da", "com", "que", "ao", "no", "na", "é"},
    "en": {"the", "and", "a", "of", "to", "in", "is", "with", "his", "her", "on"},
}


def _latin_language(text: str) -> str:
    words = re.findall(r"[a-zà-ÿ]+", text[:5000].lower())
    # A word several languages share ("la", "que") counts a share to each of them.
    share = {w: 1 / n for w in set(words) if (n := sum(w in marks for marks in _LATIN_MARKERS.values()))}
    scores = {lang: sum(share[w] for w in words if w in marks) for lang, marks in _LATIN_MARKERS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > scores["en"] else "en"


# ---- requests: shot count and duration ------------------------------------------------------

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "ninety": 90, "a": 1, "an": 1, "half a": 0.5,
}
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_NUM = r"(\d+(?:\.\d+)?|[一二两三四五六七八九十百]+|" + "|".join(
    sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True)) + r")"
_SHOTS_PATTERN = re.compile(
    _NUM + r"[\s-]*(?:shots?\b|个?镜头)", re.IGNORECASE
)
_DURATION_PATTERN = re.compile(
    _NUM + r"[\s-]*(seconds?|secs?|s\b|minutes?|mins?\b|秒钟?|分钟|分半钟?)(?![A-Za-z])(?!\s+(?:later|ago|before|after|earlier))",
    re.IGNORECASE,
)
_DURATION_CONTEXT = re.compile(
    r"(about|around|roughly|approximately|under|within|total|long|film|movie|video|clip|short|"
    r"lasting|runtime|大约|约|左右|时长|长|影片|短片|视频)",
    re.IGNORECASE,
)


def _to_number(token: str) -> float | None:
    token = token.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return float(token)
    if token in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[token])
    return _chinese_number(token)


def _chinese_number(token: str) -> float | None:
    """Chinese numerals up to the hundreds: 十二 → 12, 二十 → 20, 一百二十 → 120."""
    if not token or any(ch not in _CN_DIGITS and ch not in "十百" for ch in token):
        return None
    total, current = 0, 0
    for ch in token:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
    return float(total + current)


def find_request(text: str, kind: StoryKind) -> tuple[int | None, float | None]:
    """Find a requested shot count and film duration.

    For loglines the whole text is a request; in longer stories only a clause that is nothing but
    a request ("8 shots, about a minute", "Make it 4 shots.") counts, so "two minutes later" or
    "she fires two shots" in a story is not one. Those clauses are what ``without_request``
    removes, so a request never becomes a beat of its own.
    """
    candidates = request_clauses(text) + ([text] if kind == "logline" else [])
    shots: int | None = None
    duration: float | None = None
    for line in candidates:
        if shots is None and (m := _SHOTS_PATTERN.search(line)):
            value = _to_number(m.group(1))
            if value and 1 <= value <= 200:
                shots = int(value)
        if duration is None:
            duration = _find_duration(line, require_context=False)
    return shots, duration


# Words that may stand around a request without making it story: "Make it 4 shots, please".
_REQUEST_FILLER = {
    "make", "it", "in", "with", "about", "around", "roughly", "approximately", "exactly", "under",
    "within", "a", "an", "the", "film", "movie", "video", "clip", "short", "total", "long",
    "lasting", "runtime", "please", "i", "want", "need", "give", "me", "of", "and", "or", "max",
    "maximum", "at", "most", "least", "no", "more", "than", "length", "duration", "shot", "shots",
    "just", "only", "over", "across", "using", "into", "split", "told", "tell", "as", "to", "be",
    "should", "must", "keep", "target", "request", "requested", "note", "runs", "run", "story",
    "tale", "sequence", "animatic", "edit", "version", "piece", "this", "is", "tell", "told",
}
_REQUEST_FILLER_ZH = ("大约", "大概", "约", "左右", "时长", "一共", "总共", "共", "长", "的", "影片",
                      "短片", "视频", "电影", "拍", "做成", "做", "成", "用", "请", "分成", "分", "部", "以内",
                      "之内", "个", "镜头", "在", "内")
_CLAUSE_SPLIT = re.compile(r"([,;:，；：、]\s*)")
_QUOTE_MARKS = re.compile(r"[\"“”「」『』]")


def _is_request_clause(clause: str) -> bool:
    """True when a clause is only a request: a shot count or a length, and filler words."""
    shots = _SHOTS_PATTERN.search(clause)
    length = _DURATION_PATTERN.search(clause) or re.search(r"\b(a|one) minute\b", clause, re.I)
    if not shots and not length and not re.search(r"一分半钟?", clause):
        return False
    rest = _SHOTS_PATTERN.sub(" ", clause)
    rest = _DURATION_PATTERN.sub(" ", rest)
    rest = re.sub(r"一分半钟?|\b(a|one) minute\b", " ", rest, flags=re.I)
    for word in _REQUEST_FILLER_ZH:
        rest = rest.replace(word, " ")
    words = [w for w in re.findall(r"[^\W\d_]+", rest.lower())]
    return all(w in _REQUEST_FILLER for w in words)


def _split_request(text: str) -> tuple[str, list[str]]:
    """(text without request clauses, the request clauses), sentence by sentence, line by line."""
    found: list[str] = []
    kept_lines: list[str] = []
    for line in text.split("\n"):
        if not line.strip() or not (_SHOTS_PATTERN.search(line) or _DURATION_PATTERN.search(line)
                                     or re.search(r"\bminute\b|一分半", line, re.I)):
            kept_lines.append(line)
            continue
        kept_sentences: list[str] = []
        for sentence in sentences(line):
            if _QUOTE_MARKS.search(sentence):
                kept_sentences.append(sentence)  # spoken words are the story, never a request
                continue
            parts = _CLAUSE_SPLIT.split(sentence)
            clauses, seps = parts[0::2], parts[1::2] + [""]
            ending = re.search(r"[.!?。！？]+[\"'”’」]?\s*$", clauses[-1])
            tail = ending.group(0) if ending else ""
            if tail:
                clauses[-1] = clauses[-1][: len(clauses[-1]) - len(tail)]
            kept: list[str] = []
            for clause, sep in zip(clauses, seps):
                if clause.strip() and _is_request_clause(clause):
                    found.append(clause.strip())
                elif clause.strip():
                    kept.append(clause + sep)
            if kept:
                body = "".join(kept).rstrip(" ,;:，；：、")
                kept_sentences.append(body + tail)
        if kept_sentences:
            joiner = "" if any(_is_cjk(ch) for ch in line) else " "
            indent = line[: len(line) - len(line.lstrip())]
            kept_lines.append(indent + joiner.join(s.strip() for s in kept_sentences))
        elif kept_lines and not kept_lines[-1].strip():
            continue  # the request was a paragraph of its own: drop it with its blank line
    return "\n".join(kept_lines).strip("\n"), found


def request_clauses(text: str) -> list[str]:
    """The clauses of a story that are only a request ("12 shots", "about 60 seconds")."""
    return _split_request(text)[1]


def without_request(text: str) -> str:
    """The story with its request clauses removed, so a request never becomes a beat."""
    return _split_request(text)[0]


def _find_duration(line: str, require_context: bool) -> float | None:
    if require_context and not _DURATION_CONTEXT.search(line):
        return None
    if re.search(r"一分半钟?", line):
        return 90.0
    m = _DURATION_PATTERN.search(line)
    if not m:
        if re.search(r"\b(a|one) minute\b", line, re.IGNORECASE):
            return 60.0
        return None
    value = _to_number(m.group(1))
    if value is None:
        return None
    unit = m.group(2).lower()
    if unit.startswith("分半"):
        seconds = value * 60 + 30
    elif unit.startswith(("min", "分")):
        seconds = value * 60
    else:
        seconds = value
    return float(seconds) if 1 <= seconds <= 3600 else None


# ---- title ----------------------------------------------------------------------------------


def _find_title(text: str, kind: StoryKind, source: str) -> str:
    lines = [line.strip() for line in text.split("\n")]
    if kind == "fountain":
        for line in lines:
            if not line:
                break
            m = re.match(r"^Title\s*:\s*(.*)$", line, re.IGNORECASE)
            if m and m.group(1).strip():
                return _strip_emphasis(m.group(1).strip())
    if kind in ("text", "shotlist") and len(lines) > 1:
        first = lines[0]
        if first and not lines[1] and len(first) <= 80 and not _SENTENCE_END.search(first[-1:] or ""):
            if not _NUMBERED_LINE.match(first):
                return _strip_emphasis(first.strip("# "))
    if kind == "logline":
        return logline_title(text)
    if source != "<text>":
        stem = Path(source).stem.replace("_", " ").replace("-", " ").strip()
        if stem:
            return stem[:1].upper() + stem[1:]
    return "Untitled"


def _strip_emphasis(text: str) -> str:
    return re.sub(r"[*_]+", "", text).strip()


def logline_title(text: str) -> str:
    """A short title from a logline's subject: 'A film about a lonely ferryman ...' → 'The Lonely Ferryman'."""
    body = re.sub(r"^\s*(?:a|an|the)?\s*(?:short\s+)?(?:film|movie|video|story)\s+(?:about|of)\s+", "",
                  text.strip(), flags=re.IGNORECASE)
    if any(_is_cjk(ch) for ch in body[:20]):
        head = re.sub(r"^(?:一个|一位|一名|一只|一部|关于)", "", re.split(r"[，,。！？；：]", body)[0])
        return head[:12] or "无题"
    # "At dusk, Mara, a tall woman ..." is a film about Mara, not "At Dusk Mara A Tall".
    body = re.sub(r"^(?:(?:at|in|on|one|every|each|after|before|during|under|late|early|long|that|"
                  r"this|last|by|once)\b[^,]{0,60},\s*)+", "", body, flags=re.IGNORECASE)
    named = re.match(r"^([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*,", body)
    if named:
        return named.group(1)
    body = re.split(r"[,;:]", body)[0]
    words = re.findall(r"[A-Za-z'’-]+", body)
    stop = {"who", "that", "which", "finds", "must", "and", "but", "in", "on", "when", "with",
            "is", "was", "has", "tries", "learns", "discovers"}
    picked: list[str] = []
    for word in words:
        if word.lower() in stop or len(picked) >= 5:
            break
        picked.append(word)
    if picked and picked[0].lower() in ("a", "an"):
        picked[0] = "the"
    title = " ".join(w[:1].upper() + w[1:] for w in picked)
    return title or "Untitled"
