"""Identity reference cards: each entity drawn large with its name and description.

Characters and props stand on a plain backdrop beside their name and description; a location is a
small landscape of the place. The figure is drawn by the same code, from the same look, as in
every shot, so the card is a faithful reference for the animatic.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from director.plan import Entity, FilmPlan
from generators.previz.compose import paste
from generators.previz.figures import draw_figure, draw_voice, figure_aspect
from generators.previz.forms import form_spec, is_drawn
from generators.previz.look import look_for
from generators.previz.scene_art import SceneSetting, paint_background, setting_for_location
from generators.previz.text import font, wrap


def location_setting(entity: Entity, plan: FilmPlan) -> SceneSetting:
    """The setting a location entity stands for (see scene_art.setting_for_location)."""
    return setting_for_location(entity, plan)


def draw_card(entity: Entity, plan: FilmPlan, width: int, height: int) -> np.ndarray:
    """The reference card of one entity as an H x W x 3 RGB array."""
    look = look_for(entity)
    if entity.kind == "location":
        setting = location_setting(entity, plan)
        view = 1.6  # world units per card height: a wide view of the place
        rect = (-view * width / height / 2, -0.5 * view, view * width / height / 2, 0.5 * view)
        card = paint_background(setting, rect, (width, height)).copy()
        text_x, text_w = int(width * 0.04), int(width * 0.9)
    else:
        card = np.empty((height, width, 3), np.uint8)
        card[...] = (236, 234, 228)
        card[int(height * 0.88):] = (206, 202, 194)  # a floor line to stand on
        if not is_drawn(entity):  # a voice: its light, not a body
            icon = draw_voice(look.accent, int(height * 0.45), 0)
            paste(card, icon, int(width * 0.25 - icon.shape[1] / 2), int(height * 0.5 - icon.shape[0] / 2))
        else:
            upright = entity.kind == "character" and form_spec(entity.kind, look.form).upright
            body = int(height * (0.8 if upright else 0.6))
            body = min(body, int(width * 0.44 / figure_aspect(look)))  # wide forms fit the left half
            sprite = draw_figure(look, body, light_dx=0.5)
            paste(card, sprite.rgba, int(width * 0.25 - sprite.center_x), int(height * 0.9 - body))
        text_x, text_w = int(width * 0.5), int(width * 0.46)
    img = Image.fromarray(card)
    d = ImageDraw.Draw(img, "RGBA")
    title_px = max(12, height // 12)
    body_px = max(10, height // 26)
    body_font = font(body_px, entity.description or "")
    lines = wrap(entity.description or "", body_font, text_w)[:12]
    block_h = title_px * 2 + len(lines) * int(body_px * 1.35)
    y = int(height * 0.08)
    d.rectangle([text_x - body_px // 2, y - body_px // 2, text_x + text_w, y + block_h],
                fill=(255, 255, 255, 200), outline=(*look.accent, 255), width=max(2, height // 180))
    d.text((text_x, y), entity.name, font=font(title_px, entity.name), fill=(20, 20, 24))
    d.text((text_x, y + int(title_px * 1.25)), entity.kind, font=font(body_px), fill=(90, 90, 96))
    y += title_px * 2
    for line in lines:
        d.text((text_x, y), line, font=body_font, fill=(30, 30, 34))
        y += int(body_px * 1.35)
    return np.asarray(img)
