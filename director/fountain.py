"""Fountain screenplays → a flat list of scene headings, action, dialogue and transitions.

Parsing is done by screenplain (MIT, maintained), which follows the Fountain spec: title page,
scene headings (INT./EXT./EST./I/E and forced ".HEADING"), character cues with extensions,
parentheticals, dual dialogue, transitions ("CUT TO:", "> FADE OUT"), boneyard and notes. This
module turns its objects into plain dataclasses the planner reads, and adds what screenplain
leaves as action: "FADE IN:", "FADE OUT." and "FADE TO BLACK." lines become transitions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from screenplain.parsers import fountain as _screenplain
from screenplain.types import Action, Dialog, DualDialog, Slug, Transition

ElementKind = Literal["heading", "action", "dialogue", "transition"]

_EXTENSION = re.compile(r"\(([^)]*)\)")
_FADE_LINE = re.compile(r"^(FADE (IN|OUT|TO BLACK)|CUT TO BLACK|SMASH CUT|MATCH CUT)[.:]?$")


@dataclass
class DialoguePart:
    """One line of a dialogue block: spoken text, or a parenthetical like "(quietly)"."""

    text: str
    parenthetical: bool = False


@dataclass
class FountainElement:
    kind: ElementKind
    text: str  # heading / action / transition text; for dialogue the spoken lines joined
    speaker: str = ""  # dialogue: the character cue without extensions, e.g. "MARA"
    extensions: list[str] = field(default_factory=list)  # e.g. ["V.O."], ["CONT'D"]
    parts: list[DialoguePart] = field(default_factory=list)  # dialogue lines and parentheticals


@dataclass
class FountainScript:
    title: str
    title_page: dict[str, list[str]]
    elements: list[FountainElement]


def parse_fountain(text: str) -> FountainScript:
    """Parse Fountain text into headings, action paragraphs, dialogue blocks and transitions."""
    screenplay = _screenplain.parse_lines(text.split("\n"))
    title_page = {key: [str(v) for v in values] for key, values in screenplay.title_page.items()}
    title = " ".join(title_page.get("Title", [])).strip()
    elements: list[FountainElement] = []
    for paragraph in screenplay.paragraphs:
        if isinstance(paragraph, Slug):
            elements.append(FountainElement("heading", str(paragraph.line).strip()))
        elif isinstance(paragraph, Transition):
            elements.append(FountainElement("transition", str(paragraph.line).strip()))
        elif isinstance(paragraph, DualDialog):
            elements.append(_dialogue(paragraph.left))
            elements.append(_dialogue(paragraph.right))
        elif isinstance(paragraph, Dialog):
            elements.append(_dialogue(paragraph))
        elif isinstance(paragraph, Action):
            elements.extend(_action(paragraph))
        # Sections, synopses and page breaks carry no picture.
    return FountainScript(title=_plain(title), title_page=title_page, elements=elements)


def _plain(text: str) -> str:
    return re.sub(r"[*_]+", "", text).strip()


def _action(paragraph: Action) -> list[FountainElement]:
    lines = [str(line).strip() for line in paragraph.lines]
    out: list[FountainElement] = []
    buffer: list[str] = []
    for line in lines:
        if _FADE_LINE.match(line):
            if buffer:
                out.append(FountainElement("action", " ".join(buffer)))
                buffer = []
            out.append(FountainElement("transition", line))
        elif line:
            buffer.append(line)
    if buffer:
        out.append(FountainElement("action", " ".join(buffer)))
    return out


def _dialogue(dialog: Dialog) -> FountainElement:
    cue = str(dialog.character).strip()
    extensions = [e.strip() for e in _EXTENSION.findall(cue)]
    speaker = _EXTENSION.sub("", cue).strip().rstrip("^").strip()
    parts: list[DialoguePart] = []
    for is_parenthetical, line in dialog.blocks:
        text = str(line).strip()
        if not text:
            continue
        if is_parenthetical:
            parts.append(DialoguePart(text, parenthetical=True))
        elif parts and not parts[-1].parenthetical:
            parts[-1].text += " " + text  # a wrapped line of the same speech
        else:
            parts.append(DialoguePart(text))
    spoken = " ".join(p.text for p in parts if not p.parenthetical)
    return FountainElement("dialogue", spoken, speaker=speaker, extensions=extensions, parts=parts)
