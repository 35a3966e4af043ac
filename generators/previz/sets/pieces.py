"""Set pieces shared by the kinds: hills, mountains, trees, buildings, water, and the lights that
glow after the scenery is graded for the time of day."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from generators.previz.sets.paint import WORLD_HALF_WIDTH, Canvas, RGB, along, mix, rgba, scale

W = WORLD_HALF_WIDTH

WINDOW_LIT: RGB = (255, 214, 130)
LAMP_GLOW: RGB = (255, 226, 150)


@dataclass
class Glow:
    """A light drawn over the graded scenery: ``shape`` 'rect' or 'circle' (x, y, r), shown
    always or only at night."""

    shape: str
    coords: tuple[float, ...]
    colour: tuple[int, int, int, int]
    night_only: bool = True


@dataclass
class Set:
    """What a kind painter draws into: the scenery canvas (daylight colours) and its lights."""

    cv: Canvas
    seed: int
    kind: str
    interior: bool
    time_of_day: str
    features: tuple[str, ...]
    atmosphere: tuple[str, ...]
    text: str = ""
    glows: list[Glow] = field(default_factory=list)
    windows: list[tuple[float, float, float, float]] = field(default_factory=list)  # views out
    beams: list[tuple[float, float]] = field(default_factory=list)  # rotating lamps (lighthouses)
    passing: list[tuple[float, float, float, float]] = field(default_factory=list)  # moving views
    lit: bool = False  # lamps and windows are on (dusk, night, a dark stormy room)
    # Lit rectangles (windows, screens, lanterns) are drawn in place as marker colours
    # (255, 0, index): what is drawn in front still hides them, and after the time-of-day grade
    # each marker becomes its light's own colour, ungraded.
    palette: list[RGB] = field(default_factory=list)

    def has(self, feature: str) -> bool:
        return feature in self.features

    def rng(self, salt: int) -> random.Random:
        return random.Random(self.seed * 7919 + salt)

    def glow_rect(self, x0, y0, x1, y1, colour: RGB = WINDOW_LIT, alpha: int = 235, night_only=True):
        """A lit rectangle (``alpha`` mixes it with what the set drew there)."""
        if night_only and not self.lit:
            return
        key = (int(colour[0]), int(colour[1]), int(colour[2]), int(alpha))
        if key not in self.palette:
            if len(self.palette) >= 254:
                key = self.palette[-1]
            else:
                self.palette.append(key)
        self.cv.rect(x0, y0, x1, y1, (255, 0, 1 + self.palette.index(key), 255))

    def glow_circle(self, x, y, r, colour: RGB = LAMP_GLOW, alpha: int = 90, night_only=True):
        self.glows.append(Glow("circle", (x, y, r), rgba(colour, alpha), night_only))


# ---- land ------------------------------------------------------------------------------------

def ground(st: Set, top: float, far: RGB, near: RGB, bands: int = 10, bottom: float = 3.2) -> None:
    """The ground from ``top`` down, far colour to near colour in bands (the blur smooths them)."""
    edges = [top + (bottom - top) * (k / bands) ** 1.6 for k in range(bands + 1)]
    for k in range(bands):
        st.cv.rect(-W, edges[k], W, edges[k + 1] + 0.01, rgba(mix(far, near, k / (bands - 1))))


def hills(st: Set, salt: int, colour: RGB, height: tuple[float, float], base: float = 0.01,
          step: tuple[float, float] = (0.4, 1.0)) -> None:
    rng = st.rng(salt)
    x, pts = -W, [(-W, base)]
    while x < W:
        x += rng.uniform(*step)
        pts.append((x, base - rng.uniform(*height)))
    pts.append((W, base))
    # Smooth the ridge: midpoints between the random points.
    smooth = [pts[0]] + [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in zip(pts[1:-2], pts[2:-1])] + [pts[-1]]
    st.cv.polygon(smooth, rgba(colour))


def mountains(st: Set, salt: int, rock: RGB, snow: bool, height: tuple[float, float] = (0.5, 1.2)) -> None:
    rng = st.rng(salt)
    x = -W - 0.5
    while x < W:
        h = rng.uniform(*height)
        half = h * rng.uniform(0.9, 1.4)
        peak = x + half
        col = mix(rock, (150, 160, 190), rng.uniform(0.1, 0.4))
        st.cv.polygon([(x, 0.02), (peak, -h), (x + 2 * half, 0.02)], rgba(col))
        st.cv.polygon([(peak, -h), (x + 2 * half, 0.02), (peak + half * 0.2, 0.02)], rgba(scale(col, 0.8)))
        if snow:
            cap = h * rng.uniform(0.3, 0.45)
            k = cap / h
            st.cv.polygon([(peak - half * k, -h + cap), (peak, -h), (peak + half * k, -h + cap),
                           (peak + half * k * 0.4, -h + cap * 0.8), (peak, -h + cap * 1.1),
                           (peak - half * k * 0.5, -h + cap * 0.75)], rgba((244, 246, 252)))
        x += half * rng.uniform(0.8, 1.5)


def tree(st: Set, x: float, base: float, h: float, colour: RGB, conifer: bool) -> None:
    trunk = (92, 64, 42)
    st.cv.rect(x - h * 0.035, base - h * 0.35, x + h * 0.035, base, rgba(trunk))
    if conifer:
        for k in range(3):
            top = base - h + k * h * 0.22
            wdt = h * (0.18 + 0.08 * k)
            st.cv.polygon([(x, top), (x + wdt, top + h * 0.42), (x - wdt, top + h * 0.42)],
                          rgba(scale(colour, 1.0 - 0.08 * k)))
    else:
        st.cv.ellipse(x - h * 0.3, base - h, x + h * 0.3, base - h * 0.3, rgba(colour))
        st.cv.ellipse(x - h * 0.18, base - h * 0.95, x + h * 0.1, base - h * 0.6,
                      rgba(mix(colour, (255, 255, 200), 0.15)))


def treeline(st: Set, salt: int, base: float, height: tuple[float, float], gap: tuple[float, float],
             conifer_share: float = 0.5, colours=((46, 102, 54), (64, 120, 62), (36, 84, 48))) -> None:
    for _, x, item in along(st.seed * 31 + salt, gap):
        h = item.uniform(*height)
        tree(st, x, base + item.uniform(0, 0.03), h, item.choice(colours), item.random() < conifer_share)


def marks(st: Set, salt: int, colour: RGB, count: int = 300, top: float = 0.05, alpha: int = 110) -> None:
    """Soft ground marks, bigger when nearer, so camera moves read on the ground too."""
    rng = st.rng(salt)
    for _ in range(count):
        x, y = rng.uniform(-W, W), rng.uniform(top, 3.0)
        r = 0.012 + 0.035 * y
        st.cv.ellipse(x - r, y - r * 0.35, x + r, y + r * 0.35, rgba(colour, alpha))


# ---- water -----------------------------------------------------------------------------------

def water(st: Set, top: float, bottom: float, colour: RGB, salt: int, crests: int = 220) -> None:
    """A band of water with wave lines, crests whiter when the weather is rough."""
    st.cv.rect(-W, top, W, bottom, rgba(colour))
    st.cv.rect(-W, top, W, top + (bottom - top) * 0.25, rgba(mix(colour, (200, 220, 235), 0.25)))
    rough = bool({"storm", "wind"} & set(st.atmosphere))
    rng = st.rng(salt)
    for _ in range(crests * (2 if rough else 1)):
        y = rng.uniform(top + 0.005, bottom)
        depth = (y - top) / max(1e-6, bottom - top)
        x = rng.uniform(-W, W)
        length = 0.04 + 0.25 * depth
        crest = (240, 246, 250) if rough else mix(colour, (220, 236, 246), 0.55)
        st.cv.line(x, y, x + length, y - 0.004 * (1 + depth), rgba(crest, 210), 0.004 + 0.01 * depth)


def boat(st: Set, x: float, y: float, size: float, hull: RGB, sail: bool) -> None:
    st.cv.polygon([(x - size, y - size * 0.3), (x + size, y - size * 0.3), (x + size * 0.7, y),
                   (x - size * 0.75, y)], rgba(hull))
    st.cv.rect(x - size, y - size * 0.36, x + size, y - size * 0.3, rgba((236, 232, 220)))
    st.cv.rect(x - size * 0.02, y - size * 1.6, x + size * 0.02, y - size * 0.3, rgba((90, 70, 50)))
    if sail:
        st.cv.polygon([(x + size * 0.05, y - size * 1.55), (x + size * 0.75, y - size * 0.42),
                       (x + size * 0.05, y - size * 0.42)], rgba((244, 240, 228)))
    else:
        st.cv.rect(x - size * 0.45, y - size * 0.7, x + size * 0.1, y - size * 0.36, rgba((220, 220, 210)))


def lighthouse(st: Set, x: float, base: float, h: float) -> None:
    """A striped tower with a gallery and a lantern room; its lamp glows and its beam turns."""
    wb, wt = h * 0.11, h * 0.07
    st.cv.polygon([(x - wb, base), (x - wt, base - h), (x + wt, base - h), (x + wb, base)], rgba((240, 238, 232)))
    for k in range(1, 4):
        y0, y1 = base - h * (k * 0.25 - 0.06), base - h * (k * 0.25 + 0.06)
        f0, f1 = (y0 - base) / -h, (y1 - base) / -h
        st.cv.polygon([(x - wb + (wb - wt) * f0, y0), (x - wb + (wb - wt) * f1, y1),
                       (x + wb - (wb - wt) * f1, y1), (x + wb - (wb - wt) * f0, y0)], rgba((196, 48, 44)))
    st.cv.rect(x - wt * 1.5, base - h - h * 0.03, x + wt * 1.5, base - h, rgba((40, 40, 44)))
    st.cv.rect(x - wt, base - h - h * 0.13, x + wt, base - h - h * 0.03, rgba((250, 236, 170)))
    st.cv.polygon([(x - wt * 1.2, base - h - h * 0.13), (x, base - h - h * 0.22), (x + wt * 1.2, base - h - h * 0.13)],
                  rgba((40, 40, 44)))
    st.glow_rect(x - wt, base - h - h * 0.13, x + wt, base - h - h * 0.03, (255, 246, 190), 255, night_only=False)
    st.glow_circle(x, base - h - h * 0.08, h * 0.12, (255, 240, 180), 110, night_only=False)
    st.beams.append((x, base - h - h * 0.08))


# ---- buildings -------------------------------------------------------------------------------

def building(st: Set, x: float, base: float, w: float, h: float, colour: RGB, item: random.Random,
             window: tuple[float, float] = (0.03, 0.04), pitch: float = 0.0, lit_share: float = 0.55) -> None:
    """A block with rows of windows (lit at night); ``pitch`` > 0 adds a pitched roof.

    A block outside the painted window is skipped: what its generator would still draw (an
    awning, a roof) stands on the block, so it is out of sight too."""
    if not st.cv.visible(x - w * 0.5, x + w * 1.5):
        return
    st.cv.rect(x, base - h, x + w, base, rgba(colour))
    if pitch:
        roof = item.choice([(150, 60, 50), (110, 70, 60), (80, 80, 90)])
        st.cv.polygon([(x - w * 0.06, base - h), (x + w / 2, base - h - pitch), (x + w * 1.06, base - h)], rgba(roof))
    ww, wh = window
    pane = mix(colour, (150, 180, 210), 0.55)
    gx, gy = ww * 2.3, wh * 2.0
    y = base - h + wh
    while y < base - wh * 1.8:
        wx = x + ww
        while wx < x + w - ww * 1.2:
            st.cv.rect(wx, y, wx + ww, y + wh, rgba(pane))
            if item.random() < lit_share:
                st.glow_rect(wx, y, wx + ww, y + wh)
            wx += gx
        y += gy


def skyline(st: Set, salt: int, base: float, height: tuple[float, float], haze: RGB) -> None:
    for _, x, item in along(st.seed * 17 + salt, (0.12, 0.4)):
        w, h = item.uniform(0.12, 0.35), item.uniform(*height)
        col = mix(item.choice([(90, 96, 110), (110, 110, 120), (80, 90, 110)]), haze, 0.45)
        building(st, x, base, w, h, col, item, (0.018, 0.025), lit_share=0.5)


def street_lamp(st: Set, x: float, base: float, h: float = 0.95) -> None:
    st.cv.rect(x - 0.012, base - h, x + 0.012, base, rgba((50, 54, 60)))
    st.cv.rect(x - 0.012, base - h, x + 0.12, base - h + 0.02, rgba((50, 54, 60)))
    st.cv.rect(x + 0.07, base - h + 0.02, x + 0.13, base - h + 0.05, rgba((230, 226, 200)))
    st.glow_circle(x + 0.1, base - h + 0.04, 0.2, LAMP_GLOW, 80)
    st.glow_rect(x + 0.07, base - h + 0.02, x + 0.13, base - h + 0.05, (255, 240, 190), 255)


def campfire(st: Set, x: float, base: float, size: float) -> None:
    st.cv.polygon([(x - size, base), (x + size, base - size * 0.3), (x + size, base), (x - size, base - size * 0.3)],
                  rgba((90, 60, 40)))
    st.glows.append(Glow("circle", (x, base - size * 0.5, size * 2.5), (255, 150, 60, 70), False))
    st.glows.append(Glow("poly", (x - size * 0.6, base - size * 0.2, x, base - size * 1.6, x + size * 0.6,
                                  base - size * 0.2), (255, 170, 60, 255), False))
    st.glows.append(Glow("poly", (x - size * 0.3, base - size * 0.2, x, base - size, x + size * 0.3,
                                  base - size * 0.2), (255, 236, 140, 255), False))


def arch_window(st: Set, x0: float, y0: float, x1: float, y1: float, frame: RGB, glass: RGB) -> None:
    st.cv.arc_top(x0 - 0.02, y0 - 0.02, x1 + 0.02, y1, rgba(frame))
    st.cv.arc_top(x0, y0, x1, y1, rgba(glass))
