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


# Breathing room around spoken lines inside a shot (seconds).
SPEECH_LEAD_S = 0.3  # before the first line
SPEECH_GAP_S = 0.25  # between lines
SPEECH_TAIL_S = 0.5  # after the last line
_MAX_EXTRA_LEAD_S = 0.7  # a longer shot's spare time goes to the gaps and the end, not the start


def speech_seconds_needed(lengths: list[float]) -> float:
    """How long a shot must last to hold lines of these spoken lengths with breathing room."""
    if not lengths:
        return 0.0
    return SPEECH_LEAD_S + sum(lengths) + SPEECH_GAP_S * (len(lengths) - 1) + SPEECH_TAIL_S


def speech_layout(duration_s: float, lengths: list[float]) -> list[tuple[float, float]]:
    """(start, end) of each spoken line in a shot of ``duration_s``, in seconds from its start.

    Spare time is shared between the lead-in, the gaps and the tail (the lead-in gets at most
    0.7 s more). When lines do not fit, the breathing room shrinks first; a line is clipped at
    the shot's end only when the speech alone is longer than the shot.
    """
    if not lengths:
        return []
    n = len(lengths)
    room = [SPEECH_LEAD_S] + [SPEECH_GAP_S] * (n - 1) + [SPEECH_TAIL_S]
    spare = duration_s - sum(lengths) - sum(room)
    if spare >= 0:
        share = spare / (n + 1)
        lead_extra = min(share, _MAX_EXTRA_LEAD_S)
        rest = (spare - lead_extra) / n
        room = [room[0] + lead_extra] + [r + rest for r in room[1:]]
    else:
        scale = max(0.0, (duration_s - sum(lengths)) / sum(room))
        room = [r * scale for r in room]
    spans, cursor = [], room[0]
    for i, length in enumerate(lengths):
        start, end = min(cursor, duration_s), min(cursor + length, duration_s)
        spans.append((round(start, 4), round(end, 4)))
        cursor += length + room[i + 1]
    return spans


def dialogue_spans(shot: Shot, plan: FilmPlan | None = None) -> list[tuple[float, float, int]]:
    """When each dialogue line is spoken, in seconds from the shot's start: (start, end, line index).

    With the plan, spans are the real speech of each line in its character's voice (see
    :func:`speech_layout`), so audio, burned-in subtitles and subtitles.srt agree. Without it,
    lines share the shot in proportion to their length (a reading-time layout for callers that
    have no plan).
    """
    if not shot.dialogue:
        return []
    if plan is not None:
        from director.sound.cast import line_seconds  # local: speech loads the engines

        lengths = [line_seconds(plan, line) for line in shot.dialogue]
        return [(a, b, i) for i, (a, b) in enumerate(speech_layout(shot.duration_s, lengths))]
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
