"""A chair named by its post and a copula (`role_chair_posts.chair_is`): "Formanden for bestyrelsen er igen
NAME (V), borgmester på Nordfyn, og næstformanden er NAME2" (an adverb after the copula; a second chair after
the first's party and title, not read as a body's name), "næstformand bliver Gentoftes borgmester NAME" (a
place's title before the name), "Formandsposten besættes i 2023-2025 af NAME" (never "besættes ikke af NAME").
Excerpts quoted from dev-write documents of tests/realworld."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Nyheder\n\n"

CASES: list[RoleCase] = [
    (
        # fyens-news-fynbus-bestyrelse-konstitueret-2018
        "a chair after 'er igen', a deputy after the chair's party and title",
        "Formanden for bestyrelsen er igen Morten Andersen (V), borgmester på Nordfyn, og næstformanden er Poul"
        " Andersen (S), medlem af regionsrådet.",
        {("Morten Andersen", "formand"), ("Poul Andersen", "næstformand")},
        {("Poul Andersen", "formand"), ("Morten Andersen", "næstformand")},
    ),
    (
        # vestforbraending-news-ny-bestyrelse-2021
        "a deputy chair with a place's title before the name",
        "Som bestyrelsesformand fortsætter Furesøs borgmester, Ole Bondo Christensen (A), og næstformand bliver"
        " Gentoftes borgmester Michael Fenger.",
        {("Michael Fenger", "næstformand"), ("Michael Fenger", "borgmester")},
        {("Ole Bondo Christensen", "næstformand")},
    ),
    (
        "near miss: a chair's post named in a subordinate clause is no copula before the name",
        "Formanden for bestyrelsen, som er udpeget af Gentofte, takkede Michael Fenger for indsatsen.",
        set(),
        {("Michael Fenger", "formand")},
    ),
    (
        # business-region-aarhus-organisering's form; the denial written here
        "a chair's post filled by a name, and the same post denied to another",
        "Formandsposten besættes i 2023-2025 af Frands Fischer. Næstformandsposten besættes ikke af Jens Hansen.",
        {("Frands Fischer", "formand")},
        {("Jens Hansen", "næstformand")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_chair_named_by_copula(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
