"""Exterior sets, one painter per setting kind, drawn in daylight colours below (and on) the sky.

World units: the horizon is Y = 0, Y grows downwards, figures stand around Y = 0.35-0.7; a medium
shot sees about 1.6 x 0.9 units. Landmarks (a lighthouse, a castle gate, a bridge tower) recur
every few units so that every camera setup of a place shows what names it.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from generators.previz.sets.paint import along, mix, rgba, row, scale
from generators.previz.sets.pieces import (
    W, Set, arch_window, boat, building, campfire, ground, hills, lighthouse, marks, mountains,
    skyline, street_lamp, treeline, water,
)

GRASS, GRASS_NEAR = (120, 160, 92), (84, 130, 62)
HAZE = (190, 205, 220)
GOLD_FRAME = (200, 164, 80)


def _far_land(st: Set) -> None:
    """Distant hills, or mountains when the place has them."""
    if st.has("mountains"):
        mountains(st, 1, (120, 126, 140), True, (0.35, 0.8))
    hills(st, 2, mix((96, 130, 100), HAZE, 0.5), (0.04, 0.2))


def field(st: Set) -> None:
    _far_land(st)
    ground(st, 0.0, mix(GRASS, HAZE, 0.3), GRASS_NEAR)
    treeline(st, 3, 0.01, (0.12, 0.3), (0.3, 1.2), 0.3)
    # Fence posts and a rail on the middle ground, hay bales in the near field.
    for _, x, item in along(st.seed + 4, (0.35, 0.45)):
        st.cv.rect(x, 0.08, x + 0.015, 0.2, rgba((120, 96, 70)))
    st.cv.rect(-W, 0.11, W, 0.125, rgba((130, 104, 76)))
    for _, x, item in along(st.seed + 5, (1.2, 2.6)):
        y = item.uniform(0.4, 0.9)
        st.cv.ellipse(x, y - 0.1 * y, x + 0.28 * y, y + 0.03, rgba((214, 184, 96)))
    if st.has("road"):
        st.cv.polygon([(-0.05, 0.0), (0.05, 0.0), (1.4, 3.0), (-1.4, 3.0)], rgba((150, 136, 110)))
    if st.has("rails"):
        _rails(st, 0.25)
    marks(st, 6, scale(GRASS_NEAR, 0.8))
    if st.has("fire"):
        campfire(st, 0.9, 0.6, 0.1)


def forest(st: Set) -> None:
    hills(st, 2, mix((40, 80, 50), HAZE, 0.35), (0.1, 0.3))
    ground(st, 0.0, (70, 96, 58), (52, 78, 42))
    treeline(st, 3, 0.0, (0.3, 0.6), (0.06, 0.18), 0.6, ((40, 86, 50), (32, 72, 44), (52, 100, 56)))
    # Tall near trunks that rise out of the frame, with low foliage: the wood closes in.
    for _, x, item in along(st.seed + 7, (0.35, 0.8)):
        base = item.uniform(0.12, 0.35)
        w = 0.03 + base * 0.12
        bark = item.choice([(86, 62, 44), (70, 52, 38), (104, 84, 64)])
        st.cv.rect(x - w, -2.6, x + w, base, rgba(bark))
        st.cv.rect(x - w, -2.6, x - w * 0.3, base, rgba(scale(bark, 0.8)))
        for k in range(3):
            cy = -item.uniform(0.7, 2.2)
            cr = item.uniform(0.25, 0.5)
            st.cv.ellipse(x - cr, cy - cr * 0.6, x + cr, cy + cr * 0.6,
                          rgba(item.choice([(44, 96, 52), (36, 80, 44), (58, 110, 60)])))
    for _, x, item in along(st.seed + 8, (0.2, 0.6)):  # ferns and bushes on the near ground
        y = item.uniform(0.35, 1.2)
        r = 0.05 + 0.08 * y
        st.cv.ellipse(x - r * 1.5, y - r, x + r * 1.5, y + r * 0.3, rgba((50, 104, 50)))
    marks(st, 6, (62, 80, 44))
    if st.has("river"):  # a stream across the forest floor, stepping stones in it
        water(st, 0.16, 0.3, (70, 120, 130), 31, 90)
        for _, x, item in along(st.seed + 9, (0.25, 0.45)):
            st.cv.ellipse(x, 0.2, x + 0.1, 0.25, rgba((130, 126, 118)))
    if st.has("fire"):
        campfire(st, 0.9, 0.6, 0.1)


def mountain(st: Set) -> None:
    mountains(st, 1, (110, 116, 132), True, (0.6, 1.4))
    mountains(st, 9, (96, 100, 110), True, (0.25, 0.55))
    snowy = "snow" in st.atmosphere or "snow" in st.text
    far, near = ((214, 220, 230), (236, 240, 246)) if snowy else ((140, 136, 120), (118, 112, 100))
    ground(st, 0.0, far, near)
    treeline(st, 3, 0.02, (0.1, 0.25), (0.15, 0.7), 1.0, ((40, 76, 56), (32, 64, 48)))
    for _, x, item in along(st.seed + 10, (0.5, 1.3)):  # boulders
        y = item.uniform(0.2, 1.0)
        r = 0.04 + 0.1 * y
        st.cv.ellipse(x - r, y - r * 0.7, x + r, y + r * 0.3, rgba((120, 120, 124)))
        st.cv.ellipse(x - r * 0.6, y - r * 0.65, x + r * 0.3, y - r * 0.2, rgba((150, 150, 156)))
    marks(st, 6, scale(near, 0.85))


def desert(st: Set) -> None:
    sand_far, sand = (232, 206, 150), (214, 178, 118)
    ground(st, 0.0, sand_far, sand)
    # Dunes: overlapping smooth swells, light on one side.
    for _, x, item in along(st.seed + 11, (0.5, 1.4)):
        h, w = item.uniform(0.08, 0.3), item.uniform(0.8, 1.8)
        base = item.uniform(0.0, 0.3)
        st.cv.ellipse(x - w, base - h, x + w, base + h, rgba(mix(sand_far, (250, 226, 170), 0.3)))
        st.cv.polygon([(x, base - h), (x + w, base), (x, base)], rgba(scale(sand_far, 0.9)))
    for _, x, item in along(st.seed + 12, (1.5, 3.5)):  # cacti and rocks
        y = item.uniform(0.15, 0.9)
        h = 0.15 + 0.3 * y
        if item.random() < 0.5:
            col = rgba((70, 120, 70))
            st.cv.rect(x - h * 0.06, y - h, x + h * 0.06, y, col)
            st.cv.rect(x - h * 0.25, y - h * 0.6, x - h * 0.15, y - h * 0.35, col)
            st.cv.rect(x - h * 0.25, y - h * 0.45, x, y - h * 0.38, col)
        else:
            st.cv.ellipse(x - h * 0.3, y - h * 0.25, x + h * 0.3, y + h * 0.05, rgba((150, 110, 80)))
    marks(st, 6, scale(sand, 0.88), 200)


def _coast_ground(st: Set, edge: float) -> None:
    """Cliff-top grass from ``edge`` down, with a jagged rocky lip above the sea."""
    rng = st.rng(20)
    pts, x = [(-W, 3.2)], -W
    while x < W:
        pts.append((x, edge + rng.uniform(-0.04, 0.03)))
        x += rng.uniform(0.08, 0.25)
    pts.append((W, 3.2))
    st.cv.polygon(pts, rgba((110, 104, 96)))
    st.cv.polygon([(px, py + 0.06) for px, py in pts[1:-1]] + [(W, 3.2), (-W, 3.2)], rgba((104, 136, 74)))


def sea(st: Set) -> None:
    stormy = bool({"storm", "rain"} & set(st.atmosphere))
    blue = (56, 86, 110) if stormy else (44, 104, 160)
    water(st, 0.0, 0.3, blue, 21)
    if st.has("ship"):
        for _, x, item in along(st.seed + 22, (4.0, 7.0)):
            boat(st, x, 0.02, 0.12, (70, 70, 80), False)
    if st.has("boats"):
        for _, x, item in along(st.seed + 23, (1.5, 3.0)):
            boat(st, x, item.uniform(0.05, 0.2), 0.05, item.choice([(160, 60, 50), (60, 80, 140)]), True)
    # A headland with its lighthouse on the far side, every few units.
    if st.has("lighthouse") or st.kind == "sea":
        # Every 2.5 units from just right of the master view: most set-ups see one.
        for _, x, item in along(st.seed + 24, (2.5, 2.5), start=0.55 - 2.5 * 5):
            cliff = [(x - 0.6, 0.05), (x - 0.35, -0.12), (x - 0.15, -0.18), (x + 0.2, -0.19), (x + 0.45, -0.1),
                     (x + 0.7, 0.05)]
            st.cv.polygon(cliff, rgba((96, 92, 86)))
            st.cv.polygon([(x - 0.3, -0.13), (x - 0.15, -0.19), (x + 0.2, -0.2), (x + 0.4, -0.12)],
                          rgba((96, 128, 70)))
            if st.has("lighthouse"):
                lighthouse(st, x, -0.17, 0.58)
    _coast_ground(st, 0.3)
    marks(st, 6, (86, 114, 64), 200, top=0.35)


def beach(st: Set) -> None:
    water(st, 0.0, 0.14, (52, 130, 180), 21)
    ground(st, 0.14, (236, 220, 180), (222, 198, 150))
    st.cv.rect(-W, 0.14, W, 0.19, rgba((196, 176, 140)))  # wet sand
    rng = st.rng(25)
    for _ in range(90):  # foam
        x = rng.uniform(-W, W)
        st.cv.line(x, 0.14, x + rng.uniform(0.1, 0.4), 0.14, rgba((250, 250, 250), 230), 0.01)
    for _, x, item in along(st.seed + 26, (1.4, 3.0)):  # palms
        y = item.uniform(0.2, 0.45)
        h = 0.6 + 0.6 * y
        st.cv.polygon([(x, y), (x + 0.03, y), (x + h * 0.12, y - h), (x + h * 0.1, y - h)], rgba((130, 100, 70)))
        tx, ty = x + h * 0.11, y - h
        for dx, dy in ((-0.3, 0.1), (0.3, 0.12), (-0.2, -0.05), (0.25, -0.04), (0.0, 0.15)):
            st.cv.polygon([(tx, ty), (tx + dx * h, ty + dy * h), (tx + dx * h * 0.5, ty + dy * h * 0.3 - 0.03)],
                          rgba((50, 130, 60)))
    if st.has("lighthouse"):
        lighthouse(st, 2.0, 0.0, 0.6)
    marks(st, 6, (206, 180, 130), 200, top=0.2)


def harbour(st: Set) -> None:
    hills(st, 2, mix((100, 120, 100), HAZE, 0.5), (0.05, 0.18))
    for _, x, item in along(st.seed + 27, (0.3, 0.9)):  # harbour-front houses on the far quay
        building(st, x, 0.0, item.uniform(0.14, 0.25), item.uniform(0.1, 0.22),
                 item.choice([(200, 170, 140), (170, 180, 190), (210, 200, 170), (180, 120, 100)]), item,
                 (0.02, 0.025), pitch=0.05)
    water(st, 0.0, 0.42, (40, 90, 120), 21)
    for _, x, item in along(st.seed + 28, (0.5, 1.1)):
        boat(st, x, item.uniform(0.1, 0.36), item.uniform(0.06, 0.1),
             item.choice([(170, 60, 50), (50, 90, 150), (230, 230, 220), (60, 120, 90)]), item.random() < 0.5)
    if st.has("lighthouse"):
        lighthouse(st, 3.0, 0.0, 0.5)
    # The pier: planks from the water's edge to the camera, posts, bollards.
    deck = (150, 118, 84)
    ground(st, 0.42, deck, (130, 98, 68), bands=4)
    y, step = 0.46, 0.04
    while y < 3.2:
        st.cv.line(-W, y, W, y, rgba((96, 72, 50)), 0.004 + step * 0.1)
        step *= 1.25
        y += step
    for _, x, item in along(st.seed + 29, (0.9, 1.3)):
        st.cv.rect(x, 0.3, x + 0.04, 0.46, rgba((90, 66, 46)))
        st.cv.ellipse(x + 0.3, 0.52, x + 0.38, 0.58, rgba((40, 40, 44)))
    for _, x, item in along(st.seed + 30, (2.2, 2.8)):  # quayside lamps
        street_lamp(st, x, 0.44, 0.8)


def river(st: Set) -> None:
    _far_land(st)
    ground(st, 0.0, mix(GRASS, HAZE, 0.3), GRASS_NEAR)
    treeline(st, 3, 0.04, (0.15, 0.35), (0.15, 0.5), 0.3)
    water(st, 0.07, 0.32, (60, 120, 150), 31, 160)
    st.cv.rect(-W, 0.3, W, 0.34, rgba((120, 104, 76)))  # the near bank
    for _, x, item in along(st.seed + 32, (0.12, 0.4)):  # reeds
        h = item.uniform(0.08, 0.18)
        st.cv.line(x, 0.34, x + item.uniform(-0.02, 0.02), 0.34 - h, rgba((70, 110, 50)), 0.008)
    if st.has("bridge"):
        _bridge_far(st)
    if st.has("boats"):
        for _, x, item in along(st.seed + 33, (2.0, 3.5)):
            boat(st, x, 0.2, 0.06, (150, 100, 60), False)
    marks(st, 6, scale(GRASS_NEAR, 0.8), 200, top=0.36)


def _bridge_far(st: Set) -> None:
    for _, x, item in along(st.seed + 34, (5.0, 6.0)):
        st.cv.rect(x - 1.2, -0.16, x + 1.2, -0.12, rgba((120, 110, 100)))
        for k in range(4):
            ax = x - 1.2 + k * 0.6
            st.cv.rect(ax + 0.27, -0.12, ax + 0.33, 0.1, rgba((120, 110, 100)))
            st.cv.line(ax, -0.12, ax + 0.3, -0.02, rgba((120, 110, 100)), 0.02)
            st.cv.line(ax + 0.3, -0.02, ax + 0.6, -0.12, rgba((120, 110, 100)), 0.02)


def bridge(st: Set) -> None:
    """On the deck of a bridge: the river valley beyond the railing, towers and cables above."""
    _far_land(st)
    ground(st, 0.0, mix(GRASS, HAZE, 0.4), mix(GRASS, HAZE, 0.2))
    water(st, 0.02, 0.2, (70, 120, 150), 31, 120)
    # Suspension towers every few units, with cables sweeping down to the rail.
    steel = (150, 70, 60)
    for _, x, item in along(st.seed + 35, (3.0, 3.0), start=-W + 0.8):
        st.cv.rect(x - 0.07, -1.9, x + 0.07, 0.3, rgba(steel))
        st.cv.rect(x - 0.1, -1.9, x + 0.1, -1.8, rgba(scale(steel, 0.8)))
        st.cv.rect(x - 0.07, -1.2, x + 0.07, -1.12, rgba(scale(steel, 0.8)))
        # The main cable sags from this tower to the next, hangers drop from it to the rail.
        pts = [(x + 3.0 * t, -1.85 + 1.55 * (1 - (2 * t - 1) ** 2)) for t in [k / 12 for k in range(13)]]
        for a, b in zip(pts, pts[1:]):
            st.cv.line(a[0], a[1], b[0], b[1], rgba(steel), 0.014)
        for hx, hy in pts[1:-1]:
            st.cv.line(hx, hy, hx, 0.19, rgba(scale(steel, 0.9)), 0.005)
    # The deck and the railing the figures stand before.
    ground(st, 0.28, (130, 130, 134), (104, 104, 110), bands=5)
    st.cv.rect(-W, 0.18, W, 0.2, rgba((70, 70, 76)))
    st.cv.rect(-W, 0.27, W, 0.3, rgba((70, 70, 76)))
    for _, x, item in along(st.seed + 36, (0.12, 0.12)):
        st.cv.rect(x, 0.18, x + 0.012, 0.28, rgba((70, 70, 76)))
    for _, x, item in along(st.seed + 37, (0.9, 0.9)):
        st.cv.rect(x, 0.6, x + 0.45, 0.63, rgba((230, 220, 160)))  # lane marks
    for _, x, item in along(st.seed + 38, (2.5, 2.5)):
        street_lamp(st, x, 0.29, 0.9)


def _rails(st: Set, y: float) -> None:
    st.cv.rect(-W, y, W, y + 0.1, rgba((120, 112, 104)))  # ballast
    for _, x, item in along(st.seed + 40, (0.09, 0.09)):
        st.cv.rect(x, y + 0.02, x + 0.04, y + 0.09, rgba((96, 80, 64)))  # sleepers
    st.cv.rect(-W, y + 0.025, W, y + 0.035, rgba((180, 180, 186)))
    st.cv.rect(-W, y + 0.07, W, y + 0.08, rgba((180, 180, 186)))


def station(st: Set) -> None:
    skyline(st, 41, 0.0, (0.2, 0.6), HAZE)
    ground(st, 0.0, (150, 146, 140), (130, 126, 120))
    _rails(st, 0.02)
    st.cv.rect(-W, 0.13, W, 0.16, rgba((230, 200, 60)))  # the platform's edge line
    ground(st, 0.16, (170, 166, 160), (140, 136, 130), bands=4)
    # Canopy on columns, hanging clocks and signs.
    st.cv.rect(-W, -1.25, W, -1.1, rgba((70, 80, 90)))
    st.cv.polygon([(-W, -1.1), (W, -1.1), (W, -1.04), (-W, -1.04)], rgba((110, 120, 130)))
    for _, x, item in along(st.seed + 42, (1.4, 1.4)):
        st.cv.rect(x - 0.03, -1.05, x + 0.03, 0.45, rgba((60, 70, 80)))
        if item.random() < 0.5:
            st.cv.circle(x, -0.85, 0.08, rgba((240, 240, 236)))
            st.cv.line(x, -0.85, x, -0.9, rgba((20, 20, 20)), 0.008)
            st.cv.line(x, -0.85, x + 0.04, -0.85, rgba((20, 20, 20)), 0.008)
        else:
            st.cv.rect(x - 0.2, -0.95, x + 0.2, -0.85, rgba((30, 60, 120)))
            st.cv.rect(x - 0.17, -0.92, x + 0.1, -0.88, rgba((230, 230, 230)))
        st.glow_circle(x + 0.7, -1.0, 0.15)
    for _, x, item in along(st.seed + 43, (1.8, 2.6)):  # benches
        st.cv.rect(x, 0.3, x + 0.35, 0.33, rgba((120, 84, 56)))
        st.cv.rect(x, 0.22, x + 0.35, 0.25, rgba((120, 84, 56)))
        st.cv.rect(x + 0.02, 0.33, x + 0.04, 0.4, rgba((50, 50, 50)))
        st.cv.rect(x + 0.31, 0.33, x + 0.33, 0.4, rgba((50, 50, 50)))


def rooftop(st: Set) -> None:
    """On a city roof: the skyline beyond the parapet, water tanks and vents on a gravel roof."""
    skyline(st, 41, 0.05, (0.4, 1.5), HAZE)
    skyline(st, 43, 0.12, (0.2, 0.8), mix(HAZE, (60, 60, 70), 0.5))
    ground(st, 0.12, (130, 126, 120), (112, 108, 104), bands=6)
    st.cv.rect(-W, 0.04, W, 0.16, rgba((150, 140, 130)))  # the parapet
    st.cv.rect(-W, 0.03, W, 0.05, rgba((180, 172, 160)))
    for _, x, item in along(st.seed + 47, (1.5, 3.0)):
        if item.random() < 0.5:  # a water tank on legs
            st.cv.rect(x, -0.5, x + 0.3, -0.15, rgba((120, 84, 60)))
            st.cv.polygon([(x - 0.02, -0.5), (x + 0.15, -0.62), (x + 0.32, -0.5)], rgba((90, 70, 56)))
            for k in (0.03, 0.25):
                st.cv.rect(x + k, -0.15, x + k + 0.025, 0.16, rgba((60, 60, 64)))
        else:  # vents and an aerial
            st.cv.rect(x, 0.02, x + 0.2, 0.16, rgba((170, 170, 176)))
            st.cv.rect(x + 0.05, -0.06, x + 0.15, 0.02, rgba((150, 150, 156)))
            st.cv.rect(x + 0.4, -0.7, x + 0.41, 0.16, rgba((70, 70, 74)))
            st.cv.rect(x + 0.33, -0.6, x + 0.48, -0.59, rgba((70, 70, 74)))
            st.glow_circle(x + 0.405, -0.7, 0.012, (255, 60, 60), 255)
    marks(st, 6, (100, 96, 92), 300, top=0.2)


def street(st: Set) -> None:
    if any(w in st.text for w in ("roof", "屋顶", "天台")):
        rooftop(st)
        return
    skyline(st, 41, -0.25, (0.5, 1.3), HAZE)
    # Facades close behind the pavement, with shopfronts and lit windows.
    for x, w, item in row(st.seed + 44, (0.45, 0.9), (0.0, 0.06)):
        h = item.uniform(0.9, 1.6)
        col = item.choice([(150, 120, 100), (120, 110, 104), (170, 150, 120), (110, 116, 130), (140, 90, 80)])
        building(st, x, 0.02, w, h, col, item, (0.05, 0.07), lit_share=0.5)
        st.cv.rect(x + 0.05, -0.25, x + w - 0.05, 0.02, rgba(scale(col, 0.5)))
        st.cv.rect(x + 0.08, -0.22, x + w - 0.08, 0.0, rgba((150, 180, 200)))
        st.glow_rect(x + 0.08, -0.22, x + w - 0.08, 0.0, (255, 220, 150), 200)
        if item.random() < 0.5:
            awning = item.choice([(190, 50, 50), (40, 110, 70), (40, 70, 150)])
            st.cv.polygon([(x + 0.03, -0.3), (x + w - 0.03, -0.3), (x + w, -0.22), (x, -0.22)], rgba(awning))
    ground(st, 0.02, (150, 148, 144), (136, 134, 130), bands=3, bottom=0.32)  # pavement
    st.cv.rect(-W, 0.3, W, 0.34, rgba((190, 186, 180)))  # kerb
    ground(st, 0.34, (84, 84, 90), (70, 70, 76), bands=4)  # road
    for _, x, item in along(st.seed + 45, (0.9, 0.9)):
        st.cv.polygon([(x, 0.8), (x + 0.5, 0.8), (x + 0.52, 0.85), (x - 0.02, 0.85)], rgba((230, 220, 160)))
    for _, x, item in along(st.seed + 46, (1.6, 1.6)):
        street_lamp(st, x, 0.3, 1.05)


def village(st: Set) -> None:
    _far_land(st)
    ground(st, 0.0, mix(GRASS, HAZE, 0.3), GRASS_NEAR)
    treeline(st, 3, 0.0, (0.1, 0.22), (0.3, 1.0), 0.3)
    for _, x, item in along(st.seed + 47, (0.15, 0.5)):
        w = item.uniform(0.3, 0.5)
        h = item.uniform(0.25, 0.4)
        base = item.uniform(0.08, 0.14)
        col = item.choice([(230, 220, 196), (214, 190, 160), (200, 200, 190), (190, 150, 120)])
        building(st, x, base, w, h, col, item, (0.05, 0.06), pitch=h * 0.6, lit_share=0.7)
        st.cv.rect(x + w * 0.7, base - h - h * 0.5, x + w * 0.8, base - h - h * 0.1, rgba((120, 80, 70)))
        st.cv.rect(x + w * 0.42, base - 0.13, x + w * 0.58, base, rgba((110, 74, 50)))
    st.cv.polygon([(-W, 0.3), (W, 0.3), (W, 0.55), (-W, 0.55)], rgba((176, 150, 112)))  # the lane
    for _, x, item in along(st.seed + 48, (0.3, 0.3)):
        st.cv.rect(x, 0.22, x + 0.02, 0.32, rgba((140, 110, 80)))
    st.cv.rect(-W, 0.24, W, 0.255, rgba((140, 110, 80)))
    marks(st, 6, scale(GRASS_NEAR, 0.8), 200, top=0.56)


def castle(st: Set) -> None:
    _far_land(st)
    ground(st, 0.0, mix(GRASS, HAZE, 0.3), GRASS_NEAR)
    stone = (150, 144, 132)
    wall_top, wall_base = -0.75, 0.1
    st.cv.rect(-W, wall_top, W, wall_base, rgba(stone))
    rng = st.rng(49)
    for _ in range(500):  # stone blocks
        x, y = rng.uniform(-W, W), rng.uniform(wall_top, wall_base)
        st.cv.rect(x, y, x + 0.12, y + 0.05, rgba(scale(stone, rng.uniform(0.85, 1.05))))
    for _, x, item in along(st.seed + 50, (0.1, 0.1)):  # crenellations
        st.cv.rect(x, wall_top - 0.07, x + 0.06, wall_top, rgba(stone))
    for _, x, item in along(st.seed + 51, (2.2, 2.8), start=-W + 0.4):
        # A round tower with a conical roof and a banner; a gate between towers.
        st.cv.rect(x - 0.22, -1.35, x + 0.22, wall_base + 0.02, rgba(scale(stone, 0.92)))
        st.cv.polygon([(x - 0.27, -1.35), (x, -1.85), (x + 0.27, -1.35)], rgba((80, 60, 110)))
        st.cv.rect(x - 0.004, -2.05, x + 0.004, -1.85, rgba((60, 50, 40)))
        st.cv.polygon([(x + 0.004, -2.05), (x + 0.14, -2.0), (x + 0.004, -1.95)], rgba((190, 40, 40)))
        arch_window(st, x - 0.03, -1.15, x + 0.03, -1.0, scale(stone, 0.6), (40, 36, 34))
        st.glow_rect(x - 0.03, -1.1, x + 0.03, -1.0)
        gx = x + 1.1
        arch_window(st, gx - 0.18, -0.3, gx + 0.18, wall_base, scale(stone, 0.6), (40, 30, 24))
        for k in range(6):  # portcullis
            st.cv.line(gx - 0.15 + k * 0.06, -0.2, gx - 0.15 + k * 0.06, wall_base, rgba((70, 70, 70)), 0.008)
    ground(st, wall_base, (130, 124, 112), (110, 104, 94), bands=4)  # cobbled courtyard
    marks(st, 6, (96, 92, 84), 300, top=wall_base)


def church(st: Set) -> None:
    _far_land(st)
    ground(st, 0.0, mix(GRASS, HAZE, 0.3), GRASS_NEAR)
    treeline(st, 3, 0.0, (0.15, 0.3), (0.4, 1.2), 0.5)
    stone = (196, 188, 170)
    for _, x, item in along(st.seed + 52, (3.0, 3.4), start=-W + 0.3):
        st.cv.rect(x - 0.5, -0.55, x + 0.5, 0.12, rgba(stone))
        st.cv.polygon([(x - 0.58, -0.55), (x, -0.95), (x + 0.58, -0.55)], rgba((110, 90, 80)))
        st.cv.rect(x - 0.75, -1.05, x - 0.45, 0.12, rgba(scale(stone, 0.95)))
        st.cv.polygon([(x - 0.79, -1.05), (x - 0.6, -1.75), (x - 0.41, -1.05)], rgba((90, 80, 76)))
        st.cv.rect(x - 0.607, -1.95, x - 0.593, -1.75, rgba((80, 70, 60)))
        st.cv.rect(x - 0.65, -1.88, x - 0.55, -1.86, rgba((80, 70, 60)))
        for k in range(3):
            wx = x - 0.35 + k * 0.3
            arch_window(st, wx, -0.42, wx + 0.1, -0.12, scale(stone, 0.6), (70, 90, 150))
            st.glow_rect(wx, -0.36, wx + 0.1, -0.12, (255, 200, 120), 200)
        arch_window(st, x - 0.1, -0.25, x + 0.1, 0.12, scale(stone, 0.6), (90, 60, 40))
    for _, x, item in along(st.seed + 53, (0.5, 1.2)):  # gravestones
        y = item.uniform(0.2, 0.5)
        st.cv.arc_top(x, y - 0.1, x + 0.07, y, rgba((150, 150, 150)))
    marks(st, 6, scale(GRASS_NEAR, 0.8), 200, top=0.2)


def garden(st: Set) -> None:
    _far_land(st)
    ground(st, 0.0, mix(GRASS, HAZE, 0.2), (96, 150, 70))
    treeline(st, 3, 0.0, (0.3, 0.6), (0.5, 1.4), 0.2, ((60, 130, 70), (80, 140, 70), (100, 150, 80)))
    st.cv.rect(-W, -0.14, W, 0.06, rgba((60, 110, 60)))  # a clipped hedge
    rng = st.rng(54)
    for _ in range(700):  # flower beds
        x, y = rng.uniform(-W, W), rng.uniform(0.08, 0.3)
        r = 0.01 + 0.02 * y
        st.cv.circle(x, y, r, rgba(rng.choice([(230, 60, 80), (250, 200, 60), (240, 240, 250), (180, 90, 200)])))
    st.cv.polygon([(-W, 0.36), (W, 0.36), (W, 0.6), (-W, 0.6)], rgba((200, 184, 150)))  # gravel path
    for _, x, item in along(st.seed + 55, (2.5, 3.5)):  # a bench and a lamp post
        st.cv.rect(x, 0.24, x + 0.3, 0.27, rgba((110, 80, 56)))
        st.cv.rect(x, 0.17, x + 0.3, 0.2, rgba((110, 80, 56)))
        street_lamp(st, x + 1.1, 0.34, 0.8)
    marks(st, 6, (80, 130, 60), 200, top=0.62)


def sky(st: Set) -> None:
    """Above the clouds: a floor of cloud tops with the sky all around."""
    day = st.time_of_day not in ("night", "evening")
    top = (250, 250, 252) if day else (150, 156, 180)
    shade = (206, 212, 226) if day else (110, 116, 140)
    rng = st.rng(56)
    st.cv.rect(-W, 0.05, W, 3.2, rgba(shade))
    for layer in range(4):
        y = 0.02 + layer * 0.18
        r0 = 0.1 + layer * 0.12
        x = -W
        while x < W:
            r = rng.uniform(r0 * 0.7, r0 * 1.3)
            st.cv.ellipse(x - r * 1.5, y - r, x + r * 1.5, y + r, rgba(mix(top, shade, 0.3 * (layer % 2))))
            x += r * rng.uniform(1.2, 2.0)
    for _, x, item in along(st.seed + 57, (1.5, 3.0)):  # towering clouds
        r = item.uniform(0.2, 0.45)
        st.cv.ellipse(x - r, -r * 1.8, x + r, 0.1, rgba(top, 230))


def space(st: Set) -> None:
    """Outer space: nothing to stand on but a passing rock or the station's hull far off."""
    for _, x, item in along(st.seed + 58, (1.2, 2.5)):
        y, r = item.uniform(-0.6, 1.0), item.uniform(0.03, 0.12)
        st.cv.polygon([(x + r * dx, y + r * dy) for dx, dy in ((-1, 0), (-0.6, -0.8), (0.4, -0.9), (1, -0.1),
                                                                 (0.5, 0.8), (-0.5, 0.7))], rgba((110, 100, 96)))
    if st.has("ship") or st.kind == "spacecraft":
        _station_far(st, 2.2, -0.3)


def _station_far(st: Set, x: float, y: float) -> None:
    metal = (190, 194, 200)
    st.cv.rect(x - 0.5, y - 0.03, x + 0.5, y + 0.03, rgba(metal))
    st.cv.circle(x, y, 0.1, rgba(metal))
    for side in (-1, 1):
        st.cv.rect(x + side * 0.55 - 0.12, y - 0.14, x + side * 0.55 + 0.12, y + 0.14, rgba((40, 60, 130)))
    st.glow_circle(x, y, 0.02, (255, 80, 80), 255, night_only=False)


def spacecraft_hull(st: Set) -> None:
    """Outside a spacecraft: its hull under foot, a planet and stars beyond."""
    space(st)
    metal, seam = (150, 154, 160), (110, 114, 122)
    ground(st, 0.15, (120, 124, 130), (160, 164, 170), bands=6)
    for _, x, item in along(st.seed + 59, (0.5, 0.5)):
        st.cv.line(x, 0.15, x * 1.6, 3.2, rgba(seam), 0.01)
    for _, x, item in along(st.seed + 60, (1.5, 2.5)):  # antennas and panels
        st.cv.rect(x, -0.6, x + 0.015, 0.15, rgba(metal))
        st.cv.circle(x + 0.007, -0.62, 0.04, rgba((220, 220, 224)))
        st.glow_circle(x + 0.007, -0.62, 0.015, (255, 60, 60), 255, night_only=False)


def building_front(st: Set) -> None:
    """An institution seen from outside (office, school, hospital, shop, factory, lab, home):
    a facade with what marks it."""
    _far_land(st)
    ground(st, 0.0, mix(GRASS, HAZE, 0.3), GRASS_NEAR)
    kind = st.kind
    widths = {"office": (0.6, 1.0), "industrial": (0.9, 1.4), "home": (0.6, 0.8)}.get(kind, (0.9, 1.4))
    for x, w, item in row(st.seed + 61, widths, (0.1, 0.5) if kind == "home" else (0.04, 0.2)):
        if kind == "office":
            h, col = item.uniform(1.4, 2.2), (120, 150, 180)
            building(st, x, 0.1, w, h, col, item, (0.06, 0.05), lit_share=0.6)
        elif kind == "industrial":
            h, col = item.uniform(0.4, 0.6), (150, 130, 110)
            building(st, x, 0.1, w, h, col, item, (0.06, 0.05), lit_share=0.3)
            for k in range(3):  # sawtooth roof
                sx = x + k * w / 3
                st.cv.polygon([(sx, 0.1 - h), (sx + w / 3, 0.1 - h), (sx + w / 3, 0.1 - h - 0.15)], rgba((120, 110, 100)))
            st.cv.rect(x + w * 0.8, 0.1 - h - 0.8, x + w * 0.88, 0.1 - h, rgba((140, 80, 70)))
            for k in range(4):
                r = 0.06 + k * 0.04
                st.cv.circle(x + w * 0.84 + k * 0.08, 0.1 - h - 0.85 - k * 0.12, r, rgba((160, 160, 166), 140))
        elif kind == "home":
            h = item.uniform(0.45, 0.6)
            col = item.choice([(230, 220, 196), (200, 170, 150), (210, 210, 200)])
            building(st, x, 0.1, w, h, col, item, (0.08, 0.09), pitch=0.3, lit_share=0.8)
            st.cv.rect(x + w * 0.4, -0.12, x + w * 0.6, 0.1, rgba((120, 60, 50)))
        else:
            h = item.uniform(0.7, 1.0)
            col = {"school": (200, 140, 110), "hospital": (230, 232, 236), "laboratory": (210, 214, 220),
                   "shop": (190, 170, 150)}.get(kind, (190, 180, 170))
            building(st, x, 0.1, w, h, col, item, (0.07, 0.08), lit_share=0.6)
            cx = x + w / 2
            if kind == "hospital":
                st.cv.rect(cx - 0.1, 0.1 - h - 0.05, cx + 0.1, 0.1 - h + 0.01, rgba((200, 30, 30)))
                st.cv.rect(cx - 0.03, 0.1 - h - 0.12, cx + 0.03, 0.1 - h + 0.08, rgba((200, 30, 30)))
            elif kind == "school":
                st.cv.polygon([(x - 0.05, 0.1 - h), (cx, 0.1 - h - 0.3), (x + w + 0.05, 0.1 - h)], rgba((120, 70, 60)))
                st.cv.circle(cx, 0.1 - h - 0.12, 0.07, rgba((240, 240, 236)))
                st.cv.rect(x + w + 0.1, 0.1 - h - 0.5, x + w + 0.11, 0.1, rgba((90, 90, 90)))
                st.cv.rect(x + w + 0.11, 0.1 - h - 0.5, x + w + 0.3, 0.1 - h - 0.38, rgba((40, 80, 170)))
            elif kind == "shop":
                st.cv.polygon([(x, -0.3), (x + w, -0.3), (x + w + 0.05, -0.18), (x - 0.05, -0.18)], rgba((190, 50, 50)))
                for k in range(6):
                    st.cv.rect(x + k * w / 6, -0.3, x + k * w / 6 + w / 12, -0.18, rgba((240, 240, 240)))
                st.cv.rect(x + 0.05, -0.15, x + w - 0.05, 0.08, rgba((160, 190, 210)))
                st.glow_rect(x + 0.05, -0.15, x + w - 0.05, 0.08, (255, 220, 150), 220)
            elif kind == "laboratory":
                # A domed observatory on the roof, its slit open, and a dish aerial.
                roof = 0.1 - h
                st.cv.draw.chord([*st.cv.px(cx - 0.22, roof - 0.22), *st.cv.px(cx + 0.22, roof + 0.22)], 180, 360,
                                 fill=rgba((150, 156, 166)))
                st.cv.rect(cx - 0.03, roof - 0.21, cx + 0.03, roof, rgba((40, 44, 52)))
                st.cv.rect(x + w * 0.15, roof - 0.18, x + w * 0.16, roof, rgba((120, 120, 126)))
                st.cv.draw.chord([*st.cv.px(x + w * 0.05, roof - 0.3), *st.cv.px(x + w * 0.27, roof - 0.1)], 0, 180,
                                 fill=rgba((200, 204, 210)))
    ground(st, 0.1, (150, 148, 144), (130, 128, 124), bands=4)
    marks(st, 6, (110, 108, 104), 200, top=0.12)


def vehicle_outside(st: Set) -> None:
    """Beside a train in open country: carriages on the line behind the figures."""
    _far_land(st)
    ground(st, 0.0, mix(GRASS, HAZE, 0.3), GRASS_NEAR)
    treeline(st, 3, 0.0, (0.12, 0.3), (0.4, 1.4), 0.4)
    _rails(st, 0.12)
    body, roof = (40, 90, 70), (70, 74, 80)
    for x, w, item in row(st.seed + 64, (1.6, 1.6), (0.08, 0.08)):
        st.cv.rect(x, -0.42, x + w, 0.13, rgba(body))
        st.cv.polygon([(x, -0.42), (x + 0.05, -0.5), (x + w - 0.05, -0.5), (x + w, -0.42)], rgba(roof))
        st.cv.rect(x, -0.05, x + w, -0.02, rgba((220, 190, 90)))
        for k in range(5):
            wx = x + 0.1 + k * (w - 0.2) / 5
            st.cv.rect(wx, -0.33, wx + 0.2, -0.12, rgba((170, 196, 214)))
            st.glow_rect(wx, -0.33, wx + 0.2, -0.12)
        for k in (0.25, 0.4, w - 0.4, w - 0.25):
            st.cv.circle(x + k, 0.13, 0.05, rgba((30, 30, 32)))
    marks(st, 6, scale(GRASS_NEAR, 0.8), 200, top=0.3)


def cave_mouth(st: Set) -> None:
    mountain(st)
    for _, x, item in along(st.seed + 62, (3.0, 3.5), start=-W + 0.6):
        st.cv.ellipse(x - 0.7, -0.9, x + 0.7, 0.3, rgba((100, 96, 92)))
        st.cv.arc_top(x - 0.3, -0.45, x + 0.3, 0.2, rgba((16, 14, 14)))


# ---- public places ---------------------------------------------------------------------------

def _town_ground(st: Set, top: float = 0.1) -> None:
    """A paved forecourt from ``top`` down, with soft marks so camera moves read on it."""
    ground(st, top, (176, 172, 164), (150, 146, 140), bands=4)
    marks(st, 6, (120, 118, 112), 160, top=top + 0.02)


def museum_front(st: Set) -> None:
    """A museum seen from outside: a columned portico under a pediment, broad steps, banners
    between the columns, lamps on the forecourt."""
    skyline(st, 41, -0.1, (0.4, 0.9), HAZE)
    _town_ground(st, 0.1)
    stone, shade = (228, 222, 208), (196, 188, 172)
    cv = st.cv
    for x, w, item in row(st.seed + 64, (3.2, 3.8), (0.3, 0.6)):
        if not cv.visible(x - 0.2, x + w + 0.2):
            continue
        base, top = -0.08, -0.8
        cv.rect(x, top, x + w, base, rgba(shade))  # the hall behind the columns
        for k in range(3):  # tall windows, lit at night
            wx = x + w * (0.2 + 0.27 * k)
            cv.rect(wx, -0.62, wx + 0.2, -0.3, rgba((120, 130, 140)))
            st.glow_rect(wx, -0.62, wx + 0.2, -0.3)
        cv.rect(x + w * 0.44, -0.5, x + w * 0.56, base, rgba((90, 70, 50)))  # the door
        st.glow_rect(x + w * 0.44, -0.5, x + w * 0.56, base, (255, 220, 150), 230)
        cv.rect(x - 0.08, top - 0.14, x + w + 0.08, top, rgba(stone))  # the frieze
        cv.rect(x + w * 0.3, top - 0.11, x + w * 0.7, top - 0.04, rgba(scale(stone, 0.8)))
        cv.polygon([(x - 0.12, top - 0.14), (x + w / 2, top - 0.55), (x + w + 0.12, top - 0.14)], rgba(stone))
        cv.polygon([(x + 0.15, top - 0.18), (x + w / 2, top - 0.47), (x + w - 0.15, top - 0.18)], rgba(shade))
        n = max(6, int(w / 0.42))
        for k in range(n):  # the columns, fluted, with capitals and bases
            cx = x + 0.1 + k * (w - 0.2) / (n - 1)
            cv.rect(cx - 0.07, top, cx + 0.07, base, rgba(stone))
            cv.rect(cx - 0.035, top, cx - 0.02, base, rgba(scale(stone, 0.88)))
            cv.rect(cx + 0.02, top, cx + 0.035, base, rgba(scale(stone, 0.88)))
            cv.rect(cx - 0.1, top, cx + 0.1, top + 0.05, rgba(scale(stone, 1.04)))
            cv.rect(cx - 0.1, base - 0.05, cx + 0.1, base, rgba(scale(stone, 1.04)))
        for k in (1, n - 3):  # banners hung between columns
            bx = x + 0.1 + (k + 0.5) * (w - 0.2) / (n - 1)
            col = item.choice([(180, 30, 40), (30, 70, 150), (200, 150, 40)])
            cv.rect(bx - 0.09, top + 0.1, bx + 0.09, -0.3, rgba(col))
            cv.polygon([(bx - 0.09, -0.3), (bx, -0.23), (bx + 0.09, -0.3)], rgba(col))
            cv.rect(bx - 0.06, top + 0.18, bx + 0.06, top + 0.22, rgba((240, 236, 220)))
        for k in range(4):  # broad steps, each wider and lighter
            y = base + k * 0.05
            cv.rect(x - 0.1 - k * 0.08, y, x + w + 0.1 + k * 0.08, y + 0.05, rgba(scale(stone, 1.0 - 0.05 * (k % 2))))
    for _, x, item in along(st.seed + 65, (1.8, 1.8)):
        if cv.visible(x - 0.2, x + 0.3):
            street_lamp(st, x, 0.45, 0.9)


def theatre_front(st: Set) -> None:
    """A theatre on its street: a marquee of lit bulbs over the doors, a tall sign, posters,
    facades on either side."""
    skyline(st, 41, -0.25, (0.5, 1.2), HAZE)
    cv = st.cv
    for x, w, item in row(st.seed + 66, (2.6, 3.2), (0.0, 0.05)):
        if not cv.visible(x - 0.2, x + w + 0.2):
            continue
        building(st, x, 0.02, w, 1.5, (140, 60, 56), item, (0.07, 0.08), lit_share=0.5)
        m0, m1 = x + w * 0.15, x + w * 0.85
        cv.rect(m0, -0.62, m1, -0.38, rgba((240, 232, 210)))  # the marquee's letter board
        for k in range(3):
            cv.line(m0 + 0.1, -0.56 + k * 0.07, m1 - 0.1 - item.uniform(0, 0.5), -0.56 + k * 0.07,
                    rgba((30, 30, 30)), 0.025)
        cv.rect(m0 - 0.06, -0.38, m1 + 0.06, -0.3, rgba((170, 30, 40)))
        bx = m0 - 0.03
        while bx < m1 + 0.05:  # bulbs along its edges
            for by in (-0.65, -0.34):
                cv.circle(bx, by, 0.018, rgba((250, 230, 150)))
                st.glow_circle(bx, by, 0.03, (255, 236, 160), 255, night_only=False)
            bx += 0.1
        st.glow_circle((m0 + m1) / 2, -0.3, 0.45, (255, 220, 140), 50)
        sx = x + w * 0.5  # the tall blade sign above
        cv.rect(sx - 0.1, -1.45, sx + 0.1, -0.68, rgba((170, 30, 40)))
        for k in range(6):
            cv.rect(sx - 0.05, -1.38 + k * 0.11, sx + 0.05, -1.3 + k * 0.11, rgba((250, 230, 150)))
            st.glow_rect(sx - 0.05, -1.38 + k * 0.11, sx + 0.05, -1.3 + k * 0.11, (255, 226, 140), 255)
        for k in range(3):  # glass doors, warm inside
            dx = x + w * (0.32 + 0.12 * k)
            cv.rect(dx, -0.28, dx + 0.28, 0.02, rgba((150, 120, 80)))
            st.glow_rect(dx + 0.02, -0.26, dx + 0.26, 0.02, (255, 214, 140), 220)
        for px in (x + w * 0.05, x + w * 0.88):  # posters in frames
            cv.rect(px, -0.3, px + 0.22, 0.0, rgba(GOLD_FRAME))
            cv.rect(px + 0.02, -0.28, px + 0.2, -0.02, rgba(item.choice([(40, 60, 120), (160, 40, 40), (40, 110, 70)])))
    ground(st, 0.02, (150, 148, 144), (136, 134, 130), bands=3, bottom=0.32)
    cv.rect(-W, 0.3, W, 0.34, rgba((190, 186, 180)))
    ground(st, 0.34, (84, 84, 90), (70, 70, 76), bands=4)


def prison_wall(st: Set) -> None:
    """A prison from outside: a high grey wall topped with coiled wire, the cell block's small
    windows above it, watchtowers whose searchlights sweep at night."""
    _far_land(st)
    ground(st, 0.0, mix(GRASS, HAZE, 0.3), GRASS_NEAR)
    cv = st.cv
    concrete = (170, 168, 160)
    for x, w, item in row(st.seed + 67, (1.6, 2.4), (0.2, 0.8)):  # the cell block behind the wall
        if cv.visible(x - 0.1, x + w + 0.1):
            building(st, x, -0.45, w, 0.3, (120, 116, 110), item, (0.04, 0.03), lit_share=0.4)
    wall_top, wall_base = -0.55, 0.1
    cv.rect(-W, wall_top, W, wall_base, rgba(concrete))
    cv.rect(-W, wall_top, W, wall_top + 0.04, rgba(scale(concrete, 1.08)))
    for _, x, item in along(st.seed + 68, (0.5, 0.5)):  # panel joints and stains
        if cv.visible(x - 0.05, x + 0.05):
            cv.line(x, wall_top + 0.04, x, wall_base, rgba(scale(concrete, 0.85)), 0.008)
            cv.rect(x + 0.1, wall_top + 0.05, x + 0.14, wall_top + item.uniform(0.15, 0.4), rgba(scale(concrete, 0.9)))
    for _, x, item in along(st.seed + 69, (0.09, 0.09)):  # the coiled wire along the top
        if cv.visible(x - 0.06, x + 0.06):
            a, b = cv.px(x - 0.055, wall_top - 0.1)
            c, d = cv.px(x + 0.055, wall_top)
            cv.draw.ellipse([a, b, c, d], outline=rgba((110, 112, 118)), width=max(1, int(round(0.006 * cv.ppu))))
    for _, x, item in along(st.seed + 70, (3.2, 3.2), start=-W + 0.9):  # watchtowers
        if not cv.visible(x - 2.5, x + 2.5):
            continue
        cv.rect(x - 0.09, -0.85, x + 0.09, wall_top, rgba(scale(concrete, 0.92)))
        cv.rect(x - 0.26, -1.08, x + 0.26, -0.85, rgba(scale(concrete, 0.8)))  # the cabin
        cv.rect(x - 0.22, -1.03, x + 0.22, -0.93, rgba((60, 70, 80)))
        st.glow_rect(x - 0.22, -1.03, x + 0.22, -0.93, (255, 220, 150), 200)
        cv.rect(x - 0.3, -0.87, x + 0.3, -0.84, rgba((80, 80, 84)))  # its railed walkway
        cv.polygon([(x - 0.32, -1.08), (x, -1.22), (x + 0.32, -1.08)], rgba((80, 80, 84)))
        cv.rect(x + 0.22, -0.92, x + 0.32, -0.84, rgba((40, 40, 44)))  # the searchlight
        if st.lit:
            st.glow_circle(x + 0.29, -0.88, 0.05, (255, 250, 220), 255)
            st.beams.append((x + 0.29, -0.88))
    for _, x, item in along(st.seed + 71, (1.2, 1.2)):  # lamps on the wall
        if cv.visible(x - 0.3, x + 0.3):
            cv.rect(x - 0.03, wall_top + 0.08, x + 0.03, wall_top + 0.12, rgba((220, 220, 200)))
            st.glow_circle(x, wall_top + 0.12, 0.25, (255, 236, 180), 70)
    cv.rect(-W, wall_base, W, wall_base + 0.04, rgba((120, 118, 112)))  # the patrol path
    ground(st, wall_base + 0.04, (150, 146, 136), (130, 126, 118), bands=3, bottom=0.3)
    marks(st, 6, scale(GRASS_NEAR, 0.8), 200, top=0.32)


def stadium_bowl(st: Set, floodlights: bool = True) -> None:
    """Stands packed with spectators around a striped pitch with its white lines; advertising
    boards between them; floodlight masts above (lit at night) when ``floodlights``."""
    cv = st.cv
    top, rim = -0.78, 0.02
    cv.polygon([(-W, rim), (-W, top), (W, top), (W, rim)], rgba((96, 100, 110)))
    cv.rect(-W, top - 0.12, W, top, rgba((200, 204, 210)))  # the roof's edge
    cv.rect(-W, -0.4, W, -0.37, rgba((180, 184, 190)))  # a walkway between tiers
    # The crowd: dots in rows, nearer rows bigger; each column draws its own colours, so any
    # window shows the same people and only the columns in sight are drawn.
    step = 0.045
    c0 = int((max(cv.x0, -W) + W) / step) - 1
    c1 = int((min(cv.x1, W) + W) / step) + 1
    colours = [(220, 40, 40), (240, 240, 240), (40, 80, 200), (250, 210, 60), (60, 60, 70), (230, 150, 120),
               (120, 80, 60), (250, 250, 250)]
    for c in range(max(0, c0), c1 + 1):
        rng = random.Random(st.seed * 104_729 + c)
        x = -W + c * step
        y = top + 0.04
        while y < rim - 0.02:
            if not -0.42 < y < -0.35:
                r = 0.013 + 0.006 * (y - top)
                cv.circle(x + rng.uniform(-0.01, 0.01), y, r, rgba(rng.choice(colours)))
            else:
                rng.random()
            y += 0.04
    for _, x, item in along(st.seed + 72, (0.7, 0.7)):  # advertising boards at the pitch side
        if cv.visible(x, x + 0.7):
            col = item.choice([(30, 60, 160), (200, 40, 40), (240, 200, 40), (30, 140, 80)])
            cv.rect(x, rim, x + 0.68, rim + 0.07, rgba(col))
            cv.rect(x + 0.1, rim + 0.025, x + 0.5, rim + 0.045, rgba((250, 250, 250)))
            st.glow_rect(x, rim, x + 0.68, rim + 0.07, col, 200)
    pitch_top = rim + 0.07
    if not _venue_floor(st, pitch_top):
        _pitch(st, pitch_top)
    if not floodlights:
        return
    _floodlights(st, top)


def _venue_floor(st: Set, y0: float) -> bool:
    """The floor of a venue that is not a football ground, from the setting's features: a
    boxing ring, a swimming pool, an ice rink, a running track. False when none is named."""
    cv = st.cv
    if st.has("pool"):
        cv.rect(-W, y0, W, 3.2, rgba((40, 140, 200)))
        y, k = y0 + 0.08, 0
        while y < 3.2:  # lane ropes, further apart nearer the camera
            colour = (230, 60, 60) if k % 2 else (245, 245, 245)
            cv.line(-W, y, W, y, rgba(colour), 0.012 + 0.004 * k)
            y, k = y + 0.12 * (1.4 ** k), k + 1
        return True
    if st.has("ice"):
        cv.rect(-W, y0, W, 3.2, rgba((226, 236, 244)))
        cv.line(-W, y0 + 0.04, W, y0 + 0.04, rgba((200, 40, 40)), 0.014)
        for _, x, item in along(st.seed + 75, (6.0, 6.0), start=-W + 2.0):
            if cv.visible(x - 2.5, x + 2.5):
                cv.line(x, y0 + 0.04, x, 3.2, rgba((40, 80, 200)), 0.016)
        return True
    if st.has("track"):
        cv.rect(-W, y0, W, 3.2, rgba((70, 140, 64)))
        cv.rect(-W, y0 + 0.45, W, 3.2, rgba((190, 80, 60)))
        y, k = y0 + 0.5, 0
        while y < 3.2:
            cv.line(-W, y, W, y, rgba((245, 240, 235)), 0.01 + 0.003 * k)
            y, k = y + 0.14 * (1.3 ** k), k + 1
        return True
    if st.has("ring"):
        cv.rect(-W, y0, W, 3.2, rgba((58, 58, 64)))  # the arena floor in the dark
        for _, x, item in along(st.seed + 76, (6.0, 6.0), start=-W + 2.0):
            if not cv.visible(x - 1.6, x + 1.6):
                continue
            apron, deck = y0 + 0.55, y0 + 0.25
            cv.rect(x - 1.5, deck, x + 1.5, apron, rgba((30, 50, 120)))  # the skirt
            cv.rect(x - 1.5, deck - 0.06, x + 1.5, deck, rgba((226, 222, 210)))  # the canvas
            for px in (x - 1.45, x + 1.45):  # corner posts
                cv.rect(px - 0.03, deck - 0.62, px + 0.03, deck, rgba((180, 30, 30)))
            for k in range(3):  # the ropes
                ry = deck - 0.18 - 0.15 * k
                cv.line(x - 1.45, ry, x + 1.45, ry, rgba((245, 245, 245)), 0.012)
        return True
    return False


def _pitch(st: Set, pitch_top: float) -> None:
    """A football pitch: mowing stripes, the touchline, halfway lines with centre circles."""
    cv = st.cv
    cv.rect(-W, pitch_top, W, 3.2, rgba((70, 140, 64)))
    y, band, k = pitch_top, 0.05, 0
    while y < 3.2:
        if k % 2:
            cv.rect(-W, y, W, y + band, rgba((84, 156, 74)))
        y, band, k = y + band, band * 1.35, k + 1
    white = rgba((245, 245, 240))
    cv.line(-W, pitch_top + 0.05, W, pitch_top + 0.05, white, 0.012)
    for _, x, item in along(st.seed + 73, (6.0, 6.0), start=-W + 2.0):
        if cv.visible(x - 2.5, x + 2.5):
            cv.line(x, pitch_top + 0.05, x, 3.2, white, 0.014)
            a, b = cv.px(x - 0.9, pitch_top + 0.3)
            c, d = cv.px(x + 0.9, pitch_top + 1.1)
            cv.draw.ellipse([a, b, c, d], outline=white, width=max(1, int(round(0.014 * cv.ppu))))


def _floodlights(st: Set, top: float) -> None:
    cv = st.cv
    for _, x, item in along(st.seed + 74, (2.8, 2.8), start=-W + 1.1):  # floodlight masts
        if not cv.visible(x - 0.5, x + 0.5):
            continue
        cv.rect(x - 0.02, -1.0, x + 0.02, top - 0.12, rgba((150, 154, 160)))
        cv.rect(x - 0.26, -1.3, x + 0.26, -1.0, rgba((70, 74, 80)))
        for k in range(8):
            lx, ly = x - 0.24 + (k % 4) * 0.125, -1.28 + (k // 4) * 0.14
            cv.rect(lx, ly, lx + 0.11, ly + 0.12, rgba((210, 214, 220)))
            st.glow_rect(lx, ly, lx + 0.11, ly + 0.12, (255, 255, 240), 255)
        st.glow_circle(x, -1.15, 0.6, (255, 255, 235), 60)


def stadium(st: Set) -> None:
    stadium_bowl(st)


PAINTERS: dict[str, Callable[[Set], None]] = {
    "field": field, "forest": forest, "mountain": mountain, "desert": desert, "sea": sea, "beach": beach,
    "harbour": harbour, "river": river, "bridge": bridge, "station": station, "street": street,
    "village": village, "castle": castle, "church": church, "garden": garden, "sky": sky, "space": space,
    "spacecraft": spacecraft_hull, "cave": cave_mouth,
    "home": building_front, "office": building_front, "industrial": building_front,
    "laboratory": building_front, "shop": building_front, "school": building_front,
    "hospital": building_front,
    "vehicle": vehicle_outside,
    "museum": museum_front, "theatre": theatre_front, "prison": prison_wall, "stadium": stadium,
}


def paint_outdoor(st: Set) -> None:
    PAINTERS.get(st.kind, field)(st)
    if st.has("trees") and st.kind not in ("forest", "field", "garden", "village", "river", "church"):
        treeline(st, 63, 0.0, (0.15, 0.35), (0.8, 2.0), 0.4)
