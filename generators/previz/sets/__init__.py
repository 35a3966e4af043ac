"""Scene art by setting kind: generators.previz.scene_art paints through :func:`paint_set`."""

from generators.previz.sets.paint_set import PaintedSet, paint_set

__all__ = ["PaintedSet", "paint_set"]
