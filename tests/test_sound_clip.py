"""RenderResult.clip(): the film as a moviepy clip, picture and sound, composed further."""

import av
import numpy as np

from director.plan import parse_plan
from director.render.run import RenderOptions, render_plan


def test_render_result_clip_composes_with_its_sound(tmp_path, solid):
    plan = parse_plan({
        "title": "t", "fps": 12, "resolution": "320x180",
        "entities": [{"id": "ana", "name": "Ana", "kind": "character"}],
        "scenes": [{"id": "a", "heading": "INT. KITCHEN - NIGHT", "shots": [
            {"id": "s1", "description": "Ana waits", "duration_s": 2.5, "entities": ["ana"],
             "dialogue": [{"speaker": "Ana", "text": "Are you there?"}]},
            {"id": "s2", "description": "the door", "duration_s": 1.5, "transition": "dissolve"}]}],
    })
    result = render_plan(plan, tmp_path / "out", RenderOptions(backend="solid"))
    from moviepy import concatenate_videoclips

    with result.clip() as film:
        assert abs(film.duration - result.manifest["film"]["duration_s"]) < 0.1
        assert film.audio is not None
        sound = film.audio.to_soundarray(fps=16000)
        loud = np.sqrt(np.mean(sound[int(0.3 * 16000):int(2.0 * 16000)] ** 2))
        assert 20 * np.log10(loud) > -35  # the line is in the clip's sound
        double = concatenate_videoclips([film.subclipped(0, 1.0), film])
        double.write_videofile(str(tmp_path / "double.mp4"), audio_codec="aac", logger=None)
    with av.open(str(tmp_path / "double.mp4")) as container:
        assert len(container.streams.audio) == 1
        video = container.streams.video[0]
        assert abs(video.frames / float(video.average_rate) - (1.0 + film.duration)) < 0.2
