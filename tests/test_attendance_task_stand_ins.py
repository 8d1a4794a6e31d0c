"""A stand-in at a task of the meeting is no stand-in at the meeting (graphbuild/parse/attendance_task_stand_ins.py).
The snippets are quoted from dev-write documents of tests/realworld/ (their ids named)."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_task_stand_ins import stands_in_at_a_task


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(a.name, a.status, a.for_) for a in find_attendance(text)}


def test_a_report_presented_in_the_chairs_place_is_no_stand_in() -> None:
    # frivilligcenter-toender-generalforsamling-2020-09-01
    text = (
        "4. bestyrelsens årsberetning forelægges til orientering: Else Lorenzen forelagde årsberetningen i stedet "
        "for formanden, der var forhindret til GF. Else berettede om året, der gik.\n"
    )
    assert not any(status == "substitute" for _, status, _ in _rows(text))


def test_a_verb_of_coming_or_nothing_between_stays_a_stand_in() -> None:
    # koege-bugt-alliancen-borgmestermoede-2024-06-24: the verb of coming before "i stedet for"
    text = "Afbud: Peter Kjærsgaard\n\nTeknisk Direktør Casper Toftholm deltog i stedet for Peter Kjærsgaard.\n"
    assert ("Casper Toftholm", "substitute", "Peter Kjærsgaard") in _rows(text)
    # nt-bestyrelse-2008-11-14 (a list's entry, nothing between) and the verbs of coming
    assert not stands_in_at_a_task(" ")
    for between in (" deltog i mødet ", " var indkaldt ", " indtræder i bestyrelsen ", " var til stede "):
        assert not stands_in_at_a_task(between)
    for between in (" forelagde årsberetningen ", " tog referat ", " præsenterede sagen "):
        assert stands_in_at_a_task(between)
