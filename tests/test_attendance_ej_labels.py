"""An attendance label negated with "ej" heads a list of the absent ("Ej til stede:", "Ej mødt:"), never the list of
those present its last words make (graphbuild/parse/attendance_labels.py). Quoted from dev-write documents of
tests/realworld/ (ids named)."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance


def _rows(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.status) for a in find_attendance(text)}


def test_a_decision_line_of_one_not_there_is_an_absence() -> None:
    # ringsted-oekonomiudvalget-2018-05-08 (a PDF page flattened: the decision's line)
    text = (
        "1. Godkendelse af dagsorden for mødet den 8. maj 2018 Åben sag Sagsid: 17/24254 Sagen afgøres i: "
        "Økonomiudvalget Bilag: Beslutning i Økonomiudvalget den Godkendt Ej til stede: Sadik Topcu\n"
    )
    assert _rows(text) == {("Sadik Topcu", "absent")}


def test_ej_before_the_label_makes_the_list_absent_and_til_stede_alone_stays_present() -> None:
    # (constructed from the decision line above) a header's two fields
    text = "Til stede: Henrik Hvidesten, Per Nørhave\nEj til stede: Sadik Topcu\n"
    assert _rows(text) == {("Henrik Hvidesten", "present"), ("Per Nørhave", "present"), ("Sadik Topcu", "absent")}
