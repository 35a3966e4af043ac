"""Settings precedence (arguments > environment > director.toml > ~/.config) and configuration."""

from __future__ import annotations

import pytest

from director.errors import InputError
from director.settings import is_llm_configured, load_settings

NAMES = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "DIRECTOR_LLM_BASE_URL", "DIRECTOR_LLM_MODEL",
         "DIRECTOR_LLM_TEMPERATURE", "DIRECTOR_LLM_STRUCTURED_MODE", "DIRECTOR_LLM_TIMEOUT_S",
         "DIRECTOR_LLM_MAX_REQUESTS", "DIRECTOR_LLM_DIALECT")


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    for name in NAMES:
        monkeypatch.delenv(name, raising=False)
    home, work = tmp_path / "home", tmp_path / "work"
    (home / ".config" / "director").mkdir(parents=True)
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(work)
    return home, work


def test_precedence(clean_env, monkeypatch):
    home, work = clean_env
    assert not is_llm_configured()
    (home / ".config" / "director" / "config.toml").write_text(
        '[llm]\nmodel = "home-model"\ntemperature = 0.9\ntimeout_s = 7\n')
    (work / "director.toml").write_text('[llm]\nbase_url = "http://10.0.0.2:8000/v1"\nmodel = "cwd-model"\n')
    s = load_settings()
    assert (s.model, s.temperature, s.timeout_s) == ("cwd-model", 0.9, 7)
    assert s.base_url == "http://10.0.0.2:8000/v1" and is_llm_configured()
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9999/v1")
    monkeypatch.setenv("DIRECTOR_LLM_MODEL", "env-model")
    monkeypatch.setenv("DIRECTOR_LLM_STRUCTURED_MODE", "json_object")
    s = load_settings(model="arg-model")
    assert (s.base_url, s.model, s.structured_mode) == ("http://127.0.0.1:9999/v1", "arg-model", "json_object")


def test_key_alone_counts_as_configured_and_is_secret(clean_env, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-abcdef123456")
    assert is_llm_configured()
    assert "sk-abcdef123456" not in repr(load_settings())


def test_bad_mode_is_refused(clean_env, monkeypatch):
    monkeypatch.setenv("DIRECTOR_LLM_STRUCTURED_MODE", "yaml")
    with pytest.raises(InputError, match="structured_mode.*'yaml'.*DIRECTOR_LLM_STRUCTURED_MODE"):
        load_settings()


def test_bounds_and_dialect_from_the_environment(clean_env, monkeypatch):
    monkeypatch.setenv("DIRECTOR_LLM_TIMEOUT_S", "12.5")
    monkeypatch.setenv("DIRECTOR_LLM_MAX_REQUESTS", "9")
    monkeypatch.setenv("DIRECTOR_LLM_DIALECT", "vllm")
    monkeypatch.setenv("DIRECTOR_LLM_STRUCTURED_MODE", "json_object_schema")
    s = load_settings()
    assert (s.timeout_s, s.max_requests, s.dialect, s.structured_mode) == (
        12.5, 9, "vllm", "json_object_schema")
    monkeypatch.setenv("DIRECTOR_LLM_MAX_REQUESTS", "0")
    with pytest.raises(InputError, match="max_requests.*DIRECTOR_LLM_MAX_REQUESTS"):
        load_settings()
    monkeypatch.setenv("DIRECTOR_LLM_MAX_REQUESTS", "9")
    monkeypatch.setenv("DIRECTOR_LLM_DIALECT", "tgi")
    with pytest.raises(InputError, match="dialect.*'tgi'.*DIRECTOR_LLM_DIALECT"):
        load_settings()
