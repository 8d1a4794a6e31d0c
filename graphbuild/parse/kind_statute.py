"""A statute's or standing orders' paragraphs read as agenda items ("§ 3", "1.1 Formål", "Kapitel 2"): the document
is headed by the statute's title, naming whose it is ("Vedtægter for Kulturelt Forum", "Styrelsesvedtægt for Brøndby
Kommune", "Forretningsorden for …", "Standardvedtægter for den lokale aktionsgruppe") or in capitals ("VEDTÆGTER.
for. Trekantområdets Varmetransmissionsselskab I/S"), among its first lines. Four dev-write publishers head a page
so, none of them minutes or an agenda; a sentence about a statute, a site's menu entry ("Vedtægter" alone) and an
item's title after its number ("40 Forretningsorden for Handicaprådet") are no heading of the document."""

from __future__ import annotations

import re

_TITLE = re.compile(
    r"(?:Vedtægt(?:er)?|[A-ZÆØÅ][a-zæøå]+vedtægt(?:er)?|Forretningsorden)\.?[ \t]+for\b"
    r"|[A-ZÆØÅ]*VEDTÆGT(?:ER)?\b|FORRETNINGSORDEN\b"
)
_FIRST_LINES = 5  # a page's heading, the sentence or two over the statute's own title
# a title, never a sentence about the statute ("Forretningsorden for X er opdateret 19. august 2019.")
_TITLE_WORDS = 12


def statute_title(text: str) -> bool:
    """Whether one of the document's first lines is a statute's or standing orders' title."""
    lines = [line.strip() for line in text[:3000].split("\n") if line.strip()][:_FIRST_LINES]
    return any(_TITLE.match(line) and _is_title(line) for line in lines)


def _is_title(line: str) -> bool:
    return len(line.split()) <= _TITLE_WORDS and not line.endswith(".")
