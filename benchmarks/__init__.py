"""Benchmarks: each module exposes ``run(quick: bool) -> dict`` with name, baseline_s, ours_s,
ratio and goal, and can be run as a script."""
