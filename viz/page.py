"""Writes one self-contained HTML file: vis-network (from the pyvis package), CSS, data, script.

pyvis' own template links Bootstrap from a CDN and its Network class checks for duplicates with
list scans (quadratic), so the page is assembled here from pyvis' bundled vis-network instead.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pyvis

from graphbuild.errors import cannot_write

VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
# inside <script>, "<" must never appear raw, or "</script>" in a quote would end the element
JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


@cache
def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@cache
def _vis(name: str) -> str:
    text = (VIS_DIR / name).read_text(encoding="utf-8")
    if re.search(r"</(script|style)", text, re.IGNORECASE):
        raise RuntimeError(f"{name} cannot be inlined: it contains a closing tag")
    return text


def script_json(payload: Any) -> str:
    """JSON that is safe inside a <script> element, whatever strings it carries."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: JSON_ESCAPES[m.group(0)], text)


def page_html(payload: dict[str, Any]) -> str:
    parts = {
        "TITLE": html.escape(str(payload.get("title", "kommunegraf")), quote=True),
        "VIS_CSS": _vis("vis-network.css"),
        "VIS_JS": _vis("vis-network.min.js"),
        "PAGE_CSS": _asset("page.css"),
        "PAGE_JS": _asset("page.js"),
        "DATA": script_json(payload),
    }
    # one pass, so text substituted in is never scanned for placeholders again
    return PLACEHOLDER.sub(lambda m: parts[m.group(1)], _asset("page.html"))


def write_page(payload: dict[str, Any], out: Path) -> Path:
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page_html(payload), encoding="utf-8")
    except OSError as exc:
        raise cannot_write(out, exc) from exc
    return out
