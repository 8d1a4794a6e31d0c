"""A group of the administration's staff below a list of the absent came (graphbuild/parse/attendance_absent_staff.py):
before, "Afbud: … / Fra Velfærdsforvaltningen: …" read the staff as absent. The header is koege-udsatteraadet-2022-
08-29's (dev-write), its staff line moved below the "Afbud" list, as a header that prints the absent first has it;
the near misses keep a staff group right after the label and a group of members by where they come from."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_statuses

ITEMS = "\n\nReferat\n\n1. Temaoplæg: Ensomhed\n\nDrøftet.\n\n2. Eventuelt\n\nIntet.\n"
DELTAGERE = (
    "Deltagere\n\nChristine Hansen, Susanne Larsen, Henrik Fischer, Marlene Gjøstrand, Martin Bertelsen, Niels "
    "Rolskov, Mikhael Saxtorph og Thomas Buus\n\n"
)
STAFF = "Pia Gommesen, Rikke Willesen, Mille Schjoldan, Maria Lindholm Kristensen"


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(text + ITEMS)


@pytest.mark.parametrize(
    "heading", ["Fra Velfærdsforvaltningen:", "Fra forvaltningen:", "Fra administrationen:", "Sekretariatet:"]
)
def test_the_staff_below_the_absent_came(heading: str) -> None:
    rows = _rows(DELTAGERE + "Afbud: John Tietze, Nicolai Kellberg\n" + heading + " " + STAFF)
    assert rows["John Tietze"] == rows["Nicolai Kellberg"] == "absent"
    assert rows["Pia Gommesen"] == rows["Maria Lindholm Kristensen"] == "present"
    assert rows["Marlene Gjøstrand"] == "present"


def test_the_staff_below_one_absent_entry_a_line() -> None:
    rows = _rows(DELTAGERE + "Afbud:\nJohn Tietze\nNicolai Kellberg\nFra Velfærdsforvaltningen: " + STAFF)
    assert rows["Nicolai Kellberg"] == "absent"
    assert rows["Rikke Willesen"] == "present"


def test_a_staff_group_right_after_the_label_is_the_staff_away() -> None:
    # near miss: the list of the absent is the staff group's own
    rows = _rows(DELTAGERE + "Afbud:\nFra Velfærdsforvaltningen: Pia Gommesen")
    assert rows["Pia Gommesen"] == "absent"


def test_a_group_of_members_below_the_absent_stays_absent() -> None:
    # near miss: "Fra Byrådet:" is a group of members by where they come from, no staff
    rows = _rows(DELTAGERE + "Afbud: John Tietze\nFra Byrådet: Nicolai Kellberg")
    assert rows["Nicolai Kellberg"] == "absent"
