"""A name a PDF's line end broke after its first names, the next line after a blank line (a text layer that
renders each line with a blank line after it): joined when the line is a comma list's and the surname goes on
as an entry, its party's bracket or the list's comma after it."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_text import first_names_rejoined


def _present(text: str) -> set[str]:
    return {row.name for row in find_attendance(text) if row.status == "present"}


def test_a_name_broken_over_a_blank_line_before_its_party_is_one_entry() -> None:
    # hoeje-taastrup-byraadet-2013-06-18 (pdf2html.opoint.com)
    text = (
        "Til stede:  Michael Ziegler (borgmester) (C), Annette Johansen (A), \n\n"
        "Laurids Christensen (C), Marjan Ganjjou (C), Merete \n\n"
        "Scheelsbeck (C), Mette Søndergaard Pedersen (A), Michael \n\n"
        "Blem Clausen (B), Steffen Mølgaard Hansen (C), Svend-Erik \n\n"
        "Hermansen (A), Thomas Bak (A) \n\n"
        "Fraværende:  Jesper Kirkegaard (C) \n"
    )
    present = _present(text)
    assert {"Merete Scheelsbeck", "Michael Blem Clausen", "Svend-Erik Hermansen", "Thomas Bak"} <= present
    assert "Blem Clausen" not in present


def test_a_name_broken_over_markup_and_a_blank_line_before_the_lists_comma_is_one_entry() -> None:
    # viborg-oekonomiudvalget-2012-12-12 (yumpu.com, the PDF's line breaks kept as <br />)
    text = (
        "Medlemmer: Søren Pape Poulsen, Per Møller Jensen, Niels Dueholm, Mette<br />\n\n"
        "Nielsen, Søren Gytz Olesen, Inger Jakobsen, Holger Andersen,<br />\n\n"
        "Nina Hygum, Ib Bjerregaard<br />\n\nFraværende: Ingen\n"
    )
    assert "Mette Nielsen" in _present(text)


def test_the_join_keeps_the_texts_length() -> None:
    text = "Deltagere: Ole Berg (A), Merete \n\nScheelsbeck (C), Lis Holm (V)\n"
    joined = first_names_rejoined(text)
    assert len(joined) == len(text)
    assert "Merete Scheelsbeck (C)" in joined


def test_a_first_name_ending_a_paragraph_is_not_joined_to_a_heading_after_a_blank_line() -> None:
    # the next line opens no entry (no party's bracket, no comma after its word): a heading, not a surname
    text = "Deltagere: Ole Berg, Lis Holm, Mette\n\nSagsfremstilling\n\nUdvalget drøftede sagen.\n"
    assert first_names_rejoined(text) == text
    # nor a line that is no comma list's ("Mette" after a sentence's words)
    text = "Ordet blev givet til Mette \n\nHansen (A) om budgettet.\n"
    assert first_names_rejoined(text) == text
