"""Plan quality: does a planner read a story the way a careful reader does?

Stories written for the benchmark (``stories/``, and a held-out set in ``heldout/`` that planner
work must not be tuned on) each carry a gold annotation beside them (gold.py). The scorer
(score.py) compares a FilmPlan with it; run.py plans every story with a planner and scores it.

    python -m benchmarks.plan_quality [--planner heuristic|llm] [--set main|heldout|all] [--json OUT]
"""
