"""The municipality a mayor's title on a web page or in a news article is held in, read by `roles` over every
reader's facts: a list reader places "Borgmester Thomas Kastrup-Larsen (Aalborg)" in the body the page lists
("Kredsråd Nordjylland"), and a title whose municipality the text never names ("… fortæller borgmester Anette
Mortensen" on stevns.dk) falls to the page's unnamed body; a mayor is the municipality's, in every page and news
article of the corpus that names one. The municipality is the one printed in a bracket right after the name,
else the one the document ties the person to, else the only one the text names, else the one a news article's
dateline names ("Vordingborg - 06. januar 2018 …", `page_datelines`), else the one whose own site published the
page; with none of them the fact is left as it is. Only a mayor's title ("borgmester", "1. viceborgmester",
"sundheds- og omsorgsborgmester"), never a council member's (`role_council_seat_places` places a council seat left in
a body), nor one a reader already held in a municipality; only in a document that is no minutes nor agenda (a
meeting's mayor may be its body's chair)."""

from __future__ import annotations

import re

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact, held_in
from graphbuild.vocab import ids
from graphbuild.vocab.reference import municipality_by_name

_ORDINAL = re.compile(r"^[1-3]\.\s+")  # "1. viceborgmester"
# "Borgmester Thomas Kastrup-Larsen(Aalborg)", "Borgmester Mogens Gade (Jammerbugt Kommune)"
_BRACKET = re.compile(r"[ \t]?\((?P<name>[A-ZÆØÅ][\wæøåÆØÅ.-]*(?:[ -][A-ZÆØÅ][\wæøåÆØÅ.-]*)?)(?:[ \t]+Kommune)?\)")

Municipality = tuple[str, str]  # (id, name)


def is_mayor(role: str | None) -> bool:
    """A mayor's title: "borgmester", "viceborgmester", "2. viceborgmester", "sundheds- og omsorgsborgmester"."""
    return role is not None and _ORDINAL.sub("", role).endswith("borgmester")


def bracketed_municipality(text: str, person: PersonMention) -> Municipality | None:
    """The municipality printed in a bracket right after the person's name, "(Aalborg)", "(Jammerbugt Kommune)";
    None for a party's letter ("(V)") or any bracket that names no municipality."""
    m = _BRACKET.match(text, person.end)
    info = municipality_by_name().get(m.group("name").lower()) if m else None
    return (ids.municipality_id(info.code), info.name) if info else None


def mayor_in_municipality(
    fact: RoleFact,
    text: str,
    tied: Municipality | None,
    only: Municipality | None,
    site: Municipality | None,
    dateline: Municipality | None = None,
) -> RoleFact:
    """The fact held in the mayor's municipality when a reader held a mayor's title in a body or an organisation:
    the bracket's after the name, else `tied` (the person's), else `only` (the text's one), else `dateline` (the
    place a news article reports from, `page_datelines`), else `site` (the publisher's own); else the fact as it
    is."""
    if not is_mayor(fact.role) or fact.target_type == "Municipality":
        return fact
    held = bracketed_municipality(text, fact.person) or tied or only or dateline or site
    return held_in(fact, (held[0], held[1], "Municipality")) if held else fact
