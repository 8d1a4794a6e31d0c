"""A flattened header's run of fields, its labels and values on one line: the body one field's value names when
nothing else names it; a place's or a people's value, an item's title, a line of fewer than three labels none."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.header_field_run import body_in_field_run
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text


@pytest.mark.parametrize(
    ("line", "body"),
    [
        # odm-bestyrelse-2009-10-05: a board's meeting word, the board
        (
            "1 28. oktober 09 J. nr. 90 Emne Bestyrelsesmøde Dato 5. oktober 2009, kl Sted ODM, Vartov Deltagere "
            "Rasmus Vestergaard, Ole Nielsen, Anne Højer Petersen",
            "Bestyrelsen",
        ),
        # rammeaftaler-nordjylland-administrative-styregruppe-2012-03-01: the name's own capitalised words kept
        (
            "1 Click here to enter text. Møde i Den Administartive Styregruppe 1. marts Møde Den Administrative "
            "Styregruppe Tid 1. marts 2012, kl Sted Boulevarden 13, Repræsentationslokale 1 Deltagere Afbud "
            "Jan Nielsen",
            "Den Administrative Styregruppe",
        ),
        # skive-byraad-2008-03-25: labels in a column, their values after them
        (
            "1 MØDESTED: MØDEDATO: Skive Rådhus, Byrådssalen DAGSORDEN MØDETIDSPUNKT: MØDET HÆVET: Skive Byråd "
            "Deltagere: Anna-Lise Vestergaard, Arne Bisgård",
            "Skive Byråd",
        ),
        # skive-kultur-erhverv-fritid-turisme-2007: the next label cuts the name
        (
            "1 MØDESTED: MØDEDATO: KCL, Spøttrupsalen REFERAT MØDETIDSPUNKT: MØDET HÆVET: Udvalget for Kultur, "
            "Erhverv, Fritid og Turisme Deltagere: Arne Bisgård, Else Theill Sørensen",
            "Udvalget for Kultur, Erhverv, Fritid og Turisme",
        ),
    ],
)
def test_body_between_labels(line: str, body: str) -> None:
    assert body_in_field_run(split_lines(line)) == body


@pytest.mark.parametrize(
    "line",
    [
        # an item's title between two labels: lower-case words before the body's name
        "Emne Godkendelse af budget for Økonomiudvalget Dato 5. oktober 2009 Sted Rådhuset Deltagere Ole Nielsen",
        # a people's label's value: who came, never the meeting's body
        "Dato 5. oktober 2009 Sted Rådhuset Deltagere Økonomiudvalget Afbud Ole Nielsen",
        # a place's label's value
        "Dato 5. oktober 2009 Mødested: Byrådssalen Tid: 17.00 Deltagere: Ole Nielsen",
        # two labels only: a heading's words, no run of fields
        "Emne Bestyrelsesmøde Dato 5. oktober 2009",
        # the plural: several bodies
        "Emne Fagudvalgene Dato 5. oktober 2009 Sted Rådhuset",
        # an addressee's label: the letter's receiver, never the meeting's body
        "Til: Økonomiudvalget Fra: Forvaltningen Dato: 5. oktober 2009 Sted: Rådhuset",
        # a memo's subject: what it is about, no meeting of that body
        "Emne: Handicaprådet Dato: 5. oktober 2009 Til: Økonomiudvalget",
        # a case's route: an earlier body of the case
        "Sagsforløb: Økonomiudvalget Beslutning: Godkendt Dato: 5. oktober 2009",
        # a term's digits in the value
        "Emne Økonomiudvalget 2018-2021 Dato 5. oktober 2009 Sted Rådhuset",
    ],
)
def test_no_body_between_labels(line: str) -> None:
    assert body_in_field_run(split_lines(line)) is None


def test_field_run_body_is_the_meetings() -> None:
    text = (
        "1 28. oktober 09 J. nr. 90 Emne Bestyrelsesmøde Dato 5. oktober 2009, kl Sted ODM, Vartov Deltagere "
        "Rasmus Vestergaard, Ole Nielsen Afbud Berit Anne Larsen\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "2. Regnskab\n\nTaget til efterretning.\n"
    )
    assert parse_meeting(source_from_text(text)).body == "Bestyrelsen"
