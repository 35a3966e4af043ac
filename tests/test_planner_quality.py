"""What a filmmaker checks in a heuristic plan: requests, names, inserts, movement, timing, sides.

Every test runs the real planning graph: plan_story(parse_story(...), planner="heuristic").
"""

from pathlib import Path

from director.ingest import parse_story, read_story, request_clauses, without_request
from director.plan import FilmPlan, Shot
from director.planning import plan_story

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _plan(text: str) -> FilmPlan:
    return plan_story(parse_story(text), "heuristic").plan


def _characters(plan: FilmPlan) -> dict[str, str]:
    return {e.name: e.id for e in plan.entities if e.kind == "character"}


def _kind(plan: FilmPlan, entity_id: str) -> str:
    return plan.entity(entity_id).kind


def _centre(box) -> float:
    return (box[0] + box[2]) / 2


def _overlap(a, b) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0]))


# ---- requests ---------------------------------------------------------------------------------


def test_request_line_at_the_end_is_consumed_not_a_shot():
    story = "Mara waits at the harbor at dawn.\n\nA small boat drifts out of the fog.\n\nMara runs to the pier.\n\n3 shots."
    plan = _plan(story)
    assert len(plan.shots()) == 3
    assert not any("3 shots" in s.description for s in plan.shots())
    for text, shots in (("Mara waits.\n\nShe runs to the pier.\n\n12 shots", 12),
                        ("Mara waits.\n\nShe runs to the pier. In 3 shots.", 3)):
        plan = _plan(text)
        assert len(plan.shots()) == shots
        assert not any("shots" in s.description for s in plan.shots())


def test_request_clauses_and_story_text_apart():
    assert request_clauses("Mara waits. About 60 seconds.") == ["About 60 seconds"]
    assert without_request("Mara waits.\n\nabout 60 seconds") == "Mara waits."
    # Story sentences that merely contain numbers stay story.
    kept = "She fires two shots at the gull. Two minutes later the bus arrives."
    assert without_request(kept) == kept and request_clauses(kept) == []
    story = parse_story("Mara waits.\n\nShe fires two shots at the gull.\n\nThe boat sinks.")
    assert story.requested_shots is None and story.requested_duration_s is None
    plan = _plan("Mara waits at the harbor.\n\nShe runs to the pier.\n\nabout 20 seconds")
    assert abs(plan.planned_duration() - 20.0) < 0.2
    assert not any("seconds" in s.description for s in plan.shots())


# ---- names --------------------------------------------------------------------------------------


def test_logline_with_a_time_phrase_names_the_protagonist_cleanly():
    plan = _plan("At dusk, Mara, a tall woman in a red raincoat, climbs the lighthouse stairs to light the lamp. 4 shots.")
    assert list(_characters(plan)) == ["Mara"]
    assert plan.entity("mara").description == "a tall woman in a red raincoat"
    assert plan.title == "Mara"
    assert len(plan.shots()) == 4
    assert all(not e.name.startswith("The At") for e in plan.entities)
    assert "lighthouse" in {e.id for e in plan.entities if e.kind == "location"}


def test_two_word_names_are_one_entity_and_either_part_resolves():
    story = (
        "Mara Voss, a young pilot in a leather jacket, walks along the pier at dawn. "
        "Captain Ilan, a grey-bearded sailor in a navy peacoat, waits by the ferry.\n\n"
        "\"You're late,\" Ilan says. Voss shrugs.\n\n"
        "Mara climbs aboard. The captain watches her."
    )
    plan = _plan(story)
    chars = _characters(plan)
    assert set(chars) == {"Mara Voss", "Captain Ilan"}
    assert plan.entity(chars["Mara Voss"]).description == "a young pilot in a leather jacket"
    assert plan.entity(chars["Captain Ilan"]).description == "a grey-bearded sailor in a navy peacoat"
    spoken = [(d.speaker, d.text) for s in plan.shots() for d in s.dialogue]
    assert spoken == [("Captain Ilan", "You're late.")]
    shrug = next(s for s in plan.shots() if "Voss shrugs" in s.description)
    assert chars["Mara Voss"] in shrug.entities
    last = plan.shots()[-1]
    assert {chars["Mara Voss"], chars["Captain Ilan"]} <= set(last.entities)  # "the captain"


def test_unnamed_person_who_acts_is_a_character():
    plan = plan_story(read_story(EXAMPLES / "lighthouse.txt"), "heuristic").plan
    boy = _characters(plan).get("The boy")
    assert boy
    shot = next(s for s in plan.shots() if "a boy waves" in s.description)
    assert boy in shot.entities and boy in shot.layout
    # An appositive ("Ilan, a thin old man with a grey beard") is a look, not another person.
    assert "The man" not in _characters(plan)


def test_non_human_protagonist_has_no_clothes_default():
    plan = _plan("A robot finds a flower in a ruined city, 6 shots")
    robot = plan.entity("robot")
    assert robot.kind == "character" and "clothes" not in robot.description and "adult" not in robot.description


# ---- inserts ----------------------------------------------------------------------------------


def test_close_on_hands_frames_the_props_not_a_face():
    plan = plan_story(read_story(EXAMPLES / "lighthouse.txt"), "heuristic").plan
    shot = next(s for s in plan.shots() if s.description.startswith("Close on Mara's hands"))
    assert shot.camera.shot_size in ("CU", "ECU")
    props = [e for e in shot.entities if _kind(plan, e) == "prop"]
    assert set(props) == {"match", "lantern"}
    assert not [e for e in shot.layout if _kind(plan, e) == "character"]
    for prop in props:
        box = shot.layout[prop].start
        assert (box[2] - box[0]) * (box[3] - box[1]) > 0.03  # big in the frame
    match, lantern = shot.layout["match"].start, shot.layout["lantern"].start
    assert _overlap(match, lantern) == 0.0
    assert "Mara's hands" in shot.character


def test_shot_list_insert_and_a_subject_sentence_is_not_an_insert():
    plan = plan_story(read_story(EXAMPLES / "shotlist.txt"), "heuristic").plan
    hand = plan.shots()[2]  # "CU: her gloved hand tightens on the suitcase handle."
    assert hand.camera.shot_size == "CU"
    assert "suitcase" in hand.layout and "nadia" not in hand.layout
    box = hand.layout["suitcase"].start
    assert box[2] - box[0] > 0.2
    carry = _plan("Mara walks to the lighthouse at dusk.\n\nShe carries a brass lantern in her left hand.")
    shot = carry.shots()[1]
    assert "mara" in shot.layout and shot.camera.shot_size in ("MS", "MLS", "MCU")


# ---- movement ---------------------------------------------------------------------------------


def test_only_the_character_who_moves_is_tracked():
    plan = _plan(
        "Ilan waits on the pier at dusk.\n\n"
        "A small boat drifts out of the fog, and Ilan smiles.\n\n"
        "Captain Reyes, a sailor in a navy peacoat, stands at the rail."
    )
    boat = plan.shots()[1]
    assert boat.camera.move != "truck"
    box = boat.layout["ilan"]
    assert box.start == box.end
    sailor = plan.shots()[2]
    assert sailor.camera.move != "truck"  # "sailor" is not "sail"


def test_appositive_subject_still_moves_and_the_mover_walks_into_frame():
    plan = plan_story(read_story(EXAMPLES / "lighthouse.txt"), "heuristic").plan
    first = plan.shots()[0]  # "At dusk, Mara, a tall woman in a red raincoat, climbs ..."
    assert first.camera.move in ("crane", "truck") and first.camera.direction in ("up", "right")
    rooftop = plan_story(read_story(EXAMPLES / "rooftop.fountain"), "heuristic").plan
    cross = next(s for s in rooftop.shots() if s.description.startswith("Priya crosses"))
    # Priya stands right of Jonah: she crosses to him leftward, and he is in the shot.
    assert "jonah" in cross.layout and "priya" in cross.layout
    assert cross.layout["priya"].end[0] < cross.layout["priya"].start[0]
    assert _centre(cross.layout["jonah"].start) < _centre(cross.layout["priya"].start)


# ---- timing -----------------------------------------------------------------------------------


def test_action_shots_hold_three_to_five_seconds_and_dialogue_is_readable():
    for name in ("lighthouse.txt", "shotlist.txt", "chinese.txt", "rooftop.fountain"):
        plan = plan_story(read_story(EXAMPLES / name), "heuristic").plan
        for shot in plan.shots():
            if shot.dialogue:
                words = sum(len(d.text.split()) if d.text.isascii()
                            else sum(1 for ch in d.text if "\u4e00" <= ch <= "\u9fff") / 1.6 for d in shot.dialogue)
                assert shot.duration_s >= words / 2.5 + 1.0 - 0.05, (name, shot.id)
            else:
                assert 3.0 <= shot.duration_s <= 5.0, (name, shot.id, shot.duration_s)
    speech = _plan('Mara waits at the harbor. "I have waited here every night for eleven years, and tonight '
                   'the boat will come back to me," she says.')
    spoken = next(s for s in speech.shots() if s.dialogue)
    assert spoken.duration_s >= 18 / 2.5 + 1.0 - 0.05 and spoken.duration_s > 5.0


# ---- screen sides ------------------------------------------------------------------------------


def _sides(plan: FilmPlan) -> dict[str, set[str]]:
    sides: dict[str, set[str]] = {}
    for shot in plan.shots():
        chars = [e for e in shot.layout if _kind(plan, e) == "character"]
        if len(chars) < 2:
            continue
        for entity_id in chars:
            cx = _centre(shot.layout[entity_id].start)
            sides.setdefault(entity_id, set()).add("L" if cx < 0.5 else "R")
    return sides


def test_a_pair_keeps_its_sides_across_scenes_and_never_overlaps():
    for name in ("rooftop.fountain", "chinese.txt", "lighthouse.txt"):
        plan = plan_story(read_story(EXAMPLES / name), "heuristic").plan
        assert all(len(v) == 1 for v in _sides(plan).values()), (name, _sides(plan))
        for shot in plan.shots():
            chars = [e for e in shot.layout if _kind(plan, e) == "character"]
            for i, a in enumerate(chars):
                for b in chars[i + 1:]:
                    assert _overlap(shot.layout[a].start, shot.layout[b].start) < 0.02, (name, shot.id)


def test_three_people_in_a_two_shot_size_do_not_overlap():
    plan = _plan('Ana, Ben and Cleo stand at the bar at night. "We go now," Ana says. "Not yet," Ben says. '
                 '"Now," Cleo says.')
    for shot in plan.shots():
        chars = [e for e in shot.layout if _kind(plan, e) == "character"]
        for i, a in enumerate(chars):
            for b in chars[i + 1:]:
                assert _overlap(shot.layout[a].start, shot.layout[b].start) < 0.02, shot.id


def _shot(plan: FilmPlan, needle: str) -> Shot:
    return next(s for s in plan.shots() if needle in s.description)


def test_a_request_paragraph_under_the_title_is_consumed():
    story = parse_story("The Letter\n\nA story in 5 shots, about 20 seconds long.\n\n"
                        "Mara climbs the stairs at dusk. She finds a bottle by the lamp.\n\nShe runs down to the harbor.")
    assert (story.requested_shots, story.requested_duration_s) == (5, 20.0)
    plan = plan_story(story, "heuristic").plan
    assert len(plan.shots()) == 5
    assert not any("5 shots" in s.description or "story in" in s.description for s in plan.shots())


def test_chinese_dropped_subject_still_moves_and_a_looked_at_prop_is_not_an_insert():
    plan = plan_story(read_story(EXAMPLES / "chinese.txt"), "heuristic").plan
    first = plan.shots()[0]  # "清晨，林月穿着……，提着灯笼走到海边"
    assert first.camera.move == "truck"
    lin = _characters(plan)["林月"]
    assert first.layout[lin].end[0] > first.layout[lin].start[0]
    zh = _plan("雨夜\n\n深夜，王小明走进一家小酒吧。酒吧里只有老板娘一个人。\n\n"
               "王小明从口袋里拿出一张旧照片。\n\n特写：照片上是一个年轻的女人。老板娘看着照片，眼泪流了下来。")
    insert = _shot(zh, "特写")
    assert [e for e in insert.layout if _kind(zh, e) == "prop"]
    assert not [e for e in insert.layout if _kind(zh, e) == "character"]
    # "老板娘看着照片": she is the subject, so her face is the shot, not the photo.
    looks = _shot(zh, "老板娘看着照片")
    assert _characters(zh)["老板娘"] in looks.layout


def test_held_prop_stays_in_the_same_hand_through_a_continuous_move():
    plan = plan_story(read_story(EXAMPLES / "chinese.txt"), "heuristic").plan
    for a, b in plan.boundaries():
        if b.transition != "continuous":
            continue
        for entity_id, box in b.layout.items():
            if _kind(plan, entity_id) != "prop":
                continue
            holder = next(e for e in b.layout if _kind(plan, e) == "character")
            start_side = _centre(box.start) - _centre(b.layout[holder].start)
            end_side = _centre(box.end) - _centre(b.layout[holder].end)
            assert start_side * end_side > 0, (b.id, entity_id)


def test_shot_count_merges_keep_a_written_close_up_alone():
    story = ("Mara Voss walks along the pier at dawn. Captain Ilan waits by the ferry.\n\n"
             "\"You're late,\" Ilan says. Voss shrugs.\n\n"
             "Close on Mara's hands as she unties the rope.\n\n"
             "The ferry pulls away from the pier. Mara stands at the rail.\n\n3 shots.")
    plan = _plan(story)
    assert len(plan.shots()) == 3
    close = _shot(plan, "Close on Mara's hands")
    assert close.description == "Close on Mara's hands as she unties the rope."
    assert "rope" in close.layout
    spoken = next(s for s in plan.shots() if s.dialogue)
    # A shot that holds a walk, a wait and a line gets the action's time, not only the line's.
    assert spoken.duration_s >= 4.5


def test_logline_opens_where_its_first_clause_sets_it_or_at_home():
    robot = _plan("A robot finds a flower in a ruined city, 6 shots")
    assert robot.scenes[0].location == "the ruined city"
    texts = [s.description for s in robot.shots()]
    assert len(set(texts)) == len(texts)  # no beat told twice
    last = robot.shots()[-1]
    assert last.camera.shot_size in ("WS", "EWS") and last.camera.move == "dolly" and last.camera.direction == "out"
    clock = plan_story(read_story(EXAMPLES / "logline.txt"), "heuristic").plan
    assert "home" in clock.scenes[0].location and clock.scenes[0].heading.startswith("INT.")
    assert any("snowy city" in s.location for s in clock.scenes[1:])


def test_chinese_logline_subject_stops_at_the_preposition():
    plan = _plan("一个老渔夫在暴风雨中寻找失踪的儿子，8个镜头，一分钟。")
    assert list(_characters(plan)) == ["老渔夫"]
    assert len(plan.shots()) == 8 and abs(plan.planned_duration() - 60.0) < 0.2
    texts = [s.description for s in plan.shots()]
    assert len(set(texts)) == len(texts)
    robot = _plan("一个机器人在废墟城市里发现了一朵花，6个镜头。")
    (name, robot_id), = _characters(robot).items()
    assert name == "机器人" and "衣着" not in robot.entity(robot_id).description
    assert any(e.kind == "prop" and e.name == "花" for e in robot.entities)
    assert robot.scenes[0].location == "城市"


def test_a_prop_at_her_feet_stands_on_the_floor_not_in_her_hand():
    plan = plan_story(read_story(EXAMPLES / "shotlist.txt"), "heuristic").plan
    shot = plan.shots()[1]  # "Nadia checks the departure board, a suitcase at her feet."
    suitcase, nadia = shot.layout["suitcase"].start, shot.layout["nadia"].start
    assert suitcase[3] == nadia[3]  # resting on the same ground line
    assert suitcase[1] > nadia[1] + 0.5 * (nadia[3] - nadia[1])
