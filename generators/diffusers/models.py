"""Finding model weights on this machine, and saying exactly what is missing.

Nothing is ever downloaded at run time. A model id resolves, in order, to:

1. ``tiny/<name>``: a tiny random-weight pipeline built in code (generators/diffusers/tiny.py);
2. an existing local folder given as the id itself;
3. a folder under a model directory (``model_dir`` argument or ``$DIRECTOR_MODEL_DIR``, several
   joined with ``os.pathsep``) named ``<org>/<name>``, ``<org>--<name>`` or ``<name>``;
4. the Hugging Face cache (``$HF_HOME``), looked up with ``local_files_only=True``.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from director.errors import RunError
from generators.diffusers.presets import ROLES, Preset, get_preset


@dataclass(frozen=True)
class ModelStatus:
    """Whether one model (or required package) of a preset is present, and how to get it."""

    preset: str
    role: str  # identity | keyframe | shot | package
    model_id: str
    present: bool
    path: str | None
    fix: str  # empty when present

    def row(self) -> dict[str, str]:
        row = asdict(self)
        row["present"] = "yes" if self.present else "MISSING"
        row["path"] = self.path or ""
        row["short_fix"] = short_fix(self) if not self.present else ""
        return row


def short_fix(status: "ModelStatus") -> str:
    """The fix in a table cell: the download command (the copy step is said once, below it)."""
    if status.role == "package":
        return status.fix
    return f"hf download {status.model_id}"


COPY_STEP = ("after `hf download` on a machine with internet, copy its HF_HOME cache here (set "
             "HF_HOME), or put each model folder at $DIRECTOR_MODEL_DIR/<org>/<name> (or pass "
             "--model-dir); nothing is downloaded at run time")


def model_dirs(model_dir: Path | str | None = None) -> list[Path]:
    dirs = [Path(model_dir).expanduser()] if model_dir else []
    env = os.environ.get("DIRECTOR_MODEL_DIR", "")
    dirs += [Path(p).expanduser() for p in env.split(os.pathsep) if p]
    return dirs


def _is_pipeline_folder(path: Path) -> bool:
    return (path / "model_index.json").is_file()


def resolve_model(model_id: str, model_dir: Path | str | None = None, build_tiny: bool = True) -> Path | None:
    """The local folder holding ``model_id``'s pipeline, or ``None`` when it is not here."""
    if model_id.startswith("tiny/"):
        from generators.diffusers.tiny import ensure_tiny_model, tiny_models_dir

        name = model_id.removeprefix("tiny/")
        return ensure_tiny_model(name) if build_tiny else tiny_models_dir()
    direct = Path(model_id).expanduser()
    if direct.is_absolute() or model_id.startswith("."):
        return direct if _is_pipeline_folder(direct) else None
    for base in model_dirs(model_dir):
        for candidate in (base / model_id, base / model_id.replace("/", "--"), base / model_id.split("/")[-1]):
            if _is_pipeline_folder(candidate):
                return candidate
    return _from_hf_cache(model_id)


def _from_hf_cache(model_id: str) -> Path | None:
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import LocalEntryNotFoundError
    except ImportError:
        return None
    try:
        folder = Path(snapshot_download(repo_id=model_id, local_files_only=True))
    except (LocalEntryNotFoundError, OSError, ValueError):
        return None
    return folder if _is_pipeline_folder(folder) else None


def how_to_get(model_id: str) -> str:
    """The one-line fix for a missing model."""
    return (
        f"on a machine with internet run `hf download {model_id}` (older huggingface_hub: "
        f"`huggingface-cli download {model_id}`) and copy its HF_HOME cache here (set HF_HOME), "
        f"or put the model folder at $DIRECTOR_MODEL_DIR/{model_id} (or pass --model-dir)"
    )


def check_models(preset: str | Preset | None, model_dir: Path | str | None = None) -> list[ModelStatus]:
    """One status per role's model (and per required package) of the preset. Never downloads,
    never builds: tiny models are reported as built in code."""
    p = preset if isinstance(preset, Preset) else get_preset(preset)
    rows: list[ModelStatus] = []
    for role in ROLES:
        model_id = p.model(role).model_id
        if model_id.startswith("tiny/"):
            rows.append(ModelStatus(p.name, role, model_id, True, "built in code on first use", ""))
            continue
        path = resolve_model(model_id, model_dir)
        rows.append(ModelStatus(
            p.name, role, model_id, path is not None, str(path) if path else None,
            "" if path else how_to_get(model_id),
        ))
    for package in p.requires_packages:
        found = importlib.util.find_spec(package) is not None
        rows.append(ModelStatus(
            p.name, "package", package, found, None,
            "" if found else f"pip install {_PIP_NAMES.get(package, package)}",
        ))
    return rows


_PIP_NAMES = {"cv2": "opencv-python-headless", "consisid_eva_clip": "consisid-eva-clip",
              "onnxruntime": "onnxruntime-gpu"}


def check_rows(name: str | None = None, model_dir: Path | str | None = None) -> list[dict[str, str]]:
    """Rows for ``director models check [NAME]``: every preset when ``name`` is None."""
    from generators.diffusers.presets import PRESETS

    names = [name] if name else list(PRESETS)
    return [status.row() for n in names for status in check_models(n, model_dir)]


def require_models(preset: Preset, model_dir: Path | str | None = None) -> None:
    """Raise RunError naming every missing model (once, with the roles that need it) or package,
    with the fix."""
    missing = [s for s in check_models(preset, model_dir) if not s.present]
    if not missing:
        return
    packages = [s for s in missing if s.role == "package"]
    roles: dict[str, list[str]] = {}
    for s in missing:
        if s.role != "package":
            roles.setdefault(s.model_id, []).append(s.role)
    parts = []
    if roles:
        named = ", ".join(f"'{m}' ({', '.join(r)})" for m, r in roles.items())
        downloads = " and ".join(f"`hf download {m}`" for m in roles)
        parts.append(f"model(s) not found locally: {named}; on a machine with internet run {downloads} "
                     f"(older huggingface_hub: `huggingface-cli download ...`), then {COPY_STEP.split(', ', 1)[1]}")
    parts += [f"package '{s.model_id}' not installed; {s.fix}" for s in packages]
    raise RunError(f"preset '{preset.name}': " + " | ".join(parts))
