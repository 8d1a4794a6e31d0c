"""A body's member list in minutes is attendance only when the minutes record attendance somewhere
(tests/realworld/README.md, field `attendance`): with no absence field, apology, stand-in or "all came"
sentence, the listed members are summoned, not known to have come — no ATTENDED fact, while the list still
gives each member's role. Names paraphrased; layouts as Danish minutes print them."""

from __future__ import annotations

import pytest
from text_facts import meeting_of_text

from graphbuild.extract import extract_facts

_HEAD = "Referat\nØkonomiudvalget\nMødedato: 3. marts 2020\nMødested: Rådhuset\n"
_ITEMS = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Budgetopfølgning\nBeslutning\nGodkendt.\n"
_MEMBERS = "Medlemmer:\nKaren Lund (A)\nJens Hansen (V)\nMette Kjær (C)\n"


def _facts(header: str) -> tuple[dict[str, str], set[str]]:
    text = _HEAD + header + _ITEMS
    meeting = meeting_of_text(text)
    facts = extract_facts(meeting)
    attended = {row.name: row.status for row in facts.attendance}
    names = {entity.id: entity.name for entity in facts.entities}
    members = {names[r.source] for r in facts.relations if r.type == "HOLDS_ROLE" and r.source in names}
    return attended, members


def test_a_member_list_in_minutes_that_record_no_attendance_gives_no_attendance() -> None:
    attended, members = _facts(_MEMBERS)
    assert attended == {}
    assert {"Karen Lund", "Jens Hansen", "Mette Kjær"} <= members  # the list still gives their roles


@pytest.mark.parametrize(
    "record",
    [
        "Afbud: Mette Kjær\n",  # an apology field
        "Fraværende:\n",  # the field, empty
        "\nSamtlige udvalgsmedlemmer deltog i mødet.\n",  # all came
        "\nAlle var mødt.\n",
    ],
)
def test_a_member_list_is_attendance_when_the_minutes_record_it(record: str) -> None:
    attended, _members = _facts(_MEMBERS + record)
    assert attended.get("Karen Lund") == "present"
    assert attended.get("Jens Hansen") == "present"


def test_a_list_headed_as_attendance_is_attendance_in_any_case() -> None:
    attended, _members = _facts("Deltagere:\nKaren Lund (A)\nJens Hansen (V)\n")
    assert attended == {"Karen Lund": "present", "Jens Hansen": "present"}


def test_the_flattened_two_column_header_with_an_absence_column_records_attendance() -> None:
    flat = "Medlemmer Fraværende Karen Lund (A), Jens Hansen (V), Mette Kjær (C)\n"
    attended, _members = _facts(flat)
    assert attended.get("Karen Lund") == "present"


def test_the_unreported_members_keep_their_place_in_the_meeting_model() -> None:
    # parse still reads the list (roles and the cross-municipal check read it); only the report leaves it out
    text = _HEAD + _MEMBERS + _ITEMS
    meeting = meeting_of_text(text)
    listed = {row.name: row.summoned for row in meeting.attendance}
    assert listed == {"Karen Lund": True, "Jens Hansen": True, "Mette Kjær": True}
    assert "summoned" not in meeting.attendance[0].model_dump()


def test_those_who_came_besides_the_members_record_no_members_attendance() -> None:
    # dev lyngby-taarbaek-kommunalbestyrelsen-2017-12-21: "Indkaldelse" one member a line, then the officials
    # after "Derudover deltog:" (a line break split the label): the members are summoned, nothing more is said
    summoned = "Indkaldelse\n\nKaren Lund\n\nJens Hansen\n\nMette Kjær\n\nDerudover deltog: Bjarne Holm Markussen\n"
    attended, _members = _facts(summoned)
    assert "Karen Lund" not in attended
    assert "Jens Hansen" not in attended


def test_a_deltog_field_still_records_attendance() -> None:
    # near miss: "Deltog:" of its own is the meeting's attendance field
    attended, _members = _facts(_MEMBERS + "Deltog: Karen Lund, Jens Hansen\n")
    assert attended.get("Jens Hansen") == "present"


def test_the_members_called_in_are_a_member_list() -> None:
    # "Indkaldte:" (the README's own word for a member list): attendance once the minutes record an absence,
    # the members summoned otherwise; with no colon the word opens a sentence, not a list
    called = "Indkaldte: Karen Lund, Jens Hansen, Mette Kjær\n"
    attended, _ = _facts(called + "Afbud: Jens Hansen\n")
    assert attended == {"Karen Lund": "present", "Jens Hansen": "absent", "Mette Kjær": "present"}
    assert _facts(called)[0] == {}
    assert _facts("Indkaldte til mødet var Karen Lund og Jens Hansen.\n")[0] == {}
