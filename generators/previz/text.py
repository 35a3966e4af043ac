"""Text on the animatic: fonts, name labels, subtitles and the slate.

Fonts come from director.fonts: Noto Sans CJK from its Python package, so Chinese dialogue is
readable on any machine. Every text image is drawn once per shot as premultiplied RGBA; the
renderer only pastes it.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from director.fonts import font, font_path  # noqa: F401 - font_path re-exported for callers
from generators.previz.compose import premultiply
from generators.previz.look import RGB


def _text_width(text: str, fnt) -> float:
    return ImageDraw.Draw(Image.new("L", (1, 1))).textlength(text, font=fnt)


def wrap(text: str, fnt, max_width: float) -> list[str]:
    """Greedy wrap that works for spaced (English) and unspaced (Chinese) text."""
    lines: list[str] = []
    current = ""
    tokens = text.split(" ") if " " in text else list(text)
    joiner = " " if " " in text else ""
    for token in tokens:
        trial = f"{current}{joiner}{token}" if current else token
        if _text_width(trial, fnt) <= max_width or not current:
            current = trial
        else:
            lines.append(current)
            current = token
    if current:
        lines.append(current)
    return lines


def label_image(name: str, accent: RGB, height_px: int) -> np.ndarray:
    """A small name tag (premultiplied RGBA) under or over a figure."""
    fnt = font(height_px)
    width = int(_text_width(name, fnt)) + height_px
    img = Image.new("RGBA", (max(2, width), int(height_px * 1.5)), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, img.width - 1, img.height - 1], radius=height_px // 3,
                        fill=(20, 20, 24, 170), outline=(*accent, 255), width=max(1, height_px // 10))
    d.text((height_px // 2, height_px * 0.2), name, font=fnt, fill=(255, 255, 255, 255))
    return premultiply(img)


def subtitle_image(speaker: str, text: str, accent: RGB, frame_width: int, font_px: int) -> np.ndarray:
    """A subtitle block: the speaker's name in their colour, then the line, wrapped."""
    fnt = font(font_px)
    max_w = frame_width * 0.8
    head = f"{speaker}: "
    lines = wrap(head + text, fnt, max_w)
    line_h = int(font_px * 1.3)
    width = int(max(_text_width(line, fnt) for line in lines)) + font_px
    img = Image.new("RGBA", (max(2, width), line_h * len(lines) + font_px // 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, img.width - 1, img.height - 1], radius=font_px // 3, fill=(0, 0, 0, 160))
    name_colour = tuple(min(255, c + 70) for c in accent)
    for i, line in enumerate(lines):
        x, y = font_px // 2, font_px // 4 + i * line_h
        if i == 0 and line.startswith(head):
            d.text((x, y), head, font=fnt, fill=(*name_colour, 255))
            x += _text_width(head, fnt)
            line = line[len(head):]
        d.text((x, y), line, font=fnt, fill=(255, 255, 255, 255))
    return premultiply(img)


def slate_image(lines: list[str], font_px: int) -> np.ndarray:
    """The corner slate: scene/shot id, shot size and camera move."""
    fnt = font(font_px)
    line_h = int(font_px * 1.25)
    width = int(max(_text_width(line, fnt) for line in lines)) + font_px
    img = Image.new("RGBA", (max(2, width), line_h * len(lines) + font_px // 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, img.width - 1, img.height - 1], fill=(0, 0, 0, 140), outline=(255, 255, 255, 200))
    for i, line in enumerate(lines):
        d.text((font_px // 2, font_px // 4 + i * line_h), line, font=fnt, fill=(255, 255, 255, 255))
    return premultiply(img)
