"""A list of those present that names the whole body and then who was not there ("Til stede: Hele bestyrelsen
undtagen Jens Hansen"): the names after the exception are absent, never present; the prose form ("Alle var mødt,
undtagen John G. Christensen og Hanne Roed, som havde meldt afbud.", rm-digital-sundhed-2020-08-18) with the other
exception words ("bortset fra", "med undtagelse af"). The label forms put a dev-write minutes' label and names
(hammelev-menighedsraad-2019-10-08's "Til stede:") in the form a small body's minutes print; then the near misses
that must stay as they were: an exception later in a list of names, an exception of an item, the whole body with
others added."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_whole_body import exceptions_start

P, A = "present", "absent"
_TAIL = "\n\n1. Temadag om liturgi\nOrientering.\n"


def _rows(text: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(text + _TAIL)}


def test_the_whole_board_but_one() -> None:
    text = (
        "Referat af MR møde trsdag d. 8. okt. 2019 Kl. 19.30 i Sognehuset.\n\n"
        "Til stede: Hele bestyrelsen undtagen Hans Hansen"
    )
    assert _rows(text) == {("Hans Hansen", A)}


def test_all_but_two_after_a_comma_with_their_reason() -> None:
    text = "Referat\n\nTil stede: Alle, undtagen Anne Jansson og Rasmus Lauenstein, der havde meldt afbud"
    assert _rows(text) == {("Anne Jansson", A), ("Rasmus Lauenstein", A)}


def test_all_but_first_names() -> None:
    assert _rows("Referat\n\nTilstede: Alle undtagen Nina og Rikke") == {("Nina", A), ("Rikke", A)}


def test_the_body_minus_one_beside_the_minutes_taker() -> None:
    text = "Referat\n\nDeltagere: Menighedsrådet minus Julie Aulkær Glöe\nReferent: Peter Nørgaard"
    assert ("Julie Aulkær Glöe", A) in _rows(text)
    assert ("Julie Aulkær Glöe", P) not in _rows(text)


def test_a_member_list_elsewhere_keeps_the_others_present() -> None:
    text = (
        "Referat\n\nBestyrelsen: Hans Hansen, Anne Jansson, Rasmus Lauenstein\n\n"
        "Til stede: Hele bestyrelsen undtagen Anne Jansson"
    )
    assert _rows(text) == {("Hans Hansen", P), ("Anne Jansson", A), ("Rasmus Lauenstein", P)}


def test_the_prose_form_as_printed() -> None:
    text = (
        "den 18. august 2020 kl. 11:00\ni Regionshuset Viborg, Konference 1, Skottenborg 26, 8800 Viborg\n"
        "Alle var mødt, undtagen John G. Christensen og Hanne Roed, som havde meldt afbud."
    )
    assert _rows(text) == {("John G. Christensen", A), ("Hanne Roed", A)}


def test_the_prose_form_with_other_exception_words() -> None:
    assert _rows("Referat\n\nAlle medlemmer var til stede, bortset fra Jørgen Winther.") == {("Jørgen Winther", A)}
    assert _rows("Referat\n\nAlle var mødt med undtagelse af Else Kayser, der havde meldt afbud.") == {
        ("Else Kayser", A)
    }


def test_no_exception_list_from_a_list_of_names_or_an_item() -> None:
    # an exception after names is no whole body's; an item excepted names no one; the whole body with others added
    assert _rows("Referat\n\nTil stede: Hans Hansen, Anne Jansson - undtagen under punkt 3") == {
        ("Hans Hansen", P),
        ("Anne Jansson", P),
    }
    assert _rows("Referat\n\nTil stede: Alle undtagen under punkt 3") == set()
    assert _rows("Referat\n\nTil stede: Hele bestyrelsen samt direktør Peter Nørgaard") == {("Peter Nørgaard", P)}


def test_where_the_absent_start() -> None:
    text = "Til stede: Hele bestyrelsen, undtagen Hans Hansen"
    assert exceptions_start(text, len("Til stede:"), len(text)) == text.index("Hans")
    assert exceptions_start("Til stede: Hans Hansen undtagen Anne", 10, 36) is None
    assert exceptions_start("Til stede: alle undtagen punkt 3", 10, 32) is None  # no name after the exception


def _listed(sentence: str) -> set[tuple[str, str, bool]]:
    text = f"Referat\n\nBestyrelsen: Hans Hansen, Anne Jansson, Rasmus Lauenstein\n\n{sentence}"
    return {(row.name, row.status, row.summoned) for row in find_attendance(text + _TAIL)}


def test_the_whole_body_came_makes_its_member_list_attendance() -> None:
    # as "Alle var mødt." (rm-regional-udvikling-2019-08-07) does: the minutes record that all attended
    for sentence in ("Hele bestyrelsen var til stede.", "Hele menighedsrådet var mødt.", "Fuldt fremmøde."):
        assert _listed(sentence) == {
            ("Hans Hansen", P, False),
            ("Anne Jansson", P, False),
            ("Rasmus Lauenstein", P, False),
        }, sentence


def test_no_attendance_recorded_by_the_whole_body_to_come() -> None:
    # a plan or another word of "fuld" records nothing: the member list stays the members summoned
    for sentence in ("Hele bestyrelsen skal deltage i mødet med kommunen.", "Der er fuld opbakning."):
        assert all(summoned for _, _, summoned in _listed(sentence)), sentence


def test_the_chair_in_the_definite_before_a_name_is_no_part_of_it() -> None:
    # dansk-lokalhistorisk-forening-generalforsamling-2018-04-14 (blind batch 2026-12-04-f), as printed: the line
    # after the list is read as an entry, and "Formanden" is the title, not a first name
    text = (
        "Referat\n\nFra bestyrelsen deltog: Aase Windeballe, Ole Koefoed Nielsen, Helge Torm, Arne Fogt, "
        "Flemming Bruun, Erik Nørr og Erik Christensen.\n"
        "Formanden Aase Windeballe bød velkommen og foreslog Bent Thygesen som dirigent."
    )
    names = {name for name, _ in _rows(text)}
    assert "Aase Windeballe" in names
    assert not any(name.startswith("Formanden") for name in names)
