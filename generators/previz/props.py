"""Props and vehicles as silhouettes a viewer recognises, by form (director.vocab.PROP_FORMS).

Each is drawn in figure units (generators.previz.pen) standing on the ground line (y = 1), in the
prop's colour; the renderer labels it with its name. A form without art of its own, or "object",
falls back to the shape its description suggests (box, round, flat, bottle, long, lamp, gem).
"""

from __future__ import annotations

from typing import Callable

from generators.previz.look import RGB
from generators.previz.pen import Pen, darker, lighter

GLASS: RGB = (170, 210, 236)
TYRE: RGB = (34, 34, 38)
METAL: RGB = (170, 174, 182)
FLAME: RGB = (255, 200, 70)
PAPER: RGB = (244, 240, 226)
WOOD: RGB = (130, 90, 56)


def _wheel(pen: Pen, x: float, y: float, r: float) -> None:
    pen.circle(x, y, r, TYRE)
    pen.circle(x, y, r * 0.45, METAL)


def _glow(pen: Pen, x: float, y: float, r: float) -> None:
    pen.circle(x, y, r, (255, 232, 150), alpha=70, outline=False)


# ---- props ---------------------------------------------------------------------------------
def lamp(pen: Pen, c: RGB) -> None:
    _glow(pen, 0.0, 0.22, 0.4)
    pen.poly([(-0.25, 0.35), (0.25, 0.35), (0.15, 0.05), (-0.15, 0.05)], lighter(c, 0.5))
    pen.rect(-0.025, 0.35, 0.025, 0.92, darker(c, 0.7))
    pen.ellipse(-0.2, 0.9, 0.2, 1.0, darker(c, 0.7))


def lantern(pen: Pen, c: RGB) -> None:
    _glow(pen, 0.0, 0.55, 0.45)
    pen.line(pen.arc_points(0.0, 0.22, 0.14, 0.16, 180, 360, 12), darker(c, 0.6), 0.03)
    pen.rect(-0.2, 0.22, 0.2, 0.32, c, 0.03)
    pen.rect(-0.16, 0.32, 0.16, 0.86, (255, 226, 140), 0.03)
    pen.poly([(-0.03, 0.75), (0.0, 0.5), (0.03, 0.75)], FLAME, outline=False)
    for x in (-0.16, 0.13):
        pen.rect(x, 0.32, x + 0.03, 0.86, c)
    pen.rect(-0.22, 0.86, 0.22, 1.0, c, 0.03)


def candle(pen: Pen, c: RGB) -> None:
    _glow(pen, 0.0, 0.12, 0.25)
    pen.poly([(-0.05, 0.28), (0.0, 0.02), (0.05, 0.28)], FLAME, outline=False)
    pen.rect(-0.12, 0.3, 0.12, 0.95, lighter(c, 0.6), 0.03)
    pen.ellipse(-0.25, 0.92, 0.25, 1.0, METAL)


def case(pen: Pen, c: RGB) -> None:
    pen.rect(-0.12, 0.18, 0.12, 0.36, darker(c, 0.6), 0.05)
    pen.rect(-0.07, 0.24, 0.07, 0.36, (0, 0, 0), alpha=0, outline=False)
    pen.rect(-0.5, 0.32, 0.5, 1.0, c, 0.06)
    pen.line([(-0.5, 0.5), (0.5, 0.5)], darker(c, 0.6), 0.02)
    for x in (-0.3, 0.3):
        pen.rect(x - 0.04, 0.45, x + 0.04, 0.56, METAL, 0.01)


def bag(pen: Pen, c: RGB) -> None:
    pen.line(pen.arc_points(0.0, 0.35, 0.25, 0.3, 180, 360, 12), darker(c, 0.6), 0.04)
    pen.poly([(-0.38, 0.35), (0.38, 0.35), (0.48, 1.0), (-0.48, 1.0)], c)
    pen.rect(-0.3, 0.45, 0.3, 0.55, darker(c, 0.8), 0.02)


def box(pen: Pen, c: RGB) -> None:
    pen.rect(-0.5, 0.2, 0.5, 1.0, c, 0.01)
    pen.line([(-0.5, 0.2), (0.5, 1.0)], darker(c, 0.75), 0.01)
    pen.rect(-0.08, 0.2, 0.08, 1.0, lighter(c, 0.3))


def bottle(pen: Pen, c: RGB) -> None:
    pen.rect(-0.18, 0.4, 0.18, 1.0, c, 0.07)
    pen.poly([(-0.18, 0.45), (-0.06, 0.22), (0.06, 0.22), (0.18, 0.45)], c)
    pen.rect(-0.06, 0.02, 0.06, 0.24, c)
    pen.rect(-0.07, 0.0, 0.07, 0.06, WOOD)
    pen.rect(-0.14, 0.55, 0.14, 0.8, PAPER, 0.02)


def cup(pen: Pen, c: RGB) -> None:
    pen.line(pen.arc_points(0.32, 0.55, 0.16, 0.16, -90, 90, 12), darker(c, 0.7), 0.05)
    pen.poly([(-0.35, 0.3), (0.35, 0.3), (0.28, 1.0), (-0.28, 1.0)], c)
    pen.ellipse(-0.35, 0.25, 0.35, 0.36, darker(c, 0.6))
    for dx in (-0.1, 0.08):  # steam
        pen.line([(dx, 0.2), (dx + 0.05, 0.1), (dx, 0.0)], (220, 220, 220), 0.02, alpha=160)


def bread(pen: Pen, c: RGB) -> None:
    crust = (196, 140, 70) if c == (0, 0, 0) else (206, 150, 76)
    pen.ellipse(-0.55, 0.45, 0.55, 1.0, crust)
    for dx in (-0.28, 0.0, 0.28):
        pen.line([(dx - 0.06, 0.58), (dx + 0.08, 0.72)], darker(crust, 0.7), 0.025)


def food(pen: Pen, c: RGB) -> None:
    pen.ellipse(-0.55, 0.8, 0.55, 1.0, (236, 236, 232))
    pen.circle(-0.15, 0.72, 0.16, (200, 60, 40))
    pen.circle(0.15, 0.72, 0.16, (230, 170, 50))
    pen.circle(0.0, 0.62, 0.15, (90, 160, 60))


def book(pen: Pen, c: RGB) -> None:  # open, its pages fanned in a shallow V
    pen.poly([(-0.6, 0.55), (0.0, 0.68), (0.6, 0.55), (0.62, 0.95), (0.0, 1.0), (-0.62, 0.95)], c)
    pen.poly([(-0.55, 0.45), (0.0, 0.6), (0.0, 0.95), (-0.55, 0.86)], PAPER)
    pen.poly([(0.55, 0.45), (0.0, 0.6), (0.0, 0.95), (0.55, 0.86)], PAPER)
    for k in range(3):
        y = 0.6 + 0.08 * k
        pen.line([(-0.45, y - 0.02), (-0.08, y + 0.08)], darker(PAPER, 0.6), 0.01)
        pen.line([(0.45, y - 0.02), (0.08, y + 0.08)], darker(PAPER, 0.6), 0.01)


def letter(pen: Pen, c: RGB) -> None:
    paper = PAPER if sum(c) < 300 else lighter(c, 0.6)
    pen.rect(-0.5, 0.45, 0.5, 1.0, paper, 0.01)
    pen.line([(-0.5, 0.46), (0.0, 0.75), (0.5, 0.46)], darker(paper, 0.6), 0.02)
    pen.circle(0.0, 0.75, 0.07, (180, 40, 40))


def map_(pen: Pen, c: RGB) -> None:
    pen.poly([(-0.55, 0.45), (-0.2, 0.4), (0.2, 0.47), (0.55, 0.42), (0.55, 1.0), (0.2, 0.95),
              (-0.2, 1.0), (-0.55, 0.95)], (226, 206, 160))
    pen.line([(-0.4, 0.85), (-0.1, 0.6), (0.2, 0.75), (0.35, 0.55)], (180, 40, 40), 0.015)
    pen.line([(0.3, 0.5), (0.4, 0.6)], (180, 40, 40), 0.02)
    pen.line([(0.4, 0.5), (0.3, 0.6)], (180, 40, 40), 0.02)


def photo(pen: Pen, c: RGB) -> None:
    pen.rect(-0.45, 0.4, 0.45, 1.0, (250, 250, 246), 0.01)
    pen.rect(-0.38, 0.46, 0.38, 0.86, (110, 150, 190))
    pen.poly([(-0.38, 0.86), (-0.1, 0.6), (0.1, 0.75), (0.38, 0.55), (0.38, 0.86)], (80, 120, 80))


def phone(pen: Pen, c: RGB) -> None:
    pen.rect(-0.22, 0.1, 0.22, 1.0, (40, 40, 46), 0.06)
    pen.rect(-0.18, 0.18, 0.18, 0.86, (90, 160, 220), 0.02)
    pen.circle(0.0, 0.93, 0.035, METAL)


def radio(pen: Pen, c: RGB) -> None:
    pen.line([(0.25, 0.35), (0.4, 0.0)], METAL, 0.02)
    pen.rect(-0.5, 0.35, 0.5, 1.0, c, 0.06)
    pen.circle(-0.2, 0.68, 0.2, darker(c, 0.5))
    pen.rect(0.1, 0.5, 0.4, 0.6, PAPER)
    pen.circle(0.25, 0.8, 0.07, METAL)


def screen(pen: Pen, c: RGB) -> None:
    pen.rect(-0.55, 0.1, 0.55, 0.8, (36, 36, 40), 0.02)
    pen.rect(-0.5, 0.15, 0.5, 0.75, (80, 170, 220))
    pen.rect(-0.06, 0.8, 0.06, 0.95, (60, 60, 64))
    pen.rect(-0.25, 0.94, 0.25, 1.0, (60, 60, 64))


def computer(pen: Pen, c: RGB) -> None:
    pen.poly([(-0.45, 0.2), (0.45, 0.2), (0.45, 0.85), (-0.45, 0.85)], (44, 44, 50))
    pen.rect(-0.4, 0.25, 0.4, 0.8, (90, 170, 220))
    pen.poly([(-0.45, 0.85), (0.45, 0.85), (0.6, 1.0), (-0.6, 1.0)], METAL)


def key(pen: Pen, c: RGB) -> None:
    metal = c if sum(c) > 200 else (212, 170, 50)
    pen.circle(-0.3, 0.7, 0.2, metal)
    pen.circle(-0.3, 0.7, 0.09, (0, 0, 0), alpha=0, outline=False)
    pen.rect(-0.12, 0.66, 0.55, 0.74, metal)
    for x in (0.3, 0.45):
        pen.rect(x, 0.74, x + 0.07, 0.86, metal)


def sword(pen: Pen, c: RGB) -> None:
    pen.poly([(-0.04, 0.72), (-0.04, 0.02), (0.0, -0.05), (0.04, 0.02), (0.04, 0.72)], (214, 220, 228))
    pen.rect(-0.22, 0.72, 0.22, 0.77, (200, 160, 50), 0.02)
    pen.rect(-0.035, 0.77, 0.035, 0.95, darker(c, 0.8))
    pen.circle(0.0, 0.97, 0.045, (200, 160, 50))


def knife(pen: Pen, c: RGB) -> None:
    pen.poly([(-0.55, 0.78), (0.05, 0.72), (0.05, 0.86), (-0.45, 0.86)], (214, 220, 228))
    pen.rect(0.05, 0.74, 0.55, 0.88, darker(c, 0.8), 0.04)


def gun(pen: Pen, c: RGB) -> None:
    dark = (50, 50, 56)
    pen.rect(-0.55, 0.45, 0.45, 0.62, dark, 0.02)
    pen.poly([(0.1, 0.6), (0.4, 0.6), (0.5, 1.0), (0.25, 1.0)], darker(c, 0.7))
    pen.line(pen.arc_points(0.05, 0.66, 0.1, 0.1, 0, 180, 8), dark, 0.02)


def weapon(pen: Pen, c: RGB) -> None:
    sword(pen, c)


def tool(pen: Pen, c: RGB) -> None:  # a hammer
    pen.rect(-0.04, 0.2, 0.04, 1.0, WOOD, 0.02)
    pen.rect(-0.3, 0.08, 0.25, 0.28, METAL, 0.03)
    pen.poly([(0.25, 0.1), (0.42, 0.02), (0.25, 0.26)], METAL)


def flower(pen: Pen, c: RGB) -> None:
    petal = c if c != (0, 0, 0) else (220, 60, 90)
    pen.line([(0.0, 0.3), (0.03, 0.7), (0.0, 1.0)], (60, 140, 60), 0.03)
    pen.ellipse(0.02, 0.55, 0.25, 0.66, (70, 160, 70))
    for dx, dy in ((0, -0.14), (0.13, -0.04), (0.08, 0.12), (-0.08, 0.12), (-0.13, -0.04)):
        pen.circle(dx, 0.25 + dy, 0.09, petal)
    pen.circle(0.0, 0.25, 0.07, (250, 210, 60))


def plant(pen: Pen, c: RGB) -> None:
    for dx, top in ((-0.25, 0.15), (0.0, 0.0), (0.25, 0.12), (-0.12, 0.1), (0.14, 0.05)):
        pen.ellipse(dx - 0.1, top, dx + 0.1, top + 0.5, (60, 150, 70))
    pen.poly([(-0.3, 0.6), (0.3, 0.6), (0.22, 1.0), (-0.22, 1.0)], (180, 100, 60))


def ball(pen: Pen, c: RGB) -> None:
    pen.circle(0.0, 0.55, 0.45, c)
    pen.line(pen.arc_points(0.0, 0.55, 0.45, 0.15, 0, 180, 12), darker(c, 0.5), 0.02)
    pen.circle(-0.15, 0.38, 0.08, lighter(c, 0.6), outline=False)


def toy(pen: Pen, c: RGB) -> None:  # a teddy bear
    for dx in (-0.17, 0.17):
        pen.circle(dx, 0.12, 0.08, c)
    pen.ellipse(-0.28, 0.4, 0.28, 1.0, c)
    pen.circle(0.0, 0.25, 0.2, c)
    pen.ellipse(-0.08, 0.26, 0.08, 0.38, lighter(c, 0.5))
    for dx in (-0.07, 0.07):
        pen.circle(dx, 0.2, 0.025, (20, 20, 24), outline=False)


def instrument(pen: Pen, c: RGB) -> None:  # a guitar
    body = c if sum(c) > 150 else (180, 110, 50)
    pen.rect(-0.04, 0.0, 0.04, 0.5, WOOD)
    pen.rect(-0.07, -0.02, 0.07, 0.08, darker(WOOD, 0.7), 0.02)
    pen.circle(0.0, 0.55, 0.17, body)
    pen.circle(0.0, 0.8, 0.22, body)
    pen.circle(0.0, 0.6, 0.06, (30, 24, 20))


def jewel(pen: Pen, c: RGB) -> None:
    gem = c if c != (0, 0, 0) else (80, 200, 220)
    pen.poly([(-0.35, 0.45), (-0.18, 0.25), (0.18, 0.25), (0.35, 0.45), (0.0, 1.0)], gem)
    pen.line([(-0.35, 0.45), (0.35, 0.45)], darker(gem, 0.6), 0.015)
    pen.poly([(-0.1, 0.3), (0.0, 0.27), (-0.04, 0.4)], lighter(gem, 0.7), outline=False)


def ring(pen: Pen, c: RGB) -> None:
    pen.line(pen.arc_points(0.0, 0.7, 0.3, 0.28, 0, 360, 24), (212, 170, 50), 0.06)
    jewel_pen_top = [(-0.1, 0.42), (0.1, 0.42), (0.0, 0.3)]
    pen.poly(jewel_pen_top, lighter(c, 0.3))


def clock(pen: Pen, c: RGB) -> None:  # an alarm clock: bells on top, feet below
    for side in (-1, 1):
        pen.circle(side * 0.3, 0.12, 0.14, METAL)
        pen.line([(side * 0.3, 0.85), (side * 0.4, 1.0)], darker(c, 0.6), 0.05)
    pen.circle(0.0, 0.52, 0.4, c)
    pen.circle(0.0, 0.52, 0.32, PAPER)
    pen.line([(0.0, 0.52), (0.0, 0.28)], (20, 20, 24), 0.03)
    pen.line([(0.0, 0.52), (0.17, 0.57)], (20, 20, 24), 0.03)


def umbrella(pen: Pen, c: RGB) -> None:
    pen.draw.pieslice(pen._box(-0.6, 0.0, 0.6, 0.7), 180, 360, fill=(*c, 255),
                      outline=(*darker(c, 0.45), 255), width=pen.width)
    pen.line([(0.0, 0.35), (0.0, 0.92)], (50, 50, 56), 0.03)
    pen.line(pen.arc_points(0.08, 0.92, 0.08, 0.08, 180, 0, 8), (50, 50, 56), 0.03)


def hat(pen: Pen, c: RGB) -> None:
    pen.ellipse(-0.55, 0.82, 0.55, 1.0, c)
    pen.rect(-0.3, 0.4, 0.3, 0.92, c, 0.05)
    pen.rect(-0.3, 0.74, 0.3, 0.82, darker(c, 0.5))


def coat(pen: Pen, c: RGB) -> None:
    pen.line([(0.0, 0.0), (0.0, 0.12)], METAL, 0.02)
    pen.poly([(-0.15, 0.12), (0.15, 0.12), (0.4, 0.25), (0.45, 1.0), (-0.45, 1.0), (-0.4, 0.25)], c)
    pen.line([(0.0, 0.15), (0.0, 1.0)], darker(c, 0.6), 0.015)


def chair(pen: Pen, c: RGB) -> None:
    wood = c if sum(c) > 120 else WOOD
    pen.rect(-0.3, 0.0, -0.22, 1.0, wood)
    pen.rect(-0.3, 0.52, 0.3, 0.6, wood)
    pen.rect(0.22, 0.55, 0.3, 1.0, wood)
    for y in (0.08, 0.25):
        pen.rect(-0.3, y, -0.05, y + 0.06, wood)


def table(pen: Pen, c: RGB) -> None:
    wood = c if sum(c) > 120 else WOOD
    pen.rect(-0.6, 0.45, 0.6, 0.55, wood, 0.02)
    for x in (-0.52, 0.44):
        pen.rect(x, 0.55, x + 0.08, 1.0, darker(wood, 0.8))


def door(pen: Pen, c: RGB) -> None:
    pen.rect(-0.3, 0.0, 0.3, 1.0, c, 0.01)
    for y in (0.08, 0.55):
        pen.rect(-0.22, y, 0.22, y + 0.35, darker(c, 0.85))
    pen.circle(0.2, 0.52, 0.03, (212, 170, 50))


def rope(pen: Pen, c: RGB) -> None:
    col = (190, 160, 110)
    for k in range(3):
        pen.line(pen.arc_points(0.0, 0.72, 0.45 - 0.1 * k, 0.25 - 0.05 * k, 0, 360, 24), col, 0.05)


def money(pen: Pen, c: RGB) -> None:
    for k in range(3):
        pen.rect(-0.5 + 0.04 * k, 0.7 - 0.08 * k, 0.4 + 0.04 * k, 1.0 - 0.08 * k, (110, 170, 110), 0.02)
    pen.circle(-0.04, 0.7, 0.08, (80, 130, 80))
    for x in (0.35, 0.55):
        pen.ellipse(x - 0.12, 0.9, x + 0.12, 1.0, (212, 170, 50))


# ---- vehicles ------------------------------------------------------------------------------
def car(pen: Pen, c: RGB) -> None:
    pen.poly([(-0.6, 0.45), (-0.45, 0.12), (0.35, 0.12), (0.55, 0.45)], c)
    for x0, x1 in ((-0.42, -0.06), (0.0, 0.38)):
        pen.poly([(x0, 0.42), (x0 + 0.06, 0.2), (x1 - 0.04, 0.2), (x1 + 0.06, 0.42)], GLASS)
    pen.rect(-1.0, 0.42, 1.0, 0.85, c, 0.12)
    pen.rect(0.88, 0.5, 1.0, 0.6, (255, 236, 160))
    pen.rect(-1.0, 0.52, -0.92, 0.62, (220, 50, 40))
    for x in (-0.6, 0.6):
        _wheel(pen, x, 0.82, 0.18)


def truck(pen: Pen, c: RGB) -> None:
    pen.rect(-1.2, 0.05, 0.4, 0.82, lighter(c, 0.5), 0.03)
    pen.rect(0.45, 0.25, 1.1, 0.82, c, 0.06)
    pen.rect(0.65, 0.32, 1.0, 0.52, GLASS, 0.03)
    for x in (-0.85, -0.45, 0.8):
        _wheel(pen, x, 0.82, 0.18)


def bus(pen: Pen, c: RGB) -> None:
    pen.rect(-1.4, 0.05, 1.4, 0.82, c, 0.1)
    for i in range(6):
        x = -1.25 + i * 0.42
        pen.rect(x, 0.18, x + 0.32, 0.46, GLASS, 0.02)
    pen.rect(1.2, 0.18, 1.35, 0.72, GLASS, 0.02)
    for x in (-0.9, 0.9):
        _wheel(pen, x, 0.82, 0.18)


def train(pen: Pen, c: RGB) -> None:
    pen.line([(-2.0, 0.98), (2.0, 0.98)], (80, 74, 70), 0.03)
    for car_x in (-1.9, -0.35):  # two carriages
        pen.rect(car_x, 0.1, car_x + 1.4, 0.85, c, 0.06)
        for i in range(4):
            x = car_x + 0.12 + i * 0.33
            pen.rect(x, 0.22, x + 0.22, 0.45, GLASS, 0.02)
        for x in (car_x + 0.25, car_x + 1.15):
            _wheel(pen, x, 0.88, 0.1)
    pen.poly([(1.1, 0.1), (1.6, 0.25), (1.95, 0.85), (1.1, 0.85)], c)  # the nose
    pen.poly([(1.2, 0.2), (1.55, 0.3), (1.72, 0.5), (1.2, 0.5)], GLASS)
    pen.circle(1.85, 0.72, 0.05, (255, 236, 160))
    _wheel(pen, 1.45, 0.88, 0.1)


def bicycle(pen: Pen, c: RGB) -> None:
    for x in (-0.55, 0.55):
        pen.line(pen.arc_points(x, 0.72, 0.28, 0.28, 0, 360, 28), TYRE, 0.035)
    frame = [(-0.55, 0.72), (-0.15, 0.35), (0.4, 0.35), (0.0, 0.72), (-0.55, 0.72)]
    pen.line(frame, c, 0.04)
    pen.line([(0.0, 0.72), (-0.15, 0.35), (-0.2, 0.25)], c, 0.04)
    pen.line([(0.4, 0.35), (0.55, 0.72)], c, 0.04)
    pen.line([(0.4, 0.35), (0.35, 0.18), (0.5, 0.18)], c, 0.035)
    pen.rect(-0.3, 0.2, -0.08, 0.26, (30, 30, 34), 0.03)


def motorcycle(pen: Pen, c: RGB) -> None:
    for x in (-0.6, 0.6):
        _wheel(pen, x, 0.72, 0.27)
    pen.poly([(-0.6, 0.6), (-0.2, 0.35), (0.3, 0.35), (0.6, 0.6), (0.2, 0.72), (-0.3, 0.72)], c)
    pen.rect(-0.35, 0.28, 0.05, 0.36, (30, 30, 34), 0.03)
    pen.line([(0.35, 0.4), (0.5, 0.12), (0.62, 0.1)], METAL, 0.035)


def boat(pen: Pen, c: RGB) -> None:
    pen.line([(0.0, 0.65), (0.0, -0.3)], WOOD, 0.035)
    pen.poly([(0.04, -0.25), (0.04, 0.55), (0.6, 0.55)], (244, 240, 226))
    pen.poly([(-0.8, 0.62), (0.9, 0.62), (0.6, 1.0), (-0.6, 1.0)], c)
    pen.line([(-0.75, 0.7), (0.85, 0.7)], darker(c, 0.6), 0.025)


def ship(pen: Pen, c: RGB) -> None:
    pen.rect(-0.5, 0.1, 0.3, 0.5, (236, 236, 232), 0.02)
    for i in range(4):
        pen.circle(-0.38 + i * 0.2, 0.3, 0.05, GLASS)
    pen.rect(-0.1, -0.25, 0.12, 0.12, (200, 60, 50))
    pen.rect(-0.1, -0.25, 0.12, -0.15, (30, 30, 34))
    pen.poly([(-1.3, 0.5), (1.4, 0.5), (1.0, 1.0), (-1.1, 1.0)], c)
    pen.line([(-1.2, 0.62), (1.3, 0.62)], lighter(c, 0.5), 0.03)


def plane(pen: Pen, c: RGB) -> None:
    pen.poly([(-1.1, 0.45), (-1.3, 0.05), (-1.05, 0.05), (-0.8, 0.42)], c)  # tail fin
    pen.rect(-1.2, 0.38, 1.1, 0.62, lighter(c, 0.6), 0.12)
    pen.poly([(1.0, 0.38), (1.35, 0.5), (1.0, 0.62)], lighter(c, 0.6))
    for i in range(8):
        pen.circle(-0.8 + i * 0.22, 0.47, 0.035, GLASS)
    pen.poly([(-0.2, 0.55), (0.3, 0.55), (-0.4, 0.95), (-0.6, 0.95)], c)  # the wing
    pen.line([(0.6, 0.62), (0.6, 0.9)], (60, 60, 64), 0.02)
    _wheel(pen, 0.6, 0.93, 0.06)
    _wheel(pen, -0.5, 0.93, 0.06)


def helicopter(pen: Pen, c: RGB) -> None:
    pen.line([(-1.1, 0.1), (1.1, 0.1)], (60, 60, 64), 0.03)
    pen.line([(0.0, 0.1), (0.0, 0.3)], (60, 60, 64), 0.04)
    pen.rect(-1.2, 0.45, -0.3, 0.55, c, 0.03)
    pen.circle(-1.2, 0.42, 0.12, (60, 60, 64), alpha=120)
    pen.ellipse(-0.5, 0.28, 0.6, 0.85, c)
    pen.ellipse(0.1, 0.35, 0.55, 0.65, GLASS)
    pen.line([(-0.4, 0.98), (0.5, 0.98)], (60, 60, 64), 0.03)
    for x in (-0.25, 0.3):
        pen.line([(x, 0.82), (x, 0.98)], (60, 60, 64), 0.025)


def spaceship(pen: Pen, c: RGB) -> None:
    pen.poly([(-1.0, 0.6), (-1.35, 0.35), (-1.35, 0.85)], (250, 160, 60))  # the exhaust
    pen.poly([(-0.7, 0.45), (-1.0, 0.0), (-0.45, 0.45)], darker(c, 0.8))  # fin
    pen.poly([(-1.0, 0.4), (0.7, 0.4), (1.3, 0.6), (0.7, 0.8), (-1.0, 0.8)], c)
    pen.ellipse(0.2, 0.42, 0.75, 0.6, GLASS)
    pen.poly([(-0.6, 0.78), (0.1, 0.78), (-0.7, 1.0), (-1.0, 1.0)], darker(c, 0.8))


def cart(pen: Pen, c: RGB) -> None:
    wood = c if sum(c) > 150 else WOOD
    pen.line([(0.6, 0.62), (1.2, 0.72)], darker(wood, 0.7), 0.04)
    pen.rect(-0.7, 0.3, 0.6, 0.65, wood, 0.02)
    for y in (0.42, 0.53):
        pen.line([(-0.7, y), (0.6, y)], darker(wood, 0.7), 0.012)
    pen.line(pen.arc_points(-0.05, 0.72, 0.28, 0.28, 0, 360, 28), darker(wood, 0.6), 0.04)
    for a in range(0, 180, 45):
        pts = pen.arc_points(-0.05, 0.72, 0.28, 0.28, a, a + 180, 2)
        pen.line(pts, darker(wood, 0.6), 0.02)


def wagon(pen: Pen, c: RGB) -> None:
    canvas = (236, 228, 206)
    pen.draw.chord(pen._box(-0.9, -0.05, 0.9, 0.85), 180, 360, fill=(*canvas, 255),
                   outline=(*darker(canvas, 0.5), 255), width=pen.width)
    pen.rect(-0.95, 0.38, 0.95, 0.68, c if sum(c) > 150 else WOOD, 0.02)
    for x in (-0.55, 0.55):
        pen.line(pen.arc_points(x, 0.75, 0.24, 0.24, 0, 360, 28), darker(WOOD, 0.6), 0.04)


PROP_ART: dict[str, Callable[[Pen, RGB], None]] = {
    "lamp": lamp, "lantern": lantern, "candle": candle, "case": case, "bag": bag, "box": box,
    "bottle": bottle, "cup": cup, "bread": bread, "food": food, "book": book, "letter": letter,
    "map": map_, "photo": photo, "phone": phone, "radio": radio, "screen": screen,
    "computer": computer, "key": key, "weapon": weapon, "gun": gun, "sword": sword, "knife": knife,
    "tool": tool, "flower": flower, "plant": plant, "ball": ball, "toy": toy,
    "instrument": instrument, "jewel": jewel, "ring": ring, "clock": clock, "umbrella": umbrella,
    "hat": hat, "coat": coat, "chair": chair, "table": table, "door": door, "rope": rope,
    "money": money, "car": car, "truck": truck, "bus": bus, "train": train, "bicycle": bicycle,
    "motorcycle": motorcycle, "boat": boat, "ship": ship, "plane": plane, "helicopter": helicopter,
    "spaceship": spaceship, "cart": cart, "wagon": wagon,
}
