"""A line below a list of the absent that says its person came, an affiliation between commas before the verb, is no
entry of the list (graphbuild/parse/attendance_came_lines.py): before, "Afbud: Karen Juul" then "Jens Lund, Rambøll,
deltog under punkt 2." made the consultant absent, as the comma cut his name off as one more entry. The lists are in
the forms dev-write prints (koebenhavn-beredskabskommissionen-2014-11-18's "Afbud fra:" one entry a line); the near
misses keep "deltog ikke", an affiliation with no verb and an entry on the label's line."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_statuses

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budget\n\nGodkendt.\n"
PRESENT = "Tilstede var:\nOverborgmester Frank Jensen\nBorgmester Ninna Thomsen\nBorgmester Pia Allerslev\n\n"


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(text + ITEMS)


@pytest.mark.parametrize(
    "line",
    [
        "Jens Lund, Rambøll, deltog under punkt 2.",
        "Jens Lund, Rambøll, deltog i behandlingen af punkt 2.",
        "Jens Lund, projektleder, COWI, deltog under punkt 2.",
    ],
)
def test_one_who_came_below_the_absent_is_no_absentee(line: str) -> None:
    rows = _rows(PRESENT + "Afbud fra:\nBorgmester Morten Kabell\n" + line)
    assert rows.get("Jens Lund") != "absent"
    assert rows["Morten Kabell"] == "absent"
    assert rows["Ninna Thomsen"] == "present"


def test_a_member_listed_present_stays_present() -> None:
    rows = _rows(PRESENT + "Afbud fra:\nBorgmester Morten Kabell\nNinna Thomsen, Københavns Kommune, deltog.")
    assert rows["Ninna Thomsen"] == "present"
    assert rows["Morten Kabell"] == "absent"


def test_one_who_did_not_take_part_stays_absent() -> None:
    # near miss: "deltog ikke" says the absence
    rows = _rows(PRESENT + "Afbud fra:\nBorgmester Morten Kabell\nJens Lund, Rambøll, deltog ikke.")
    assert rows["Jens Lund"] == "absent"


def test_an_entry_with_its_affiliation_and_no_verb_stays_absent() -> None:
    # near miss: "Name, Place" one a line, the list goes on
    rows = _rows(PRESENT + "Afbud fra:\nBorgmester Morten Kabell\nJens Lund, Rambøll\nAnne Tønnes")
    assert rows["Jens Lund"] == "absent"
    assert rows["Anne Tønnes"] == "absent"


def test_the_lists_first_entry_is_read_as_before() -> None:
    # near miss: the entry on the label's line is the list's, whatever follows it
    rows = _rows(PRESENT + "Afbud fra: Jens Lund, Rambøll, deltog under punkt 2.")
    assert rows["Jens Lund"] == "absent"
