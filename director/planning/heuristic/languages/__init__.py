"""Word tables and small readers for stories in languages other than English and Chinese.

Each module holds one concern (``people``: who is in a story and who speaks); the heuristic
planner dispatches to them by the story's language, guessed by ``director.ingest``.
"""

from __future__ import annotations

# Latin-script languages the heuristic planner reads with these tables.
READ = ("es", "fr", "de", "it", "pt")


def reads(language: str | None) -> bool:
    """True when the offline planner has word tables for this language."""
    return (language or "").lower()[:2] in READ
