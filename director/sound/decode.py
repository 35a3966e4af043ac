"""Read any audio file PyAV (ffmpeg's libraries) can decode as 48 kHz stereo float32.

Used for the user's music bed (``--music FILE``) and for sound stems that generators make.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from director.sound.dsp import SAMPLE_RATE


class UndecodableAudio(ValueError):
    """The file is missing, has no audio stream, or its audio cannot be decoded."""


def decode_audio(path: Path, max_seconds: float | None = None) -> np.ndarray:
    """(samples, 2) float32 at 48 kHz; at most `max_seconds` of it when given."""
    import av

    path = Path(path)
    if not path.is_file():
        raise UndecodableAudio(f"{path} does not exist")
    limit = None if max_seconds is None else int(max_seconds * SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    got = 0
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise UndecodableAudio(f"{path.name} has no audio stream")
            resampler = av.AudioResampler(format="flt", layout="stereo", rate=SAMPLE_RATE)
            for frame in container.decode(audio=0):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray().reshape(-1, 2))
                    got += chunks[-1].shape[0]
                if limit is not None and got >= limit:
                    break
            else:
                for out in resampler.resample(None):
                    chunks.append(out.to_ndarray().reshape(-1, 2))
    except UndecodableAudio:
        raise
    except (av.error.FFmpegError, ValueError, OSError) as err:
        reason = getattr(err, "strerror", None) or str(err)
        raise UndecodableAudio(f"{path.name} is not audio ffmpeg can decode ({reason})") from None
    audio = np.concatenate(chunks).astype(np.float32) if chunks else np.zeros((0, 2), np.float32)
    if audio.shape[0] == 0:
        raise UndecodableAudio(f"{path.name} holds no audio samples")
    return audio[:limit] if limit is not None else audio


def check_audio_file(path: Path) -> None:
    """Raise UndecodableAudio unless the file's first second decodes."""
    decode_audio(path, max_seconds=1.0)
