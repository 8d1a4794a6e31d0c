"""A bracket after an absent member that names the one who came, a name and the verb of coming ("Mette Olander
(Lene Damborg Ibsen deltog i stedet)"), is the entry's stand-in note however short the name in it: read as a party
when it fitted a party's length, it lost whom the deputy stood in for (issue 13, item 1). Excerpt of
roskilde-handicapraadet-2018-02-01 (the source's deputy, and shorter names in its place); a party's bracket, with
no verb of coming, stays the party."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

A, S = "absent", "substitute"
_ROSKILDE = (
    "Referat\nHandicaprådet\nMødedato: 1. februar 2018\nFraværende:\n  Mette Olander ({note}), Kristina Mikkelsen\n"
)


@pytest.mark.parametrize(
    ("note", "deputy"),
    [
        ("Lene Damborg Ibsen deltog i stedet", "Lene Damborg Ibsen"),
        ("Lene Ibsen deltog i stedet", "Lene Ibsen"),
        ("Lene Ibsen mødte i stedet", "Lene Ibsen"),
        ("Lene Ibsen deltog som suppleant", "Lene Ibsen"),
    ],
)
def test_the_one_who_came_stands_in_for_the_member_before_the_bracket(note: str, deputy: str) -> None:
    rows = {(r.name, r.status, r.for_) for r in find_attendance(_ROSKILDE.format(note=note))}
    assert {("Mette Olander", A, None), (deputy, S, "Mette Olander"), ("Kristina Mikkelsen", A, None)} <= rows


@pytest.mark.parametrize("party", ["Socialdemokratiet", "Dansk Folkeparti", "V"])
def test_a_partys_bracket_stays_the_party(party: str) -> None:
    rows = find_attendance(_ROSKILDE.format(note=party))
    olander = [r for r in rows if r.name == "Mette Olander"]
    assert [(r.status, r.party) for r in olander] == [(A, party)]
    assert not any(r.status == S for r in rows)
