"""Text drawn into pictures reads in every language: glyphs, not .notdef boxes."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from director.fonts import font, font_path, packaged_cjk_font
from generators.previz.text import subtitle_image


def _glyph(ch: str, size: int = 40, text: str = "") -> np.ndarray:
    """One character drawn with the font chosen for ``text`` (the default font when empty)."""
    img = Image.new("L", (size * 3, size * 3), 0)
    ImageDraw.Draw(img).text((size // 2, size // 2), ch, font=font(size, text), fill=255)
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


# A line in each script the default CJK font does or does not cover; every one must draw letters.
SCRIPTS = {
    "arabic": "مرحبا بك", "hebrew": "שלום לך", "devanagari": "नमस्ते दोस्त", "thai": "สวัสดีครับ",
    "cyrillic": "Поезд идёт", "greek": "Καλημέρα", "korean": "불을 끄지", "japanese": "光を消さないで",
}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_every_script_draws_its_letters_not_boxes(script):
    text = SCRIPTS[script]
    notdef = _glyph("\U0010ffff", text=text)
    letters = [ch for ch in text if ch.isalpha()][:4]
    glyphs = [_glyph(ch, text=text) for ch in letters]
    for ch, g in zip(letters, glyphs):
        assert g.sum() > 20, f"{ch!r} drew nothing"
        assert (g != notdef).mean() > 0.01, f"{ch!r} drew the missing-glyph box"
    assert len({g.tobytes() for g in glyphs}) > 1, "different letters drew the same shape"


def _name_columns(img: np.ndarray, accent) -> np.ndarray:
    """Columns where the speaker's name colour is drawn."""
    name = np.array([min(255, c + 70) for c in accent])
    colour = img[..., :3].astype(int) * 255 // np.maximum(img[..., 3:4].astype(int), 1)
    hit = (np.abs(colour - name).sum(axis=2) < 60) & (img[..., 3] > 200)
    return np.nonzero(hit.any(axis=0))[0]


def test_a_right_to_left_line_starts_at_the_right_with_its_speaker():
    accent = (180, 40, 40)
    rtl = subtitle_image("ليلى", "أين المفتاح يا صديقي؟", accent, 900, 28)
    ltr = subtitle_image("Laila", "Where is the key, my friend?", accent, 900, 28)
    rtl_name, ltr_name = _name_columns(rtl, accent), _name_columns(ltr, accent)
    assert rtl_name.size and ltr_name.size
    assert rtl_name.min() > rtl.shape[1] * 0.6  # the name is at the right end
    assert ltr_name.max() < ltr.shape[1] * 0.4  # and at the left for a left-to-right line
