"""Text drawn into pictures reads in every language: Chinese glyphs, not .notdef boxes."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from director.fonts import font, font_path, packaged_cjk_font
from generators.previz.text import subtitle_image


def _glyph(ch: str, size: int = 40) -> np.ndarray:
    img = Image.new("L", (size * 2, size * 2), 0)
    ImageDraw.Draw(img).text((size // 2, size // 4), ch, font=font(size), fill=255)
    return np.asarray(img) > 127


def test_packaged_cjk_font_is_found_at_run_time():
    path = packaged_cjk_font()
    assert path is not None and path.endswith(".ttc"), "install noto-cjk-sans-otc"
    assert font_path() == path
    assert font(20).getname()[0] == "Noto Sans CJK SC"


def test_chinese_glyphs_differ_from_the_missing_glyph_box():
    # U+10FFFF has no glyph in any font: it draws the .notdef box.
    notdef = _glyph("\U0010ffff")
    glyphs = [_glyph(ch) for ch in "我们明天出发"]
    for g in glyphs:
        assert g.sum() > 20, "the character drew nothing"
        assert (g != notdef).mean() > 0.02, "the character drew the missing-glyph box"
    # Different characters draw different shapes.
    assert (glyphs[0] != glyphs[1]).sum() > 40


def test_chinese_subtitle_draws_characters_not_boxes():
    line = subtitle_image("李明", "我们明天早上出发。", (200, 60, 60), 640, 24)
    boxes = subtitle_image("李明", "\U0010ffff" * 9, (200, 60, 60), 640, 24)
    assert line.shape[0] >= 24 and line.shape[1] > 100
    w = min(line.shape[1], boxes.shape[1])
    ink_line = line[..., 3][:, :w] > 200
    ink_boxes = boxes[..., 3][:, :w] > 200
    assert (ink_line != ink_boxes).mean() > 0.02
