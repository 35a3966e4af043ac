"""Never lose work: kill -9 in the middle of a render, then --resume."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from plans import three_scene_plan

TESTS = Path(__file__).parent

CLI = ("import sys; sys.path.insert(0, {tests!r}); import solid_backend; "
       "from director.cli import main; sys.exit(main(sys.argv[1:]))")


def _cli(args, env=None, **kw):
    return subprocess.Popen([sys.executable, "-c", CLI.format(tests=str(TESTS)), *args],
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def _finished_clips(out: Path) -> int:
    folder = out / "store" / "clip"
    # finished artifacts only: a clip counts once its sidecar (size, hash) is written
    return len(list(folder.glob("*.mp4.json"))) if folder.exists() else 0


def test_kill_9_then_resume_redoes_at_most_the_shot_in_flight(tmp_path):
    plan = three_scene_plan()
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(plan.to_json())
    out = tmp_path / "out"
    proc = _cli(["render", str(plan_path), "-o", str(out), "--backend", "solid"],
                env={"SOLID_SHOT_DELAY": "0.6"})
    deadline = time.time() + 60
    while _finished_clips(out) < 2 and time.time() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    finished = _finished_clips(out)
    assert 2 <= finished < len(plan.shots())
    assert not (out / "film.mp4").exists()  # no half-written film
    assert json.loads((out / "run.json").read_text())["status"] == "running"

    resumed = _cli(["render", str(plan_path), "-o", str(out), "--backend", "solid", "--resume"])
    stdout, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    # The LangGraph thread continued from its checkpoint, and one line says where and how much.
    lines = [line for line in stderr.splitlines() if "resuming run" in line]
    assert len(lines) == 1, stderr
    left = re.search(r"at the (\w+) stage: (\d+) of (\d+) shots left", lines[0])
    assert left and left.group(1) == "shots", lines[0]
    assert int(left.group(3)) == len(plan.shots())
    assert int(left.group(2)) == len(plan.shots()) - finished
    manifest = json.loads((out / "manifest.json").read_text())
    statuses = [s["status"] for s in manifest["shots"]]
    assert statuses.count("cached") >= finished
    assert statuses.count("rendered") <= len(plan.shots()) - finished
    assert (out / "film.mp4").exists()
    assert json.loads((out / "run.json").read_text())["status"] == "complete"
    # leftover temp files from the killed run do not count as artifacts
    assert not list(out.glob(".film*"))


def test_resume_after_editing_the_plan_renders_the_edited_plan(tmp_path, solid, monkeypatch):
    """An interrupted thread renders the plan it started with; after an edit, --resume starts a
    new run (reusing finished artifacts) so the film matches the plan.json beside it."""
    from director.errors import RunError
    from director.plan import parse_plan
    from director.render.run import RenderOptions, render_plan
    from director.timeline import film_timeline
    from director.video import probe

    plan = three_scene_plan()
    out = tmp_path / "out"
    make_shot = solid._Shot.generate

    def fail_on_third(self, *args, **kwargs):
        if solid.CALLS["shot"] == 2:
            raise RuntimeError("the generator fell over")
        return make_shot(self, *args, **kwargs)

    monkeypatch.setattr(solid._Shot, "generate", fail_on_third)
    with pytest.raises(RunError):
        render_plan(plan, out, RenderOptions(backend="solid"))
    monkeypatch.setattr(solid._Shot, "generate", make_shot)
    interrupted = json.loads((out / "run.json").read_text())["run_id"]

    data = json.loads(plan.to_json())
    data["scenes"][0]["shots"].pop(1)  # drop s1_2
    edited = parse_plan(data)
    events = []
    result = render_plan(edited, out, RenderOptions(backend="solid"), resume=True, on_event=events.append)
    assert not any(e.get("stage") == "resume" for e in events)
    assert any("plan changed" in e.get("message", "") for e in events if e.get("stage") == "notice")
    assert result.manifest["run_id"] != interrupted
    assert [s["id"] for s in result.manifest["shots"]] == [s.id for s in edited.shots()]
    assert probe(out / "film.mp4").frames == film_timeline(edited).total_frames
