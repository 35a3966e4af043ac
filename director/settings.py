"""Settings for the LLM planner, read once and passed down (never read inside graph nodes).

Sources, strongest first: keyword arguments (the CLI passes its flags here), environment
variables, then a TOML config file: ``director.toml`` in the working directory, then
``~/.config/director/config.toml``. In a file the keys sit under an ``[llm]`` table::

    [llm]
    base_url = "http://127.0.0.1:8000/v1"
    model = "qwen2.5-7b-instruct"
    structured_mode = "auto"

Environment names reuse the OpenAI ones where they exist: ``OPENAI_BASE_URL`` (or
``DIRECTOR_LLM_BASE_URL``), ``OPENAI_API_KEY``, then ``DIRECTOR_LLM_MODEL``,
``DIRECTOR_LLM_TEMPERATURE``, ``DIRECTOR_LLM_MAX_TOKENS``, ``DIRECTOR_LLM_TIMEOUT_S`` (seconds
one request may take, every request), ``DIRECTOR_LLM_STRUCTURED_MODE`` (auto | json_schema |
json_object_schema | json_object | prompt), ``DIRECTOR_LLM_DIALECT`` (auto | generic | llama.cpp |
vllm), ``DIRECTOR_LLM_MAX_RETRIES``, ``DIRECTOR_LLM_REPAIR_ATTEMPTS``,
``DIRECTOR_LLM_MAX_REQUESTS`` (requests one plan may send in all), ``DIRECTOR_LLM_SEED``,
``DIRECTOR_LLM_CRITIC``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from director.errors import InputError

StructuredMode = Literal["auto", "json_schema", "json_object_schema", "json_object", "prompt"]
Dialect = Literal["auto", "generic", "llama.cpp", "vllm"]

DEFAULT_BASE_URL = "http://127.0.0.1:8000/v1"
# Any of these names a server; without one the LLM planner is "not configured".
CONFIGURED_ENV_NAMES = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "DIRECTOR_LLM_BASE_URL")


def config_files(cwd: Path | None = None, home: Path | None = None) -> list[Path]:
    """The TOML files read, weakest first (the working directory's file wins)."""
    cwd = Path.cwd() if cwd is None else cwd
    home = Path.home() if home is None else home
    return [home / ".config" / "director" / "config.toml", cwd / "director.toml"]


class LLMSettings(BaseSettings):
    """How to reach an OpenAI-compatible server and how hard to try."""

    model_config = SettingsConfigDict(
        env_prefix="DIRECTOR_LLM_", extra="ignore", populate_by_name=True
    )

    base_url: str = Field(
        DEFAULT_BASE_URL,
        validation_alias=AliasChoices("DIRECTOR_LLM_BASE_URL", "OPENAI_BASE_URL"),
    )
    api_key: SecretStr = Field(
        # Local servers accept any key, but the openai client refuses to start without one.
        SecretStr("EMPTY"),
        validation_alias=AliasChoices("DIRECTOR_LLM_API_KEY", "OPENAI_API_KEY"),
    )
    model: str = "qwen2.5-7b-instruct"
    temperature: float = Field(0.4, ge=0.0, le=2.0)
    # Sent as the request's "seed" when set: servers that honour it answer reproducibly.
    seed: int | None = None
    max_tokens: int = Field(4096, ge=64)
    # Seconds one request may take (the openai client's timeout, applied to every request).
    timeout_s: float = Field(120.0, gt=0)
    structured_mode: StructuredMode = "auto"
    # How this server takes a JSON schema where servers differ (director.llm.dialects).
    dialect: Dialect = "auto"
    # Resends after a connection failure or a "busy" status (429, 502-504); never after a
    # timeout, so timeout_s bounds each request.
    max_retries: int = Field(1, ge=0, le=5)
    # Bounded re-asks after an answer fails validation, per request.
    repair_attempts: int = Field(2, ge=0, le=5)
    # Requests one plan may send in all (every stage, repair and rung change included).
    max_requests: int = Field(40, ge=1, le=1000)
    # Rounds of the plan-level repair stage (consistency problems sent back to the model).
    plan_repairs: int = Field(1, ge=0, le=3)
    critic: bool = True

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(
            settings_cls, toml_file=config_files(), toml_table_header=("llm",), deep_merge=True
        )
        return (init_settings, env_settings, toml)

    def server_key(self) -> str:
        """Identifies one server+model for the structured-output capability cache."""
        return f"{self.base_url.rstrip('/')}#{self.model}"


def load_settings(**overrides: object) -> LLMSettings:
    """Read settings from the environment and config files; keyword overrides win.

    Raises InputError naming the first bad setting (a user's configuration, so exit code 2).
    """
    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return LLMSettings(**clean)
    except ValidationError as err:
        first = err.errors()[0]
        name = ".".join(str(part) for part in first["loc"]) or "settings"
        got = "" if name == "api_key" else f"got {first.get('input')!r}; "  # never echo a key
        raise InputError(
            f"LLM setting {name}: {first['msg']} ({got}set it with DIRECTOR_LLM_{name.upper()} "
            "or the [llm] table of director.toml)"
        ) from None


def is_llm_configured(env: Mapping[str, str] | None = None) -> bool:
    """True when the user named a server or key (environment or a config file's [llm] table)."""
    env = os.environ if env is None else env
    if any(env.get(name) for name in CONFIGURED_ENV_NAMES):
        return True
    return _config_file_names_server()


def _config_file_names_server() -> bool:
    import tomllib

    for path in config_files():
        if not path.is_file():
            continue
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8")).get("llm", {})
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
            continue
        if isinstance(table, dict) and (table.get("base_url") or table.get("api_key")):
            return True
    return False
