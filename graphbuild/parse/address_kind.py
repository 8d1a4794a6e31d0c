"""The kind of document a web address names, for a meeting page whose text calls it neither minutes nor an
agenda: a query parameter that says which of the two the portal shows ("?agendaId=298&agendaType=Referat",
"?type=dagsorden", "&documentType=Beslutningsprotokol", "agendaType=Referat konstituerende møde"), or a
path segment that is the minutes' word alone ("/møde-23082017/referat/punkt-4", "/magistraten/Referat/2019-03-25/"),
or the file name a FICS/SBSYS web publication gives each meeting's pages ("/Sites/Politiske_Internet/Internet/2015/
InfRef7406.html" the minutes, "InfDag8218.html" the agenda).

Only a parameter whose key names a type and whose value opens with the kind's word is read, and of a path only a
segment that is "referat" alone: "dagsorden" as a segment names a site's section on both kinds ("/dagsorden/byraadet-
11-12-2017" holds minutes), as do a path's words ("/dagsordener-og-referater/", "dagsordenarkiv")."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlsplit

from graphbuild.models import MeetingKind
from graphbuild.parse.publisher_site import host_of, original_address

_KINDS: dict[str, MeetingKind] = {
    "referat": "referat",
    "beslutningsprotokol": "referat",
    "dagsorden": "dagsorden",
}
_MINUTES_SEGMENTS = frozenset({"referat", "beslutningsprotokol"})
# a FICS publication's page of a meeting: "InfRef" + its number the minutes, "InfDag" the agenda
_PUBLICATION_FILE = re.compile(r"(?i)^inf(?P<kind>ref|dag)\d+\.html?$")
_PUBLICATION_KINDS: dict[str, MeetingKind] = {"ref": "referat", "dag": "dagsorden"}


def kind_in_address(url: str | None) -> MeetingKind | None:
    """referat or dagsorden as the address's type parameter names it (its value's first word), or referat from a
    path segment that is exactly "referat" or "beslutningsprotokol", or as a FICS publication's file name says;
    None when it names none, or both."""
    if not url or host_of(url) is None:
        return None
    parts = urlsplit(original_address(url))
    found = {
        kind
        for key, value in parse_qsl(parts.query)
        if "type" in key.lower() and (kind := _KINDS.get(_first_word(value))) is not None
    }
    segments = unquote(parts.path).lower().split("/")
    if not found and _MINUTES_SEGMENTS & set(segments):
        return "referat"
    if not found and (publication := _PUBLICATION_FILE.match(segments[-1])):
        return _PUBLICATION_KINDS[publication["kind"].lower()]
    return found.pop() if len(found) == 1 else None


def _first_word(value: str) -> str:
    words = value.strip().lower().split(maxsplit=1)
    return words[0] if words else ""
