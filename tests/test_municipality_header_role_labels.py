"""A header field labelling someone's part in the meeting or its mailing ("Kopi til: Vejle Kommune", "Referent: Vejle
Kommune", "Tovholder: Vejle Kommune", "Sekretariatsbetjening: Vejle Kommune") names no owner of a body of unknown
reach and no publisher of a document with no body; an owner's label and the publisher's own heading keep theirs, and
a municipal body keeps its municipality. Probed shapes (dev-write's headers print none of these labels with a
municipality's name; the guard follows ``header_municipality``'s "Mødested:" and "Sekretariatet" hosts); the test
split is never read while writing these rules."""

from __future__ import annotations

import pytest
from snippet_municipality import header_municipality

from graphbuild.parse.header_role_labels import in_a_role_field

_ROLES = [
    "Kopi til: Vejle Kommune",
    "Cc: Vejle Kommune",
    "Att.: Vejle Kommune",
    "Indbudt: Vejle Kommune",
    "Gæster: Vejle Kommune",
    "Referent: Vejle Kommune",
    "Mødeleder: Vejle Kommune",
    "Tovholder: Vejle Kommune",
    "Formandskab: Vejle Kommune",
    "Arrangør: Vejle Kommune",
    "Sekretariatsbetjening: Vejle Kommune",
]


@pytest.mark.parametrize("body", ["Styregruppen", ""])
@pytest.mark.parametrize("line", _ROLES)
def test_a_role_fields_municipality_owns_nothing(body: str, line: str) -> None:
    assert header_municipality(body, line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Kommune: Vejle Kommune",  # an owner's label
        "Vejle Kommune – Økonomiudvalget",  # the publisher's heading
        "Referat fra styregruppen i Vejle Kommune",
        "Kopiering af Vejle Kommune",  # the word goes on, no label
        "Referent: Ole Berg, og dagsorden om " + "x" * 60 + " Vejle Kommune",  # beyond the field's reach
    ],
)
def test_a_near_miss_is_no_role_field(line: str) -> None:
    assert not in_a_role_field(line, line.index("Vejle"))


def test_a_municipal_body_keeps_itsheader_municipality() -> None:
    assert header_municipality("Økonomiudvalget", "Referent: Vejle Kommune") == "Vejle"
