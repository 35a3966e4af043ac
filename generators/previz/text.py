"""Text on the animatic: fonts, name labels, subtitles and the slate.

Fonts come from director.fonts: Noto Sans CJK from its Python package, so Chinese dialogue is
readable on any machine, or a font made for the text's script (Arabic, Hebrew, Devanagari, Thai).
Every text image is drawn once per shot as premultiplied RGBA; the renderer only pastes it.
"""

from __future__ import annotations

import unicodedata

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
    fnt = font(height_px, name)
    width = int(_text_width(name, fnt)) + height_px
    img = Image.new("RGBA", (max(2, width), int(height_px * 1.5)), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, img.width - 1, img.height - 1], radius=height_px // 3,
                        fill=(20, 20, 24, 170), outline=(*accent, 255), width=max(1, height_px // 10))
    if fnt is font(height_px):
        d.text((height_px // 2, height_px * 0.2), name, font=fnt, fill=(255, 255, 255, 255))
    else:  # a script font's taller marks: centred on the tag
        d.text((height_px // 2, img.height / 2), name, font=fnt, fill=(255, 255, 255, 255), anchor="lm")
    return premultiply(img)


def subtitle_image(speaker: str, text: str, accent: RGB, frame_width: int, font_px: int) -> np.ndarray:
    """A subtitle block: the speaker's name in their colour, then the line, wrapped. A line in a
    right-to-left script (Arabic, Hebrew) starts at the right, the name first from there."""
    head = f"{speaker}: "
    fnt = font(font_px, head + text)
    max_w = frame_width * 0.8
    lines = wrap(head + text, fnt, max_w)
    line_h = int(font_px * 1.3)
    width = int(max(_text_width(line, fnt) for line in lines)) + font_px
    img = Image.new("RGBA", (max(2, width), line_h * len(lines) + font_px // 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, img.width - 1, img.height - 1], radius=font_px // 3, fill=(0, 0, 0, 160))
    name_colour = tuple(min(255, c + 70) for c in accent)
    rtl = right_to_left(text)
    # The default font sits its letters from the top; a script font (taller marks above and
    # below) is centred on the line instead, so nothing is cut off.
    centred = fnt is not font(font_px)
    for i, line in enumerate(lines):
        y = font_px // 4 + i * line_h
        at = {"xy": (0, y + line_h // 2), "anchor": "lm"} if centred else {"xy": (0, y)}
        runs = [(line, (255, 255, 255, 255))]
        if i == 0 and line.startswith(head):
            runs = [(head, (*name_colour, 255)), (line[len(head):], (255, 255, 255, 255))]
        x = width - font_px // 2 if rtl else font_px // 2
        for run, colour in runs:
            run_w = _text_width(run, fnt)
            if rtl:
                # Drawn right to left, the space after the name goes between it and the line.
                drawn = run.rstrip()
                x -= run_w
                d.text((x + run_w - _text_width(drawn, fnt), at["xy"][1]), drawn, font=fnt, fill=colour,
                       anchor=at.get("anchor"))
                continue
            d.text((x, at["xy"][1]), run, font=fnt, fill=colour, anchor=at.get("anchor"))
            x += run_w
    return premultiply(img)


def right_to_left(text: str) -> bool:
    """Whether a text's first letter with a direction is Hebrew or Arabic."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def slate_image(lines: list[str], font_px: int) -> np.ndarray:
    """The corner slate: scene/shot id, shot size and camera move."""
    fnt = font(font_px, " ".join(lines))
    line_h = int(font_px * 1.25)
    width = int(max(_text_width(line, fnt) for line in lines)) + font_px
    img = Image.new("RGBA", (max(2, width), line_h * len(lines) + font_px // 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, img.width - 1, img.height - 1], fill=(0, 0, 0, 140), outline=(255, 255, 255, 200))
    for i, line in enumerate(lines):
        d.text((font_px // 2, font_px // 4 + i * line_h), line, font=fnt, fill=(255, 255, 255, 255))
    return premultiply(img)
