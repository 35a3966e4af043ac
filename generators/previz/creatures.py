"""Characters that are not people: robots, children, animals by kind, creatures and dragons.

Each is drawn in figure units (generators.previz.pen) facing right, from the entity's look (its
fur or body colour, the same in every shot). Animals share one four-legged body with parameters
per kind (length, legs, neck, ears, tail, horns, mane, pattern); birds, fish, frogs, snakes and
turtles have their own shapes. An animal word without art of its own is drawn as a generic
four-legged animal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from generators.previz.forms import DEFAULT_FUR
from generators.previz.look import RGB, EntityLook
from generators.previz.pen import Pen, darker, lighter

EYE: RGB = (24, 24, 28)


@dataclass(frozen=True)
class Quadruped:
    length: float = 1.0  # body length
    body_h: float = 0.38
    leg: float = 0.35  # ground to belly
    neck: float = 0.15  # head raised above the back
    head: float = 0.16  # head radius
    snout: float = 0.1
    ears: str = "pointy"  # pointy | round | long | floppy | small | none
    tail: str = "long"  # long | bushy | short | thin | puff | curl
    horns: str = ""  # antlers | horns | curved
    mane: bool = False
    lion_mane: bool = False
    trunk: bool = False
    pattern: str = ""  # stripes | spots | wool
    wings: bool = False


QUADRUPEDS: dict[str, Quadruped] = {
    "cat": Quadruped(0.85, 0.3, 0.3, 0.14, 0.16, 0.04, "pointy", "curl"),
    "dog": Quadruped(1.0, 0.36, 0.38, 0.2, 0.16, 0.13, "floppy", "short"),
    "fox": Quadruped(0.95, 0.3, 0.3, 0.15, 0.14, 0.16, "pointy", "bushy"),
    "wolf": Quadruped(1.1, 0.38, 0.42, 0.18, 0.16, 0.17, "pointy", "bushy"),
    "bear": Quadruped(1.25, 0.6, 0.34, 0.02, 0.22, 0.1, "round", "puff"),
    "rabbit": Quadruped(0.6, 0.38, 0.1, 0.12, 0.14, 0.04, "long", "puff"),
    "mouse": Quadruped(0.6, 0.26, 0.07, 0.0, 0.12, 0.1, "round", "thin"),
    "deer": Quadruped(1.0, 0.36, 0.62, 0.45, 0.11, 0.11, "pointy", "short", "antlers"),
    "cow": Quadruped(1.35, 0.55, 0.45, 0.12, 0.15, 0.1, "small", "thin", "horns", pattern="spots"),
    "pig": Quadruped(1.0, 0.5, 0.18, 0.0, 0.19, 0.08, "floppy", "curl"),
    "sheep": Quadruped(1.0, 0.55, 0.3, 0.1, 0.12, 0.08, "small", "puff", pattern="wool"),
    "goat": Quadruped(0.9, 0.4, 0.42, 0.22, 0.12, 0.1, "small", "short", "curved"),
    "horse": Quadruped(1.3, 0.46, 0.66, 0.5, 0.12, 0.2, "small", "long", mane=True),
    "lion": Quadruped(1.2, 0.44, 0.45, 0.14, 0.17, 0.09, "round", "thin", lion_mane=True),
    "tiger": Quadruped(1.3, 0.42, 0.42, 0.1, 0.17, 0.09, "round", "long", pattern="stripes"),
    "elephant": Quadruped(1.4, 0.8, 0.55, 0.0, 0.3, 0.0, "none", "thin", trunk=True),
    "dragon": Quadruped(1.5, 0.5, 0.45, 0.55, 0.14, 0.16, "small", "long", "horns", wings=True,
                        pattern="spikes"),
    "monkey": Quadruped(0.8, 0.36, 0.36, 0.18, 0.15, 0.05, "round", "curl"),
}
GENERIC_QUADRUPED = Quadruped()

def _quadruped(pen: Pen, q: Quadruped, fur: RGB) -> None:
    ground = 1.0
    belly = ground - q.leg
    back = belly - q.body_h
    x0, x1 = -q.length / 2, q.length / 2
    far = darker(fur, 0.78)
    leg_w = max(0.07, min(0.13, q.length * 0.09)) * (1.5 if q.trunk or q.length * q.body_h > 0.6 else 1.0)
    hoof = darker(fur, 0.45)

    # The tail, behind the body.
    tail_root = (x0 + 0.04, back + q.body_h * 0.25)
    if q.tail == "long":
        pen.line([tail_root, (x0 - 0.18, back + 0.05), (x0 - 0.32, back + q.body_h * 0.9)], fur, 0.05)
        if q.pattern == "spikes":
            pen.poly([(x0 - 0.32, back + q.body_h * 0.9 - 0.06), (x0 - 0.45, back + q.body_h * 1.05),
                      (x0 - 0.28, back + q.body_h * 1.0)], darker(fur, 0.7))
    elif q.tail == "bushy":
        pen.ellipse(x0 - 0.42, back - 0.02, x0 + 0.08, back + 0.16, fur)
        pen.ellipse(x0 - 0.44, back + 0.0, x0 - 0.28, back + 0.13, (245, 242, 236))
    elif q.tail == "curl":
        pen.line(pen.arc_points(x0 - 0.1, back - 0.12, 0.12, 0.16, 90, 330, 14), fur, 0.045)
    elif q.tail == "thin":
        pen.line([tail_root, (x0 - 0.1, back + 0.2), (x0 - 0.12, belly - 0.02)], fur, 0.02)
        pen.ellipse(x0 - 0.16, belly - 0.06, x0 - 0.07, belly + 0.04, darker(fur, 0.5))
    elif q.tail == "puff":
        pen.circle(x0, back + 0.1, 0.07, lighter(fur, 0.5))
    else:  # short
        pen.line([tail_root, (x0 - 0.12, back - 0.06)], fur, 0.04)

    if q.wings:  # a folded-out wing behind the back
        pen.poly([(x0 + 0.3, back + 0.05), (x0 + 0.1, back - 0.75), (x1 - 0.1, back - 0.55),
                  (x1 - 0.2, back + 0.02)], darker(fur, 0.75))
        for k in range(3):
            pen.line([(x0 + 0.1 + 0.2 * k, back - 0.6 + 0.1 * k), (x0 + 0.35 + 0.2 * k, back)],
                     darker(fur, 0.5), 0.012)

    # The neck (behind the body, which hides where it joins), far legs (darker), body, near legs.
    hx, hy = x1 + q.head * 0.45, back - q.neck + q.head * 0.2
    if q.neck > 0.05:
        pen.poly([(x1 - 0.3, back + 0.12), (x1 - 0.05, back - 0.02), (hx + q.head * 0.2, hy - q.head * 0.4),
                  (hx - q.head * 0.4, hy + q.head * 0.6), (x1 - 0.32, back + q.body_h * 0.6)], fur)
        if q.mane:
            pen.poly([(x1 - 0.32, back + 0.02), (hx - q.head * 0.5, hy - q.head * 0.9),
                      (hx - q.head * 0.1, hy - q.head * 0.6), (x1 - 0.18, back + 0.06)], darker(fur, 0.45))
    for lx in (x0 + 0.12, x1 - 0.2):
        pen.rect(lx + 0.05, belly - 0.08, lx + 0.05 + leg_w, ground - 0.01, far, 0.02)
    if q.pattern == "wool":
        for i in range(7):
            for j in range(2):
                cx = x0 + 0.05 + i * (q.length - 0.1) / 6
                cy = back + 0.12 + j * (q.body_h - 0.2)
                pen.circle(cx, cy, 0.13, fur)
        pen.ellipse(x0, back + 0.04, x1, belly, fur, outline=False)
    else:
        pen.ellipse(x0, back, x1, belly + 0.04, fur)
    if q.pattern == "stripes":
        for i in range(6):
            sx = x0 + 0.18 + i * (q.length - 0.3) / 5
            pen.poly([(sx, back + 0.02), (sx + 0.05, back + 0.02), (sx - 0.02, back + q.body_h * 0.7),
                      (sx - 0.05, back + q.body_h * 0.6)], (30, 24, 20), outline=False)
    elif q.pattern == "spots":
        for sx, sy, r in ((-0.25, 0.2, 0.1), (0.15, 0.3, 0.12), (0.35, 0.15, 0.07)):
            pen.ellipse(sx * q.length - r, back + sy * q.body_h * 1.6 - r * 0.8,
                        sx * q.length + r, back + sy * q.body_h * 1.6 + r * 0.8, (36, 34, 36), outline=False)
    elif q.pattern == "spikes":
        for i in range(6):
            sx = x0 + 0.15 + i * (q.length - 0.3) / 5
            pen.poly([(sx - 0.05, back + 0.03), (sx, back - 0.09), (sx + 0.05, back + 0.03)], darker(fur, 0.7))
    for lx in (x0 + 0.06, x1 - 0.28):
        pen.rect(lx, belly - 0.08, lx + leg_w, ground, fur, 0.02)
        pen.rect(lx - 0.005, ground - 0.035, lx + leg_w + 0.01, ground, hoof, 0.01)

    # The head.
    if q.lion_mane:
        pen.circle(hx - 0.02, hy, q.head * 1.75, darker(fur, 0.62))
    # Ears behind the head.
    e = q.head
    if q.ears == "pointy":
        for dx in (-0.45, 0.15):
            pen.poly([(hx + dx * e, hy - 0.55 * e), (hx + (dx + 0.2) * e, hy - 1.6 * e),
                      (hx + (dx + 0.55) * e, hy - 0.6 * e)], fur)
    elif q.ears == "round":
        for dx in (-0.55, 0.3):
            pen.circle(hx + dx * e, hy - 0.8 * e, 0.38 * e, fur)
    elif q.ears == "long":
        for dx in (-0.4, 0.05):
            pen.ellipse(hx + dx * e, hy - 2.6 * e, hx + (dx + 0.4) * e, hy - 0.5 * e, fur)
    elif q.ears == "small":
        pen.poly([(hx - 0.5 * e, hy - 0.6 * e), (hx - 0.55 * e, hy - 1.2 * e), (hx - 0.15 * e, hy - 0.8 * e)], fur)
    if q.trunk:
        pen.circle(hx - 0.25 * e, hy + 0.05 * e, 0.85 * e, darker(fur, 0.88))  # the big ear
    pen.circle(hx, hy, e, fur)
    if q.snout > 0:
        pen.ellipse(hx + 0.2 * e, hy - 0.1 * e, hx + e * 0.6 + q.snout * 1.2, hy + 0.75 * e, fur)
        nose = (hx + e * 0.6 + q.snout * 1.2, hy + 0.05 * e)
        pen.circle(nose[0] - 0.02, nose[1], 0.028 + 0.015 * (q.snout > 0.12), EYE)
    if q.ears == "floppy":
        pen.ellipse(hx - 0.55 * e, hy - 0.8 * e, hx - 0.05 * e, hy + 0.6 * e, darker(fur, 0.7))
    if q.trunk:
        pen.line([(hx + 0.6 * e, hy + 0.1 * e), (hx + 0.95 * e, hy + 0.9 * e), (hx + 0.85 * e, hy + 1.9 * e),
                  (hx + 1.1 * e, hy + 2.1 * e)], fur, 0.11)
    if q.horns == "antlers":
        for side in (-0.2, 0.2):
            base = (hx + side * e, hy - 0.9 * e)
            top = (base[0] - 0.08, base[1] - 0.35)
            pen.line([base, top], darker(fur, 0.6), 0.025)
            pen.line([(base[0] - 0.03, base[1] - 0.15), (base[0] + 0.08, base[1] - 0.3)], darker(fur, 0.6), 0.02)
            pen.line([(top[0], top[1]), (top[0] - 0.1, top[1] - 0.08)], darker(fur, 0.6), 0.02)
    elif q.horns == "horns":
        for side in (-0.4, 0.3):
            pen.poly([(hx + side * e, hy - 0.7 * e), (hx + (side - 0.15) * e, hy - 1.6 * e),
                      (hx + (side + 0.3) * e, hy - 0.8 * e)], (236, 226, 200))
    elif q.horns == "curved":
        pen.line(pen.arc_points(hx - 0.5 * e, hy - 0.8 * e, 0.6 * e, 0.6 * e, 200, 20, 10), (200, 190, 160), 0.03)
    pen.circle(hx + 0.35 * e, hy - 0.2 * e, 0.13 * e + 0.01, EYE, outline=False)
    if q.wings or q.horns == "horns" and q.pattern == "spikes":
        pen.circle(hx + 0.35 * e, hy - 0.2 * e, 0.07 * e, (250, 210, 60), outline=False)


def _bird(pen: Pen, fur: RGB, kind: str) -> None:
    beak = (236, 170, 40)
    if kind == "owl":
        pen.ellipse(-0.3, 0.1, 0.3, 0.95, fur)
        pen.ellipse(-0.2, 0.45, 0.2, 0.92, lighter(fur, 0.45), outline=False)
        for dx in (-0.28, 0.28):  # ear tufts
            pen.poly([(dx * 0.8, 0.2), (dx, -0.02), (dx * 0.3, 0.16)], fur)
        for dx in (-0.12, 0.12):
            pen.circle(dx, 0.3, 0.1, (250, 236, 200))
            pen.circle(dx, 0.3, 0.05, EYE, outline=False)
        pen.poly([(-0.04, 0.38), (0.04, 0.38), (0.0, 0.48)], beak)
        for dx in (-0.1, 0.1):
            pen.line([(dx, 0.94), (dx, 1.0)], beak, 0.03)
        return
    if kind == "duck":
        pen.ellipse(-0.5, 0.45, 0.35, 0.9, fur)
        pen.ellipse(0.1, 0.15, 0.42, 0.47, (40, 110, 60) if fur == DEFAULT_FUR["duck"] else fur)  # a mallard's head
        pen.poly([(0.38, 0.3), (0.62, 0.33), (0.38, 0.38)], beak)
        pen.circle(0.3, 0.26, 0.03, EYE, outline=False)
        pen.ellipse(-0.35, 0.52, 0.1, 0.75, darker(fur, 0.85))
        pen.line([(-0.05, 0.88), (-0.05, 1.0)], beak, 0.03)
        return
    # A songbird, crow or chicken: body, head, beak, a raised wing, legs.
    body = (-0.42, 0.35, 0.3, 0.8)
    pen.poly([(-0.38, 0.55), (-0.7, 0.45), (-0.65, 0.62)], darker(fur, 0.7))  # tail
    pen.ellipse(*body, fur)
    pen.circle(0.28, 0.32, 0.17, fur)
    pen.poly([(0.42, 0.27), (0.6, 0.33), (0.42, 0.38)], beak if kind != "crow" else (50, 50, 56))
    pen.circle(0.32, 0.28, 0.03, EYE if kind != "crow" else (220, 220, 230), outline=False)
    if kind == "chicken":
        pen.poly([(0.18, 0.18), (0.22, 0.08), (0.28, 0.15), (0.33, 0.07), (0.38, 0.2)], (214, 40, 40))
        pen.ellipse(0.4, 0.38, 0.47, 0.48, (214, 40, 40))
        pen.ellipse(-0.3, 0.45, 0.12, 0.7, darker(fur, 0.9))
    elif kind == "crow":  # perched, wing folded, a heavy beak
        pen.ellipse(-0.4, 0.42, 0.15, 0.72, darker(fur, 0.6))
        pen.poly([(0.4, 0.26), (0.68, 0.34), (0.4, 0.4)], (50, 50, 56))
    else:  # the wing, raised
        pen.poly([(-0.2, 0.5), (-0.45, -0.05), (0.05, 0.15), (0.12, 0.5)], darker(fur, 0.8))
        for k in range(3):
            pen.line([(-0.4 + 0.1 * k, 0.02 + 0.05 * k), (-0.1 + 0.06 * k, 0.45)], darker(fur, 0.55), 0.012)
    for dx in (-0.1, 0.05):
        pen.line([(dx, 0.78), (dx, 1.0)], beak, 0.025)
        pen.line([(dx, 1.0), (dx + 0.07, 1.0)], beak, 0.02)


def _fish(pen: Pen, fur: RGB) -> None:
    pen.poly([(-0.45, 0.5), (-0.8, 0.25), (-0.8, 0.75)], darker(fur, 0.8))
    pen.poly([(-0.1, 0.3), (0.1, 0.1), (0.2, 0.32)], darker(fur, 0.8))
    pen.ellipse(-0.55, 0.25, 0.55, 0.75, fur)
    pen.line([(0.2, 0.3), (0.15, 0.7)], darker(fur, 0.6), 0.015)
    pen.circle(0.35, 0.42, 0.06, (250, 250, 250))
    pen.circle(0.36, 0.42, 0.03, EYE, outline=False)


def _frog(pen: Pen, fur: RGB) -> None:
    pen.ellipse(-0.55, 0.55, -0.05, 1.0, darker(fur, 0.8))  # back leg
    pen.ellipse(-0.45, 0.35, 0.45, 0.95, fur)
    pen.ellipse(-0.2, 0.6, 0.3, 0.9, lighter(fur, 0.5), outline=False)
    for dx in (0.0, 0.28):
        pen.circle(dx, 0.35, 0.12, fur)
        pen.circle(dx + 0.02, 0.34, 0.06, EYE, outline=False)
    pen.line([(0.3, 0.8), (0.38, 1.0), (0.48, 1.0)], fur, 0.05)


def _snake(pen: Pen, fur: RGB) -> None:
    for i, (cx, w) in enumerate(((0.0, 0.9), (0.05, 0.7), (0.1, 0.5))):
        pen.ellipse(cx - w / 2, 0.78 - 0.14 * i, cx + w / 2, 1.0 - 0.14 * i, fur if i % 2 == 0 else darker(fur, 0.85))
    pen.line([(0.2, 0.6), (0.3, 0.35), (0.25, 0.15)], fur, 0.1)
    pen.ellipse(0.18, 0.05, 0.45, 0.22, fur)
    pen.circle(0.36, 0.11, 0.025, EYE, outline=False)
    pen.line([(0.45, 0.15), (0.55, 0.16), (0.6, 0.12)], (200, 40, 40), 0.01)


def _turtle(pen: Pen, fur: RGB) -> None:
    for lx in (-0.35, 0.2):
        pen.rect(lx, 0.75, lx + 0.14, 1.0, lighter(fur, 0.2), 0.04)
    pen.ellipse(0.35, 0.55, 0.72, 0.82, lighter(fur, 0.2))
    pen.circle(0.62, 0.64, 0.025, EYE, outline=False)
    pen.draw.chord(pen._box(-0.6, 0.25, 0.5, 1.15), 180, 360, fill=(*darker(fur, 0.75), 255),
                   outline=(*darker(fur, 0.4), 255), width=pen.width)
    for dx in (-0.3, 0.0, 0.25):
        pen.poly([(dx - 0.1, 0.6), (dx, 0.45), (dx + 0.1, 0.6), (dx, 0.7)], fur)
    pen.rect(-0.62, 0.66, 0.52, 0.74, darker(fur, 0.6), 0.03)


def _robot(pen: Pen, look: EntityLook, metal: RGB) -> None:
    joint = darker(metal, 0.55)
    visor = (80, 220, 240)
    # Legs, feet.
    for lx in (-0.11, 0.03):
        pen.rect(lx, 0.56, lx + 0.08, 0.95, darker(metal, 0.85), 0.01)
        pen.rect(lx - 0.015, 0.93, lx + 0.095, 1.0, joint, 0.01)
    # Arms with clamp hands.
    for ax in (-0.2, 0.14):
        pen.rect(ax, 0.22, ax + 0.06, 0.52, darker(metal, 0.85), 0.02)
        pen.rect(ax - 0.01, 0.5, ax + 0.07, 0.56, joint, 0.01)
    # Torso box with a chest panel and lights.
    pen.rect(-0.15, 0.2, 0.15, 0.58, metal, 0.02)
    pen.rect(-0.09, 0.28, 0.09, 0.42, darker(metal, 0.7), 0.01)
    for i, c in enumerate(((230, 60, 60), (250, 200, 60), (80, 210, 110))):
        pen.circle(-0.05 + 0.05 * i, 0.35, 0.015, c, outline=False)
    pen.rect(-0.03, 0.16, 0.03, 0.21, joint)  # neck
    # Head box, visor band, antenna with a light.
    pen.rect(-0.1, 0.03, 0.1, 0.17, metal, 0.02)
    pen.rect(-0.085, 0.07, 0.085, 0.12, visor, 0.02)
    pen.line([(0.0, 0.03), (0.0, -0.05)], joint, 0.012)
    pen.circle(0.0, -0.06, 0.022, (240, 80, 60))
    pen.rect(-0.13, 0.08, -0.1, 0.13, joint)
    pen.rect(0.1, 0.08, 0.13, 0.13, joint)


def _creature(pen: Pen, fur: RGB) -> None:
    """A hulking, horned beast on two legs with claws and glowing eyes."""
    dark = darker(fur, 0.7)
    for lx in (-0.2, 0.04):
        pen.rect(lx, 0.6, lx + 0.16, 0.97, dark, 0.05)
        for k in range(3):
            pen.poly([(lx + 0.02 + 0.05 * k, 0.97), (lx + 0.05 + 0.05 * k, 1.0), (lx + 0.07 + 0.05 * k, 0.97)],
                     (230, 224, 210))
    pen.ellipse(-0.3, 0.2, 0.3, 0.75, fur)
    pen.ellipse(-0.17, 0.35, 0.17, 0.7, lighter(fur, 0.3), outline=False)
    for ax, d in ((-0.36, -1), (0.26, 1)):
        pen.rect(ax, 0.28, ax + 0.1, 0.65, dark, 0.04)
        for k in range(3):
            pen.poly([(ax + 0.01 + 0.03 * k, 0.65), (ax + 0.02 + 0.03 * k, 0.72), (ax + 0.035 + 0.03 * k, 0.65)],
                     (230, 224, 210))
    pen.circle(0.0, 0.14, 0.13, fur)
    for side in (-1, 1):
        pen.poly([(side * 0.08, 0.06), (side * 0.2, -0.1), (side * 0.13, 0.1)], (236, 226, 200))
        pen.circle(side * 0.05, 0.12, 0.025, (250, 220, 60), outline=False)
    pen.poly([(-0.06, 0.2), (0.06, 0.2), (0.0, 0.23)], (240, 240, 240))


def _drone(pen: Pen, shell: RGB) -> None:
    """A quadcopter seen from the side: a body with a camera under it, arms out to four rotors
    (two near, two far), their blades a blur."""
    arm = darker(shell, 0.7)
    for x, far in ((-0.3, True), (0.3, True), (-0.42, False), (0.42, False)):
        blur = lighter(shell, 0.75 if far else 0.6)
        pen.line([(0.0, 0.55), (x, 0.44)], arm, 0.05)
        pen.rect(x - 0.03, 0.38, x + 0.03, 0.48, arm)
        pen.ellipse(x - 0.17, 0.33, x + 0.17, 0.41, blur, outline=False)
    pen.rect(-0.22, 0.42, 0.22, 0.7, shell, 0.06)
    for lx in (-0.16, 0.16):  # landing skids
        pen.line([(lx, 0.68), (lx * 1.3, 0.8)], arm, 0.03)
    pen.line([(-0.3, 0.8), (0.3, 0.8)], arm, 0.035)
    pen.circle(0.0, 0.74, 0.08, darker(shell, 0.5))
    pen.circle(0.0, 0.74, 0.035, (90, 200, 240), outline=False)
    pen.circle(0.15, 0.5, 0.02, (240, 70, 60), outline=False)


def draw_form(pen: Pen, look: EntityLook) -> None:
    """Draw a non-human character of ``look.form`` (not child or human) in figure units."""
    form, fur = look.form, look.fur
    if form == "robot":
        _robot(pen, look, fur)
    elif form == "drone":
        _drone(pen, fur)
    elif form == "creature":
        _creature(pen, fur)
    elif form in ("bird", "owl", "crow", "duck", "chicken"):
        _bird(pen, fur, form)
    else:
        special: dict[str, Callable[[Pen, RGB], None]] = {
            "fish": _fish, "frog": _frog, "snake": _snake, "turtle": _turtle}
        if form in special:
            special[form](pen, fur)
        else:
            _quadruped(pen, QUADRUPEDS.get(form, GENERIC_QUADRUPED), fur)
