"""The storyboard as HTML cards: one per shot, grouped under scene headings.

Thumbnails are embedded as small JPEG data URIs, so the page never needs a file route into the
run folder. All plan text is HTML-escaped: story text is data.
"""

from __future__ import annotations

import base64
import io
from html import escape
from pathlib import Path

from director.plan import FilmPlan
from director.studio.tables import dialogue_text

THUMB_WIDTH = 320

CARDS_CSS = """
.sb-empty { padding: 2rem; text-align: center; opacity: .7; }
.sb-scene { margin: .6rem 0 .2rem; font-weight: 700; letter-spacing: .04em; font-size: .9rem; }
.sb-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: .7rem; }
.shot-card { border: 1px solid var(--border-color-primary); border-radius: 8px; overflow: hidden;
             background: var(--block-background-fill); font-size: .82rem; }
.shot-card img { width: 100%; aspect-ratio: 16 / 9; object-fit: cover; display: block; background: #222; }
.shot-card .sb-noimg { width: 100%; aspect-ratio: 16 / 9; background: #333; }
.shot-card .sb-body { padding: .45rem .6rem .6rem; }
.shot-card .sb-head { display: flex; justify-content: space-between; font-weight: 600; }
.shot-card .sb-meta { opacity: .8; margin: .15rem 0 .3rem; }
.shot-card .sb-dialogue { font-style: italic; margin-top: .3rem; }
.sb-badge { font-size: .7rem; padding: 0 .35rem; border-radius: 4px; background: #2d6a4f; color: #fff; }
.sb-badge.cached { background: #555; }
"""


def thumbnail_data_uri(path: Path, width: int = THUMB_WIDTH) -> str | None:
    """A small JPEG of `path` as a data: URI, or None if it cannot be read."""
    from PIL import Image

    try:
        with Image.open(path) as image:
            image = image.convert("RGB")
            image.thumbnail((width, width))
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=80)
    except OSError:
        return None
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def storyboard_html(plan: FilmPlan | None, thumbs: dict[str, Path] | None = None,
                    statuses: dict[str, str] | None = None) -> str:
    """Cards for every shot: keyframe, id, duration, size and move, transition, description, dialogue.

    `statuses` (shot id → rendered | cached) adds a badge after a render.
    """
    if plan is None:
        return '<div class="sb-empty">Plan a story to see its storyboard here.</div>'
    thumbs, statuses = thumbs or {}, statuses or {}
    parts = [f'<div class="sb-title"><b>{escape(plan.title)}</b> — {len(plan.shots())} shots, '
             f'{plan.planned_duration():.1f} s, {escape(plan.resolution)} @ {plan.fps} fps</div>']
    number = 0
    for scene in plan.scenes:
        parts.append(f'<div class="sb-scene">{escape(scene.heading or scene.id)}</div><div class="sb-grid">')
        for shot in scene.shots:
            number += 1
            uri = thumbnail_data_uri(thumbs[shot.id]) if shot.id in thumbs else None
            image = (f'<img src="{uri}" alt="keyframe of {escape(shot.id)}">' if uri
                     else '<div class="sb-noimg"></div>')
            badge = ""
            if shot.id in statuses:
                status = escape(statuses[shot.id])
                badge = f' <span class="sb-badge {status}">{status}</span>'
            move = shot.camera.move if shot.camera.direction == "none" else f"{shot.camera.move} {shot.camera.direction}"
            transition = "" if number == 1 else f" · {escape(shot.transition)} in"
            dialogue = dialogue_text(shot.dialogue)
            parts.append(
                f'<div class="shot-card" data-shot="{escape(shot.id)}">{image}<div class="sb-body">'
                f'<div class="sb-head"><span>{number}. {escape(shot.id)}{badge}</span>'
                f'<span>{shot.duration_s:g} s</span></div>'
                f'<div class="sb-meta">{escape(shot.camera.shot_size)} · {escape(move)}{transition}</div>'
                f'<div class="sb-desc">{escape(shot.description)}</div>'
                + (f'<div class="sb-dialogue">{escape(dialogue)}</div>' if dialogue else "")
                + "</div></div>"
            )
        parts.append("</div>")
    return "\n".join(parts)
