"""Shared pieces for the LLM planner tests: the story, settings for a fake server, a plan run."""

from __future__ import annotations

from pathlib import Path

from director.ingest import Story, parse_story, read_story
from director.llm import RungCache
from director.settings import LLMSettings

FIXTURES = Path(__file__).parent / "fixtures" / "llm"
TEST_KEY = "sk-test-secret-0123456789"


def lighthouse_story() -> Story:
    return read_story(FIXTURES / "story_lighthouse.txt")


def story_from_text(text: str) -> Story:
    return parse_story(text)


def settings_for(base_url: str, **overrides: object) -> LLMSettings:
    """Small timeouts and no client retries: every request in a test is one we count."""
    RungCache.forget_all()
    values: dict[str, object] = {
        "base_url": base_url, "api_key": TEST_KEY, "model": "fake-director-1",
        "timeout_s": 5.0, "max_retries": 0, "repair_attempts": 2, "plan_repairs": 1,
    }
    values.update(overrides)
    return LLMSettings(**values)
