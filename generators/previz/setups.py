"""Camera set-ups per cut: every hard cut in one place moves the camera to a visibly new set-up.

A film cuts between set-ups of the same place: the master, the reverse angle, the other side of
the room. In an animatic of flat colour, two set-ups that only slide along the same wall read as
no cut at all (to a viewer and to a shot detector), so consecutive set-ups alternate between
facing the place (the master side) and the reverse angle:

* the reverse angle looks the other way: the background is the mirror image of another stretch
  of the place, and the light falls from the other side;
* it stands at another camera height (the horizon moves) and is lit differently (the wall in
  cool shade against the wall that faces the light; at night, the lamp-lit side against the dark
  one), a change of tone and tint large enough to read as a new view even in a dark, empty room.

``continuous`` shots keep the set-up they continue. Master and reverse alternate at every cut of
the film, so a cut between two places that look alike (two offices, two stretches of desert) still
reads as one; where the camera stands along a place counts on across consecutive scenes in that
place, so a scene that returns to the room at once still cuts to a new view.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from director.plan import FilmPlan, Scene
from generators.base import ShotContext

SETUP_STEP = 1.45  # world units between set-ups on the same side of a place
REVERSE_X = 5.0  # the reverse angle sees a stretch of the place this far from the master's
HORIZON_SHIFT = 0.09  # of the frame height: the reverse angle's camera stands higher
# Per-channel gain (R, G, B) of the reverse side: in cool shade when the master side is light, in
# warm lamplight when it is dark. A change of tint, not only of brightness, is what a shot
# detector's hue and saturation channels see.
SHADE = (0.6, 0.66, 0.8)
LIFT = (1.9, 1.7, 1.4)
DARK_MEAN = 95.0  # mean 0..255 brightness below which a view counts as dark


@dataclass(frozen=True)
class Setup:
    """Where the camera stands for one shot, relative to the place's master set-up."""

    index: int  # 0: the master set-up of the place
    world_x: float  # world X the camera looks at
    reverse: bool  # looking the other way: the background mirrored, the light from the other side
    horizon_shift: float  # fraction of frame height the horizon moves (negative: up)

    def light_dx(self, light_dx: float) -> float:
        """The light's direction as this set-up sees it."""
        return -light_dx if self.reverse else light_dx

    def describe(self) -> dict:
        return {"index": self.index, "world_x": self.world_x, "reverse": self.reverse,
                "horizon_shift": self.horizon_shift}


def _place(scene: Scene) -> str:
    return (scene.location or scene.heading).strip().lower()


def setup_index(plan: FilmPlan, scene: Scene, shot_id: str) -> int:
    """How many set-up changes (hard cuts, dissolves, fades) the camera has made in this place
    before ``shot_id``, counting through the run of consecutive scenes in the same place."""
    scenes = plan.scenes
    pos = next(i for i, s in enumerate(scenes) if s.id == scene.id)
    first = pos
    while first > 0 and _place(scenes[first - 1]) == _place(scene) and _place(scene):
        first -= 1
    index = -1
    for s in scenes[first:pos + 1]:
        for shot in s.shots:
            if index < 0 or shot.transition != "continuous":
                index += 1
            if shot.id == shot_id:
                return index
    return max(0, index)


def film_setup_count(plan: FilmPlan, shot_id: str) -> int:
    """How many set-up changes (every boundary but ``continuous``) come before ``shot_id`` in the
    whole film."""
    count = -1
    for i, shot in enumerate(plan.shots()):
        if i == 0 or shot.transition != "continuous":
            count += 1
        if shot.id == shot_id:
            return count
    raise KeyError(shot_id)


def shot_setup(ctx: ShotContext) -> Setup:
    """The camera set-up of ``ctx.shot``. Master and reverse alternate at every cut of the film,
    across places too: two offices (or two stretches of desert) painted alike still cut from one
    side of the light to the other."""
    index = setup_index(ctx.plan, ctx.scene, ctx.shot.id)
    reverse = film_setup_count(ctx.plan, ctx.shot.id) % 2 == 1
    # Each side's set-ups step along the place, alternating left and right of its centre.
    side_index = index // 2
    step = SETUP_STEP * ((side_index + 1) // 2) * (1 if side_index % 2 else -1)
    world_x = (REVERSE_X if reverse else 0.0) + step
    return Setup(index, world_x, reverse, -HORIZON_SHIFT if reverse else 0.0)


def relight(canvas: np.ndarray, setup: Setup) -> np.ndarray:
    """The background as the set-up sees it: the reverse side shaded when the master side is
    light, lit when it is dark. Returns a new array (uint8 RGB)."""
    if not setup.reverse:
        return canvas
    dark = float(canvas.mean()) < DARK_MEAN
    gains = LIFT if dark else SHADE
    # lifted towards a lamp-lit grey as well, so a near-black room still changes
    offsets = (22.0, 18.0, 12.0) if dark else (0.0, 0.0, 0.0)
    matrix = np.array([[g if r == c else 0.0 for c in range(3)] + [o]
                       for r, (g, o) in enumerate(zip(gains, offsets))], np.float32)
    return cv2.transform(np.ascontiguousarray(canvas), matrix)  # saturating, one pass
