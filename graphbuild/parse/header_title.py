"""What a web page's own title says of the meeting: its kind, body and day, read as the header reads a heading
("Referat fra møde i Byrådet den 3. maj 2022 | Favrskov Kommune", "Dagsorden og referat - Børne- og Ungeudvalget
- 12.03.2019", "Næstved Kommune - Social- og Sundhedsudvalget - Referat 11. maj 2021").

A title is split into its segments at a spaced bar or dash; a segment at either end that is the site's name (a
municipality or region, a web host, or at the end a name of no body, no kind and no day: "Favrskov Kommune",
"Brand & Redning MidtVest") is the publisher, not the meeting's body, and is left out. The header reads the
title only for what the text does not say."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from graphbuild.models import MeetingKind
from graphbuild.parse.body_names import body_phrases
from graphbuild.parse.dates import find_dates
from graphbuild.parse.header_body import body_name
from graphbuild.parse.header_kind import document_kind
from graphbuild.parse.lines import Line

# " | ", " - ", " – ", " — ", " · ", " » ", " :: ": a site's separators between its segments (a hyphen inside a
# compound, "Børne- og Ungeudvalget", "12-03-2019", has no space before it)
_SEPARATOR = re.compile(r"\s+(?:[|–—·»]|-|::)\s+|\s*\|\s*")
# a site's own name: a municipality or region ("Favrskov Kommune", "Region Midtjylland"), its host ("favrskov.dk")
_SITE_NAME = re.compile(
    r"(?i)^(?:[\w-]+(?:\s+[\w-]+)?\s+kommune|region\s+[\w-]+|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:dk|com|net|org|eu))$"
)
_KIND_WORD = re.compile(r"(?i)\b(?:referat|dagsorden|beslutningsprotokol)\b")


@dataclass(frozen=True)
class TitleHeader:
    kind: MeetingKind | None = None
    body: str | None = None
    day: date | None = None  # the one day the title names
    site: str | None = None  # the site's name, the publisher ("Favrskov Kommune")


def read_title(title: str | None) -> TitleHeader:
    """The kind, body and day the title names once its site's name is left out."""
    if not title:
        return TitleHeader()
    segments, site = _meeting_segments(title)
    heading = " - ".join(segments)
    if not heading:
        return TitleHeader(site=site)
    line = [Line(heading, 0, 0)]
    days = {found.value for found in find_dates(heading)}
    return TitleHeader(
        kind=document_kind(line, False, heading),
        body=body_name(line, {}),
        day=days.pop() if len(days) == 1 else None,
        site=site,
    )


def _meeting_segments(title: str) -> tuple[list[str], str | None]:
    """The segments that name the meeting, and the site's name left out of them (the last one's, if both ends)."""
    segments = [segment.strip() for segment in _SEPARATOR.split(title) if segment.strip()]
    site = None
    if len(segments) > 1 and _site_name(segments[0], segments[1:], last=False):
        site, segments = segments[0], segments[1:]
    if len(segments) > 1 and _site_name(segments[-1], segments[:-1], last=True):
        site, segments = segments[-1], segments[:-1]
    return segments, site


def _site_name(segment: str, others: list[str], *, last: bool) -> bool:
    """Whether a title's end segment is its site's name: a municipality, region or host at either end; a name with
    no kind and no day when two more segments name the meeting, one by a body's name ("Business Region North
    Denmark - Bestyrelsen - Referat 27. januar 2017"); at the end also a name with no body's name, no kind and no
    day ("Brand & Redning MidtVest", "Køge Bugt Alliancen")."""
    if _SITE_NAME.match(segment):
        return True
    if _KIND_WORD.search(segment) or find_dates(segment):
        return False
    if len(others) >= 2 and any(body_phrases(other) for other in others):
        return True
    return last and not body_phrases(segment)
