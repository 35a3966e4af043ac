"""The studio's operations as plain Python: planning into a run folder, keyframe previews that the
render reuses, edits validated against the schema, one-shot re-renders, upload confinement."""

import json
from pathlib import Path

import pytest

from director.errors import InputError
from director.studio import handlers, parse_auth
from director.studio.tables import EditError, shot_rows

STORY = ("At dusk, Mara climbs the lighthouse stairs with a brass lantern. "
         "Ilan waits by the great lens. \"The lamp is dead,\" Ilan says.")


@pytest.fixture
def board(tmp_path):
    return handlers.plan_into_run(STORY, "<text>", "heuristic", "previz", "default", "320x180", 12,
                                  tmp_path, None)


def test_plan_writes_plan_and_previews_keyframes(board, tmp_path):
    assert board.run_dir.parent == tmp_path
    saved = json.loads(board.plan_path.read_text(encoding="utf-8"))
    assert saved["resolution"] == "320x180" and saved["fps"] == 12
    ids = [s.id for s in board.plan.shots()]
    assert sorted(board.thumbs) == sorted(ids)
    for path in board.thumbs.values():
        assert path.is_file() and path.is_relative_to(board.run_dir / "store")


def test_each_session_gets_its_own_run_folder(board, tmp_path):
    other = handlers.plan_into_run(STORY, "<text>", "heuristic", "previz", "default", "320x180", 12,
                                   tmp_path, None)
    again = handlers.plan_into_run(STORY, "<text>", "heuristic", "previz", "default", "320x180", 12,
                                   tmp_path, str(board.run_dir))
    assert other.run_dir != board.run_dir
    assert again.run_dir == board.run_dir
    # A run folder outside the studio root is never adopted.
    stray = handlers.plan_into_run(STORY, "<text>", "heuristic", "previz", "default", "320x180", 12,
                                   tmp_path / "sub", str(board.run_dir))
    assert stray.run_dir.parent == (tmp_path / "sub").resolve()


def test_render_reuses_previewed_keyframes_and_rerender_changes_one_clip(board):
    first = handlers.render_run(board.plan.to_json(), str(board.run_dir), "previz", "default")
    manifest = first.render.manifest
    assert {s["keyframe_status"] for s in manifest["shots"]} == {"cached"}  # made by the preview
    assert {s["status"] for s in manifest["shots"]} == {"rendered"}
    keys = {s["id"]: s["key"] for s in manifest["shots"]}

    target = board.plan.shots()[1].id
    again = handlers.rerender_shot(first.plan.to_json(), str(board.run_dir), target, "previz", "default")
    statuses = {s["id"]: s["status"] for s in again.render.manifest["shots"]}
    assert [k for k, v in statuses.items() if v == "rendered"] == [target]
    # Only that shot's clip has new inputs, so only it has a new store key.
    new_keys = {s["id"]: s["key"] for s in again.render.manifest["shots"]}
    assert [sid for sid in keys if keys[sid] != new_keys[sid]] == [target]
    assert again.plan.shots()[1].seed == board.plan.shots()[1].seed + 1
    assert json.loads((board.run_dir / "plan.json").read_text())["scenes"][0]["shots"][1]["seed"] == again.plan.shots()[1].seed


def test_refused_edits_name_the_shot_and_field(board):
    shot = board.plan.shots()[1]
    with pytest.raises(EditError) as err:
        handlers.apply_inspector_edit(board.plan.to_json(), str(board.run_dir), shot.id, shot.description,
                                      "static", "none", 0.1, "cut", "previz", "default")
    assert err.value.field == "duration_s" and f"shot {shot.id}" in str(err.value)

    with pytest.raises(EditError) as err:
        handlers.apply_inspector_edit(board.plan.to_json(), str(board.run_dir), shot.id, shot.description,
                                      "pan", "up", 2, "cut", "previz", "default")
    assert "direction 'up' does not fit move 'pan'" in str(err.value)

    rows = shot_rows(board.plan)
    rows[0][7] = "wipe"
    with pytest.raises(EditError) as err:
        handlers.apply_table_edits(board.plan.to_json(), str(board.run_dir), rows, [], "previz", "default")
    assert err.value.field == "transition" and rows[0][0] in str(err.value)


def test_table_and_inspector_edits_reach_plan_json(board):
    rows = shot_rows(board.plan)
    rows[0][2] = "Mara reaches the top of the stairs"
    rows[0][6] = 2.5
    edited = handlers.apply_table_edits(board.plan.to_json(), str(board.run_dir), rows, [
        [e.id, e.name, e.kind, "tall woman, red raincoat" if e.id == "mara" else e.description, ""]
        for e in board.plan.entities], "previz", "default")
    saved = json.loads(edited.plan_path.read_text(encoding="utf-8"))
    first = saved["scenes"][0]["shots"][0]
    assert first["description"] == "Mara reaches the top of the stairs" and first["duration_s"] == 2.5
    assert {e["id"]: e["description"] for e in saved["entities"]}["mara"] == "tall woman, red raincoat"

    shot = edited.plan.shots()[-1]
    moved = handlers.apply_inspector_edit(edited.plan.to_json(), str(board.run_dir), shot.id,
                                          "The lamp flares", "dolly", "in", "3", "dissolve", "previz", "default")
    last = moved.plan.shots()[-1]
    assert (last.description, last.camera.move, last.duration_s, last.transition) == \
        ("The lamp flares", "dolly", 3.0, "dissolve")


def test_reference_photo_is_reencoded_into_the_run_folder(board, tmp_path):
    from PIL import Image

    photo = tmp_path / "face.jpg"
    Image.new("RGB", (64, 80), (200, 120, 90)).save(photo)
    entity = board.plan.entities[0].id
    attached = handlers.attach_reference(board.plan.to_json(), str(board.run_dir), entity, str(photo),
                                         "previz", "default")
    ref = Path(attached.plan.entity(entity).reference_image)
    assert ref == board.run_dir / "uploads" / f"{entity}.png"
    with Image.open(ref) as image:
        assert image.format == "PNG" and image.size == (64, 80)

    not_image = tmp_path / "notes.jpg"
    not_image.write_text("not a photo")
    with pytest.raises(InputError, match="not an image"):
        handlers.attach_reference(board.plan.to_json(), str(board.run_dir), entity, str(not_image),
                                  "previz", "default")


def test_uploaded_plan_cannot_point_outside_its_run_folder(board, tmp_path):
    data = board.plan.model_dump(mode="json")
    data["entities"][0]["reference_image"] = "/etc/hostname"
    upload = tmp_path / "plan.json"
    upload.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=r"entities\[0\]\.reference_image"):
        handlers.load_plan_upload(str(upload), str(board.run_dir), tmp_path, "previz", "default")
    with pytest.raises(InputError, match=r"reference_image"):
        handlers.api_render(json.dumps(data), tmp_path)

    data["entities"][0]["reference_image"] = None
    data["title"] = "Uploaded"
    upload.write_text(json.dumps(data), encoding="utf-8")
    loaded = handlers.load_plan_upload(str(upload), str(board.run_dir), tmp_path, "previz", "default")
    assert loaded.plan.title == "Uploaded" and loaded.run_dir == board.run_dir


def test_story_upload_and_auth_parsing(tmp_path):
    script = tmp_path / "scene.fountain"
    script.write_bytes("INT. KITCHEN - NIGHT\n\nMara lights a candle.\n".encode("cp1252"))
    text, name = handlers.read_story_upload(script)
    assert text.startswith("INT. KITCHEN") and name == "scene.fountain"
    binary = tmp_path / "story.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError):
        handlers.read_story_upload(binary)
    assert parse_auth("ana:s3cret:x") == ("ana", "s3cret:x")
    assert parse_auth(None) is None
    with pytest.raises(InputError):
        parse_auth("nopassword")


def test_example_stories_load_into_the_story_box():
    names = handlers.example_stories()
    assert {"lighthouse.txt", "rooftop.fountain", "chinese.txt"} <= set(names)
    assert not any(n.endswith(".py") for n in names)  # stories only
    text, source = handlers.load_example("rooftop.fountain")
    expected = (handlers.EXAMPLES_DIR / "rooftop.fountain").read_text(encoding="utf-8")
    assert text == expected.replace("\r\n", "\n") and source == "rooftop.fountain"
    with pytest.raises(InputError):
        handlers.load_example("../pyproject.toml")
