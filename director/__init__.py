"""director: turn a story into a multi-shot film.

    from director import plan_film, render_film
    plan = plan_film("A lighthouse keeper finds a message in a bottle, 6 shots")
    result = render_film(plan, "out/bottle")
"""

from director.plan import FilmPlan, load_plan, parse_plan

__all__ = ["FilmPlan", "as_plan", "load_plan", "parse_plan", "plan_film", "plan_story_outcome",
           "render_film", "save_plan"]
__version__ = "0.1.0"

_API = ("as_plan", "plan_film", "plan_story_outcome", "render_film", "save_plan")


def __getattr__(name: str):
    # The API pulls in the render graph and the generators, and generators.base needs
    # director.plan: importing it lazily lets `import generators.base` (or any generator module)
    # come first without a circular import.
    if name in _API:
        from director import api

        return getattr(api, name)
    raise AttributeError(f"module 'director' has no attribute {name!r}")
