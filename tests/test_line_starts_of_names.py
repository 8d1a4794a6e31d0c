"""Extract's per-name looks at the start of the name's line (a meeting's label before it, a substitutes' label, an
entry's lead, a line in capitals, a name listed again, a chair's line above a member's) read it by bisection over the
document's newlines (`parse.lines.start_of_line`), not by ``rfind("\\n", 0, pos)``, which on a page of one line went
back to the page's start from each name: the same line starts, so the same posts on a flattened page."""

from __future__ import annotations

from pathlib import Path

from graphbuild.parse.lines import start_of_line
from tests.text_facts import role_pairs_of_text

# Organisationen Danske Museer, Bestyrelsesmøde 13. oktober 2011 (tests/realworld/docs/odm-bestyrelse-2011-10-13),
# flattened onto one line as its PDF's text layer gives it
ODM = (
    "Deltagere Ole Nielsen, Anne Bjerrekær, Dagmar Warming, Berit Anne Larsen, Jesper Stub Johnsen (delvis), "
    "Iben Overgaard. Fra sekretariatet: Nils M. Jensen og Lene Larsen Afbud Christine Buhl Andersen, Anne Højer "
    "Petersen, Morten Meldgaard og Hans Henrik Appel Referent: Nils M. Jensen Næste møde Bestyrelsesmøde med "
    "efterfølgende julefrokost den 7. december 2011 kl. 11 i Vartov "
)


def test_a_line_start_is_the_look_back_it_replaces() -> None:
    lined = ODM.replace(". ", ".\n").replace(" Afbud", "\nAfbud")
    for text in (ODM, lined, "\n" + lined + "\n"):
        for pos in range(len(text) + 1):
            assert start_of_line(text, pos) == text.rfind("\n", 0, pos) + 1


def test_a_meeting_label_on_a_page_of_one_line(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, ODM * 30)  # ~9,000 characters, no newline
    assert ("Nils M. Jensen", "referent") in found
    assert ("Lene Larsen", "referent") not in found  # the staff's line before the label: no post


def test_a_substitutes_label_on_a_page_of_one_line(tmp_path: Path) -> None:
    board = "Bestyrelsen Formand: Ole Olsen Suppleanter: Anne Hansen (A), Bo Jensen (V) samt Karen Nielsen (C) "
    text = "x " * 2000 + board
    found = role_pairs_of_text(tmp_path, text)
    assert {("Ole Olsen", "formand"), ("Anne Hansen", "suppleant")} <= found
    assert ("Ole Olsen", "suppleant") not in found
