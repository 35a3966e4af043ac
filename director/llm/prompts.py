"""Prompt files: ``prompts/<name>.txt``, loaded by name and filled with ``$placeholders``.

``string.Template`` substitution, not ``str.format``: braces in JSON schemas and in the story
are left alone, and a ``$word`` inside substituted values is never expanded again, so story text
cannot reach the template machinery.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from string import Template

from pydantic import BaseModel

STORY_OPEN = "<story>"
STORY_CLOSE = "</story>"
_STORY_TAG = re.compile(r"<\s*(/?)\s*story\s*>", re.IGNORECASE)


@lru_cache(maxsize=None)
def load_prompt(name: str) -> str:
    """The text of ``prompts/<name>.txt``; KeyError names the missing file."""
    path = resources.files("prompts").joinpath(f"{name}.txt")
    if not path.is_file():
        raise KeyError(f"prompt file prompts/{name}.txt not found")
    return path.read_text(encoding="utf-8")


def render_prompt(name: str, **values: str) -> str:
    """Fill ``prompts/<name>.txt``; every placeholder must be given (a typo fails loudly)."""
    return Template(load_prompt(name)).substitute(values)


def schema_text(model: type[BaseModel]) -> str:
    """The model's JSON schema, compact, for injection into a prompt (without pydantic's
    generated titles, which only repeat the field names and cost a small model context)."""
    return json.dumps(_untitled(model.model_json_schema()), ensure_ascii=False,
                      separators=(",", ":"))


def _untitled(node: object, in_properties: bool = False) -> object:
    if isinstance(node, list):
        return [_untitled(item) for item in node]
    if not isinstance(node, dict):
        return node
    if in_properties:  # keys here are field names (a field may be called "title")
        return {key: _untitled(value) for key, value in node.items()}
    return {key: _untitled(value, key in ("properties", "$defs"))
            for key, value in node.items() if key != "title"}


def story_block(text: str) -> str:
    """The story as delimited data. A closing tag inside the story is neutralised so the
    story cannot end its own block early and speak outside it."""
    safe = _STORY_TAG.sub(lambda m: f"[{m.group(1)}story]", text)
    return f"{STORY_OPEN}\n{safe}\n{STORY_CLOSE}"
