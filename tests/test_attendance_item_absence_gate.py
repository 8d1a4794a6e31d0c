"""The gate of the absences from the item a sentence stands in (parse/attendance_per_item's ``find_item_absences``)
is at least as wide as its reader: the reader takes any run of white space between "ikke" and "i" (a line wrapped
between them, "deltog ikke\\ni sagens behandling", as a PDF's text layer prints a long sentence), so the gate does
too; a text with the words apart (no "i" or "under" after them) never opens it. Sentence after aarhus-byraad-2020-08-26
(tests/test_attendance_history.py), its line wrapped."""

from __future__ import annotations

import pytest

from graphbuild.models import AgendaItem
from graphbuild.parse.attendance_history import other_meetings
from graphbuild.parse.attendance_lists import document_cues, find_attendance
from graphbuild.parse.attendance_per_item import _may_hold_not_this_item, find_item_absences
from graphbuild.parse.attendance_rows import lowered

SENTENCE = "Lone Norlander Smith deltog ikke{gap}i sagens behandling.\n"


@pytest.mark.parametrize("gap", [" ", "\n", " \n", "\t", "  \n  "])
def test_a_line_wrapped_between_ikke_and_i_is_read(gap: str) -> None:
    document = "Punkt 5: Sag\nVedtaget.\n" + SENTENCE.format(gap=gap)
    items = [AgendaItem(number="5", title="Sag", start=0, end=len(document))]
    rows = {(a.name, a.status, tuple(a.absent_items)) for a in find_attendance(document, items)}
    assert rows == {("Lone Norlander Smith", "present", ("5",))}


@pytest.mark.parametrize(
    "text",
    [
        "Anne Holm deltog ikke\ni sagens behandling.",
        "Anne Holm var ikke til stede\nunder punktet.",
        "Anne Holm var fraværende\n\nunder sagens behandling.",
        "Anne Holm deltog ikke\tunder punktet.",
        "Anne Holm erklærede sig inhabil.",
        "Anne Holm forlod mødet under behandlingen af punktet.",
    ],
)
def test_the_gate_opens_on_each_form(text: str) -> None:
    cues = document_cues(lowered(text))
    assert _may_hold_not_this_item(text, cues)
    assert find_item_absences(text, [(0, len(text), "5")], other_meetings(text, [0], None, cues), cues)


def test_the_words_apart_never_open_it() -> None:
    text = "Sagen kunne ikke\nbehandles. Til stede: Anne Holm. Fraværende: Ole Berg."
    assert not _may_hold_not_this_item(text, document_cues(lowered(text)))
