"""Drawing in figure units: x from the figure's centre line, y from its top, 1.0 = ground.

Non-human figures, props and vehicles are drawn freely in these units, then cropped to what was
drawn and scaled to the sprite size (figures.finish_sprite): each drawing only has to get its own
proportions right.
"""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from generators.previz.look import RGB

WORK_UNIT = 220  # pixels per unit while drawing (the result is scaled to the wanted size)
HALF_WIDTH = 2.2  # units left and right of the centre line
TOP, BOTTOM = -0.8, 1.25


def darker(rgb: RGB, k: float = 0.6) -> RGB:
    return tuple(int(c * k) for c in rgb)  # type: ignore[return-value]


def lighter(rgb: RGB, k: float = 0.35) -> RGB:
    return tuple(int(c + (255 - c) * k) for c in rgb)  # type: ignore[return-value]


class Pen:
    """Pillow drawing in figure units on a transparent canvas, outlined shapes."""

    def __init__(self, unit: float = WORK_UNIT,
                 bounds: tuple[float, float, float, float] = (-HALF_WIDTH, TOP, HALF_WIDTH, BOTTOM)):
        self.u = unit
        self.x0, self.y0 = bounds[0], bounds[1]
        size = (max(1, math.ceil((bounds[2] - bounds[0]) * unit)), max(1, math.ceil((bounds[3] - bounds[1]) * unit)))
        self.image = Image.new("RGBA", size, (0, 0, 0, 0))
        self.draw = ImageDraw.Draw(self.image)
        self.width = max(1, int(unit / 70))

    def p(self, x: float, y: float) -> tuple[float, float]:
        return ((x - self.x0) * self.u, (y - self.y0) * self.u)

    def drawn_bounds(self) -> tuple[float, float, float, float] | None:
        """What was drawn, in units (None if nothing)."""
        box = self.image.getchannel("A").getbbox()
        if box is None:
            return None
        return (self.x0 + box[0] / self.u, self.y0 + box[1] / self.u,
                self.x0 + box[2] / self.u, self.y0 + box[3] / self.u)

    def _box(self, x0, y0, x1, y1) -> list[float]:
        a, b = self.p(min(x0, x1), min(y0, y1))
        c, d = self.p(max(x0, x1), max(y0, y1))
        return [a, b, c, d]

    def _colours(self, rgb, alpha: int, outline: bool):
        line = (*darker(rgb, 0.45), alpha) if outline else None
        return (*rgb, alpha), line

    def ellipse(self, x0, y0, x1, y1, rgb: RGB, alpha: int = 255, outline: bool = True) -> None:
        fill, line = self._colours(rgb, alpha, outline)
        self.draw.ellipse(self._box(x0, y0, x1, y1), fill=fill, outline=line, width=self.width)

    def circle(self, x, y, r, rgb: RGB, alpha: int = 255, outline: bool = True) -> None:
        self.ellipse(x - r, y - r, x + r, y + r, rgb, alpha, outline)

    def rect(self, x0, y0, x1, y1, rgb: RGB, radius: float = 0.0, alpha: int = 255,
             outline: bool = True) -> None:
        fill, line = self._colours(rgb, alpha, outline)
        self.draw.rounded_rectangle(self._box(x0, y0, x1, y1), radius=radius * self.u, fill=fill,
                                    outline=line, width=self.width)

    def poly(self, pts: list[tuple[float, float]], rgb: RGB, alpha: int = 255, outline: bool = True) -> None:
        fill, line = self._colours(rgb, alpha, outline)
        self.draw.polygon([self.p(x, y) for x, y in pts], fill=fill, outline=line, width=self.width)

    def line(self, pts: list[tuple[float, float]], rgb: RGB, width: float, alpha: int = 255) -> None:
        self.draw.line([self.p(x, y) for x, y in pts], fill=(*rgb, alpha),
                       width=max(1, int(width * self.u)), joint="curve")

    def arc_points(self, cx, cy, rx, ry, start_deg, end_deg, n: int = 16) -> list[tuple[float, float]]:
        return [(cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a)))
                for a in (start_deg + (end_deg - start_deg) * i / (n - 1) for i in range(n))]
