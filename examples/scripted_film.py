"""A scripted film with the Python API: plan a logline, adjust the plan in code, render, evaluate.

    python examples/scripted_film.py out/scripted
"""

import sys
from pathlib import Path

from director import plan_film, render_film
from director.eval import run_eval

out = Path(sys.argv[1] if len(sys.argv) > 1 else "out/scripted")

plan = plan_film("A robot finds a flower in a ruined city and carries it to the sea, 6 shots, about 30 seconds",
                 planner="heuristic", resolution="640x360", fps=24)

# Plans are plain pydantic models: change anything before rendering.
plan.style = "muted dusk palette, long lenses"
last = plan.shots()[-1]
last.camera.move, last.camera.direction, last.camera.speed = "crane", "up", "slow"

result = render_film(plan, out, backend="previz", on_event=lambda e: None)
print(f"film: {result.film} ({result.manifest['film']['duration_s']} s), rendered {len(result.rendered)} shots")

report = run_eval(out)
print("planned cuts found:", len(report["cuts"]["matched"]), "of", len(report["cuts"]["planned"]))

# The film as a moviepy clip, picture and sound, to compose further: here a trailer of the
# first and last three seconds, with the sound fading out at the end.
from moviepy import concatenate_videoclips
from moviepy.audio.fx import AudioFadeOut

with result.clip() as film:
    trailer = concatenate_videoclips([film.subclipped(0, 3), film.subclipped(film.duration - 3)])
    trailer = trailer.with_audio(trailer.audio.with_effects([AudioFadeOut(1.0)]))
    trailer.write_videofile(str(out / "trailer.mp4"), audio_codec="aac", logger=None)
print(f"trailer: {out / 'trailer.mp4'}")
