"""A list of names and lower-case posts flattened onto one line with no commas (`role_bare_title_runs`): a post
after the last name, ending the line, shows the list prints each post after its name, so a post between two names
is the name before's ("Jens Hansen formand Ole Berg Anne Holm kasserer": Jens Hansen is the chair, not Ole Berg);
never where a title stands before the first name, the run ends on a bare name, or commas part the entries."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_bare_title_runs import posts_of_previous_in_bare_runs

HEADER = "Referat\nBestyrelsesmøde i Grundejerforeningen Nørreby den 3. marts 2024\n\n"
AGENDA = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n"

CASES: list[RoleCase] = [
    (
        "a post between two names closes the entry before when the last name's post ends the line",
        "Til stede: Jens Hansen formand Ole Berg Anne Holm kasserer" + AGENDA,
        {("Jens Hansen", "formand"), ("Anne Holm", "kasserer")},
        {("Ole Berg", "formand")},
    ),
    (
        "two posts inside the run, each the name before's",
        "Deltagere: Hans Jensen formand Lise Holm næstformand Peter Sørensen Anne Madsen sekretær" + AGENDA,
        {("Hans Jensen", "formand"), ("Lise Holm", "næstformand"), ("Anne Madsen", "sekretær")},
        {("Lise Holm", "formand"), ("Peter Sørensen", "næstformand")},
    ),
    (
        "two posts joined inside the run are both the name before's (`role_joined_after`)",
        "Til stede: Jens Hansen formand og kasserer Ole Berg Anne Holm sekretær" + AGENDA,
        {("Jens Hansen", "formand"), ("Jens Hansen", "kasserer"), ("Anne Holm", "sekretær")},
        {("Ole Berg", "formand"), ("Ole Berg", "kasserer")},
    ),
    (
        "a party's bracket after each name",
        "Til stede: Jens Hansen (A) formand Ole Berg (V) Anne Holm (C) kasserer" + AGENDA,
        {("Jens Hansen", "formand"), ("Anne Holm", "kasserer")},
        {("Ole Berg", "formand")},
    ),
    (
        "near miss: a title before the first name, the list prints titles before names",
        "Til stede: formand Jens Hansen Ole Berg kasserer Anne Holm" + AGENDA,
        {("Jens Hansen", "formand"), ("Anne Holm", "kasserer")},
        {("Ole Berg", "kasserer")},
    ),
    (
        "near miss: a run that ends on a bare name shows no order; the post is not moved to the name before",
        "Til stede: Jens Hansen formand Ole Berg Anne Holm" + AGENDA,
        set(),
        {("Jens Hansen", "formand")},
    ),
    (
        "the entries parted by commas are read as before (`role_trailing_titles`)",
        "Til stede: Hans Jensen formand, Lise Holm næstformand, Peter Sørensen kasserer og Anne Madsen" + AGENDA,
        {("Hans Jensen", "formand"), ("Lise Holm", "næstformand"), ("Peter Sørensen", "kasserer")},
        {("Lise Holm", "formand"), ("Anne Madsen", "kasserer")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_bare_title_run_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def _people(text: str, *names: str) -> list[PersonMention]:
    return [PersonMention(text.index(name), text.index(name) + len(name), name) for name in names]


def test_capitalised_posts_and_text_after_the_last_post_are_left() -> None:
    # a capitalised word after a name is a flattened table's next cell (`role_trailing_titles`); a post followed by
    # more text on its line does not end the run
    for text in (
        "Bestyrelse: Jens Hansen Formand Ole Berg Anne Holm Kasserer\n",
        "Til stede: Jens Hansen formand Ole Berg Anne Holm kasserer Afbud: Per Lund\n",
    ):
        assert posts_of_previous_in_bare_runs(text, _people(text, "Jens Hansen", "Ole Berg", "Anne Holm")) == set()
    text = "Til stede: Jens Hansen formand Ole Berg Anne Holm kasserer\n"
    assert posts_of_previous_in_bare_runs(text, _people(text, "Jens Hansen", "Ole Berg", "Anne Holm")) == {1}
