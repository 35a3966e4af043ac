"""Gold annotations: what a careful reader finds in a benchmark story, stored as JSON beside it.

    {
      "tests": ["appositive description", "voice-only AI", ...],   # what the story exercises
      "characters": [{"name": "Ines Vela", "aliases": ["Ines", "Dr. Vela"],
                      "looks": ["shaved head", "silver prosthetic arm"], "form": "human"}],
      "not_characters": ["Jupiter", "Lightning"],
      "places": [["corridor"], ["greenhouse", "hydroponics bay"], ["hull"]],
      "dialogue": [{"speaker": "Ines Vela", "text": "Two minutes. Did anyone follow you?"}],
      "scenes": 3
    }

``looks`` are short phrases as written in the text; ``places`` are groups of words, any one of
which names that place; ``dialogue`` is every spoken line verbatim, in order; ``speaker`` is a
character's name or alias. ``form`` (optional) is the body from director.vocab.CHARACTER_FORMS.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from director import vocab

STORY_SUFFIXES = (".txt", ".fountain")


class GoldError(ValueError):
    """A gold annotation that is malformed or contradicts itself. The message names the file."""


@dataclass(frozen=True)
class GoldCharacter:
    name: str
    aliases: tuple[str, ...] = ()
    looks: tuple[str, ...] = ()
    form: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldLine:
    speaker: str
    text: str


@dataclass(frozen=True)
class Gold:
    story: str  # the story file's name
    characters: tuple[GoldCharacter, ...]
    not_characters: tuple[str, ...]
    places: tuple[tuple[str, ...], ...]
    dialogue: tuple[GoldLine, ...]
    scenes: int
    tests: tuple[str, ...] = field(default=())

    def character_named(self, name: str) -> GoldCharacter | None:
        """The gold character that ``name`` (a name or alias) refers to."""
        from benchmarks.plan_quality.match import same_name

        for character in self.characters:
            if any(same_name(name, n) for n in character.names):
                return character
        return None


def _strings(value, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GoldError(f"{where} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def parse_gold(data: dict, story: str) -> Gold:
    """Build a Gold from parsed JSON; GoldError names the story and the field that is wrong."""
    where = f"gold for {story}"
    if not isinstance(data, dict):
        raise GoldError(f"{where}: the top level must be an object")
    known = {"tests", "characters", "not_characters", "places", "dialogue", "scenes"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise GoldError(f"{where}: unknown key(s) {unknown}")
    characters = []
    for i, c in enumerate(data.get("characters", [])):
        if not isinstance(c, dict) or not isinstance(c.get("name"), str) or not c["name"].strip():
            raise GoldError(f"{where}: characters[{i}] needs a name")
        characters.append(GoldCharacter(
            name=c["name"].strip(),
            aliases=_strings(c.get("aliases", []), f"{where}: characters[{i}].aliases"),
            looks=_strings(c.get("looks", []), f"{where}: characters[{i}].looks"),
            form=c.get("form"),
        ))
    bad_forms = [c.form for c in characters if c.form is not None and c.form not in vocab.CHARACTER_FORMS]
    if bad_forms:
        raise GoldError(f"{where}: form(s) {bad_forms} are not in director.vocab.CHARACTER_FORMS")
    places = tuple(_strings(group, f"{where}: places[{i}]") for i, group in enumerate(data.get("places", [])))
    if any(not group for group in places):
        raise GoldError(f"{where}: every place needs at least one word")
    lines = []
    for i, line in enumerate(data.get("dialogue", [])):
        if not isinstance(line, dict) or not all(isinstance(line.get(k), str) and line[k].strip()
                                                 for k in ("speaker", "text")):
            raise GoldError(f"{where}: dialogue[{i}] needs a speaker and a text")
        lines.append(GoldLine(speaker=line["speaker"].strip(), text=line["text"]))
    scenes = data.get("scenes")
    if not isinstance(scenes, int) or scenes < 1:
        raise GoldError(f"{where}: scenes must be a whole number >= 1")
    gold = Gold(story=story, characters=tuple(characters),
                not_characters=_strings(data.get("not_characters", []), f"{where}: not_characters"),
                places=places, dialogue=tuple(lines), scenes=scenes,
                tests=_strings(data.get("tests", []), f"{where}: tests"))
    _check_consistent(gold)
    return gold


def _check_consistent(gold: Gold) -> None:
    """Names refer to one character each, speakers exist, and nothing is both kinds."""
    from benchmarks.plan_quality.match import same_name

    where = f"gold for {gold.story}"
    seen: list[tuple[str, str]] = []
    for character in gold.characters:
        for name in character.names:
            clash = next((owner for other, owner in seen if same_name(name, other)), None)
            if clash is not None and clash != character.name:
                raise GoldError(f"{where}: the name '{name}' is given to both {clash} and {character.name}")
            seen.append((name, character.name))
    for thing in gold.not_characters:
        if gold.character_named(thing) is not None:
            raise GoldError(f"{where}: '{thing}' is listed as a character and as not a character")
    for line in gold.dialogue:
        if gold.character_named(line.speaker) is None:
            raise GoldError(f"{where}: dialogue speaker '{line.speaker}' is not a gold character")


def load_gold(path: Path) -> Gold:
    """Read a gold JSON file (UTF-8)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise GoldError(f"cannot read gold file {path}: {err}") from None
    return parse_gold(data, story=Path(path).stem)


def story_file(gold_path: Path) -> Path:
    """The story beside a gold file: same stem, .txt or .fountain."""
    for suffix in STORY_SUFFIXES:
        candidate = gold_path.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    raise GoldError(f"no story beside {gold_path} (expected {gold_path.stem}.txt or .fountain)")
