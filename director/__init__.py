"""director: turn a story into a multi-shot film.

    from director import plan_film, render_film
    plan = plan_film("A lighthouse keeper finds a message in a bottle, 6 shots")
    result = render_film(plan, "out/bottle")
"""

from director.api import as_plan, plan_film, plan_story_outcome, render_film, save_plan
from director.plan import FilmPlan, load_plan, parse_plan

__all__ = ["FilmPlan", "as_plan", "load_plan", "parse_plan", "plan_film", "plan_story_outcome",
           "render_film", "save_plan"]
__version__ = "0.1.0"
