"""The generator protocols: one per role, shared by every backend.

A backend is a folder in ``generators/`` whose ``backend.py`` builds a :class:`Backend` holding the
three role generators. The render graph only talks to these protocols, so the previz animatic and
the diffusers GPU path are interchangeable, and so is any third-party backend registered with
:func:`generators.registry.register_backend`.

Every generator writes its artifact to the ``out_path`` it is given (the artifact store picks the
name and does the atomic rename) and returns a small typed result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol, runtime_checkable

from director.plan import Entity, FilmPlan, Scene, Shot

# Progress callback: (fraction 0..1, short message). Generators call it; the CLI and UI show it.
ProgressFn = Callable[[float, str], None]


def no_progress(fraction: float, message: str) -> None:  # noqa: ARG001 - the default sink
    return None


@dataclass(frozen=True)
class RenderSettings:
    """What a render is asked for, beyond the plan. Part of every artifact's cache key."""

    width: int = 1280
    height: int = 720
    fps: int = 24
    seed: int = 0
    preset: str = "default"
    smoothing: bool = True
    takes: int = 1  # best-of-N keyframes, for backends that can score them

    def key_fields(self) -> dict[str, Any]:
        fields = {
            "width": self.width, "height": self.height, "fps": self.fps, "seed": self.seed,
            "preset": self.preset, "smoothing": self.smoothing,
        }
        if self.takes != 1:  # only then: keys of single-take renders stay as they were
            fields["takes"] = self.takes
        return fields


@dataclass(frozen=True)
class ShotContext:
    """One shot with what surrounds it in the plan."""

    plan: FilmPlan
    scene: Scene
    shot: Shot
    index: int  # position in the film, 0-based
    previous: Shot | None  # the shot before it in the film, if any
    # The next shot's keyframe when the next shot continues this one (``continuous``): a model
    # that takes an end frame ends this shot on it. Set by the render for chaining backends.
    next_keyframe: Path | None = None

    @property
    def entities(self) -> list[Entity]:
        return [self.plan.entity(eid) for eid in self.shot.entities]


@dataclass
class ImageResult:
    path: Path
    seconds: float
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Carry:
    """What a shot hands to the next one across a ``continuous`` boundary (for smoothing).

    ``last_frame`` is the decoded last frame (PNG). ``last_latents`` is a backend-specific
    tensor file (for example a safetensors file) with the shot's final latent frames.
    """

    last_frame: Path | None = None
    last_latents: Path | None = None


@dataclass
class ClipResult:
    path: Path  # the encoded shot clip (H.264 mp4, exactly `frames` frames)
    frames: int
    seconds: float
    carry: Carry = field(default_factory=Carry)
    # Backends with latents report the boundary into this shot (see manifest boundaries[]).
    latent_discontinuity: float | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    # A generator that makes sound with the picture hands it over here (any file ffmpeg decodes).
    # ``audio_role`` says how the mix uses it: "ambience" replaces the shot's procedural ambience
    # (its dialogue is still voiced on top), "effects" joins that ambience, "full" is the shot's
    # whole sound (its dialogue is not voiced again). See director.sound.shot_audio.
    audio: Path | None = None
    audio_role: str = "ambience"


@runtime_checkable
class IdentityGenerator(Protocol):
    def generate(
        self, entity: Entity, plan: FilmPlan, settings: RenderSettings, out_path: Path,
        progress: ProgressFn = no_progress,
    ) -> ImageResult:
        """Draw the identity reference of one entity (a character sheet, a prop, a place)."""


@runtime_checkable
class KeyframeGenerator(Protocol):
    def generate(
        self, ctx: ShotContext, references: dict[str, Path], settings: RenderSettings,
        out_path: Path, progress: ProgressFn = no_progress,
    ) -> ImageResult:
        """Make the first frame of a shot from its spec and the references of its entities."""


@runtime_checkable
class ShotGenerator(Protocol):
    def generate(
        self, ctx: ShotContext, keyframe: Path, references: dict[str, Path],
        settings: RenderSettings, out_path: Path, carry_in: Carry | None = None,
        progress: ProgressFn = no_progress,
    ) -> ClipResult:
        """Make the shot's clip from its keyframe. ``carry_in`` is the previous shot's carry when
        the boundary into this shot is smoothed (``continuous``), else ``None``."""


@dataclass
class Backend:
    """A named set of the three role generators.

    ``version`` goes into every cache key: bump it when the backend's output changes for the same
    inputs. ``chains_shots`` says the shot generator needs the previous shot's :class:`Carry` at
    continuous boundaries, so those shots render in order rather than in parallel.
    ``context_inputs`` names what a shot's keyframe and clip take from outside the shot's own
    spec (its scene's other shots, entities it does not show); it joins their cache keys, so an
    edit there re-renders the shots it changes.
    """

    name: str
    version: str
    identity: IdentityGenerator
    keyframe: KeyframeGenerator
    shot: ShotGenerator
    preset: str = "default"
    chains_shots: bool = False
    notice: str = ""  # shown to the user once per run, e.g. "tiny preset: frames are noise"
    describe: dict[str, Any] = field(default_factory=dict)  # model ids etc. for the manifest
    context_inputs: Callable[[ShotContext, RenderSettings], dict[str, Any]] | None = None

    def close(self) -> None:
        """Release models or processes. Called once at the end of a render."""
        for gen in (self.identity, self.keyframe, self.shot):
            close = getattr(gen, "close", None)
            if callable(close):
                close()
