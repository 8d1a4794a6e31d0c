"""A board's post labelled with its colon inside a line a PDF's text layer flattened (`role_inline_board_labels`), as
Landsbyrådet i Lørslev, varme8350.dk and Rebild Avis print a board's constitution one post a line, once a page is one
line: the name right after the label's colon holds the post; never a label right after another label's colon, a post
in lower case or inflected, nor a post with no name after it."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

from graphbuild.extract.role_inline_board_labels import INLINE_BOARD_LABEL

HEADER = "Referat af bestyrelsesmøde tirsdag den 18. oktober 2011\n\n"

CASES: list[RoleCase] = [
    (
        "a board's constitution run onto one line, a space before each colon (Landsbyrådet i Lørslev)",
        "Til disse poster valgtes for perioden indtil årsmødet i maj 2008 : Formand : Kent Budolfsen Kasserer : Poul "
        "Sørensen Sekretær : Jens Chr. Larsen",
        {("Kent Budolfsen", "formand"), ("Poul Sørensen", "kasserer"), ("Jens Chr. Larsen", "sekretær")},
        {("Kent Budolfsen", "kasserer"), ("Poul Sørensen", "sekretær")},
    ),
    (
        "a deputy's, a treasurer's, a secretary's and a board member's labels after each name (varme8350.dk)",
        "Konstituering: Formand: Heimo Dalsgaard Næstformand: Lars Wahlqvist Kasserer: Karl Anker Jensen Sekretær: "
        "Michael Kock Bestyrelsesmedlem: Bjarne Pedersen",
        {
            ("Lars Wahlqvist", "næstformand"),
            ("Karl Anker Jensen", "kasserer"),
            ("Michael Kock", "sekretær"),
            ("Bjarne Pedersen", "bestyrelsesmedlem"),
        },
        {("Heimo Dalsgaard", "næstformand"), ("Lars Wahlqvist", "kasserer"), ("Michael Kock", "bestyrelsesmedlem")},
    ),
    (
        "a label right after another label's colon is a column of labels, its value not the next name",
        "Konstituering: Formand: Kasserer: Sekretær: Heimo Dalsgaard Karl Anker Jensen Michael Kock",
        set(),
        {("Karl Anker Jensen", "kasserer"), ("Michael Kock", "sekretær")},
    ),
    (
        "the treasurer's report and a post sought are no label of a name",
        "Generalforsamlingen godkendte Kassererens beretning: Karl Anker Jensen fremlagde regnskabet. Ny Kasserer: "
        "søges blandt medlemmerne, Lars Wahlqvist tager kontakt.",
        set(),
        {("Karl Anker Jensen", "kasserer"), ("Lars Wahlqvist", "kasserer")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_inline_board_label_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_the_label_is_a_capitalised_post_with_its_colon() -> None:
    """A post in lower case ("valgt som kasserer: NAME" in prose), inflected or compounded ("Kassererens:",
    "Kasserer-posten:"), a label with no colon ("Kasserer NAME") and one with words between its colon and the name
    are no inline label."""
    near_misses = (
        "valgt som kasserer: ",
        "godkendte Kassererens: ",
        "om Kasserer-posten: ",
        "Ingen Kasserer ",
        "Ingen Kasserer: søges ",
    )
    assert all(INLINE_BOARD_LABEL.search(text) is None for text in near_misses)
    assert INLINE_BOARD_LABEL.search("Jensen Kasserer : ") is not None
    assert INLINE_BOARD_LABEL.search("Jensen 1. Næstformand: ") is not None
