"""Talking to any OpenAI-compatible server: client, structured-output ladder, transcript."""

from director.llm.errors import LLMError, LLMUnavailable, StructuredOutputError
from director.llm.structured import CallResult, RungCache, StructuredCaller
from director.llm.transcript import Transcript

__all__ = [
    "CallResult",
    "LLMError",
    "LLMUnavailable",
    "RungCache",
    "StructuredCaller",
    "StructuredOutputError",
    "Transcript",
]
