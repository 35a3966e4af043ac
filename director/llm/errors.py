"""Failures of the LLM path. Each message is one line that says what happened and where."""


class LLMError(Exception):
    """Base class for LLM failures; the planner turns these into RunError or a fallback."""


class LLMUnavailable(LLMError):
    """The server could not be reached, timed out, or refused every request format."""


class StructuredOutputError(LLMError):
    """The server answered, but never with JSON that validates, within the bounded tries."""
