"""The kind of document a web address names, for a meeting page whose text calls it neither minutes nor an
agenda: a query parameter that says which of the two the portal shows ("?agendaId=298&agendaType=Referat",
"?type=dagsorden", "&documentType=Beslutningsprotokol").

Only a parameter whose key names a type and whose value is the kind's word alone is read: a path's words
("/dagsordener-og-referater/", "dagsordenarkiv") name a site's section on both kinds, no one document's."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from graphbuild.models import MeetingKind
from graphbuild.parse.publisher_site import host_of, original_address

_KINDS: dict[str, MeetingKind] = {
    "referat": "referat",
    "beslutningsprotokol": "referat",
    "dagsorden": "dagsorden",
}


def kind_in_address(url: str | None) -> MeetingKind | None:
    """referat or dagsorden as the address's type parameter names it; None when it names none, or both."""
    if not url or host_of(url) is None:
        return None
    query = urlsplit(original_address(url)).query
    found = {
        kind
        for key, value in parse_qsl(query)
        if "type" in key.lower() and (kind := _KINDS.get(value.strip().lower())) is not None
    }
    return found.pop() if len(found) == 1 else None
