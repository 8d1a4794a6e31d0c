"""A meeting's officer signed or labelled by a first name alone (`role_labelled_first_names`), as associations' and
parish councils' minutes print it (Jystrup.net, Sydmors Pastorat, Agerskov Lokalhistoriske Arkiv), and a board's posts
so labelled where it constitutes itself (LAP Vestsjælland): the fuller name the attendance list gives, else the first
name as printed; never a word that is no first name, a first name two people share, or a longer name's first word."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_labelled_first_names import LABELLED_NAME, with_labelled_first_names

HEADER = "Referat fra bestyrelsesmøde i Borgerforeningen Nørreby\nTirsdag den 14. marts 2023 kl. 19.00\n\n"

CASES: list[RoleCase] = [
    (
        "the minute-taker's signature by a first name is the attendance list's fuller name (Jystrup.net)",
        "Deltagere:  Stef Kock Mogensen, Johannes Lund, Jens Nelmark og Tommy Johannessen\n\n"
        "Afbud fra:  Bente Meehan\n\nHaveaffaldsplads:\nDrøftelse af pladsens placering.\n\nRef: Tommy",
        {("Tommy Johannessen", "referent")},
        {("Tommy", "referent")},
    ),
    (
        "an abbreviated label with a full stop (Sydmors Pastorat)",
        "Deltagere: Anny Nielsen, Jørgen Påske, Ole Kristensen, Marie Boel\n\n1. Evt.\n\n-\n\nRef. Jørgen",
        {("Jørgen Påske", "referent")},
        set(),
    ),
    (
        "a first name the minutes never print in full is the name as printed (Agerskov Lokalhistoriske Arkiv)",
        "Til stede: Jens – Karin – Tage – Hans – Hanne – Peter – Lause\n\nReferent: Hanne\n\n"
        "0: Formanden byder alle velkommen",
        {("Hanne", "referent")},
        set(),
    ),
    (
        "a first name two listed people share names no one",
        "Deltagere: Anna Holm, Anna Berg og Peter Lund\n\nOrdstyrer: Anna\n\n1. Meddelelser",
        set(),
        {("Anna", "ordstyrer"), ("Anna Holm", "ordstyrer"), ("Anna Berg", "ordstyrer")},
    ),
    (
        "a board constituting itself labels its posts with first names alone (LAP Vestsjælland, bestyrelsesmøde 2022)",
        "Tilstede: René, Thomas, Hanne og Anders\n\n1. Valg af referent: Anders\n\n4. Konstitution af bestyrelsen:\n"
        "Formand: Hanne\nNæstformand: Thomas\nKasserer: Anders\n\n5. Opfølgning på ideer fra generalforsamlingen",
        {("Hanne", "formand"), ("Thomas", "næstformand"), ("Anders", "kasserer"), ("Anders", "referent")},
        {("Thomas", "formand"), ("Hanne", "kasserer")},
    ),
    (
        "a board post's label inside a sentence, or followed by more than the first name, names no one",
        "Deltagere: Hanne Berg, Thomas Lund\n\nDet blev aftalt, at formand: Hanne skal skrive.\n"
        "Kasserer: Thomas fremlagde regnskabet.\n",
        set(),
        {("Hanne", "formand"), ("Hanne Berg", "formand"), ("Thomas", "kasserer"), ("Thomas Lund", "kasserer")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_labelled_first_name_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_a_word_that_is_no_first_name_or_a_longer_name_is_not_read() -> None:
    """ "Ref.Godkendt" (a web form's cells run together), "Ref. GRYBE" (a case officer's initials), "Referent:
    Mødelokale 2", "Referent: Dronningeværelset" (a flattened template's next cell) and a full name are no lone
    first name."""
    near_misses = (
        "Ref.Godkendt\nRef. GRYBE\nReferent: Mødelokale 2\nReferent: Dronningeværelset\nReferent: Hanne Jensen\n"
        "Ref: Tommy og Bo\n"
    )
    assert [m["name"] for m in LABELLED_NAME.finditer(near_misses)] == ["Dronningeværelset"]
    people: list[PersonMention] = []
    assert with_labelled_first_names(near_misses, people, []) is people
    assert [m["name"] for m in LABELLED_NAME.finditer("2. Valg af ordstyrer: Anna\nRef.: Jørgen.\n")] == [
        "Anna",
        "Jørgen",
    ]
