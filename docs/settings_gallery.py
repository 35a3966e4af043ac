"""Regenerate docs/previz-settings.png: every setting kind the previz draws, by day and by night.

    PYTHONPATH=. python docs/settings_gallery.py [out.png]

Each cell is one kind (director.vocab.SETTING_KINDS) with its usual features, a wide shot's view
of the place by day (left) and by night (right); exteriors first, then the kinds that have an
interior of their own. Written to a temporary name, then renamed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from director import vocab
from director.planning.setting_words import KIND_FEATURES
from generators.previz.scene_art import SceneSetting, paint_background
from generators.previz.sets.indoor import PAINTERS as INDOOR_PAINTERS
from generators.previz.text import font

TILE = (200, 112)
COLUMNS = 4
CAPTION = 18
VIEW = (-1.9, -1.15, 1.9, 0.98)  # world window: about a wide shot at eye level
EXTRA_FEATURES = {"sea": ("lighthouse",), "harbour": ("lighthouse",), "river": ("bridge",)}


def tile(kind: str, interior: bool, time_of_day: str) -> np.ndarray:
    features = tuple(KIND_FEATURES.get(kind, ())) + EXTRA_FEATURES.get(kind, ())
    setting = SceneSetting(kind, interior, time_of_day, 11, kind, features, ())
    return paint_background(setting, VIEW, TILE)


def gallery() -> Image.Image:
    cells = [(k, False) for k in vocab.SETTING_KINDS]
    cells += [(k, True) for k in vocab.SETTING_KINDS if k in INDOOR_PAINTERS and k != "harbour"]
    cell_w, cell_h = 2 * TILE[0] + 6, TILE[1] + CAPTION + 6
    rows = -(-len(cells) // COLUMNS)
    sheet = Image.new("RGB", (COLUMNS * cell_w + 6, rows * cell_h + 6), (24, 24, 28))
    draw = ImageDraw.Draw(sheet)
    caption = font(13)
    for n, (kind, interior) in enumerate(cells):
        x, y = 6 + (n % COLUMNS) * cell_w, 6 + (n // COLUMNS) * cell_h
        draw.text((x + 2, y + 1), f"{kind} · {'interior' if interior else 'exterior'}  (day | night)",
                  font=caption, fill=(236, 236, 236))
        for k, time_of_day in enumerate(("day", "night")):
            sheet.paste(Image.fromarray(tile(kind, interior, time_of_day)), (x + k * TILE[0], y + CAPTION))
    return sheet


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).with_name("previz-settings.png")
    image = gallery().quantize(colors=192, dither=Image.Dither.NONE)
    tmp = out.with_name(out.name + ".tmp")
    image.save(tmp, format="PNG", optimize=True)
    tmp.replace(out)
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
