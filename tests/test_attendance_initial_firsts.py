"""A first name written as initials only where a flattened list opens an entry (``attendance_initial_firsts``):
"… Langeland Kommune H.C. Rasmussen Langeland Kommune …", "Øvrige: Direktør H. C. Bonde Afdelingsleder …".
Excerpts from dev-write documents as printed (naturturisme-bestyrelse-2010-11-24, naturturisme-bestyrelse-2012-06-11,
sydtrafik-bestyrelse-2009-06-08); the near misses are what the guards reject."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_initial_firsts import initials_first_end
from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_names import split_run

P, A = "present", "absent"


def _rows(text: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(text)}


def _names(text: str) -> list[str]:
    return [hit.name for hit in split_run(text, 0, len(text))]


def test_joined_initials_after_the_entry_befores_municipality() -> None:
    text = (
        "1 Referat Bestyrelsesmøde nr. 19 i Naturturisme I/S Dato: Mandag den 11. juni 2012 Tidspunkt: kl Sted: "
        "Abildvej 5A, Svendborg Bestyrelsesmedlemmer: Jørgen Otto Jørgensen Ærø Kommune Rasmus Lohse Ærø Kommune "
        "Peter Jensen Faaborg-Midtfyn Kommune René Larsen Langeland Kommune H.C. Rasmussen Langeland Kommune\n"
    )
    assert {("René Larsen", P), ("H.C. Rasmussen", P)} <= _rows(text)


def test_joined_initials_in_a_list_of_the_absent() -> None:
    text = (
        "Sekretariatet Peter Blanner Sekretariatet (ref.) Afbud: Peter Lund Ærø Kommune René Larsen Langeland "
        "Kommune H.C. Rasmussen Langeland Kommune Christian Ulrich Landbruget\n"
    )
    assert ("H.C. Rasmussen", A) in _rows(text)


def test_spaced_initials_after_a_post() -> None:
    text = (
        "Medlemmer: Peter Christensen Hans Peter Geil (afbud) Erwin Andresen Inger Donslund (afbud) Jørgen Elsted "
        "Hansen Poul Rosendahl Morten Kristensen Thyge Nielsen (afbud) Ole Jacobsen Øvrige: Direktør H. C. Bonde "
        "Afdelingsleder Kirsten Therkildsen (ref.) Dagsordenspunkter:\n"
    )
    assert {("H. C. Bonde", P), ("Kirsten Therkildsen", P)} <= _rows(text)


def test_the_initials_end_their_name_at_the_surname() -> None:
    assert _names("René Larsen Langeland Kommune H.C. Rasmussen Langeland Kommune") == ["René Larsen", "H.C. Rasmussen"]


@pytest.mark.parametrize(
    ("words", "i", "after_hit"),
    [
        # a middle name's initials: the word before is the name before's, no entry opens there
        (["Afbud:", "Peter", "H.S.", "Kristensen"], 2, False),
        # a street's or a legacy's genitive or word no surname list holds after the initials
        (["beliggende", "H.C.", "Branners", "Vej"], 1, False),
        (["budget", "C.", "V.", "Bramsnæs", "Legat"], 1, False),
        # one initial alone opens no name
        (["Kommune", "H.", "Jensen"], 1, False),
        # after a word of a sentence, not where an entry opens ("Orientering om H.C. Andersen Airport")
        (["om", "H.C.", "Andersen", "Airport"], 1, False),
    ],
)
def test_near_misses_open_no_name(words: list[str], i: int, after_hit: bool) -> None:
    assert initials_first_end(words, i, after_hit) is None


def test_a_middle_initials_name_stays_whole() -> None:
    assert _rows("Afbud: Peter H.S. Kristensen\n") == {("Peter H.S. Kristensen", A)}
