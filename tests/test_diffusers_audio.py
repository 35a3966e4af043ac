"""A model's sound across the segments of one shot (generators.diffusers.audio)."""

import numpy as np

import director  # noqa: F401  (the package first: generators.base imports director.plan)
from generators.diffusers.audio import fit_length, join_segments


def test_segment_audio_joins_without_the_repeated_frame_and_fits_the_shot():
    rate, fps = 800, 8  # 100 samples per frame
    first = np.ones((2, 900))  # 9 frames
    second = np.full((2, 900), 2.0)  # starts on the first one's last frame
    joined = join_segments([first, second], rate, fps)
    assert joined.shape == (2, 1700) and (joined[:, 900:] == 2.0).all()
    assert fit_length(joined, rate, 2.0).shape == (2, 1600)
    padded = fit_length(joined, rate, 2.5)
    assert padded.shape == (2, 2000) and (padded[:, 1700:] == 0).all()
