"""Backend registry: name -> factory. Built-ins register here; third parties call register_backend.

Factories import their heavy dependencies lazily so `director run` with the previz backend never
imports torch.
"""

from __future__ import annotations

from typing import Callable

from generators.base import Backend, RenderSettings

BackendFactory = Callable[[str | None, RenderSettings], Backend]

_FACTORIES: dict[str, BackendFactory] = {}


class UnknownBackendError(ValueError):
    pass


def register_backend(name: str, factory: BackendFactory) -> None:
    _FACTORIES[name] = factory


def backend_names() -> list[str]:
    _register_builtins()
    return sorted(_FACTORIES)


def create_backend(name: str, preset: str | None, settings: RenderSettings) -> Backend:
    """Build a backend by name. Raises UnknownBackendError naming the choices."""
    _register_builtins()
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise UnknownBackendError(
            f"unknown backend '{name}' (choose from: {', '.join(sorted(_FACTORIES))})"
        ) from None
    return factory(preset, settings)


def _register_builtins() -> None:
    _load_plugins()
    if "previz" not in _FACTORIES:
        def _previz(preset: str | None, settings: RenderSettings) -> Backend:
            from generators.previz.backend import create_previz_backend

            return create_previz_backend(preset, settings)

        _FACTORIES["previz"] = _previz
    if "diffusers" not in _FACTORIES:
        def _diffusers(preset: str | None, settings: RenderSettings) -> Backend:
            from generators.diffusers.backend import create_diffusers_backend

            return create_diffusers_backend(preset, settings)

        _FACTORIES["diffusers"] = _diffusers


_plugins_loaded = False


def _load_plugins() -> None:
    """Third-party backends register through the `director.backends` entry-point group:
    each entry point names a factory `(preset, settings) -> Backend`."""
    global _plugins_loaded
    if _plugins_loaded:
        return
    _plugins_loaded = True
    from importlib.metadata import entry_points

    for ep in entry_points(group="director.backends"):
        if ep.name not in _FACTORIES:
            _FACTORIES[ep.name] = ep.load()
