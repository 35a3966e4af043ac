"""A scripted OpenAI-compatible server on 127.0.0.1 for the LLM planner's tests.

FastAPI + uvicorn in a daemon thread on a free port. It speaks ``POST /v1/chat/completions``
and ``GET /v1/models``, answers from fixtures keyed on the planning stage (the
``response_format.json_schema.name`` when a schema is sent, else the ``Stage: <name>`` marker
at the top of the first user message), and records every request for assertions.

Behaviours (``mode``):

- ``strict``: takes every response_format and answers the fixture JSON exactly.
- ``no_schema``: refuses ``json_schema`` with HTTP 400 (as older llama.cpp builds do); answers
  JSON mode and plain prompts with the fixture wrapped in prose and ``` fences.
- ``fenced``: takes every format but ignores it: prose around a fenced JSON block.
- ``invalid_then_fix``: the first answer of each stage breaks the schema; the answer to the
  validation-repair message is the fixture.
- ``prose``: always prose, never JSON.
- ``http500``: HTTP 500 for every completion.
- ``slow``: sleeps ``delay_s`` before answering (for client timeouts).
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

FIXTURES = Path(__file__).parent / "fixtures" / "llm"
SCHEMA_TO_STAGE = {
    "ScriptAnswer": "script", "EntitiesAnswer": "entities", "ShotsAnswer": "shots",
    "CriticAnswer": "critic", "RepairAnswer": "repair",
}
_STAGE_MARK = re.compile(r"^Stage: (\w+)", re.MULTILINE)
_SCENE_MARK = re.compile(r"^Scene id: (\S+)", re.MULTILINE)
REPAIR_MARK = "did not validate against the JSON schema"


def free_port() -> int:
    """A port nothing listens on right now (also used for 'connection refused' tests)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load_fixtures(name: str) -> dict[str, Any]:
    """Answers for one scripted model: tests/fixtures/llm/<name>/<stage>.json."""
    folder = FIXTURES / name
    return {path.stem: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(folder.glob("*.json"))}


class FakeOpenAIServer:
    """Start with ``with FakeOpenAIServer(...) as server:``; ``server.base_url`` ends in /v1."""

    def __init__(self, fixtures: dict[str, Any] | None = None, mode: str = "strict",
                 delay_s: float = 0.0, model: str = "fake-director-1",
                 owned_by: str = "fake") -> None:
        self.fixtures = fixtures or {}
        self.mode = mode
        self.delay_s = delay_s
        self.model = model
        self.owned_by = owned_by  # GET /models names the server kind here (vLLM: "vllm")
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        # How many times each stage (or stage+scene) has been answered, for sequences.
        self._answered: dict[str, int] = {}
        self._lock = threading.Lock()

    # ---- lifecycle ----------------------------------------------------------------------
    def __enter__(self) -> "FakeOpenAIServer":
        app = self._app()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("fake OpenAI server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None and self._thread is not None
        self._server.should_exit = True
        self._thread.join(timeout=5)

    # ---- what tests read ----------------------------------------------------------------
    def stages(self) -> list[str]:
        """The stage of each request, in order."""
        return [self.stage_of(body) for body in self.requests]

    def rungs(self) -> list[str]:
        """The ladder rung of each request: json_schema, json_object_schema (JSON mode with a
        schema, or vLLM's guided_json), json_object or prompt."""
        out = []
        for body in self.requests:
            fmt = body.get("response_format")
            if "guided_json" in body or (isinstance(fmt, dict) and "schema" in fmt
                                         and fmt.get("type") == "json_object"):
                out.append("json_object_schema")
            else:
                out.append(fmt["type"] if isinstance(fmt, dict) else "prompt")
        return out

    @staticmethod
    def stage_of(body: dict[str, Any]) -> str:
        fmt = body.get("response_format")
        if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
            name = fmt.get("json_schema", {}).get("name", "")
            if name in SCHEMA_TO_STAGE:
                return SCHEMA_TO_STAGE[name]
        users = [m.get("content", "") for m in body.get("messages", []) if m.get("role") == "user"]
        match = _STAGE_MARK.search(users[0]) if users else None
        return match.group(1) if match else "unknown"

    # ---- answering ----------------------------------------------------------------------
    def _fixture_for(self, body: dict[str, Any], stage: str) -> Any:
        answer = self.fixtures.get(stage)
        if stage == "shots" and isinstance(answer, dict) and "shots" not in answer:
            first_user = next(m["content"] for m in body["messages"] if m["role"] == "user")
            scene = _SCENE_MARK.search(first_user)
            answer = answer.get(scene.group(1) if scene else "", {"shots": []})
        if isinstance(answer, list):  # a sequence: one answer per request of this stage
            with self._lock:
                n = self._answered.get(stage, 0)
                self._answered[stage] = n + 1
            answer = answer[min(n, len(answer) - 1)]
        if answer is None:
            answer = {"issues": []} if stage == "critic" else {}
        return answer

    def _content(self, body: dict[str, Any]) -> tuple[int, str]:
        stage = self.stage_of(body)
        fmt = body.get("response_format")
        fmt_type = fmt.get("type") if isinstance(fmt, dict) else "prompt"
        last_user = [m for m in body["messages"] if m["role"] == "user"][-1]["content"]
        is_repair = REPAIR_MARK in last_user
        if self.mode == "http500":
            return 500, "internal error"
        if self.mode == "no_schema" and fmt_type == "json_schema":
            return 400, 'response_format type must be one of "text" or "json_object"'
        if self.mode == "prose":
            return 200, "What a lovely story! I would film it with warm light and gentle music."
        answer = json.dumps(self._fixture_for(body, stage), ensure_ascii=False)
        if self.mode == "invalid_then_fix" and not is_repair:
            return 200, json.dumps(_break(json.loads(answer)))
        if self.mode in ("fenced", "no_schema"):
            return 200, f"Sure! Here is the {stage} as JSON:\n```json\n{answer}\n```\nEnjoy."
        return 200, answer

    def _app(self) -> FastAPI:
        app = FastAPI()

        @app.get("/v1/models")
        async def models() -> dict[str, Any]:
            return {"object": "list",
                    "data": [{"id": self.model, "object": "model", "owned_by": self.owned_by}]}

        @app.post("/v1/chat/completions")
        async def completions(request: Request) -> JSONResponse:
            body = await request.json()
            with self._lock:
                self.requests.append(body)
                self.headers.append(dict(request.headers))
            if self.delay_s:
                await asyncio.sleep(self.delay_s)  # a server that is too slow to answer
            status, content = self._content(body)
            if status != 200:
                return JSONResponse({"error": {"message": content, "type": "server_error"}},
                                    status_code=status)
            return JSONResponse({
                "id": f"chatcmpl-{len(self.requests)}", "object": "chat.completion",
                "created": int(time.time()), "model": body.get("model", self.model),
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
            })

        return app


def _break(answer: Any) -> Any:
    """The same answer with schema violations a small model makes: a box outside the frame,
    a duration of zero, a camera direction that does not fit the move."""
    text = json.dumps(answer)
    data = json.loads(text)
    if isinstance(data, dict):
        if "scenes" in data and data["scenes"] and data["scenes"][0].get("shots"):
            data["scenes"][0]["shots"][0]["duration_s"] = 0
        if "shots" in data and data["shots"]:
            shot = data["shots"][0]
            if shot.get("layout"):
                shot["layout"][0]["start"] = [0.2, 0.2, 1.7, 0.9]
            if "camera" in shot:
                shot["camera"] = {**shot["camera"], "move": "pan", "direction": "up"}
        if "entities" in data and data["entities"]:
            data["entities"][0]["kind"] = "hero"
        if "issues" in data:
            data["issues"] = "none"
    return data
