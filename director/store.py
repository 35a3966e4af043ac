"""Content-addressed artifact store inside the output folder.

Every identity reference, keyframe and shot clip is stored under a key derived from exactly the
inputs that determine it (see :mod:`director.render.keys`). An artifact is written to a temp name,
hashed, renamed into place, and described by a small sidecar JSON (size, sha256, the key's
inputs). Reads verify size and hash; a corrupt or half-written entry is deleted and re-made.

Layout: ``OUT/store/<role>/<key>.<ext>`` plus ``<key>.<ext>.json``.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TypeVar

R = TypeVar("R")


def content_key(fields: dict[str, Any]) -> str:
    """A stable key for a JSON-able dict: sha256 of its canonical JSON, 24 hex chars."""
    blob = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:24]


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def atomic_write_text(path: Path, text: str) -> None:
    """Write text to a temp file beside `path`, fsync, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


@dataclass(frozen=True)
class StoredArtifact:
    path: Path
    key: str
    cached: bool  # True when it was already in the store and verified
    seconds: float  # time spent making it (0 when cached)
    meta: dict[str, Any]


class ArtifactStore:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.corrupt_removed: list[str] = []  # keys found corrupt this session (reported in the manifest)
        self._lock = threading.Lock()

    def path_for(self, role: str, key: str, ext: str) -> Path:
        return self.root / role / f"{key}.{ext}"

    def _sidecar(self, path: Path) -> Path:
        return path.with_name(path.name + ".json")

    def lookup(self, role: str, key: str, ext: str) -> StoredArtifact | None:
        """Return the stored artifact if present and intact; delete it if it is corrupt."""
        path = self.path_for(role, key, ext)
        sidecar = self._sidecar(path)
        if not path.exists() or not sidecar.exists():
            return None
        try:
            info = json.loads(sidecar.read_text(encoding="utf-8"))
            intact = path.stat().st_size == info["size"] and file_sha256(path) == info["sha256"]
        except (OSError, ValueError, KeyError):
            intact = False
        if not intact:
            with self._lock:
                self.corrupt_removed.append(f"{role}/{key}")
            path.unlink(missing_ok=True)
            sidecar.unlink(missing_ok=True)
            return None
        return StoredArtifact(path, key, True, 0.0, info.get("meta", {}))

    def get_or_make(
        self, role: str, key: str, ext: str, inputs: dict[str, Any],
        make: Callable[[Path], dict[str, Any] | None],
    ) -> StoredArtifact:
        """Return the verified artifact for `key`, calling ``make(tmp_path)`` only when needed.

        ``make`` writes the artifact to the temp path it is given and may return a small JSON-able
        dict of metadata (frames, latent_discontinuity, ...), stored in the sidecar.
        """
        found = self.lookup(role, key, ext)
        if found is not None:
            return found
        path = self.path_for(role, key, ext)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{key}.{os.getpid()}.{threading.get_ident()}.tmp.{ext}")
        start = time.perf_counter()
        try:
            meta = make(tmp) or {}
            if not tmp.exists() or tmp.stat().st_size == 0:
                raise RuntimeError(f"generator wrote no {role} artifact")
            info = {
                "role": role, "key": key, "size": tmp.stat().st_size, "sha256": file_sha256(tmp),
                "inputs": inputs, "meta": meta, "created": time.time(),
            }
            os.replace(tmp, path)
            atomic_write_text(self._sidecar(path), json.dumps(info, ensure_ascii=False, indent=1))
        finally:
            tmp.unlink(missing_ok=True)
        return StoredArtifact(path, key, False, time.perf_counter() - start, meta)
