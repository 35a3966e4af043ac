"""The structured-output ladder against a real HTTP server on 127.0.0.1, one failure mode each."""

from __future__ import annotations

import json
import time

import pytest

from director.errors import RunError
from director.llm import LLMUnavailable, RungCache, StructuredCaller, StructuredOutputError
from director.llm.jsonparse import extract_json_object
from director.planning.llm.graph import plan_with_llm
from director.planning.llm.models import CriticAnswer
from fake_openai_server import FakeOpenAIServer, free_port, load_fixtures
from llm_helpers import TEST_KEY, lighthouse_story, settings_for

pytestmark = pytest.mark.timeout(30)
STAGES_GOOD = ["script", "entities", "shots", "shots", "critic"]  # two scenes -> two shot requests


def test_strict_server_one_request_per_stage_and_clean_transcript(tmp_path):
    with FakeOpenAIServer(load_fixtures("good"), mode="strict") as server:
        result = plan_with_llm(lighthouse_story(), None, settings_for(server.base_url), out_dir=tmp_path)
    assert server.stages() == STAGES_GOOD
    assert set(server.rungs()) == {"json_schema"}
    assert result.rung == "json_schema" and result.requests == 5
    # The strict schema the openai client builds from our pydantic model reached the server.
    schema = server.requests[0]["response_format"]["json_schema"]
    assert schema["name"] == "ScriptAnswer" and schema["strict"] is True
    log = [json.loads(line) for line in (tmp_path / "llm_log.jsonl").read_text().splitlines()]
    requests = [r for r in log if r["kind"] == "request"]
    assert [r["stage"] for r in requests] == STAGES_GOOD
    assert all(r["usage"]["total_tokens"] == 150 and r["seconds"] >= 0 for r in requests)
    text = (tmp_path / "llm_log.jsonl").read_text()
    assert TEST_KEY not in text and "Bearer" not in text
    # The key did go to the server (so the redaction above is not vacuous).
    assert server.headers[0]["authorization"] == f"Bearer {TEST_KEY}"
    caps = json.loads((tmp_path / "llm_capabilities.json").read_text())
    assert list(caps.values()) == [{"rung": "json_schema"}]


def test_server_without_json_schema_falls_to_json_mode_with_schema_and_remembers(tmp_path):
    with FakeOpenAIServer(load_fixtures("good"), mode="no_schema") as server:
        settings = settings_for(server.base_url)
        first = plan_with_llm(lighthouse_story(), None, settings, out_dir=tmp_path)
        # One refused json_schema request, then JSON mode with the schema inside it (the
        # llama.cpp form) for everything; fenced answers parse.
        assert server.rungs() == ["json_schema"] + ["json_object_schema"] * 5
        assert first.rung == "json_object_schema" and first.requests == 6
        sent = server.requests[1]["response_format"]
        assert sent["type"] == "json_object" and sent["schema"]["required"][0] == "title"
        # A new process reads the persisted rung: forget the in-process cache, run again.
        RungCache.forget_all()
        before = len(server.requests)
        second = plan_with_llm(lighthouse_story(), None, settings, out_dir=tmp_path)
    assert server.rungs()[before:] == ["json_object_schema"] * 5
    assert second.requests == 5
    assert json.loads((tmp_path / "llm_capabilities.json").read_text())[
        settings.server_key()] == {"rung": "json_object_schema"}


def test_server_that_ignores_schema_and_fences_json(tmp_path):
    with FakeOpenAIServer(load_fixtures("good"), mode="fenced") as server:
        result = plan_with_llm(lighthouse_story(), None, settings_for(server.base_url), out_dir=tmp_path)
    assert len(server.requests) == 5 and result.plan.title == "The Lighthouse Letter"


def test_invalid_fields_are_sent_back_and_fixed(tmp_path):
    with FakeOpenAIServer(load_fixtures("good"), mode="invalid_then_fix") as server:
        result = plan_with_llm(lighthouse_story(), None, settings_for(server.base_url), out_dir=tmp_path)
    # Every stage: one broken answer, one repaired answer.
    assert server.stages() == [s for s in STAGES_GOOD for _ in (0, 1)]
    repair_msg = server.requests[1]["messages"][-1]["content"]
    assert "duration_s" in repair_msg and "did not validate" in repair_msg
    assert all(r["repairs"] == 1 for r in result.stages)
    assert len(result.plan.shots()) == 5


def test_prose_forever_is_bounded_with_a_clear_error(tmp_path):
    with FakeOpenAIServer(load_fixtures("good"), mode="prose") as server:
        with pytest.raises(RunError, match="no valid answer for stage 'script' after 3 request"):
            plan_with_llm(lighthouse_story(), None, settings_for(server.base_url), out_dir=tmp_path)
    assert len(server.requests) == 3  # 1 + repair_attempts(2), then stop


def test_http_500_walks_the_ladder_once_and_fails(tmp_path):
    with FakeOpenAIServer(load_fixtures("good"), mode="http500") as server:
        with pytest.raises(RunError, match="refused every request format.*HTTP 500"):
            plan_with_llm(lighthouse_story(), None, settings_for(server.base_url), out_dir=tmp_path)
    assert server.rungs() == ["json_schema", "json_object_schema", "json_object", "prompt"]


def test_connection_refused_fails_fast():
    base_url = f"http://127.0.0.1:{free_port()}/v1"
    started = time.monotonic()
    with pytest.raises(RunError, match="cannot reach LLM server"):
        plan_with_llm(lighthouse_story(), None, settings_for(base_url))
    assert time.monotonic() - started < 5


def test_slow_server_times_out():
    with FakeOpenAIServer(load_fixtures("good"), mode="slow", delay_s=1.0) as server:
        started = time.monotonic()
        with pytest.raises(RunError, match="did not answer within 0.3s"):
            plan_with_llm(lighthouse_story(), None, settings_for(server.base_url, timeout_s=0.3))
        assert time.monotonic() - started < 0.9
    assert len(server.requests) == 1


def test_fixed_mode_skips_the_schema_rung():
    with FakeOpenAIServer(load_fixtures("good"), mode="strict") as server:
        caller = StructuredCaller(settings_for(server.base_url, structured_mode="prompt"))
        result = caller.call("critic", [{"role": "user", "content": "Stage: critic\nreview"}], CriticAnswer)
    assert result.rung == "prompt" and server.rungs() == ["prompt"]
    assert result.value.issues == []


def test_fixed_json_schema_mode_does_not_degrade():
    with FakeOpenAIServer(load_fixtures("good"), mode="no_schema") as server:
        caller = StructuredCaller(settings_for(server.base_url, structured_mode="json_schema"))
        with pytest.raises(LLMUnavailable, match="HTTP 400"):
            caller.call("critic", [{"role": "user", "content": "Stage: critic"}], CriticAnswer)
    assert len(server.requests) == 1


def test_structured_output_error_names_the_problem():
    with FakeOpenAIServer({"critic": {"issues": "none"}}, mode="strict") as server:
        caller = StructuredCaller(settings_for(server.base_url, repair_attempts=1))
        with pytest.raises(StructuredOutputError, match="issues"):
            caller.call("critic", [{"role": "user", "content": "Stage: critic"}], CriticAnswer)
    assert len(server.requests) == 2


def test_extract_json_object_from_prose():
    text = 'Sure! {"not": "this"} no wait:\n```json\n{"a": {"b": "}"}, "c": [1, 2]}\n```'
    assert extract_json_object(text) == {"a": {"b": "}"}, "c": [1, 2]}
    with pytest.raises(ValueError):
        extract_json_object("no json here")


def test_request_budget_bounds_a_model_that_never_answers_json(tmp_path):
    """A plan sends at most max_requests requests in all, then stops with one line."""
    with FakeOpenAIServer(load_fixtures("good"), mode="prose") as server:
        settings = settings_for(server.base_url, repair_attempts=5, max_requests=4)
        with pytest.raises(RunError, match="used all 4 requests it may send.*MAX_REQUESTS") as err:
            plan_with_llm(lighthouse_story(), None, settings, out_dir=tmp_path)
    assert len(server.requests) == 4 and "\n" not in str(err.value)


def test_vllm_dialect_sends_guided_json_without_json_mode(tmp_path):
    """vLLM before its json_schema support takes the schema as guided_json, and refuses it
    together with response_format json_object; the dialect is read from GET /models."""
    with FakeOpenAIServer(load_fixtures("good"), mode="no_schema", owned_by="vllm") as server:
        result = plan_with_llm(lighthouse_story(), None, settings_for(server.base_url),
                               out_dir=tmp_path)
    second = server.requests[1]
    assert "response_format" not in second
    assert second["guided_json"]["required"][0] == "title"
    assert result.rung == "json_object_schema"
    log = [json.loads(line) for line in (tmp_path / "llm_log.jsonl").read_text().splitlines()]
    assert [r["dialect"] for r in log if r["kind"] == "probe"] == ["vllm"]


def test_enforced_schema_leaves_the_prompt_and_unenforced_keeps_it():
    from director.llm.prompts import schema_text

    with FakeOpenAIServer(load_fixtures("good"), mode="no_schema") as server:
        for mode in ("json_object_schema", "json_object"):
            caller = StructuredCaller(settings_for(server.base_url, structured_mode=mode))
            prompt = "Stage: critic\nreview\nJSON schema of your answer:\n" + schema_text(CriticAnswer)
            caller.call("critic", [{"role": "user", "content": prompt}], CriticAnswer)
    with_schema, plain = (r["messages"][0]["content"] for r in server.requests)
    assert schema_text(CriticAnswer) not in with_schema and "server enforces" in with_schema
    assert schema_text(CriticAnswer) in plain


def test_seed_and_max_tokens_reach_every_request():
    with FakeOpenAIServer(load_fixtures("good"), mode="strict") as server:
        caller = StructuredCaller(settings_for(server.base_url, seed=11, max_tokens=321))
        caller.call("critic", [{"role": "user", "content": "Stage: critic"}], CriticAnswer)
    assert (server.requests[0]["seed"], server.requests[0]["max_tokens"]) == (11, 321)
