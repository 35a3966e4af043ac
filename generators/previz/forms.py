"""What a figure is: its form (director.vocab words) and how it sits in its layout box.

The plan's ``Entity.form`` says what a body or object is (a robot, a cat, a lantern, a car). A
plan from before v0.2 has none: a character then is a human unless its name or the head of its description is a form
word ("The Fox", "a maintenance robot"); a prop takes the first form word of its name, then of its description.
"""

from __future__ import annotations

from dataclasses import dataclass

from director import vocab
from director.plan import Entity
from director.planning.forms import character_form, prop_form


@dataclass(frozen=True)
class FormSpec:
    """How a form sits in a layout box.

    upright: stands like a person (head at the box top, the shot size decides how much shows);
    otherwise the figure stands on the box bottom and fits the box.
    scale: height next to an adult (1.0), so a cat beside a person is a cat's size.
    """

    upright: bool = False
    scale: float = 1.0
    floats: bool = False  # no ground shadow (fish, birds in flight)


CHARACTER_SPECS: dict[str, FormSpec] = {
    "human": FormSpec(True, 1.0), "robot": FormSpec(True, 1.0), "child": FormSpec(True, 0.68),
    "creature": FormSpec(True, 1.05), "monkey": FormSpec(False, 0.45),
    "drone": FormSpec(False, 0.2, floats=True),  # hovers, about the size of a bird
    "cat": FormSpec(scale=0.3), "dog": FormSpec(scale=0.42), "fox": FormSpec(scale=0.34),
    "wolf": FormSpec(scale=0.48), "bear": FormSpec(scale=0.7), "rabbit": FormSpec(scale=0.24),
    "mouse": FormSpec(scale=0.14), "deer": FormSpec(scale=0.85), "cow": FormSpec(scale=0.8),
    "pig": FormSpec(scale=0.45), "sheep": FormSpec(scale=0.5), "goat": FormSpec(scale=0.5),
    "horse": FormSpec(scale=1.0), "lion": FormSpec(scale=0.62), "tiger": FormSpec(scale=0.6),
    "elephant": FormSpec(scale=1.5), "dragon": FormSpec(scale=1.4),
    "bird": FormSpec(scale=0.26, floats=True), "owl": FormSpec(scale=0.3), "crow": FormSpec(scale=0.24),
    "duck": FormSpec(scale=0.26), "chicken": FormSpec(scale=0.28),
    "fish": FormSpec(scale=0.24, floats=True), "frog": FormSpec(scale=0.16),
    "snake": FormSpec(scale=0.2), "turtle": FormSpec(scale=0.2),
}
PROP_SPEC = FormSpec()

# Body colours when the description names none.
DEFAULT_FUR: dict[str, tuple[int, int, int]] = {
    "robot": (168, 178, 192), "creature": (104, 86, 136), "cat": (150, 150, 156), "dog": (160, 116, 70),
    "fox": (214, 112, 40), "wolf": (128, 128, 134), "bear": (96, 64, 40), "rabbit": (206, 196, 184),
    "mouse": (150, 146, 146), "deer": (176, 124, 74), "cow": (242, 240, 234), "pig": (240, 172, 170),
    "sheep": (238, 236, 226), "goat": (206, 196, 176), "horse": (128, 80, 44), "lion": (214, 164, 84),
    "tiger": (232, 134, 40), "elephant": (150, 150, 156), "dragon": (60, 140, 86), "monkey": (130, 90, 60),
    "bird": (80, 140, 210), "owl": (146, 112, 78), "crow": (34, 34, 40), "duck": (240, 240, 230),
    "chicken": (244, 240, 230), "fish": (244, 140, 40), "frog": (84, 172, 72), "snake": (96, 146, 60),
    "turtle": (96, 126, 66), "drone": (70, 74, 84),
}

# Words (besides the form names themselves) that name a form, for plans without Entity.form.
# Natural coats to pick from (by a hash of the entity id) when the description names no colour,
# so two cats in one film are told apart; forms not listed keep their one default colour.
FUR_CHOICES: dict[str, tuple[tuple[int, int, int], ...]] = {
    "cat": ((150, 150, 156), (214, 130, 60), (52, 50, 54), (236, 232, 224), (126, 100, 74)),
    "dog": ((160, 116, 70), (64, 54, 48), (222, 204, 164), (124, 124, 128), (196, 146, 84)),
    "horse": ((128, 80, 44), (62, 46, 38), (204, 200, 194), (172, 122, 72)),
    "robot": ((168, 178, 192), (206, 176, 96), (120, 160, 204), (222, 222, 228)),
    "creature": ((104, 86, 136), (86, 124, 84), (150, 80, 60), (70, 96, 140)),
    "bird": ((80, 140, 210), (214, 70, 60), (240, 200, 60), (90, 160, 90)),
    "fish": ((244, 140, 40), (70, 150, 220), (240, 210, 60), (220, 90, 120)),
    "rabbit": ((206, 196, 184), (140, 110, 86), (240, 240, 236), (90, 86, 84)),
    "dragon": ((60, 140, 86), (170, 50, 40), (60, 90, 160), (40, 40, 48)),
}


def default_fur(form: str, seed: int) -> tuple[int, int, int] | None:
    """The body colour of a form whose description names none (None for unknown forms)."""
    choices = FUR_CHOICES.get(form)
    if choices:
        return choices[seed % len(choices)]
    return DEFAULT_FUR.get(form)


def entity_form(entity: Entity) -> str:
    """The entity's form: the plan's, else the planners' own guess from its name and description
    (director.planning.forms), for a hand-written plan that names none."""
    if entity.form:
        return entity.form
    if entity.kind == "character":
        return character_form(entity.name, entity.description)
    if entity.kind == "prop":
        return prop_form(entity.name, entity.description)
    return "location"


def form_spec(kind: str, form: str) -> FormSpec:
    """Placement of a form; unknown animal words fall back to a four-legged animal's."""
    if kind != "character":
        return PROP_SPEC
    return CHARACTER_SPECS.get(form, FormSpec(scale=0.45))


def in_profile(kind: str, form: str) -> bool:
    """Whether the form is drawn side-on (animals, vehicles), so it can face left or right."""
    if kind == "character":
        return not form_spec(kind, form).upright
    return form in vocab.VEHICLE_FORMS


def is_drawn(entity: Entity) -> bool:
    """Whether the entity has a body on screen (a voice is heard, never drawn; places are sets)."""
    return entity.kind != "location" and not (entity.kind == "character" and entity_form(entity) == "voice")
