"""An unknown first name opening a list of first names only (``attendance_first_name_opening``), read as those
among known ones are. Excerpts from dev-write documents as printed (ulvshale-digelag-bestyrelse-2023-11-16,
koege-amatoerscene-bestyrelse-2018-02-04; the near miss terndrup-tif-byfest-2012-06-25, a list of clubs)."""

from __future__ import annotations

from graphbuild.parse.attendance_first_name_opening import opens_first_names
from graphbuild.parse.attendance_lists import find_attendance

P = "present"


def _rows(text: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(text)}


def test_an_unknown_first_name_opening_the_list() -> None:
    text = (
        "Referat af Bestyrelsesmøde onsdag den 16.11.2023 kl. 19:00 - Afholdt via teams.\n\n"
        "Deltagere: Ege, Michael, Dorte, Betty, Ole, Alex, Mette\n"
    )
    assert {("Ege", P), ("Michael", P), ("Mette", P)} <= _rows(text)


def test_an_unknown_first_name_inside_the_list_is_read_as_before() -> None:
    assert ("Hother", P) in _rows("Tilstede: Lisbeth, Per, Hother, Dennis\n")


def test_a_list_of_clubs_opens_no_first_name() -> None:
    text = (
        "Tilstede: Fodbold, Håndbold, Gymnastik, Smut, Bilboksning, Komiteen, De ansvarlige for baren, samt "
        "Forretningsudvalget.\n"
    )
    assert _rows(text) == set()


def test_the_next_entry_must_be_a_known_first_name_alone() -> None:
    text = "Deltagere: Ege, Michael Hansen, Dorte\n"
    at = text.index("Ege") + len("Ege")
    assert not opens_first_names(text, at, 0)  # "Michael Hansen": a full name, the list no first names' list
    assert not opens_first_names("Deltagere: Ege, Michael\n", at, 0)  # no entry after the next one
    assert not opens_first_names("Deltagere: Ege, Michael, Dorte\n", at, 1)  # not the list's first entry
    assert opens_first_names("Deltagere: Ege, Michael, Dorte\n", at, 0)
