"""A list of those present in groups headed by what the people are ("Forældre:", "Elever:", "Medarbejdere:") beside
a delegation's "Fra skolen:", names after each heading on its line, also a small body's first names alone
(nyelandsvej-skolebestyrelse-2022-08-18, quoted as printed; skovboskolen-skolebestyrelsen-2008-12-02 heads its
groups "Forældrevalgte:", "Skolerepræsentanter:"). Near misses: a group's word opening a sentence of the minutes,
a heading with no names after it, a heading after the list's end."""

from __future__ import annotations

from graphbuild.parse.attendance_groups import inline_group_end
from graphbuild.parse.attendance_lists import find_attendance

P, A = "present", "absent"
_TAIL = "\n\n \n\nPunkt 1: Velkommen til de nye medlemmer \n\nBestyrelsen præsenterede sig selv.\n"

# nyelandsvej-skolebestyrelse-2022-08-18
_NYELANDSVEJ = (
    "Bestyrelsesmøde torsdag den 18. august kl. 17-19 på personalerummet på Nyelandsvej \n\nAfbud: Nina, Rikke \n\n"
    "Tilstede:  \n\nFra skolen: Marianne, Jesper, Maike, Sonni; Jacob, Susanne \n\n"
    "Forældre: Michelle, Rasmus, Elizabeth, Arne, Mette, Benjamin, Barbara \n\nElever: Anna, Ellen, Elias, \n"
)


def _rows(text: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(text + _TAIL)}


def test_groups_of_first_names_under_an_empty_label() -> None:
    present = "Marianne Jesper Maike Sonni Jacob Susanne Michelle Rasmus Elizabeth Arne Mette Benjamin Barbara"
    expected = {(name, P) for name in f"{present} Anna Ellen Elias".split()} | {("Nina", A), ("Rikke", A)}
    assert _rows(_NYELANDSVEJ) == expected


def test_groups_of_full_names() -> None:
    text = "Referat\n\nTil stede:\nForældre: Michelle Olsen, Rasmus Lund\nMedarbejdere: Anna Berg\nAfbud: Nina Holm"
    assert _rows(text) == {("Michelle Olsen", P), ("Rasmus Lund", P), ("Anna Berg", P), ("Nina Holm", A)}


def test_no_group_from_a_sentence_or_a_heading_without_names() -> None:
    assert _rows("Referat\n\nTil stede: Hanne Olsen, Per Nielsen\n\nLedelsen: orienterede om økonomien.") == {
        ("Hanne Olsen", P),
        ("Per Nielsen", P),
    }
    assert _rows("Referat\n\nTil stede: Hanne Olsen, Per Nielsen\nElever: Eleverne deltog ikke.") == {
        ("Hanne Olsen", P),
        ("Per Nielsen", P),
    }
    assert _rows("Referat\n\nPunkt 2: Nyt fra\nForældre: Benjamin og Arne orienterede om trivsel.") == set()


def test_where_a_groups_names_start() -> None:
    line = "Forældre: Michelle, Rasmus, Elizabeth"
    assert inline_group_end(line, 0) == line.index("Michelle")
    assert inline_group_end("Forældre: Nyt fra bestyrelsen", 0) is None
    assert inline_group_end("Forældre: Michelle", 0) is None  # one first name alone is no list of them


def test_two_groups_of_people_joined_in_one_heading() -> None:
    # duevej-skolebestyrelse-2025-11-13 (blind batch 2026-12-04-f), as printed
    text = (
        "Tid: 13. november 2025 kl. 17.00-20.00\nSted: Kontorgangen i rød bygning – ledelsens mødelokale\n\n"
        "Deltagere\nForældre: Emmy Koefoed, Anne-Louise Quass, Christian Søndergaard Christensen, Lotte Toftgaard,\n"
        "Nina Kavanagh, Bjarke Bisgaard Yolal\n"
        "Medarbejdere og ledelse: Nikolaj Koefoed Lam, Ane Christoffersen, Henrik Buchardt, Henriette Aaby\n\n"
        "Afbud: Patricia Bovién Nørfelt, Mette Hassing Christensen og Mikkel Grundtvig\n\nReferent: Henriette Aaby\n"
    )
    rows = _rows(text)
    staff = {"Nikolaj Koefoed Lam", "Ane Christoffersen", "Henrik Buchardt", "Henriette Aaby"}
    assert {(name, P) for name in staff} <= rows
    assert {("Emmy Koefoed", P), ("Bjarke Bisgaard Yolal", P), ("Mikkel Grundtvig", A)} <= rows


def test_no_joined_group_from_other_words() -> None:
    assert inline_group_end("Medarbejdere og ledelse: Nikolaj Koefoed Lam", 0) == len("Medarbejdere og ledelse: ")
    assert inline_group_end("Medarbejdere og budget: Nikolaj Koefoed Lam", 0) is None
    assert inline_group_end("forældre: Nikolaj Koefoed Lam", 0) is None  # a heading opens with its capital
