"""Rendering: cache keys, the per-artifact work, the LangGraph render graph, executors."""
