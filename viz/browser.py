"""Headless Chromium as the tests and benchmarks open the pages: where it is and how it starts.

The pages themselves need no browser to be written; this is the one place that says which
Chromium is used (``$CHROMIUM``, else Debian's) and with which launch arguments.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium_path() -> str | None:
    """``$CHROMIUM``, Debian's /usr/bin/chromium, or a chromium on the PATH; None when none is installed."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def launch_chromium(playwright: Any, executable: str) -> Any:
    """A headless Chromium browser (playwright.sync_api.Browser) started from ``executable``."""
    return playwright.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS))
