"""Every benchmark runs end to end on tiny sizes and reports sensible numbers; run_all writes
its page. Speed goals are not asserted here (they live in docs/benchmarks.md): the CPU is shared."""

from __future__ import annotations

import json

import pytest

from benchmarks import bench_assembly, bench_planning, bench_previz, bench_rerender, bench_sound, run_all

KEYS = {"name", "frames", "baseline_s", "ours_s", "ratio", "goal"}


@pytest.fixture
def tiny(monkeypatch):
    """Shrink every benchmark's quick sizes through their module-level names."""
    monkeypatch.setattr(bench_previz, "WIDTH", 160)
    monkeypatch.setattr(bench_previz, "HEIGHT", 96)
    monkeypatch.setattr(bench_assembly, "QUICK",
                        {"width": 160, "height": 96, "shots": 10, "duration_s": 1.0, "repeats": 1})
    monkeypatch.setattr(bench_rerender, "QUICK",
                        {"width": 160, "height": 96, "shots": 4, "duration_s": 1.0})
    monkeypatch.setattr(bench_planning, "QUICK", {"words": 300, "repeats": 1})
    # At 160x96 a detailed set (a night street's lit windows) is a few pixels per detail, and two
    # encodes of the same film differ by up to ~4.3 from re-encoding alone; a wrong film (shots out
    # of order, a missing transition) differs by tens.
    monkeypatch.setattr(bench_assembly, "MAX_FRAME_DIFF", 6.0)


def assert_sensible(result: dict, name: str) -> None:
    assert KEYS <= set(result)
    assert result["name"] == name
    assert result["baseline_s"] > 0 and result["ours_s"] > 0
    assert result["ratio"] == pytest.approx(result["ours_s"] / result["baseline_s"], rel=0.05)


def test_previz_benchmark(tiny):
    result = bench_previz.run(quick=True)
    assert_sensible(result, "previz")
    assert result["frames"] == 3 * 60  # 3 shots x 2.5 s at 24 fps
    assert result["goal"] == 1.5


@pytest.mark.parametrize("variant", bench_assembly.VARIANTS)
def test_assembly_benchmark_makes_the_same_film_both_ways(tiny, variant):
    result = bench_assembly.run(quick=True, variant=variant)
    assert_sensible(result, f"assembly-{variant}")
    assert result["goal"] == 1.5
    assert 0 <= result["max_frame_diff"] <= bench_assembly.MAX_FRAME_DIFF
    # 10 one-second shots; each dissolve (mixed film) overlaps its two shots by a quarter second.
    assert result["frames"] == (240 - 2 * 6 if variant == "mixed" else 240)


def test_mixed_assembly_plan_has_every_transition():
    plan = bench_assembly.assembly_plan(10, 2.0, 320, 180, mixed=True)
    assert {s.transition for s in plan.shots()[1:]} == {"cut", "dissolve", "fade", "continuous"}
    cuts = bench_assembly.assembly_plan(10, 2.0, 320, 180, mixed=False)
    assert {s.transition for s in cuts.shots()[1:]} <= {"cut", "continuous"}


@pytest.mark.parametrize("variant", bench_rerender.VARIANTS)
def test_rerender_benchmark_renders_one_shot_again(tiny, variant):
    result = bench_rerender.run(quick=True, variant=variant)
    assert_sensible(result, f"rerender-{variant}")
    assert result["goal"] == 0.2
    assert "sh03" in result["note"]  # the edited shot, and (checked inside run) the only one redone


def test_planning_benchmark(tiny):
    result = bench_planning.run(quick=True)
    assert_sensible(result, "planning")
    assert result["goal"] == "info" and result["words"] >= 300 and result["shots"] > 0
    assert result["per_1000_words_s"] == pytest.approx(result["ours_s"] / result["words"] * 1000, rel=0.05)


def test_sound_benchmark_renders_with_and_without_audio(tiny):
    result = bench_sound.run(quick=True)
    assert_sensible(result, "sound")
    assert result["goal"] == 1.15 and result["frames"] == 3 * 60 - 12  # one 0.5 s dissolve
    assert abs(result["loudness_lufs"] + 16) < 0.5


def test_story_is_deterministic_and_about_the_asked_length():
    story = bench_planning.make_story(3000)
    assert story == bench_planning.make_story(3000)
    words = len(story.split())
    assert 3000 <= words <= 3200
    assert story.count("\n\n") >= 30  # many paragraphs
    assert all(name.split()[0] in story for name in bench_planning._PEOPLE)


def test_verdicts():
    assert run_all.verdict({"ratio": 1.2, "goal": 1.5}) == "pass"
    assert run_all.verdict({"ratio": 1.6, "goal": 1.5}) == "fail"
    assert run_all.verdict({"ratio": 9.0, "goal": "info"}) == "info"
    assert run_all.verdict({"ratio": 9.0, "goal": "info", "passed": False}) == "fail"
    assert run_all.verdict({"name": "x", "error": "boom"}) == "error"


def test_run_all_writes_the_page_and_the_json(tiny, tmp_path):
    markdown, raw = tmp_path / "benchmarks.md", tmp_path / "latest.json"
    code = run_all.main(["--quick", "--only", "previz", "--markdown", str(markdown), "--json", str(raw)])
    assert code == 0
    page = markdown.read_text(encoding="utf-8")
    data = json.loads(raw.read_text(encoding="utf-8"))
    machine = data["machine"]
    assert machine["cores"] >= 1 and machine["python"] and machine["ffmpeg"]
    assert f"| CPU | {machine['cpu']} |" in page and "Load average" in page
    [result] = data["results"]
    assert result["verdict"] in ("pass", "fail")
    row = next(line for line in page.splitlines() if line.startswith("| previz |"))
    assert f"{result['ratio']:.2f}" in row and result["verdict"] in row
