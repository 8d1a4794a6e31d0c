"""A list of first names whose last entry a flattened page runs on into the first item's heading
(graphbuild/parse/attendance_first_name_ends.py): the item number that opens a run of numbered items ends the list and
the last first name is an entry. The cases quote dev-write excerpts as a page flattened onto one line prints them
(taarnborg-lokalraad-2017-03-06, ulvshale-digelag-bestyrelse-2023-11-16, brondby-vester-menighedsraad-2019-03-27);
the near misses keep a number that opens no run, a lone first name with no list before it and a word no first name
out."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

P, A = "present", "absent"
_ITEMS = " 2. Økonomi Kassereren gennemgik regnskabet. 3. Eventuelt Intet.\n"


def _rows(text: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(text)}


def test_the_last_first_name_before_the_first_item() -> None:
    text = (
        "Referat Mødet blev holdt hos Birgit Carlsen på Svalevej Til stede var Karen, Mette, Thomas og Jørgen "
        "1. Godkendelse af dagsorden og referat Begge dele godkendt uden kommentarer" + _ITEMS
    )
    assert _rows(text) == {("Karen", P), ("Mette", P), ("Thomas", P), ("Jørgen", P)}


def test_the_last_first_name_before_a_heading_in_capitals_and_the_first_item() -> None:
    text = (
        "Referat Mødet blev afholdt via teams. Deltagere: Ege, Michael, Dorte, Betty, Ole, Alex, Mette DAGSORDEN "
        "1. Tilføjelse til dagsorden Der tilføjes punkt 4 a." + _ITEMS
    )
    assert ("Mette", P) in _rows(text)


def test_the_last_first_name_and_its_full_stop_before_the_first_item() -> None:
    text = (
        "Referat 27. marts 2019 kl. 19.00 Afbud: Elisabeth, Hanne, Anne-Marie og Søren. 1. Sigurd "
        "præsenterede/fortalte om sit projekt ”Paulus”" + _ITEMS
    )
    assert _rows(text) == {("Elisabeth", A), ("Hanne", A), ("Anne-Marie", A), ("Søren", A)}


def test_a_number_that_opens_no_run_ends_no_list() -> None:
    # near miss: no "2." follows the "1.", so the number is no item's and "Jørgen 1" no entry
    text = "Referat Til stede var Karen, Mette, Thomas og Jørgen 1. Godkendelse af dagsorden og referat.\n"
    assert ("Jørgen", P) not in _rows(text)


def test_a_lone_first_name_with_no_list_before_it() -> None:
    # near miss: one first name alone before the heading is no list of first names
    text = "Referat Afbud: Jørgen 1. Godkendelse af dagsorden og referat" + _ITEMS
    assert ("Jørgen", A) not in _rows(text)


def test_a_word_no_first_name_before_the_first_item() -> None:
    # near miss: a place after the first names is no entry
    text = "Referat Til stede var Karen, Mette og Hjørring 1. Godkendelse af dagsorden og referat" + _ITEMS
    assert not any(name == "Hjørring" for name, _ in _rows(text))


def test_the_next_item_number_with_no_space_before_its_title() -> None:
    # "2.Økonomi": the run's next number glued to its title still opens the run
    text = (
        "Referat Mødet blev holdt hos Birgit Carlsen på Svalevej Til stede var Karen, Mette, Thomas og Jørgen "
        "1. Godkendelse af dagsorden og referat Begge dele godkendt uden kommentarer 2.Økonomi Kassereren gennemgik "
        "regnskabet. 3.Eventuelt Intet.\n"
    )
    assert ("Jørgen", P) in _rows(text)


def test_a_decimal_after_the_first_number_opens_no_run() -> None:
    # near miss: "2.5" is an amount, no item's number
    text = "Referat Til stede var Karen, Mette, Thomas og Jørgen 1. Godkendelse af dagsorden Udgift 2.5 mio.\n"
    assert ("Jørgen", P) not in _rows(text)
