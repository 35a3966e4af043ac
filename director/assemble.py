"""Assembly: shot clips → film.mp4 (H.264, yuv420p, +faststart) and subtitles.srt.

The heavy lifting is one ffmpeg command, not per-frame Python compositing (moviepy composites
every frame in numpy; one ffmpeg filtergraph is several times faster). When every boundary is a
cut or continuous, clips encoded with identical settings are joined with the concat demuxer and
no re-encode at all. Dissolves become ``xfade``; fades dip to black with ``fade`` on both sides.
Every output is written to a temp name and renamed when complete.
"""

from __future__ import annotations

import os
from pathlib import Path

from director.plan import FilmPlan
from director.store import atomic_write_text
from director.timeline import Timeline, fade_frames, film_timeline
from director.video import run_ffmpeg, x264_args


def assemble_film(plan: FilmPlan, clips: dict[str, Path], out_path: Path) -> Timeline:
    """Join the clips of `plan` (shot id → clip path) into `out_path` following the timeline."""
    timeline = film_timeline(plan)
    missing = [s.shot_id for s in timeline.spans if s.shot_id not in clips]
    if missing:
        raise ValueError(f"no clip for shot(s) {missing}")
    tmp = out_path.with_name(f".{out_path.stem}.tmp{out_path.suffix}")
    try:
        if all(s.transition in ("cut", "continuous") for s in timeline.spans):
            _concat_copy([clips[s.shot_id] for s in timeline.spans], tmp)
        else:
            _filtergraph(timeline, clips, tmp)
        os.replace(tmp, out_path)
    finally:
        tmp.unlink(missing_ok=True)
    return timeline


def _concat_copy(paths: list[Path], out: Path) -> None:
    listing = out.with_suffix(".txt")
    # The concat demuxer's list format: one `file '<path>'` line per clip, quotes escaped.
    lines = ["file '" + str(p.resolve()).replace("'", "'\\''") + "'" for p in paths]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        run_ffmpeg(["-f", "concat", "-safe", "0", "-i", str(listing), "-c", "copy",
                    "-movflags", "+faststart", "-f", "mp4", str(out)])
    finally:
        listing.unlink(missing_ok=True)


def _filtergraph(timeline: Timeline, clips: dict[str, Path], out: Path) -> None:
    fps = timeline.fps
    spans = timeline.spans
    args: list[str] = []
    for span in spans:
        args += ["-i", str(clips[span.shot_id])]
    parts: list[str] = []
    for i, span in enumerate(spans):
        chain = f"[{i}:v]settb=AVTB,setpts=N/{fps}/TB,format=yuv420p"
        if i and span.transition == "fade":
            f = fade_frames(spans[i - 1].frames, span.frames, fps)
            chain += f",fade=t=in:s=0:n={f}"
        if i + 1 < len(spans) and spans[i + 1].transition == "fade":
            f = fade_frames(span.frames, spans[i + 1].frames, fps)
            chain += f",fade=t=out:s={span.frames - f}:n={f}"
        parts.append(f"{chain}[v{i}]")
    acc, acc_frames = "v0", spans[0].frames
    for i, span in enumerate(spans[1:], start=1):
        label = f"a{i}"
        if span.transition == "dissolve":
            # Half a frame early so float rounding never starts the blend one frame late.
            offset = (acc_frames - span.overlap_frames - 0.5) / fps
            parts.append(f"[{acc}][v{i}]xfade=transition=fade:duration={span.overlap_frames / fps}"
                         f":offset={offset}[{label}]")
            acc_frames += span.frames - span.overlap_frames
        else:
            parts.append(f"[{acc}][v{i}]concat=n=2:v=1:a=0[{label}]")
            acc_frames += span.frames
        acc = label
    run_ffmpeg([*args, "-filter_complex", ";".join(parts), "-map", f"[{acc}]", "-an",
                *x264_args(fps), "-frames:v", str(timeline.total_frames), "-f", "mp4", str(out)])


def _srt_time(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def subtitle_cues(plan: FilmPlan) -> list[tuple[float, float, str]]:
    """(start s, end s, text) for each dialogue line, spread evenly over its shot's span."""
    timeline = film_timeline(plan)
    spans = {s.shot_id: s for s in timeline.spans}
    cues = []
    for shot in plan.shots():
        if not shot.dialogue:
            continue
        span = spans[shot.id]
        start, length = span.start_s(plan.fps), span.frames / plan.fps
        step = length / len(shot.dialogue)
        for i, line in enumerate(shot.dialogue):
            cues.append((start + i * step, start + (i + 1) * step - 0.05, f"{line.speaker}: {line.text}"))
    return cues


def write_srt(plan: FilmPlan, path: Path) -> int:
    cues = subtitle_cues(plan)
    blocks = [f"{n}\n{_srt_time(a)} --> {_srt_time(b)}\n{text}\n" for n, (a, b, text) in enumerate(cues, 1)]
    atomic_write_text(path, "\n".join(blocks))
    return len(cues)
