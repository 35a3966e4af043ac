"""Shared stage: each location's setting and each scene's atmosphere, read from the story's words.

A location's kind comes first from its own name and its scene headings, then from its description,
then from the sentences of the story set there. A name that is only part of a place ("the
corridor", "the cabin") takes the kind of the place around it that the story names (a space
station, a night train). A word whose place depends on the story's domain ("station", "bridge",
"deck", "cabin", "hull", "舱") takes the sense of the domain (space, rail, sea, air, land) that its
name, the place it is part of ("the hull of the station") and the story speak of; a word with no
sense there ("gallery", "cell", "dungeon") takes the sense of the kind of place the story is among
(a mine, a theatre, a lab, a castle), else its general one. INT./EXT. in a
heading decides inside or outside; without one, words such as "inside" or "rooftop" do, then the
kind's usual side. Nothing recognised: the closest neutral kind (a home inside, a field outside).
The vocabularies are director.vocab's; the words are in director.planning.setting_words. A
setting or atmosphere already in the plan is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from director import vocab
from director.ingest import Story
from director.plan import Entity, FilmPlan, Scene, Setting
from director.planning.heuristic.languages import world as lang_world
from director.planning.setting_words import (
    AMBIGUOUS_PLACES, ATMOSPHERE_EXCEPTIONS, ATMOSPHERE_STEMS, CROWD_EXCEPTIONS, CROWD_NOISES, CROWD_SOUND_VERBS,
    CROWD_STEMS, CROWD_SUBJECTS, DOMAIN_STEMS, SOUND_FIGURES, FEATURE_EXCEPTIONS, FEATURE_STEMS,
    HOST_KINDS, INSIDE_STEMS, INTERIOR_KINDS, KIND_EXCEPTIONS, KIND_FEATURES, KIND_STEMS, OUTSIDE_STEMS,
    PART_STEMS, PLACE_DOMAIN_STEMS, WEAK_DOMAIN_STEMS,
)
from director.text import has_cjk, sentences, without_quotes

# How much each source of words counts when kinds compete (and when domains do: the whole story
# counts least, the place a word is part of, "the hull of the station", as much as its name).
_WEIGHT_NAME, _WEIGHT_DESCRIPTION, _WEIGHT_CONTEXT, _WEIGHT_STORY = 4.0, 2.0, 1.0, 0.5
_WEIGHT_HEAD = 0.25  # less than any other source: it only decides between a name's equal words
_HEADING = re.compile(r"^\s*(INT\.?/EXT\.?|I/E\.?|INT\.?|EXT\.?)\s+(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class _Domains:
    """What a story is set among: ``main`` from DOMAIN_STEMS (space, rail, sea, air, land) and
    ``place`` from PLACE_DOMAIN_STEMS (science, castle, mine, theatre, museum), each None when
    no word names one."""

    main: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    value: str  # the kind (or feature) the stem names
    stem: str


def _stem_pattern(stem: str) -> re.Pattern[str]:
    if has_cjk(stem):
        return re.compile(re.escape(stem))
    body = re.escape(stem.strip().lower())
    return re.compile(r"(?<![a-z])" + body + (r"\b" if stem.endswith(" ") else ""))


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _find(text: str, table: dict[str, tuple[str, ...]]) -> list[_Match]:
    """Every stem of ``table`` found in ``text``, without those inside a longer match."""
    low = text.lower()
    found: list[_Match] = []
    for value, stems in table.items():
        for stem in stems:
            pattern = _PATTERNS.get(stem)
            if pattern is None:
                pattern = _PATTERNS[stem] = _stem_pattern(stem)
            for m in pattern.finditer(low):
                found.append(_Match(m.start(), m.end(), value, stem))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Match] = []
    for m in found:
        if any(k.start <= m.start and m.end <= k.end and (k.end - k.start) > (m.end - m.start)
               for k in kept):
            continue
        kept.append(m)
    return kept


def _without(text: str, words) -> str:
    """``text`` with each of ``words`` (and the rest of an English word it starts) blanked out."""
    for word in words:
        w = word.strip()
        if w:
            text = re.sub(re.escape(w) + ("" if has_cjk(w) else r"[a-z]*"), " ", text, flags=re.IGNORECASE)
    return text


def _kind_scores(text: str, weight: float, kinds: tuple[str, ...] | None = None,
                 domain: _Domains | None = None) -> dict[str, float]:
    """Kinds the place words of ``text`` name; an ambiguous word ("station") names its domain's kind."""
    scores: dict[str, float] = {}
    for m in _find(_without(text, KIND_EXCEPTIONS), KIND_STEMS):
        value = _resolve(m.stem, domain, (m.value, None))[0]
        if kinds is None or value in kinds:
            scores[value] = scores.get(value, 0.0) + weight
    return scores


def _resolve(word: str, domain: _Domains | None, otherwise: tuple[str, bool | None]) -> tuple[str, bool | None]:
    """(kind, interior) an ambiguous place word has in ``domain`` (its main domain first, then
    the kind of place the story is among); ``otherwise`` for other words and for domains where
    the word keeps its general meaning."""
    senses = AMBIGUOUS_PLACES.get(word.strip().lower())
    if senses is None:
        return otherwise
    domain = domain or _Domains()
    for name in (domain.main, domain.place):
        if name in senses:
            return senses[name]
    return senses.get("*", otherwise)


def _ambiguous_pattern(word: str) -> re.Pattern[str]:
    if has_cjk(word):
        return re.compile(re.escape(word))
    return re.compile(r"(?<![a-z])" + re.escape(word) + r"(?:s|es)?\b")


_AMBIGUOUS_PATTERNS = {w: _ambiguous_pattern(w) for w in AMBIGUOUS_PLACES}


def _head_word(name: str, own: str) -> _Match | None:
    """The ambiguous word a place's name rests on ("hull" of "the hull of the station", "deck"
    of "the car deck"), when every place word of the name is ambiguous; None when the name says
    plainly what it is ("space station", "train station platform")."""
    low = own.lower()
    found = sorted((_Match(m.start(), m.end(), w, w) for w, p in _AMBIGUOUS_PATTERNS.items()
                    for m in p.finditer(low)), key=lambda m: (m.start, -(m.end - m.start)))
    if not found:
        return None
    for k in _find(own, KIND_STEMS):
        if not any(a.start <= k.start and k.end <= a.end + 3 and (a.end - a.start) >= len(k.stem.strip())
                   for a in found):
            return None  # a plain place word, or one inside a longer phrase ("space station")
    # The head of a compound is its last word, before any "of" that names the place around it.
    cut = re.search(r"\bof\b", low[:len(name)])
    end = cut.start() if cut else len(name)
    in_name = [m for m in found if m.start < end]
    return (in_name or found)[-1]


def _name_head_kind(name: str, domain: _Domains | None) -> str | None:
    """The kind the head of a place's name names: its last place word, before any "of" ("the
    city stadium", "the museum of the city", "城市体育场"). None when the head is also a set
    piece that any place may have ("the forest road" is a forest with its road)."""
    cut = re.search(r"\bof\b", name.lower())
    for part in ((name[:cut.start()], name) if cut else (name,)):
        found = _find(_without(part, KIND_EXCEPTIONS), KIND_STEMS)
        if found:
            head = found[-1]
            if head.stem.strip() in _FEATURE_WORDS:
                return None
            return _resolve(head.stem, domain, (head.value, None))[0]
    return None


_FEATURE_WORDS = frozenset(stem.strip() for stems in FEATURE_STEMS.values() for stem in stems)


def _host_phrases(word: str, text: str) -> list[str]:
    """What the story says ``word`` is part of: "the hull of the orbital station", "the ship's
    deck", "空间站的船舱"."""
    low = text.lower()
    if has_cjk(word):
        return re.findall(r"([\u4e00-\u9fff]{1,6})的" + re.escape(word), text)
    w = re.escape(word)
    after = re.findall(rf"(?<![a-z]){w}(?:s|es)?\s+(?:of|on|aboard|on board)\s+((?:[\w'-]+\s*){{1,4}})", low)
    before = re.findall(rf"([\w-]+(?:\s+[\w-]+)?)'s\s+{w}", low)
    return after + before


def _domain(texts: list[tuple[str, float]]) -> _Domains:
    """The domains the weighted texts speak of most: of DOMAIN_STEMS (space, rail, sea, air,
    land) and of PLACE_DOMAIN_STEMS (science, castle, mine, theatre, museum)."""
    return _Domains(_top_domain(texts, DOMAIN_STEMS), _top_domain(texts, PLACE_DOMAIN_STEMS))


def _top_domain(texts: list[tuple[str, float]], table: dict[str, tuple[str, ...]]) -> str | None:
    scores: dict[str, float] = {}
    for text, weight in texts:
        for m in _find(text, table):
            w = weight / 2 if m.stem in WEAK_DOMAIN_STEMS else weight
            scores[m.value] = scores.get(m.value, 0.0) + w
    if not scores:
        return None
    order = list(table)
    return max(scores, key=lambda d: (scores[d], -order.index(d)))


def _best(scores: dict[str, float]) -> str | None:
    """The highest score; ties go to the kind listed first in the vocabulary (stable)."""
    if not scores:
        return None
    order = {k: i for i, k in enumerate(vocab.SETTING_KINDS)}
    return max(scores, key=lambda k: (scores[k], -order[k]))


def _add(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0.0) + v
    return out


def heading_place(heading: str) -> tuple[bool | None, str]:
    """(interior from INT./EXT. or None, the place words) of a scene heading."""
    m = _HEADING.match(heading or "")
    if not m:
        return None, heading or ""
    prefix = m.group(1).upper()
    place = re.split(r"\s+[-–—]\s+", m.group(2))[0]
    if prefix.startswith(("INT/", "INT./", "I/E")):
        return None, place  # inside and out: words decide
    return prefix.startswith("INT"), place


def infer_setting(name: str, description: str = "", heading: str = "", context: str = "",
                  heading_is_authored: bool = True, story_text: str = "") -> Setting:
    """The setting a place's words describe.

    Args:
        name: the location's name ("the old lighthouse", "灯塔").
        description: its visual description.
        heading: a scene heading set there ("INT. NIGHT TRAIN - CORRIDOR - NIGHT"), or "".
        context: the story's sentences set there, for the place around a part and for features.
        heading_is_authored: the heading's INT./EXT. is the writer's (a screenplay) rather than a
            planner's guess; a guess gives way to the story saying "inside the lighthouse".
        story_text: the whole story, whose domain (space, rail, sea...) decides what an
            ambiguous place word means ("the station" of an orbit is a spacecraft).
    """
    heading_interior, heading_words = heading_place(heading)
    own = f"{name} . {heading_words}"
    head = _head_word(name, own)
    hosts = _host_phrases(head.stem, f"{own} . {description} . {context}") if head else []
    # The ambiguous word is no evidence for its own sense ("the airlock" of a submarine).
    domain = _domain([(_without(own, {head.stem}) if head else own, _WEIGHT_NAME),
                      (" . ".join(hosts), _WEIGHT_NAME), (description, _WEIGHT_DESCRIPTION),
                      (context, _WEIGHT_CONTEXT), (story_text, _WEIGHT_STORY)])
    head_sense = _resolve(head.stem, domain, ("", None)) if head else ("", None)
    own_scores = _kind_scores(own, _WEIGHT_NAME, domain=domain)
    head_kind = _name_head_kind(name, domain)
    if head_kind in own_scores:  # "the city stadium" is a stadium: the head word breaks a tie
        own_scores[head_kind] += _WEIGHT_HEAD
    described = _kind_scores(description, _WEIGHT_DESCRIPTION, domain=domain)
    kind = _best(own_scores)
    if head_sense[0]:
        kind = head_sense[0]
    own_parts = _find(own, {"part": PART_STEMS})
    own_kind_matches = [m for m in _find(own, KIND_STEMS)]
    only_parts = not own_kind_matches or all(
        any(p.start <= m.end and m.start <= p.end for p in own_parts) for m in own_kind_matches)
    if not head_sense[0] and (kind is None or (only_parts and own_parts)):
        # A part of a place, or no place word in the name: the place around it decides (the
        # part's own words do not count as the place around it).
        hosts = HOST_KINDS if own_parts else None
        parts = {p.stem for p in own_parts}
        around = _add(_kind_scores(_without(description, parts), _WEIGHT_DESCRIPTION, hosts, domain),
                      _kind_scores(_without(context, parts), _WEIGHT_CONTEXT, hosts, domain))
        host = _best(around)
        if host is not None and (kind is None or around[host] > around.get(kind, 0.0)):
            kind = host
    if kind is None:
        kind = _best(described)
    words = f"{name} {heading_words} {description}"
    # The ambiguous word's own side ("deck" is outdoors on a ship, not on a starship) is its sense's.
    side_words = _without(words, {head.stem}) if head_sense[0] else words
    said = _said_inside(name, context)
    if said is not None and (heading_interior is None or not heading_is_authored):
        interior = said
    elif heading_interior is not None:
        interior = heading_interior
    elif _find(side_words, {"in": INSIDE_STEMS}) and not _find(side_words, {"out": OUTSIDE_STEMS}):
        interior = True
    elif _find(side_words, {"out": OUTSIDE_STEMS}):
        interior = False
    elif head_sense[1] is not None:
        interior = head_sense[1]
    else:
        interior = kind in INTERIOR_KINDS if kind else False
    if kind is None:
        kind = "home" if interior else "field"
    features = list(KIND_FEATURES.get(kind, ()))
    for m in _find(_without(f"{words} {context}", FEATURE_EXCEPTIONS), FEATURE_STEMS):
        if m.value not in features:
            features.append(m.value)
    return Setting(interior=interior, kind=kind,
                   features=[f for f in vocab.SETTING_FEATURES if f in features])


def _said_inside(name: str, context: str) -> bool | None:
    """True when the story puts someone inside the place ("inside the lighthouse", "灯塔里"),
    False when outside it, None when it does not say."""
    bare = _bare(name)
    if not bare:
        return None
    low = context.lower()
    if has_cjk(bare):
        inside = any(f"{bare}{w}" in context for w in ("里", "内", "中"))
        return True if inside else None
    name_re = re.escape(bare)
    if re.search(rf"\b(inside|within|into)\s+(the\s+|a\s+|an\s+)?{name_re}\b", low):
        return True
    if re.search(rf"\b(outside|beside|around|near)\s+(the\s+|a\s+|an\s+)?{name_re}\b", low):
        return False
    return None


def infer_atmosphere(text: str, language: str = "en") -> list[str]:
    """Weather and light events a scene's text names, in vocabulary order, leaving out what its
    people only speak of (quoted speech). A storm brings rain (snow when it is a snowstorm) and
    wind. A story in a language with word tables (Spanish, French...) is read in its own words."""
    told, crowd = _crowd_sounds(_without_names(without_quotes(text)))
    found = {m.value for m in _find(_without(told, ATMOSPHERE_EXCEPTIONS), ATMOSPHERE_STEMS)}
    if crowd:
        found.add("crowd")
    if language in lang_world.LANGUAGES:
        found |= lang_world.infer_atmosphere(without_quotes(text), language)
    if "storm" in found:
        found |= {"wind"} | ({"rain"} if "snow" not in found else set())
    return [a for a in vocab.ATMOSPHERE if a in found]


# A crowd (or its venue) as the subject of a sound verb, up to three words before it that do
# not start a new clause ("the crowd watches as thunder rolls" keeps its thunder).
_CLAUSE_WORDS = r"(?:as|while|and|when|but|until|before|after|then|under|beneath)"
_CROWD_SOUND = re.compile(
    r"\b(?:" + "|".join(CROWD_SUBJECTS) + r")\b(?:\s+(?!" + _CLAUSE_WORDS + r"\b)[a-z-]+){0,3}?\s+((?:"
    + "|".join(CROWD_SOUND_VERBS) + r")[a-z]*)", re.IGNORECASE)
_SOUND_FIGURE = re.compile(
    r"\b(?:(?:" + "|".join(SOUND_FIGURES) + r")(?:\s+of)?\s+(?:the\s+)?(?:[a-z]+\s+)?(?:" + "|".join(CROWD_NOISES)
    + r"))\b", re.IGNORECASE)


# A capitalised word inside an English sentence is a name: the mare Dusty, the boxer Storm Rivers.
_NAME_IN_SENTENCE = re.compile(r"(?<=[a-z,;]\s)[A-Z][a-z]+")


def _without_names(text: str) -> str:
    """``text`` without the names inside its sentences, so a name is never weather."""
    return _NAME_IN_SENTENCE.sub(" ", text)


def _crowd_sounds(text: str) -> tuple[str, bool]:
    """(``text`` without the weather words that only describe a crowd's noise, whether a crowd is
    heard): "the crowd howls" and "the arena roars" are people, not wind; "a storm of applause"
    and "the thunder of hooves" are no storm. Other languages: their words pass unchanged."""
    heard = bool(_CROWD_SOUND.search(text) or _find(_without(text, CROWD_EXCEPTIONS), {"crowd": CROWD_STEMS}))
    text = _CROWD_SOUND.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " crowd noise", text)
    return _SOUND_FIGURE.sub(" crowd noise ", text), heard


def scene_text(scene: Scene) -> str:
    """What happens in a scene, in words: its heading and its shots' descriptions and settings
    (not its dialogue: people talk about weather elsewhere; not a planner's lighting notes,
    which are its own styling)."""
    parts = [scene.heading, scene.location]
    for shot in scene.shots:  # a description may quote its line ('"Come home," she says')
        parts += [without_quotes(shot.description), shot.background]
    return " . ".join(p for p in parts if p.strip())


def _bare(name: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", name.strip().lower())


def _scenes_at(entity: Entity, plan: FilmPlan) -> list[Scene]:
    name = _bare(entity.name)
    out = []
    for scene in plan.scenes:
        shows = any(entity.id in shot.entities for shot in scene.shots)
        named = bool(name) and (_bare(scene.location) == name
                                or name in heading_place(scene.heading)[1].lower())
        if shows or named:
            out.append(scene)
    return out


def _story_sentences_about(story: Story, name: str) -> list[str]:
    bare = _bare(name)
    if not bare:
        return []
    out = []
    for paragraph in story.text.split("\n"):
        for sentence in sentences(paragraph):
            told = without_quotes(sentence)  # what is said there is not what the place is
            if bare in told.lower():
                out.append(told)
    return out[:40]


def fuller_name(name: str, text: str) -> str:
    """The story's longer name for a place called by its last word: "the station" of a story
    that speaks of "the orbital station" is that station (and not a railway's)."""
    bare = _bare(name)
    if not bare or " " in bare or has_cjk(bare):
        return name
    low = text.lower()
    best, count = name, 0
    for stems in KIND_STEMS.values():
        for stem in stems:
            words = stem.strip().split()
            if len(words) > 1 and words[-1] == bare:
                n = len(re.findall(r"(?<![a-z])" + re.escape(stem.strip()) + r"\b", low))
                if n > count:
                    best, count = stem.strip(), n
    return best


def location_setting(entity: Entity, plan: FilmPlan, story: Story | None = None) -> Setting:
    """The setting of one location entity from everything the plan and story say about it."""
    scenes = _scenes_at(entity, plan)
    heading = next((s.heading for s in scenes if heading_place(s.heading)[0] is not None), "")
    context = " . ".join(scene_text(s) for s in scenes)
    if story is not None:
        context += " . " + " ".join(_story_sentences_about(story, entity.name))
    authored = story is None or story.kind == "fountain"
    if story is not None and story.language in lang_world.LANGUAGES:
        # A place named in the story's language ("la cocina", "im Wald") is read in its words; a
        # heading's INT./EXT. speaks for the place it names, not for one seen within its scene.
        heading_interior, heading_words = heading_place(heading)
        named = lang_world.place_of_name(heading_words, story.language) == \
            lang_world.place_of_name(entity.name, story.language)
        own = lang_world.infer_setting(entity.name, f"{entity.description} . {context}", story.language,
                                       interior=heading_interior if named else None,
                                       heading_is_authored=authored)
        if own is not None:
            return own
    name = fuller_name(entity.name, story.text) if story is not None else entity.name
    return infer_setting(name, entity.description, heading, context, heading_is_authored=authored,
                         story_text=story.text if story is not None else "")


def fill_world(plan: FilmPlan, story: Story) -> tuple[FilmPlan, list[str]]:
    """Give each location without a setting one, and each scene without atmosphere its weather
    and light events. What the plan already sets is kept."""
    entities = [
        e.model_copy(update={"setting": location_setting(e, plan, story)})
        if e.kind == "location" and e.setting is None else e
        for e in plan.entities
    ]
    scenes = [s if s.atmosphere else s.model_copy(update={"atmosphere": infer_atmosphere(scene_text(s), story.language)})
              for s in plan.scenes]
    return plan.model_copy(update={"entities": entities, "scenes": scenes}), []
