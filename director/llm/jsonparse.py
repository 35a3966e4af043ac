"""Find the JSON object in a model's answer.

Many servers ignore the requested format and wrap the object in prose or ``` fences. We do not
scrape with regexes: we let the JSON decoder try each '{' in turn and keep the first complete
object (the largest when several parse), so nested braces and strings are handled correctly.
"""

from __future__ import annotations

import json


def extract_json_object(text: str) -> dict:
    """Return the first complete JSON object in ``text``; raise ValueError when there is none."""
    stripped = text.strip()
    if not stripped:
        raise ValueError("the answer was empty")
    try:
        value = json.loads(stripped)
        if isinstance(value, dict):
            return value
    except json.JSONDecodeError:
        pass
    decoder = json.JSONDecoder()
    best: dict | None = None
    best_len = 0
    start = stripped.find("{")
    while start != -1:
        try:
            value, end = decoder.raw_decode(stripped, start)
        except json.JSONDecodeError:
            start = stripped.find("{", start + 1)
            continue
        if isinstance(value, dict) and end - start > best_len:
            best, best_len = value, end - start
        # Skip past this object: an inner '{' cannot start a larger one.
        start = stripped.find("{", end)
    if best is None:
        raise ValueError("the answer contains no JSON object")
    return best
