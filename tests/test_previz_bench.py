"""The previz benchmark runs and reports its comparison (speed itself is not asserted: the CPU
is shared)."""

from __future__ import annotations

from benchmarks.bench_previz import benchmark_plan, run


def test_benchmark_plan_is_about_a_minute_of_mixed_moves():
    plan = benchmark_plan(12, 5.0)
    assert abs(plan.planned_duration() - 60.0) < 0.1
    assert len({shot.camera.move for shot in plan.shots()}) >= 9


def test_quick_benchmark_reports_ratio():
    result = run(quick=True)
    assert set(result) >= {"name", "baseline_s", "ours_s", "ratio", "goal"}
    assert result["name"] == "previz" and result["baseline_s"] > 0 and result["ours_s"] > 0
    assert abs(result["ratio"] - result["ours_s"] / result["baseline_s"]) < 0.01
