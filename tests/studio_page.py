"""The studio served on 127.0.0.1 and opened in Debian's chromium through Playwright: the set-up
every browser test shares."""

from __future__ import annotations

import os
import socket
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

CHROMIUM = os.environ.get("DIRECTOR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def studio_page(root: Path, height: int = 900, timeout_ms: int = 60_000) -> Iterator:
    """A Playwright page on a studio launched over ``root``; everything is closed on exit."""
    from playwright import sync_api

    from director.studio import launch

    port = free_port()
    demo = launch(port=port, root=root, prevent_thread_lock=True, quiet=True)
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": height})
                page.set_default_timeout(timeout_ms)
                page.goto(f"http://127.0.0.1:{port}/")
                yield page
            finally:
                browser.close()
    finally:
        demo.close()


def pick(page, dropdown: str, option: str) -> None:
    """Choose ``option`` in the Gradio dropdown ``dropdown`` (a CSS selector)."""
    page.click(f"{dropdown} input")
    page.get_by_role("option", name=option, exact=True).click()
