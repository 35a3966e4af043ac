"""The storyboard studio: a Gradio app over director's Python API.

    python app.py [--host 127.0.0.1] [--port 7860] [--auth user:pass]
    director ui   (the same)

Named API endpoints for gradio_client: /plan (story text → plan JSON), /render (plan JSON → film).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from director.errors import InputError, RunError

if TYPE_CHECKING:
    import gradio as gr

__all__ = ["build_app", "launch", "parse_auth"]


def build_app(root: str | Path | None = None, api_backend: str = "previz") -> "gr.Blocks":
    """The studio page (not launched); see director.studio.layout.build_app."""
    from director.studio.layout import build_app as _build

    return _build(root, api_backend)


def parse_auth(auth: str | None) -> tuple[str, str] | None:
    """'user:pass' → ("user", "pass"); None stays None."""
    if auth is None:
        return None
    user, sep, password = auth.partition(":")
    if not sep or not user or not password:
        raise InputError("--auth must look like user:password")
    return user, password


def launch(host: str = "127.0.0.1", port: int = 7860, auth: str | None = None, *,
           root: str | Path | None = None, prevent_thread_lock: bool = False,
           quiet: bool = False) -> "gr.Blocks":
    """Serve the studio on host:port (127.0.0.1 by default: only this machine can reach it).

    Args:
        host: interface to bind; use 0.0.0.0 only to share it on purpose (then set `auth`).
        port: TCP port.
        auth: "user:password" to require a login.
        root: where session run folders go (default $DIRECTOR_STUDIO_DIR or ./studio-runs).
        prevent_thread_lock: return right after starting (tests, notebooks).
        quiet: no startup banner.

    Returns the launched gr.Blocks (call .close() to stop it).
    """
    from director.studio.cards import CARDS_CSS
    from director.studio.runs import MAX_UPLOAD, studio_root

    credentials = parse_auth(auth)
    if not 1 <= port <= 65535:
        raise InputError(f"--port {port} must be between 1 and 65535")
    folder = studio_root(root)
    demo = build_app(folder)
    # One slot per event by default; generator work shares the "gpu" slot (see layout).
    demo.queue(default_concurrency_limit=1, max_size=64)
    try:
        demo.launch(server_name=host, server_port=port, auth=credentials, allowed_paths=[str(folder)],
                    max_file_size=MAX_UPLOAD, css=CARDS_CSS, prevent_thread_lock=prevent_thread_lock,
                    quiet=quiet, share=False, footer_links=["api"], show_error=True)
    except OSError as err:  # the port is taken, or the host is not an address of this machine
        raise RunError(f"cannot serve the studio on {host}:{port}: {err}") from None
    return demo
