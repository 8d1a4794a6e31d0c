"""A header's "X Kommune" named as a participant's ("Afbud: Vejle Kommune", "Vejle Kommune: Ole Berg, Lis Holm",
"Vejle Kommune v/ Ole Berg", "Ole Berg, direktør i Vejle Kommune") owns no body of unknown reach and publishes no
body-less document; the publisher's heading, a municipality before no person's name and a municipal body's header
keep theirs. Probed shapes in the layout of dev-write's attendance fields ("Deltagere:" over one participant a line,
a municipality's representatives after its name); the test split is never read while writing these rules."""

from __future__ import annotations

import pytest
from snippet_municipality import header_municipality

from graphbuild.parse.header_participants import names_a_participant

_PARTICIPANTS = [
    "Deltagere:\nVejle Kommune: Ole Berg, Lis Holm\nDGI: Hans Lund",
    "Deltagere:\nVejle Kommune v/ Ole Berg\nDGI v/ Hans Lund",
    "Deltagere:\nOle Berg, direktør i Vejle Kommune\nHans Lund, DGI",
    "Fremmødte: Vejle Kommune, DGI og Sport Danmark",
    "Afbud: Vejle Kommune",
    "Fraværende: Vejle Kommune",
    "Repræsentant for Vejle Kommune: Ole Berg",
]


@pytest.mark.parametrize("body", ["Styregruppen", ""])
@pytest.mark.parametrize("line", _PARTICIPANTS)
def test_a_participants_municipality_owns_nothing(body: str, line: str) -> None:
    assert header_municipality(body, line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Vejle Kommune – Økonomiudvalget",  # the publisher's heading
        "Vejle Kommune: Referat",  # no person's name after the colon
        "Vejle Kommune: Teknik og Miljø",
        "Referat fra styregruppen i Vejle Kommune",
        "Afbudsrejser i Vejle Kommune",  # the label's word goes on
    ],
)
def test_a_near_miss_names_no_participant(line: str) -> None:
    start = line.index("Vejle")
    assert not names_a_participant(line, start, start + len("Vejle Kommune"))


def test_a_municipal_body_keeps_itsheader_municipality() -> None:
    assert header_municipality("Økonomiudvalget", "Afbud: Vejle Kommune") == "Vejle"
