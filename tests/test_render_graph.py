"""Render graph, store reuse and assembly, through a backend registered like a plugin."""

import json

from director.plan import parse_plan
from director.render.run import RenderOptions, render_plan
from director.timeline import dialogue_spans, film_timeline
from director.video import probe, read_frames
from plans import three_scene_plan


def _render(plan, out, **kw):
    events = []
    result = render_plan(plan, out, RenderOptions(backend="solid", **kw), on_event=events.append)
    return result, events


def test_render_writes_the_output_folder_contract(tmp_path, solid):
    plan = three_scene_plan()
    result, events = _render(plan, tmp_path)
    for name in ("film.mp4", "plan.json", "storyboard.html", "storyboard.png", "manifest.json", "subtitles.srt"):
        assert (tmp_path / name).is_file(), name
    for shot in plan.shots():
        assert (tmp_path / "shots" / f"{shot.id}.mp4").is_file()
        assert (tmp_path / "keyframes" / f"{shot.id}.png").is_file()
    info = probe(tmp_path / "film.mp4")
    assert info.codec == "h264" and info.pix_fmt == "yuv420p" and (info.width, info.height) == (320, 180)
    assert info.frames == film_timeline(plan).total_frames
    assert abs(info.duration - plan.planned_duration()) < 1 / plan.fps
    m = json.loads((tmp_path / "manifest.json").read_text())
    assert [s["id"] for s in m["shots"]] == [s.id for s in plan.shots()]
    assert {s["status"] for s in m["shots"]} == {"rendered"}
    assert [(b["from"], b["to"], b["transition"]) for b in m["boundaries"]] == [
        (a.id, b.id, b.transition) for a, b in plan.boundaries()]
    for key in ("run_id", "backend", "preset", "planner", "timings", "versions"):
        assert key in m
    assert {"identities", "keyframes", "shots", "assemble", "total"} <= set(m["timings"])
    # progress reached the caller for every shot
    done = [e["item"] for e in events if e.get("stage") == "shots" and e.get("status") == "rendered"]
    assert sorted(done) == sorted(s.id for s in plan.shots())
    srt = (tmp_path / "subtitles.srt").read_text()
    assert "Mara: Almost there." in srt
    # timed by the line's real speech in its voice (dialogue_spans with the plan), inside shot
    # s1_2 (film 2.0 s to 3.5 s)
    shot = next(s for s in plan.shots() if s.id == "s1_2")
    (start, end, _), = dialogue_spans(shot, plan)
    assert f"00:00:{2 + start:06.3f} --> 00:00:{2 + end:06.3f}".replace(".", ",") in srt
    assert 2.0 <= 2 + start < 2 + end <= 3.5


def test_rerender_unchanged_plan_reuses_everything(tmp_path, solid):
    plan = three_scene_plan()
    _render(plan, tmp_path)
    calls = dict(solid.CALLS)
    result, _ = _render(plan, tmp_path)
    assert result.rendered == [] and len(result.cached) == len(plan.shots())
    assert dict(solid.CALLS) == calls  # no generator was called again


def test_editing_one_shot_rerenders_exactly_that_shot(tmp_path, solid):
    plan = three_scene_plan()
    _render(plan, tmp_path)
    data = json.loads(plan.to_json())
    data["scenes"][1]["shots"][0]["description"] = "Jonah trims the wick"
    result, _ = _render(parse_plan(data), tmp_path)
    assert result.rendered == ["s2_1"]


def test_editing_an_entity_rerenders_exactly_the_shots_that_show_it(tmp_path, solid):
    plan = three_scene_plan()
    _render(plan, tmp_path)
    data = json.loads(plan.to_json())
    data["entities"][1]["description"] = "old man, white beard, yellow oilskin"  # jonah
    result, _ = _render(parse_plan(data), tmp_path)
    assert sorted(result.rendered) == ["s2_1", "s2_2"]
    ids = {i["id"]: i["status"] for i in result.manifest["identities"]}
    assert ids["jonah"] == "rendered" and ids["mara"] == "cached"


def test_a_new_reference_photo_under_the_same_name_rerenders_its_entity(tmp_path, solid):
    from PIL import Image

    photo = tmp_path / "uploads" / "jonah.png"
    photo.parent.mkdir()
    Image.new("RGB", (32, 32), (200, 40, 40)).save(photo)
    data = json.loads(three_scene_plan().to_json())
    data["entities"][1]["reference_image"] = str(photo)  # jonah
    plan = parse_plan(data)
    _render(plan, tmp_path / "film")
    Image.new("RGB", (32, 32), (40, 40, 200)).save(photo)  # the studio overwrites uploads/<id>.png
    result, _ = _render(plan, tmp_path / "film")
    ids = {i["id"]: i["status"] for i in result.manifest["identities"]}
    assert ids["jonah"] == "rendered" and ids["mara"] == "cached"
    assert sorted(result.rendered) == ["s2_1", "s2_2"]


def test_changing_a_transition_only_reassembles(tmp_path, solid):
    plan = three_scene_plan()
    _render(plan, tmp_path)
    data = json.loads(plan.to_json())
    data["scenes"][2]["shots"][0]["transition"] = "cut"  # was dissolve
    edited = parse_plan(data)
    result, _ = _render(edited, tmp_path)
    assert result.rendered == []
    assert probe(tmp_path / "film.mp4").frames == film_timeline(edited).total_frames


def test_corrupt_clip_in_store_is_remade(tmp_path, solid):
    plan = three_scene_plan()
    first, _ = _render(plan, tmp_path)
    key = next(s["key"] for s in first.manifest["shots"] if s["id"] == "s1_2")
    clip = tmp_path / "store" / "clip" / f"{key}.mp4"
    data = bytearray(clip.read_bytes())
    data[len(data) // 2] ^= 0xFF
    clip.write_bytes(bytes(data))
    result, _ = _render(plan, tmp_path)
    assert result.rendered == ["s1_2"]
    assert result.manifest["store_repairs"] == [f"clip/{key}"]
    frames = list(read_frames(tmp_path / "shots" / "s1_2.mp4"))
    assert len(frames) == 18


def test_dissolve_and_fade_are_in_the_film(tmp_path, solid):
    plan = three_scene_plan()
    _render(plan, tmp_path)
    tl = film_timeline(plan)
    frames = list(read_frames(tmp_path / "film.mp4"))
    span = {s.shot_id: s for s in tl.spans}
    fade_in = span["s3_2"].start_frame
    # dips to black at the fade: the frames each side of the boundary are far darker than the shots
    assert max(frames[fade_in - 1].mean(), frames[fade_in].mean()) < 0.5 * frames[fade_in + 12].mean()
    assert min(frames[fade_in - 1].mean(), frames[fade_in].mean()) < 15
    mid = span["s3_1"].start_frame + span["s3_1"].overlap_frames // 2
    a = list(read_frames(tmp_path / "shots" / "s2_2.mp4"))[-1].astype(float)
    b = list(read_frames(tmp_path / "shots" / "s3_1.mp4"))[0].astype(float)
    blend = frames[mid].astype(float)
    # mid-dissolve is between the two shots' colours, not either one
    lower = blend[60:, :, :].mean(axis=(0, 1))
    ca, cb = a[60:].mean(axis=(0, 1)), b[60:].mean(axis=(0, 1))
    assert all(min(x, y) - 6 <= z <= max(x, y) + 6 for x, y, z in zip(ca, cb, lower))
    assert abs(lower - ca).sum() > 8 and abs(lower - cb).sum() > 8
