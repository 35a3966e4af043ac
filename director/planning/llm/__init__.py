"""The LLM planner: staged structured calls to an OpenAI-compatible server. Graph in graph.py."""
