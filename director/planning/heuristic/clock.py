"""Times of day a story states as clock times: "closes at nine", "at 3 a.m.", "at 21:30", "晚上九点".

A clock time with its half of the day ("9 p.m.", "in the morning", "晚上") is read as written.
A bare hour ("at nine") could be morning or evening, so the words around it decide (closing,
dark, lamps, a night shift → evening; breakfast, a shop or school opening → morning); with no
such word it says nothing and the scene keeps the time it had.
"""

from __future__ import annotations

import re

_HOUR_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_HOUR = r"(?P<hour>\d{1,2}|" + "|".join(_HOUR_WORDS) + r")"
_HALF_WORDS = (r"(?:a\.?m\b\.?|p\.?m\b\.?|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight"
               r"|this\s+(?:morning|afternoon|evening))")
_HALF = r"(?P<half>" + _HALF_WORDS + r")"
# "at nine", "by half past ten", "until 9:30 p.m.", "at seven o'clock in the evening".
_AT_CLOCK = re.compile(
    r"\b(?P<prep>at|by|around|about|until|till|after|before|past)\s+"
    r"(?:(?:half|a\s+quarter)\s+(?:past|to)\s+)?" + _HOUR
    + r"(?::(?P<minutes>\d{2}))?(?P<oclock>\s+o'clock)?(?:\s*,?\s*" + _HALF + r")?",
    re.IGNORECASE,
)
# A bare number word is an hour only where the phrase ends: not "at one end", "by two men".
_HOUR_ENDS = re.compile(
    r"\s*(?:[.,;:!?)\"”’]|$|\s(?:sharp|and|when|that|this|every|each|on|the|she|he|they|we|I)\b)")
# A clock time written without a preposition: "It is nine o'clock", "3 a.m.", "21:30".
_BARE_CLOCK = re.compile(
    r"\b" + _HOUR + r"(?::(?P<minutes>\d{2}))?\s*"
    r"(?:(?P<oclock>o'clock)(?:\s+" + _HALF + r")?|(?P<half2>" + _HALF_WORDS + r"))",
    re.IGNORECASE,
)
_TWENTY_FOUR = re.compile(r"\b(?P<hour>[01]?\d|2[0-3])[:h](?P<minutes>[0-5]\d)\b")

# Words near a bare hour that say which half of the day it is in.
_EVENING_CUES = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)(?!\s+(?:the|a|an|her|his|their|its|my|our|your)\b)|closing\s+time|after\s+hours"
    r"|dark\w*|lamps?|lamplight|lanterns?|candles?|night\s+shift|late\s+shift|curfew|dinner|supper|bed(?:time)?"
    r"|lights\s+out|asleep|moon\w*|stars|streetlights?|locks?\s+up|late)\b",
    re.IGNORECASE,
)
_MORNING_CUES = re.compile(
    r"\b(?:breakfast|open(?:s|ed|ing)?(?!\s+(?:the|a|an|her|his|their|its|my|our|your)\b)|school|class(?:es)?"
    r"|wakes?|woke|waking|alarm\s+clock|commute|sunrise|rooster|early|morning\s+shift)\b",
    re.IGNORECASE,
)

_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}
# "晚上九点", "凌晨三点半", "九点钟", "十一点".
_ZH_CLOCK = re.compile(
    r"(?P<half>凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|黄昏|晚上|夜里|深夜|半夜|午夜)?\s*"
    r"(?P<hour>[零一二两三四五六七八九十]{1,3}|\d{1,2})\s*点"
    r"(?:半|钟|整|多|左右|\d{1,2}分|[一二三四五六七八九十]{1,3}分)?"
)
# Halves of the day whose hours are after noon: 下午三点 is 15:00.
_ZH_AFTER_NOON = {"中午", "下午", "傍晚", "黄昏", "晚上", "夜里", "深夜"}
_ZH_EVENING_CUES = re.compile(r"关门|打烊|下班|天黑|灯|晚饭|晚餐|睡觉|熄灯|月亮|夜班")
_ZH_MORNING_CUES = re.compile(r"早饭|早餐|开门|上学|上课|起床|上班|早班")


def time_of_day_for_hour(hour: int) -> str:
    """The time of day a 24-hour clock hour falls in, as the picture sees it."""
    if hour < 4 or hour >= 21:
        return "night"
    if hour < 6:
        return "dawn"
    if hour < 12:
        return "morning"
    if hour < 14:
        return "day"
    if hour < 17:
        return "afternoon"
    return "evening"


def clock_times(text: str) -> list[tuple[int, int, str]]:
    """Every clock time the text states whose half of the day is known: (position, length, time of day)."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_AT_CLOCK, _BARE_CLOCK, _TWENTY_FOUR):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            hour = _english_hour(m, text)
            if hour is not None:
                found.append((m.start(), len(m.group(0)), time_of_day_for_hour(hour)))
                taken.append((m.start(), m.end()))
    for m in _ZH_CLOCK.finditer(text):
        hour = _chinese_hour(m, text)
        if hour is not None:
            found.append((m.start(), len(m.group(0)), time_of_day_for_hour(hour)))
    return found


def _english_hour(m: re.Match, text: str) -> int | None:
    raw = m.group("hour").lower()
    hour = _HOUR_WORDS.get(raw, None) if not raw.isdigit() else int(raw)
    if hour is None or hour > 23:
        return None
    groups = m.groupdict()
    plain = not (groups.get("half") or groups.get("half2") or groups.get("oclock") or groups.get("minutes"))
    if plain and not _HOUR_ENDS.match(text, m.end()):
        return None  # "at one end", "by two men", "at 5 metres"
    if plain and (groups.get("prep") or "").lower() in ("about", "around"):
        return None  # "She was about ten": an age as often as an hour
    if plain and re.search(r"\b" + raw + r"\s+$", text[:m.start()], re.IGNORECASE):
        return None  # "one by one", "two by two"
    if m.re is _TWENTY_FOUR or hour > 12:
        return hour  # "21:40", "at 21": a 24-hour clock
    half = (groups.get("half") or groups.get("half2") or "").lower().replace(" ", "").replace(".", "")
    if re.search(r"\bquarter\s+to\b|\bhalf\s+to\b", m.group(0), re.I):
        hour = hour - 1 or 12
    if half:
        if half == "am":
            return 0 if hour == 12 else hour
        if half in ("pm", "intheafternoon", "intheevening", "atnight", "tonight", "thisafternoon", "thisevening"):
            if half in ("atnight", "tonight") and (hour <= 4 or hour == 12):
                return hour % 12  # "at two at night", "at twelve tonight" are after midnight
            return hour if hour == 12 else hour + 12
        return hour  # in the morning
    evening, morning = _cues(text, m.start(), m.end(), _EVENING_CUES, _MORNING_CUES)
    if evening == morning:
        return None  # "at nine" alone: morning or evening, the story does not say
    if evening:
        return 0 if hour == 12 else hour + 12 if hour >= 5 else hour
    return 12 if hour == 12 else hour


def _chinese_hour(m: re.Match, text: str) -> int | None:
    hour = _chinese_number(m.group("hour"))
    if hour is None or hour > 24:
        return None
    if hour > 12:
        return hour % 24
    half = m.group("half")
    if not half and hour == 1 and not re.match(r"[一1]\s*点[钟整半]", m.group(0)):
        return None  # "有一点累", "一点灯光": "a little", not one o'clock
    if half:
        if half in ("晚上", "夜里", "深夜") and (hour <= 4 or hour == 12):
            return hour % 12  # "晚上一点", "深夜十二点": after midnight
        if half in _ZH_AFTER_NOON and hour < 12:
            return hour + 12
        if half in ("半夜", "午夜") and hour == 12:
            return 0
        return hour
    evening, morning = _cues(text, m.start(), m.end(), _ZH_EVENING_CUES, _ZH_MORNING_CUES)
    if evening == morning:
        return None
    if evening:
        return 0 if hour == 12 else hour + 12 if hour >= 5 else hour
    return hour


def _chinese_number(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    if raw == "十":
        return 10
    if "十" in raw:
        tens, _, ones = raw.partition("十")
        return (_ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)
    return _ZH_DIGITS.get(raw) if len(raw) == 1 else None


def _cues(text: str, start: int, end: int, evening: re.Pattern, morning: re.Pattern) -> tuple[bool, bool]:
    """Whether the sentence around a bare hour has evening words, and whether it has morning words."""
    left = max(text.rfind(stop, 0, start) for stop in (". ", "! ", "? ", "。", "！", "？"))
    right = min((i for i in (text.find(stop, end) for stop in (". ", "! ", "? ", "。", "！", "？")) if i >= 0),
                default=len(text))
    sentence = text[left + 1: right]
    return evening.search(sentence) is not None, morning.search(sentence) is not None
