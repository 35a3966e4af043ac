"""Where each shot sits in the assembled film.

Shots are rendered with exactly ``round(duration_s * fps)`` frames. A ``dissolve`` overlaps the
two shots by ``DISSOLVE_S`` (capped at a quarter of the shorter shot); ``fade`` dips to black
inside the two shots without overlapping; ``cut`` and ``continuous`` butt the shots together.
Assembly, subtitles and evaluation all read this one timeline so they agree to the frame.
"""

from __future__ import annotations

from dataclasses import dataclass

from director.plan import FilmPlan, Shot

DISSOLVE_S = 0.5
FADE_S = 0.4  # each side of a fade-through-black


def shot_frames(duration_s: float, fps: int) -> int:
    return max(1, round(duration_s * fps))


def dissolve_frames(prev_frames: int, next_frames: int, fps: int) -> int:
    return max(1, min(round(DISSOLVE_S * fps), prev_frames // 4, next_frames // 4))


def fade_frames(prev_frames: int, next_frames: int, fps: int) -> int:
    return max(1, min(round(FADE_S * fps), prev_frames // 3, next_frames // 3))


@dataclass(frozen=True)
class ShotSpan:
    shot_id: str
    start_frame: int
    frames: int
    transition: str  # into this shot
    overlap_frames: int  # frames shared with the previous shot (dissolve only)

    def start_s(self, fps: int) -> float:
        return self.start_frame / fps

    def end_s(self, fps: int) -> float:
        return (self.start_frame + self.frames) / fps


@dataclass(frozen=True)
class Timeline:
    fps: int
    spans: list[ShotSpan]

    @property
    def total_frames(self) -> int:
        if not self.spans:
            return 0
        last = self.spans[-1]
        return last.start_frame + last.frames

    @property
    def duration(self) -> float:
        return self.total_frames / self.fps

    def hard_cut_times(self) -> list[float]:
        """Film times (s) of the planned visible cuts: 'cut' boundaries only."""
        return [s.start_s(self.fps) for s in self.spans[1:] if s.transition == "cut"]


def film_timeline(plan: FilmPlan) -> Timeline:
    fps = plan.fps
    spans: list[ShotSpan] = []
    cursor = 0
    prev_frames = 0
    for i, shot in enumerate(plan.shots()):
        frames = shot_frames(shot.duration_s, fps)
        transition = "cut" if i == 0 else shot.transition
        overlap = dissolve_frames(prev_frames, frames, fps) if (i and transition == "dissolve") else 0
        start = cursor - overlap
        spans.append(ShotSpan(shot.id, start, frames, transition, overlap))
        cursor = start + frames
        prev_frames = frames
    return Timeline(fps, spans)


def dialogue_spans(shot: Shot) -> list[tuple[float, float, int]]:
    """When each dialogue line shows, in seconds from the shot's start: (start, end, line index).

    Lines share the shot in proportion to their length (at least a second's worth each), with a
    short gap between them. Backends that burn subtitles in and subtitles.srt both use this, so
    the two agree.
    """
    if not shot.dialogue:
        return []
    weights = [max(12, len(line.text)) for line in shot.dialogue]
    total = float(sum(weights))
    gap = min(0.15, shot.duration_s / (len(weights) * 10))
    spans = []
    start = 0.0
    for i, wgt in enumerate(weights):
        end = start + shot.duration_s * wgt / total
        spans.append((start, end - gap if i < len(weights) - 1 else end, i))
        start = end
    return spans
