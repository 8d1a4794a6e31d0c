"""The municipality a news article's dateline names: the place the article reports from, printed where the article
opens, a line opened by the place and the day ("Vordingborg - 06. januar 2018 kl. 19:14 Af …") or the lead opened
by the place in capitals and a colon ("REBILD: Efterhånden, som …", "{ VESTHIMMERLAND: Uffe Bro (S) og …"); read
by `roles` (`role_page_mayors`) for the mayor an article names with no municipality of his own. Only a
municipality's name, only in the article's opening (its first lines), never a label of a list or a table
("Kolding: 3 medlemmer" further down)."""

from __future__ import annotations

import re

from graphbuild.vocab import ids
from graphbuild.vocab.reference import municipality_by_name

_OPENING = 700  # characters from the text's start a dateline is printed in
_PLACE = r"[A-ZÆØÅ][A-Za-zÆØÅæøå]+(?:-[A-ZÆØÅ][A-Za-zÆØÅæøå]+)?"
_DATELINE = re.compile(
    # … the place and the day: "Vordingborg - 06. januar 2018"
    rf"^[ \t]*(?P<dated>{_PLACE})[ \t]+[-–][ \t]+\d{{1,2}}\.[ \t]*[a-zæøå]+[ \t]+\d{{4}}"
    # … or the place in capitals and a colon opening the lead: "REBILD: Efterhånden", "{ VESTHIMMERLAND: Uffe Bro"
    r"|^[ \t]*(?:[{\[(•*][ \t]*)?(?P<capitals>[A-ZÆØÅ]{3,}(?:-[A-ZÆØÅ]{3,})?):[ \t]+(?=[A-ZÆØÅ\"“”–-])",
    re.MULTILINE,
)


def dateline_municipality(text: str) -> tuple[str, str] | None:
    """(id, name) of the municipality the article's dateline names, else None."""
    for m in _DATELINE.finditer(text, 0, _OPENING):
        place = m["dated"] or m["capitals"]
        info = municipality_by_name().get(place.lower())
        if info is not None:
            return ids.municipality_id(info.code), info.name
    return None
