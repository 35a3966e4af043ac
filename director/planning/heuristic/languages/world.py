"""Places, time, weather, props and camera cues of stories in Spanish, French, German, Italian and
Portuguese: word tables per language and one small reader that serves them all.

A place is a place noun of the table after a preposition, with at most an article and one more
word between ("en la vieja cocina", "dans l'église", "im dunklen Wald", "nella stazione", "no
porto"); its key is the noun as the table writes it, its name the words as the story writes them
(a contraction stands for its article: "al mercado" → "el mercado"; German names are the noun).
German compounds end in their place ("Dorfplatz" is a square). A sentence with a verb of going
goes to the last place it names that it does not come from. Time words, clock times and jumps,
weather and light words and props are whole words (a trailing "*" makes a stem: "lluv*"). The
words themselves are in world_words.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from director import vocab
from director.plan import Setting
from director.planning.heuristic.languages import READ
from director.planning.heuristic.languages import world_words as lex
from director.planning.heuristic.languages.world_words import HEADING_SAME, SHOT_SIZE_CUES, TIME_JUMPS
from director.planning.heuristic.clock import time_of_day_for_hour
from director.planning.setting_words import INTERIOR_KINDS, KIND_FEATURES
from director.text import sentences

LANGUAGES = READ


# ---- places ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    kind: str       # a word of vocab.SETTING_KINDS
    interior: bool


def _place_index(table: dict[str, str]) -> dict[str, Place]:
    index: dict[str, Place] = {}
    for kind, nouns in table.items():
        for noun in nouns.split():
            side = noun[-1] if noun[-1] in "+-" else ""
            index[noun.rstrip("+-")] = Place(kind, side == "+" if side else kind in INTERIOR_KINDS)
    return index


PLACES: dict[str, dict[str, Place]] = {lang: _place_index(t) for lang, t in lex.PLACE_TABLE.items()}

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*['’]?")


def _prepositions(lang: str) -> frozenset[str]:
    return frozenset(lex.PREPOSITIONS[lang].split()) | frozenset(lex.CONTRACTIONS[lang])


def _lookup(word: str, lang: str) -> str | None:
    """The table's form of a place noun as written: a plural or (German) a compound ends in it."""
    table = PLACES[lang]
    if word in table:
        return word
    candidates = [word[:-1], word[:-2]] if len(word) > 4 else []
    if lang == "it" and len(word) > 3:  # plurals: -i of -o or -e ("porti", "stazioni"), -e of -a, -chi/-che
        candidates += ([word[:-1] + "o", word[:-1] + "e"] if word.endswith("i") else
                       [word[:-1] + "a"] if word.endswith("e") else [])
        if word.endswith(("chi", "che", "ghi", "ghe")):
            candidates += [word[:-3] + "co", word[:-3] + "ca", word[:-3] + "go", word[:-3] + "ga"]
    if lang == "fr" and word.endswith("aux"):
        candidates.append(word[:-3] + "al")
    if lang == "es" and word.endswith("ces"):
        candidates.append(word[:-3] + "z")
    for candidate in candidates:
        if candidate in table and len(candidate) > 2:
            return candidate
    if lang == "de":  # "Dorfplatz", "Bergdorf", "Bahnhofshalle": a compound is its last word
        ends = [noun for noun in table if len(noun) >= 4 and len(word) >= len(noun) + 3 and word.endswith(noun)]
        if ends:
            return max(ends, key=len)
    return None


@dataclass(frozen=True)
class _PlaceMatch:
    lead: int            # index of the first word of the phrase (its preposition, or determiner)
    noun: int            # index of the place noun
    key: str             # the table's form of the noun
    name: str            # as the story writes it, article first
    preposition: str     # "" when the phrase starts with a determiner


def _tokens(text: str) -> list[re.Match]:
    return list(_TOKEN.finditer(text))


def _clean(token: str) -> str:
    return token.lower().replace("’", "'")


def _place_matches(text: str, lang: str, articles: str = "") -> list[_PlaceMatch]:
    """Every "preposition [article] [word] place" phrase of a text, in order. ``articles``
    "first": the text may also open on a place's article ("La cocina huele a pan"); "any": any
    "article [word] place" phrase counts (a shot list's "una estación vacía al amanecer")."""
    found: list[_PlaceMatch] = []
    for phrase in lex.NOT_PLACES[lang]:
        text = re.sub(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", lambda m: " " * len(m.group(0)),
                      text.replace("’", "'"), flags=re.IGNORECASE)
    tokens = _tokens(text)
    words = [_clean(t.group(0)) for t in tokens]
    preps, dets = _prepositions(lang), lex.DETERMINERS[lang]
    for i, word in enumerate(words):
        key = _lookup(word, lang)
        if key is None:
            continue
        if lang == "de":  # a compound is a place of its own: "Marktplatz" and "Dorfplatz" are two squares
            key = lex.HOME_WORDS.get(word) or (key if word.startswith(key) else word)
        found_here = None
        for back in (1, 2, 3):  # a preposition before the place, first
            j = i - back
            if j < 0 or re.search(r"[.,;:!?()«»\"“”]", text[tokens[j].end():tokens[i].start()]):
                break
            between = words[j + 1:i]
            # "en cocina", "im dunklen Wald", "en la cocina", "en la vieja cocina"; a word between
            # that is not an article is a describing one, never a name ("de Léa serre": squeezes)
            describing = [tokens[k].group(0) for k in range(j + 1, i) if words[k] not in dets]
            fits = (len(between) <= 1 or between[0] in dets) and all(w[:1].islower() for w in describing)
            # Portuguese "a" is both: "sobre a aldeia" is "sobre" + article.
            article_after_preposition = words[j] in dets and j > 0 and words[j - 1] in preps and not between
            if words[j] in preps and fits and not article_after_preposition:
                shown = [tokens[k].group(0) for k in range(j + 1, i + 1)]
                if lex.CONTRACTIONS[lang].get(words[j]):
                    shown = [lex.CONTRACTIONS[lang][words[j]]] + shown
                found_here = _PlaceMatch(j, i, key, " ".join(shown).replace("' ", "'"), words[j])
                break
        for back in (1, 2) if found_here is None and articles else ():  # else its article
            j = i - back
            if j < 0 or re.search(r"[.,;:!?()«»\"“”]", text[tokens[j].end():tokens[i].start()]):
                break
            if words[j] in dets and (articles == "any" or j == 0):
                shown = " ".join(tokens[k].group(0) for k in range(j, i + 1)).replace("' ", "'")
                found_here = _PlaceMatch(j, i, key, shown[:1].lower() + shown[1:], "")
                break
        if found_here is not None:
            found.append(found_here)
    return found


def _as_location(match: _PlaceMatch, lang: str) -> tuple[str, str]:
    name = match.name
    if lang == "de":  # German names are the noun as written ("Wald", "Dorfplatz")
        name = match.key if match.key in lex.HOME_WORDS.values() else name.split()[-1]
        name = name[:1].upper() + name[1:]
    return match.key, name


def find_location(narration: str, lang: str, not_from: bool = False, loose: bool = False) -> tuple[str, str] | None:
    """The first place the narration names after a preposition (``loose``: or after an article):
    (key, name). ``not_from`` skips places something comes from ("desde la torre")."""
    for match in _place_matches(narration, lang, "any" if loose else ""):
        if not_from and match.preposition in lex.ONLY_FROM[lang]:
            continue
        return _as_location(match, lang)
    return None


def _lead_in(lang: str) -> re.Pattern[str]:
    phrases = lex.LEAD_INS[lang].split("|") + TIME_JUMPS[lang]
    alternation = "|".join(sorted((re.escape(p) for p in phrases), key=len, reverse=True))
    return re.compile(r"^\s*(?:(?:" + alternation + r")(?![\w])[\s,]*)*", re.IGNORECASE)


def opening_place(narration: str, lang: str) -> tuple[str, str] | None:
    """The place a sentence opens on ("En la cocina, ...", "Im Wald ...", "Plus tard, dans la gare",
    "Au fond de la forêt, ...", "Al otro lado del río, ...")."""
    rest = narration[_LEAD_INS_RE[lang].match(narration).end():]
    matches = _place_matches(rest, lang)
    if not matches:
        return None
    first = matches[0]
    opening = [_clean(t.group(0)) for t in _tokens(rest)[:first.lead]]
    # At the start, or after a preposition and a word or two that say where in it ("au fond de").
    if first.lead == 0 and first.preposition not in lex.ONLY_FROM[lang] or (
            first.lead <= 3 and opening[0] in _prepositions(lang) and first.preposition in lex.FROM[lang]
            and not re.search(r"[.,;:!?]", rest[:_tokens(rest)[first.lead].start()])):
        return _as_location(first, lang)
    return None


def subject_place(narration: str, lang: str) -> tuple[str, str] | None:
    """The place a sentence opens with as its subject ("La panadería huele a pan")."""
    rest = narration[_LEAD_INS_RE[lang].match(narration).end():]
    matches = _place_matches(rest, lang, "first")
    if matches and matches[0].lead == 0 and not matches[0].preposition:
        return _as_location(matches[0], lang)
    return None


def moved_to(narration: str, lang: str) -> tuple[str, str] | None:
    """Where the last sentence with a verb of going goes: the last place named after its verb
    ("María sale de la cocina y corre al jardín" → the garden; "monte en haut du phare" → the
    lighthouse). A place right after the verb with "from" ("sale de la cocina") is left behind."""
    for sentence in reversed(sentences(narration)):
        words = [_clean(t.group(0)) for t in _tokens(sentence)]
        verbs = [i for i, word in enumerate(words) if word in lex.GOING[lang]]
        if not verbs:
            continue
        ends = []
        matches = _place_matches(sentence, lang, "any")
        for m in matches:
            if m.noun < verbs[0] or (m.preposition in lex.FROM[lang] | lex.BY[lang]
                                     and any(other.noun == m.lead - 1 for other in matches)):
                continue  # "das Hotel am Marktplatz", "la cafetería de la esquina": where the first place is
            before = words[m.lead - 1] if m.lead > 0 else ""
            if not m.preposition:
                # the verb's object: "cruza el puente", "betritt er die Küche"
                goes = bool(set(words[max(0, m.lead - 2):m.lead]) & lex.GOING[lang])
            elif m.preposition in lex.FROM[lang]:
                # "de"/"du" also say "of" ("en haut du phare"); right after the verb they say "from".
                goes = m.preposition not in lex.ONLY_FROM[lang] and before not in lex.GOING[lang]
            else:
                goes = True
            if goes:
                ends.append(m)
        return _as_location(ends[-1], lang) if ends else None
    return None


def is_interior(key: str, lang: str) -> bool | None:
    table_key = _lookup(key, lang) if lang in PLACES else None
    return PLACES[lang][table_key].interior if table_key else None


def without_article(name: str, lang: str) -> str:
    """A place's name for a scene heading: "la cocina" → "cocina", "l'église" → "église"."""
    words = name.replace("'", "' ").replace("’", "’ ").split()
    if words and words[0].lower().replace("’", "'") in lex.DETERMINERS[lang] and len(words) > 1:
        words = words[1:]
    return " ".join(words).replace("' ", "'").replace("’ ", "’")


# ---- time of day ----------------------------------------------------------------------------


def _time_words(lang: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for group in lex.TIME_TABLE[lang].split("|"):
        tod, words = group.split(":", 1)
        rest = " " + words.strip() + " "
        for phrase in sorted(lex.TIME_PHRASES[lang], key=len, reverse=True):
            if f" {phrase} " in rest:
                out.append((phrase, tod.strip()))
                rest = rest.replace(f" {phrase} ", " ")
        out += [(w, tod.strip()) for w in rest.split()]
    return out


TIME_WORDS: dict[str, list[tuple[str, str]]] = {lang: _time_words(lang) for lang in LANGUAGES}


def _clock_times(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(position, length, time of day) of clock times whose half of the day is known: written
    with it ("à quatre heures du matin", "a las nueve de la noche") or on a 24-hour clock
    ("um 21 Uhr"). A bare "a las nueve" could be either and says nothing."""
    names = lex.HOURS[lang].split()
    hour = r"(?P<hour>\d{1,2}|" + "|".join(names) + r")"
    pattern, halves = lex.CLOCK[lang]
    half = "|".join(re.escape(h) for h in sorted(halves, key=len, reverse=True))
    regex = re.compile(pattern.format(h=hour) + r"(?:\s*,?\s*(?P<half>" + half + r"))?(?![\w])", re.IGNORECASE)
    found = []
    for m in regex.finditer(text.replace("’", "'")):
        raw = m.group("hour").lower()
        h = int(raw) if raw.isdigit() else names.index(raw) + 1
        if lang == "es" and raw == "una" and not re.match(r"\ba\s+la\s", m.group(0), re.I):
            continue  # "a las una" is not Spanish; "a una" is not a time
        which = halves.get((m.group("half") or "").lower())
        if h > 23:
            continue
        if which == "pm" and h < 12:
            h += 12
        elif which == "night" and 4 < h < 12:
            h += 12
        elif which is None and h <= 12:
            continue
        found.append((m.start(), len(m.group(0)), time_of_day_for_hour(h % 24)))
    return found


def find_time_of_day(narration: str, lang: str) -> str | None:
    lower = narration.lower().replace("’", "'")
    hits = [(pos, -length, tod) for pos, length, tod in _clock_times(narration, lang)]
    for word, tod in TIME_WORDS[lang]:
        m = re.search(r"(?<![\w-])" + re.escape(word) + r"(?!\w)", lower)  # "nuit-là" is a night
        if m:
            hits.append((m.start(), -len(word), tod))
    return min(hits)[2] if hits else None


def heading_time(time_word: str, lang: str) -> str | None:
    """The time of day of a scene heading's time part in the story's language ("NOCHE" → night)."""
    word = time_word.strip().lower()
    return lex.HEADING_TIMES[lang].get(word) or find_time_of_day(word, lang)


_LEAD_INS_RE = {lang: _lead_in(lang) for lang in LANGUAGES}


def find_time_jump(narration: str, lang: str) -> bool:
    """Whether the text opens (within its first words) on a jump forward in time."""
    head = narration.lower().replace("’", "'")[:60]
    return any(re.search(r"(?<![\w-])" + re.escape(j) + r"(?![\w-])", head) for j in TIME_JUMPS[lang])


# ---- weather and light ----------------------------------------------------------------------


def _word_pattern(words: str) -> re.Pattern[str]:
    parts = [re.escape(w[:-1]) + r"[\w-]*" if w.endswith("*") else re.escape(w) for w in words.split()]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


_ATMOSPHERE_PATTERNS = {lang: {a: _word_pattern(w) for a, w in table.items()}
                        for lang, table in lex.ATMOSPHERE_TABLE.items()}
# Speech in these languages is also set off by guillemets and dashes ("—Llueve —dijo.").
_SPEECH = re.compile(r"«[^»]*»|„[^“”]*[“”]|»[^«]*«|(?:^|(?<=\s\.\s))\s*[—–].*?(?=\s\.\s|\n|$)", re.MULTILINE)


def infer_atmosphere(text: str, lang: str) -> set[str]:
    """The weather and light words of a narration (quoted speech already left out)."""
    lower = _SPEECH.sub(" ", text).lower().replace("’", "'")
    for phrase in lex.ATMOSPHERE_EXCEPTIONS[lang]:
        lower = lower.replace(phrase, " ")
    return {a for a, pattern in _ATMOSPHERE_PATTERNS[lang].items() if pattern.search(lower)}


# ---- props ----------------------------------------------------------------------------------

PROPS: dict[str, dict[str, str]] = {
    lang: {noun: form for form, nouns in table.items() for noun in nouns.split()}
    for lang, table in lex.PROP_TABLE.items()
}


def _prop_noun(word: str, lang: str) -> str | None:
    table = PROPS[lang]
    if word in table:
        return word
    for candidate in (word[:-1], word[:-2]) if len(word) > 3 else ():
        if candidate in table and len(candidate) > 2:
            return candidate
    if lang == "it" and len(word) > 3:
        for candidate in (word[:-1] + "a", word[:-1] + "o", word[:-1] + "e"):
            if candidate in table:
                return candidate
    return None


def find_props(narrations: list[str], lang: str, places: set[str] = frozenset()) -> dict[str, tuple[str, str]]:
    """Prop name → (description, form) for each table noun the story counts or points at ("una
    linterna", "la caja de pan", "seinen Koffer"), in the order first named. Places of the story
    (a train it is set in) are not props."""
    props: dict[str, tuple[str, str]] = {}
    dets = lex.DETERMINERS[lang] | frozenset(lex.CONTRACTIONS[lang])
    for narration in narrations:
        tokens = _tokens(narration)
        words = [_clean(t.group(0)) for t in tokens]
        for i, word in enumerate(words):
            noun = _prop_noun(word, lang)
            if noun is None or noun in places:
                continue
            # A determiner just before it, or one word (an adjective) between: "una vieja linterna".
            if not (i >= 1 and words[i - 1] in dets or i >= 2 and words[i - 2] in dets):
                continue
            if lang == "de" and not tokens[i].group(0)[:1].isupper():
                continue  # German nouns are capitalised: "wagen" (to dare) is no car
            described = tokens[i].group(0)
            if i >= 2 and words[i - 2] in dets and words[i - 1] not in dets:
                described = f"{tokens[i - 1].group(0)} {described}"
            if noun in lex.CONTAINERS and i + 2 < len(words) and words[i + 1] in lex.OF[lang]:
                described = f"{described} {tokens[i + 1].group(0)} {tokens[i + 2].group(0)}".replace("' ", "'")
            name = tokens[i].group(0) if lang == "de" else noun
            name = noun.capitalize() if lang == "de" else name
            if name not in props or props[name][0] == name:
                props[name] = (described if lang == "de" else described.lower(), PROPS[lang][noun])
    return props


# ---- settings -------------------------------------------------------------------------------

_FEATURE_PATTERNS = {lang: {f: _word_pattern(w) for f, w in table.items()} for lang, table in lex.FEATURE_TABLE.items()}


def place_of_name(name: str, lang: str) -> tuple[str, Place] | None:
    """The table's place noun a location's name ends in ("la vieja cocina" → cocina), last first."""
    for token in reversed(_tokens(name)):
        key = _lookup(_clean(token.group(0)), lang)
        if key is not None:
            return key, PLACES[lang][key]
    return None


def said_inside(name: str, context: str, lang: str) -> bool | None:
    """True when the story puts someone inside the place ("dentro de la cueva", "à l'intérieur de
    l'église"), False when outside it ("frente a la casa", "vor dem Haus"), None when it does not say."""
    found = place_of_name(name, lang)
    if found is None:
        return None
    noun = re.escape(found[0])
    lower = context.lower().replace("’", "'")
    for inside, phrases in ((True, lex.INSIDE[lang]), (False, lex.OUTSIDE[lang])):
        either = "|".join(re.escape(p) for p in phrases)
        if re.search(rf"(?<![\w-])(?:{either})(?:\s+|(?<='))(?:[^\W\d_]+['\s]\s*){{0,2}}{noun}\w{{0,2}}(?!\w)", lower):
            return inside
    return None


def infer_setting(name: str, context: str, lang: str, interior: bool | None = None,
                  heading_is_authored: bool = True) -> Setting | None:
    """A location's setting from its name in the story's language (None when the name holds no
    place noun of the tables). Inside or outside: the writer's INT./EXT. (``interior`` from a
    heading), else what the story says ("vor dem Haus"), else a planner's heading, else the
    noun's usual side; features come from the kind and the story's words about the place."""
    found = place_of_name(name, lang)
    if found is None:
        return None
    _, place = found
    said = said_inside(name, context, lang)
    if said is not None and (interior is None or not heading_is_authored):
        interior = said
    features = list(KIND_FEATURES.get(place.kind, ()))
    lower = f"{name} {context}".lower()
    features += [f for f, pattern in _FEATURE_PATTERNS[lang].items() if pattern.search(lower)]
    return Setting(interior=place.interior if interior is None else interior, kind=place.kind,
                   features=[f for f in vocab.SETTING_FEATURES if f in features])


# ---- camera cues ----------------------------------------------------------------------------


def size_cue(narration: str, lang: str) -> str | None:
    """A shot size the writer names in the story's language ("Primer plano: ...", "Totale")."""
    lower = narration.lower().replace("’", "'")
    hits = []
    for cue, size in SHOT_SIZE_CUES[lang]:
        m = re.search(r"(?<![\w-])" + re.escape(cue) + r"(?![\w-])", lower)
        if m:
            hits.append((m.start(), -len(cue), size))
    return min(hits)[2] if hits else None
