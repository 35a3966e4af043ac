"""Interior sets, one painter per setting kind: a back wall from CEILING_LINE to FLOOR_LINE, the
floor below, and along the wall the furniture that names the place. Windows and portholes show
the outside at the scene's time of day; a vehicle's windows are listed for the renderer to scroll."""

from __future__ import annotations

from collections.abc import Callable

from generators.previz.sets.paint import RGB, along, mix, rgba, row, scale
from generators.previz.sets.outdoor import stadium_bowl
from generators.previz.sets.pieces import LAMP_GLOW, W, Glow, Set, arch_window, campfire, ground
from generators.previz.sets.sky import view_out

FLOOR_LINE = 0.3  # world Y where the back wall meets the floor
CEILING_LINE = -1.35

# kind -> (wall, floor, ceiling) in daylight
ROOMS: dict[str, tuple[RGB, RGB, RGB]] = {
    "home": ((206, 186, 156), (140, 100, 70), (236, 230, 220)),
    "office": ((200, 204, 206), (120, 124, 132), (230, 232, 234)),
    "industrial": ((128, 130, 128), (96, 98, 100), (80, 82, 84)),
    "laboratory": ((226, 232, 236), (190, 196, 200), (240, 242, 244)),
    "spacecraft": ((170, 178, 190), (90, 96, 106), (120, 126, 136)),
    "garden": ((150, 190, 150), (120, 100, 80), (220, 236, 230)),
    "shop": ((214, 196, 160), (150, 110, 80), (230, 222, 204)),
    "school": ((214, 204, 170), (160, 124, 90), (236, 232, 220)),
    "hospital": ((196, 222, 210), (200, 206, 206), (240, 244, 242)),
    "church": ((190, 180, 160), (130, 120, 110), (150, 140, 126)),
    "castle": ((140, 134, 122), (110, 102, 92), (90, 84, 76)),
    "station": ((200, 190, 170), (150, 146, 140), (120, 110, 100)),
    "vehicle": ((120, 50, 50), (90, 80, 70), (220, 216, 200)),
    "sea": ((150, 110, 76), (120, 90, 64), (130, 100, 70)),
    "cave": ((90, 80, 72), (80, 72, 64), (50, 46, 42)),
    "museum": ((226, 220, 206), (214, 208, 198), (238, 236, 230)),
    "theatre": ((120, 34, 44), (92, 60, 44), (50, 30, 34)),
    "prison": ((150, 150, 144), (112, 112, 108), (96, 96, 94)),
}


def _room(st: Set, floor_style: str = "boards") -> tuple[RGB, RGB]:
    wall, floor, ceiling = ROOMS.get(st.kind, ROOMS["home"])
    if st.kind == "home":
        rng = st.rng(70)
        wall = rng.choice([(206, 186, 156), (172, 190, 200), (214, 204, 182), (160, 128, 104), (192, 172, 192),
                           (176, 196, 170)])
        floor = rng.choice([(140, 100, 70), (110, 80, 60), (170, 150, 120), (120, 120, 126)])
    cv = st.cv
    cv.rect(-W, -3.0, W, CEILING_LINE, rgba(ceiling))
    cv.rect(-W, CEILING_LINE, W, FLOOR_LINE, rgba(wall))
    cv.rect(-W, CEILING_LINE, W, CEILING_LINE + 0.04, rgba(scale(wall, 0.8)))
    ground(st, FLOOR_LINE, scale(floor, 0.85), floor, bands=6)
    cv.rect(-W, FLOOR_LINE - 0.04, W, FLOOR_LINE, rgba(scale(wall, 0.6)))
    line = rgba(scale(floor, 0.78))
    if floor_style == "boards":
        y, step = FLOOR_LINE + 0.05, 0.05
        while y < FLOOR_LINE + 3:
            cv.line(-W, y, W, y, line, 0.004 + step * 0.04)
            step *= 1.25
            y += step
    elif floor_style in ("tiles", "grating"):
        y, step = FLOOR_LINE + 0.06, 0.06
        while y < FLOOR_LINE + 3:
            cv.line(-W, y, W, y, line, 0.006)
            step *= 1.3
            y += step
        for _, x, _ in along(st.seed + 71, (0.25, 0.25)):
            cv.line(x, FLOOR_LINE, x * 2.2, FLOOR_LINE + 3, line, 0.006)
    return wall, floor


def _view(st: Set, x0, y0, x1, y1, frame: RGB, bars: bool = True) -> None:
    st.cv.rect(x0 - 0.03, y0 - 0.03, x1 + 0.03, y1 + 0.03, rgba(frame))
    view_out(st.cv, x0, y0, x1, y1, st.kind, st.time_of_day, st.atmosphere, st.features, st.seed)
    st.windows.append((x0, y0, x1, y1))
    if bars:
        st.cv.rect((x0 + x1) / 2 - 0.012, y0, (x0 + x1) / 2 + 0.012, y1, rgba(frame))
        st.cv.rect(x0, (y0 + y1) / 2 - 0.012, x1, (y0 + y1) / 2 + 0.012, rgba(frame))


def _porthole(st: Set, x: float, y: float, r: float, wall: RGB) -> None:
    view_out(st.cv, x - r, y - r, x + r, y + r, st.kind, st.time_of_day, st.atmosphere, st.features,
             st.seed + int(x * 10))
    ring = 0.45 * r
    a, b = st.cv.px(x - r - ring, y - r - ring)  # Pillow draws an outline inside its box
    c, d = st.cv.px(x + r + ring, y + r + ring)
    st.cv.draw.ellipse([a, b, c, d], outline=rgba(wall), width=max(1, int(round(ring * st.cv.ppu))))
    a, b = st.cv.px(x - r, y - r)
    c, d = st.cv.px(x + r, y + r)
    st.cv.draw.ellipse([a, b, c, d], outline=rgba((90, 94, 100)), width=max(1, int(round(0.12 * r * st.cv.ppu))))
    st.windows.append((x - r, y - r, x + r, y + r))


def _lamp(st: Set, x: float, y: float, night_only: bool = True) -> None:
    st.glow_circle(x, y, 0.4, LAMP_GLOW, 70, night_only)
    st.glow_circle(x, y, 0.05, (255, 244, 200), 255, night_only)


def _screen(st: Set, x0, y0, x1, y1, colour: RGB = (60, 200, 160)) -> None:
    st.cv.rect(x0 - 0.015, y0 - 0.015, x1 + 0.015, y1 + 0.015, rgba((40, 42, 46)))
    st.cv.rect(x0, y0, x1, y1, rgba((20, 40, 50)))
    st.glow_rect(x0, y0, x1, y1, mix(colour, (0, 0, 0), 0.6), 255, night_only=False)
    rng = st.rng(int(x0 * 100) & 0xFFFF)
    for k in range(4):
        yy = y0 + (y1 - y0) * (k + 1) / 5
        st.glow_rect(x0 + 0.01, yy, x0 + 0.01 + (x1 - x0 - 0.02) * rng.uniform(0.3, 1.0), yy + 0.008, colour, 255,
                     night_only=False)


# ---- kinds -----------------------------------------------------------------------------------

def home(st: Set) -> None:
    wall, _ = _room(st)
    wood = (120, 84, 56)
    dark = scale(wall, 0.45)
    fl = FLOOR_LINE
    choices = ["window", "shelf", "table", "door", "picture", "lamp", "sofa", "window"]
    if st.has("bed"):
        choices.append("bed")
    if st.has("fire"):
        choices.append("fireplace")
    for x, w, item in row(st.seed + 72, (0.4, 0.8), (0.25, 0.7)):
        kind = item.choice(choices)
        if kind == "window":
            _view(st, x, -1.0, x + w, -0.28, dark)
        elif kind == "shelf":
            _bookshelf(st, x, w, item)
        elif kind == "table":
            st.cv.rect(x, fl - 0.3, x + w, fl - 0.26, rgba(wood))
            st.cv.rect(x + 0.03, fl - 0.26, x + 0.07, fl + 0.04, rgba(wood))
            st.cv.rect(x + w - 0.07, fl - 0.26, x + w - 0.03, fl + 0.04, rgba(wood))
        elif kind == "door":
            st.cv.rect(x, fl - 0.95, x + 0.42, fl, rgba(dark))
            st.cv.rect(x + 0.03, fl - 0.92, x + 0.39, fl, rgba(wood))
            st.cv.circle(x + 0.34, fl - 0.46, 0.015, rgba((220, 200, 120)))
        elif kind == "picture":
            st.cv.rect(x, -0.85, x + 0.35, -0.55, rgba(dark))
            st.cv.rect(x + 0.02, -0.83, x + 0.33, -0.57, rgba(item.choice([(180, 80, 60), (60, 100, 160), (90, 140, 90)])))
        elif kind == "lamp":
            st.cv.rect(x + 0.09, fl - 0.75, x + 0.11, fl, rgba(dark))
            st.cv.polygon([(x + 0.03, fl - 0.95), (x + 0.17, fl - 0.95), (x + 0.2, fl - 0.75), (x, fl - 0.75)],
                          rgba((230, 220, 190)))
            _lamp(st, x + 0.1, fl - 0.85)
        elif kind == "sofa":
            col = item.choice([(120, 60, 60), (60, 80, 120), (90, 110, 80), (130, 110, 90)])
            st.cv.rect(x, fl - 0.4, x + w, fl - 0.02, rgba(col))
            st.cv.rect(x - 0.05, fl - 0.3, x + 0.08, fl - 0.02, rgba(scale(col, 0.8)))
            st.cv.rect(x + w - 0.08, fl - 0.3, x + w + 0.05, fl - 0.02, rgba(scale(col, 0.8)))
        elif kind == "bed":
            st.cv.rect(x, fl - 0.5, x + 0.06, fl, rgba(wood))
            st.cv.rect(x, fl - 0.25, x + w, fl - 0.1, rgba((236, 236, 240)))
            st.cv.rect(x + 0.1, fl - 0.3, x + w, fl - 0.2, rgba((90, 110, 160)))
        elif kind == "fireplace":
            _fireplace(st, x, w)


def _bookshelf(st: Set, x: float, w: float, item) -> None:
    fl = FLOOR_LINE
    st.cv.rect(x, fl - 1.05, x + w, fl, rgba((120, 84, 56)))
    for k in range(4):
        yy = fl - 0.95 + k * 0.24
        st.cv.rect(x + 0.03, yy, x + w - 0.03, yy + 0.17, rgba((70, 50, 36)))
        bx = x + 0.04
        while bx < x + w - 0.08:
            bw = item.uniform(0.025, 0.05)
            col = item.choice([(160, 50, 40), (50, 80, 140), (60, 120, 70), (200, 170, 80)])
            st.cv.rect(bx, yy + item.uniform(0.01, 0.05), bx + bw, yy + 0.17, rgba(col))
            bx += bw + 0.01


def _fireplace(st: Set, x: float, w: float) -> None:
    fl = FLOOR_LINE
    st.cv.rect(x - 0.05, fl - 0.62, x + w + 0.05, fl, rgba((150, 90, 70)))
    st.cv.rect(x - 0.08, fl - 0.66, x + w + 0.08, fl - 0.6, rgba((110, 80, 60)))
    st.cv.rect(x + 0.1, fl - 0.45, x + w - 0.1, fl, rgba((30, 20, 18)))
    campfire(st, x + w / 2, fl - 0.02, min(0.1, w * 0.15))


def office(st: Set) -> None:
    wall, _ = _room(st, "tiles")
    fl = FLOOR_LINE
    for _, x, item in along(st.seed + 73, (1.6, 1.6)):  # ceiling panels
        st.cv.rect(x, CEILING_LINE - 0.08, x + 0.5, CEILING_LINE - 0.02, rgba((250, 250, 246)))
    for x, w, item in row(st.seed + 74, (0.5, 0.9), (0.2, 0.5)):
        choice = item.random()
        if choice < 0.35:  # window with blinds
            _view(st, x, -1.05, x + w, -0.35, (90, 94, 100), bars=False)
            for k in range(8):
                st.cv.rect(x, -1.05 + k * 0.09, x + w, -1.03 + k * 0.09, rgba((220, 222, 224), 200))
        elif choice < 0.75:  # desk with a monitor
            st.cv.rect(x, fl - 0.32, x + w, fl - 0.28, rgba((150, 130, 110)))
            st.cv.rect(x + 0.03, fl - 0.28, x + 0.06, fl, rgba((90, 90, 94)))
            st.cv.rect(x + w - 0.06, fl - 0.28, x + w - 0.03, fl, rgba((90, 90, 94)))
            _screen(st, x + w * 0.3, fl - 0.6, x + w * 0.7, fl - 0.38, (120, 180, 240))
            st.cv.rect(x + w * 0.48, fl - 0.38, x + w * 0.52, fl - 0.32, rgba((40, 42, 46)))
        else:  # filing cabinet and a plant
            st.cv.rect(x, fl - 0.6, x + 0.3, fl, rgba((150, 156, 160)))
            for k in range(3):
                st.cv.rect(x + 0.02, fl - 0.58 + k * 0.2, x + 0.28, fl - 0.42 + k * 0.2, rgba((170, 176, 180)))
                st.cv.rect(x + 0.12, fl - 0.52 + k * 0.2, x + 0.18, fl - 0.5 + k * 0.2, rgba((80, 80, 84)))
            st.cv.rect(x + 0.4, fl - 0.2, x + 0.52, fl, rgba((160, 90, 60)))
            st.cv.ellipse(x + 0.33, fl - 0.5, x + 0.59, fl - 0.15, rgba((60, 130, 70)))


def industrial(st: Set) -> None:
    _room(st, "tiles")
    fl = FLOOR_LINE
    for k, (y, col) in enumerate(((-1.2, (140, 80, 60)), (-1.1, (110, 120, 130)), (-0.95, (90, 110, 90)))):
        st.cv.rect(-W, y, W, y + 0.05 - k * 0.01, rgba(col))
    for _, x, item in along(st.seed + 75, (0.8, 0.8)):  # pipe brackets and tube lights
        st.cv.rect(x, -1.22, x + 0.02, -0.9, rgba((70, 70, 72)))
        st.cv.rect(x + 0.2, CEILING_LINE - 0.05, x + 0.6, CEILING_LINE - 0.02, rgba((240, 250, 240)))
        st.glow_rect(x + 0.2, CEILING_LINE - 0.05, x + 0.6, CEILING_LINE - 0.02, (230, 255, 230), 255, False)
    for x, w, item in row(st.seed + 76, (0.4, 0.9), (0.3, 0.8)):
        choice = item.random()
        if choice < 0.35:  # a metal door
            st.cv.rect(x, fl - 1.0, x + 0.5, fl, rgba((90, 96, 100)))
            st.cv.rect(x + 0.04, fl - 0.96, x + 0.46, fl, rgba((120, 126, 130)))
            st.cv.rect(x + 0.1, fl - 0.85, x + 0.4, fl - 0.7, rgba((60, 64, 70)))
        elif choice < 0.7:  # a machine with gauges
            st.cv.rect(x, fl - 0.7, x + w, fl, rgba((100, 110, 100)))
            for k in range(3):
                st.cv.circle(x + w * (k + 1) / 4, fl - 0.5, 0.05, rgba((230, 230, 220)))
            st.glow_circle(x + w - 0.06, fl - 0.25, 0.02, (255, 80, 60), 255, False)
        else:  # a vent
            st.cv.rect(x, -0.75, x + 0.4, -0.45, rgba((100, 102, 104)))
            for k in range(6):
                st.cv.rect(x + 0.02, -0.73 + k * 0.05, x + 0.38, -0.71 + k * 0.05, rgba((60, 62, 64)))
    for _, x, item in along(st.seed + 77, (0.16, 0.16)):  # hazard stripes along the wall's foot
        st.cv.polygon([(x, fl - 0.1), (x + 0.08, fl - 0.1), (x + 0.14, fl - 0.04), (x + 0.06, fl - 0.04)],
                      rgba((230, 190, 40)))


def laboratory(st: Set) -> None:
    _room(st, "tiles")
    fl = FLOOR_LINE
    for _, x, item in along(st.seed + 78, (0.15, 0.15)):  # wall tiles
        st.cv.line(x, CEILING_LINE, x, fl, rgba((200, 206, 210)), 0.004)
    for x, w, item in row(st.seed + 79, (0.6, 1.1), (0.2, 0.5)):
        st.cv.rect(x, fl - 0.34, x + w, fl - 0.3, rgba((60, 64, 70)))
        st.cv.rect(x + 0.02, fl - 0.3, x + w - 0.02, fl, rgba((200, 204, 210)))
        for k in range(int(w / 0.12)):  # flasks
            fx = x + 0.06 + k * 0.12
            col = item.choice([(80, 200, 120), (80, 140, 230), (230, 120, 80), (200, 200, 80)])
            st.cv.polygon([(fx - 0.035, fl - 0.34), (fx + 0.035, fl - 0.34), (fx + 0.01, fl - 0.43),
                           (fx - 0.01, fl - 0.43)], rgba(col, 220))
            st.cv.rect(fx - 0.01, fl - 0.5, fx + 0.01, fl - 0.43, rgba((220, 230, 236)))
        if item.random() < 0.6:
            _screen(st, x + 0.1, -0.95, x + w - 0.1, -0.55)
        else:
            _view(st, x + 0.1, -1.0, x + w - 0.1, -0.5, (150, 156, 160))


def spacecraft(st: Set) -> None:
    wall, _ = _room(st, "grating")
    fl = FLOOR_LINE
    panel = scale(wall, 0.9)
    for _, x, item in along(st.seed + 80, (0.5, 0.5)):  # hull panels and seams
        st.cv.rect(x + 0.01, CEILING_LINE + 0.06, x + 0.49, fl - 0.06, rgba(panel))
        st.cv.rect(x, CEILING_LINE + 0.02, x + 0.5, CEILING_LINE + 0.06, rgba((60, 150, 220)))
        st.glow_rect(x, CEILING_LINE + 0.02, x + 0.5, CEILING_LINE + 0.06, (120, 200, 255), 255, False)
    for x, w, item in row(st.seed + 81, (0.5, 0.8), (0.25, 0.6), start=-W + 0.3):
        if item.random() < 0.6:
            _porthole(st, x + w / 2, -0.65, min(0.32, w / 2), panel)
        else:
            _screen(st, x, -0.95, x + w, -0.5, (90, 220, 255))
            st.cv.rect(x, fl - 0.35, x + w, fl, rgba((110, 116, 126)))  # a console
            for k in range(5):
                st.glow_circle(x + 0.06 + k * (w - 0.12) / 4, fl - 0.28, 0.012,
                               item.choice([(255, 80, 80), (80, 255, 120), (255, 220, 80)]), 255, False)


def greenhouse(st: Set) -> None:
    st.cv.rect(-W, -3.0, W, FLOOR_LINE, rgba((190, 214, 220)))
    for _, x, item in along(st.seed + 82, (0.5, 0.5)):  # glass panes looking out
        _view(st, x + 0.02, -2.4, x + 0.48, FLOOR_LINE - 0.3, (236, 240, 236), bars=False)
        st.cv.rect(x, -2.4, x + 0.02, FLOOR_LINE, rgba((236, 240, 236)))
    st.cv.rect(-W, -1.2, W, -1.18, rgba((236, 240, 236)))
    ground(st, FLOOR_LINE, (120, 100, 80), (140, 118, 92), bands=5)
    fl = FLOOR_LINE
    for x, w, item in row(st.seed + 83, (0.6, 1.0), (0.15, 0.4)):  # benches of potted plants
        st.cv.rect(x, fl - 0.36, x + w, fl - 0.32, rgba((130, 100, 70)))
        st.cv.rect(x + 0.02, fl - 0.32, x + 0.05, fl, rgba((130, 100, 70)))
        st.cv.rect(x + w - 0.05, fl - 0.32, x + w - 0.02, fl, rgba((130, 100, 70)))
        for k in range(int(w / 0.14)):
            px = x + 0.07 + k * 0.14
            st.cv.rect(px - 0.035, fl - 0.44, px + 0.035, fl - 0.36, rgba((180, 96, 60)))
            st.cv.ellipse(px - 0.07, fl - 0.62, px + 0.07, fl - 0.42, rgba(item.choice([(60, 140, 70), (90, 160, 70)])))
            if item.random() < 0.4:
                st.cv.circle(px, fl - 0.58, 0.025, rgba(item.choice([(230, 60, 80), (250, 200, 60)])))


def shop(st: Set) -> None:
    _room(st)
    fl = FLOOR_LINE
    bakery = any(w in st.text for w in ("bak", "bread", "面包", "pastr", "cake"))
    bar = any(w in st.text for w in ("bar", "pub", "tavern", "cafe", "café", "coffee", "酒", "咖啡", "inn"))
    for x, w, item in row(st.seed + 84, (0.6, 1.0), (0.1, 0.3)):
        if item.random() < 0.25:
            _view(st, x, -1.05, x + w, -0.3, (100, 70, 50))  # the shop window
            continue
        st.cv.rect(x, fl - 1.1, x + w, fl - 0.35, rgba((120, 84, 56)))
        for k in range(3):
            yy = fl - 1.05 + k * 0.24
            st.cv.rect(x + 0.02, yy + 0.19, x + w - 0.02, yy + 0.22, rgba((150, 110, 76)))
            gx = x + 0.04
            while gx < x + w - 0.1:
                if bakery:  # loaves
                    st.cv.ellipse(gx, yy + 0.1, gx + 0.1, yy + 0.19, rgba((200, 140, 70)))
                    st.cv.line(gx + 0.03, yy + 0.12, gx + 0.05, yy + 0.17, rgba((150, 96, 50)), 0.006)
                    gx += 0.12
                elif bar:  # bottles
                    col = item.choice([(60, 120, 70), (140, 80, 40), (200, 200, 210), (90, 40, 60)])
                    st.cv.rect(gx, yy + 0.07, gx + 0.035, yy + 0.19, rgba(col))
                    st.cv.rect(gx + 0.01, yy + 0.03, gx + 0.025, yy + 0.07, rgba(col))
                    gx += 0.06
                else:  # boxes and jars
                    col = item.choice([(200, 60, 50), (60, 110, 180), (240, 200, 70), (90, 160, 90), (230, 230, 220)])
                    st.cv.rect(gx, yy + item.uniform(0.04, 0.09), gx + 0.06, yy + 0.19, rgba(col))
                    gx += 0.08
    # The counter in front of the shelves, with a till.
    for x, w, item in row(st.seed + 85, (1.2, 1.8), (1.0, 2.0)):
        st.cv.rect(x, fl - 0.05, x + w, fl + 0.2, rgba((110, 74, 50)))
        st.cv.rect(x - 0.02, fl - 0.09, x + w + 0.02, fl - 0.05, rgba((150, 110, 76)))
        st.cv.rect(x + w * 0.7, fl - 0.2, x + w * 0.85, fl - 0.09, rgba((60, 60, 64)))
    for _, x, item in along(st.seed + 86, (1.2, 1.2)):
        _lamp(st, x, CEILING_LINE + 0.2, night_only=False)
        st.cv.line(x, CEILING_LINE, x, CEILING_LINE + 0.17, rgba((60, 60, 60)), 0.008)
        st.cv.polygon([(x - 0.07, CEILING_LINE + 0.22), (x + 0.07, CEILING_LINE + 0.22), (x + 0.03, CEILING_LINE + 0.16),
                       (x - 0.03, CEILING_LINE + 0.16)], rgba((60, 90, 70)))


def school(st: Set) -> None:
    _room(st)
    fl = FLOOR_LINE
    library = any(w in st.text for w in ("librar", "图书"))
    for x, w, item in row(st.seed + 87, (0.9, 1.4), (0.2, 0.5)):
        choice = item.random()
        if library and choice < 0.7:
            _bookshelf(st, x, w, item)
        elif choice < 0.4:  # the blackboard with chalk lines
            st.cv.rect(x - 0.03, -1.05, x + w + 0.03, -0.35, rgba((140, 110, 80)))
            st.cv.rect(x, -1.02, x + w, -0.38, rgba((40, 70, 56)))
            for k in range(4):
                st.cv.line(x + 0.08, -0.92 + k * 0.13, x + 0.08 + (w - 0.2) * item.uniform(0.4, 1.0), -0.92 + k * 0.13,
                           rgba((230, 236, 230), 220), 0.01)
            st.cv.rect(x, -0.38, x + w, -0.35, rgba((180, 170, 150)))
        elif choice < 0.7:
            _view(st, x, -1.05, x + w * 0.8, -0.35, (230, 230, 226))
        else:
            st.cv.circle(x + 0.2, -0.9, 0.1, rgba((250, 250, 246)))
            st.cv.line(x + 0.2, -0.9, x + 0.2, -0.96, rgba((20, 20, 20)), 0.01)
            st.cv.line(x + 0.2, -0.9, x + 0.25, -0.9, rgba((20, 20, 20)), 0.01)
            if w > 0.8:
                _bookshelf(st, x + 0.4, min(0.6, w - 0.4), item)
    for _, x, item in along(st.seed + 88, (0.7, 0.7)):  # rows of pupils' desks in front of the wall
        for depth, y in ((0, fl + 0.12), (1, fl + 0.45)):
            s = 1 + depth * 0.4
            dx = x + depth * 0.35
            st.cv.rect(dx, y - 0.28 * s, dx + 0.4 * s, y - 0.24 * s, rgba((170, 130, 90)))
            st.cv.rect(dx + 0.03, y - 0.24 * s, dx + 0.05, y, rgba((80, 80, 84)))
            st.cv.rect(dx + 0.4 * s - 0.05, y - 0.24 * s, dx + 0.4 * s - 0.03, y, rgba((80, 80, 84)))


def hospital(st: Set) -> None:
    _room(st, "tiles")
    fl = FLOOR_LINE
    for x, w, item in row(st.seed + 89, (0.8, 1.0), (0.3, 0.6)):
        # A curtain rail and curtain, a bed with rails, a monitor with a pulse line, a drip stand.
        st.cv.rect(x - 0.2, -1.2, x + w + 0.2, -1.18, rgba((160, 160, 166)))
        st.cv.rect(x - 0.2, -1.18, x - 0.05, fl - 0.05, rgba((150, 190, 210)))
        st.cv.rect(x, fl - 0.35, x + w, fl - 0.22, rgba((244, 244, 248)))
        st.cv.rect(x, fl - 0.22, x + w, fl - 0.16, rgba((150, 156, 164)))
        st.cv.rect(x, fl - 0.6, x + 0.05, fl, rgba((150, 156, 164)))
        st.cv.rect(x + 0.08, fl - 0.44, x + 0.28, fl - 0.35, rgba((250, 250, 252)))
        for k in range(4):
            st.cv.line(x + 0.1 + k * w / 4, fl - 0.42, x + 0.1 + k * w / 4, fl - 0.35, rgba((150, 156, 164)), 0.008)
        mx = x + w + 0.05
        st.cv.rect(mx, -0.75, mx + 0.3, -0.5, rgba((40, 44, 50)))
        pts = [(mx + 0.02, -0.62), (mx + 0.1, -0.62), (mx + 0.13, -0.72), (mx + 0.16, -0.55), (mx + 0.19, -0.62),
               (mx + 0.28, -0.62)]
        for a, b in zip(pts, pts[1:]):
            st.glows.append(_line_glow(a, b))
        st.cv.rect(mx + 0.14, -0.5, mx + 0.16, fl, rgba((150, 156, 164)))
        st.cv.rect(x - 0.4, -0.9, x - 0.38, fl, rgba((170, 170, 176)))
        st.cv.rect(x - 0.45, -0.92, x - 0.33, -0.78, rgba((220, 236, 246), 200))


def _line_glow(a, b) -> Glow:
    return Glow("line", (a[0], a[1], b[0], b[1], 0.008), (80, 255, 120, 255), False)


def church(st: Set) -> None:
    wall, _ = _room(st, "tiles")
    fl = FLOOR_LINE
    glass = [(200, 40, 50), (40, 80, 200), (230, 190, 50), (40, 150, 80), (150, 50, 160)]
    for _, x, item in along(st.seed + 90, (0.9, 0.9)):  # tall stained-glass windows
        arch_window(st, x, -1.25, x + 0.3, -0.3, scale(wall, 0.55), (40, 40, 60))
        for k in range(12):
            gx, gy = x + 0.03 + (k % 3) * 0.08, -1.05 + (k // 3) * 0.18
            col = item.choice(glass)
            st.cv.rect(gx, gy, gx + 0.07, gy + 0.16, rgba(col))
            st.glow_rect(gx, gy, gx + 0.07, gy + 0.16, col, 90, night_only=False)
        st.cv.rect(x + 0.5, fl - 0.6, x + 0.54, fl, rgba((200, 180, 120)))  # a candle stand
        st.cv.rect(x + 0.505, fl - 0.68, x + 0.535, fl - 0.6, rgba((250, 246, 230)))
        st.glow_circle(x + 0.52, fl - 0.71, 0.08, (255, 210, 120), 140, False)
        st.glow_circle(x + 0.52, fl - 0.71, 0.015, (255, 240, 180), 255, False)
    for _, x, item in along(st.seed + 91, (0.8, 0.8)):  # pews
        for y in (fl + 0.15, fl + 0.55):
            s = 1 + (y - fl) * 0.6
            st.cv.rect(x, y - 0.32 * s, x + 0.6 * s, y - 0.27 * s, rgba((100, 66, 44)))
            st.cv.rect(x, y - 0.18 * s, x + 0.6 * s, y - 0.14 * s, rgba((100, 66, 44)))
            st.cv.rect(x, y - 0.32 * s, x + 0.04, y, rgba((90, 60, 40)))


def castle_hall(st: Set) -> None:
    wall, _ = _room(st, "tiles")
    fl = FLOOR_LINE
    rng = st.rng(92)
    for _ in range(900):  # stone blocks
        x, y = rng.uniform(-W, W), rng.uniform(CEILING_LINE, fl)
        st.cv.rect(x, y, x + 0.14, y + 0.06, rgba(scale(wall, rng.uniform(0.8, 1.05))))
    throne = any(w in st.text for w in ("throne", "王座", "宝座"))
    for x, w, item in row(st.seed + 93, (0.8, 1.2), (0.3, 0.6)):
        col = item.choice([(170, 30, 40), (40, 60, 150), (40, 110, 60)])
        st.cv.rect(x, -1.2, x + 0.3, -0.4, rgba(col))  # a banner
        st.cv.polygon([(x, -0.4), (x + 0.15, -0.3), (x + 0.3, -0.4)], rgba(col))
        st.cv.circle(x + 0.15, -0.85, 0.08, rgba((230, 200, 80)))
        tx = x + 0.6  # a torch with its flame
        st.cv.rect(tx - 0.015, -0.75, tx + 0.015, -0.55, rgba((90, 60, 40)))
        st.glows.append(_flame(tx, -0.75))
        st.glow_circle(tx, -0.8, 0.3, (255, 160, 70), 70, False)
        if throne and item.random() < 0.5:
            st.cv.rect(x + 0.35, fl - 0.9, x + 0.75, fl, rgba((150, 40, 40)))
            st.cv.rect(x + 0.3, fl - 0.95, x + 0.8, fl - 0.85, rgba((210, 170, 60)))
            st.cv.rect(x + 0.3, fl - 0.4, x + 0.8, fl - 0.3, rgba((210, 170, 60)))
        else:
            arch_window(st, x + 0.45, -1.15, x + 0.7, -0.85, scale(wall, 0.5), (30, 30, 40))
    if st.has("fire"):
        _fireplace(st, 1.8, 0.7)


def _flame(x: float, y: float) -> Glow:
    return Glow("poly", (x - 0.04, y, x, y - 0.14, x + 0.04, y), (255, 180, 60, 255), False)


def station_hall(st: Set) -> None:
    wall, _ = _room(st, "tiles")
    fl = FLOOR_LINE
    for _, x, item in along(st.seed + 94, (1.5, 1.5)):
        arch = scale(wall, 0.7)
        st.cv.arc_top(x, -1.33, x + 1.0, -0.35, rgba(arch))
        view_out(st.cv, x + 0.05, -1.0, x + 0.95, -0.38, st.kind, st.time_of_day, st.atmosphere, st.features, st.seed)
        st.windows.append((x + 0.05, -1.0, x + 0.95, -0.38))
        for k in range(1, 4):
            st.cv.line(x + k * 0.25, -1.3, x + k * 0.25, -0.38, rgba(arch), 0.015)
    for _, x, item in along(st.seed + 95, (4.0, 4.0), start=-W + 1.6):
        st.cv.rect(x, -1.3, x + 0.9, -1.02, rgba((20, 22, 26)))  # departure board
        for k in range(4):
            st.glow_rect(x + 0.05, -1.27 + k * 0.065, x + 0.05 + item.uniform(0.4, 0.8), -1.235 + k * 0.065,
                         (255, 200, 60), 255, False)
        st.cv.circle(x + 1.3, -1.15, 0.1, rgba((245, 245, 240)))
        st.cv.line(x + 1.3, -1.15, x + 1.3, -1.22, rgba((20, 20, 20)), 0.01)
    for _, x, item in along(st.seed + 96, (1.2, 2.0)):  # benches
        st.cv.rect(x, fl - 0.2, x + 0.5, fl - 0.16, rgba((120, 84, 56)))
        st.cv.rect(x, fl - 0.35, x + 0.5, fl - 0.3, rgba((120, 84, 56)))
        st.cv.rect(x + 0.03, fl - 0.16, x + 0.06, fl, rgba((50, 50, 50)))
        st.cv.rect(x + 0.44, fl - 0.16, x + 0.47, fl, rgba((50, 50, 50)))


def vehicle(st: Set) -> None:
    """Inside a train, bus or plane: a row of windows (the renderer scrolls the landscape past
    them), seat backs below, a luggage rack above."""
    wall, _ = _room(st)
    fl = FLOOR_LINE
    plane = any(w in st.text for w in ("plane", "flight", "aeroplane", "airplane", "飞机", "cockpit", "jet"))
    st.cv.rect(-W, -1.2, W, -1.14, rgba((190, 190, 196)))  # luggage rack
    for _, x, item in along(st.seed + 97, (0.12, 0.12)):
        st.cv.line(x, -1.14, x, -1.08, rgba((190, 190, 196)), 0.006)
    st.cv.rect(-W, -1.3, W, -1.22, rgba((240, 236, 220)))
    st.glow_rect(-W, -1.3, W, -1.22, (255, 246, 220), 160)
    for _, x, item in along(st.seed + 98, (0.75, 0.75)):
        if plane:
            x0, y0, x1, y1 = x + 0.2, -0.95, x + 0.45, -0.6
            st.cv.rect(x0 - 0.04, y0 - 0.04, x1 + 0.04, y1 + 0.04, rgba((230, 230, 226)))
        else:
            x0, y0, x1, y1 = x + 0.06, -1.02, x + 0.69, -0.48
            st.cv.rect(x0 - 0.035, y0 - 0.035, x1 + 0.035, y1 + 0.035, rgba((200, 200, 204)))
        view_out(st.cv, x0, y0, x1, y1, "sky" if plane else "field", st.time_of_day, st.atmosphere, st.features,
                 st.seed)
        st.passing.append((x0, y0, x1, y1))
        st.windows.append((x0, y0, x1, y1))
        st.cv.rect(x0 - 0.035, y1, x1 + 0.035, y1 + 0.03, rgba((160, 160, 164)))  # sill
        # Seat backs and a small table under each window.
        seat = (60, 80, 130) if not plane else (70, 74, 90)
        st.cv.arc_top(x - 0.04, fl - 0.62, x + 0.16, fl - 0.05, rgba(seat))
        st.cv.arc_top(x + 0.6, fl - 0.62, x + 0.8, fl - 0.05, rgba(seat))
        st.cv.rect(x + 0.22, fl - 0.42, x + 0.54, fl - 0.38, rgba((170, 150, 120)))
        st.cv.rect(x + 0.36, fl - 0.38, x + 0.4, fl - 0.05, rgba((120, 120, 124)))
        if not plane:
            _lamp(st, x + 0.375, -1.27)


def lamp_room(st: Set) -> None:
    """Inside a lighthouse: tall windows all round on the sea, the great lens lamp glowing, the
    iron rail of the stair."""
    wall, _ = _room(st, "tiles")
    fl = FLOOR_LINE
    iron = (50, 54, 60)
    for _, x, item in along(st.seed + 105, (0.55, 0.55)):
        _view(st, x + 0.04, -1.2, x + 0.51, -0.25, iron, bars=False)
        st.cv.rect(x + 0.04, -0.75, x + 0.51, -0.73, rgba(iron))
    for _, x, item in along(st.seed + 106, (3.2, 3.2), start=-W + 1.2):
        # The lens: a tall brass-ringed glass beehive on a pedestal, lit whatever the hour.
        st.cv.rect(x - 0.12, fl - 0.45, x + 0.12, fl, rgba((90, 80, 60)))
        st.cv.ellipse(x - 0.28, fl - 1.25, x + 0.28, fl - 0.4, rgba((200, 180, 110)))
        st.glows.append(Glow("circle", (x, fl - 0.82, 0.5), (255, 240, 170, 80), False))
        st.glows.append(Glow("circle", (x, fl - 0.82, 0.22), (255, 250, 210, 255), False))
        for k in range(7):
            yy = fl - 1.18 + k * 0.11
            st.glows.append(Glow("line", (x - 0.24, yy, x + 0.24, yy, 0.012), (170, 140, 70, 255), False))
    st.cv.rect(-W, fl - 0.3, W, fl - 0.28, rgba(iron))  # the gallery rail
    for _, x, item in along(st.seed + 107, (0.2, 0.2)):
        st.cv.rect(x, fl - 0.3, x + 0.012, fl, rgba(iron))


def ship_cabin(st: Set) -> None:
    if st.has("lighthouse") or "灯塔" in st.text:
        lamp_room(st)
        return
    wall, _ = _room(st)
    fl = FLOOR_LINE
    for _, x, item in along(st.seed + 99, (0.2, 0.2)):  # planked walls
        st.cv.line(-W, CEILING_LINE + x % 1.6, W, CEILING_LINE + x % 1.6, rgba(scale(wall, 0.85)), 0.006)
    for x, w, item in row(st.seed + 100, (0.5, 0.8), (0.4, 0.8)):
        if item.random() < 0.6:
            _porthole(st, x + w / 2, -0.7, 0.2, wall)
        else:  # a hanging lantern and a map
            st.cv.rect(x, -0.95, x + w * 0.8, -0.5, rgba((220, 200, 150)))
            st.cv.line(x + 0.05, -0.8, x + w * 0.6, -0.62, rgba((150, 100, 60)), 0.008)
            lx = x + w * 0.9
            st.cv.line(lx, CEILING_LINE, lx, -1.0, rgba((50, 40, 30)), 0.006)
            st.cv.rect(lx - 0.04, -1.0, lx + 0.04, -0.9, rgba((230, 190, 100)))
            _lamp(st, lx, -0.95, night_only=False)
        st.cv.rect(x, fl - 0.3, x + w, fl - 0.26, rgba((110, 74, 50)))
        st.cv.rect(x + 0.05, fl - 0.26, x + 0.08, fl, rgba((110, 74, 50)))


def cave(st: Set) -> None:
    """Rock all round: a ragged back wall, stalactites, stalagmites, a faint light far in."""
    rock, floor, roof = ROOMS["cave"]
    cv = st.cv
    cv.rect(-W, -3.0, W, 3.2, rgba(roof))
    rng = st.rng(101)
    pts, x = [(-W, 3.2)], -W
    while x < W:
        pts.append((x, rng.uniform(-1.5, -0.9)))
        x += rng.uniform(0.15, 0.45)
    pts.append((W, 3.2))
    cv.polygon(pts, rgba(rock))
    for _ in range(300):
        x, y = rng.uniform(-W, W), rng.uniform(-1.2, FLOOR_LINE)
        r = rng.uniform(0.05, 0.16)
        cv.ellipse(x - r, y - r * 0.6, x + r, y + r * 0.6, rgba(scale(rock, rng.uniform(0.75, 1.15))))
    ground(st, FLOOR_LINE, scale(floor, 0.85), floor, bands=5)
    for _, x, item in along(st.seed + 102, (0.15, 0.45)):
        y = item.uniform(-1.6, -1.0)
        length = item.uniform(0.15, 0.45)
        cv.polygon([(x - 0.05, y), (x + 0.05, y), (x, y + length)], rgba(scale(rock, 0.8)))
    for _, x, item in along(st.seed + 103, (0.3, 0.9)):
        h = item.uniform(0.1, 0.3)
        cv.polygon([(x - 0.06, FLOOR_LINE + 0.02), (x + 0.06, FLOOR_LINE + 0.02), (x, FLOOR_LINE - h)],
                   rgba(scale(rock, 0.9)))
    for _, x, item in along(st.seed + 104, (3.0, 3.0), start=-W + 1.0):
        cv.arc_top(x - 0.25, -0.55, x + 0.25, FLOOR_LINE, rgba((20, 18, 16)))  # a passage deeper in
    if st.has("fire") or st.has("lamp"):
        campfire(st, 0.8, FLOOR_LINE + 0.3, 0.1)


# ---- public places ---------------------------------------------------------------------------

GOLD: RGB = (200, 164, 80)


def _skylight(st: Set, x0: float, x1: float) -> None:
    """Glass panes in the ceiling on the sky (seen on tall shots), with their iron glazing bars."""
    y0, y1 = CEILING_LINE - 0.5, CEILING_LINE - 0.06
    st.cv.rect(x0 - 0.04, y0 - 0.04, x1 + 0.04, y1 + 0.04, rgba((120, 116, 108)))
    view_out(st.cv, x0, y0, x1, y1, "sky", st.time_of_day, st.atmosphere, st.features, st.seed)
    st.windows.append((x0, y0, x1, y1))
    k = x0 + 0.25
    while k < x1:
        st.cv.line(k, y0, k, y1, rgba((90, 90, 90)), 0.012)
        k += 0.25


def _painting(st: Set, x: float, y: float, w: float, h: float, item) -> None:
    """A framed picture on the wall: a landscape or a portrait, with its own small lamp above."""
    st.cv.rect(x - 0.04, y - 0.04, x + w + 0.04, y + h + 0.04, rgba(GOLD))
    st.cv.rect(x - 0.02, y - 0.02, x + w + 0.02, y + h + 0.02, rgba(scale(GOLD, 0.75)))
    if item.random() < 0.6:  # a landscape: sky, far hills, near ground, a sun (all inside the frame)
        sky = item.choice([(120, 160, 210), (230, 170, 110), (70, 90, 150)])
        st.cv.rect(x, y, x + w, y + h, rgba(sky))
        st.cv.polygon([(x, y + h * 0.7), (x + w * 0.3, y + h * 0.45), (x + w * 0.6, y + h * 0.62), (x + w, y + h * 0.4),
                       (x + w, y + h), (x, y + h)], rgba(item.choice([(80, 130, 70), (120, 110, 70)])))
        st.cv.rect(x, y + h * 0.82, x + w, y + h, rgba((60, 100, 60)))
        st.cv.circle(x + w * item.uniform(0.25, 0.75), y + h * 0.25, h * 0.1, rgba((250, 230, 160)))
    else:  # a portrait: a dark ground, a face and shoulders
        st.cv.rect(x, y, x + w, y + h, rgba(item.choice([(60, 44, 40), (40, 50, 44), (70, 60, 80)])))
        coat = item.choice([(40, 40, 70), (120, 40, 40)])
        st.cv.draw.chord([*st.cv.px(x + w * 0.15, y + h * 0.62), *st.cv.px(x + w * 0.85, y + h * 1.38)], 180, 360,
                         fill=rgba(coat))
        st.cv.ellipse(x + w * 0.33, y + h * 0.22, x + w * 0.67, y + h * 0.66, rgba((224, 190, 160)))
    st.cv.rect(x + w * 0.35, y - 0.1, x + w * 0.65, y - 0.06, rgba((60, 60, 60)))
    st.glow_circle(x + w / 2, y + h * 0.3, max(w, h) * 0.45, (255, 236, 190), 30)


def _display_case(st: Set, x: float, w: float, item) -> None:
    """A lit glass case on a white plinth, a jewel or a vase inside."""
    fl = FLOOR_LINE
    st.cv.rect(x, fl - 0.42, x + w, fl + 0.04, rgba((240, 238, 232)))
    st.cv.rect(x + w * 0.8, fl - 0.42, x + w, fl + 0.04, rgba((214, 210, 202)))
    top = fl - 0.78
    if item.random() < 0.5:
        gem = item.choice([(60, 110, 230), (220, 40, 60), (40, 180, 110), (240, 240, 250)])
        cx = x + w / 2
        st.cv.rect(cx - 0.05, fl - 0.48, cx + 0.05, fl - 0.42, rgba((60, 40, 60)))
        st.cv.polygon([(cx - 0.05, fl - 0.56), (cx - 0.03, fl - 0.6), (cx + 0.03, fl - 0.6), (cx + 0.05, fl - 0.56),
                       (cx, fl - 0.49)], rgba(gem))
    else:
        col = item.choice([(70, 110, 150), (180, 100, 60), (220, 210, 190)])
        cx = x + w / 2
        st.cv.ellipse(cx - 0.08, fl - 0.66, cx + 0.08, fl - 0.43, rgba(col))
        st.cv.rect(cx - 0.04, fl - 0.72, cx + 0.04, fl - 0.6, rgba(col))
    # The glass: a faint pane with bright edges, lit from inside (a translucent glow over the
    # graded picture, so what is in the case still shows through).
    st.glows.append(Glow("rect", (x + 0.015, top, x + w - 0.015, fl - 0.42), (226, 240, 255, 46), False))
    st.glow_circle(x + w / 2, fl - 0.55, w * 0.35, (255, 250, 230), 60, night_only=False)
    st.cv.rect(x, top, x + 0.015, fl - 0.42, rgba((236, 244, 250), 230))
    st.cv.rect(x + w - 0.015, top, x + w, fl - 0.42, rgba((236, 244, 250), 230))
    st.cv.rect(x, top - 0.015, x + w, top, rgba((236, 244, 250), 230))


def _skeleton(st: Set, x: float, s: float) -> None:
    """A dinosaur skeleton on a low stand: spine, ribs, legs, a long neck and tail."""
    fl = FLOOR_LINE
    bone = rgba((150, 126, 96))
    w = 0.02 * s
    st.cv.rect(x - 0.9 * s, fl - 0.04, x + 0.9 * s, fl + 0.02, rgba((176, 168, 158)))
    hip, shoulder = (x - 0.25 * s, fl - 0.75 * s), (x + 0.25 * s, fl - 0.8 * s)
    spine = [(x - 1.0 * s, fl - 0.35 * s), (x - 0.6 * s, fl - 0.6 * s), hip, (x, fl - 0.85 * s), shoulder,
             (x + 0.45 * s, fl - 1.05 * s), (x + 0.6 * s, fl - 1.25 * s), (x + 0.7 * s, fl - 1.3 * s)]
    for a, b in zip(spine, spine[1:]):
        st.cv.line(a[0], a[1], b[0], b[1], bone, w * 1.6)
    for k in range(7):  # ribs hang under the back
        rx = x - 0.2 * s + k * 0.07 * s
        st.cv.line(rx, fl - 0.82 * s, rx + 0.02 * s, fl - 0.5 * s, bone, w)
    for px, py in (hip, shoulder):  # legs
        st.cv.line(px, py, px - 0.05 * s, fl - 0.35 * s, bone, w * 1.4)
        st.cv.line(px - 0.05 * s, fl - 0.35 * s, px + 0.03 * s, fl - 0.05, bone, w * 1.2)
    st.cv.ellipse(x + 0.66 * s, fl - 1.38 * s, x + 0.86 * s, fl - 1.26 * s, bone)  # the skull
    st.cv.line(x + 0.7 * s, fl - 1.28 * s, x + 0.84 * s, fl - 1.25 * s, rgba((120, 110, 100)), w * 0.6)


def _statue(st: Set, x: float) -> None:
    """A marble figure on a pedestal."""
    fl = FLOOR_LINE
    stone = (236, 234, 228)
    st.cv.rect(x - 0.15, fl - 0.35, x + 0.15, fl + 0.03, rgba((200, 196, 188)))
    st.cv.rect(x - 0.18, fl - 0.38, x + 0.18, fl - 0.33, rgba((220, 216, 208)))
    st.cv.circle(x, fl - 1.02, 0.06, rgba(stone))
    st.cv.polygon([(x - 0.1, fl - 0.94), (x + 0.1, fl - 0.94), (x + 0.12, fl - 0.38), (x - 0.12, fl - 0.38)],
                  rgba(stone))
    st.cv.line(x + 0.09, fl - 0.92, x + 0.2, fl - 1.1, rgba(stone), 0.03)  # a raised arm
    st.cv.polygon([(x - 0.02, fl - 0.94), (x + 0.12, fl - 0.38), (x + 0.02, fl - 0.38)], rgba((214, 212, 206)))


def museum(st: Set) -> None:
    """A museum hall: marble floor, framed paintings, lit cases on plinths, a skeleton or a
    statue, a skylight above, a rope to keep visitors back."""
    wall, _ = _room(st, "tiles")
    fl = FLOOR_LINE
    cv = st.cv
    cv.rect(-W, -1.15, W, -1.12, rgba(scale(wall, 0.85)))  # a cornice
    for _, x, item in along(st.seed + 110, (2.4, 2.4), start=-W + 0.4):
        if cv.visible(x - 0.1, x + 1.7):
            _skylight(st, x, x + 1.6)
    for x, w, item in row(st.seed + 111, (0.45, 0.8), (0.35, 0.6)):
        if cv.visible(x - 0.1, x + w + 0.1):
            _painting(st, x, item.uniform(-1.0, -0.85), w, w * item.uniform(0.6, 0.9), item)
    for _, x, item in along(st.seed + 112, (3.2, 3.2), start=-W + 1.3):
        if not cv.visible(x - 1.2, x + 1.2):
            continue
        if item.random() < 0.5 or "skeleton" in st.text or "恐龙" in st.text:
            _skeleton(st, x, item.uniform(0.8, 1.0))
        else:
            _statue(st, x)
    for _, x, item in along(st.seed + 113, (3.2, 3.2), start=-W + 2.9):
        if cv.visible(x - 0.3, x + 0.5):
            _display_case(st, x, 0.34, item)
    for _, x, item in along(st.seed + 114, (0.8, 0.8)):  # brass posts and a red rope
        if cv.visible(x - 0.1, x + 0.9):
            cv.rect(x - 0.012, fl + 0.02, x + 0.012, fl + 0.3, rgba(GOLD))
            cv.circle(x, fl + 0.02, 0.02, rgba(GOLD))
            cv.draw.arc([*cv.px(x, fl - 0.02), *cv.px(x + 0.8, fl + 0.12)], 0, 180, fill=rgba((160, 30, 40)),
                        width=max(1, int(round(0.014 * cv.ppu))))


def theatre(st: Set) -> None:
    """An auditorium: a stage behind a gilt arch with red curtains, footlights and spotlight
    cones, rows of seats in front, boxes on the side walls."""
    wall, _ = _room(st)
    fl = FLOOR_LINE
    cv = st.cv
    for x, w, item in row(st.seed + 115, (2.4, 3.0), (0.9, 1.3)):
        if not cv.visible(x - 0.2, x + w + 0.2):
            continue
        top, floor = -1.2, fl - 0.22
        cv.rect(x - 0.12, top - 0.12, x + w + 0.12, floor + 0.1, rgba(GOLD))  # proscenium arch
        cv.rect(x, top, x + w, floor, rgba((36, 26, 30)))  # the stage's depth
        cv.rect(x, floor - 0.25, x + w, floor, rgba((110, 78, 52)))  # the stage floor
        red, fold = (170, 24, 36), (120, 14, 26)
        side = w * 0.18
        for x0, x1 in ((x, x + side), (x + w - side, x + w)):  # curtains drawn aside, in folds
            cv.rect(x0, top, x1, floor, rgba(red))
            k = x0 + 0.04
            while k < x1:
                cv.rect(k, top, k + 0.025, floor, rgba(fold))
                k += 0.08
        cv.rect(x, top, x + w, top + 0.2, rgba(red))  # the valance, scalloped
        for k in range(int(w / 0.3)):
            cv.ellipse(x + k * 0.3, top + 0.12, x + k * 0.3 + 0.3, top + 0.3, rgba(red))
        cv.rect(x - 0.12, floor, x + w + 0.12, floor + 0.1, rgba((80, 54, 40)))  # the stage front
        k = x + 0.1
        while k < x + w - 0.05:  # footlights along its lip
            st.glow_circle(k, floor + 0.02, 0.03, (255, 230, 160), 255, night_only=False)
            k += 0.18
        for sx in (x + w * 0.35, x + w * 0.65):  # spotlight cones from above onto the stage
            spot = sx + item.uniform(-0.15, 0.15)
            st.glows.append(Glow("poly", (spot, top, spot - 0.32, floor - 0.02, spot + 0.32, floor - 0.02),
                                 (255, 244, 200, 46), False))
            st.glows.append(Glow("circle", (spot, floor - 0.08, 0.2), (255, 244, 210, 60), False))
    for _, x, item in along(st.seed + 116, (1.7, 1.7)):  # boxes on the walls between, with sconces
        if not cv.visible(x - 0.4, x + 0.4):
            continue
        cv.rect(x - 0.3, -0.9, x + 0.3, -0.62, rgba(scale(wall, 0.55)))
        cv.rect(x - 0.32, -0.64, x + 0.32, -0.58, rgba(GOLD))
        for lx in (x - 0.38, x + 0.38):
            st.glow_circle(lx, -1.0, 0.14, LAMP_GLOW, 90, False)
            st.glow_circle(lx, -1.0, 0.03, (255, 244, 200), 255, False)
    seat = (150, 30, 40)
    for depth, y in enumerate((fl + 0.12, fl + 0.42, fl + 0.82)):  # rows of seat backs
        s = 1 + depth * 0.45
        for _, x, item in along(st.seed + 117 + depth, (0.2 * s, 0.2 * s), start=-W + depth * 0.07):
            if cv.visible(x, x + 0.2 * s):
                cv.arc_top(x, y - 0.22 * s, x + 0.17 * s, y, rgba(seat))
                cv.rect(x, y - 0.03 * s, x + 0.17 * s, y, rgba(scale(seat, 0.6)))


def prison(st: Set) -> None:
    """A cell block: cells behind bars, each with a bunk and a small high window, numbered
    doors with their locks, caged lamps."""
    wall, _ = _room(st, "tiles")
    fl = FLOOR_LINE
    cv = st.cv
    iron = (172, 176, 184)  # bars painted pale, to read against the dim cells
    cv.rect(-W, -0.15, W, fl, rgba(mix(wall, (90, 110, 130), 0.25)))  # a painted dado
    for x, w, item in row(st.seed + 118, (1.0, 1.3), (0.22, 0.22)):
        if not cv.visible(x - 0.25, x + w + 0.05):
            continue
        cv.rect(x - 0.22, -1.35, x, fl, rgba(scale(wall, 1.05)))  # the pillar between cells
        cv.rect(x, -1.15, x + w, fl, rgba(scale(wall, 0.45)))  # the cell's dim inside
        wx = x + w * item.uniform(0.3, 0.55)
        view_out(cv, wx, -1.05, wx + 0.22, -0.9, "field", st.time_of_day, st.atmosphere, st.features, st.seed)
        st.windows.append((wx, -1.05, wx + 0.22, -0.9))
        for k in range(1, 4):
            cv.line(wx + k * 0.055, -1.05, wx + k * 0.055, -0.9, rgba((64, 66, 70)), 0.01)
        # A bunk on chains, a grey blanket, a pillow.
        cv.rect(x + 0.05, fl - 0.42, x + w * 0.7, fl - 0.36, rgba((96, 100, 104)))
        cv.rect(x + 0.05, fl - 0.48, x + w * 0.7, fl - 0.42, rgba((120, 124, 112)))
        cv.rect(x + 0.08, fl - 0.53, x + 0.25, fl - 0.47, rgba((220, 220, 214)))
        cv.line(x + w * 0.68, fl - 0.42, x + w * 0.68, -0.6, rgba((64, 66, 70)), 0.008)
        cv.rect(x + w * 0.8, fl - 0.2, x + w * 0.95, fl, rgba((210, 212, 214)))  # the steel toilet
        # The bars in front, a door among them with its lock box and number.
        bx = x + 0.03
        while bx < x + w:
            cv.rect(bx, -1.15, bx + 0.022, fl, rgba(iron))
            bx += 0.09
        for y in (-1.15, -0.45, fl - 0.04):
            cv.rect(x, y, x + w, y + 0.04, rgba(iron))
        cv.rect(x + w * 0.62, -0.5, x + w * 0.72, -0.34, rgba((50, 52, 56)))
        cv.rect(x + 0.02, -1.3, x + 0.22, -1.19, rgba((230, 230, 220)))
        cv.line(x + 0.06, -1.25, x + 0.18, -1.25, rgba((40, 40, 40)), 0.02)
    for _, x, item in along(st.seed + 119, (1.5, 1.5)):  # caged lamps on the wall above
        if cv.visible(x - 0.2, x + 0.2):
            cv.rect(x - 0.06, CEILING_LINE + 0.02, x + 0.06, CEILING_LINE + 0.1, rgba((200, 200, 180)))
            for k in range(4):
                cv.line(x - 0.06 + k * 0.04, CEILING_LINE + 0.02, x - 0.06 + k * 0.04, CEILING_LINE + 0.1,
                        rgba((64, 66, 70)), 0.006)
            _lamp(st, x, CEILING_LINE + 0.06, night_only=False)


def arena(st: Set) -> None:
    """An indoor arena: the stands and the floor of the stadium under a dark roof of trusses
    and hanging lights."""
    cv = st.cv
    cv.rect(-W, -3.0, W, 3.2, rgba((44, 46, 52)))
    for _, x, item in along(st.seed + 120, (0.6, 0.6)):
        if cv.visible(x - 0.4, x + 0.4):
            cv.line(x, -3.0, x + 0.3, -1.2, rgba((70, 72, 80)), 0.02)
            cv.line(x + 0.3, -3.0, x, -1.2, rgba((70, 72, 80)), 0.02)
    cv.rect(-W, -1.25, W, -1.2, rgba((70, 72, 80)))
    for _, x, item in along(st.seed + 121, (1.2, 1.2)):
        if cv.visible(x - 0.3, x + 0.3):
            cv.line(x, -1.2, x, -1.05, rgba((30, 30, 34)), 0.01)
            cv.rect(x - 0.1, -1.07, x + 0.1, -1.0, rgba((220, 220, 214)))
            st.glow_circle(x, -1.0, 0.35, (255, 250, 230), 70, night_only=False)
            st.glow_rect(x - 0.09, -1.06, x + 0.09, -1.01, (255, 252, 235), 255, night_only=False)
    stadium_bowl(st, floodlights=False)


PAINTERS: dict[str, Callable[[Set], None]] = {
    "home": home, "office": office, "industrial": industrial, "laboratory": laboratory,
    "spacecraft": spacecraft, "garden": greenhouse, "shop": shop, "school": school, "hospital": hospital,
    "church": church, "castle": castle_hall, "station": station_hall, "vehicle": vehicle, "sea": ship_cabin,
    "harbour": ship_cabin, "cave": cave,
    "museum": museum, "theatre": theatre, "prison": prison, "stadium": arena,
}


def paint_indoor(st: Set) -> None:
    PAINTERS.get(st.kind, home)(st)
