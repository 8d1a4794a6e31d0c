"""A contact's or a case's field alone on its line, no colon, ends a list of one entry a line
(graphbuild/parse/attendance_entries.py, `_FIELD_LINE`): the name below it is the contact's, no one who came.
Before, "Deltagere: … / Kontaktperson / Sofie Kragh" read the contact as present. The field lines are printed so by
dev-write's gladsaxe-handicapraadet-webpage ("Kontaktperson" / "Sekretær" / "Tilde Olsen"), nyborg-byraadet-2018-10-09
("Sagsnr." over its number) and naestved-teknisk-udvalg-2017-12-11 ("Sagsbehandler:"); the near miss keeps a list
whose entries go on."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_statuses

from graphbuild.parse.attendance_lists import find_attendance

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budget\n\nGodkendt.\n"
LIST = "Deltagere:\nLena Larsen\nGuri Spiegelhauer\nLone Andersen\nAfbud:\nJannie Rasmussen\n"


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(text + ITEMS)


@pytest.mark.parametrize("field", ["Kontaktperson", "Kontaktperson\nSekretær", "Sagsbehandler", "Kontakt"])
def test_the_contact_below_the_list_is_no_entry(field: str) -> None:
    rows = _rows(LIST + f"{field}\nTilde Olsen\nTelefon: 39 57 55 19")
    assert "Tilde Olsen" not in rows
    assert rows["Lone Andersen"] == "present"
    assert rows["Jannie Rasmussen"] == "absent"


def test_entries_after_a_name_go_on() -> None:
    # near miss: no field line, the entries one a line go on
    rows = _rows(LIST + "Tilde Olsen")
    assert rows["Tilde Olsen"] == "absent"


def test_the_contact_field_on_a_flattened_line_ends_the_absent_list() -> None:
    # the same field on a page flattened onto one line, after the list's last entry and before the contact's name:
    # "Hanne Dahl Kontaktperson" was read as one name and the contact as absent
    text = (
        "Referat Bestyrelsesmøde Dato: 12. marts 2021 Deltagere: Lena Larsen, Guri Spiegelhauer Afbud: Jannie "
        "Rasmussen Kontaktperson Tilde Olsen 1. Godkendelse af dagsorden Godkendt.\n"
    )
    rows = {row.name: row.status for row in find_attendance(text)}
    assert rows.get("Jannie Rasmussen") == "absent"
    assert "Tilde Olsen" not in rows


def test_the_contact_field_on_a_flattened_line_ends_the_list_of_those_present() -> None:
    text = (
        "Referat Bestyrelsesmøde Dato: 12. marts 2021 Til stede: Lena Larsen, Guri Spiegelhauer, Lone Andersen "
        "Kontaktperson Tilde Olsen 1. Godkendelse af dagsorden Godkendt.\n"
    )
    rows = {row.name: row.status for row in find_attendance(text)}
    assert rows == {"Lena Larsen": "present", "Guri Spiegelhauer": "present", "Lone Andersen": "present"}


def test_a_secretary_on_a_flattened_line_after_those_present_stays() -> None:
    # near miss: a post's field (the secretary, who came) ends only a list of the absent, as before
    text = (
        "Referat Bestyrelsesmøde Dato: 12. marts 2021 Til stede: Lena Larsen, Guri Spiegelhauer, Lone Andersen "
        "Referent Tilde Olsen 1. Godkendelse af dagsorden Godkendt.\n"
    )
    assert {row.name for row in find_attendance(text)} >= {"Lone Andersen", "Tilde Olsen"}
