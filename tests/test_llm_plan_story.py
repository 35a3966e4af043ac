"""plan_story's "llm" and "auto" planners, wired to the real heuristic planner as fallback."""

from __future__ import annotations

import json

import pytest

from director.errors import RunError
from director.llm import RungCache
from director.plan import parse_plan
from director.planning.graph import plan_story
from fake_openai_server import FakeOpenAIServer, free_port, load_fixtures
from llm_helpers import lighthouse_story

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def llm_env(monkeypatch, tmp_path):
    """Point the planner at a URL through the environment, as a user would."""
    RungCache.forget_all()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("DIRECTOR_LLM_MAX_RETRIES", "0")
    monkeypatch.setenv("DIRECTOR_LLM_TIMEOUT_S", "5")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-plan-story-0001")

    def point_at(url: str) -> None:
        monkeypatch.setenv("OPENAI_BASE_URL", url)

    return point_at


def test_auto_uses_the_llm_when_configured(llm_env, tmp_path):
    with FakeOpenAIServer(load_fixtures("good")) as server:
        llm_env(server.base_url)
        lines: list[str] = []
        outcome = plan_story(lighthouse_story(), "auto", on_progress=lambda s, m: lines.append(s),
                             out_dir=tmp_path / "out")
    assert outcome.planner == "llm" and outcome.fallback_reason == ""
    assert len(outcome.plan.shots()) == 5 and "critic" in lines
    assert (tmp_path / "out" / "llm_log.jsonl").is_file()


def test_auto_with_dead_server_falls_back_to_the_heuristic_planner(llm_env):
    llm_env(f"http://127.0.0.1:{free_port()}/v1")
    outcome = plan_story(lighthouse_story(), "auto")
    assert outcome.planner == "heuristic"
    assert "cannot reach LLM server" in outcome.fallback_reason
    assert any("used the heuristic planner instead" in w for w in outcome.warnings)
    assert [s["stage"] for s in outcome.stages][:1] == ["script"]
    parse_plan(json.dumps(outcome.plan.model_dump(mode="json")))


def test_llm_with_prose_server_is_a_run_error(llm_env):
    with FakeOpenAIServer(load_fixtures("good"), mode="prose") as server:
        llm_env(server.base_url)
        with pytest.raises(RunError, match="LLM planner failed: .*no valid answer"):
            plan_story(lighthouse_story(), "llm")
    assert len(server.requests) == 3


def test_stubborn_model_takes_values_from_the_real_heuristic_plan(llm_env):
    with FakeOpenAIServer(load_fixtures("stubborn")) as server:
        llm_env(server.base_url)
        outcome = plan_story(lighthouse_story(), "llm")
    assert outcome.planner == "llm"
    heuristic = plan_story(lighthouse_story(), "heuristic").plan
    text = " | ".join(outcome.warnings)
    assert len(heuristic.shots()) == 5  # same count, so durations are taken shot by shot
    assert "heuristic planner's shot durations" in text
    assert [s.duration_s for s in outcome.plan.shots()] == [s.duration_s for s in heuristic.shots()]
    assert 17 <= sum(s.duration_s for s in outcome.plan.shots()) <= 23
