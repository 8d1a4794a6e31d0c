"""Where a saved web page says it was published: ``<link rel="canonical" href=…>``,
``<meta property="og:url" content=…>`` or the comment a browser writes when it saves a page
(``<!-- saved from url=(0052)https://… -->``). Only http and https addresses count."""

from __future__ import annotations

import html
import re

from graphbuild.sources.manifest import web_address

HEAD_REACH = 200_000  # the head, where these stand, is within the first characters of a page

_TAG = re.compile(r"(?is)<(?:link|meta)\b[^>]{0,2000}>")
_ATTRIBUTE = re.compile(r"""(?is)([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_SAVED_FROM = re.compile(r"(?i)<!--\s*saved from url=\(\d{1,5}\)(\S+?)\s*-->")


def _attributes(tag: str) -> dict[str, str]:
    return {
        match[1].lower(): html.unescape(match[2] or match[3] or match[4] or "") for match in _ATTRIBUTE.finditer(tag)
    }


def page_address(markup: str) -> str | None:
    """The page's own address: its canonical link, else its og:url, else the saved-from comment."""
    head = markup[:HEAD_REACH]
    canonical = og = None
    for match in _TAG.finditer(head):
        attributes = _attributes(match[0])
        if canonical is None and "canonical" in attributes.get("rel", "").lower().split():
            canonical = web_address(attributes.get("href"))
        if og is None and attributes.get("property", "").lower() == "og:url":
            og = web_address(attributes.get("content"))
    saved = _SAVED_FROM.search(head)
    return canonical or og or (web_address(saved[1]) if saved else None)
