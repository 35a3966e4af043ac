"""How each kind of OpenAI-compatible server takes a JSON schema, where they differ.

The ladder (director.llm.structured) asks for the same thing on every server: "answer with JSON
that matches this schema". The request fields that carry the schema differ by server, from their
documentation:

- OpenAI, vLLM (0.6+), Ollama (0.5+, whose /v1 endpoint turns the schema into its native
  ``format`` field), LM Studio and recent llama.cpp ``llama-server`` builds take the standard
  ``response_format={"type": "json_schema", "json_schema": {"name", "schema", "strict"}}``.
  That is the ``json_schema`` rung for every dialect.
- llama.cpp, both ``llama-server`` and llama-cpp-python's server, document
  ``response_format={"type": "json_object", "schema": {...}}`` and constrain decoding with a
  grammar built from it. llama-cpp-python's server refuses ``json_schema`` (HTTP 500, allowed
  types ``text`` and ``json_object``), so this is where it lands: the ``json_object_schema`` rung.
- vLLM before its ``json_schema`` support takes the schema as the extra field ``guided_json`` and
  refuses it together with JSON mode ("only one kind of guided decoding"), so its
  ``json_object_schema`` rung sends ``guided_json`` alone.

The dialect is a setting (``DIRECTOR_LLM_DIALECT``); ``auto`` reads the ``owned_by`` field of the
server's ``GET /models`` answer (vLLM says ``vllm``, llama-server ``llamacpp``, llama-cpp-python
``me``) and otherwise uses the generic form.
"""

from __future__ import annotations

from typing import Any

_OWNED_BY = {"vllm": "vllm", "llamacpp": "llama.cpp", "me": "llama.cpp"}


def dialect_from_models(body: Any) -> str:
    """The dialect named by a ``GET /models`` answer; "generic" when it names none we know."""
    data = body.get("data") if isinstance(body, dict) else None
    if isinstance(data, list):
        for entry in data:
            owner = str(entry.get("owned_by", "")).lower() if isinstance(entry, dict) else ""
            if owner in _OWNED_BY:
                return _OWNED_BY[owner]
    return "generic"


def schema_request(rung: str, dialect: str, name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for ``chat.completions.create`` that ask for ``schema`` on ``rung``.

    ``json_schema`` is not built here: the openai client's ``parse`` builds the strict schema.
    """
    if rung == "json_object_schema":
        if dialect == "vllm":
            return {"extra_body": {"guided_json": schema}}
        return {"response_format": {"type": "json_object", "schema": schema}}
    if rung == "json_object":
        return {"response_format": {"type": "json_object"}}
    if rung == "prompt":
        return {}
    raise ValueError(f"rung '{rung}' has no plain request form (name {name})")
