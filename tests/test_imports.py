"""Any public module can be imported first, in a fresh interpreter (no import cycles)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("statement", [
    "import generators.base",
    "import generators.previz.render",
    "import generators.registry",
    "import director.plan",
    "from director import plan_film, render_film, FilmPlan",
    "import director.cli",
])
def test_module_imports_first(statement):
    proc = subprocess.run([sys.executable, "-c", statement], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-800:]


def test_unknown_attribute_is_an_attribute_error():
    import director

    with pytest.raises(AttributeError):
        director.no_such_thing  # noqa: B018
