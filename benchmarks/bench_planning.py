"""Planning speed: the heuristic planner on a ~3,000-word story, in seconds per 1,000 words.

The story is written here, in code: an original, deterministic multi-paragraph story with named
characters, places, varied sentences and quoted dialogue. "ours" is the whole path from text to a
validated FilmPlan, ``plan_story(parse_story(text), planner="heuristic")``. The baseline is the
floor any planner pays: ``parse_story`` plus splitting the same text into paragraphs and
sentences. Their ratio says how much the planner adds on top of reading the text; it has no
goal (it is reported for information). The number to read is seconds per 1,000 words, which
has a budget of PER_1000_WORDS_GOAL_S (planning must feel instant in the studio).

    python -m benchmarks.bench_planning [--quick]
"""

from __future__ import annotations

import random
import sys
import time

from benchmarks.script import run_as_script
from director.ingest import parse_story
from director.planning.graph import plan_story
from director.text import paragraphs, sentences, word_count

PER_1000_WORDS_GOAL_S = 1.0
# Story length and repeats, per mode; the smoke test shrinks them through these module-level names.
FULL = {"words": 3000, "repeats": 3}
QUICK = {"words": 1000, "repeats": 1}

_PEOPLE = ["Mara Quell", "Tobias Fenn", "Ilse Varga", "Rafael Osei", "Noor Haddad", "Edwin Pike"]
_PLACES = [
    ("the harbour", "gulls wheeled over the grey water"),
    ("the old lighthouse", "the lamp room smelled of oil and salt"),
    ("the covered market", "stalls of oranges glowed under paper lanterns"),
    ("the station platform", "a late train hissed against the buffers"),
    ("the orchard behind the mill", "wind combed the long grass between the pear trees"),
    ("the kitchen of the inn", "a kettle rattled on the iron stove"),
]
_TIMES = ["At dawn", "Later that morning", "By noon", "In the afternoon", "At dusk", "That night"]
_OBJECTS = ["a brass compass", "a folded map", "a green umbrella", "a tin of letters",
            "a cracked lantern", "a silver key"]
_ACTIONS = [
    "{a} crossed to the window and watched the street below.",
    "{a} set {o} on the table without a word.",
    "{a} ran after {b}, calling out, but the wind took the words away.",
    "{a} knelt beside the crate and pried the lid open with a knife.",
    "{b} laughed, then stopped when {a} did not.",
    "{a} turned {o} over in both hands, looking for a mark.",
    "Slowly, {a} climbed the narrow stairs while {b} waited at the bottom.",
    "{a} handed {o} to {b} and stepped back into the shadow of the doorway.",
    "Rain began to fall, and {a} pulled up a collar against it.",
    "{b} leaned against the wall, arms folded, studying {a}.",
    "Without looking back, {a} walked the length of the pier.",
    "{a} opened the door; cold air and the smell of the sea came in.",
]
_LINES = [
    '"You kept it all these years," {a} said.',
    '"We leave before the tide turns," {b} said quietly.',
    '"Tell me what you saw," {a} asked {b}.',
    '"It was never yours to sell," {b} said.',
    '"Look at this," {a} whispered. "Someone has been here."',
    '"I am not going back," {a} said.',
]
_DESCRIPTIONS = [
    "{a} wore a long red coat that had seen better winters.",
    "{a} was tall and grey-haired, with a voice like gravel.",
    "{a} carried a canvas satchel everywhere and never opened it in company.",
    "{a} had ink on every finger and a pencil behind one ear.",
]


def make_story(words: int, seed: int = 11) -> str:
    """An original story of about `words` words: paragraphs of 4-7 varied sentences."""
    rng = random.Random(seed)
    text_paragraphs: list[str] = ["The Keeper of the Tin Letters"]
    introduced: set[str] = set()
    count = 0
    scene = 0

    def name(person: str) -> str:  # full name at first mention, first name after
        if person in introduced:
            return person.split()[0]
        introduced.add(person)
        return person

    while count < words:
        place, detail = _PLACES[scene % len(_PLACES)]
        time_phrase = _TIMES[(scene + scene // len(_TIMES)) % len(_TIMES)]
        a, b = rng.sample(_PEOPLE, 2)
        new_face = a not in introduced
        body = [f"{time_phrase}, {name(a)} came to {place}, where {detail}."]
        if new_face:
            body.append(rng.choice(_DESCRIPTIONS).format(a=name(a)))
        lines = rng.sample(_ACTIONS, rng.randint(2, 4)) + rng.sample(_LINES, rng.randint(1, 2))
        rng.shuffle(lines)
        for template in lines:
            first, second = (a, b) if rng.random() < 0.6 else (b, a)
            names = {key: name(person) for key, person in (("a", first), ("b", second))
                     if "{" + key + "}" in template}  # introduced only where mentioned
            body.append(template.format(**names, o=rng.choice(_OBJECTS)))
        paragraph = " ".join(body)
        text_paragraphs.append(paragraph)
        count += int(word_count(paragraph))
        scene += 1
    return "\n\n".join(text_paragraphs) + "\n"


def read_only(text: str) -> int:
    """The baseline: ingest the text and split it into sentences; returns the sentence count."""
    story = parse_story(text)
    return sum(len(sentences(p)) for p in paragraphs(story.text))


def plan_heuristic(text: str) -> int:
    """Ours: text → validated FilmPlan with the heuristic planner; returns the shot count."""
    return len(plan_story(parse_story(text), planner="heuristic").plan.shots())


def _best_time(fn, text: str, repeats: int) -> tuple[float, int]:
    best, value = float("inf"), 0
    for _ in range(repeats):
        started = time.perf_counter()
        value = fn(text)
        best = min(best, time.perf_counter() - started)
    return best, value


def run(quick: bool = False) -> dict:
    """Time the heuristic planner against reading the same text (both warm, best of repeats)."""
    sizes = QUICK if quick else FULL
    text = make_story(sizes["words"])
    words = int(word_count(text))
    plan_heuristic(text)  # warm-up: imports and graph compilation are not per-word costs
    baseline_s, sentence_count = _best_time(read_only, text, max(5, sizes["repeats"] * 5))
    ours_s, shot_count = _best_time(plan_heuristic, text, sizes["repeats"])
    per_1000 = ours_s / words * 1000
    return {
        "name": "planning", "frames": None, "words": words, "shots": shot_count,
        "baseline_s": round(baseline_s, 5), "ours_s": round(ours_s, 5),
        "ratio": round(ours_s / baseline_s, 3), "goal": "info",
        "per_1000_words_s": round(per_1000, 4), "per_1000_words_goal_s": PER_1000_WORDS_GOAL_S,
        "passed": per_1000 <= PER_1000_WORDS_GOAL_S,
        "note": (f"{words}-word story, {sentence_count} sentences → {shot_count} shots; "
                 f"{per_1000:.3f} s per 1,000 words (budget {PER_1000_WORDS_GOAL_S:.1f} s); "
                 "baseline: parse_story + sentence split; ratio for information"),
    }


def main(argv: list[str] | None = None) -> int:
    results = run_as_script(argv, __doc__, "a 1,000-word story, one repeat", lambda quick: [run(quick)])
    return 0 if results is not None else 1


if __name__ == "__main__":
    sys.exit(main())
