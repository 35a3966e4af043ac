"""The LLM planner against a real llama-cpp-python server serving SmolLM2-135M-Instruct.

One server for the module (started once, always stopped). A 135M model plans badly, so these
tests assert the machinery: which rung each request used, schema-valid answers, a validated plan,
exit codes, request counts and the bound on them, and the fallback's recorded reason. Each run
prints its requests and seconds per stage (pytest -s shows them).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel, Field

from director.errors import RunError
from director.llm import RungCache, StructuredCaller, StructuredOutputError, Transcript
from director.llm.errors import LLMUnavailable
from director.plan import parse_plan
from director.planning.graph import plan_story
from director.settings import LLMSettings
from llama_server import LlamaServer, llama_cpp_missing
from llm_helpers import story_from_text

pytestmark = [
    pytest.mark.skipif(bool(llama_cpp_missing()), reason=llama_cpp_missing() or "ready"),
    pytest.mark.timeout(900),
]
REPO = Path(__file__).resolve().parent.parent
# One scene, one shot: the smallest story that still runs every planning stage.
STORY = """The Paper Boat

A story in 1 shot.

In the rain, a boy named Teo sets a paper boat on a puddle and watches it sail.
"""


class Mood(BaseModel):
    """A tiny answer: a small model fills it in a few tokens."""

    title: str = Field(max_length=40)
    mood: Literal["calm", "tense", "happy", "sad"]


ASK = [{"role": "user", "content": "Stage: mood\nGive this story a title and a mood as JSON "
        'with keys "title" and "mood" (calm, tense, happy or sad): a boy sails a paper boat.'}]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with LlamaServer(tmp_path_factory.mktemp("llama") / "server.log") as running:
        yield running


def settings_for(server: LlamaServer, **overrides: object) -> LLMSettings:
    RungCache.forget_all()
    values: dict[str, object] = {
        "base_url": server.base_url, "model": server.model, "max_tokens": 64,
        "timeout_s": 240.0, "max_retries": 0, "repair_attempts": 1, "temperature": 0.2,
    }
    values.update(overrides)
    return LLMSettings(**values)


def requests_in(log: Path) -> list[dict]:
    return [r for r in map(json.loads, log.read_text().splitlines()) if r["kind"] == "request"]


def seconds_by_stage(requests: list[dict]) -> dict[str, list]:
    table: dict[str, list] = {}
    for r in requests:
        count, seconds = table.get(r["stage"], [0, 0.0])
        table[r["stage"]] = [count + 1, round(seconds + r.get("seconds", 0.0), 1)]
    return table


def test_json_schema_is_refused_and_the_ladder_steps_down_and_remembers(server, tmp_path):
    settings = settings_for(server)
    log = tmp_path / "llm_log.jsonl"
    cache = RungCache(tmp_path / "caps.json")
    caller = StructuredCaller(settings, transcript=Transcript(log), cache=cache)
    result = caller.call("mood", ASK, Mood)
    sent = requests_in(log)
    # llama-cpp-python refuses response_format json_schema with HTTP 500 ...
    assert [(r["rung"], r["outcome"]) for r in sent][0] == ("json_schema", "http_500")
    # ... and constrains decoding with the schema inside json_object: valid on the first answer.
    assert [(r["rung"], r["outcome"]) for r in sent][1:] == [("json_object_schema", "answered")]
    assert result.rung == "json_object_schema" and result.repairs == 0
    assert result.value.mood in ("calm", "tense", "happy", "sad")
    assert json.loads((tmp_path / "caps.json").read_text()) == {
        settings.server_key(): {"rung": "json_object_schema"}}
    # Remembered: the next call goes straight to that rung.
    caller.call("mood", ASK, Mood)
    assert [r["rung"] for r in requests_in(log)][2:] == ["json_object_schema"]
    print("\nrung ladder:", [(r["rung"], r["outcome"], r["seconds"]) for r in requests_in(log)])


def test_fixed_json_schema_rung_fails_in_one_request_with_the_servers_reason(server):
    caller = StructuredCaller(settings_for(server, structured_mode="json_schema"))
    with pytest.raises(LLMUnavailable, match="refused every request format.*HTTP 500"):
        caller.call("mood", ASK, Mood)
    assert caller.total_requests == 1


@pytest.mark.parametrize("rung", ["json_object", "prompt"])
def test_unconstrained_rungs_validate_repair_or_fail_clearly_within_the_bound(server, rung, tmp_path):
    """Without the schema the small model may answer anything: the answer is validated,
    sent back once, or the call ends with a one-line error naming the stage, within 2 requests."""
    log = tmp_path / "llm_log.jsonl"
    caller = StructuredCaller(settings_for(server, structured_mode=rung, max_tokens=64),
                              transcript=Transcript(log))
    try:
        result = caller.call("mood", ASK, Mood)
    except StructuredOutputError as err:
        assert "stage 'mood' after 2 request(s) on rung" in str(err) and "\n" not in str(err)[:200]
    else:
        assert isinstance(result.value, Mood) and result.rung == rung
    sent = requests_in(log)
    assert 1 <= len(sent) <= 2 and {r["rung"] for r in sent} == {rung}
    body_formats = {r["rung"] for r in sent}
    assert body_formats == {rung}
    print(f"\n{rung}:", [(r["outcome"], r["seconds"], r["response"]["content"][:60]) for r in sent])


def test_auto_falls_back_to_the_heuristic_planner_with_the_reason(server, tmp_path, monkeypatch):
    """A request budget the model cannot plan within: "auto" records why and plans offline."""
    RungCache.forget_all()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("DIRECTOR_LLM_MODEL", server.model)
    monkeypatch.setenv("DIRECTOR_LLM_MAX_REQUESTS", "1")
    monkeypatch.setenv("DIRECTOR_LLM_MAX_RETRIES", "0")
    outcome = plan_story(story_from_text(STORY), "auto", out_dir=tmp_path / "out")
    assert outcome.planner == "heuristic"
    assert "used all 1 requests" in outcome.fallback_reason
    assert any("used the heuristic planner instead" in w for w in outcome.warnings)
    parse_plan(json.dumps(outcome.plan.model_dump(mode="json")))
    assert len(requests_in(tmp_path / "out" / "llm_log.jsonl")) == 1
    with pytest.raises(RunError, match="used all 1 requests"):
        plan_story(story_from_text(STORY), "llm", out_dir=tmp_path / "out2")


def test_cli_plan_with_the_llm_exits_0_with_a_validated_plan_within_20_requests(server, tmp_path):
    story = tmp_path / "paper_boat.txt"
    story.write_text(STORY, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
           "OPENAI_BASE_URL": server.base_url, "DIRECTOR_LLM_MODEL": server.model,
           "DIRECTOR_LLM_MAX_TOKENS": "512", "DIRECTOR_LLM_TIMEOUT_S": "240",
           "DIRECTOR_LLM_CRITIC": "0", "DIRECTOR_LLM_MAX_REQUESTS": "20",
           "DIRECTOR_LLM_REPAIR_ATTEMPTS": "1",
           # Greedy and seeded: the same answers on every run, whatever ran before.
           "DIRECTOR_LLM_TEMPERATURE": "0", "DIRECTOR_LLM_SEED": "7"}
    out = tmp_path / "plan" / "plan.json"
    done = subprocess.run(
        [sys.executable, "-m", "director", "plan", str(story), "--planner", "llm", "-o", str(out)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=880,
    )
    log = out.parent / "llm_log.jsonl"
    sent = requests_in(log) if log.is_file() else []
    print("\nrequests and seconds per stage:", seconds_by_stage(sent))
    assert done.returncode == 0, done.stderr[-2000:] + server.log_tail()
    plan = parse_plan(out.read_text(encoding="utf-8"))
    assert plan.shots() and plan.entities
    assert 1 <= len(sent) <= 20
    # The first request learns that json_schema is refused; every other one carries the schema
    # inside json_object and its answers validate (a repair only after a cut-off answer).
    assert (sent[0]["rung"], sent[0]["outcome"]) == ("json_schema", "http_500")
    assert {r["rung"] for r in sent[1:]} == {"json_object_schema"}
    verdicts = [r for r in map(json.loads, log.read_text().splitlines()) if r["kind"] == "validation"]
    assert {v["stage"] for v in verdicts if v["verdict"] == "ok"} >= {"script", "entities", "shots"}
