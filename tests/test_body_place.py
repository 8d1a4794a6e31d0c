"""A meeting's one-word compound body ("Naturparkråd") named with the place its heading prints before it, and the
meeting's roles held there. Forms quoted (shortened) from dev-write documents of tests/realworld/ (Naturstyrelsen's
Amager Naturparkråd, Tranbjerg Fællesråd, Ballerup Kommune's KMB IT-udvalget, Danske Ældreråd, FOTdanmark); the test
split is never read while writing these rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.parse.body_place import body_with_place
from tests.text_facts import facts_of_text, meeting_of_text, named_relations


@pytest.mark.parametrize(
    ("header", "body", "full"),
    [
        # amager-naturparkraad-2015-11-25: the record's kind, the place, the body
        ("Print referat: Referat Amager Naturparkråd den 25. november 2015", "Naturparkråd", "Amager Naturparkråd"),
        # tranbjerg-faellesraad-bestyrelse-2019-04-25: the board's meeting in the council
        (
            "Referat af bestyrelsesmøde i Tranbjerg Fællesråd, torsdag den 25-04-2019 kl. 18:00 på Torvevænget 2",
            "Fællesråd",
            "Tranbjerg Fællesråd",
        ),
        # ballerup-kmb-it-udvalget-2013-05-15: a portal's heading, the body's own words hyphenated
        ("Dagsorden KMB IT-udvalget\nMødedato: 15. maj 2013 kl. 16:00", "IT-udvalget", "KMB IT-udvalget"),
        # fot-specifikationsforum-2010-11-10
        (
            "REFERAT 15. møde i FOT Specifikationsforum den 10. november 2010, kl. 10:00-17:00",
            "Specifikationsforum",
            "FOT Specifikationsforum",
        ),
        # danske-aeldreraad-bestyrelse-2011-02-02: a heading in capitals, the place written as a name
        ("1 Referat af bestyrelsesmøde i DANSKE ÆLDRERÅD GODKENDT Onsdag d. 2. februar 2011", "Ældreråd",
         "Danske Ældreråd"),
    ],
)  # fmt: skip
def test_a_compound_body_named_with_its_place(header: str, body: str, full: str) -> None:
    assert body_with_place(header, body) == full


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("Referat af møde i Holbæk Byråd den 4. juni 2020", "Byråd"),  # a municipality's: its own body, kept so
        ("Dagsorden Mandag Økonomiudvalget", "Økonomiudvalget"),  # a day is no place
        ("Dagsorden Region Hovedstaden Forretningsudvalget", "Forretningsudvalget"),  # nor a region
        ("Referat Amager Naturparkråd den 25. november 2015", "Udvalget"),  # a bare head word names no body
        ("Referat Amager Naturparkråd den 25. november 2015", "Grønt Råd"),  # a body already named in words
        ("Det Lokale Beskæftigelsesråd i Roskilde", "Beskæftigelsesråd"),  # no kind nor meeting before it
        ("Referat af bestyrelsesmøde i Tranbjerg Fællesråd", "Bestyrelse"),  # no council: a board, body_owner's
    ],
)
def test_no_place_where_the_heading_names_none(header: str, body: str) -> None:
    assert body_with_place(header, body) is None


_AMAGER = (
    "Referat fra stiftende møde i Amager Naturparkråd.\n\n"
    "Mødet blev afholdt i Friluftshuset, Naturcenter Amager, Granatvej 7, 2770 Kastrup, onsdag den 25. november "
    "2015 kl. 13.00-15.45.\n\nPrint referat: Referat Amager Naturparkråd den 25. november 2015\n\nFremmødte:\n\n"
    "Hans Henrik Christensen, Naturstyrelsen (formand)\n\nRikke Faaborg Jarmer, By- og Havn\n\n"
    "Helle Holsøe, Københavns kommune\n\n1. Velkomst\n\nFormanden bød velkommen.\n\n2. Eventuelt\n\nIntet.\n"
)


def test_the_meetings_roles_are_held_in_the_body_named_with_its_place(tmp_path: Path) -> None:
    meeting = meeting_of_text(_AMAGER)
    assert meeting.body == "Naturparkråd"  # the body field as the header reads it
    assert meeting.body_in_full == "Amager Naturparkråd"
    held = {(person, target) for person, target, _ in named_relations(facts_of_text(tmp_path, _AMAGER), "HOLDS_ROLE")}
    assert ("Hans Henrik Christensen", "Amager Naturparkråd") in held
    assert "Naturparkråd" not in {target for _, target in held}
