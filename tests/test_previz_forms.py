"""Characters drawn as what they are (robots, animals, children, voices) and props and vehicles as
recognisable silhouettes, each the same in every shot and framed in its layout box."""

from __future__ import annotations

import numpy as np
import pytest

from director import vocab
from director.plan import Entity, parse_plan
from generators.base import ShotContext
from generators.previz.figures import draw_figure, figure_aspect
from generators.previz.forms import entity_form
from generators.previz.look import look_for
from generators.previz.render import ShotRenderer
from tests.test_previz_helpers import SMALL, colour_mask

MAGENTA = (200, 40, 160)


def _look(kind: str, form: str | None, description: str = "", name: str = "X"):
    return look_for(Entity(id="x", name=name, kind=kind, form=form, description=description))


def _mask(kind: str, form: str, px: int = 96) -> np.ndarray:
    """The silhouette of a form, centred in a square and scaled to 48 x 48 (shape and proportions
    compared, not size)."""
    import cv2
    alpha = draw_figure(_look(kind, form), px).rgba[..., 3]
    ys, xs = np.nonzero(alpha > 128)
    crop = alpha[ys.min():ys.max() + 1, xs.min():xs.max() + 1]
    side = max(crop.shape)
    square = np.zeros((side, side), np.uint8)
    y, x = (side - crop.shape[0]) // 2, (side - crop.shape[1]) // 2
    square[y:y + crop.shape[0], x:x + crop.shape[1]] = crop
    return cv2.resize(square, (48, 48), interpolation=cv2.INTER_AREA) > 128


def test_forms_come_from_the_plan_or_the_name():
    assert entity_form(Entity(id="a", name="Kade", kind="character")) == "human"
    assert entity_form(Entity(id="a", name="Kade", kind="character", form="robot")) == "robot"
    assert entity_form(Entity(id="a", name="The Fox", kind="character")) == "fox"
    assert entity_form(Entity(id="a", name="B-7", kind="character", description="a maintenance robot")) == "robot"
    assert entity_form(Entity(id="a", name="Mara", kind="character", description="a woman with a black cat")) == "human"
    assert entity_form(Entity(id="p", name="Bag", kind="prop", description="a leather suitcase")) == "bag"
    assert entity_form(Entity(id="p", name="Her things", kind="prop", description="a leather suitcase")) == "case"
    assert entity_form(Entity(id="p", name="钥匙", kind="prop")) == "key"
    for child in ("a girl of eight in a red hood", "a 7-year-old boy", "a little girl"):
        assert entity_form(Entity(id="c", name="Ada", kind="character", description=child)) == "child"
    for adult in ("a man of forty", "a boy of 15", "a woman aged 30", "a mother of two",
                  "a tired nurse who lost a child"):
        assert entity_form(Entity(id="c", name="Ada", kind="character", description=adult)) == "human"


def test_every_character_form_but_voice_draws_a_distinct_body():
    forms = [f for f in vocab.CHARACTER_FORMS if f != "voice"]
    masks = {f: _mask("character", f) for f in forms}
    for f, m in masks.items():
        assert m.mean() > 0.12, f"{f} drew almost nothing"
    # Silhouettes differ pairwise: no two forms share a shape (a child is a person, told by its
    # size and larger head, below).
    for i, a in enumerate(forms):
        for b in forms[i + 1:]:
            if {a, b} != {"human", "child"}:
                assert (masks[a] != masks[b]).mean() > 0.06, (a, b)
    # A robot is not a person in a sweater: boxy, with a cyan visor.
    robot = draw_figure(_look("character", "robot"), 200).rgba
    visor = colour_mask(robot[..., :3], (80, 220, 240), tol=30) & (robot[..., 3] > 250)
    assert visor.sum() > 50
    # Four-legged animals are wider than tall; people are taller than wide.
    assert figure_aspect(_look("character", "horse")) > 1.1
    assert figure_aspect(_look("character", "cat")) > 1.1
    assert figure_aspect(_look("character", "human")) < 0.8
    assert figure_aspect(_look("character", "robot")) < 0.8


def test_every_prop_form_has_its_own_silhouette_and_vehicles_are_long():
    forms = [f for f in vocab.PROP_FORMS if f not in ("object", "weapon")]  # weapon draws a sword
    masks = {f: _mask("prop", f) for f in forms}
    for i, a in enumerate(forms):
        assert masks[a].mean() > 0.05, f"{a} drew almost nothing"
        for b in forms[i + 1:]:
            assert (masks[a] != masks[b]).mean() > 0.04, (a, b)
    for vehicle in ("car", "bus", "train", "truck", "ship", "plane", "spaceship"):
        assert figure_aspect(_look("prop", vehicle)) > 1.5, vehicle


def _frame(entities: list[dict], layout: dict, size: str = "LS", dialogue=None, duration: float = 1.0):
    plan = parse_plan({
        "title": "forms", "entities": entities,
        "scenes": [{"id": "s", "heading": "INT. GREY ROOM - DAY", "location": "grey room", "shots": [
            {"id": "a", "description": "x", "entities": [e["id"] for e in entities], "layout": layout,
             "camera": {"shot_size": size, "move": "static"}, "duration_s": duration,
             "dialogue": dialogue or []}]}],
    })
    shot = plan.shots()[0]
    return ShotRenderer(ShotContext(plan, plan.scenes[0], shot, 0, None), SMALL)


def _extent(mask: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(mask)
    assert len(xs) > 10, "figure not found"
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


BOX_L = {"start": [0.1, 0.2, 0.4, 0.95], "end": [0.1, 0.2, 0.4, 0.95]}
BOX_R = {"start": [0.6, 0.2, 0.9, 0.95], "end": [0.6, 0.2, 0.9, 0.95]}


@pytest.mark.parametrize("form,smaller", [("cat", 0.5), ("child", 0.8), ("horse", 1.1), ("drone", 0.35)])
def test_animals_and_children_keep_their_size_next_to_a_person_inside_their_box(form, smaller):
    man = {"id": "man", "name": "Man", "kind": "character", "description": "a man in a magenta coat and magenta trousers, magenta hat"}
    other = {"id": "o", "name": "O", "kind": "character", "form": form,
             "description": "in a magenta coat and magenta trousers, magenta hat" if form == "child" else "magenta"}
    w, h = SMALL.width, SMALL.height
    left = _frame([man, other], {"man": BOX_L, "o": BOX_R}).frame(0)
    m = colour_mask(left, MAGENTA, tol=45)
    man_box = _extent(m[:, : w // 2])
    other_box = _extent(m[:, w // 2:])
    man_h = man_box[3] - man_box[1]
    other_h = other_box[3] - other_box[1]
    assert other_h < smaller * man_h, (form, other_h, man_h)
    # Inside its box (a little overhang allowed for bodies wider than a person's box).
    x0, y0, x1, y1 = (v * s for v, s in zip(BOX_R["start"], (w, h, w, h)))
    ox0, oy0, ox1, oy1 = other_box[0] + w // 2, other_box[1], other_box[2] + w // 2, other_box[3]
    slack = 0.2 * (x1 - x0)
    assert ox0 >= x0 - slack and ox1 <= x1 + slack and oy0 >= y0 - 2 and oy1 <= y1 + 4


def test_a_voice_is_never_drawn_but_shows_a_light_when_it_speaks():
    ai = {"id": "ai", "name": "ORION", "kind": "character", "form": "voice", "description": "the ship's magenta AI"}
    speaking = _frame([ai], {"ai": BOX_R}, dialogue=[{"speaker": "ORION", "text": "Hull breach."}], duration=3.0)
    empty = _frame([], {})
    still = empty.frame(0)
    w, h = SMALL.width, SMALL.height
    frames = [speaking.frame(i) for i in range(speaking.count)]
    corner = (slice(0, h // 3), slice(w * 2 // 3, w))
    talking = [f for f in frames
               if (np.abs(f[corner].astype(int) - still[corner]).max(axis=2) > 40).sum() > 150]
    assert talking, "no indicator while the voice speaks"
    # Nothing is drawn in its layout box (no body, no name tag): the frame there is the empty room's.
    x0, y0, x1, y1 = (int(v * s) for v, s in zip(BOX_R["start"], (w, h, w, h)))
    for f in frames:
        assert np.abs(f[h // 3:int(h * 0.8), x0:x1].astype(int) - still[h // 3:int(h * 0.8), x0:x1]).max() < 8
    # The waveform moves while it speaks.
    corners = {f[: h // 4, w * 3 // 4:].tobytes() for f in talking}
    assert len(corners) > 1


def test_a_figure_looks_the_same_in_every_shot():
    fox = Entity(id="f", name="The Fox", kind="character", description="a red fox")
    assert look_for(fox) == look_for(fox.model_copy())
    a = draw_figure(look_for(fox), 120).rgba
    b = draw_figure(look_for(fox.model_copy()), 120).rgba
    assert np.array_equal(a, b)


def test_two_animals_of_one_kind_are_told_apart_unless_the_story_colours_them():
    cats = [look_for(Entity(id=f"cat{i}", name=f"Cat {i}", kind="character", form="cat")) for i in range(8)]
    assert len({c.fur for c in cats}) >= 3
    black = look_for(Entity(id="c", name="Soot", kind="character", form="cat", description="a black cat"))
    assert black.fur == (30, 30, 34)


def test_side_on_figures_face_into_the_frame_or_the_way_they_travel():
    fox = {"id": "f", "name": "Fox", "kind": "character", "form": "fox", "description": "magenta"}

    def faces(layout) -> str:
        """Which side of the sprite its eye and nose (near-black) are on."""
        sprite = _frame([fox], {"f": layout})._figures[0].sprite.rgba
        dark = colour_mask(sprite[..., :3], (24, 24, 28), tol=14) & (sprite[..., 3] == 255)
        return "right" if np.nonzero(dark)[1].mean() > sprite.shape[1] / 2 else "left"

    assert faces(BOX_L) == "right"  # on the left, it looks right, into the frame
    assert faces(BOX_R) == "left"  # on the right, it looks left
    assert faces({"start": BOX_L["start"], "end": [0.0, 0.2, 0.3, 0.95]}) == "left"  # walks left
