"""The Python API: everything the CLI and the studio do, callable from a script.

    from director import plan_film, render_film
    plan = plan_film("A lighthouse keeper finds a message in a bottle. 6 shots.")
    result = render_film(plan, "out/bottle")
    print(result.film, result.manifest["timings"])

Data flows one way: story → FilmPlan → artifacts → film.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from typing import TYPE_CHECKING

from director.errors import InputError
from director.plan import FilmPlan, PlanError, load_plan, parse_plan
from director.render.run import RenderOptions, RenderResult, render_plan
from director.store import atomic_write_text

if TYPE_CHECKING:  # planning imports stay lazy: rendering a plan.json never loads the planners
    from director.ingest import Story
    from director.planning.graph import PlanOutcome

ProgressFn = Callable[[str, str], None]


def load_story(story: "str | Path | Story") -> "Story":
    """A Story from a Story, a path to a story file, or the story text itself."""
    from director.ingest import Story, parse_story, read_story

    if isinstance(story, Story):
        return story
    if isinstance(story, Path):
        return read_story(story)
    return parse_story(story)


def plan_film(story: "str | Path | Story", *, planner: str = "auto", fps: int = 24,
              resolution: str = "1280x720", seed: int = 0, style: str = "",
              on_progress: ProgressFn | None = None) -> FilmPlan:
    """Plan a film from a story (text, a path, or a Story). Returns the validated FilmPlan."""
    return plan_story_outcome(story, planner=planner, fps=fps, resolution=resolution, seed=seed,
                              style=style, on_progress=on_progress).plan


def plan_story_outcome(story: "str | Path | Story", *, planner: str = "auto", fps: int = 24,
                       resolution: str = "1280x720", seed: int = 0, style: str = "",
                       on_progress: ProgressFn | None = None,
                       out_dir: str | Path | None = None) -> "PlanOutcome":
    """Like plan_film, but also says which planner ran and what it warned about.
    With `out_dir`, the LLM planner's transcript goes to OUT/llm_log.jsonl."""
    from director.planning.graph import PlanOptions, plan_story

    options = PlanOptions(fps=fps, resolution=resolution, seed=seed, style=style)
    return plan_story(load_story(story), planner=planner, options=options, on_progress=on_progress,
                      out_dir=Path(out_dir) if out_dir is not None else None)


def as_plan(plan: FilmPlan | dict | str | Path) -> FilmPlan:
    """A FilmPlan from a FilmPlan, a dict, JSON text, or a plan.json path."""
    try:
        if isinstance(plan, FilmPlan):
            return plan
        if isinstance(plan, Path):
            return load_plan(plan)
        return parse_plan(plan)
    except PlanError as err:
        raise InputError(str(err)) from None


def render_film(plan: FilmPlan | dict | str | Path, out_dir: str | Path, *, backend: str = "previz",
                preset: str | None = None, seed: int | None = None, resolution: str | None = None,
                fps: int | None = None, smoothing: bool = True, executor: str = "local",
                ray_address: str | None = None, resume: bool = False,
                on_event: Callable[[dict], None] | None = None, planner: str = "",
                audio: bool = True, music: str | Path | None = None) -> RenderResult:
    """Render a plan into `out_dir`. Reuses every artifact in that folder whose inputs did not
    change, so re-rendering an edited plan redoes only the shots the edit touched. `audio`
    voices the dialogue over ambience (False: a silent film); `music` adds a ducked music bed."""
    options = RenderOptions(backend=backend, preset=preset, seed=seed, resolution=resolution, fps=fps,
                            smoothing=smoothing, executor=executor, ray_address=ray_address,
                            planner=planner, audio=audio, music=str(music) if music else None)
    return render_plan(as_plan(plan), Path(out_dir), options, resume=resume, on_event=on_event)


def save_plan(plan: FilmPlan, path: str | Path) -> Path:
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, plan.to_json())
    return path
