"""Titled roles in a roster read title first and in a guest's apposition: a title right after a name's party
bracket opens the next entry when the roster's first name has its title before it ("Formand A (A) næstformand
B (V)"); a guest's post with the workplace he comes from ("NAME, skoleleder fra AOF") and two posts joined by
"og" before it. Each case is an excerpt in the shape minutes print it (names paraphrased), with the (person,
role) facts it must give and those it must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Referat af møde i Integrationsrådet\n\n"


CASES: list[RoleCase] = [
    (
        "a roster read title first with no 'og': the title after the first bracket is the next name's",
        "Til stede: Formand Jens Hansen (A) næstformand Lise Holm (V) Peter Nielsen (C)",
        {("Jens Hansen", "formand"), ("Lise Holm", "næstformand")},
        {("Jens Hansen", "næstformand"), ("Peter Nielsen", "næstformand")},
    ),
    (
        "a roster read name first keeps each title after its bracket the bracketed name's",
        "Til stede: Jens Hansen (A) formand Lise Holm (V) næstformand Peter Nielsen (C) Karen Olsen (O)",
        {("Jens Hansen", "formand"), ("Lise Holm", "næstformand")},
        {("Lise Holm", "formand"), ("Peter Nielsen", "næstformand")},
    ),
    (
        "a guest's post and the workplace he comes from (Brønderslev's integration council)",
        "Peter Holm, skoleleder fra AOF vil ligeledes deltage i mødet.",
        {("Peter Holm", "skoleleder")},
        set(),
    ),
    (
        "two posts joined by 'og' before the workplace: both the guest's",
        "Lars Holm, skoleleder og udviklingskonsulent fra AOF, vil deltage på mødet.",
        {("Lars Holm", "skoleleder"), ("Lars Holm", "udviklingskonsulent")},
        set(),
    ),
    (
        "a director from a firm, after the name and its comma",
        "Jens Hansen, direktør fra Vejle Spildevand, orienterede om projektet.",
        {("Jens Hansen", "direktør")},
        set(),
    ),
    (
        "a chair's title joined by 'og' is the list's board's, read elsewhere: the apposition gives the mayor's",
        "• Kirsten Jensen, bestyrelsesformand og borgmester i Hillerød (A)",
        {("Kirsten Jensen", "borgmester")},
        set(),
    ),
    (
        "'fra' after a name with no title is no post, nor is a date after 'fra'",
        "Jens Hansen fra AOF deltog. Lise Holm, medlem fra 2015, deltog også.",
        set(),
        {("Jens Hansen", "medlem"), ("Lise Holm", "formand")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_widened_role_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
