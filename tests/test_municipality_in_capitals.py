"""A municipality's name in capitals is a municipality mention when "KOMMUNE" follows it in capitals too, as a
letterhead prints it ("KOMMUNALBESTYRELSEN FOR NORDFYNS KOMMUNE", "REBILD KOMMUNE REFERAT."); the name in capitals
without it (a place, a heading's word) is none."""

from __future__ import annotations

from graphbuild.extract.mention_known import find_names


def _municipalities_named(text: str) -> list[tuple[str, str]]:
    return [(m.name, text[m.start : m.end]) for m in find_names(text, 0, len(text)) if m.type == "Municipality"]


def test_a_name_in_capitals_before_kommune_is_the_municipality() -> None:
    assert _municipalities_named("KOMMUNALBESTYRELSEN FOR NORDFYNS KOMMUNE") == [("Nordfyns", "NORDFYNS KOMMUNE")]
    assert _municipalities_named("REBILD KOMMUNE REFERAT. Mødedato: Mødetidspunkt: Sted:") == [
        ("Rebild", "REBILD KOMMUNE")
    ]
    assert _municipalities_named("HØJE-TAASTRUP KOMMUNE") == [("Høje-Taastrup", "HØJE-TAASTRUP KOMMUNE")]
    assert _municipalities_named("BORNHOLMS REGIONSKOMMUNE") == [("Bornholm", "BORNHOLMS REGIONSKOMMUNE")]


def test_a_name_in_capitals_alone_or_before_another_word_is_none() -> None:
    assert _municipalities_named("REBILD BAKKER") == []
    assert _municipalities_named("SKIVE") == []
    assert _municipalities_named("REBILD Kommune") == []
