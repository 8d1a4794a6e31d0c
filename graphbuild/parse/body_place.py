"""The meeting's body named with the place its heading prints before it: a body the header reads by its compound
name alone ("Naturparkråd", "Fællesråd") where a heading names the meeting's record or the meeting right before
the place and the name, "Referat Amager Naturparkråd den 25. november 2015", "Referat af bestyrelsesmøde i
Tranbjerg Fællesråd, torsdag …": the body in full, "Amager Naturparkråd", "Tranbjerg Fællesråd". Read once by the
parse stage into `Meeting.body_in_full`. Never a municipality's name (the body reader keeps that one itself and the
body is the municipality's own), a region's, a day, a month or a heading's word."""

from __future__ import annotations

import re

from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.vocab.municipality_names import municipality_named

_REACH = 1500  # the heading stands within the header's first characters

# what stands right before the place: the record's kind, or the meeting the body held ("møde i", "bestyrelsesmøde i")
_CUE = r"(?i:\b(?:referat|dagsorden)(?:\s+(?:fra|af|for|til))?|møde\s+i)\s+"
# the place: one or two capitalised words ("Amager", "Indre By", "Sønder-Omme")
_PLACE = r"(?P<place>[A-ZÆØÅ][\wæøå]+(?:-[A-ZÆØÅ][\wæøå]+)?(?:\s+[A-ZÆØÅ][\wæøå]+)?)"
_NOT_PLACE = frozenset(
    {
        "referat", "dagsorden", "møde", "mødet", "ordinært", "ekstraordinært", "åben", "lukket", "det", "den",
        "region", "regionen", "kommune", "kommunes", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
        "søndag", *DANISH_MONTHS,
    }
)  # fmt: skip
_DEFINITE_END = re.compile(r"(?:et|en|n)$")
_HEAD = re.compile(r"(?i)(?:råd|udvalg|forum|nævn)(?:et)?$")


def body_with_place(header_text: str, body: str | None) -> str | None:
    """The meeting's one-word compound body ("Naturparkråd") named with the place a heading prints right before
    it, after the record's kind or the meeting word ("Referat Amager Naturparkråd"): "Amager Naturparkråd"; else
    None."""
    name = (body or "").strip()
    if not name or " " in name or _HEAD.search(name) is None or name.lower() in ("rådet", "udvalget", "forum"):
        return None
    stem = _DEFINITE_END.sub("", name) if len(name) > 6 else name
    form = re.compile(rf"{_CUE}{_PLACE}\s+(?P<name>{re.escape(stem)}(?:et|en|n)?)(?![\wæøå])", re.IGNORECASE)
    for match in form.finditer(header_text[:_REACH]):
        place = match["place"]
        if not all(word[:1].isupper() for word in place.split()):
            continue  # the case-blind search let a lower-case word in
        if any(word.lower() in _NOT_PLACE for word in place.split()) or municipality_named(place) is not None:
            continue
        # a word in capitals of five letters or more written as a name: "DANSKE Ældreråd" as "Danske Ældreråd"
        place = " ".join(w.capitalize() if w.isupper() and len(w) >= 5 else w for w in place.split())
        return f"{place} {name}"
    return None
