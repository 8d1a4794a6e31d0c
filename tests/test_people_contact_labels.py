"""A contact line's label after a name ends it (`name_words.NOT_SURNAMES`), on a web page's footer and in English too
("© 2022 Christen Axelsson Contact Me", "Jens Hansen Fax …", "E-mail", "Hjemmeside"), as "Tlf", "Mobil" and "Mail"
do; the name before it stays. Excerpt quoted from a dev-write document of tests/realworld, and contact lines in the
shape of the lists that print "Tlf"/"Mobil"/"Kontakt" after a name."""

from __future__ import annotations

import pytest

from graphbuild.extract.people import find_people

CASES: list[tuple[str, set[str], set[str]]] = [
    # han-herred-havbaade-bestyrelse-2019-09-26: a web page's footer
    (
        "Lildstrand Bådelaug\n  • © 2022 Christen Axelsson Contact Me 0\n",
        {"Christen Axelsson"},
        {"Christen Axelsson Contact"},
    ),
    ("Kontaktperson: Jens Hansen Fax 12 34 56 78\n", {"Jens Hansen"}, {"Jens Hansen Fax"}),
    ("Formand: Mette Lund E-mail mette@example.dk\n", {"Mette Lund"}, {"Mette Lund E-mail"}),
    # near miss: a label already known keeps doing so
    ("Sagsbehandler: Lone Mossin Tlf.: 1234\n", {"Lone Mossin"}, set()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_contact_label_ends_the_name(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names
