"""Regenerate docs/previz-figures.png: every character form and every prop form the previz draws.

    PYTHONPATH=. python docs/figures_gallery.py [out.png]

Each cell is one form (director.vocab.CHARACTER_FORMS, then PROP_FORMS), drawn by the same code
and from the same look as in every shot, with its name under it; a voice shows the light it
shows while it speaks. Written to a temporary name, then renamed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from director import vocab
from director.plan import Entity
from generators.previz.compose import paste
from generators.previz.figures import draw_figure, draw_voice, figure_aspect
from generators.previz.look import look_for
from generators.previz.text import font

CELL = (96, 92)
FIGURE_H = 64
COLUMNS = 15
BACKDROP = (236, 234, 228)


def cell(kind: str, form: str) -> np.ndarray:
    img = np.empty((CELL[1], CELL[0], 3), np.uint8)
    img[...] = BACKDROP
    look = look_for(Entity(id=f"gallery-{form}", name=form, kind=kind, form=form))
    if form == "voice":
        icon = draw_voice(look.accent, FIGURE_H - 8, 0)
        paste(img, icon, (CELL[0] - icon.shape[1]) // 2, 6)
    else:
        body = min(FIGURE_H, int((CELL[0] - 8) / figure_aspect(look)))
        sprite = draw_figure(look, body, light_dx=0.4)
        paste(img, sprite.rgba, int(CELL[0] / 2 - sprite.center_x), 4 + FIGURE_H - body)
    pic = Image.fromarray(img)
    draw = ImageDraw.Draw(pic)
    draw.text((CELL[0] / 2, CELL[1] - 4), form, font=font(12), fill=(40, 40, 44), anchor="md")
    return np.asarray(pic)


def gallery() -> Image.Image:
    cells = [cell("character", f) for f in vocab.CHARACTER_FORMS]
    cells += [cell("prop", f) for f in vocab.PROP_FORMS]
    rows = []
    for i in range(0, len(cells), COLUMNS):
        row = cells[i:i + COLUMNS]
        row += [np.full_like(cells[0], 255)] * (COLUMNS - len(row))
        rows.append(np.concatenate(row, axis=1))
    return Image.fromarray(np.concatenate(rows, axis=0))


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).parent / "previz-figures.png"
    tmp = out.with_name(f".{out.name}.tmp.png")
    gallery().quantize(colors=128).save(tmp, optimize=True)
    tmp.replace(out)
    print(out)


if __name__ == "__main__":
    main(sys.argv[1:])
