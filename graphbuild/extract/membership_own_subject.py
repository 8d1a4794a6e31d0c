"""The municipality whose own minutes these are, as the subject of a membership it states of itself: "Kommunen
er medlem af X", "Vi er med i X", "Byrådet har siden 2015 været medlem af X", "Kommunen ejer 12 % af X" (README
`memberships` rule 2: a statement about one municipality; the adoptions read "Kommunen er med i DK2020" so too,
``adoption_adopters.OWN_SUBJECT``). Only in minutes of the municipality's own bodies: a network's minutes, a page
or a news item may speak of another municipality as "kommunen"."""

from __future__ import annotations

import re

from graphbuild.extract.membership_municipalities import MunicipalityRef
from graphbuild.models import Meeting
from graphbuild.models import MunicipalityRef as OwnMunicipality
from graphbuild.vocab.municipality_names import municipality_named

# the subject right before the cue: "Kommunen", "Vi", "Byrådet", "Kommunalbestyrelsen", an adverb between
OWN_SUBJECT = re.compile(
    r"(?:^|(?<=[\s(]))(?:[Kk]ommunen|[Vv]i|[Bb]yrådet|[Kk]ommunalbestyrelsen)[ \t]+"
    r"(?:(?:nu|også|allerede|desuden|fortsat|stadig)[ \t]+)*$"
)
SUBJECT_REACH = 40  # how far before the cue its subject may begin


def own_subject(
    text: str, cue_start: int, lo: int, meeting: Meeting, own: OwnMunicipality | None, own_minutes: bool
) -> list[MunicipalityRef]:
    """The own municipality when "Kommunen" (or "Vi", its council) is the subject right before the cue in the
    municipality's own minutes; else none."""
    if own is None or not own_minutes or meeting.kind is None:
        return []
    subject = OWN_SUBJECT.search(text, max(lo, cue_start - SUBJECT_REACH), cue_start)
    info = municipality_named(own.name) if subject is not None else None
    if subject is None or info is None:
        return []
    return [MunicipalityRef(info, subject.start(), subject.end())]
