"""Backgrounds: a place, painted from its location text and time of day.

A background lives in world units: the horizon (exteriors) is at Y = 0, Y grows downwards, and one
unit is about a medium shot's frame height. Details (buildings, trees, furniture, ground marks)
are placed along a fixed stretch of X by a seed taken from the location text, so every shot of a
place sees the same place, and :func:`paint_background` can paint any window of it at any
resolution (the renderer paints just what a shot's camera will see).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from director.plan import Entity, FilmPlan, Scene
from generators.previz.look import RGB, stable_hash

WORLD_HALF_WIDTH = 14.0  # details are placed on X in [-14, 14]

# time of day -> (sky top, sky at horizon, ambient light, light_dx, sun X, sun Y)
# light_dx > 0: light comes from the left (the sun is on the left), shadows fall right.
_TIME: dict[str, tuple[RGB, RGB, float, float, float, float]] = {
    "dawn": ((70, 82, 140), (250, 176, 124), 0.8, 1.0, -1.3, -0.12),
    "morning": ((96, 150, 222), (204, 224, 242), 0.95, 0.6, -1.0, -0.75),
    "day": ((66, 128, 222), (184, 214, 242), 1.0, 0.15, -0.3, -1.1),
    "afternoon": ((82, 132, 212), (234, 212, 172), 0.95, -0.6, 1.0, -0.7),
    "dusk": ((62, 52, 112), (250, 136, 76), 0.75, -1.0, 1.3, -0.1),
    "evening": ((26, 32, 72), (92, 74, 112), 0.55, -0.3, 1.1, -0.9),
    "night": ((8, 10, 30), (32, 42, 74), 0.38, 0.0, 1.0, -0.9),
}
_INTERIOR_WORDS = ("room", "kitchen", "office", "hall", "bar", "cafe", "café", "restaurant", "shop",
                   "store", "inside", "interior", "apartment", "house", "library", "classroom",
                   "corridor", "bedroom", "lobby", "studio", "室", "屋", "房", "厅", "馆", "店")
_URBAN_WORDS = ("city", "street", "station", "town", "road", "alley", "downtown", "square",
                "building", "market", "harbor", "harbour", "port", "village", "街", "城", "站", "镇", "市")
_NATURE_WORDS = ("forest", "wood", "park", "garden", "field", "meadow", "farm", "mountain", "hill",
                 "jungle", "valley", "orchard", "林", "山", "园", "田", "野")
_WATER_WORDS = ("sea", "beach", "ocean", "lake", "river", "shore", "coast", "harbor", "harbour",
                "pier", "海", "湖", "河", "江")
_SAND_WORDS = ("beach", "desert", "sand", "dune", "沙")
_SNOW_WORDS = ("snow", "winter", "ice", "frozen", "arctic", "雪", "冰")


@dataclass(frozen=True)
class SceneSetting:
    """What a background is painted from."""

    text: str  # location words, for the reader of a manifest or a test
    interior: bool
    time_of_day: str
    seed: int
    urban: bool
    nature: bool
    water: bool
    sand: bool
    snow: bool

    @property
    def light_dx(self) -> float:
        """Horizontal direction of the light: +1 from the left, -1 from the right."""
        return _TIME[self.time_of_day][3]


def _has(text: str, words: tuple[str, ...]) -> bool:
    low = text.lower()
    return any((re.search(rf"\b{re.escape(w)}", low) if w.isascii() else w in text) for w in words)


def setting_from_text(location: str, heading: str = "", time_of_day: str = "day",
                      extra: str = "") -> SceneSetting:
    """Build a setting from a location, a heading ("INT. KITCHEN - NIGHT") and extra words."""
    head = heading.strip().upper()
    if head.startswith(("INT.", "INT ", "I/E", "INT/")):
        interior = True
    elif head.startswith(("EXT.", "EXT ")):
        interior = False
    else:
        interior = _has(f"{location} {extra}", _INTERIOR_WORDS)
    text = " ".join(t for t in (location, heading, extra) if t)
    words = text if text else "open land"
    key = (location or heading or "open land").strip().lower()
    return SceneSetting(
        text=text, interior=interior,
        time_of_day=time_of_day if time_of_day in _TIME else "day",
        seed=stable_hash(key), urban=_has(words, _URBAN_WORDS), nature=_has(words, _NATURE_WORDS),
        water=_has(words, _WATER_WORDS), sand=_has(words, _SAND_WORDS), snow=_has(words, _SNOW_WORDS),
    )


def scene_locations(scene: Scene, plan: FilmPlan) -> list[Entity]:
    """The location entities that appear anywhere in a scene (every shot of it paints them)."""
    ids = {eid for shot in scene.shots for eid in shot.entities}
    return [e for e in plan.entities if e.kind == "location" and e.id in ids]


def setting_for_scene(scene: Scene, plan: FilmPlan) -> SceneSetting:
    """The setting of a scene: its location and heading, plus the descriptions of the location
    entities that appear in it (so 'a rainy harbour street' adds its words)."""
    extra = " ".join(f"{e.name} {e.description}" for e in scene_locations(scene, plan))
    return setting_from_text(scene.location, scene.heading, scene.time_of_day, extra)


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(int(round(x + (y - x) * t)) for x, y in zip(a, b))  # type: ignore[return-value]


def _scale(rgb: RGB, k: float) -> RGB:
    return tuple(max(0, min(255, int(round(c * k)))) for c in rgb)  # type: ignore[return-value]


def _vertical_gradient(ys: np.ndarray, stops: list[tuple[float, RGB]]) -> np.ndarray:
    """Colour per row for world heights ``ys`` from (Y, colour) stops, as float32 rows x 3."""
    ys_stop = np.array([s[0] for s in stops], dtype=np.float32)
    cols = np.array([s[1] for s in stops], dtype=np.float32)
    return np.stack([np.interp(ys, ys_stop, cols[:, c]) for c in range(3)], axis=1)


class _Canvas:
    """Pillow drawing in world coordinates over one window of the world."""

    def __init__(self, rect: tuple[float, float, float, float], size: tuple[int, int], rows: np.ndarray):
        self.x0, self.y0, self.x1, self.y1 = rect
        self.w, self.h = size
        self.ppu = self.w / (self.x1 - self.x0)
        img = np.broadcast_to(rows[:, None, :], (self.h, self.w, 3)).astype(np.uint8)
        self.image = Image.fromarray(img)
        self.draw = ImageDraw.Draw(self.image, "RGBA")

    def px(self, x: float, y: float) -> tuple[float, float]:
        return ((x - self.x0) * self.ppu, (y - self.y0) * self.ppu)

    def visible(self, x0: float, x1: float) -> bool:
        return x1 >= self.x0 and x0 <= self.x1

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill, outline=None) -> None:
        a, b = self.px(x0, y0)
        c, d = self.px(x1, y1)
        self.draw.rectangle([a, b, max(a, c), max(b, d)], fill=fill, outline=outline)

    def ellipse(self, x0: float, y0: float, x1: float, y1: float, fill) -> None:
        a, b = self.px(x0, y0)
        c, d = self.px(x1, y1)
        self.draw.ellipse([a, b, max(a, c), max(b, d)], fill=fill)

    def polygon(self, pts: list[tuple[float, float]], fill) -> None:
        self.draw.polygon([self.px(x, y) for x, y in pts], fill=fill)

    def line(self, x0: float, y0: float, x1: float, y1: float, fill, width_units: float) -> None:
        self.draw.line([self.px(x0, y0), self.px(x1, y1)], fill=fill,
                       width=max(1, int(round(width_units * self.ppu))))


def paint_background(setting: SceneSetting, rect: tuple[float, float, float, float],
                     size: tuple[int, int]) -> np.ndarray:
    """Paint the world window ``rect`` = (X0, Y0, X1, Y1) into an RGB array of ``size`` = (w, h).

    The same setting and window always give the same pixels."""
    w, h = size
    ys = rect[1] + (np.arange(h, dtype=np.float32) + 0.5) * (rect[3] - rect[1]) / h
    if setting.interior:
        return _paint_interior(setting, rect, size, ys)
    return _paint_exterior(setting, rect, size, ys)


def _ground_colour(s: SceneSetting) -> RGB:
    if s.snow:
        return (228, 234, 242)
    if s.sand:
        return (206, 184, 136)
    if s.urban:
        return (112, 110, 116)
    if s.nature:
        return (74, 124, 62)
    return (118, 124, 84)


def _paint_exterior(s: SceneSetting, rect, size, ys: np.ndarray) -> np.ndarray:
    sky_top, sky_hor, amb, _, sun_x, sun_y = _TIME[s.time_of_day]
    ground = _scale(_ground_colour(s), amb)
    far_ground = _mix(ground, sky_hor, 0.45)
    rows = _vertical_gradient(ys, [
        (-2.2, sky_top), (-0.02, sky_hor), (0.0, far_ground), (0.5, ground), (3.0, _scale(ground, 0.8)),
    ])
    cv = _Canvas(rect, size, rows)
    rng = random.Random(s.seed)
    night = s.time_of_day in ("night", "evening")

    # Stars or clouds, then the sun or the moon.
    if night:
        for _ in range(420):
            x, y = rng.uniform(-WORLD_HALF_WIDTH, WORLD_HALF_WIDTH), rng.uniform(-2.2, -0.25)
            r = rng.uniform(0.003, 0.008)
            cv.ellipse(x - r, y - r, x + r, y + r, (255, 255, 230, rng.randint(120, 230)))
    else:
        for _ in range(40):
            x, y = rng.uniform(-WORLD_HALF_WIDTH, WORLD_HALF_WIDTH), rng.uniform(-1.8, -0.35)
            cw = rng.uniform(0.25, 0.6)
            for k in range(4):
                dx, dy = rng.uniform(-cw / 2, cw / 2), rng.uniform(-0.03, 0.02)
                r = rng.uniform(0.05, 0.1)
                cv.ellipse(x + dx - r * 1.6, y + dy - r, x + dx + r * 1.6, y + dy + r,
                           (255, 255, 255, 150))
    disc = (250, 250, 236, 255) if night else (255, 240, 190, 255)
    glow = (255, 255, 230, 40) if night else (255, 230, 160, 70)
    cv.ellipse(sun_x - 0.2, sun_y - 0.2, sun_x + 0.2, sun_y + 0.2, glow)
    cv.ellipse(sun_x - 0.08, sun_y - 0.08, sun_x + 0.08, sun_y + 0.08, disc)

    # Far hills, hazy.
    hill = _mix(_scale((70, 100, 80), amb), sky_hor, 0.55)
    x = -WORLD_HALF_WIDTH
    pts = [(x, 0.01)]
    while x < WORLD_HALF_WIDTH:
        x += rng.uniform(0.4, 1.0)
        pts.append((x, -rng.uniform(0.04, 0.22 if not s.urban else 0.12)))
    pts += [(WORLD_HALF_WIDTH, 0.01)]
    cv.polygon(pts, (*hill, 255))

    if s.water:
        water = _mix(_scale((40, 90, 150), amb), sky_hor, 0.3)
        cv.rect(-WORLD_HALF_WIDTH, 0.0, WORLD_HALF_WIDTH, 0.22, (*water, 255))
        for _ in range(160):
            x, y = rng.uniform(-WORLD_HALF_WIDTH, WORLD_HALF_WIDTH), rng.uniform(0.01, 0.21)
            cv.line(x, y, x + rng.uniform(0.05, 0.2), y, (*_mix(water, sky_hor, 0.6), 200), 0.006)

    # Mid-ground silhouettes on the horizon: buildings or trees.
    x = -WORLD_HALF_WIDTH
    index = 0
    while x < WORLD_HALF_WIDTH:
        index += 1
        lit = random.Random(s.seed * 1_000_003 + index)  # per building: same whatever is painted
        if s.urban or (not s.nature and rng.random() < 0.35):
            bw, bh = rng.uniform(0.18, 0.45), rng.uniform(0.15, 0.7)
            base = 0.0
            col = _mix(_scale(rng.choice([(90, 86, 96), (120, 100, 90), (80, 90, 110), (130, 120, 110)]), amb),
                       sky_hor, 0.25)
            if cv.visible(x, x + bw):
                cv.rect(x, base - bh, x + bw, base, (*col, 255))
                win = (255, 220, 130, 230) if night else (*_mix(col, sky_hor, 0.5), 255)
                wy = base - bh + 0.04
                while wy < base - 0.06:
                    wx = x + 0.03
                    while wx < x + bw - 0.05:
                        if not night or lit.random() < 0.55:
                            cv.rect(wx, wy, wx + 0.03, wy + 0.04, win)
                        wx += 0.07
                    wy += 0.08
            x += bw + rng.uniform(0.02, 0.25)
        else:
            th = rng.uniform(0.18, 0.55)
            col = _scale(rng.choice([(40, 100, 50), (60, 120, 60), (30, 80, 45)]), amb)
            trunk = _scale((90, 64, 40), amb)
            if cv.visible(x - th, x + th):
                cv.rect(x - 0.015, -th * 0.45, x + 0.015, 0.0, (*trunk, 255))
                cv.ellipse(x - th * 0.32, -th, x + th * 0.32, -th * 0.3, (*col, 255))
            x += rng.uniform(0.18, 0.6)

    # Ground marks (closer ones bigger) so camera moves read on the ground too.
    mark = _scale(_ground_colour(s), amb * 0.75)
    if s.urban:
        line = (*_scale((230, 220, 150), amb), 255)
        cv.rect(-WORLD_HALF_WIDTH, 0.55, WORLD_HALF_WIDTH, 0.57, line)
        dx = -WORLD_HALF_WIDTH
        while dx < WORLD_HALF_WIDTH:
            cv.rect(dx, 0.9, dx + 0.3, 0.93, line)
            dx += 0.6
    # Soft and sparse: enough to read motion, little for the encoder to spend bits on.
    for _ in range(400):
        x, y = rng.uniform(-WORLD_HALF_WIDTH, WORLD_HALF_WIDTH), rng.uniform(0.02, 3.0)
        r = 0.012 + 0.035 * y
        if cv.visible(x - r, x + r):
            cv.ellipse(x - r, y - r * 0.35, x + r, y + r * 0.35, (*mark, 110))
    return np.asarray(cv.image)


_WALLS: list[RGB] = [(206, 186, 156), (172, 190, 200), (214, 204, 182), (160, 128, 104), (192, 172, 192),
                     (176, 196, 170)]
FLOOR_LINE = 0.3  # world Y where an interior's back wall meets the floor
CEILING_LINE = -1.35


def _paint_interior(s: SceneSetting, rect, size, ys: np.ndarray) -> np.ndarray:
    sky_top, sky_hor, amb, _, _, _ = _TIME[s.time_of_day]
    rng = random.Random(s.seed)
    # Rooms are lit inside: dimmer than day at night, never as dark as the sky.
    room = 0.55 + 0.45 * amb
    wall = _scale(rng.choice(_WALLS), room)
    floor = _scale(rng.choice([(140, 100, 70), (110, 80, 60), (170, 150, 120), (120, 120, 126)]), room)
    rows = _vertical_gradient(ys, [
        (CEILING_LINE - 0.4, _scale(wall, 0.6)), (CEILING_LINE, _scale(wall, 0.75)),
        (CEILING_LINE + 0.01, _scale(wall, 0.92)), (FLOOR_LINE - 0.01, wall),
        (FLOOR_LINE, _scale(floor, 0.8)), (FLOOR_LINE + 2.5, floor),
    ])
    cv = _Canvas(rect, size, rows)
    trim = (*_scale(wall, 0.6), 255)
    cv.rect(-WORLD_HALF_WIDTH, FLOOR_LINE - 0.04, WORLD_HALF_WIDTH, FLOOR_LINE, trim)
    # Floor boards.
    y = FLOOR_LINE + 0.05
    step = 0.05
    while y < FLOOR_LINE + 3:
        cv.line(-WORLD_HALF_WIDTH, y, WORLD_HALF_WIDTH, y, (*_scale(floor, 0.8), 255), 0.004 + step * 0.04)
        step *= 1.25
        y += step
    for _ in range(160):
        x, y = rng.uniform(-WORLD_HALF_WIDTH, WORLD_HALF_WIDTH), rng.uniform(FLOOR_LINE + 0.05, FLOOR_LINE + 2.5)
        cv.line(x, y, x, y + 0.03 + 0.06 * (y - FLOOR_LINE), (*_scale(floor, 0.78), 255), 0.006)

    x = -WORLD_HALF_WIDTH
    night = s.time_of_day in ("night", "evening")
    index = 0
    while x < WORLD_HALF_WIDTH:
        index += 1
        kind = rng.choice(["window", "shelf", "table", "door", "picture", "lamp", "sofa", "window"])
        width = {"window": 0.55, "shelf": 0.45, "table": 0.6, "door": 0.42, "picture": 0.35,
                 "lamp": 0.2, "sofa": 0.8}[kind]
        if cv.visible(x - 0.3, x + width + 0.3):
            # A per-item generator: the same item whatever window of the room is painted.
            item = random.Random(s.seed * 1_000_003 + index)
            _furniture(cv, kind, x, width, wall, sky_top, sky_hor, night, room, item)
        x += width + rng.uniform(0.25, 0.7)
    return np.asarray(cv.image)


def _furniture(cv: _Canvas, kind: str, x: float, w: float, wall: RGB, sky_top: RGB, sky_hor: RGB,
               night: bool, room: float, rng: random.Random) -> None:
    dark = (*_scale(wall, 0.45), 255)
    wood = (*_scale((120, 84, 56), room), 255)
    fl = FLOOR_LINE
    if kind == "window":
        cv.rect(x - 0.03, -1.0, x + w + 0.03, -0.25, dark)
        cv.rect(x, -0.97, x + w, -0.28, (*sky_hor, 255))
        cv.rect(x, -0.97, x + w, -0.7, (*_mix(sky_top, sky_hor, 0.4), 255))
        cv.rect(x + w / 2 - 0.012, -0.97, x + w / 2 + 0.012, -0.28, dark)
        cv.rect(x, -0.635, x + w, -0.61, dark)
    elif kind == "shelf":
        cv.rect(x, fl - 1.05, x + w, fl, wood)
        for k in range(4):
            yy = fl - 0.95 + k * 0.24
            cv.rect(x + 0.03, yy, x + w - 0.03, yy + 0.17, (*_scale((70, 50, 36), room), 255))
            bx = x + 0.04
            while bx < x + w - 0.08:
                bw = rng.uniform(0.025, 0.05)
                col = _scale(rng.choice([(160, 50, 40), (50, 80, 140), (60, 120, 70), (200, 170, 80)]), room)
                cv.rect(bx, yy + rng.uniform(0.01, 0.05), bx + bw, yy + 0.17, (*col, 255))
                bx += bw + 0.01
    elif kind == "table":
        cv.rect(x, fl - 0.3, x + w, fl - 0.26, wood)
        cv.rect(x + 0.03, fl - 0.26, x + 0.07, fl + 0.04, wood)
        cv.rect(x + w - 0.07, fl - 0.26, x + w - 0.03, fl + 0.04, wood)
    elif kind == "door":
        cv.rect(x, fl - 0.95, x + w, fl, dark)
        cv.rect(x + 0.03, fl - 0.92, x + w - 0.03, fl, wood)
        cv.ellipse(x + w - 0.1, fl - 0.48, x + w - 0.07, fl - 0.45, (220, 200, 120, 255))
    elif kind == "picture":
        col = _scale(rng.choice([(180, 80, 60), (60, 100, 160), (90, 140, 90)]), room)
        cv.rect(x, -0.85, x + w, -0.55, dark)
        cv.rect(x + 0.02, -0.83, x + w - 0.02, -0.57, (*col, 255))
    elif kind == "lamp":
        if night:
            cv.ellipse(x - 0.35, fl - 1.2, x + w + 0.35, fl - 0.3, (255, 230, 160, 60))
        cv.rect(x + w / 2 - 0.01, fl - 0.75, x + w / 2 + 0.01, fl, dark)
        cv.polygon([(x + 0.03, fl - 0.95), (x + w - 0.03, fl - 0.95), (x + w, fl - 0.75), (x, fl - 0.75)],
                   (255, 236, 180, 255) if night else (*_scale((230, 220, 190), room), 255))
    elif kind == "sofa":
        col = _scale(rng.choice([(120, 60, 60), (60, 80, 120), (90, 110, 80), (130, 110, 90)]), room)
        cv.rect(x, fl - 0.4, x + w, fl - 0.02, (*col, 255))
        cv.rect(x - 0.05, fl - 0.3, x + 0.08, fl - 0.02, (*_scale(col, 0.8), 255))
        cv.rect(x + w - 0.08, fl - 0.3, x + w + 0.05, fl - 0.02, (*_scale(col, 0.8), 255))
        cv.rect(x + 0.06, fl - 0.22, x + w - 0.06, fl - 0.12, (*_scale(col, 1.15), 255))
