"""The kind of document a web address names, for a meeting page whose text calls it neither minutes nor an
agenda: a query parameter that says which of the two the portal shows ("?agendaId=298&agendaType=Referat",
"?type=dagsorden", "&documentType=Beslutningsprotokol", "agendaType=Referat konstituerende møde"), or a
path segment that is the minutes' word alone ("/møde-23082017/referat/punkt-4", "/magistraten/Referat/2019-03-25/").

Only a parameter whose key names a type and whose value opens with the kind's word is read, and of a path only a
segment that is "referat" alone: "dagsorden" as a segment names a site's section on both kinds ("/dagsorden/byraadet-
11-12-2017" holds minutes), as do a path's words ("/dagsordener-og-referater/", "dagsordenarkiv")."""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote, urlsplit

from graphbuild.models import MeetingKind
from graphbuild.parse.publisher_site import host_of, original_address

_KINDS: dict[str, MeetingKind] = {
    "referat": "referat",
    "beslutningsprotokol": "referat",
    "dagsorden": "dagsorden",
}
_MINUTES_SEGMENTS = frozenset({"referat", "beslutningsprotokol"})


def kind_in_address(url: str | None) -> MeetingKind | None:
    """referat or dagsorden as the address's type parameter names it (its value's first word), or referat from a
    path segment that is exactly "referat" or "beslutningsprotokol"; None when it names none, or both."""
    if not url or host_of(url) is None:
        return None
    parts = urlsplit(original_address(url))
    found = {
        kind
        for key, value in parse_qsl(parts.query)
        if "type" in key.lower() and (kind := _KINDS.get(_first_word(value))) is not None
    }
    if not found and _MINUTES_SEGMENTS & set(unquote(parts.path).lower().split("/")):
        return "referat"
    return found.pop() if len(found) == 1 else None


def _first_word(value: str) -> str:
    words = value.strip().lower().split(maxsplit=1)
    return words[0] if words else ""
