"""Run folders: where each studio session keeps its plan, uploads and renders.

Every session gets its own folder under the studio root, so two people never share a plan, a
store or a film. Anything a user uploads is re-encoded into that folder; a plan may only point at
reference images inside it.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

from director.errors import InputError
from director.plan import FilmPlan

STUDIO_DIR_ENV = "DIRECTOR_STUDIO_DIR"
MAX_PHOTO_BYTES = 20 * 1024 * 1024
MAX_PHOTO_SIDE = 4096
MAX_PLAN_BYTES = 2 * 1024 * 1024
# The largest upload the web server accepts at all (story files, photos, plan.json).
MAX_UPLOAD = "25mb"


def studio_root(root: str | Path | None = None) -> Path:
    """The folder holding every run: `root`, else $DIRECTOR_STUDIO_DIR, else ./studio-runs."""
    path = Path(root or os.environ.get(STUDIO_DIR_ENV) or "studio-runs").expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def new_run_dir(root: Path, prefix: str = "run") -> Path:
    """A fresh, uniquely named run folder under `root`."""
    name = f"{prefix}-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
    path = root / name
    path.mkdir(parents=True)
    return path


def session_run_dir(root: Path, current: str | None) -> Path:
    """The session's run folder: the one it already has (if it is still under root), else a new one."""
    if current:
        path = Path(current).resolve()
        if path.is_dir() and path.is_relative_to(root):
            return path
    return new_run_dir(root)


def check_references_confined(plan: FilmPlan, run_dir: Path) -> None:
    """Refuse a plan whose reference images lie outside the run folder (or are missing).

    A plan is user data: without this check an uploaded plan.json could make the server read any
    file it can see.
    """
    for index, entity in enumerate(plan.entities):
        if not entity.reference_image:
            continue
        path = Path(entity.reference_image)
        path = (path if path.is_absolute() else run_dir / path).resolve()
        if not path.is_relative_to(run_dir.resolve()) or not path.is_file():
            raise InputError(
                f"entities[{index}].reference_image: '{entity.reference_image}' is not a photo "
                "uploaded in this studio run (upload it in the entity bible)"
            )


def save_reference_photo(upload: str | Path, run_dir: Path, entity_id: str) -> Path:
    """Re-encode an uploaded photo as PNG inside the run folder and return its path.

    Re-encoding (rather than copying) means only decoded pixels reach the run folder.
    """
    from PIL import Image, UnidentifiedImageError

    upload = Path(upload)
    if upload.stat().st_size > MAX_PHOTO_BYTES:
        raise InputError(f"reference photo is over {MAX_PHOTO_BYTES // (1024 * 1024)} MB")
    try:
        with Image.open(upload) as image:
            if max(image.size) > MAX_PHOTO_SIDE * 4:
                raise InputError(f"reference photo is too large ({image.size[0]}x{image.size[1]})")
            image = image.convert("RGB")
            image.thumbnail((MAX_PHOTO_SIDE, MAX_PHOTO_SIDE))
            dest_dir = run_dir / "uploads"
            dest_dir.mkdir(parents=True, exist_ok=True)
            dest = dest_dir / f"{entity_id}.png"
            image.save(dest, format="PNG")
    except (UnidentifiedImageError, OSError) as err:
        raise InputError(f"reference photo is not an image I can read ({err})") from None
    return dest
