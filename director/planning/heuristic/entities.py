"""The entities stage: characters, props and locations, with visual descriptions and stable ids.

Characters come from Fountain cues, from names that recur or act or speak (capitalized, or in
capitals where they enter), from unnamed people, animals and machines that act or speak ("a
blacksmith in a leather apron came out", "said the fox"), and from jieba's person-name tags,
forms of address and speaker cues like "陈伯说" (Chinese). Weather, the sky, places and crowds are
not characters; parts of one name, and someone revealed to be someone else, are one entity.
Descriptions are what the text writes (looks.py) or a stated neutral default. The stage also
decides who is in each beat (names, resolved pronouns, props, the location) and who speaks each
quoted line.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter

from director import vocab
from director.planning import forms
from director.planning.heuristic import lexicon
from director.planning.heuristic.languages import people as other_languages, reads as reads_language
from director.planning.heuristic.languages import rjk_people
from director.planning.heuristic.languages import world as lang_world
from director.planning.heuristic.looks import join_looks, looks_en, looks_zh, name_forms, pronoun_looks_en
from director.text import has_cjk, slugify

NEUTRAL_LOOK = "no description in the story; neutral default: adult, plain dark everyday clothes, same look in every shot"
NEUTRAL_LOOK_ZH = "故事中没有外貌描述；中性默认造型：成年人，朴素的深色日常衣着，每个镜头保持一致"

_NAME_TOKEN = re.compile(r"\b([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)(?:['’]s)?\b")
_CAPS_INTRO = re.compile(r"\b([A-Z][A-Z'-]{1,}(?:\s[A-Z][A-Z'-]{1,})?)\b(?:\s*\(([^)]*)\))?")
_SPEECH_EN = "|".join(lexicon.SPEECH_VERBS_EN)


def extract_entities(script: dict) -> dict:
    """Return ``{"entities": [...], "cast": {beat_id: [ids]}, "script": script-with-speakers}``."""
    beats = [beat for scene in script["scenes"] for beat in scene["beats"]]
    zh = script.get("language") in ("zh", "ja") or any(has_cjk(b["narration"]) for b in beats[:5])
    other = rjk_people.reads(script.get("language"))  # Russian, Japanese, Korean: their own reader
    zh = zh or script.get("language") == "ko"  # names run into their particles, as in Chinese
    language = "" if zh else (script.get("language") or "")
    if other:
        characters = rjk_people.characters(beats, script["language"])
    elif zh:
        characters = _characters_zh(beats)
    elif reads_language(language):  # Spanish, French, German, Italian, Portuguese
        # A logline's beats are written from templates: its people are in the logline itself.
        read = [{"text": script["logline"], "narration": script["logline"]}] if "protagonist" in script else beats
        characters = other_languages.characters(read, language, neutral_look)
    else:
        characters = _characters_en(beats)
    protagonist = script.get("protagonist")
    if protagonist and reads_language(language) and _named_by_any(protagonist["name"], characters):
        # A logline in Spanish, French...: its people were read in its own words already.
        script = dict(script, protagonist=None, companions=[])
    if script.get("protagonist"):
        p = script["protagonist"]
        info = characters.setdefault(p["name"], {"description": "", "gender": ""})
        if not info.get("description") and p.get("described"):
            info["description"] = p["description"]  # "Mara, a tall woman in a red raincoat"
        elif not info.get("description") and p["description"] != p["name"]:
            neutral = neutral_look(p.get("noun") or p["description"], zh)
            info["description"] = f"{p['description']}; {neutral}"
    for companion in script.get("companions", []):  # a logline's "and her robot"
        info = characters.setdefault(companion["name"], {"description": "", "gender": ""})
        if not info.get("description"):
            info["description"] = f"{companion['description']}; {neutral_look(companion['noun'], zh)}"
    ids = _assign_ids(list(characters), "char")
    entities: list[dict] = []
    for name, info in characters.items():
        description = info.get("description") or neutral_look(name, zh)
        entities.append(_entity(ids[name], _display_name(name), "character", description))
    props = rjk_people.props(beats, script["language"]) if other else _props(beats, zh)
    prop_forms: dict[str, str] = {}
    if script.get("language") in lang_world.LANGUAGES:  # Spanish, French...: the story's own words
        places = {scene.get("location_key") for scene in script["scenes"]}
        found = lang_world.find_props([b["narration"] for b in beats], script["language"], places)
        props = {name: description for name, (description, _) in found.items()}
        prop_forms = {name: form for name, (_, form) in found.items()}
    # A thing a character is called ("carried a grey goose" when the goose talks) is that character.
    called = {form.lower().removeprefix("the ") for name, info in characters.items()
              for form in [name, *info.get("aliases", [])]}
    props = {name: description for name, description in props.items() if name.lower() not in called}
    taken = {e["id"] for e in entities}
    prop_ids: dict[str, str] = {}
    for name in props:
        prop_ids[name] = _unique(slugify(name, "prop"), taken | set(prop_ids.values()), "prop")
    for name, description in props.items():
        entities.append(_entity(prop_ids[name], name, "prop", description))
        if name in prop_forms:
            entities[-1]["form"] = prop_forms[name]
    location_ids: dict[str, str] = {}
    for scene in script["scenes"]:
        key = scene.get("location_key")
        if key and key not in location_ids:
            location_ids[key] = _unique(slugify(key, "loc"), {e["id"] for e in entities}, "loc")
            look = "exterior" if scene.get("exterior", True) else "interior"
            entities.append(_entity(location_ids[key], scene["location"] or key, "location",
                                    f"{scene['location'] or key}, {look}"))
        scene["location_id"] = location_ids.get(key or "", "")
        for beat in scene["beats"]:
            for place_key, place_name in [beat["place"]] if beat.get("place") else []:
                beat["place_id"] = _location_id(place_key, place_name, location_ids, entities, script.get("language"))
            beat["passed_ids"] = [_location_id(k, n, location_ids, entities, script.get("language"))
                                  for k, n in beat.get("passed", [])]

    cast = _cast(script, characters, ids, props, prop_ids, zh, language)
    return {"entities": entities, "cast": cast, "script": script}


def _named_by_any(phrase: str, characters: dict[str, dict]) -> bool:
    """True when a phrase holds the name or an alias of one of the characters."""
    return any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", phrase, re.I)
               for name, info in characters.items() for form in [name, *info.get("aliases", [])])


def _location_id(key: str, name: str, location_ids: dict[str, str], entities: list[dict],
                 language: str | None = None) -> str:
    """The id of the location entity for a place key, added on first use."""
    if key not in location_ids:
        location_ids[key] = _unique(slugify(key, "loc"), {e["id"] for e in entities}, "loc")
        inside = lang_world.is_interior(key, language or "")
        look = "exterior" if not (key in _interiors() if inside is None else inside) else "interior"
        entities.append(_entity(location_ids[key], name, "location", f"{name}, {look}"))
    return location_ids[key]


def _interiors() -> set[str]:
    from director.planning.heuristic.script import INTERIOR_PLACES

    return INTERIOR_PLACES


def _entity(entity_id: str, name: str, kind: str, description: str) -> dict:
    return {"id": entity_id, "name": name, "kind": kind, "description": description,
            "consistency_group": entity_id, "reference_image": None}


def _display_name(name: str) -> str:
    return name[:1].upper() + name[1:] if not has_cjk(name) else name


def _unique(candidate: str, taken: set[str], prefix: str) -> str:
    if candidate not in taken:
        return candidate
    i = 2
    while f"{candidate}-{i}" in taken:
        i += 1
    return f"{candidate}-{i}" if candidate else f"{prefix}-{i}"


def _assign_ids(names: list[str], prefix: str) -> dict[str, str]:
    ids: dict[str, str] = {}
    for name in names:
        ids[name] = _unique(slugify(re.sub(r"^the\s+", "", name, flags=re.I), prefix), set(ids.values()), prefix)
    return ids


# ---- English characters ---------------------------------------------------------------------


def _characters_en(beats: list[dict]) -> dict[str, dict]:
    text = " ".join(b["narration"] for b in beats)
    all_text = " ".join(b["text"] for b in beats)
    lowercase_words = set(re.findall(r"\b[a-z][a-z'-]+\b", all_text))
    found: dict[str, dict] = {}

    # Fountain speakers and ALL-CAPS character introductions.
    for beat in beats:
        for line in beat["dialogue"]:
            if line["speaker"] and beat["source"] in ("fountain", "shotlist"):
                found.setdefault(line["speaker"], {"description": "", "gender": ""})
        if beat["source"] == "fountain":
            for m in _CAPS_INTRO.finditer(beat["narration"]):
                word = m.group(1).title()
                if word.lower() in lexicon.NOT_NAMES_EN or word.lower() in lexicon.PLACES_EN:
                    continue
                if word in found or m.group(2) or len(m.group(1)) > 2:
                    info = found.setdefault(word, {"description": "", "gender": ""})
                    if m.group(2) and not info["description"]:
                        info["description"] = m.group(2).strip()
    for speaker in _heard_only(beats):
        if speaker in found and not found[speaker]["description"]:
            found[speaker]["description"] = f"a voice heard over the picture; {neutral_look('voice')}"

    counts: Counter[str] = Counter()
    acting: set[str] = set()
    placed: Counter[str] = Counter()
    inside: set[str] = set()  # seen somewhere other than the start of a sentence
    for index, beat in enumerate(beats):
        narration = beat["narration"]
        following = narration + " " + (beats[index + 1]["narration"] if index + 1 < len(beats) else "")
        for m in _NAME_TOKEN.finditer(narration):
            word = m.group(1)
            low = word.lower()
            if not _name_word(word, lowercase_words):
                continue
            if m.group(0) == word and _sentence_start(narration, m.start()) and _modifies_next_noun(narration, m.end()):
                continue  # "Snowy fields slide past": an adjective opening the sentence
            counts[word] += 1
            if re.search(r"\b(?:from|to|at|in|into|near|toward|towards|across|past|of|on|beyond)\s+(?:[A-Z][\w'-]*\s+)?$",
                         narration[: m.start()]) or re.match(r"\s+(?:" + _PLACE_SUFFIXES + r")\b", narration[m.end():]):
                placed[word] += 1  # "the ferry from Harrow Point": a place's name
            if not _sentence_start(narration, m.start()) or _person_pronoun_follows(following, m.end()):
                inside.add(word)
            after = narration[m.end(): m.end() + 24].lower()
            if re.match(r"\s*(,\s*(a|an|the)\s)|\s+(" + _SPEECH_EN + r")|\s+[a-z]+(s|ed)\b", after) or (
                    re.match(r"\s+(?:\w+ly\s+)?(" + "|".join(lexicon.IRREGULAR_PAST_EN) + r")\b", after)):
                acting.add(word)
            if re.match(r"\s*,\s*(who|whose)\s", after):
                inside.add(word)  # "Mara, who wears a red raincoat": only a person is a "who"
                acting.add(word)
    for word, count in counts.items():
        if placed[word] == count:
            continue
        if (count >= 2 or word in acting) and (word in inside or count >= 2 and word in acting):
            found.setdefault(word, {"description": "", "gender": ""})
    for m in re.finditer(r"\b(?:named|called)\s+([A-ZÀ-ÖØ-Þ][\wß-ÿ'-]+)", text):
        if _name_word(m.group(1), lowercase_words):
            found.setdefault(m.group(1), {"description": "", "gender": ""})
    # "the Queen of Crows": a title of something, named as one person.
    for m in re.finditer(r"\b([A-Z][a-z]+) of (?:the )?[A-Z][a-z]+\b", text):
        if m.group(1).lower() in _TITLE_HEADS and m.group(0) not in found:
            found[m.group(0)] = {"description": "", "gender": "",
                                 "aliases": [m.group(1), f"the {m.group(1)}", f"the {m.group(1).lower()}"]}
    for word in _capitals_introduced(beats):
        if not any(word.lower() == n.lower() or word.lower() in [a.lower() for a in i.get("aliases", [])]
                   for n, i in found.items()):
            found.setdefault(word, {"description": "", "gender": ""})
    for word in _capitals_who_speak(beats):
        if not any(word.lower() == n.lower() for n in found):
            found.setdefault(word, {"description": "", "gender": ""})
    _merge_full_names(found, _full_names_en(beats, lowercase_words))
    for hint in (h for b in beats for h in b.get("cast_hint", [])):
        found.setdefault(hint, {"description": "", "gender": ""})
    if not any(h for b in beats for h in b.get("cast_hint", [])):
        for name, info in _unnamed_people_en(beats).items():
            if not _role_of_named(name.removeprefix("the "), found, text):
                found.setdefault(name, info)

    _merge_name_parts(found, text)
    _merge_reveals(found, text)
    for name, info in found.items():
        forms = name_forms(name, info)
        looks = looks_en(forms, text)
        for form in forms:
            info["gender"] = info.get("gender") or _gender_en(form, text, info["description"] + " " + " ".join(looks))
        info["looks"] = looks
    for name, looks in pronoun_looks_en(beats, found).items():
        found[name]["looks"] += [look for look in looks if look not in found[name]["looks"]]
    for name, info in found.items():
        info["description"] = join_looks(info["description"], info.pop("looks"))
    # Order by first appearance, so the first-introduced character is the first entity.
    return dict(sorted(found.items(), key=lambda kv: min(
        _first_pos(n, all_text) for n in [kv[0], *kv[1].get("aliases", [])])))


def _heard_only(beats: list[dict]) -> list[str]:
    """Screenplay speakers named by a remote role or a machine (a dispatcher, the tower, a narrator),
    only ever heard in voice-over and never named in the action: a voice, never drawn. A caller or
    a named person heard in voice-over may yet be shown, so they keep a body."""
    over = {line["speaker"] for b in beats if b.get("voice_over") for line in b["dialogue"]}
    seen = {line["speaker"] for b in beats if not b.get("voice_over") for line in b["dialogue"]}
    action = " ".join(b["narration"] for b in beats if not b["dialogue"])
    return [s for s in over - seen
            if set(s.lower().split()) & (lexicon.REMOTE_VOICES_EN | forms.VOICE_WORDS)
            and not re.search(r"\b" + re.escape(s) + r"\b", action, re.IGNORECASE)]


def _first_pos(name: str, text: str) -> int:
    m = re.search(r"\b" + re.escape(name) + r"\b", text, re.IGNORECASE)
    return m.start() if m else len(text)


_TITLE_HEADS = (lexicon.TITLES_EN | lexicon.ROLE_NOUNS_EN | {
    "duke", "duchess", "lord", "lady", "master", "mistress", "keeper", "guardian", "spirit", "god",
    "goddess", "king", "queen", "emperor", "empress", "knight", "bishop", "count", "countess",
    "baron", "baroness", "chief", "lord", "warden", "witch", "wizard", "sorcerer", "prince",
    "princess", "ghost", "mother", "father"}) - {"old"}
_PLACE_SUFFIXES = (r"Point|Street|St|Road|Rd|Avenue|Ave|Lane|Bay|Hill|Hills|Creek|River|Lake|Mountain|"
                   r"Mountains|Island|Islands|Square|Park|Station|Bridge|Harbor|Harbour|Ford|Valley|Falls|"
                   r"Heights|Cove|Beach|Cape|Port|Market|Hall|Inn|Tower|Castle|Church|Mine|Pass|Gate|Forest|"
                   r"Woods|Wood|Fields|Field|Farm|House|Manor|City|Town|Village|Sea|Ocean|Desert|Canyon|Mesa|"
                   r"Ridge|Peak|Glacier|Plaza|Boulevard|Way|Close|Court|Gardens|Springs|Junction|Crossing")


def _core_words(name: str) -> list[str]:
    return [w.lower().rstrip(".") for w in name.split() if w.lower().rstrip(".") not in lexicon.TITLES_EN
            and w.lower() not in ("the", "a", "an")]


def _merge_name_parts(found: dict[str, dict], text: str) -> None:
    """One entity per person: "Hanna" and "Mrs. Okafor" join the one full name they are part of
    ("Hanna Krol", "Adaeze Okafor"); "a piebald mare called Juniper" joins Juniper."""
    for name in list(found):
        core = _core_words(name)
        if len(core) != 1 or name not in found or name.startswith("the "):
            continue  # "the goose" is not part of "the goose girl"
        full = [other for other in found if other != name and core[0] in _core_words(other)
                and len(_core_words(other)) >= 2]
        # "Petra" is "Old Petra" when no full name claims her.
        longer = [other for other in found if other != name and core[0] in _core_words(other)
                  and len(other.split()) > len(name.split())]
        owners = full if full else longer
        if len(owners) != 1:
            continue
        owner = found[owners[0]]
        owner.setdefault("aliases", [])
        for alias in [name, *found[name].get("aliases", [])]:
            if alias not in owner["aliases"] and alias != owners[0]:
                owner["aliases"].append(alias)
        if not owner.get("description"):
            owner["description"] = found[name].get("description", "")
        del found[name]
    for name in [n for n in found if n.startswith("the ")]:
        noun = name.split()[-1]
        for other in found:
            if other == name or other.startswith("the ") or "'s " in other:
                continue
            forms = "|".join(re.escape(f) for f in name_forms(other, found[other]))
            if re.search(rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\s+(?:was\s+|is\s+)?(?:called|named)\s+(?:{forms})\b", text, re.I):
                found[other].setdefault("aliases", []).extend([name, noun])
                if not found[other].get("description"):
                    found[other]["description"] = found[name]["description"]
                del found[name]
                break


def _merge_reveals(found: dict[str, dict], text: str) -> None:
    """A character revealed to be someone is one entity: "A woman in a scarlet coat hurried past.
    Her name was Clara Voss", "The keeper is Mara's father, Tomas"."""
    unnamed = [n for n in found if n.startswith("the ")]
    if not unnamed:
        return

    def merge(role: str, name: str) -> None:
        if role not in found or name not in found or role == name:
            return
        info = found[name]
        info.setdefault("aliases", [])
        info["aliases"] += [a for a in [role, *found[role].get("aliases", [])] if a not in info["aliases"]]
        role_look = found[role].get("description", "").split(";")[0]
        if role_look and role_look not in info.get("description", ""):
            info["description"] = "; ".join(p for p in (role_look, info.get("description", "")) if p)
        info["gender"] = info.get("gender") or found[role].get("gender", "")
        del found[role]

    for m in re.finditer(r"\b(Her|His|Its) (?:real )?name(?:,[^,.]{1,40},)? (?:is|was) ([A-ZÀ-ÖØ-Þ][\wß-ÿ'-]+(?: [A-ZÀ-ÖØ-Þ][\wß-ÿ'-]+)?)", text):
        name = next((n for n in found if n.lower() == m.group(2).lower()), None)
        gender = {"Her": "f", "His": "m", "Its": ""}[m.group(1)]
        before = [(min(_first_pos(f, text[: m.start()]) for f in name_forms(r, found[r])), r)
                  for r in found if r.startswith("the ")
                  and found[r].get("gender", "") in (gender, "")]
        before = [b for b in before if b[0] < m.start()]
        if name and before:
            merge(max(before)[1], name)
    # "He peeled off the moustache. Underneath was Juno Park": the one unmasked is the role before.
    for m in re.finditer(r"\b(?:Underneath|Beneath it|Beneath|Behind the mask|It) (?:was|stood) (?:none other than )?([A-ZÀ-ÖØ-Þ][\wß-ÿ'-]+(?: [A-ZÀ-ÖØ-Þ][\wß-ÿ'-]+)?)", text):
        name = next((n for n in found if n.lower() == m.group(1).lower()), None) or next(
            (n for n in found if n.lower() == m.group(1).split()[0].lower()), None)
        before = [(max((p for f in name_forms(r, found[r]) if (p := text.rfind(f, 0, m.start())) >= 0), default=-1), r)
                  for r in found if r.startswith("the ")]
        before = [b for b in before if b[0] >= 0]
        if name and before:
            merge(max(before)[1], name)
    for role in [n for n in found if n.startswith("the ")]:
        noun = re.escape(role[4:])
        m = re.search(rf"\b[Tt]he (?:[a-z]+ )?{noun} (?:is|was|turns out to be|turned out to be) (?:[^.;]{{0,40}}?,\s*)?([A-ZÀ-ÖØ-Þ][\wß-ÿ'-]+)\b", text)
        if m:
            name = next((n for n in found if n.lower() == m.group(1).lower() or m.group(1) in found[n].get("aliases", [])), None)
            if name:
                merge(role, name)


def _role_of_named(noun: str, found: dict[str, dict], text: str) -> str:
    """The named character a role word means: "the captain" is Captain Ilan, "the porter" is
    "Old Pell, a porter in a blue cap"."""
    for name, info in found.items():
        words = [w.lower() for form in [name, *info.get("aliases", [])] for w in form.split()]
        if noun in words and not name.startswith("the "):  # "the goose" is not "the goose girl"
            return name
        forms = "|".join(re.escape(f) for f in name_forms(name, info))
        if re.search(rf"\b(?:{forms}),\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,3}}{re.escape(noun)}\b", text):
            return name
    return ""


def _person_pronoun_follows(text: str, end: int) -> bool:
    """ "Mara walks to the lighthouse. She carries a lantern.": a he or she comes next, before any
    other name, so the capital at the sentence start was a person's name."""
    rest = text[end: end + 160]
    pronoun = re.search(r"\b(she|he|her|his|him|herself|himself)\b", rest, re.I)
    if pronoun is None:
        return False
    between = rest[: pronoun.start()]
    return not any(not _sentence_start(between, m.start()) for m in re.finditer(r"\b[A-Z][a-z]+", between)) \
        and len(re.findall(r"[.!?]", between)) <= 1


# Words a noun phrase's head is not: an article, pronoun or preposition after "Mara lights" is
# the start of its object ("Mara lights the lamp"), so "lights" there is a verb, not a noun.
_FUNCTION_WORDS_EN = {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that",
                      "these", "those", "him", "them", "it", "me", "us", "you", "to", "at", "in", "on", "into",
                      "onto", "from", "with", "up", "down", "out", "off", "over", "back", "away", "and", "but",
                      "or", "for", "of", "by", "some", "every", "each", "all", "no", "one", "two", "three"}


@functools.cache
def _common_nouns_en() -> frozenset[str]:
    """Common nouns the lexicons know: places, things, weather and light, people by role."""
    return frozenset(lexicon.NOT_CHARACTERS_EN | lexicon.PLACES_EN | lexicon.LANDSCAPE_EN | lexicon.PROPS_EN
                     | lexicon.LOOK_NOUNS_EN | _ACTOR_NOUNS_EN | set(vocab.SETTING_FEATURES)
                     | set(vocab.ATMOSPHERE) | set(vocab.PROP_FORMS) | set(forms.PROP_SYNONYMS) | forms.THING_WORDS)


def _known_noun(word: str) -> bool:
    nouns = _common_nouns_en()
    return any(w in nouns for w in (word, word.removesuffix("s"), word.removesuffix("es")))


# Words after a verb that are neither its object's noun nor a verb: "Tom waves goodbye".
_ADVERBS_EN = {"goodbye", "hello", "back", "home", "again", "twice", "once", "away", "off", "hard", "fast",
               "too", "aside", "forward", "forwards", "inside", "outside", "upstairs", "downstairs", "together",
               "alone", "here", "there", "now", "then", "first", "last", "still", "silently", "instead", "open",
               "shut", "closed", "past", "everything", "nothing", "something", "anything", "someone", "nobody"}


def _modifies_next_noun(text: str, end: int) -> bool:
    """True when the capital word ending at ``end`` modifies the noun after it, as an adjective
    does: "Snowy fields slide", "Golden light floods", "Tired soldiers march". The next word is a
    known noun and the word after it is that noun's verb: a base verb after a plural, a verb in -s
    or -ed after a singular ("Mara lights candles", "Tom waves goodbye" are a name and its verb)."""
    m = re.match(r"\s+([a-z][a-z-]+)\s+(?:[a-z]+ly\s+)?([a-z][a-z'-]+)\b", text[end:])
    if not m or not _known_noun(m.group(1)):
        return False
    noun, following = m.group(1), m.group(2)
    if following in _FUNCTION_WORDS_EN or following in _NOT_VERBS_EN or following in _ADVERBS_EN \
            or following.endswith("ly"):
        return False
    plural_s = following.endswith("s") and not following.endswith("ss")
    if noun.endswith("s") and not noun.endswith("ss"):
        return not plural_s  # "soldiers march"; "lights candles" is a verb and its object
    return plural_s or following.endswith("ed") or following in lexicon.IRREGULAR_PAST_EN


def _sentence_start(text: str, pos: int) -> bool:
    """True when ``pos`` opens a sentence (a capital there says nothing about a name)."""
    before = text[:pos].rstrip(" \"'“‘”’(")
    return not before or before[-1] in ".!?:;…"


_CAPS_NAME = re.compile(r"\b([A-Z][A-Z'-]{2,}(?:\s[A-Z][A-Z'-]{2,})?)\b(?=\s*(?:,\s*(?:\d|a\b|an\b|the\b|[a-z]+\b)|\(|:\s*[\"“‘]|\s+[a-z]+(?:s|ed)\b))")


def _capitals_introduced(beats: list[dict]) -> list[str]:
    """Names written in capitals where a character enters prose or a shot list, as screenplays do:
    "MS: KARIN, a climber in an orange parka, digs", "her partner MATT, bearded, shouts"."""
    found: list[str] = []
    for beat in beats:
        if beat["source"] == "fountain":
            continue
        for m in _CAPS_NAME.finditer(beat["text"]):
            words = m.group(1).split()
            if any(w.lower() in lexicon.NOT_NAMES_EN or w.lower() in lexicon.NOT_CHARACTERS_EN
                   or w.lower() in lexicon.PLACES_EN for w in words):
                continue
            name = " ".join(w.title() for w in words)
            if name not in found:
                found.append(name)
    return found


def _capitals_who_speak(beats: list[dict]) -> list[str]:
    """Speakers written in capitals in prose: '"Welcome back," says HALO, the station's computer'."""
    found: list[str] = []
    verbs = _SPEECH_EN
    for beat in beats:
        if beat["source"] == "fountain" or not beat["dialogue"]:
            continue
        text = beat["text"]
        for m in re.finditer(rf"\b(?:{verbs})\w*\s+([A-Z][A-Z0-9-]{{1,}})\b|\b([A-Z][A-Z0-9-]{{1,}})(?:,[^,\"“”]{{1,60}},)?\s+(?:\w+ly\s+)?(?:{verbs})\w*\b", text):
            word = m.group(1) or m.group(2)
            if word.lower() not in lexicon.NOT_NAMES_EN and word not in found and len(word) > 1:
                found.append(word)
    return found


def _name_word(word: str, lowercase_words: set[str]) -> bool:
    """A capitalized word that can be part of a person's name."""
    low = word.lower().rstrip(".")
    return not (
        low in lexicon.NOT_NAMES_EN or low in lexicon.PLACES_EN or low in lexicon.PROPS_EN
        or low in lexicon.NOT_CHARACTERS_EN
        or low in lowercase_words or low in lexicon.TITLES_EN
        or any(low == t for t, _ in lexicon.TIME_WORDS_EN)
    )


def _full_names_en(beats: list[dict], lowercase_words: set[str]) -> dict[str, list[str]]:
    """Two-word names, "Mara Voss" or "Captain Ilan", with the mentions that mean the same person.

    A first and last name answer to either part ("Mara", "Voss"); a title and a name answer to the
    name and to "the captain".
    """
    pair = re.compile(r"\b([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\.?)\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)\b(?!\s+[A-Z][a-z])")
    names: dict[str, list[str]] = {}
    for beat in beats:
        for m in pair.finditer(beat["narration"]):
            first, last = m.group(1), m.group(2)
            if not _name_word(last, lowercase_words) or re.fullmatch(_PLACE_SUFFIXES, last):
                continue
            title = first.lower().rstrip(".")
            if first.endswith(".") and title not in lexicon.TITLES_EN:
                continue  # "Juniper. Juniper snorts": a sentence ends between them
            if title in lexicon.TITLES_EN:
                full = f"{first} {last}"
                names.setdefault(full, [last, f"the {title}"] if not first.endswith(".") else [last])
            elif _name_word(first, lowercase_words) and not first.lower().endswith("ly"):
                names.setdefault(f"{first} {last}", [first, last])
    # A part two people share ("Voss" for two of the Voss family) names neither of them.
    shared = Counter(alias for aliases in names.values() for alias in aliases)
    return {full: [a for a in aliases if shared[a] == 1] for full, aliases in names.items()}


def _merge_full_names(found: dict[str, dict], full_names: dict[str, list[str]]) -> None:
    """One entity per person: a single-word mention that is part of a full name joins it."""
    for full, aliases in full_names.items():
        info = found.setdefault(full, {"description": "", "gender": ""})
        info["aliases"] = aliases
        for alias in aliases:
            part = next((n for n in found if n.lower() == alias.lower() and n != full), None)
            if part is not None:
                if not info["description"]:
                    info["description"] = found[part]["description"]
                del found[part]


_PLAIN_ADJECTIVES = {"young", "old", "little", "small", "tall", "thin", "lone", "big", "grey", "gray",
                     "black", "white", "red", "brown", "fat", "short", "huge", "tiny", "great", "ancient",
                     "elderly", "frail", "stout", "skinny", "pale", "dark", "ragged", "weary", "lonely"}


def _unnamed_people_en(beats: list[dict]) -> dict[str, dict]:
    """People (and animals, robots) the story does not name but who act or speak: "a boy waves
    from its bow", "A police officer in a white helmet pointed", "the cleaning robot, a knee-high
    dome, rolled", '"...," said the fox', "Sunny's mother, a young woman, began to cry"."""
    nouns = "|".join(sorted(_ACTOR_NOUNS_EN, key=len, reverse=True))
    kin = "|".join(sorted(_KIN_EN, key=len, reverse=True))
    looks = "|".join(sorted(lexicon.LOOK_NOUNS_EN, key=len, reverse=True))
    acting = re.compile(
        rf"\b(?:[Aa]|[Aa]n|[Tt]he|(?P<owner>[A-ZÀ-ÖØ-Þ][\wß-ÿ]+)['’]s)\s+(?P<mods>(?:[a-z][\w-]*\s+){{0,2}}?)(?P<noun>{nouns}|{kin})"
        rf"(?P<look>\s+(?:in|with|wearing)\s+(?:[\w'-]+\s+){{0,4}}?(?:{looks}))?(?P<apposition>,[^,.;:!?\"“”]{{1,80}},)?"
        r"\s+(?:[a-z]+ly\s+)?(?P<verb>" + _VERB_FORM + r"|(?:was|is|were|are)\s+(?:\w+ly\s+|already\s+|still\s+|now\s+)?[a-z]{2,}ing"
        r"|(?:had|has|have|would|could|will|can|did|must)\s+(?:\w+ly\s+|already\s+|never\s+|not\s+)?[a-z]{2,})\b"
    )
    speech = re.compile(rf"\b(?:{_SPEECH_EN})\w*\s+the\s+(?P<mods>(?:[a-z][\w-]*\s+){{0,1}}?)(?P<noun>{nouns})\b")
    # "A VOICE on the radio: "Clear the slope."": a speaker named by what it is, then a colon.
    colon = re.compile(rf"\b(?:a|an|the)\s+(?P<mods>)(?P<noun>{nouns})\b(?:\s+(?:on|from|over|in|through|at)\s+[^:\"“]{{1,30}})?\s*:\s*[\"“‘]", re.I)
    found: dict[str, dict] = {}

    def add(noun: str, mods: str, look: str, owner: str | None) -> None:
        noun = noun.lower()
        words = mods.split()
        if any(w in ("the", "a", "an", "his", "her", "their", "its", "and", "of") for w in words):
            return
        if owner and noun not in _KIN_EN and noun not in _ACTOR_NOUNS_EN:
            return
        if owner is None and noun in _KIN_EN and noun not in _ACTOR_NOUNS_EN:
            return  # "the mother" alone: too vague to be sure
        # "the police officer", "the cleaning robot" keep their kind; "the old keeper" is the keeper.
        kind_words = [w for w in words if w not in _PLAIN_ADJECTIVES and not w.endswith("ly")]
        name = f"{owner}'s {noun}" if owner else "the " + " ".join(kind_words[-1:] + [noun])
        if name in found or any(name.endswith(" " + noun) and noun in found[n]["aliases"] for n in found):
            return
        described = " ".join(words + [noun]) + (look or "")
        article = "an" if described[:1] in "aeiou" else "a"
        plain = described == " ".join(words + [noun])
        found[name] = {"description": f"{article} {described}" + (f"; {neutral_look(noun)}" if plain else ""),
                       "gender": _gender_of_noun(noun), "aliases": [noun, f"the {noun}"]}

    for beat in beats:
        narration, text = beat["narration"], beat["text"]
        for m in acting.finditer(narration):
            before = narration[: m.start()].rstrip()
            verb = m.group("verb").lower()
            is_verb = re.fullmatch(r"[a-z]{2,}(?:s|ed)", verb) or verb in lexicon.IRREGULAR_PAST_EN or " " in verb
            # ", a tall woman walks" is an appositive of someone named before; ", the robot rolls" is not.
            indefinite = m.group(0)[:2].lower() in ("a ", "an")
            if (before.endswith(",") and indefinite) or not is_verb or verb in _NOT_VERBS_EN:
                continue
            if m.group("owner") and m.group("owner").lower() in lexicon.NOT_NAMES_EN:
                continue
            look = (m.group("look") or "") + (m.group("apposition") or "").rstrip(",")
            add(m.group("noun"), m.group("mods") or "", look.replace(",", ";", 1) if m.group("apposition") and not m.group("look") else look,
                m.group("owner"))
        for m in list(speech.finditer(text)) + list(colon.finditer(text)):
            add(m.group("noun"), m.group("mods") or "", "", None)
        for m in _SPEECH_TAG_AFTER.finditer(text):
            _add_tagged_speaker(found, m)
        for m in _SPEECH_TAG_BEFORE.finditer(text):
            _add_tagged_speaker(found, m)
        for m in _VOICE_COLON.finditer(text):
            if m.group("noun").lower() in lexicon.VOICE_NOUNS_EN:
                _add_tagged_speaker(found, m)
    return found


# A speech tag that names its speaker by a phrase, not a name: '"...," says the station's voice',
# '"...," the computer says', 'the dispatcher's voice answers: "..."', '"...," said the old tree'.
# Whatever the phrase's head noun is, that phrase speaks the line (never the last named person).
_TAG_PHRASE = (r"(?:[Tt]he|[Aa]n?)\s+(?:(?P<owner>[A-Za-zÀ-ÿ][\w-]*)['’]s\s+)?"
               r"(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<noun>[a-z][\w-]{1,})")
_TAG_STOP = {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "and", "of", "one", "other",
             "same", "words", "word", "line", "question", "answer", "reply"}
# A tag goes on in lowercase after its quote; '"Hello?" The floor groans.' is a new sentence.
_SPEECH_TAG_AFTER = re.compile(
    r"[”\"]\s*,?\s*(?=[a-z])(?:(?:" + _SPEECH_EN + r")\w*\s+" + _TAG_PHRASE
    + r"|" + _TAG_PHRASE.replace("?P<", "?P<b_") + r"\s+(?:\w+ly\s+)?(?:" + _SPEECH_EN + r")\w*)"
    r"(?=\s*(?:[.,!?;:]|$|\b(?:as|and|over|from|on|in|through|at|with|into|behind|across)\b|[a-z]+ly\b))")
_SPEECH_TAG_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s))" + _TAG_PHRASE + r"(?:\s+(?:over|on|from|through|in)\s+(?:the|a|an)\s+[a-z-]+)?"
    r"\s+(?:\w+ly\s+)?(?:" + _SPEECH_EN + r")\w*(?:\s+(?:over|on|from|through|in)\s+(?:the|a|an)\s+[a-z-]+)?\s*[:,]\s*[“\"]")


# 'Then a man's voice: "Okafor?"': a voice that speaks with no speech verb, just a colon.
_VOICE_COLON = re.compile(r"(?:^|(?<=[.!?]\s)|\b(?:[Tt]hen|[Aa]nd|[Ss]uddenly|[Ff]inally),?\s+)" + _TAG_PHRASE
                          + r"(?:\s+(?:over|on|from|through|in)\s+(?:the|a|an)\s+[a-z-]+)?\s*:\s*[“\"]")


def _add_tagged_speaker(found: dict[str, dict], m: re.Match) -> None:
    """Add the speaker a speech tag names by a phrase ("the station's voice", "the old tree")."""
    def group(key: str) -> str:
        return m.groupdict().get(key) or m.groupdict().get("b_" + key) or ""
    noun, mods, owner = group("noun").lower(), group("mods"), group("owner")
    words = mods.split()
    if noun in _TAG_STOP or any(w in _TAG_STOP for w in words) or noun.endswith("ly"):
        return
    if owner and owner[:1].isupper() and owner.lower() not in lexicon.NOT_NAMES_EN and noun == "voice":
        return  # "says Mara's voice": Mara speaks
    if owner:
        name = f"{owner}'s {noun}" if owner[:1].isupper() else f"the {owner}'s {noun}"
    else:
        kind_words = [w for w in words if w not in _PLAIN_ADJECTIVES and not w.endswith("ly")]
        name = "the " + " ".join(kind_words[-1:] + [noun])
    if name in found or any(noun in found[n]["aliases"] for n in found):
        return
    described = " ".join(words + [noun])
    article = "an" if described[:1] in "aeiou" else "a"
    description = (f"the {owner.lower()}'s {noun}" if owner else f"{article} {described}") + f"; {neutral_look(noun)}"
    aliases = [noun, f"the {noun}"]
    if owner and noun in lexicon.VOICE_NOUNS_EN:  # "a man's voice": not any "voice" ("in a flat voice")
        aliases = [f"the {noun}", f"{owner.lower()}'s {noun}"]
    found[name] = {"description": description, "gender": _gender_of_noun(noun), "aliases": aliases}


_VERB_FORM = (r"(?!(?:" + "|".join(sorted({"is", "was", "has", "this", "his", "hers", "as", "its", "always", "perhaps",
                                              "towards", "stairs", "steps", "sometimes", "besides", "across", "us",
                                              "yes", "less", "glass"})) + r")\b)"
              r"(?:[a-z]{2,}(?:s|ed)|" + "|".join(sorted(lexicon.IRREGULAR_PAST_EN)) + ")")
_KIN_EN = {"mother", "father", "brother", "sister", "wife", "husband", "son", "daughter", "friend",
           "grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt", "cousin",
           "dog", "cat", "horse", "boss", "partner", "nephew", "niece", "mum", "dad", "mom"}


# Who may act without a name: people by role, animals, creatures, machines that act or speak.
_ACTOR_NOUNS_EN = (lexicon.PERSON_NOUNS_EN | lexicon.NONHUMAN_EN | lexicon.CHILD_NOUNS_EN
                   | {w for w in vocab.CHARACTER_FORMS if w not in ("human", "voice", "creature")}
                   | set(forms.ANIMAL_SYNONYMS) | forms.CREATURE_WORDS | forms.ROBOT_WORDS
                   | lexicon.ROLE_NOUNS_EN | {"voice", "announcer"}) - {"machine", "system"}
_NOT_VERBS_EN = {"is", "was", "has", "this", "his", "hers", "as", "its", "always", "perhaps", "towards",
                 "stairs", "steps", "sometimes", "besides", "across", "us", "yes", "less", "glass"}


def _gender_of_noun(noun: str) -> str:
    words = set(noun.split())
    return "f" if words & lexicon.FEMALE_WORDS_EN else "m" if words & lexicon.MALE_WORDS_EN else ""


def neutral_look(noun: str = "", zh: bool = False) -> str:
    """The stated default look for a character the story does not describe, fitting its kind."""
    if zh:
        creature = next((n for n in lexicon.NONHUMAN_ZH if noun.endswith(n)), "")
        if creature:
            return f"故事中没有外貌描述；中性默认造型：简洁易认的{creature}造型，每个镜头保持一致"
        return NEUTRAL_LOOK_ZH
    head = noun.lower().split()[-1] if noun.strip() else ""
    if head in lexicon.VOICE_NOUNS_EN:
        return "no description in the story; a voice only: heard, never seen, same voice in every shot"
    if head in lexicon.NONHUMAN_EN:
        return (f"no description in the story; neutral default: a simple, readable {head} design, "
                "same look in every shot")
    if head in lexicon.CHILD_NOUNS_EN:
        return "no description in the story; neutral default: a child in plain everyday clothes, same look in every shot"
    return NEUTRAL_LOOK


def _gender_en(name: str, text: str, description: str) -> str:
    # A title in the name itself says it too ("Mr. Lindqvist", "Queen Ada").
    words = set(re.findall(r"[a-zñ]+", description.lower())) | set(re.findall(r"[a-zñ]+", name.lower()))
    m = re.search(r"\b" + re.escape(name) + r"\b", text, re.IGNORECASE)
    if m:
        before = re.findall(r"[a-z]+", text[max(0, m.start() - 30): m.start()].lower())[-2:]
        words |= set(w for w in before if w not in ("her", "his"))
        # The rest of the paragraph only, without speech tags: in '"Read it," she said.' the
        # pronoun is whoever speaks, not the last name before it.
        after = text[m.end(): m.end() + 280].split("\n\n")[0].lower()
        after = re.sub(r"\b(?:she|he)\s+(?:\w+ly\s+)?(?:" + _SPEECH_EN + r")\w*",
                       lambda t: " " * len(t.group(0)), after)
        # A subject pronoun speaks for the name; "met him" is someone else.
        pronoun = re.search(r"\b(she|he)\b", after) or re.search(r"\b(her|his)\b", after)
        between = text[m.end(): m.end() + pronoun.start()] if pronoun else ""
        # Another name between them takes the pronoun; "Through", "The" do not.
        others = [c for c in re.finditer(r"\b[A-Z][a-z]+\b", between) if _name_word(c.group(0), set())]
        if pronoun and not others:
            words.add(pronoun.group(1))
    female = len(words & lexicon.FEMALE_WORDS_EN)
    male = len(words & lexicon.MALE_WORDS_EN)
    return "f" if female > male else "m" if male > female else ""


# ---- Chinese characters ---------------------------------------------------------------------


def _characters_zh(beats: list[dict]) -> dict[str, dict]:
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)
    counts: Counter[str] = Counter()
    speakers: set[str] = set()
    order: list[str] = []
    for beat in beats:
        # Narration only: a deer named in someone's speech is not on screen.
        tokens = [(w.word, w.flag) for w in pseg.cut(beat["narration"])]
        for i, (word, flag) in enumerate(tokens):
            if len(word) < 2 or len(word) > 4 or word in lexicon.PLACES_ZH or word in lexicon.PROPS_ZH:
                continue
            if word in lexicon.NOT_CHARACTERS_ZH or any(thing in word for thing in lexicon.NOT_CHARACTERS_ZH if len(thing) > 1):
                continue  # 乌云, 雷声; but 小雨 may be a girl's name
            if i > 0 and tokens[i - 1][0].endswith(("群", "些", "许多", "很多", "成群", "几只", "几个")):
                continue  # "一群小鹿": a herd, not one character
            next_word = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            next_flag = tokens[i + 1][1] if i + 1 < len(tokens) else ""
            # "陈伯笑道": jieba may glue the speech verb's first character onto the name.
            if flag in ("nr", "nrt", "nrfg") and len(word) > 2 and word[-1] in _SPEECH_CHARS_ZH:
                next_word, next_flag, word = word[-1] + next_word, "v", word[:-1]
            if len(word) == 2 and word[0] in "老阿小" and word[1] in lexicon.SURNAMES_ZH:
                flag = "nr"  # "老周走过去": jieba may read 老周 as a time word
            personish = flag in ("nr", "nrt", "nrfg") or word in lexicon.PERSON_NOUNS_ZH or any(
                word.endswith(sfx) for sfx in lexicon.PERSON_SUFFIXES_ZH) or any(a in word for a in forms.ANIMAL_WORDS_ZH)
            is_speaker = flag in ("nr", "nrt", "nrfg", "ns", "n", "nz") and personish and any(
                next_word.startswith(v) for v in lexicon.SPEECH_VERBS_ZH)
            # A role the story never names ("老板娘看着照片") who acts is a character too, and so is
            # a name that acts ("阿梅跑过来").
            animal = flag.startswith("n") and len(word) <= 3 and any(word.endswith(a) for a in forms.ANIMAL_WORDS_ZH)
            role_acts = (word in lexicon.PERSON_NOUNS_ZH or flag in ("nr", "nrt", "nrfg") or animal) and next_flag.startswith(("v", "d", "p", "l"))
            # "老板娘王翠": a name right after a role word is that person.
            introduced = flag in ("nr", "nrt", "nrfg") and i > 0 and tokens[i - 1][0] in lexicon.PERSON_NOUNS_ZH
            if word.endswith(lexicon.THINGS_ZH) and not is_speaker:
                continue  # "老槐树": a tree is scenery unless it speaks
            if role_acts or introduced or (flag in ("nr", "nrt", "nrfg") and next_word in ("正在", "正", "刚刚", "已经", "还在")):
                speakers.add(word)
            if flag in ("nr", "nrt", "nrfg") or is_speaker or role_acts:
                counts[word] += 1
                if word not in order:
                    order.append(word)
                if is_speaker:
                    speakers.add(word)
    # "张先生", "李婶": a surname and a form of address is a person however jieba cuts it.
    address = re.compile("[" + "".join(sorted(lexicon.SURNAMES_ZH)) + "](?:" + "|".join(_ADDRESS_ZH) + ")")
    for beat in beats:
        for m in address.finditer(beat["narration"]):
            word = m.group(0)
            counts[word] += 1
            if word not in order:
                order.append(word)
            after = beat["narration"][m.end(): m.end() + 12]
            if re.match(r"[^，。！？“”「」]{0,8}[说道问喊叫答]", after) or re.match(r"[\u4e00-\u9fff]", after):
                speakers.add(word)
    for beat in beats:
        # "她叫小雨", "名叫林墨": a name the story gives someone.
        for m in re.finditer(r"(?:名叫|叫做|(?<=[他她它])叫)([\u4e00-\u9fff]{2,3}?)(?=[，。！？、,]|$)", beat["narration"]):
            counts[m.group(1)] += 2
            speakers.add(m.group(1))
            if m.group(1) not in order:
                order.append(m.group(1))
    for hint in (h for b in beats for h in b.get("cast_hint", [])):
        counts[hint] += 2
        if hint not in order:
            order.append(hint)
    text = "".join(b["narration"] for b in beats)
    found: dict[str, dict] = {}
    hints = {h for b in beats for h in b.get("cast_hint", [])}
    for name in order:
        # "渔夫" inside the protagonist "老渔夫" is the same person, not another.
        if name not in hints and any(name in h for h in hints):
            continue
        if counts[name] >= 2 or name in speakers:
            description = "；".join(looks_zh(name, beats))
            gender = "f" if any(h in name + description for h in lexicon.FEMALE_HINTS_ZH[:-1]) else (
                "m" if any(h in name + description for h in lexicon.MALE_HINTS_ZH[:-1]) else "")
            if not gender:
                after = text[text.find(name) + len(name): text.find(name) + len(name) + 40]
                gender = "f" if after.find("她") >= 0 and (after.find("他") < 0 or after.find("她") < after.find("他")) else (
                    "m" if after.find("他") >= 0 else "")
            found[name] = {"description": description, "gender": gender}
    return found


_SPEECH_CHARS_ZH = "说道问喊笑叫答"
_ADDRESS_ZH = ("先生", "太太", "小姐", "大娘", "大爷", "大婶", "大叔", "师傅", "老师", "掌柜", "大夫", "医生",
               "老板娘", "老板", "队长", "村长", "奶奶", "爷爷", "婶", "叔", "伯", "嫂", "姨", "姑")
# ---- props ----------------------------------------------------------------------------------


# " of tinned peaches": the words after "of" up to the noun that ends the phrase (the noun is
# followed by punctuation, a preposition or the end; describing words before it are kept).
_OF_THING = re.compile(r"\s+of\s+((?:(?!(?:a|an|the|her|his|their|on|in|at|with|from|to|and|for)\b)"
                       r"[a-z'-]+\s+){0,2}?)([a-z]+)\b(?=\s*(?:[,.;:!?]|$|\s(?:on|in|at|with|from|to|and|"
                       r"for|into|onto|over|under|beside|by|as|that|which|he|she|they|it)\b))")


def _props(beats: list[dict], zh: bool) -> dict[str, str]:
    """Prop name → visual description (the first way the story describes it)."""
    props: dict[str, str] = {}
    if zh:
        import jieba

        for beat in beats:
            tokens = jieba.lcut(beat["narration"])
            for i, token in enumerate(tokens):
                # "一朵花", "一张旧照片": a counted thing is the thing.
                token = re.sub(r"^[一二两三几][个张把朵封盏只支本块条顶双件枝]", "", token)
                if token in lexicon.PROPS_ZH and token not in props:
                    before = "".join(tokens[max(0, i - 2): i])
                    props[token] = (before + token) if before.endswith("的") else token
        return props
    verbs = "|".join(lexicon.HANDLING_VERBS_EN)
    handled = re.compile(
        rf"\b(?:{verbs})[a-z]*\s+(?:up\s+)?(?:the|a|an|her|his|their)\s+((?:[a-z'-]+\s+){{0,2}}?)([a-z]+)"
        r"(?=\s+(?:in|on|at|to|from|with|and|into|onto|of|as|over|under|high|up|down|toward|towards|"
        r"across|off|away|out|back|for)\b|\s*[,.;:!?]|\s*$)"
    )
    story = " ".join(beat["narration"] for beat in beats).lower()
    venue_story = any(w in story for w in lexicon.VENUE_CONTEXT_EN)
    for beat in beats:
        narration = beat["narration"]
        lower = narration.lower()
        # (noun, words before it, or the whole phrase that describes it when it is "X of Y")
        candidates: list[tuple[str, str, str]] = []
        held: set[int] = set()  # word starts of what a container holds ("matches" in "a box of matches")
        for m in re.finditer(r"[a-z]+", lower):
            noun = m.group(0)
            if noun in lexicon.COLLECTIVE_NOUNS_EN and re.match(r"\s+of\b", lower[m.end():]):
                # "a ring of keys": the keys are the prop, and "a ring of keys" is how they look;
                # "a ring of fire", "a row of houses" name no prop at all.
                for w in list(re.finditer(r"[a-z'-]+", lower[m.end():m.end() + 60]))[1:4]:  # 3 words after "of"
                    thing = w.group(0)
                    if (thing in lexicon.PROPS_EN or thing.rstrip("s") in lexicon.PROPS_EN) \
                            and thing not in lexicon.NOT_PROPS_EN:
                        start = m.end() + w.start()
                        held.add(start)
                        candidates.append((thing, "", f"{noun}{lower[m.end():start + len(thing)]}"))
                        break
                continue
            if m.start() in held:
                continue
            if noun in lexicon.PROPS_EN and noun not in lexicon.NOT_PROPS_EN:
                if not _a_thing_here(lower, m.start(), m.end(), noun, venue_story):
                    continue
                if narration[m.start()].isupper() and not _sentence_start(narration, m.start()):
                    continue  # part of a name: the mare "Silver Bell", "the Golden Key inn"
                before = re.search(r"\b(?:a|an|the|her|his|their)\s+((?:[a-z'-]+\s+){0,2})$", lower[: m.start()])
                phrase = ""
                of = _OF_THING.match(lower, m.end()) if noun in lexicon.CONTAINER_NOUNS_EN else None
                if of:
                    # "a bottle of wine": one prop, the bottle; the wine is what it looks like.
                    held.add(of.start(2))
                    phrase = f"{before.group(1) if before else ''}{noun} of {of.group(1)}{of.group(2)}"
                candidates.append((noun, before.group(1) if before else "", phrase))
        for m in handled.finditer(lower):
            noun = m.group(2)
            if m.start(2) in held or (noun in lexicon.COLLECTIVE_NOUNS_EN
                                      and lower[m.end(2):].lstrip().startswith("of ")):
                continue
            verb = m.group(0).split()[0]
            if noun in lexicon.MOVE_OR_THING_EN and not verb.startswith(lexicon.THING_HANDLING_EN):
                continue  # "takes the pass", "throws a hook": a move
            if noun in lexicon.PROPS_EN and not _a_thing_here(lower, m.start(2), m.end(2), noun, venue_story):
                continue
            if noun not in lexicon.NOT_PROPS_EN and noun not in lexicon.PLACES_EN and len(noun) > 2:
                candidates.append((noun, m.group(1), ""))
        for noun, adjectives, phrase in candidates:
            name = noun[:-1] if noun.endswith("s") and noun[:-1] in lexicon.PROPS_EN else noun
            adjectives = " ".join(w for w in adjectives.split() if w not in ("the", "a", "an", "her", "his", "their", "and", "of", "with", "to"))
            described = phrase.strip() or f"{adjectives} {name}".strip()
            if name not in props:
                props[name] = described
            elif described != name and props[name] == name:
                props[name] = described
    return props


_SOUNDING = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:" + "|".join(lexicon.SOUNDING_VERBS_EN) + ")")
_HEARD_AT = re.compile(r"\b(?:at|until|before|after|of|to|by|for|with|hear|hears|heard)\s+the\s+(?:[a-z]+\s+)?$")
_INTO_PLACE = re.compile(r"\b(?:into|onto|inside|in|out of|across|around|from|enters?|entering|through|"
                         r"against|on|over|between|under|leaves?)\s+the\s+$")


def _a_thing_here(lower: str, start: int, end: int, noun: str, venue_story: bool) -> bool:
    """Whether the prop word at ``lower[start:end]`` is a thing to draw: not a fixture of the set
    ("the heavy bag"), not a sound ("the bell rings", "at the final whistle"), not a venue ("into
    the ring" of a boxing story, "against the ropes")."""
    sentence_start = max(lower.rfind(".", 0, start), lower.rfind("!", 0, start), lower.rfind("?", 0, start)) + 1
    before = lower[sentence_start:start]
    if any(f"{before}{noun}".endswith(fixture) for fixture in lexicon.FIXTURES_EN):
        return False
    if noun in lexicon.SOUND_MAKERS_EN and (_SOUNDING.match(lower, end) or _HEARD_AT.search(before)):
        return False
    if noun in lexicon.VENUE_WORDS_EN:
        sentence_end = min((i for i in (lower.find(c, end) for c in ".!?") if i >= 0), default=len(lower))
        jewellery = any(w in lower[sentence_start:sentence_end] for w in lexicon.JEWELLERY_CONTEXT_EN)
        if not jewellery and (venue_story or _INTO_PLACE.search(before)):
            return False
    return True


# ---- who is in each beat --------------------------------------------------------------------


def _cast(script: dict, characters: dict, ids: dict, props: dict, prop_ids: dict, zh: bool,
          language: str = "") -> dict:
    cast: dict[str, list[str]] = {}
    recent: list[str] = []  # most recent first
    # Characters only ever heard, never drawn (an intercom, a ship's computer), found once.
    voices = {n for n, info in characters.items()
              if forms.character_form(n, info.get("description", ""), language) == "voice"}
    for scene in script["scenes"]:
        scene_chars: list[str] = []
        previous_beat_chars: list[str] = []
        last_speaker = ""
        for beat in scene["beats"]:
            before_beat = last_speaker
            narration = beat["narration"]
            present = _named_in(narration, characters, zh)
            present += [n for n in beat.get("cast_hint", []) if n in characters and n not in present]
            for pronoun_target in _resolve_pronouns(narration, characters, recent, present, previous_beat_chars, zh,
                                                    language):
                if pronoun_target not in present:
                    present.append(pronoun_target)
            # Dialogue: who speaks each quoted line.
            for line in beat["dialogue"]:
                if not line["speaker"]:
                    line["speaker"] = _speaker_for(beat["text"], characters, present, recent, last_speaker, zh,
                                                   before_beat, language)
                name = _match_character(line["speaker"], characters)
                if name and beat.get("speaker_visible", True) and name not in present:
                    present.append(name)
                if name:
                    line["speaker"] = _display_name(name)
                last_speaker = line["speaker"]
            if not present and previous_beat_chars and (_continues(beat) or beat["dialogue"]):
                present = list(previous_beat_chars)
            elif present and all(n in voices for n in present):
                # A bodiless voice speaks to the people in the place: the shot shows them hearing
                # it, not an empty wall.
                present += [n for n in previous_beat_chars if n not in voices]
            for name in present:
                if name in recent:
                    recent.remove(name)
                recent.insert(0, name)
                if name not in scene_chars:
                    scene_chars.append(name)
            prop_names = [p for p in props if _mentions(narration, p, zh)]
            entity_ids = [ids[n] for n in present] + [prop_ids[p] for p in prop_names]
            if beat.get("place_id") or scene.get("location_id"):
                entity_ids.append(beat.get("place_id") or scene["location_id"])
            entity_ids += [i for i in beat.get("passed_ids", []) if i not in entity_ids]
            cast[beat["id"]] = entity_ids
            previous_beat_chars = present
        scene["character_order"] = [ids[n] for n in scene_chars]
    return cast


def _continues(beat: dict) -> bool:
    return bool(beat.get("continuous"))


def _mentions(narration: str, word: str, zh: bool) -> bool:
    if zh:
        return word in narration
    return re.search(r"\b" + re.escape(word) + r"s?\b", narration, re.IGNORECASE) is not None


def _named_in(narration: str, characters: dict, zh: bool) -> list[str]:
    """Characters named in a narration (by name or alias), in the order they are mentioned."""
    hits = []
    for name, info in characters.items():
        positions = []
        for form in [name, *info.get("aliases", [])]:
            if zh:
                pos = narration.find(form)
            else:
                # Any case: screenplays write a name in capitals where the character enters.
                m = re.search(r"\b" + re.escape(form) + r"\b", narration, re.IGNORECASE)
                pos = m.start() if m else -1
            if pos >= 0:
                positions.append(pos)
        if positions:
            hits.append((min(positions), name))
    return [name for _, name in sorted(hits)]


def _resolve_pronouns(narration: str, characters: dict, recent: list[str], present: list[str],
                      previous: list[str], zh: bool, language: str = "") -> list[str]:
    lower = narration.lower()
    if zh:
        wants_f = "她" in narration and "她们" not in narration
        wants_m = "他" in narration and "他们" not in narration
        plural = "他们" in narration or "她们" in narration
    elif reads_language(language):
        she, he, they = (_any_word(words) for words in other_languages.pronoun_words(language))
        wants_f = re.search(she, lower) is not None
        wants_m = re.search(he, lower) is not None
        plural = bool(they) and re.search(they, lower) is not None
        if language.startswith("de"):  # "sie" is she or they: its verb tells which
            wants_f, plural = other_languages.she_or_they(narration)
    else:
        wants_f = re.search(r"\b(she|her|hers|herself)\b", lower) is not None
        wants_m = re.search(r"\b(he|his|him|himself)\b", lower) is not None
        plural = re.search(r"\b(they|them|together|both)\b", lower) is not None
    out: list[str] = []
    if plural and len(present) < 2:  # "Tom and Ben build a snowman. They laugh.": they are the two here
        out.extend(previous or recent[:2])
    for wanted, gender in ((wants_f, "f"), (wants_m, "m")):
        if not wanted:
            continue
        pool = [n for n in recent if characters[n].get("gender") == gender]
        pool = pool or [n for n in recent if not characters[n].get("gender")]
        # "A blacksmith came out of his forge": a pronoun after a named subject is that subject;
        # "her brother Ilan": one before the name points at someone else.
        first = _first_pronoun(narration, gender, zh, language)
        subject = next((n for n in present if characters[n].get("gender") == gender
                        and 0 <= _mention_pos(narration, n, characters[n], zh) < first), None)
        choice = subject or next((n for n in pool if n not in present), None) or (pool[0] if pool else None)
        if choice and choice not in out:
            out.append(choice)
    return out


def _any_word(words: tuple[str, ...]) -> str:
    """A pattern for any of the words, whole (accents count as letters); '' for none."""
    return rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)" if words else ""


def _first_pronoun(narration: str, gender: str, zh: bool, language: str = "") -> int:
    if zh:
        pos = narration.find("她" if gender == "f" else "他")
    elif reads_language(language):
        she, he, _ = other_languages.pronoun_words(language)
        m = re.search(_any_word(she if gender == "f" else he), narration, re.I)
        pos = m.start() if m else -1
    else:
        words = r"she|her|hers|herself" if gender == "f" else r"he|his|him|himself"
        m = re.search(rf"\b(?:{words})\b", narration, re.I)
        pos = m.start() if m else -1
    return pos if pos >= 0 else len(narration)


def _mention_pos(narration: str, name: str, info: dict, zh: bool) -> int:
    positions = []
    for form in [name, *info.get("aliases", [])]:
        if zh:
            positions.append(narration.find(form))
        elif m := re.search(r"\b" + re.escape(form) + r"\b", narration, re.I):
            positions.append(m.start())
    positions = [p for p in positions if p >= 0]
    return min(positions) if positions else -1


def _match_character(speaker: str, characters: dict) -> str:
    for name, info in characters.items():
        if speaker.lower() in [form.lower() for form in [name, *info.get("aliases", [])]]:
            return name
    return ""


def _speaker_for(text: str, characters: dict, present: list[str], recent: list[str], last: str,
                 zh: bool, before_beat: str = "", language: str = "") -> str:
    """Who says a quoted line: a name next to a speech verb, else the pronoun's person, else turn-taking."""
    if reads_language(language):
        name, gender = other_languages.speaker_in(text, characters, language)
        if name:
            return name
        if gender:
            # no one of that gender: the last one mentioned (a pronoun points back, never at turn-taking)
            fits = [n for n in recent if characters[n].get("gender") == gender] or [
                n for n in recent if not characters[n].get("gender")] or recent[:1]
            answering = [n for n in fits if _display_name(n) != before_beat]
            if answering or fits:
                return (answering or fits)[0]
    elif zh:
        for name in characters:
            if re.search(re.escape(name) + r"[^“”\"，。]{0,4}(" + "|".join(lexicon.SPEECH_VERBS_ZH) + ")", text):
                return name
        # "阿梅跑过来，说：「……」": whoever the sentence is about says the quote that ends it.
        said = re.search(r"(?:[说道问喊叫答][：:，,]?|[：:])\s*[「“\"『]", text)
        if said:
            before = text[: said.start()]
            named = sorted((before.find(n), n) for n in characters if n in before)
            if named:
                return named[0][1]
            if "她" in before or "他" in before:
                gender = "f" if "她" in before else "m"
                for name in recent:
                    if characters[name].get("gender") == gender:
                        return name
    else:
        narration = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text)
        for name, info in characters.items():
            n = "|".join(re.escape(form) for form in [name, *info.get("aliases", [])])
            if re.search(rf"\b(?:{n})(?:,[^,]{{1,60}},)?\s+(?:\w+ly\s+)?(?:{_SPEECH_EN})\w*|\b(?:{_SPEECH_EN})\w*\s+(?:{n})\b", narration, re.I) \
                    or re.search(rf"\b(?:{n})\s*:\s*[\"“]", text, re.I):
                return name
        for name, info in characters.items():
            called = "|".join(re.escape(f) for f in [name, *info.get("aliases", [])])
            if re.search(rf"\b(?:a|an|the)?\s*(?:{called})\b(?:\s+(?:on|from|over|in|through|at)\s+[^:\"“]{{1,30}})?\s*:\s*[\"“‘]", text, re.I):
                return name  # "A VOICE on the radio: "...""
        pronoun = re.search(r"\b(she|he)\s+(?:\w+ly\s+)?(?:" + _SPEECH_EN + r")", narration, re.I)
        if pronoun:
            gender = "f" if pronoun.group(1).lower() == "she" else "m"
            for wanted in (gender, ""):  # the last she (or he), else the last one not known to be he
                # A tagged line answers the line before its paragraph: someone other than that
                # speaker, when the story has another person who fits (every quote of the
                # paragraph shares the tag).
                fits = [n for n in recent if characters[n].get("gender") == wanted]
                answering = [n for n in fits if _display_name(n) != before_beat]
                if answering or fits:
                    return (answering or fits)[0]
        if re.search(r"\bit\s+(?:\w+ly\s+)?(?:" + _SPEECH_EN + r")", narration, re.I):
            # "it says": the last character who is not a person (a drone, a cat, a ship's computer).
            forms_of = {n: forms.character_form(n, characters[n].get("description", ""))
                        for n in (present or []) + recent}
            things = [n for n, form in forms_of.items() if form not in ("human", "child")]
            if things:  # a body that speaks (a drone, a cat) before a voice heard from off
                return sorted(things, key=lambda n: forms_of[n] == "voice")[0]
    others = [n for n in (present or recent) if _display_name(n) != last]
    if others:
        return others[0]
    if present:
        return present[0]
    return "Narrator" if not zh else "旁白"
