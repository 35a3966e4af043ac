"""The `director` command end to end: real subprocesses, real files decoded."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from director.timeline import film_timeline
from director.plan import load_plan
from director.video import probe

ROOT = Path(__file__).parent.parent
SMALL = ["--resolution", "320x180", "--fps", "12"]

STORY = """Mara Quill climbed the spiral stairs of the old lighthouse at dusk, a brass lantern swinging in her hand.

At the top, Ilan was waiting by the great lamp. "You came back," he said, without turning around.

Mara set the lantern down and walked to the window. Far below, a small boat was drifting toward the rocks.

Ilan ran down the stairs and out onto the pier. Mara followed him into the rain, shouting his name.
"""


def director(*args, env=None, cwd=None, timeout=240):
    """Run the installed console script the way a user would."""
    exe = Path(sys.executable).parent / "director"
    return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, cwd=cwd)


def test_run_four_paragraph_story(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    res = director("run", story, "-o", out, *SMALL)
    assert res.returncode == 0, res.stderr
    plan = load_plan(out / "plan.json")
    assert len(plan.shots()) >= 4
    names = {e.name for e in plan.entities if e.kind == "character"}
    assert {"Mara Quill", "Ilan"} <= names  # "Mara Quill" is one person, not "Mara"
    info = probe(out / "film.mp4")
    assert abs(info.duration - plan.planned_duration()) < 1.0
    assert (out / "storyboard.html").read_text().count("class='card'") == len(plan.shots())
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["planner"] == "heuristic" and manifest["backend"] == "previz"


def test_planned_hard_cuts_found_by_an_independent_detector(tmp_path):
    """PySceneDetect finds each planned hard cut (±1 frame) and nothing inside moving shots."""
    from scenedetect import AdaptiveDetector, SceneManager, open_video

    story = ROOT / "examples" / "lighthouse.txt"
    out = tmp_path / "out"
    assert director("run", story, "-o", out, *SMALL).returncode == 0
    plan = load_plan(out / "plan.json")
    timeline = film_timeline(plan)
    video = open_video(str(out / "film.mp4"), backend="pyav")
    manager = SceneManager()
    # AdaptiveDetector at its defaults: every cut, including those between set-ups of one place,
    # stands out from the motion around it; nothing inside a moving shot does.
    manager.add_detector(AdaptiveDetector())
    manager.detect_scenes(video)
    detected = [start.frame_num for start, _ in manager.get_scene_list()][1:]
    planned = [s.start_frame for s in timeline.spans[1:] if s.transition == "cut"]
    assert planned, "the example should contain hard cuts"
    for frame in planned:
        assert any(abs(frame - d) <= 1 for d in detected), (frame, detected)
    # every detection is a planned cut or inside a planned soft transition (fade/dissolve window)
    soft = [(s.start_frame - 12, s.start_frame + 12) for s in timeline.spans[1:] if s.transition in ("fade", "dissolve")]
    moving = {s.id for s in plan.shots() if s.camera.move != "static"}
    assert moving, "the example should contain camera moves"
    for d in detected:
        assert any(abs(d - f) <= 1 for f in planned) or any(a <= d <= b for a, b in soft), (d, planned)


def test_plan_then_edit_then_render_rerenders_one_shot(tmp_path):
    plan_path = tmp_path / "plan.json"
    assert director("plan", ROOT / "examples" / "shotlist.txt", "-o", plan_path, *SMALL).returncode == 0
    out = tmp_path / "out"
    assert director("render", plan_path, "-o", out).returncode == 0
    data = json.loads(plan_path.read_text())
    data["scenes"][0]["shots"][1]["description"] += " A gull lands."
    plan_path.write_text(json.dumps(data))
    res = director("render", plan_path, "-o", out)
    assert res.returncode == 0, res.stderr
    statuses = [s["status"] for s in json.loads((out / "manifest.json").read_text())["shots"]]
    assert statuses.count("rendered") == 1 and statuses[1] == "rendered"


def test_chinese_story_renders(tmp_path):
    out = tmp_path / "out"
    res = director("run", ROOT / "examples" / "chinese.txt", "-o", out, *SMALL)
    assert res.returncode == 0, res.stderr
    plan = load_plan(out / "plan.json")
    assert plan.language == "zh"
    assert len([e for e in plan.entities if e.kind == "character"]) >= 2
    assert probe(out / "film.mp4").frames == film_timeline(plan).total_frames


def test_schema_export(tmp_path):
    res = director("plan", "--schema")
    assert res.returncode == 0
    assert json.loads(res.stdout)["title"] == "FilmPlan"


@pytest.mark.parametrize("make_input, expect", [
    (lambda d: d / "missing.txt", "not found"),
    (lambda d: (d / "empty.txt").write_text("  \n") and d / "empty.txt", "empty"),
    (lambda d: (d / "bin.txt").write_bytes(bytes(range(256)) * 40) and d / "bin.txt", "binary"),
    (lambda d: (d / "huge.txt").write_text("word " * 400_000) and d / "huge.txt", "too large"),
    (lambda d: d, "directory"),
])
def test_bad_story_input_is_one_line_exit_2_and_no_film(tmp_path, make_input, expect):
    story = make_input(tmp_path)
    out = tmp_path / "out"
    res = director("run", story, "-o", out)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), res.stderr
    assert expect in lines[0].lower()
    assert "Traceback" not in res.stderr
    assert not (out / "film.mp4").exists()


def _director_stdin(data: bytes, *args):
    exe = Path(sys.executable).parent / "director"
    return subprocess.run([str(exe), *map(str, args)], input=data, capture_output=True, timeout=240)


def test_story_from_standard_input(tmp_path):
    story = "Ada finds a silver key under the snow. She runs home and opens the old box.\n"
    plan = tmp_path / "plan.json"
    res = _director_stdin(story.encode("utf-8"), "plan", "-", "-o", plan)
    assert res.returncode == 0, res.stderr
    planned = load_plan(plan)
    assert any(e.name == "Ada" for e in planned.entities)
    out = tmp_path / "out"
    res = _director_stdin(STORY.encode("utf-8"), "run", "-", "-o", out, *SMALL)
    assert res.returncode == 0, res.stderr
    assert probe(out / "film.mp4").frames > 0


@pytest.mark.parametrize("command", ["run", "plan"])
def test_empty_standard_input_is_one_line_exit_2(tmp_path, command):
    res = _director_stdin(b"  \n", command, "-", "-o", tmp_path / "x")
    assert res.returncode == 2
    lines = res.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: no story on <stdin>"), lines
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("args, expect", [
    (["--resolution", "12x34x5"], "resolution"),
    (["--backend", "nope"], "unknown backend"),
    (["--planner", "psychic"], "planner"),
    (["--fps", "0"], "fps"),
])
def test_bad_options_exit_2(tmp_path, args, expect):
    story = tmp_path / "s.txt"
    story.write_text(STORY)
    res = director("run", story, "-o", tmp_path / "out", *args)
    assert res.returncode == 2, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expect in lines[0].lower(), res.stderr


@pytest.mark.parametrize("command, expect", [
    (lambda d, story: ["render", d, "-o", d / "out"], "cannot read plan file"),  # a folder as PLAN.json
    (lambda d, story: ["plan", story, "-o", d], "is a folder"),
    (lambda d, story: ["run", story, "-o", story], "not a folder"),
])
def test_bad_paths_exit_2_before_any_work(tmp_path, command, expect):
    story = tmp_path / "s.txt"
    story.write_text(STORY)
    res = director(*command(tmp_path, story))
    assert res.returncode == 2, res.stderr
    # one line: no planning progress, no traceback
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expect in lines[0], res.stderr


def test_bad_llm_setting_is_one_line_exit_2(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text(STORY)
    res = director("plan", story, "-o", tmp_path / "plan.json", "--planner", "llm",
                   env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "DIRECTOR_LLM_TEMPERATURE": "hot"})
    assert res.returncode == 2, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: LLM setting temperature"), res.stderr
    assert "DIRECTOR_LLM_TEMPERATURE" in lines[0]


def test_invalid_plan_names_the_field(tmp_path):
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"scenes": [{"id": "s1", "shots": [{"id": "a", "description": "x",
                                                                     "entities": ["ghost"]}]}]}))
    res = director("render", plan, "-o", tmp_path / "out")
    assert res.returncode == 2
    assert "scenes[0].shots[0].entities" in res.stderr and "ghost" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_llm_planner_unreachable_is_exit_1(tmp_path):
    from fake_openai_server import free_port

    story = tmp_path / "s.txt"
    story.write_text(STORY)
    res = director("plan", story, "-o", tmp_path / "p.json", "--planner", "llm",
                   env={"OPENAI_BASE_URL": f"http://127.0.0.1:{free_port()}/v1",
                        "OPENAI_API_KEY": "sk-test", "DIRECTOR_LLM_TIMEOUT_S": "2",
                        "DIRECTOR_LLM_MAX_RETRIES": "0", "HOME": str(tmp_path)}, cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    assert res.stderr.strip().splitlines()[-1].startswith("error: ")


def test_auto_planner_with_dead_server_falls_back_warns_and_renders(tmp_path):
    from fake_openai_server import free_port

    story = tmp_path / "s.txt"
    story.write_text(STORY)
    out = tmp_path / "out"
    res = director("run", story, "-o", out, *SMALL,
                   env={"OPENAI_BASE_URL": f"http://127.0.0.1:{free_port()}/v1", "OPENAI_API_KEY": "sk-test",
                        "DIRECTOR_LLM_TIMEOUT_S": "2", "DIRECTOR_LLM_MAX_RETRIES": "0", "HOME": str(tmp_path)},
                   cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "warning" in res.stderr.lower()
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["planner"] == "heuristic" and manifest.get("planner_fallback")
    assert (out / "film.mp4").exists()


def test_good_model_plan_renders_with_previz(tmp_path):
    from fake_openai_server import FakeOpenAIServer, load_fixtures

    story = Path(__file__).parent / "fixtures" / "llm" / "story_lighthouse.txt"
    out = tmp_path / "out"
    with FakeOpenAIServer(load_fixtures("good")) as server:
        res = director("run", story, "-o", out, *SMALL, "--planner", "llm",
                       env={"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "sk-test-key-1",
                            "DIRECTOR_LLM_MAX_RETRIES": "0", "HOME": str(tmp_path)}, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    plan = load_plan(out / "plan.json")
    assert len(plan.scenes) >= 2
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["planner"] == "llm"
    assert abs(probe(out / "film.mp4").duration - plan.planned_duration()) < 1.0
    log = (out / "llm_log.jsonl").read_text()
    assert "sk-test-key-1" not in log and len(log.splitlines()) >= 4
