"""A sentence that says who else came ("Fra Integrationsrådet deltog …", "Desuden deltog …") names a person whose
first name the name lists do not know (form of dev-write roskilde-lbr-2014-03-10, names changed): right after the
cue, or joined by "og", the name is no workplace, so it is read; a workplace after a name's comma still is not."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

_HEADER = "Referat\n\nTil stede: Jens Hansen, Lise Pedersen.\n\n{sentence}\n\n1. Godkendelse af dagsorden\nGodkendt.\n"


def _rows(sentence: str) -> set[tuple[str, str]]:
    return {(a.name, a.status) for a in find_attendance(_HEADER.format(sentence=sentence))}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fra Integrationsrådet deltog Raziye Sadol som nyt medlem.", {("Raziye Sadol", "present")}),
        ("Desuden deltog Karen Holm og Raziye Sadol.", {("Karen Holm", "present"), ("Raziye Sadol", "present")}),
    ],
)
def test_an_unknown_first_name_after_the_cue_is_read(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _rows(sentence)


def test_a_workplace_after_a_comma_is_no_person() -> None:
    rows = _rows("Fra administrationen deltog Karen Holm, Tryg Forsikring.")
    assert ("Karen Holm", "present") in rows
    assert not any("Forsikring" in name for name, _ in rows)
