"""Assembly: shot clips → film.mp4 (H.264, yuv420p, +faststart) and subtitles.srt.

The film is cut into pieces that each depend on as little as possible, and the pieces are joined
with ffmpeg's concat demuxer without re-encoding (every piece uses the same encoder settings):

- a shot with no dissolve or fade at either end is its clip, copied as is;
- a shot next to a fade is its clip re-encoded with ``fade`` in and/or out (dip to black);
- a dissolve is its own piece: the overlapping frames of the two clips blended with ``xfade``,
  and the shots on either side are re-encoded without those frames.

With an artifact store, pieces are kept under keys made from the clips they come from, so after
editing one shot only that shot's pieces are encoded again; a film of cuts is never re-encoded at
all. The heavy lifting is ffmpeg, never per-frame Python compositing. Every output is written to a
temp name and renamed when complete.

A soundtrack (AAC, as long as the picture, see :mod:`director.sound.mix`) is muxed in the same
ffmpeg pass that joins the pieces; picture and sound are both copied, never re-encoded.
"""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from director.plan import FilmPlan
from director.store import ArtifactStore, atomic_write_text, content_key, file_sha256
from director.timeline import Timeline, dialogue_spans, fade_frames, film_timeline
from director.video import X264_CRF, X264_PRESET, run_ffmpeg, x264_args

SEGMENT_VERSION = 1  # bump when the way pieces are encoded changes


@dataclass(frozen=True)
class Piece:
    """One stretch of the film. ``kind``: "clip" (copied), "range" (frames [start, stop) of one
    clip, re-encoded, with optional fades), "xfade" (the dissolve of two clips' overlap)."""

    kind: str
    shot_ids: tuple[str, ...]
    start: int = 0
    stop: int = 0
    fade_in: int = 0
    fade_out: int = 0
    frames: int = 0


def film_pieces(timeline: Timeline) -> list[Piece]:
    """The film as pieces, in order. Their frame counts add up to the timeline's."""
    spans, fps = timeline.spans, timeline.fps
    pieces: list[Piece] = []
    for i, span in enumerate(spans):
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        head = span.overlap_frames  # frames already shown inside the dissolve piece
        tail = nxt.overlap_frames if nxt is not None else 0
        fade_in = fade_frames(spans[i - 1].frames, span.frames, fps) if i and span.transition == "fade" else 0
        fade_out = fade_frames(span.frames, nxt.frames, fps) if nxt is not None and nxt.transition == "fade" else 0
        if head:
            prev = spans[i - 1]
            # start: where the overlap begins in the previous clip
            pieces.append(Piece("xfade", (prev.shot_id, span.shot_id), start=prev.frames - head,
                                frames=head))
        stop = span.frames - tail
        if head == 0 and tail == 0 and fade_in == 0 and fade_out == 0:
            pieces.append(Piece("clip", (span.shot_id,), 0, stop, frames=stop))
        else:
            pieces.append(Piece("range", (span.shot_id,), head, stop, fade_in, fade_out, stop - head))
    return pieces


def assemble_film(plan: FilmPlan, clips: dict[str, Path], out_path: Path,
                  store: ArtifactStore | None = None, clip_keys: dict[str, str] | None = None,
                  soundtrack: Path | None = None) -> Timeline:
    """Join the clips of `plan` (shot id → clip path) into `out_path` following the timeline.

    With `store`, encoded pieces are reused across assemblies; `clip_keys` (shot id → the clip's
    store key) saves hashing the clips to name them. `soundtrack` (an encoded audio file) becomes
    the film's one audio stream; without it the film is silent.
    """
    timeline = film_timeline(plan)
    missing = [s.shot_id for s in timeline.spans if s.shot_id not in clips]
    if missing:
        raise ValueError(f"no clip for shot(s) {missing}")
    keys = dict(clip_keys or {})
    for sid in {s.shot_id for s in timeline.spans} - set(keys):
        keys[sid] = file_sha256(clips[sid])[:24]
    pieces = film_pieces(timeline)
    tmp = out_path.with_name(f".{out_path.stem}.tmp{out_path.suffix}")
    with tempfile.TemporaryDirectory(prefix="director-assemble-") as scratch:
        pieces_store = store or ArtifactStore(Path(scratch))
        # Two encodes at a time: ffmpeg's x264 is threaded, but short pieces leave cores idle.
        with ThreadPoolExecutor(max_workers=2) as pool:
            paths = list(pool.map(lambda piece: _piece_path(piece, clips, keys, timeline.fps,
                                                           pieces_store), pieces))
        try:
            _concat_copy(paths, tmp, soundtrack)
            os.replace(tmp, out_path)
        finally:
            tmp.unlink(missing_ok=True)
    return timeline


def _piece_path(piece: Piece, clips: dict[str, Path], keys: dict[str, str], fps: int,
                store: ArtifactStore) -> Path:
    if piece.kind == "clip":
        return clips[piece.shot_ids[0]]
    inputs = {
        "role": "segment", "version": SEGMENT_VERSION, "kind": piece.kind,
        "clips": [keys[s] for s in piece.shot_ids], "start": piece.start, "stop": piece.stop,
        "fade_in": piece.fade_in, "fade_out": piece.fade_out, "frames": piece.frames, "fps": fps,
        "encoder": [X264_PRESET, X264_CRF],
    }
    return store.get_or_make("segment", content_key(inputs), "mp4", inputs,
                             lambda tmp: _encode_piece(piece, clips, fps, tmp)).path


def _encode_piece(piece: Piece, clips: dict[str, Path], fps: int, out: Path) -> None:
    norm = f"settb=AVTB,setpts=N/{fps}/TB,format=yuv420p"
    if piece.kind == "range":
        chain = f"trim=start_frame={piece.start}:end_frame={piece.stop},setpts=PTS-STARTPTS,{norm}"
        if piece.fade_in:
            chain += f",fade=t=in:s=0:n={piece.fade_in}"
        if piece.fade_out:
            chain += f",fade=t=out:s={piece.frames - piece.fade_out}:n={piece.fade_out}"
        args = ["-i", str(clips[piece.shot_ids[0]]), "-vf", chain]
    else:  # xfade: the last `frames` of the first clip dissolve into the first `frames` of the second
        a, b = (clips[s] for s in piece.shot_ids)
        n = piece.frames
        graph = (f"[0:v]trim=start_frame={piece.start},setpts=PTS-STARTPTS,{norm}[a];"
                 f"[1:v]trim=end_frame={n},setpts=PTS-STARTPTS,{norm}[b];"
                 # Blend weights centred on each frame ((k + 0.5) / n of the second clip on
                 # frame k), so the dissolve is symmetric and frame-exact at any length.
                 f"[a][b]xfade=transition=custom:duration={n / fps}:offset=0:"
                 f"expr='A*clip(P-{0.5 / n},0,1)+B*(1-clip(P-{0.5 / n},0,1))'[v]")
        args = ["-i", str(a), "-i", str(b), "-filter_complex", graph, "-map", "[v]"]
    run_ffmpeg([*args, "-an", *x264_args(fps), "-frames:v", str(piece.frames), "-f", "mp4", str(out)])


def _concat_copy(paths: list[Path], out: Path, soundtrack: Path | None = None) -> None:
    listing = out.with_suffix(".txt")
    # The concat demuxer's list format: one `file '<path>'` line per piece, quotes escaped.
    lines = ["file '" + str(p.resolve()).replace("'", "'\\''") + "'" for p in paths]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        sound = [] if soundtrack is None else ["-i", str(soundtrack), "-map", "0:v", "-map", "1:a"]
        run_ffmpeg(["-f", "concat", "-safe", "0", "-i", str(listing), *sound, "-c", "copy",
                    "-movflags", "+faststart", "-f", "mp4", str(out)])
    finally:
        listing.unlink(missing_ok=True)


def _srt_time(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def subtitle_cues(plan: FilmPlan) -> list[tuple[float, float, str]]:
    """(start s, end s, text) for each dialogue line in film time: when it is spoken, timed like
    the subtitles that backends burn in and the voices in the soundtrack
    (:func:`director.timeline.dialogue_spans`)."""
    spans = {s.shot_id: s for s in film_timeline(plan).spans}
    cues = []
    for shot in plan.shots():
        offset = spans[shot.id].start_s(plan.fps)
        for start, end, index in dialogue_spans(shot, plan):
            line = shot.dialogue[index]
            cues.append((offset + start, offset + end, f"{line.speaker}: {line.text}"))
    return cues


def write_srt(plan: FilmPlan, path: Path) -> int:
    cues = subtitle_cues(plan)
    blocks = [f"{n}\n{_srt_time(a)} --> {_srt_time(b)}\n{text}\n" for n, (a, b, text) in enumerate(cues, 1)]
    atomic_write_text(path, "\n".join(blocks))
    return len(cues)
