"""A word printed in capitals ("SAGER TIL BESLUTNING") is no organisation when the document also writes
it in lower case; an abbreviation it never writes so stays one, also when a web address spells it
("www.lbr.dk")."""

from __future__ import annotations

from graphbuild.extract.mention_organisations import find_unknown_organisations, written_in_lower_case

_TEXT = (
    "1. SAGER TIL BESLUTNING\nIndstilling til udvalget om tilskud.\n"
    "2. SAGER TIL ORIENTERING\nDGI har søgt om støtte. DGI deltager i mødet.\n"
    "LBR anbefaler planen. Se www.lbr.dk. LBR mødes igen.\n"
)


def test_a_word_in_capitals_is_no_organisation() -> None:
    names = {m.name for m in find_unknown_organisations(_TEXT, 0, len(_TEXT))}
    assert "TIL" not in names and "SAGER" not in names
    assert {"DGI", "LBR"} <= names


def test_lower_case_means_a_word_of_its_own() -> None:
    assert written_in_lower_case("om tilskud til foreningen", "TIL")
    assert not written_in_lower_case("om tilskud og tilbud", "TIL")  # only inside longer words
    assert not written_in_lower_case("se www.lbr.dk eller skriv til lbr@x.dk", "LBR")
