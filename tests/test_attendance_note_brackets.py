"""A bracket after a member's name that notes a status or a stand-in, capitalised as a party's bracket is ("(Afbud)",
"(Stedfortræder for Y)", as the FirstAgenda portal writes a stand-in into a participant's name), is the entry's note,
no party (issue 13, item 1). Variants of a dev document's list (aabenraa-teknik-miljoe-2021-09-01: "Medlemmer: Arne
Leyh Petersen, Kurt Andresen, …, Thomas Juhl" with "Afbud: Thomas Juhl" beside it)."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(row.name, row.status, row.for_) for row in find_attendance(text)}


def test_a_capitalised_apology_in_brackets_marks_the_member_absent() -> None:
    text = (
        "Medlemmer:\nArne Leyh Petersen\nKurt Andresen\nEivind Underbjerg Hansen\nThomas Juhl (Afbud)\n"
        "Egon Madsen\n\n1. Godkendelse af dagsorden\n"
    )
    rows = _rows(text)
    assert ("Thomas Juhl", A, None) in rows
    assert ("Egon Madsen", P, None) in rows


def test_a_capitalised_stand_in_note_names_whom_the_member_stood_in_for() -> None:
    text = (
        "Deltagere: Arne Leyh Petersen, Kurt Andresen, Jan Riber Jakobsen (Stedfortræder for Thomas Juhl), "
        "Egon Madsen\nAfbud: Thomas Juhl\n\n1. Godkendelse af dagsorden\n"
    )
    rows = _rows(text)
    assert ("Jan Riber Jakobsen", S, "Thomas Juhl") in rows
    assert ("Thomas Juhl", A, None) in rows


def test_a_party_in_brackets_is_still_a_party() -> None:
    text = "Deltagere: Arne Leyh Petersen (Venstre), Kurt Andresen (A), Egon Madsen (Dansk Folkeparti)\n"
    rows = find_attendance(text)
    assert {(row.name, row.status) for row in rows} == {
        ("Arne Leyh Petersen", P),
        ("Kurt Andresen", P),
        ("Egon Madsen", P),
    }
    assert {row.party for row in rows} == {"Venstre", "A", "Dansk Folkeparti"}


def test_a_middle_dot_separates_entries_as_a_bullet_does() -> None:
    # a web page's separator ("· Helle M. Adelborg (Hvidovre Kommune, næstformand)" in hbr-bestyrelsen-2019-11-06's
    # snippet), here between the entries of a variant of the aabenraa list
    text = (
        "Deltagere: Arne Leyh Petersen · Kurt Andresen · Eivind Underbjerg Hansen · Egon Madsen\n"
        "Afbud: Thomas Juhl\n\n1. Godkendelse af dagsorden\n"
    )
    rows = {(row.name, row.status) for row in find_attendance(text)}
    assert {("Kurt Andresen", P), ("Eivind Underbjerg Hansen", P), ("Egon Madsen", P), ("Thomas Juhl", A)} <= rows


def test_a_middle_dot_before_a_snippets_date_gives_no_entry_of_it() -> None:
    # a search snippet's dots around its date ("Movia · 2.09.2015 · Politisk dokument"): only the names are entries
    text = "Deltagere: Helle M. Adelborg · 06.11.2019 · Lone Loklindt\n\n1. Godkendelse af dagsorden\n"
    rows = {(row.name, row.status) for row in find_attendance(text)}
    assert rows == {("Helle M. Adelborg", P), ("Lone Loklindt", P)}


def test_a_status_after_a_names_colon_is_the_entrys_value_no_label() -> None:
    # a members' list whose entries give their status after a colon, as attendance_columns reads "Name: Deltog"
    text = (
        "Medlemmer:\nArne Leyh Petersen: Afbud\nKurt Andresen: Mødt\nEgon Madsen: Mødt\n\n1. Godkendelse af dagsorden\n"
    )
    assert _rows(text) == {("Arne Leyh Petersen", A, None), ("Kurt Andresen", P, None), ("Egon Madsen", P, None)}
    inline = "Medlemmer: Arne Leyh Petersen, Thomas Juhl: Afbud, Kurt Andresen\n\n1. Godkendelse af dagsorden\n"
    assert ("Thomas Juhl", A, None) in _rows(inline)


def test_a_label_after_a_label_still_ends_the_list() -> None:
    # aabenraa-boerne-uddannelsesudvalg-2017-06-06: "Bemærkninger:" ends the members' list, "Afbud:" heads its own
    text = (
        "Medlemmer: Kirsten Nørgård Christensen, Dorte Ballhorn Soll, Eivind Underbjerg Hansen\n"
        "Bemærkninger: Afbud: Dorte Ballhorn Soll\n\nMødet sluttede kl. 11.15\n"
    )
    rows = _rows(text)
    assert ("Dorte Ballhorn Soll", A, None) in rows
    assert ("Kirsten Nørgård Christensen", P, None) in rows
    assert not any(name.startswith("Bemærkninger") for name, _, _ in rows)
