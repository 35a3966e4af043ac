"""Word tables and small readers for stories in languages other than English and Chinese.

Each module holds one concern (``people``: who is in a story and who speaks; ``world``: places,
time, weather, props and camera cues); the heuristic planner dispatches to them by the story's
language, guessed by ``director.ingest``. The script stage reads one story at a time:
``reading(language)`` says, for the length of that reading, which language its sentences are in,
so each reader asks ``current()`` instead of guessing from a few words of one sentence.
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from typing import Iterator

# Latin-script languages the heuristic planner reads with these tables.
READ = ("es", "fr", "de", "it", "pt")


def reads(language: str | None) -> bool:
    """True when the offline planner has word tables for this language."""
    return (language or "").lower()[:2] in READ


_LANGUAGE: ContextVar[str] = ContextVar("story_language", default="en")


def current() -> str:
    """The language of the story being read ("en" outside a reading)."""
    return _LANGUAGE.get()


@contextlib.contextmanager
def reading(language: str) -> Iterator[None]:
    """Read a story in ``language`` for the duration of the block."""
    token = _LANGUAGE.set(language or "en")
    try:
        yield
    finally:
        _LANGUAGE.reset(token)
