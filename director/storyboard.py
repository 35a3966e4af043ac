"""storyboard.html (one card per shot) and storyboard.png (a contact sheet for docs and sharing)."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PIL import Image, ImageDraw

from director.fonts import font as text_font
from director.plan import FilmPlan
from director.store import atomic_write_text

_CSS = """
body{font-family:system-ui,sans-serif;background:#16181d;color:#e8e8e8;margin:24px}
h1{margin:0 0 4px}.logline{color:#aab;margin:0 0 16px}
h2{margin:28px 0 8px;font-size:1.05em;color:#ffcf6b;letter-spacing:.04em}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:14px}
.card{background:#23262e;border-radius:8px;overflow:hidden;box-shadow:0 1px 4px #0008}
.card img{width:100%;display:block;aspect-ratio:16/9;object-fit:cover;background:#000}
.body{padding:8px 10px;font-size:.88em}.id{font-weight:700;color:#9cf}
.meta{color:#aab;margin:4px 0}.dlg{font-style:italic;color:#dde}.tr{float:right;color:#f9a}
"""


def write_storyboard_html(plan: FilmPlan, keyframes: dict[str, Path], out_dir: Path) -> Path:
    """Cards link keyframes relative to `out_dir` so the folder can be moved or zipped."""
    e = html.escape
    parts = [f"<!doctype html><meta charset='utf-8'><title>{e(plan.title)} — storyboard</title>",
             f"<style>{_CSS}</style><h1>{e(plan.title)}</h1><p class='logline'>{e(plan.logline)}</p>"]
    first_shot = plan.shots()[0].id  # its transition is ignored (DESIGN §3): show none
    for scene in plan.scenes:
        parts.append(f"<h2>{e(scene.heading or scene.id)}</h2><div class='grid'>")
        for shot in scene.shots:
            img = keyframes.get(shot.id)
            into = "" if shot.id == first_shot else shot.transition
            src = os.path.relpath(img, out_dir) if img else ""
            dialogue = "".join(f"<div class='dlg'>{e(d.speaker)}: “{e(d.text)}”</div>" for d in shot.dialogue)
            parts.append(
                f"<div class='card' id='shot-{e(shot.id)}'><img src='{e(src)}' alt='{e(shot.id)}'>"
                f"<div class='body'><span class='tr'>{e(into)}</span>"
                f"<span class='id'>{e(shot.id)}</span> · {shot.duration_s:g} s"
                f"<div class='meta'>{e(shot.camera.describe())}</div>"
                f"<div>{e(shot.description)}</div>{dialogue}</div></div>"
            )
        parts.append("</div>")
    path = out_dir / "storyboard.html"
    atomic_write_text(path, "\n".join(parts))
    return path


def write_storyboard_png(plan: FilmPlan, keyframes: dict[str, Path], path: Path,
                         columns: int = 4, thumb_width: int = 320) -> Path:
    shots = plan.shots()
    w, h = plan.size
    tw, th = thumb_width, round(thumb_width * h / w)
    cap = 34
    rows = (len(shots) + columns - 1) // columns
    sheet = Image.new("RGB", (columns * (tw + 8) + 8, rows * (th + cap + 8) + 8), (22, 24, 29))
    draw = ImageDraw.Draw(sheet)
    for i, shot in enumerate(shots):
        x = 8 + (i % columns) * (tw + 8)
        y = 8 + (i // columns) * (th + cap + 8)
        if shot.id in keyframes and Path(keyframes[shot.id]).exists():
            with Image.open(keyframes[shot.id]) as im:
                sheet.paste(im.convert("RGB").resize((tw, th)), (x, y))
        draw.text((x + 2, y + th + 3), f"{shot.id} · {shot.camera.describe()} · {shot.duration_s:g}s",
                  fill=(156, 204, 255), font=text_font(12))
        caption = shot.description[:52]
        draw.text((x + 2, y + th + 18), caption, fill=(220, 220, 220), font=text_font(12, caption))
    tmp = path.with_name(f".{path.name}.tmp.png")
    sheet.save(tmp)
    os.replace(tmp, path)
    return path
