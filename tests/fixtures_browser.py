"""Headless Chromium for the visualization tests (Debian's chromium driven by Playwright).

One browser per test session, found and started by ``kommunegraf_viz.browser`` (the one home of
the launch arguments). Outside CI a missing chromium skips with a reason; under CI=true it fails
(``require``). ``load_page`` opens a written HTML file and records what a test must check:
console errors, uncaught page errors, dialogs (an alert means injected script ran) and every
request that leaves the file (anything not file:// or data:).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fixtures_shared import REPO, require

from kommunegraf_viz.browser import chromium_path, launch_chromium

TEST_OUTPUT = REPO / "test-output"


@dataclass
class LoadedPage:
    page: Any  # playwright.sync_api.Page
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)

    def screenshot(self, name: str) -> Path:
        TEST_OUTPUT.mkdir(exist_ok=True)
        target = TEST_OUTPUT / name
        self.page.screenshot(path=str(target))
        return target


@pytest.fixture(scope="session")
def chromium() -> str:
    path = chromium_path()
    require(path is not None, "chromium not installed (scripts/test installs Debian's chromium)")
    assert path is not None
    return path


@pytest.fixture(scope="session")
def browser(chromium: str) -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "python playwright is not installed")
        raise
    with sync_playwright() as pw:
        instance = launch_chromium(pw, chromium)
        try:
            yield instance
        finally:
            instance.close()


def open_page(browser: Any, html_file: Path, *, ready_timeout_ms: int = 60_000) -> LoadedPage:
    """Open ``html_file`` in a fresh page and wait until the network has drawn once."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    loaded = LoadedPage(page)
    page.on("console", lambda msg: loaded.console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: loaded.page_errors.append(str(exc)))

    def on_dialog(dialog: Any) -> None:
        loaded.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)

    def on_request(request: Any) -> None:
        if not request.url.startswith(("file://", "data:")):
            loaded.external_requests.append(request.url)

    page.on("request", on_request)
    page.goto(html_file.resolve().as_uri())
    # the pages forbid eval (CSP), which wait_for_function needs while it polls: wait on the DOM
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=ready_timeout_ms)
    return loaded


@pytest.fixture
def load_page(browser: Any) -> Iterator[Callable[[Path], LoadedPage]]:
    opened: list[LoadedPage] = []

    def load(html_file: Path) -> LoadedPage:
        loaded = open_page(browser, html_file)
        opened.append(loaded)
        return loaded

    yield load
    for loaded in opened:
        loaded.page.close()
