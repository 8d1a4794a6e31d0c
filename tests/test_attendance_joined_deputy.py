"""A deputy joined to a list of those present by "og"/"samt" ("…, Else Marie Birk - regnskabfører samt suppleant:
Anne Marie Roesgaard.", hammelev-menighedsraad-2019-10-08) is one more entry of the list, not the stand-in of the
entry before it: that member stays present. Near misses that keep their reading: a deputy after a comma in a list
of those present, and a deputy joined to a list of the absent, each the stand-in of the member before."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"
_TAIL = "\n\n1. Temadag om liturgi\nOrientering.\n"

# hammelev-menighedsraad-2019-10-08, as printed
_HAMMELEV = (
    "Referat af MR møde trsdag d. 8. okt. 2019 Kl. 19.30 i Sognehuset.\n\n"
    "Til stede: Helga Blomgreen - formand, Hans Hansen, Anne Jansson, Hans Henrik\n"
    "Knudsen, Rasmus Lauenstein, Julie Aulkær Glöe – sognepræst, Peter Nørgaard –\n"
    "graver, Else Marie Birk - regnskabfører samt suppleant: Anne Marie Roesgaard.\n"
)


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(row.name, row.status, row.for_) for row in find_attendance(text + _TAIL)}


def test_a_deputy_joined_by_samt_leaves_the_entry_before_present() -> None:
    rows = _rows(_HAMMELEV)
    assert ("Else Marie Birk", P, None) in rows
    assert ("Anne Marie Roesgaard", S, None) in rows
    assert not any(status == A for _, status, _ in rows)


def test_a_deputy_joined_by_og() -> None:
    rows = _rows("Referat\n\nTil stede: Hans Hansen, Anne Jansson og suppleant Rasmus Lauenstein")
    assert rows == {("Hans Hansen", P, None), ("Anne Jansson", P, None), ("Rasmus Lauenstein", S, None)}


def test_a_deputy_after_a_comma_or_in_a_list_of_the_absent_stands_in_for_the_member_before() -> None:
    assert _rows("Referat\n\nAfbud: Hans Hansen og suppleant Rasmus Lauenstein") == {
        ("Hans Hansen", A, None),
        ("Rasmus Lauenstein", S, "Hans Hansen"),
    }
    assert ("Rasmus Lauenstein", S, "Hans Hansen") in _rows(
        "Referat\n\nTil stede: Hans Hansen, suppleant Rasmus Lauenstein"
    )
