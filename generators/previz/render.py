"""The shot renderer: static layers prepared once, then a cheap warp-and-paste per frame.

Preparation (once per shot):
  1. the camera path gives each frame's background and figure poses;
  2. the background is painted once, covering everything the camera will see, at the resolution
     the tightest frame needs;
  3. each entity's sprite is drawn once at the largest size it reaches;
  4. labels, subtitles and the slate are drawn once.
Per frame: one affine warp of the background, one small warp per figure, a few pastes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterator

import cv2
import numpy as np

from director.plan import Entity, FilmPlan, LayoutBox, Shot
from director.timeline import dialogue_spans, shot_frames
from generators.base import RenderSettings, ShotContext
from generators.previz.camera import BACKGROUND_BLUR, HORIZON, VIEW_HEIGHT, CameraPath, ease_in_out
from generators.previz.compose import paste, resize_paste, transform_point, warp_paste
from generators.previz.figures import VOICE_LEVELS, Sprite, draw_figure, draw_voice, figure_aspect
from generators.previz.forms import entity_form, form_spec, in_profile, is_drawn
from generators.previz.look import EntityLook, look_for
from generators.previz.atmosphere import CanvasMap, SceneEffects
from generators.previz.scene_art import SceneSetting, paint_scene, scene_locations, setting_for_scene
from generators.previz.setups import relight, shot_setup
from generators.previz.text import label_image, slate_image, subtitle_image

# How much of a character's body (from the head down) its layout box shows, by shot size.
VISIBLE_BODY = {"ECU": 0.16, "CU": 0.25, "MCU": 0.36, "MS": 0.52, "MLS": 0.78, "LS": 1.0, "WS": 1.0,
                "EWS": 1.0}
# Default box (top, bottom) for a character with no layout, by shot size.
DEFAULT_SPAN = {"ECU": (0.02, 1.0), "CU": (0.08, 1.0), "MCU": (0.12, 1.0), "MS": (0.15, 1.0),
                "MLS": (0.18, 1.0), "LS": (0.3, 0.9), "WS": (0.45, 0.85), "EWS": (0.55, 0.8)}
MAX_SPRITE = 2.5  # largest sprite, in frame heights (bigger figures are upscaled)
MAX_CANVAS_PIXELS = 16_000_000
BASE_BLUR_PX = 0.8
HALF_PAINT_BLUR_PX = 1.75  # a background blurred this much (canvas pixels) is painted at half size
WALK_STEPS_PER_S = 2.0
WALK_BOB = 0.012  # of the body height
MARGIN = 0.02  # extra background around what the camera sees, as a fraction of the frame
ANIMAL_OVERHANG = 1.25  # an animal may be this much wider than a box the planner sized for a person


def continued_camera(ctx: ShotContext, settings: RenderSettings) -> tuple[np.ndarray, np.ndarray]:
    """(background, figures) matrices where the camera stood at the end of the previous shot, when
    this shot continues it (a ``continuous`` boundary in the same scene, smoothing on); identity
    otherwise. The camera then carries on from there instead of jumping back to its rest framing."""
    w, h = settings.width, settings.height
    bg_m, fg_m = np.eye(3), np.eye(3)
    for prev in continued_shots(ctx, settings):
        path = CameraPath(prev.camera, prev.duration_s, w, h, combined_seed(settings, prev))
        bg, fg = path.poses(1.0, prev.duration_s)
        bg_m, fg_m = bg.matrix(w, h) @ bg_m, fg.matrix(w, h) @ fg_m
    return bg_m, fg_m


def continued_shots(ctx: ShotContext, settings: RenderSettings) -> list[Shot]:
    """The shots of this scene whose camera moves this shot carries on from: the run of
    ``continuous`` shots before it when smoothing is on, else none."""
    shots = ctx.scene.shots
    pos = next(i for i, s in enumerate(shots) if s.id == ctx.shot.id)
    if not settings.smoothing or pos == 0 or ctx.shot.transition != "continuous":
        return []
    start = pos
    while start > 0 and shots[start].transition == "continuous":
        start -= 1
    return shots[start:pos]


def speaker_entity(plan: FilmPlan, speaker: str) -> Entity | None:
    """The entity a dialogue line's speaker names, by name or id (case-insensitive)."""
    names = {e.name.lower(): e for e in plan.entities}
    ids = {e.id.lower(): e for e in plan.entities}
    return names.get(speaker.lower()) or ids.get(speaker.lower())


def context_inputs(ctx: ShotContext, settings: RenderSettings) -> dict[str, Any]:
    """What a shot's pixels take from outside its own spec (part of its keyframe and clip keys):
    the camera setup its scene's cuts give it, the shots whose camera it carries on from, the
    scene's location entities and the entities who speak its lines."""
    speakers = {line.speaker: speaker_entity(ctx.plan, line.speaker) for line in ctx.shot.dialogue}
    return {
        "setup": shot_setup(ctx).describe(),
        "continues": [{"camera": s.camera.model_dump(mode="json"), "duration_s": s.duration_s,
                       "seed": s.seed} for s in continued_shots(ctx, settings)],
        "locations": [e.model_dump(mode="json") for e in scene_locations(ctx.scene, ctx.plan)],
        "speakers": {name: e.model_dump(mode="json") if e else None for name, e in speakers.items()},
    }


def combined_seed(settings: RenderSettings, shot: Shot) -> int:
    """The shot's seed: the render seed and the shot's own seed, both mattering."""
    return settings.seed * 1_000_003 + shot.seed


def default_boxes(shot: Shot, entities: list[Entity]) -> dict[str, LayoutBox]:
    """Sensible rest boxes for entities the plan left unplaced: spread across the frame."""
    unplaced = [e for e in entities if e.id not in shot.layout and is_drawn(e)]
    boxes: dict[str, LayoutBox] = {}
    top, bottom = DEFAULT_SPAN[shot.camera.shot_size]
    for i, entity in enumerate(unplaced):
        cx = (i + 1) / (len(unplaced) + 1)
        if entity.kind == "character":
            half = min(0.4 / len(unplaced), 0.18)
            box = (cx - half, top, cx + half, bottom)
        else:
            height = (bottom - top) * 0.3
            box = (cx - height * 0.3, bottom - height, cx + height * 0.3, min(1.0, bottom))
        clamped = (max(0.0, box[0]), max(0.0, box[1]), min(1.0, box[2]), min(1.0, box[3]))
        boxes[entity.id] = LayoutBox(start=clamped, end=clamped)
    return boxes


@dataclass
class _Figure:
    entity: Entity
    look: EntityLook
    start: tuple[float, float, float, float]  # rest boxes in pixels
    end: tuple[float, float, float, float]
    sprite: Sprite | None = None
    label: np.ndarray | None = None
    # When a figure keeps one size and upright pose all shot, its sprite is scaled once and
    # pasted at whole pixels instead of warped every frame.
    scaled: np.ndarray | None = None
    scaled_factor: float = 0.0
    followed: bool = False  # the camera tracks this figure: it keeps to its layout boxes on screen
    # Per frame, worked out once: placement (centre x, top, body, box bottom) in rest pixels,
    # sprite-to-frame matrix, and where the name label is pinned.
    places: list[tuple[float, float, float, float]] = field(default_factory=list)
    matrices: list[np.ndarray] = field(default_factory=list)
    label_at: list[tuple[float, float]] = field(default_factory=list)


# Lateral camera moves that track a character travelling the same way.
_TRACKING_MOVES = {"truck", "pan", "orbit"}


def _tracks(camera, start: tuple[float, ...], end: tuple[float, ...]) -> bool:
    travel = (end[0] + end[2]) / 2 - (start[0] + start[2]) / 2
    if camera.move not in _TRACKING_MOVES or abs(travel) < 1e-6:
        return False
    return (travel > 0) == (camera.direction == "right")


def _without_travel(m: np.ndarray, width: int, height: int) -> np.ndarray:
    """The same scale and rotation about the frame centre, without the camera's travel."""
    c = np.array([width / 2.0, height / 2.0])
    out = m.copy()
    out[:2, 2] = c - m[:2, :2] @ c
    return out


class ShotRenderer:
    """Renders one shot's frames. Build it once; ``frame(i)`` for any i, ``frames()`` in order.

    Args:
        ctx: the shot and what surrounds it in the plan.
        settings: size, fps and seed of the render.
    """

    def __init__(self, ctx: ShotContext, settings: RenderSettings):
        self.ctx = ctx
        self.width, self.height, self.fps = settings.width, settings.height, settings.fps
        self.shot = ctx.shot
        self.count = shot_frames(self.shot.duration_s, self.fps)
        self.seed = combined_seed(settings, self.shot)
        self.camera = CameraPath(self.shot.camera, self.shot.duration_s, self.width, self.height, self.seed)
        self.setting: SceneSetting = setting_for_scene(ctx.scene, ctx.plan)
        self.setup = shot_setup(ctx)
        self._world_x = self.setup.world_x
        start_bg, start_fg = continued_camera(ctx, settings)
        self._bg_m: list[np.ndarray] = []
        self._fg_m: list[np.ndarray] = []
        for i in range(self.count):
            progress = i / (self.count - 1) if self.count > 1 else 0.0
            bg, fg = self.camera.poses(progress, i / self.fps)
            self._bg_m.append(bg.matrix(self.width, self.height) @ start_bg)
            self._fg_m.append(fg.matrix(self.width, self.height) @ start_fg)
        self._prepare_background()
        self._prepare_figures()
        self._prepare_text()
        self._last: tuple[tuple, np.ndarray] | None = None

    # ---- preparation -----------------------------------------------------------------------
    def _rest_to_world(self) -> tuple[float, float, float]:
        """(world units per rest pixel, world X at u=0, world Y at v=0)."""
        cam = self.shot.camera
        per_px = VIEW_HEIGHT[cam.shot_size] / self.height
        x_at_0 = -self.width / 2 * per_px + self._world_x
        y_at_0 = -(HORIZON[cam.angle] + self.setup.horizon_shift) * self.height * per_px
        return per_px, x_at_0, y_at_0

    def _prepare_background(self) -> None:
        w, h = self.width, self.height
        corners = np.array([[0, 0, 1], [w, 0, 1], [0, h, 1], [w, h, 1]], dtype=np.float64).T
        u_min = v_min = math.inf
        u_max = v_max = -math.inf
        max_scale = 1.0
        for m in self._bg_m:
            rest = np.linalg.inv(m) @ corners
            u_min, u_max = min(u_min, rest[0].min()), max(u_max, rest[0].max())
            v_min, v_max = min(v_min, rest[1].min()), max(v_max, rest[1].max())
            max_scale = max(max_scale, math.hypot(m[0, 0], m[1, 0]))
        margin = MARGIN * max(w, h)
        u0, v0 = math.floor(u_min - margin), math.floor(v_min - margin)
        u1, v1 = math.ceil(u_max + margin), math.ceil(v_max + margin)
        k = min(max_scale, 2.0)
        while (u1 - u0) * (v1 - v0) * k * k > MAX_CANVAS_PIXELS and k > 0.5:
            k *= 0.85
        size = (max(2, int(math.ceil((u1 - u0) * k))), max(2, int(math.ceil((v1 - v0) * k))))
        per_px, x_at_0, y_at_0 = self._rest_to_world()
        rect = (x_at_0 + u0 * per_px, y_at_0 + v0 * per_px,
                x_at_0 + (u0 + size[0] / k) * per_px, y_at_0 + (v0 + size[1] / k) * per_px)
        mirrored = self.setup.reverse  # looking the other way: the mirror image of the place
        painted_rect = (-rect[2], rect[1], -rect[0], rect[3]) if mirrored else rect
        # A slight blur always (soft, distant, and cheaper to encode); more for tight shots.
        blur = max(BASE_BLUR_PX * k, BACKGROUND_BLUR.get(self.shot.camera.shot_size, 0.0) * h * k)
        if blur >= HALF_PAINT_BLUR_PX:
            # So soft a background holds nothing finer than half its pixels: painted at half
            # size and scaled up, a quarter of the painting for the same picture.
            painted = paint_scene(self.setting, painted_rect, (max(2, size[0] // 2), max(2, size[1] // 2)))
            image = cv2.resize(painted.image, size, interpolation=cv2.INTER_LINEAR)
        else:
            painted = paint_scene(self.setting, painted_rect, size)
            image = painted.image
        canvas = np.ascontiguousarray(image[:, ::-1]) if mirrored else image

        def finish(img: np.ndarray) -> np.ndarray:
            return cv2.GaussianBlur(relight(img, self.setup), (0, 0), blur)

        canvas = finish(canvas)
        self._effects = SceneEffects(self.setting, painted, CanvasMap(painted_rect, size, mirrored), finish,
                                     w, h, self.fps, self.seed, self.count)
        self._canvas_rgb = np.ascontiguousarray(canvas)  # cropped or resized; warped as RGBA
        # Four channels for the warp (OpenCV's is about twice as fast on RGBA as on RGB), made at
        # the first frame that needs a warp: most shots only crop or resize the RGB canvas.
        self._canvas: np.ndarray | None = None
        canvas_to_rest = np.array([[1 / k, 0, u0], [0, 1 / k, v0], [0, 0, 1]], dtype=np.float64)
        self._bg_warp = [(m @ canvas_to_rest)[:2] for m in self._bg_m]
        self._static_bg: np.ndarray | None = None
        still = all(np.allclose(m, self._bg_warp[0], atol=1e-9) for m in self._bg_warp)
        if still and not self._effects.moves_background:
            self._static_bg = self._warp_background(0)

    def _prepare_figures(self) -> None:
        w, h = self.width, self.height
        boxes = dict(default_boxes(self.shot, self.ctx.entities))
        boxes.update(self.shot.layout)
        self._figures: list[_Figure] = []
        label_px = max(9, round(h / 34))
        for entity in self.ctx.entities:
            if not is_drawn(entity) or entity.id not in boxes:
                continue  # places are the set; a voice is heard, never drawn
            box = boxes[entity.id]
            scale = (w, h, w, h)
            fig = _Figure(entity, look_for(entity),
                          tuple(v * s for v, s in zip(box.start, scale)),  # type: ignore[arg-type]
                          tuple(v * s for v, s in zip(box.end, scale)),  # type: ignore[arg-type]
                          followed=entity.kind == "character"
                          and _tracks(self.shot.camera, box.start, box.end))
            self._figures.append(fig)
        self._attach_carried_props()
        for fig in self._figures:
            fig.places = [self._placement(fig, self._progress(i)) for i in range(self.count)]
            biggest = 0.0
            for i, (_, _, body, _) in enumerate(fig.places):
                biggest = max(biggest, body * math.hypot(self._fg_m[i][0, 0], self._fg_m[i][1, 0]))
            fig.sprite = draw_figure(fig.look, min(MAX_SPRITE * h, max(8.0, biggest)),
                                     self.setup.light_dx(self.setting.light_dx))
            if self._faces_left(fig):
                sprite = fig.sprite
                fig.sprite = Sprite(np.ascontiguousarray(sprite.rgba[:, ::-1]), sprite.body_px,
                                    sprite.rgba.shape[1] - sprite.center_x)
            self._prescale(fig)
            fig.label = label_image(fig.entity.name, fig.look.accent, label_px)

    def _faces_left(self, fig: _Figure) -> bool:
        """Side-on figures (drawn facing right) face the way they travel, or, standing still,
        into the frame: one on the right half looks left."""
        if not in_profile(fig.entity.kind, fig.look.form):
            return False
        travel = (fig.end[0] + fig.end[2] - fig.start[0] - fig.start[2]) / 2
        if abs(travel) > 0.01 * self.width:
            return travel < 0
        return (fig.start[0] + fig.start[2]) / 2 > self.width / 2

    def _attach_carried_props(self) -> None:
        """A prop that starts inside a tracked character's box is carried: it travels with them."""
        walkers = [f for f in self._figures if f.followed]
        for prop in self._figures:
            if prop.entity.kind != "prop" or prop.start != prop.end:
                continue
            for walker in walkers:
                (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = prop.start, walker.start
                if ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1:
                    dx = (walker.end[0] + walker.end[2] - bx0 - bx1) / 2
                    dy = (walker.end[1] + walker.end[3] - by0 - by1) / 2
                    prop.end = (ax0 + dx, ay0 + dy, ax1 + dx, ay1 + dy)
                    prop.followed = True
                    break

    def _figure_camera(self, fig: _Figure, i: int) -> np.ndarray:
        """The camera's transform for one figure: a tracked figure does not travel with the stage."""
        m = self._fg_m[i]
        return _without_travel(m, self.width, self.height) if fig.followed else m

    def _sprite_matrix(self, fig: _Figure, i: int) -> np.ndarray:
        """3x3 matrix from the figure's sprite pixels to frame pixels at frame ``i``."""
        cx, top, body, _ = fig.places[i]
        sprite = fig.sprite
        assert sprite is not None
        s = body / sprite.body_px
        to_rest = np.array([[s, 0, cx - sprite.center_x * s], [0, s, top], [0, 0, 1]])
        return self._figure_camera(fig, i) @ to_rest

    def _prescale(self, fig: _Figure) -> None:
        assert fig.sprite is not None
        matrices = fig.matrices = [self._sprite_matrix(fig, i) for i in range(self.count)]
        fig.label_at = [transform_point(self._figure_camera(fig, i), cx, top)
                        for i, (cx, top, _, _) in enumerate(fig.places)]
        factor = matrices[0][0, 0]
        upright = all(m[0, 1] == 0.0 and m[1, 0] == 0.0 and m[0, 0] == m[1, 1] for m in matrices)
        if upright and all(abs(m[0, 0] - factor) < 1e-9 for m in matrices) and factor > 0:
            h, w = fig.sprite.rgba.shape[:2]
            size = (max(1, round(w * factor)), max(1, round(h * factor)))
            interp = cv2.INTER_AREA if factor < 1 else cv2.INTER_LINEAR
            fig.scaled = cv2.resize(fig.sprite.rgba, size, interpolation=interp)
            fig.scaled_factor = factor

    def _prepare_text(self) -> None:
        w, h = self.width, self.height
        shot, scene = self.shot, self.ctx.scene
        cam = shot.camera
        move = "static" if cam.move == "static" else f"{cam.speed} {cam.move}"
        if cam.direction != "none":
            move += f" {cam.direction}"
        self._slate = slate_image([f"{scene.id} / {shot.id}", f"{cam.shot_size} · {move}"],
                                  max(8, round(h / 42)))
        self._subtitles: list[tuple[int, int, np.ndarray]] = []
        # A bodiless voice that speaks shows as a light with a waveform in the frame's corner.
        self._voices: dict[int, list[np.ndarray]] = {}
        for start_s, end_s, index in dialogue_spans(shot, self.ctx.plan):
            line = shot.dialogue[index]
            speaker = speaker_entity(self.ctx.plan, line.speaker)
            accent = look_for(speaker).accent if speaker else (200, 200, 200)
            img = subtitle_image(line.speaker, line.text, accent, w, max(10, round(h / 24)))
            if speaker is not None and entity_form(speaker) == "voice":
                self._voices[len(self._subtitles)] = [draw_voice(accent, round(h / 5), k)
                                                      for k in range(VOICE_LEVELS)]
            self._subtitles.append((round(start_s * self.fps), round(end_s * self.fps), img))

    # ---- per frame -------------------------------------------------------------------------
    def _progress(self, i: int) -> float:
        return i / (self.count - 1) if self.count > 1 else 0.0

    def _placement(self, fig: _Figure, progress: float) -> tuple[float, float, float, float]:
        """(centre x, top y, body height, box bottom) of a figure in rest pixels."""
        p = ease_in_out(progress)
        x0, y0, x1, y1 = (a + (b - a) * p for a, b in zip(fig.start, fig.end))
        box_w, box_h = x1 - x0, y1 - y0
        visible = VISIBLE_BODY[self.shot.camera.shot_size]
        spec = form_spec(fig.entity.kind, fig.look.form)
        if fig.entity.kind == "character":
            if spec.upright:  # head at the box top; a child's head lower, its feet on the same floor
                body = box_h / visible * spec.scale
                top = y0 + (1.0 - min(1.0, spec.scale)) * box_h
            else:  # an animal stands on the box bottom at its size next to a person, inside the box
                body = min(box_h, box_w * ANIMAL_OVERHANG / figure_aspect(fig.look), spec.scale * box_h / visible)
                top = y1 - body
            if fig.start != fig.end and 0.0 < progress < 1.0:
                # A walking bob, two steps a second, so a moving figure does not just glide.
                steps = progress * self.shot.duration_s * WALK_STEPS_PER_S
                top -= WALK_BOB * body * abs(math.sin(math.pi * steps)) * math.sin(math.pi * progress)
        else:  # props fit inside their box, standing on its bottom edge
            body = min(box_h, box_w / figure_aspect(fig.look))
            top = y1 - body
        return (x0 + x1) / 2, top, body, y1

    def _warp_background(self, i: int) -> np.ndarray:
        m = self._bg_warp[i]
        if m[0, 0] == 1.0 and m[1, 1] == 1.0 and m[0, 1] == 0.0 and m[1, 0] == 0.0:
            # A pure slide (pan, tilt, truck, pedestal): crop at the nearest whole pixel, about
            # ten times cheaper than a warp and invisible at a pixel's precision.
            x, y = int(round(-m[0, 2])), int(round(-m[1, 2]))
            ch, cw = self._canvas_rgb.shape[:2]
            if 0 <= x <= cw - self.width and 0 <= y <= ch - self.height:
                return self._canvas_rgb[y:y + self.height, x:x + self.width].copy()
        if m[0, 1] == 0.0 and m[1, 0] == 0.0:
            scaled = self._resize_background(m)
            if scaled is not None:
                return scaled
        if self._canvas is None:
            self._canvas = cv2.cvtColor(self._canvas_rgb, cv2.COLOR_RGB2RGBA)
        warped = cv2.warpAffine(self._canvas, self._bg_warp[i], (self.width, self.height),
                                flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        return cv2.cvtColor(warped, cv2.COLOR_RGBA2RGB)

    def _resize_background(self, m: np.ndarray) -> np.ndarray | None:
        """A scale and slide without turning (zoom, dolly, crane) as a resize of a whole-pixel crop
        of the canvas: RGB straight out, about half the cost of the warp and its conversion.
        The crop's corner is rounded to the nearest canvas pixel (at most half a frame pixel off,
        like the slides' crops). None when the crop would leave the canvas or no whole crop size
        resizes to exactly the frame at this scale."""
        origin, size = [], []
        for axis, out in ((0, self.width), (1, self.height)):
            scale, shift = m[axis, axis], m[axis, 2]
            # cv2.resize samples source (d + 0.5) / scale - 0.5 for output pixel d; the warp samples
            # (d - shift) / scale. The crop starts where the two agree.
            start = int(round(0.5 - (shift + 0.5) / scale))
            length = int(math.ceil((out - 0.5) / scale))
            if round(length * scale) != out:
                length = int(math.floor((out + 0.5) / scale))
            if round(length * scale) != out or start < 0 or start + length > self._canvas_rgb.shape[1 - axis]:
                return None
            origin.append(start)
            size.append(length)
        (x, y), (w, h) = origin, size
        out = cv2.resize(self._canvas_rgb[y:y + h, x:x + w], None, fx=m[0, 0], fy=m[1, 1],
                         interpolation=cv2.INTER_LINEAR)
        return out if out.shape[:2] == (self.height, self.width) else None

    def frame(self, i: int) -> np.ndarray:
        """Frame ``i`` (0-based) as H x W x 3 uint8 RGB."""
        if not 0 <= i < self.count:
            raise IndexError(f"shot {self.shot.id} has {self.count} frames, not {i}")
        fg = self._fg_m[i]
        placed = [(fig, fig.places[i]) for fig in self._figures]
        subtitle = next((k for k, (start, end, _) in enumerate(self._subtitles) if start <= i < end), None)
        # Frames that would come out the same (a still camera on still figures) are drawn once.
        voice = self._voices.get(subtitle) if subtitle is not None else None
        level = (i * 8 // self.fps) % VOICE_LEVELS if voice else 0  # the waveform steps 8 times a second
        signature = (
            None if self._static_bg is not None else self._bg_warp[i].tobytes(), fg.tobytes(),
            tuple(p for _, p in placed), subtitle, level, i if self._effects.animated else None,
        )
        if self._last is not None and self._last[0] == signature:
            return self._last[1].copy()
        self._effects.update_canvas(self._canvas_rgb, self._canvas, i)
        frame = self._static_bg.copy() if self._static_bg is not None else self._warp_background(i)
        self._effects.under(frame, i, self._bg_warp[i])
        placed.sort(key=lambda item: item[1][3])  # lower in the frame = nearer = drawn later
        labels = []
        for fig, _ in placed:
            assert fig.sprite is not None and fig.label is not None
            matrix = fig.matrices[i]
            if fig.scaled is not None:
                paste(frame, fig.scaled, int(round(matrix[0, 2])), int(round(matrix[1, 2])))
            elif matrix[0, 1] == 0.0 and matrix[1, 0] == 0.0 and matrix[0, 0] == matrix[1, 1] > 0:
                resize_paste(frame, fig.sprite.rgba, matrix[0, 0], matrix[0, 2], matrix[1, 2])
            else:
                warp_paste(frame, fig.sprite.rgba, matrix)
            lx, ly = fig.label_at[i]
            labels.append((fig.label, lx, ly))
        self._effects.over(frame, i)  # weather over the figures, under their labels
        for label, lx, ly in labels:
            if not (0 <= lx <= self.width and 0 <= ly <= self.height * 1.05):
                continue  # the figure has left the frame: no label pinned to the edge
            lh, lw = label.shape[:2]
            x = int(round(lx - lw / 2))
            y = int(round(ly - lh - 0.01 * self.height))
            x = min(max(2, x), self.width - lw - 2)
            y = min(max(2, y), self.height - lh - 2)
            paste(frame, label, x, y)
        pad = max(2, round(self.height * 0.02))
        paste(frame, self._slate, pad, pad)
        if voice:
            icon = voice[level]
            paste(frame, icon, self.width - icon.shape[1] - pad, pad)
        if subtitle is not None:
            img = self._subtitles[subtitle][2]
            sh, sw = img.shape[:2]
            paste(frame, img, (self.width - sw) // 2, self.height - sh - round(self.height * 0.04))
        if self._static_bg is not None:  # only a still background lets whole frames repeat
            self._last = (signature, frame.copy())
        return frame

    def frames(self) -> Iterator[np.ndarray]:
        """All frames in order."""
        for i in range(self.count):
            yield self.frame(i)
