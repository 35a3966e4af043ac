"""Structured output from any OpenAI-compatible server, down a ladder of request formats.

Rungs, strongest first:

1. ``json_schema``: ``client.chat.completions.parse(response_format=Model)`` sends the strict
   JSON schema the OpenAI way; OpenAI, vLLM, Ollama, LM Studio and llama-server enforce it.
2. ``json_object_schema``: JSON mode with the schema inside it,
   ``response_format={"type": "json_object", "schema": {...}}``, which llama.cpp servers
   (llama-cpp-python's included) turn into a decoding grammar; vLLM's older form is the
   ``guided_json`` field. Where the fields differ by server is in director.llm.dialects.
3. ``json_object``: JSON mode, ``response_format={"type": "json_object"}``.
4. ``prompt``: no response_format at all.

The output schema is always in the prompt too (the prompt files inject it), so every rung gives
the model the same instructions. Every answer is validated with pydantic whatever the rung, since
servers that accept a schema do not always enforce it. An answer that fails validation is sent
back with the errors for a bounded number of repairs. A server that *rejects* a format (HTTP 400,
404, 422, 500 ... on a response_format) sends us one rung down, and the rung that worked is
remembered per server+model, in process and in ``llm_capabilities.json`` in the output folder,
so the next request goes straight to it.

Requests are bounded three ways: each waits at most ``timeout_s`` (never retried after a timeout;
only connection failures and "busy" statuses are resent, ``max_retries`` times); one call sends at most
(rungs refused) + 1 + ``repair_attempts`` requests; one caller (one plan) sends at most
``max_requests`` in all, then stops with a one-line error.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import openai
from pydantic import BaseModel, ValidationError

from director.llm.dialects import dialect_from_models, schema_request
from director.llm.errors import LLMUnavailable, StructuredOutputError
from director.llm.jsonparse import extract_json_object
from director.llm.prompts import render_prompt, schema_text
from director.llm.transcript import Transcript
from director.settings import LLMSettings
from director.store import atomic_write_text

RUNGS = ("json_schema", "json_object_schema", "json_object", "prompt")
# HTTP statuses that mean "this server does not take that response_format": try a lower rung.
_FORMAT_REFUSED = {400, 404, 415, 422, 500, 501}
# Rungs on which the server itself enforces the schema: the prompt need not carry it.
SCHEMA_ENFORCED = ("json_schema", "json_object_schema")
SCHEMA_SENT_NOTE = "(the server enforces the JSON schema of your answer)"
# HTTP statuses that mean "busy or still loading, ask again": the only ones we resend.
_BUSY = {429, 502, 503, 504}
ModelT = TypeVar("ModelT", bound=BaseModel)

CAPABILITIES_FILE = "llm_capabilities.json"


class RungCache:
    """Which rung works for each server (base_url + model): in process, optionally on disk."""

    _shared: dict[str, str] = {}
    _shared_lock = threading.Lock()

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        if self.path is not None and self.path.is_file():
            try:
                stored = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                stored = {}
            with self._shared_lock:
                for key, entry in stored.items():
                    if isinstance(entry, dict) and entry.get("rung") in RUNGS:
                        self._shared.setdefault(key, entry["rung"])

    def get(self, server: str) -> str | None:
        """The rung that last worked for ``server``, or None when unknown."""
        with self._shared_lock:
            return self._shared.get(server)

    def remember(self, server: str, rung: str) -> None:
        """Record that ``rung`` works for ``server`` (and persist it when a path is set)."""
        with self._shared_lock:
            self._shared[server] = rung
            if self.path is not None:
                # Written under the lock and atomically: planner stages may remember from several
                # threads, the last write must hold every rung, and no reader sees half a file.
                data = {key: {"rung": value} for key, value in sorted(self._shared.items())}
                atomic_write_text(self.path, json.dumps(data, indent=2) + "\n")

    @classmethod
    def forget_all(cls) -> None:
        """Clear the in-process cache (tests start each server from scratch)."""
        with cls._shared_lock:
            cls._shared.clear()


@dataclass
class CallResult(Generic[ModelT]):
    """A validated answer and how it was obtained."""

    value: ModelT
    rung: str
    requests: int
    repairs: int
    usage: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


class _FormatRefused(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def make_client(settings: LLMSettings) -> openai.OpenAI:
    """An openai client whose timeout bounds every request; it never retries by itself
    (StructuredCaller resends connection failures, never timeouts or format refusals)."""
    return openai.OpenAI(
        base_url=settings.base_url,
        api_key=settings.api_key.get_secret_value() or "EMPTY",
        timeout=settings.timeout_s,
        max_retries=0,
    )


class StructuredCaller:
    """Ask a server for one pydantic model per call, down the rung ladder, with repairs."""

    def __init__(
        self,
        settings: LLMSettings,
        transcript: Transcript | None = None,
        cache: RungCache | None = None,
        client: openai.OpenAI | None = None,
    ) -> None:
        self.settings = settings
        self.client = client or make_client(settings)
        self.transcript = transcript or Transcript(
            None, secrets=(settings.api_key.get_secret_value(),)
        )
        self.cache = cache or RungCache()
        self.server = settings.server_key()
        self.total_requests = 0
        self._dialect = settings.dialect if settings.dialect != "auto" else ""

    # ---- public -------------------------------------------------------------------------
    def first_rung(self) -> str:
        """Where the ladder starts for this server: the setting, else the remembered rung."""
        if self.settings.structured_mode != "auto":
            return self.settings.structured_mode
        return self.cache.get(self.server) or RUNGS[0]

    def call(self, stage: str, messages: list[dict[str, str]], schema: type[ModelT]) -> CallResult[ModelT]:
        """Return ``schema`` validated from the server's answer to ``messages``.

        Raises LLMUnavailable when the server cannot be reached or refuses every format, and
        StructuredOutputError when no answer validates within ``repair_attempts`` repairs.
        """
        started = time.monotonic()
        rung = self.first_rung()
        fixed_mode = self.settings.structured_mode != "auto"
        requests = 0
        usage: dict[str, int] = {}
        refusals: list[str] = []
        while True:
            try:
                value, sent, repairs = self._call_on_rung(stage, messages, schema, rung, usage)
            except _FormatRefused as refused:
                refusals.append(f"{rung}: HTTP {refused.status}")
                requests += 1
                lower = RUNGS.index(rung) + 1
                if fixed_mode or lower >= len(RUNGS):
                    raise LLMUnavailable(
                        f"LLM server {self.settings.base_url} refused every request format "
                        f"for stage '{stage}' ({'; '.join(refusals)}): {refused.detail[:200]}"
                    ) from None
                rung = RUNGS[lower]
                continue
            except _Exhausted as exhausted:
                raise StructuredOutputError(
                    f"LLM server {self.settings.base_url} (model {self.settings.model}) gave no "
                    f"valid answer for stage '{stage}' after {exhausted.sent} request(s) on rung "
                    f"'{rung}': {exhausted.last_error[:300]}"
                ) from None
            requests += sent
            self.cache.remember(self.server, rung)
            return CallResult(
                value=value,
                rung=rung,
                requests=requests,
                repairs=repairs,
                usage=usage,
                seconds=round(time.monotonic() - started, 3),
            )

    # ---- one rung -----------------------------------------------------------------------
    def _call_on_rung(
        self,
        stage: str,
        messages: list[dict[str, str]],
        schema: type[ModelT],
        rung: str,
        usage: dict[str, int],
    ) -> tuple[ModelT, int, int]:
        conversation = list(messages)
        last_error = ""
        for attempt in range(self.settings.repair_attempts + 1):
            content, cut_off = self._send(stage, conversation, schema, rung, attempt, usage)
            try:
                if cut_off:
                    # Parsing a cut-off answer finds some inner object and reports misleading
                    # errors; the model needs to hear that it wrote too much.
                    raise ValueError(
                        f"the answer was cut off at {self.settings.max_tokens} tokens: answer "
                        "again, shorter (fewer items, one short sentence per text field)"
                    )
                value = schema.model_validate(extract_json_object(content))
            except (ValueError, ValidationError) as err:
                last_error = _describe_invalid(err)
                self._log_verdict(stage, rung, attempt, "invalid", last_error)
                conversation = [
                    *conversation,
                    {"role": "assistant", "content": content},
                    {"role": "user", "content": _repair_request(last_error)},
                ]
                continue
            self._log_verdict(stage, rung, attempt, "ok", "")
            return value, attempt + 1, attempt
        raise _Exhausted(self.settings.repair_attempts + 1, last_error)

    def _send(
        self,
        stage: str,
        conversation: list[dict[str, str]],
        schema: type[BaseModel],
        rung: str,
        attempt: int,
        usage: dict[str, int],
    ) -> tuple[str, bool]:
        """The answer's text, and whether it was cut off at max_tokens."""
        if rung in SCHEMA_ENFORCED:
            conversation = _without_schema_text(conversation, schema)
        kwargs: dict[str, Any] = {
            "model": self.settings.model,
            "messages": conversation,
            "temperature": self.settings.temperature,
            "max_tokens": self.settings.max_tokens,
        }
        if self.settings.seed is not None:
            kwargs["seed"] = self.settings.seed
        record: dict[str, Any] = {
            "kind": "request",
            "stage": stage,
            "rung": rung,
            "attempt": attempt,
            "server": self.settings.base_url,
            "model": self.settings.model,
            "schema": schema.__name__,
            "messages": conversation,
        }
        if rung == "json_object_schema":
            record["dialect"] = self.dialect()
        started = time.monotonic()
        try:
            body = self._post_with_retries(stage, rung, schema, kwargs)
        except openai.APITimeoutError:
            self._log_failure(record, started, "timeout", f"no answer within {self.settings.timeout_s}s")
            raise LLMUnavailable(
                f"LLM server {self.settings.base_url} did not answer within "
                f"{self.settings.timeout_s:g}s (stage '{stage}'); raise DIRECTOR_LLM_TIMEOUT_S "
                "or check the server"
            ) from None
        except openai.APIConnectionError as err:
            self._log_failure(record, started, "unreachable", str(err))
            raise LLMUnavailable(
                f"cannot reach LLM server at {self.settings.base_url} (stage '{stage}'): "
                f"{err.__cause__ or err}; check OPENAI_BASE_URL"
            ) from None
        except openai.APIStatusError as err:
            detail = _status_detail(err)
            self._log_failure(record, started, f"http_{err.status_code}", detail)
            if err.status_code in (401, 403):
                raise LLMUnavailable(
                    f"LLM server {self.settings.base_url} rejected the API key "
                    f"(HTTP {err.status_code}); check OPENAI_API_KEY"
                ) from None
            if err.status_code in _FORMAT_REFUSED:
                raise _FormatRefused(err.status_code, detail) from None
            raise LLMUnavailable(
                f"LLM server {self.settings.base_url} answered HTTP {err.status_code} "
                f"(stage '{stage}'): {detail[:200]}"
            ) from None
        except ValueError as err:  # a 200 whose body is not JSON
            self._log_failure(record, started, "bad_body", str(err))
            raise LLMUnavailable(
                f"LLM server {self.settings.base_url} sent a response that is not JSON"
            ) from None

        content, finish, call_usage = _read_choice(body)
        for key, value in call_usage.items():
            usage[key] = usage.get(key, 0) + value
        record.update(
            {
                "response": {"content": content, "finish_reason": finish},
                "usage": call_usage,
                "seconds": round(time.monotonic() - started, 3),
                "outcome": "answered",
            }
        )
        self.transcript.append(record)
        return content, finish == "length"

    def _post_with_retries(
        self, stage: str, rung: str, schema: type[BaseModel], kwargs: dict[str, Any]
    ) -> dict:
        """One chat completion, sent again (at most ``max_retries`` times, with a short
        backoff) only when the connection failed or the server said it is busy. A timeout is
        never retried: ``timeout_s`` bounds the whole request. Every send counts against
        ``max_requests``."""
        for retry in range(self.settings.max_retries + 1):
            if self.total_requests >= self.settings.max_requests:
                raise StructuredOutputError(
                    f"LLM planner used all {self.settings.max_requests} requests it may send "
                    f"(stage '{stage}') without a usable answer from {self.settings.base_url}; "
                    "raise DIRECTOR_LLM_MAX_REQUESTS or use a stronger model"
                )
            self.total_requests += 1
            try:
                if rung == "json_schema":
                    raw = self.client.chat.completions.with_raw_response.parse(
                        response_format=schema, **kwargs
                    )
                else:
                    dialect = self.dialect() if rung == "json_object_schema" else "generic"
                    shape = schema_request(rung, dialect, schema.__name__, schema.model_json_schema())
                    raw = self.client.chat.completions.with_raw_response.create(**shape, **kwargs)
                return raw.http_response.json()
            except openai.APITimeoutError:
                raise
            except (openai.APIConnectionError, openai.APIStatusError) as err:
                busy = isinstance(err, openai.APIStatusError) and err.status_code in _BUSY
                connection = isinstance(err, openai.APIConnectionError)
                if retry >= self.settings.max_retries or not (busy or connection):
                    raise
                time.sleep(min(4.0, 0.5 * 2**retry))
        raise AssertionError("unreachable")

    def dialect(self) -> str:
        """The server's schema dialect: the setting, or (auto) what ``GET /models`` says.

        Asked once per caller, only when a rung needs it; a server that does not answer the
        probe is "generic" (the completion request that follows reports real failures).
        """
        if not self._dialect:
            started = time.monotonic()
            try:
                body = self.client.models.with_raw_response.list().http_response.json()
            except (openai.OpenAIError, ValueError) as err:
                body, error = None, str(err)[:200]
            else:
                error = ""
            self._dialect = dialect_from_models(body)
            self.transcript.append({"kind": "probe", "server": self.settings.base_url,
                                    "dialect": self._dialect, "error": error,
                                    "seconds": round(time.monotonic() - started, 3)})
        return self._dialect

    # ---- transcript helpers -------------------------------------------------------------
    def _log_failure(self, record: dict[str, Any], started: float, outcome: str, error: str) -> None:
        record.update(
            {"seconds": round(time.monotonic() - started, 3), "outcome": outcome, "error": error[:500]}
        )
        self.transcript.append(record)

    def _log_verdict(self, stage: str, rung: str, attempt: int, verdict: str, errors: str) -> None:
        self.transcript.append(
            {"kind": "validation", "stage": stage, "rung": rung, "attempt": attempt,
             "verdict": verdict, "errors": errors[:2000]}
        )


class _Exhausted(Exception):
    def __init__(self, sent: int, last_error: str) -> None:
        super().__init__(last_error)
        self.sent = sent
        self.last_error = last_error


def _without_schema_text(conversation: list[dict[str, str]], schema: type[BaseModel]) -> list[dict[str, str]]:
    """The conversation with the schema's text (as the prompt files inject it) replaced by a
    short note: the server already constrains the answer to it, and a small model with a small
    context does better without a page of JSON schema to copy from."""
    text = schema_text(schema)
    return [{**m, "content": m["content"].replace(text, SCHEMA_SENT_NOTE)}
            if isinstance(m.get("content"), str) else m for m in conversation]


def _read_choice(body: dict) -> tuple[str, str, dict[str, int]]:
    choices = body.get("choices") or [{}]
    message = choices[0].get("message") or {}
    content = message.get("content") or message.get("refusal") or ""
    finish = choices[0].get("finish_reason") or ""
    raw_usage = body.get("usage") or {}
    usage = {k: int(raw_usage[k]) for k in ("prompt_tokens", "completion_tokens", "total_tokens")
             if isinstance(raw_usage.get(k), int)}
    return str(content), str(finish), usage


def _status_detail(err: openai.APIStatusError) -> str:
    try:
        return json.dumps(err.response.json())[:500]
    except (ValueError, AttributeError):
        return str(err)[:500]


def _describe_invalid(err: Exception) -> str:
    if isinstance(err, ValidationError):
        lines = []
        for e in err.errors()[:20]:
            path = ".".join(str(p) for p in e["loc"]) or "(root)"
            lines.append(f"- {path}: {e['msg']}")
        return "\n".join(lines)
    return f"- {err}"


def _repair_request(errors: str) -> str:
    return render_prompt("fix_json", errors=errors)
