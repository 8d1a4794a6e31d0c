"""A name's right edge (extract/name_tail): a last word the document prints the name without, no known
name and not shaped like a surname, is not the name's. Excerpts quoted from dev-write documents of
tests/realworld."""

from __future__ import annotations

from graphbuild.extract.people import find_people


def _people(text: str) -> set[str]:
    return {p.name for p in find_people(text, 0, len(text))}


def test_a_field_label_after_a_name_printed_alone_elsewhere_is_left_out() -> None:
    # rammeaftaler-nordjylland-administrative-styregruppe-2012-03-01
    text = (
        "Henrik Aarup-Kristensen, Ole Bjerre Jakobsen, Ellen Kirk (i stede for Jesper Hosbond)\n"
        "Hilde E. Thun Holst / ref. Ole Bjerre Jakobsen Sagsnr./Dok.nr / Godkendelse af dagsorden"
    )
    assert "Ole Bjerre Jakobsen" in _people(text)
    assert "Ole Bjerre Jakobsen Sagsnr" not in _people(text)


def test_a_heading_cut_off_after_the_last_name_of_a_list() -> None:
    # vordingborg-kommunalbestyrelsen-2015-11-26
    text = (
        "Kim Errebo, John Pawlik, Per Stig Sørensen, Thomas Christfort\n"
        "Carsten Olsen Bo Manderup, Nina Møhler, Per Stig Sørensen Bemærkninge r\n\n2 Indholdsfortegnelse"
    )
    people = find_people(text, 0, len(text))
    assert "Per Stig Sørensen Bemærkninge" not in {p.name for p in people}
    assert all(text[p.start : p.end] == p.name for p in people)


def test_a_surname_shaped_last_word_stays() -> None:
    # a near miss: the longer name ends in a surname's ending ("-sen"), so it is another person's name
    assert "Søren Kanne Zohnesen" in _people("Søren Kanne (A), Søren Kanne Zohnesen (V)")
