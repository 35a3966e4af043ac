"""Score a FilmPlan against a story's gold annotation.

Metrics (per story, and overall by pooling the counts of every story):

- character precision / recall / F1: a planned character matches a gold one when its name is the
  gold name or an alias (case-insensitive, CJK aware, see match.py). A planned character that is
  no gold character (a planet, "Lightning", a crowd) or a second entity for a gold character
  already matched (the stranger and the brother he turns out to be) is a false positive.
- form accuracy: of the matched characters whose gold names a body (director.vocab
  CHARACTER_FORMS: human, child, voice, dog, robot...), the share planned with that form (no
  form means human): a voice-only AI drawn as a person is wrong.
- look recall: each look phrase of each gold character counts as found when all its content
  words are in the description of the entity matched to that character (an unmatched character's
  looks are all missed).
- location recall: each gold place needs its own location entity that the film uses (listed in a
  shot or named as a scene's location) and whose name contains one of the place's words; two gold
  places served by one entity count once (a maximum one-to-one matching).
- dialogue verbatim: each gold line is found when a planned line (or consecutive planned lines of
  one speaker, a speech split over shots) has exactly its text after whitespace normalisation
  and its speaker is the right character. Planned lines that match no gold line are reported as
  ``extra_lines``.
- jump cuts: consecutive shots joined by a hard cut with the same shot size, the same angle and
  the same set of entities: the viewer sees no cut.
- scene error: |planned scenes - gold scenes|.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from benchmarks.plan_quality.gold import Gold, GoldCharacter
from benchmarks.plan_quality.match import missing_words, names_place, normalize_line, same_name
from director.plan import Entity, FilmPlan
from director.text import has_cjk


def _ratio(found: int, total: int) -> float:
    """found / total, and 1.0 when there was nothing to find."""
    return found / total if total else 1.0


@dataclass
class Counts:
    """The countable outcome of scoring; sums of Counts give the overall scores."""

    characters_matched: int = 0
    characters_false: int = 0
    characters_missed: int = 0
    forms_right: int = 0
    forms_total: int = 0
    looks_found: int = 0
    looks_total: int = 0
    places_found: int = 0
    places_total: int = 0
    lines_verbatim: int = 0
    lines_total: int = 0
    extra_lines: int = 0
    jump_cuts: int = 0
    cuts: int = 0
    scene_error: int = 0
    stories: int = 1

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(Counts)})

    @property
    def precision(self) -> float:
        return _ratio(self.characters_matched, self.characters_matched + self.characters_false)

    @property
    def recall(self) -> float:
        return _ratio(self.characters_matched, self.characters_matched + self.characters_missed)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def form_accuracy(self) -> float:
        return _ratio(self.forms_right, self.forms_total)

    @property
    def look_recall(self) -> float:
        return _ratio(self.looks_found, self.looks_total)

    @property
    def location_recall(self) -> float:
        return _ratio(self.places_found, self.places_total)

    @property
    def dialogue_verbatim(self) -> float:
        return _ratio(self.lines_verbatim, self.lines_total)

    @property
    def mean_scene_error(self) -> float:
        return self.scene_error / self.stories if self.stories else 0.0

    def metrics(self) -> dict:
        """The headline numbers, rounded for tables and JSON."""
        return {
            "character_precision": round(self.precision, 3),
            "character_recall": round(self.recall, 3),
            "character_f1": round(self.f1, 3),
            "form_accuracy": round(self.form_accuracy, 3),
            "look_recall": round(self.look_recall, 3),
            "location_recall": round(self.location_recall, 3),
            "dialogue_verbatim": round(self.dialogue_verbatim, 3),
            "jump_cuts": self.jump_cuts,
            "scene_error": round(self.mean_scene_error, 2),
        }


@dataclass
class StoryScore:
    """One story's counts and the mistakes behind them, named so a reader can see what went wrong."""

    story: str
    counts: Counts
    false_characters: list[str] = field(default_factory=list)
    missed_characters: list[str] = field(default_factory=list)
    wrong_forms: list[str] = field(default_factory=list)
    missed_looks: list[str] = field(default_factory=list)
    missed_places: list[str] = field(default_factory=list)
    missed_lines: list[str] = field(default_factory=list)
    jump_cut_shots: list[str] = field(default_factory=list)
    scenes_planned: int = 0
    scenes_gold: int = 0

    def to_json(self) -> dict:
        data = asdict(self)
        data["counts"] = asdict(self.counts)
        data["metrics"] = self.counts.metrics()
        return data


def score_plan(plan: FilmPlan, gold: Gold) -> StoryScore:
    """Every metric for one planned story."""
    counts = Counts()
    result = StoryScore(story=gold.story, counts=counts,
                        scenes_planned=len(plan.scenes), scenes_gold=gold.scenes)
    matched = _score_characters(plan, gold, result)
    _score_forms(gold, matched, result)
    _score_looks(gold, matched, result)
    _score_places(plan, gold, result)
    _score_dialogue(plan, gold, matched, result)
    _score_cuts(plan, result)
    counts.scene_error = abs(len(plan.scenes) - gold.scenes)
    return result


def score_failure(gold: Gold) -> StoryScore:
    """A story the planner could not plan: everything in the gold is missed."""
    counts = Counts(
        characters_missed=len(gold.characters),
        looks_total=sum(len(c.looks) for c in gold.characters),
        places_total=len(gold.places), lines_total=len(gold.dialogue), scene_error=gold.scenes,
    )
    return StoryScore(story=gold.story, counts=counts,
                      missed_characters=[c.name for c in gold.characters],
                      missed_places=[" / ".join(p) for p in gold.places],
                      missed_lines=[line.text for line in gold.dialogue], scenes_gold=gold.scenes)


# ---- the metrics ---------------------------------------------------------------------------


def _score_characters(plan: FilmPlan, gold: Gold, result: StoryScore) -> dict[str, Entity]:
    """Match planned characters to gold ones (first come, one each); returns gold name → entity."""
    matched: dict[str, Entity] = {}
    for entity in (e for e in plan.entities if e.kind == "character"):
        character = gold.character_named(entity.name)
        if character is not None and character.name not in matched:
            matched[character.name] = entity
            continue
        result.counts.characters_false += 1
        again = f" (a second entity for {character.name})" if character is not None else ""
        result.false_characters.append(entity.name + again)
    result.counts.characters_matched = len(matched)
    result.missed_characters = [c.name for c in gold.characters if c.name not in matched]
    result.counts.characters_missed = len(result.missed_characters)
    return matched


def _score_forms(gold: Gold, matched: dict[str, Entity], result: StoryScore) -> None:
    for character in gold.characters:
        entity = matched.get(character.name)
        if character.form is None or entity is None:
            continue
        result.counts.forms_total += 1
        planned = entity.form or "human"
        if planned == character.form:
            result.counts.forms_right += 1
        else:
            result.wrong_forms.append(f"{character.name}: {planned}, not {character.form}")


def _score_looks(gold: Gold, matched: dict[str, Entity], result: StoryScore) -> None:
    for character in gold.characters:
        entity = matched.get(character.name)
        for look in character.looks:
            result.counts.looks_total += 1
            if entity is not None and not missing_words(look, entity.description):
                result.counts.looks_found += 1
            else:
                result.missed_looks.append(f"{character.name}: {look}")


def _used_locations(plan: FilmPlan) -> list[Entity]:
    """Location entities the film shows: listed in a shot, or named as a scene's location."""
    in_shots = {eid for shot in plan.shots() for eid in shot.entities}
    scene_places = [scene.location for scene in plan.scenes if scene.location]
    return [e for e in plan.entities if e.kind == "location"
            and (e.id in in_shots or any(same_name(p, e.name) or p == e.id for p in scene_places))]


def _score_places(plan: FilmPlan, gold: Gold, result: StoryScore) -> None:
    """A maximum one-to-one matching between gold places and the film's location entities."""
    locations = _used_locations(plan)
    options = [[j for j, loc in enumerate(locations) if any(names_place(w, loc.name) for w in place)]
               for place in gold.places]
    owner: dict[int, int] = {}  # location index → gold place index

    def assign(i: int, seen: set[int]) -> bool:  # Kuhn's augmenting path
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    served = {i for i in range(len(gold.places)) if assign(i, set())}
    result.counts.places_total = len(gold.places)
    result.counts.places_found = len(served)
    result.missed_places = [" / ".join(p) for i, p in enumerate(gold.places) if i not in served]


def _speaker_of(speaker: str, plan: FilmPlan, gold: Gold) -> GoldCharacter | None:
    """The gold character a planned line's speaker is: by name or alias, or through the entity
    the speaker names (planners may write the entity id)."""
    character = gold.character_named(speaker)
    if character is not None:
        return character
    for entity in plan.entities:
        if entity.kind == "character" and (entity.id == speaker or same_name(entity.name, speaker)):
            return gold.character_named(entity.name)
    return None


def _joined(parts: list[str]) -> str:
    """A speech split over consecutive shots, put back together (CJK text joins without spaces)."""
    if parts and all(has_cjk(p) for p in parts):
        return normalize_line("".join(p.strip() for p in parts))
    return normalize_line(" ".join(parts))


def _score_dialogue(plan: FilmPlan, gold: Gold, matched: dict[str, Entity], result: StoryScore) -> None:
    planned = [(_speaker_of(line.speaker, plan, gold), line.text)
               for shot in plan.shots() for line in shot.dialogue]
    used = [False] * len(planned)
    for line in gold.dialogue:
        want, speaker = normalize_line(line.text), gold.character_named(line.speaker)
        if not _take_line(planned, used, speaker, want):
            result.missed_lines.append(f"{line.speaker}: {line.text}")
    result.counts.lines_total = len(gold.dialogue)
    result.counts.lines_verbatim = len(gold.dialogue) - len(result.missed_lines)
    result.counts.extra_lines = used.count(False)


def _take_line(planned: list, used: list[bool], speaker: GoldCharacter | None, want: str) -> bool:
    """Find ``want`` spoken by ``speaker`` in one planned line or a run of consecutive ones."""
    for start in range(len(planned)):
        parts: list[str] = []
        end = start
        while end < len(planned) and not used[end] and planned[end][0] == speaker:
            parts.append(planned[end][1])
            end += 1
            if _joined(parts) == want:
                for k in range(start, end):
                    used[k] = True
                return True
            if len(_joined(parts)) >= len(want):
                break
    return False


def _score_cuts(plan: FilmPlan, result: StoryScore) -> None:
    for before, after in plan.boundaries():
        if after.transition != "cut":
            continue
        result.counts.cuts += 1
        if (before.camera.shot_size == after.camera.shot_size and before.camera.angle == after.camera.angle
                and set(before.entities) == set(after.entities)):
            result.counts.jump_cuts += 1
            result.jump_cut_shots.append(f"{before.id}→{after.id}")


def overall(scores: list[StoryScore]) -> Counts:
    """Pooled counts of every story (micro averages); scene error is the mean over stories."""
    total = Counts(stories=0)
    for score in scores:
        total = total + score.counts
    return total
