"""Append-only transcript of every LLM request and answer: OUT/llm_log.jsonl.

One JSON object per line with the stage, the ladder rung, the messages sent, the answer, token
usage and timings. Secrets never reach the file: the API key is not recorded, and any text that
looks like an Authorization header or carries the configured key is redacted before writing.
"""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path
from typing import Any

_BEARER = re.compile(r"(?i)(authorization\"?\s*[:=]\s*\"?)(bearer\s+)?[^\s\",]+")
_SK_KEY = re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}")
REDACTED = "[redacted]"


class Transcript:
    """Writes records to ``path`` (or keeps them in memory only when ``path`` is None)."""

    def __init__(self, path: Path | None, secrets: tuple[str, ...] = ()) -> None:
        self.path = Path(path) if path is not None else None
        self._secrets = tuple(s for s in secrets if s and len(s) >= 4 and s != "EMPTY")
        self._lock = threading.Lock()
        self.records: list[dict[str, Any]] = []
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)

    def redact(self, text: str) -> str:
        """Remove the configured secrets and anything shaped like a bearer token or sk- key."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        text = _BEARER.sub(lambda m: m.group(1) + REDACTED, text)
        return _SK_KEY.sub(REDACTED, text)

    def append(self, record: dict[str, Any]) -> None:
        """Add one record (a JSON-serialisable dict); a timestamp is added."""
        record = {"ts": round(time.time(), 3), **record}
        line = self.redact(json.dumps(record, ensure_ascii=False, default=str))
        with self._lock:
            self.records.append(json.loads(line))
            if self.path is not None:
                with self.path.open("a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
