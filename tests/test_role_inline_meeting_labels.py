"""A meeting's post labelled with its colon inside a line a PDF's text layer flattened (`role_inline_meeting_labels`),
as Ældrerådet i Dragør, Skovboskolen, Gribskov Kommune, Varde Kommune, Skagen Byting and Gjessø Lokalråd print their
headers once a page is one line: the name right after the label's colon holds the post; never a label right after
another label's colon (a column of labels before their values) nor a post in lower case in running prose."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

from graphbuild.extract.role_inline_meeting_labels import INLINE_LABEL

HEADER = "Referat af bestyrelsesmøde i Skolebestyrelsen onsdag den 16. april 2008\n\n"

CASES: list[RoleCase] = [
    (
        "two labels of the header one after another on the page's line (Skovboskolen)",
        "1 Referat af ekstraordinært Skolebestyrelsesmøde Skovboskolen, mødelokale K2 onsdag den 16. april 2008 kl. "
        "18.30 - 20.30 Dirigent: Peter Knappmann Referent: Erling Grøn-Jensen Til stede: Forældrevalgte: Peter "
        "Knappmann, Nette Schultz, Brian Folmann Christiansen",
        {("Peter Knappmann", "dirigent"), ("Erling Grøn-Jensen", "referent")},
        {("Nette Schultz", "referent"), ("Brian Folmann Christiansen", "dirigent")},
    ),
    (
        "a referent after the absentees' value, the next heading run on after the name (Varde Kommune)",
        "Deltagere: Preben Olesen, Søren Laulund, Thyge Nielsen, Holger Grumme Nielsen Fraværende: Ingen Referent: "
        "Frants Bilde Kjeldsen Åbent Referat til Byrådet",
        {("Frants Bilde Kjeldsen", "referent")},
        {("Holger Grumme Nielsen", "referent")},
    ),
    (
        "a label after the absentees' list's comma (Skagen Byting)",
        "Fraværende: Niels Ove Kildahl (NOK) orlov, Jan Iversen (JI) uden afbud, Referent: Ole Bjerg Lauritzen AGENDA "
        "1. Godkendelse af dagsorden",
        {("Ole Bjerg Lauritzen", "referent")},
        {("Jan Iversen", "referent")},
    ),
    (
        "a meeting leader's label before the minute-taker's (Gribskov Kommune)",
        "Fraværende: Flemming Denker Landliggersammenslutningen Gribskov Vest Mødeleder: Jan Ferdinandsen Referent: "
        "Grethe Larsen",
        {("Jan Ferdinandsen", "mødeleder"), ("Grethe Larsen", "referent")},
        {("Flemming Denker", "mødeleder")},
    ),
    (
        "a label right after another label's colon is a column of labels, its value not the next name",
        "Mødested: Deltagere: Fraværende: Referent: Mødelokale 2 Anne Holm, Bo Jensen Ingen Lise Berg",
        set(),
        {("Anne Holm", "referent"), ("Bo Jensen", "referent")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_inline_meeting_label_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_the_label_is_a_capitalised_post_with_its_colon() -> None:
    """A post in lower case ("valgt som referent: NAME" in prose), a compound ("Mødereferent:"), a label with no colon
    ("Referent NAME") and one with words between its colon and the name are no inline label."""
    near_misses = ("valgt som referent: ", "blev Mødereferent: ", "Ingen Referent ", "Ingen Referent: sekretær ")
    assert [m is None for m in map(INLINE_LABEL.search, near_misses)] == [True, True, True, True]
    assert INLINE_LABEL.search("Ingen Referent: ") is not None
    assert INLINE_LABEL.search("afbud, Dirigent : ") is not None
