"""The plan-quality benchmark: the scorer on hand-built plans (every metric can fail, and each
mistake lowers exactly its own metric), the gold files against their stories, and a smoke run
of the real heuristic planner through the runner."""

from __future__ import annotations

import json
import re

import pytest

from benchmarks import run_all
from benchmarks.plan_quality import page, run
from benchmarks.plan_quality.__main__ import main
from benchmarks.plan_quality.gold import GoldError, load_gold, parse_gold, story_file
from benchmarks.plan_quality.match import content_words, normalize_line, normalize_name, words
from benchmarks.plan_quality.score import Counts, overall, score_plan
from director.plan import FilmPlan
from director.text import word_count

GOLD = {
    "characters": [
        {"name": "Ines Vela", "aliases": ["Ines", "Dr. Vela"], "looks": ["shaved head", "silver prosthetic arm"],
         "form": "human"},
        {"name": "HALDEN", "aliases": ["the ship's computer"], "looks": [], "form": "voice"},
    ],
    "not_characters": ["Jupiter", "Lightning"],
    "places": [["corridor"], ["greenhouse"], ["hull", "outside"]],
    "dialogue": [
        {"speaker": "Ines", "text": "Two minutes. Did anyone follow you?"},
        {"speaker": "HALDEN", "text": "Hull breach."},
    ],
    "scenes": 2,
}
PERFECT = {"character_precision": 1.0, "character_recall": 1.0, "character_f1": 1.0, "form_accuracy": 1.0,
           "look_recall": 1.0,
           "location_recall": 1.0, "dialogue_verbatim": 1.0, "jump_cuts": 0, "scene_error": 0.0}


def _entity(eid, name, kind, description="", form=None):
    return {"id": eid, "name": name, "kind": kind, "description": description, "form": form}


def _shot(sid, entities, size="MS", angle="eye", transition="cut", dialogue=()):
    return {"id": sid, "description": "action", "entities": entities, "transition": transition,
            "camera": {"shot_size": size, "angle": angle},
            "dialogue": [{"speaker": s, "text": t} for s, t in dialogue]}


def perfect_plan() -> dict:
    """A plan a careful reader would accept for GOLD."""
    return {
        "entities": [
            _entity("ines", "Dr. Vela", "character", "a woman with a shaved head and a silver prosthetic arm"),
            _entity("halden", "Halden", "character", "heard, never seen", form="voice"),
            _entity("corridor", "the narrow corridor", "location"),
            _entity("greenhouse", "Greenhouse", "location"),
            _entity("hull", "outside the station's hull", "location"),
        ],
        "scenes": [
            {"id": "s1", "location": "the narrow corridor", "shots": [
                _shot("a", ["ines", "corridor"], "WS", dialogue=[("Ines", "Two minutes. Did anyone follow you?")]),
                _shot("b", ["ines", "greenhouse"], "MS"),
            ]},
            {"id": "s2", "shots": [
                _shot("c", ["ines", "hull"], "LS", dialogue=[("halden", "Hull breach.")]),
                _shot("d", ["ines", "hull"], "LS", transition="dissolve"),
            ]},
        ],
    }


def metrics(plan: dict) -> dict:
    return score_plan(FilmPlan.model_validate(plan), parse_gold(GOLD, "test")).counts.metrics()


def changed(plan: dict) -> dict:
    """The metrics that differ from a perfect score."""
    return {k: v for k, v in metrics(plan).items() if v != PERFECT[k]}


def test_a_perfect_plan_scores_perfectly():
    assert metrics(perfect_plan()) == PERFECT


def test_a_thing_planned_as_a_character_lowers_precision_only():
    plan = perfect_plan()
    plan["entities"].append(_entity("jupiter", "Jupiter", "character"))
    assert changed(plan) == {"character_precision": 0.667, "character_f1": 0.8}


def test_two_entities_for_one_character_is_a_false_positive():
    plan = perfect_plan()
    plan["entities"].append(_entity("ines2", "INES VELA", "character", "shaved head, silver prosthetic arm"))
    score = score_plan(FilmPlan.model_validate(plan), parse_gold(GOLD, "test"))
    assert score.false_characters == ["INES VELA (a second entity for Ines Vela)"]
    assert changed(plan) == {"character_precision": 0.667, "character_f1": 0.8}


def test_a_missing_character_lowers_recall():
    plan = perfect_plan()
    plan["entities"] = [e for e in plan["entities"] if e["id"] != "halden"]
    plan["scenes"][1]["shots"][0]["dialogue"] = []
    result = changed(plan)
    assert result.pop("dialogue_verbatim") == 0.5  # its line is gone with it
    assert result == {"character_recall": 0.5, "character_f1": 0.667}


def test_a_voice_drawn_as_a_body_lowers_form_accuracy_only():
    plan = perfect_plan()
    plan["entities"][1]["form"] = None  # no form: a human body
    assert changed(plan) == {"form_accuracy": 0.5}
    plan["entities"][1]["form"] = "robot"
    score = score_plan(FilmPlan.model_validate(plan), parse_gold(GOLD, "test"))
    assert score.wrong_forms == ["HALDEN: robot, not voice"]


def test_a_look_missing_from_the_description_lowers_look_recall_only():
    plan = perfect_plan()
    plan["entities"][0]["description"] = "a woman with a shaved head; no description of the arm"
    assert changed(plan) == {"look_recall": 0.5}
    plan["entities"][0]["description"] = "a silver arm, a shaved head"  # "prosthetic" is missing
    assert changed(plan) == {"look_recall": 0.5}


def test_two_places_in_one_location_count_once():
    plan = perfect_plan()
    plan["entities"][2]["name"] = "corridor by the greenhouse"  # could serve either place
    plan["entities"] = [e for e in plan["entities"] if e["id"] != "greenhouse"]
    plan["scenes"][0]["shots"][1]["entities"] = ["ines", "corridor"]
    assert changed(plan) == {"location_recall": 0.667}


def test_a_location_no_shot_uses_is_not_a_place_in_the_film():
    plan = perfect_plan()
    plan["scenes"][0]["shots"][1]["entities"] = ["ines", "corridor"]  # nobody goes to the greenhouse
    plan["scenes"][0]["shots"][1]["camera"]["shot_size"] = "MCU"
    assert changed(plan) == {"location_recall": 0.667}


def test_a_place_word_matches_whole_words_only():
    plan = perfect_plan()
    plan["entities"][4]["name"] = "hullabaloo"
    assert changed(plan) == {"location_recall": 0.667}


def test_dialogue_must_be_verbatim_and_spoken_by_the_right_character():
    plan = perfect_plan()
    plan["scenes"][0]["shots"][0]["dialogue"] = [{"speaker": "Ines", "text": "Did anyone follow you?"}]
    assert changed(plan) == {"dialogue_verbatim": 0.5}
    plan = perfect_plan()
    plan["scenes"][0]["shots"][0]["dialogue"] = [{"speaker": "Halden", "text": "Two minutes. Did anyone follow you?"}]
    assert changed(plan) == {"dialogue_verbatim": 0.5}


def test_a_speech_split_over_consecutive_shots_is_still_verbatim():
    plan = perfect_plan()
    plan["scenes"][0]["shots"][0]["dialogue"] = [{"speaker": "Ines", "text": "Two minutes."}]
    plan["scenes"][0]["shots"][1]["dialogue"] = [{"speaker": "Dr. Vela", "text": "Did anyone   follow you?"}]
    assert changed(plan) == {}


def test_whitespace_and_a_final_comma_do_not_change_a_line_but_words_do():
    assert normalize_line(" Sit  down, ") == normalize_line("Sit down.") == "Sit down"
    assert normalize_line("Sit down!") != normalize_line("Sit down.")
    assert normalize_line("sit down.") != normalize_line("Sit down.")


def test_extra_lines_are_counted():
    plan = perfect_plan()
    plan["scenes"][0]["shots"][1]["dialogue"] = [{"speaker": "Ines", "text": "Someone invented this."}]
    score = score_plan(FilmPlan.model_validate(plan), parse_gold(GOLD, "test"))
    assert score.counts.extra_lines == 1 and score.counts.dialogue_verbatim == 1.0


def test_a_hard_cut_between_identical_setups_is_a_jump_cut():
    plan = perfect_plan()
    plan["scenes"][1]["shots"][1]["transition"] = "cut"  # same size, angle and entities as shot c
    assert changed(plan) == {"jump_cuts": 1}
    plan["scenes"][1]["shots"][1]["camera"]["angle"] = "high"
    assert changed(plan) == {}
    plan["scenes"][1]["shots"][1]["camera"]["angle"] = "eye"
    plan["scenes"][1]["shots"][1]["entities"] = ["hull"]
    assert changed(plan) == {}


def test_scene_count_error():
    plan = perfect_plan()
    plan["scenes"][1]["id"], plan["scenes"][1]["shots"] = "s2", plan["scenes"][1]["shots"][:1]
    plan["scenes"].append({"id": "s3", "shots": [_shot("e", ["ines", "hull"], "CU")]})
    assert changed(plan) == {"scene_error": 1.0}


def test_overall_pools_counts():
    total = overall([score_plan(FilmPlan.model_validate(perfect_plan()), parse_gold(GOLD, "t"))] * 2)
    assert total.stories == 2 and total.characters_matched == 4 and total.mean_scene_error == 0
    assert Counts(characters_matched=1, characters_false=1).precision == 0.5
    assert Counts().f1 == 1.0  # nothing to find and nothing wrong


def test_names_compare_case_width_articles_and_cjk():
    assert normalize_name("The  Fox") == normalize_name("fox")
    assert normalize_name("Dr. Osei") == normalize_name("DR OSEI")
    assert normalize_name("阿 丰") == normalize_name("阿丰")
    assert normalize_name("ＷＲＥＮ") == normalize_name("wren")
    # the articles of the other languages the planner reads do not change who is meant either
    assert normalize_name("El perro") == normalize_name("perro") == normalize_name("o perro")
    assert normalize_name("der Bürgermeister") == normalize_name("Bürgermeister")
    assert normalize_name("le garçon") == normalize_name("garçon") and normalize_name("Léa") == "léa"
    assert words("Grey-streaked BEARDS") == ["grey", "streaked", "beard"]
    assert content_words("白色的胡子") == ["白色", "胡子"]


def test_chinese_gold_is_matched_by_characters():
    gold = parse_gold({"characters": [{"name": "阿丰", "aliases": ["老石匠"], "looks": ["白胡子"]}],
                       "places": [["竹林"]], "dialogue": [{"speaker": "老石匠", "text": "桥是给人走的。"}],
                       "scenes": 1}, "zh")
    plan = FilmPlan.model_validate({"entities": [
        _entity("afeng", "老石匠", "character", "留着白胡子的老人"), _entity("bamboo", "竹林深处", "location")],
        "scenes": [{"id": "s", "shots": [_shot("a", ["afeng", "bamboo"], dialogue=[("阿丰", "桥是给人走的。")])]}]})
    assert score_plan(plan, gold).counts.metrics() == PERFECT


def test_bad_gold_is_refused_with_its_reason():
    with pytest.raises(GoldError, match="speaker 'Nobody'"):
        parse_gold({**GOLD, "dialogue": [{"speaker": "Nobody", "text": "hi"}]}, "t")
    with pytest.raises(GoldError, match="'Ines' is listed as a character and as not a character"):
        parse_gold({**GOLD, "not_characters": ["Ines"]}, "t")
    with pytest.raises(GoldError, match=r"form\(s\) \['ghost'\]"):
        parse_gold({**GOLD, "characters": [{"name": "Ines", "form": "ghost"}], "dialogue": []}, "t")
    with pytest.raises(GoldError, match="scenes"):
        parse_gold({**GOLD, "scenes": 0}, "t")


# ---- the gold files are a reading of their stories ------------------------------------------


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


GOLD_FILES = run.gold_files("all")


def test_the_sets_are_big_enough_and_every_story_has_gold():
    assert len(run.gold_files("main")) >= 15 and len(run.gold_files("heldout")) >= 5
    for folder in run.SETS.values():
        stories = [p for p in folder.iterdir() if p.suffix in (".txt", ".fountain")]
        assert sorted(p.stem for p in stories) == sorted(p.stem for p in folder.glob("*.json"))


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_is_taken_from_the_story_text(gold_path):
    gold = load_gold(gold_path)
    text = story_file(gold_path).read_text(encoding="utf-8")
    folded, story_words = _folded(text), set(words(text))
    assert word_count(text) <= 400  # short, so the benchmark runs in seconds
    for line in gold.dialogue:  # verbatim, up to the comma an attribution turns a full stop into
        assert normalize_line(line.text) in " ".join(text.split()), line.text
    for character in gold.characters:
        assert any(_folded(n) in folded for n in character.names), character.name
        for look in character.looks:
            assert all(w in story_words or w in folded for w in content_words(look)), look
    for place in gold.places:
        assert any(_folded(w) in folded for w in place), place
    for thing in gold.not_characters:
        assert _folded(thing) in folded, thing


# ---- the runner, with the real planner ------------------------------------------------------


def test_runner_plans_and_scores_real_stories(monkeypatch, tmp_path, capsys):
    chosen = [p for p in run.gold_files("main") if p.stem in ("dead_drop", "crane_bridge_zh")]
    monkeypatch.setattr(run, "gold_files", lambda set_name: chosen)
    out = tmp_path / "pq.json"
    assert main(["--planner", "heuristic", "--json", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert [row["story"] for row in result["stories"]] == ["crane_bridge_zh", "dead_drop"]
    for row in result["stories"]:
        assert not row["error"] and row["scenes_planned"] >= 1
        assert all(0 <= row["metrics"][k] <= 1 for k in PERFECT if k not in ("jump_cuts", "scene_error"))
    counts = result["overall"]["counts"]
    assert counts["lines_total"] == 2 + 5 and counts["places_total"] == 2 + 2
    table = capsys.readouterr().out
    assert re.search(r"\| dead_drop \|( [0-9.]+ \|){8}", table) and "**overall**" in table


def test_llm_planner_without_a_server_is_reported_not_run(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    result = run.run_benchmark("llm", "main")
    assert result["status"] == run.NOT_RUN and result["stories"] == []
    assert run.markdown_table(result) == f"llm: {run.NOT_RUN}"


def test_bad_options_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--planner", "psychic"])
    assert exit_info.value.code == 2
    capsys.readouterr()
    assert main(["--story", "no_such_story"]) == 2
    assert capsys.readouterr().err.strip().splitlines() == ["error: no story named ['no_such_story'] in set 'main'"]


def test_the_stored_baseline_scored_the_current_stories_and_gold():
    """baseline.json must be remade (page.py says how) whenever a story or its gold changes."""
    baseline = json.loads(page.BASELINE.read_text(encoding="utf-8"))
    assert baseline["planner"] == "heuristic" and "637fab6" in baseline["label"]
    rows = {row["story"]: row for row in baseline["stories"]}
    assert sorted(rows) == sorted(p.stem for p in GOLD_FILES)
    for gold_path in GOLD_FILES:
        gold, counts = load_gold(gold_path), rows[gold_path.stem]["counts"]
        assert counts["lines_total"] == len(gold.dialogue) and counts["places_total"] == len(gold.places)
        assert counts["looks_total"] == sum(len(c.looks) for c in gold.characters)
        assert counts["characters_matched"] + counts["characters_missed"] == len(gold.characters)
        assert rows[gold_path.stem]["scenes_gold"] == gold.scenes


def test_run_all_writes_the_plan_quality_section(monkeypatch, tmp_path):
    main_stories = len(run.gold_files("main"))
    chosen = [p for p in run.gold_files("all") if p.stem in ("boat_argument",)]
    monkeypatch.setattr(run, "gold_files", lambda set_name: chosen)
    monkeypatch.setenv("HOME", str(tmp_path))  # no LLM configured in a config file either
    monkeypatch.chdir(tmp_path)
    markdown, raw = tmp_path / "benchmarks.md", tmp_path / "latest.json"
    assert run_all.main(["--only", "plan-quality", "--markdown", str(markdown), "--json", str(raw)]) == 0
    page_text = markdown.read_text(encoding="utf-8")
    quality = json.loads(raw.read_text(encoding="utf-8"))["plan_quality"]
    heuristic = quality["runs"][0]
    assert [row["story"] for row in heuristic["stories"]] == ["boat_argument"]
    section = page_text[page_text.index("## Plan quality"):]
    assert f"| heuristic @ 637fab6 (before) | main | {main_stories} |" in section  # the stored baseline
    f1 = heuristic["by_set"]["main"]["character_f1"]
    assert f"| heuristic (this version) | main | 1 | " in section and f"{f1:.2f}" in section
    assert f"| llm | all | | {run.NOT_RUN} |" in section
    assert "| boat_argument |" in section and "*the bar (main set)*" in section


@pytest.fixture
def llm_server_env(monkeypatch, tmp_path):
    """The LLM planner pointed at a server through the environment, as a user would."""
    from director.llm import RungCache

    RungCache.forget_all()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("DIRECTOR_LLM_MAX_RETRIES", "0")
    monkeypatch.setenv("DIRECTOR_LLM_TIMEOUT_S", "5")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-plan-quality-0001")
    return lambda url: monkeypatch.setenv("OPENAI_BASE_URL", url)


@pytest.mark.timeout(60)
def test_llm_planner_is_scored_on_what_the_server_answered(llm_server_env):
    from fake_openai_server import FakeOpenAIServer, load_fixtures

    # This scripted server answers every story with its lighthouse plan: the runner must plan
    # through it and score that plan as a reading of the thriller, which it is not.
    with FakeOpenAIServer(load_fixtures("good")) as server:
        llm_server_env(server.base_url)
        result = run.run_benchmark("llm", "main", stories=["dead_drop"])
        assert server.requests
    [row] = result["stories"]
    assert result["status"] == "run" and row["error"] == ""
    assert row["metrics"]["character_recall"] == 0.0 and row["metrics"]["dialogue_verbatim"] == 0.0
    with FakeOpenAIServer(load_fixtures("good"), mode="prose") as server:  # never valid JSON
        llm_server_env(server.base_url)
        [row] = run.run_benchmark("llm", "main", stories=["dead_drop"])["stories"]
    assert row["error"].startswith("RunError") and row["counts"]["characters_missed"] == 3
