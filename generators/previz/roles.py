"""The three previz role generators: identity card, keyframe (frame 0), shot clip."""

from __future__ import annotations

import queue
import threading
import time
from pathlib import Path

from PIL import Image

from director.plan import Entity, FilmPlan
from director.video import ClipWriter
from generators.base import (
    Carry, ClipResult, ImageResult, ProgressFn, RenderSettings, ShotContext, no_progress,
)
from generators.previz.cards import draw_card
from generators.previz.render import ShotRenderer


def _save_png(array, out_path: Path) -> None:
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(array).save(out_path, format="PNG")


class _BackgroundWriter:
    """Hands frames to the encoder from a second thread, so drawing frame i+1 overlaps the pipe
    write of frame i (both release the GIL). Order is kept; errors surface in the caller."""

    def __init__(self, writer: ClipWriter, depth: int = 3):
        self._writer = writer
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="previz-writer", daemon=True)

    def _run(self) -> None:
        while True:
            frame = self._queue.get()
            if frame is None:
                return
            if self._error is None:
                try:
                    self._writer.write(frame)
                except BaseException as err:  # noqa: BLE001 - re-raised in the caller's thread
                    self._error = err

    def put(self, frame) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(frame)

    def __enter__(self) -> "_BackgroundWriter":
        self._thread.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._queue.put(None)
        self._thread.join()
        if exc_type is None and self._error is not None:
            raise self._error


class PrevizIdentity:
    """Draws each entity's reference card (figure or place, name, description)."""

    def generate(self, entity: Entity, plan: FilmPlan, settings: RenderSettings, out_path: Path,
                 progress: ProgressFn = no_progress) -> ImageResult:
        """Write the card of ``entity`` as a PNG at ``out_path`` (the render's frame size)."""
        started = time.perf_counter()
        _save_png(draw_card(entity, plan, settings.width, settings.height), out_path)
        progress(1.0, f"card {entity.id}")
        return ImageResult(Path(out_path), time.perf_counter() - started, {"kind": entity.kind})


class PrevizKeyframe:
    """The shot's first frame, exactly as frame 0 of its clip."""

    def generate(self, ctx: ShotContext, references: dict[str, Path], settings: RenderSettings,
                 out_path: Path, progress: ProgressFn = no_progress) -> ImageResult:
        """Write frame 0 of shot ``ctx.shot`` as a PNG. ``references`` are not needed: previz
        draws every entity from its description, the same way as on its card."""
        started = time.perf_counter()
        _save_png(ShotRenderer(ctx, settings).frame(0), out_path)
        progress(1.0, f"keyframe {ctx.shot.id}")
        return ImageResult(Path(out_path), time.perf_counter() - started)


class PrevizShot:
    """Renders a shot's clip and streams it into the encoder."""

    def generate(self, ctx: ShotContext, keyframe: Path, references: dict[str, Path],
                 settings: RenderSettings, out_path: Path, carry_in: Carry | None = None,
                 progress: ProgressFn = no_progress) -> ClipResult:
        """Write the clip of ``ctx.shot`` (H.264 mp4, exactly shot_frames(duration, fps) frames).

        ``keyframe`` is not read back: the renderer is deterministic, so its frame 0 is the
        keyframe. ``carry_in`` is ignored: a continuous shot starts from its planned start
        layout, which the planner makes equal the previous shot's end.
        """
        started = time.perf_counter()
        out_path = Path(out_path)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        # The encoder starts first so its start-up overlaps the renderer's preparation.
        with ClipWriter(out_path, settings.width, settings.height, settings.fps) as writer:
            renderer = ShotRenderer(ctx, settings)
            step = max(1, renderer.count // 10)
            with _BackgroundWriter(writer) as feed:
                for i, frame in enumerate(renderer.frames()):
                    feed.put(frame)
                    if i % step == 0:
                        progress(i / renderer.count, f"shot {ctx.shot.id} frame {i}/{renderer.count}")
        progress(1.0, f"shot {ctx.shot.id} done")
        return ClipResult(out_path, writer.frames, time.perf_counter() - started,
                          latent_discontinuity=None,
                          meta={"camera": ctx.shot.camera.describe(), "seed": renderer.seed})
