"""Figure sprites: a character's silhouette or a prop's shape, drawn once per size.

People (adults and children) are drawn here; other forms (robots, animals, creatures, props and
vehicles: generators.previz.creatures and .props) are drawn with the pen in figure units and
scaled to the sprite. A prop with no form of its own keeps the generic shape its words suggest.

Sprites are drawn with Pillow at twice the size and downsampled (clean edges), then stored as
premultiplied RGBA so the renderer can warp them with bilinear filtering without dark fringes.
Geometry is in units of the figure's height, so the same entity looks the same at every size.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable

import numpy as np
from PIL import Image, ImageDraw

from generators.previz.compose import premultiply
from generators.previz.creatures import draw_form
from generators.previz.forms import form_spec
from generators.previz.look import RGB, EntityLook
from generators.previz.pen import Pen
from generators.previz.props import PROP_ART

SUPERSAMPLE_BELOW = 360  # sprites shorter than this are drawn at 2x and reduced (smooth edges)
CHARACTER_WIDTH = 0.62  # sprite width / figure height (arms and shadow fit inside)
PROP_WIDTH = 1.0
SHADOW_ROOM = 0.06  # extra sprite height below the feet for the ground shadow


@dataclass(frozen=True)
class Sprite:
    """A premultiplied RGBA sprite. The figure's body spans rows 0..body_px; its centre column
    is ``center_x``."""

    rgba: np.ndarray  # H x W x 4 uint8, premultiplied
    body_px: float
    center_x: float


def _outline(rgb: RGB) -> RGB:
    return tuple(int(c * 0.4) for c in rgb)  # type: ignore[return-value]


def _supersample(body_px: int) -> int:
    return 2 if body_px < SUPERSAMPLE_BELOW else 1


def _draw_shadow(draw: ImageDraw.ImageDraw, cx: float, feet_y: float, h: float, light_dx: float) -> None:
    # The shadow falls away from the light, on the ground at the feet.
    sx = cx - light_dx * 0.16 * h
    draw.ellipse([sx - 0.2 * h, feet_y - 0.022 * h, sx + 0.2 * h, feet_y + 0.03 * h], fill=(0, 0, 0, 80))


def draw_character(look: EntityLook, body_px: int, light_dx: float = 0.0, child: bool = False) -> Sprite:
    """A simple human figure (head, hair, body, arms, legs) ``body_px`` pixels tall; a child has a
    larger head on a shorter body."""
    body_px = max(8, int(body_px))
    ss = _supersample(body_px)
    h = body_px * ss
    w = int(round(h * CHARACTER_WIDTH))
    img = Image.new("RGBA", (w, int(h * (1 + SHADOW_ROOM))), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    cx = w / 2
    lw = max(1, int(h / 140))

    # A child: the body squashed below a head drawn 1.5 times larger (proportions of a
    # six-year-old are about five heads tall, an adult's seven).
    top, squash = (0.085, 0.915) if child else (0.0, 1.0)

    def box(x0: float, y0: float, x1: float, y1: float) -> list[float]:
        return [cx + x0 * h, (top + y0 * squash) * h, cx + x1 * h, (top + y1 * squash) * h]

    def head_box(x0: float, y0: float, x1: float, y1: float) -> list[float]:
        if not child:
            return box(x0, y0, x1, y1)
        k, neck = 1.5, 0.16  # grow about the chin so the head keeps its place on the neck
        return [cx + x0 * k * h, (top + (neck + (y0 - neck) * k) * squash) * h,
                cx + x1 * k * h, (top + (neck + (y1 - neck) * k) * squash) * h]

    def part(shape: str, coords: list[float], rgb: RGB, radius: float = 0.0) -> None:
        fill = (*rgb, 255)
        if shape == "ellipse":
            d.ellipse(coords, fill=fill, outline=(*_outline(rgb), 255), width=lw)
        else:
            d.rounded_rectangle(coords, radius=radius * h, fill=fill, outline=(*_outline(rgb), 255), width=lw)

    _draw_shadow(d, cx, 0.975 * h, h, light_dx)
    if look.long_hair:  # hair falling behind the shoulders, drawn first
        part("rect", box(-0.085, 0.03, 0.085, 0.30), look.hair, 0.05)
    # Legs (or stockings below a dress) and shoes.
    leg_colour = look.skin if look.dress else look.bottom
    part("rect", box(-0.095, 0.47, -0.012, 0.955), leg_colour, 0.02)
    part("rect", box(0.012, 0.47, 0.095, 0.955), leg_colour, 0.02)
    part("ellipse", box(-0.11, 0.935, -0.005, 0.985), look.shoes)
    part("ellipse", box(0.005, 0.935, 0.11, 0.985), look.shoes)
    # Arms behind the torso, hands at the ends.
    part("rect", box(-0.17, 0.185, -0.105, 0.47), look.top, 0.03)
    part("rect", box(0.105, 0.185, 0.17, 0.47), look.top, 0.03)
    part("ellipse", box(-0.17, 0.45, -0.105, 0.51), look.skin)
    part("ellipse", box(0.105, 0.45, 0.17, 0.51), look.skin)
    # Neck, torso or dress.
    part("rect", box(-0.03, 0.13, 0.03, 0.2), look.skin)
    if look.dress:
        pts = [(cx - 0.12 * h, 0.18 * h), (cx + 0.12 * h, 0.18 * h),
               (cx + 0.2 * h, 0.76 * h), (cx - 0.2 * h, 0.76 * h)]
        d.polygon(pts, fill=(*look.top, 255), outline=(*_outline(look.top), 255), width=lw)
        part("rect", box(-0.12, 0.17, 0.12, 0.33), look.top, 0.04)
    else:
        part("rect", box(-0.125, 0.17, 0.125, 0.52), look.top, 0.045)
        part("rect", box(-0.11, 0.48, 0.11, 0.53), look.bottom, 0.01)  # belt line / hips
    if look.scarf is not None:
        part("rect", box(-0.07, 0.15, 0.07, 0.2), look.scarf, 0.02)
        part("rect", box(0.02, 0.17, 0.065, 0.32), look.scarf, 0.015)
    # Head, hair cap, eyes, hat.
    part("ellipse", head_box(-0.068, 0.012, 0.068, 0.158), look.skin)
    d.chord(head_box(-0.072, 0.004, 0.072, 0.13), 180, 360, fill=(*look.hair, 255),
            outline=(*_outline(look.hair), 255), width=lw)
    eye = (30, 30, 36, 255)
    for ex in (-0.028, 0.028):
        d.ellipse(head_box(ex - 0.009, 0.082, ex + 0.009, 0.1), fill=eye)
    if look.hat is not None:
        part("ellipse", head_box(-0.11, 0.035, 0.11, 0.07), look.hat)
        part("rect", head_box(-0.07, 0.0, 0.07, 0.055), look.hat, 0.02)

    small = img if ss == 1 else img.resize((max(1, w // ss), max(1, img.height // ss)), Image.BOX)
    return Sprite(premultiply(small), body_px=float(body_px), center_x=small.width / 2)


def draw_prop(look: EntityLook, body_px: int, light_dx: float = 0.0) -> Sprite:
    """The prop's shape (box, round, flat, bottle, long, lamp or gem) ``body_px`` pixels tall."""
    body_px = max(8, int(body_px))
    ss = _supersample(body_px)
    h = body_px * ss
    w = int(round(h * PROP_WIDTH))
    img = Image.new("RGBA", (w, int(h * (1 + SHADOW_ROOM))), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    cx = w / 2
    lw = max(1, int(h / 60))
    c = look.prop_colour
    fill, line = (*c, 255), (*_outline(c), 255)
    light = (*tuple(min(255, int(v * 1.3) + 30) for v in c), 255)

    def box(x0: float, y0: float, x1: float, y1: float) -> list[float]:
        return [cx + x0 * h, y0 * h, cx + x1 * h, y1 * h]

    _draw_shadow(d, cx, 0.985 * h, h * 1.4, light_dx)
    shape = look.prop_shape
    if shape == "box":
        d.rounded_rectangle(box(-0.42, 0.3, 0.42, 0.98), radius=0.05 * h, fill=fill, outline=line, width=lw)
        d.rounded_rectangle(box(-0.15, 0.12, 0.15, 0.34), radius=0.06 * h, outline=line, width=lw * 2)
        d.line([cx - 0.42 * h, 0.55 * h, cx + 0.42 * h, 0.55 * h], fill=line, width=lw)
    elif shape == "round":
        d.ellipse(box(-0.45, 0.08, 0.45, 0.98), fill=fill, outline=line, width=lw)
        d.ellipse(box(-0.28, 0.2, -0.08, 0.38), fill=light)
    elif shape == "flat":
        d.polygon([(cx - 0.45 * h, 0.45 * h), (cx + 0.35 * h, 0.35 * h), (cx + 0.45 * h, 0.9 * h),
                   (cx - 0.35 * h, 0.98 * h)], fill=fill, outline=line, width=lw)
        for k in range(3):
            y = (0.55 + 0.11 * k) * h
            d.line([cx - 0.25 * h, y + 0.02 * h, cx + 0.25 * h, y - 0.03 * h], fill=line, width=lw)
    elif shape == "bottle":
        d.rounded_rectangle(box(-0.22, 0.35, 0.22, 0.98), radius=0.08 * h, fill=fill, outline=line, width=lw)
        d.rectangle(box(-0.08, 0.05, 0.08, 0.38), fill=fill, outline=line, width=lw)
        d.rectangle(box(-0.1, 0.02, 0.1, 0.09), fill=line)
    elif shape == "long":
        d.polygon([(cx + 0.3 * h, 0.02 * h), (cx + 0.4 * h, 0.08 * h), (cx - 0.3 * h, 0.98 * h),
                   (cx - 0.4 * h, 0.92 * h)], fill=fill, outline=line, width=lw)
        d.ellipse(box(-0.48, 0.84, -0.28, 0.99), fill=line)
    elif shape == "lamp":
        d.ellipse(box(-0.42, 0.0, 0.42, 0.7), fill=(255, 236, 170, 90))
        d.rounded_rectangle(box(-0.2, 0.2, 0.2, 0.8), radius=0.06 * h, fill=light, outline=line, width=lw)
        d.rectangle(box(-0.26, 0.8, 0.26, 0.98), fill=fill, outline=line, width=lw)
        d.rectangle(box(-0.22, 0.12, 0.22, 0.2), fill=fill, outline=line, width=lw)
    else:  # gem
        d.polygon([(cx, 0.05 * h), (cx + 0.4 * h, 0.4 * h), (cx, 0.98 * h), (cx - 0.4 * h, 0.4 * h)],
                  fill=fill, outline=line, width=lw)
        d.line([cx - 0.4 * h, 0.4 * h, cx + 0.4 * h, 0.4 * h], fill=line, width=lw)

    small = img if ss == 1 else img.resize((max(1, w // ss), max(1, img.height // ss)), Image.BOX)
    return Sprite(premultiply(small), body_px=float(body_px), center_x=small.width / 2)


def sprite_size(body_px: float) -> int:
    """Round a wanted sprite height up to a size step (about 6%), so shots share sprites."""
    size = 16
    while size < body_px:
        size = int(size * 1.06) + 1
    return size


def _art(look: EntityLook) -> Callable[[Pen], None] | None:
    """The pen drawing of a look's form, or None for the human figure and the generic shapes."""
    if look.kind == "character":
        if look.form in ("human", "child", "voice"):
            return None
        return lambda pen: draw_form(pen, look)
    art = PROP_ART.get(look.form)
    return None if art is None else (lambda pen: art(pen, look.prop_colour))


@functools.lru_cache(maxsize=256)
def _art_bounds(look: EntityLook) -> tuple[float, float, float, float]:
    """What a form's drawing covers, in figure units (drawn once, small)."""
    art = _art(look)
    assert art is not None
    pen = Pen(unit=80)
    art(pen)
    return pen.drawn_bounds() or (-0.5, 0.0, 0.5, 1.0)


def draw_art(look: EntityLook, body_px: int, light_dx: float = 0.0) -> Sprite:
    """A form drawn with the pen (animal, robot, prop or vehicle), scaled so what was drawn is
    ``body_px`` tall, standing on a shadow unless it floats."""
    art = _art(look)
    assert art is not None
    body_px = max(8, int(body_px))
    ss = _supersample(body_px)
    x0, y0, x1, y1 = _art_bounds(look)
    unit = body_px * ss / (y1 - y0)
    pen = Pen(unit=unit, bounds=(x0, y0, x1, y1))
    art(pen)
    drawn = pen.image
    w, hh = drawn.width, int(round(body_px * ss))
    h = body_px * ss
    img = Image.new("RGBA", (w, int(h * (1 + SHADOW_ROOM))), (0, 0, 0, 0))
    if not form_spec(look.kind, look.form).floats:  # a shadow as wide as the figure
        sx = w / 2 - light_dx * 0.08 * h
        ImageDraw.Draw(img).ellipse([sx - 0.46 * w, 0.965 * h, sx + 0.46 * w, 1.03 * h], fill=(0, 0, 0, 80))
    img.alpha_composite(drawn.resize((w, hh)) if drawn.height != hh else drawn, (0, 0))
    small = img if ss == 1 else img.resize((max(1, w // ss), max(1, img.height // ss)), Image.BOX)
    return Sprite(premultiply(small), body_px=float(body_px), center_x=small.width / 2)


def draw_figure(look: EntityLook, body_px: float, light_dx: float = 0.0) -> Sprite:
    """Character or prop sprite for an entity look, at least ``body_px`` tall.

    Sprites are drawn at a size step and kept in a small cache: the renderer scales them to the
    exact size anyway, and an entity usually reaches similar sizes in many shots."""
    return _cached_figure(look, sprite_size(body_px), round(light_dx, 3))


@functools.lru_cache(maxsize=48)
def _cached_figure(look: EntityLook, body_px: int, light_dx: float) -> Sprite:
    if _art(look) is not None:
        sprite = draw_art(look, body_px, light_dx)
    elif look.kind == "character":
        sprite = draw_character(look, body_px, light_dx, child=look.form == "child")
    else:
        sprite = draw_prop(look, body_px, light_dx)
    sprite = _trimmed(sprite)
    sprite.rgba.flags.writeable = False  # shared between shots
    return sprite


def _trimmed(sprite: Sprite) -> Sprite:
    """The sprite without its empty columns and the empty rows below it (a third of a standing
    figure's box is air; every frame warps and blends what is left). One clear pixel stays on
    each side so bilinear edges still fade out; rows above stay, since row 0 is the body's top."""
    alpha = sprite.rgba[..., 3]
    cols = np.flatnonzero(alpha.any(axis=0))
    rows = np.flatnonzero(alpha.any(axis=1))
    if cols.size == 0:
        return sprite
    h, w = alpha.shape
    x0, x1 = max(0, int(cols[0]) - 1), min(w, int(cols[-1]) + 2)
    y1 = min(h, int(rows[-1]) + 2)
    if (x0, x1, y1) == (0, w, h):
        return sprite
    return Sprite(np.ascontiguousarray(sprite.rgba[:y1, x0:x1]), sprite.body_px, sprite.center_x - x0)


def figure_aspect(look: EntityLook) -> float:
    """Sprite width over body height for the entity's look."""
    if _art(look) is not None:
        x0, y0, x1, y1 = _art_bounds(look)
        return (x1 - x0) / (y1 - y0)
    return CHARACTER_WIDTH if look.kind == "character" else PROP_WIDTH


VOICE_LEVELS = 4  # waveform frames of a speaking voice


def draw_voice(accent: RGB, size_px: int, level: int) -> np.ndarray:
    """A voice that has no body (a ship's AI): a glowing light with a waveform, premultiplied
    RGBA ``size_px`` square. ``level`` (0..VOICE_LEVELS-1) steps the waveform as it speaks."""
    size_px = max(8, int(size_px))
    ss = 2
    n = size_px * ss
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = n / 2
    glow = tuple(min(255, int(v * 0.6 + 100)) for v in accent)
    for r, a in ((0.5, 60), (0.42, 100), (0.36, 150)):
        d.ellipse([c - r * n, c - r * n, c + r * n, c + r * n], fill=(*glow, a))
    d.ellipse([c - 0.28 * n, c - 0.28 * n, c + 0.28 * n, c + 0.28 * n], fill=(*glow, 255),
              outline=(255, 255, 255, 255), width=max(1, n // 40))
    bars = 7
    for i in range(bars):
        k = abs(i - bars // 2)
        height = (0.26 - 0.05 * k) * (0.6 + 0.4 * ((i + level) % VOICE_LEVELS) / (VOICE_LEVELS - 1)) * n
        x = c + (i - bars // 2) * 0.065 * n
        d.rectangle([x - 0.018 * n, c - height / 2, x + 0.018 * n, c + height / 2], fill=(30, 30, 40, 255))
    small = img.resize((size_px, size_px), Image.BOX)
    return premultiply(small)
