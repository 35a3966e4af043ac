import os
import sys
from pathlib import Path

import pytest

# Tests never reach a model hub, an analytics endpoint, or a stale Ray cluster.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("RAY_AUTH_MODE", "disabled")
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
for key in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "DIRECTOR_LLM_BASE_URL"):
    os.environ.pop(key, None)

TESTS = Path(__file__).parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))


@pytest.fixture
def solid():
    """The flat-colour test backend, registered through the public registry hook."""
    import solid_backend

    solid_backend.CALLS.clear()
    return solid_backend
