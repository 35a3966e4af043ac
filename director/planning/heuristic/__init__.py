"""The heuristic planner: rules over the story's text (offline, no model). Nodes in nodes.py."""
