"""A member ill on the day, said in prose in the past tense: "Per Lund var syg.", "A og B var syge.", "X var også
sygemeldt." (issue 13, item 1): absent, as "X var forhindret" is. The near misses are an illness of another time
("… var syg i tre uger i sommer"), a title with no name before the verb (vaekstforum-hovedstaden-2013-02-26, dev-write:
"Velkomst ved formanden Idet formanden var syg, bød Allan Agerholm velkommen") and an illness in the present tense,
which announces a leave (a deputy's summons), not an absence from this meeting."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

P, A = "present", "absent"
_HEAD = "Referat\nBestyrelsen\nMødedato: 3. marts 2020\n\nTil stede: Kaj Bang, Lene Holm og Ole Berg.\n\n"
_TAIL = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n"


def _rows(text: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(_HEAD + text + _TAIL)}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Per Lund var syg.", {"Per Lund"}),
        ("Per Lund og Hans Dam var syge.", {"Per Lund", "Hans Dam"}),
        ("Afbud: Jens Juhl. Per Lund var også sygemeldt.", {"Jens Juhl", "Per Lund"}),
        ("Per Lund var syg og deltog ikke.", {"Per Lund"}),
    ],
)
def test_a_member_ill_on_the_day_is_absent(text: str, absent: set[str]) -> None:
    rows = _rows(text)
    assert {(name, A) for name in absent} <= rows
    assert ("Kaj Bang", P) in rows


@pytest.mark.parametrize(
    "text",
    [
        "Per Lund var syg i tre uger i sommer, men er nu tilbage.",
        "Velkomst ved formanden Idet formanden var syg, bød Per Lund velkommen.",
        "Per Lund er syg, og stedfortræderen indkaldes fra 1. april.",
    ],
)
def test_an_illness_of_another_time_or_no_name_makes_no_absence(text: str) -> None:
    assert not any(status == A for _, status in _rows(text))
