"""A standing substitute's seat said after the name (`role_bare_posts`): "Maija Hastrup er suppleant." in a board's
composition, "NAME har været personlig stedfortræder for NAME2" (a personal substitute's member after "for"), a
list's ranked one; never one who stands in at this meeting (a word of attendance near it, or "suppleant for NAME"
with no "personlig": README roles, attendance). Excerpts quoted from dev-write documents of tests/realworld."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Referat af bestyrelsesmøde\n\n"

CASES: list[RoleCase] = [
    (
        # dskf-bestyrelse-2021-12-09
        "an unranked substitute's seat in a board's composition",
        "2) Nyt bestyrelsesmedlem i DSF.\nZandra Nymand Ennis ønsker at udtræde. Kenneth er fuld medlem, Maija "
        "Hastrup er suppleant. Louisa Exner melder sig og indstilles som nyt bestyrelsesmedlem.",
        {("Maija Hastrup", "suppleant")},
        {("Louisa Exner", "suppleant")},
    ),
    (
        # kl-news-ny-bestyrelse-formandskab-2012-05-14
        "a personal substitute, the member after 'for'",
        "Jacob Bundsgaard har været personlig stedfortræder for Jens Christian Gjesing.",
        {("Jacob Bundsgaard", "personlig stedfortræder")},
        {("Jens Christian Gjesing", "personlig stedfortræder")},
    ),
    (
        "near miss: a substitute at this meeting, after an absence",
        "Lise Holm har meldt afbud. Jens Hansen er suppleant.",
        set(),
        {("Jens Hansen", "suppleant")},
    ),
    (
        "near miss: a substitute for a named member with no 'personlig' stands in for them",
        "Jens Hansen er suppleant for Lise Holm.",
        set(),
        {("Jens Hansen", "suppleant")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_standing_substitute_seat(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
