"""A vice chair's or a deputy mayor's rank before the title ("2. næstformand", "1.viceborgmester") is read as part of
the title wherever a title is read (`role_patterns.ROLE_WORDS`), and a reader that reads the title without its rank
adds no bare post beside the ranked one (`role_ranks`). Excerpts quoted from dev-write documents of tests/realworld,
with the (person, role) facts they must give and those they must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases, role_pairs_of_text

from graphbuild.extract.role_patterns import role_of_word

CASES: list[RoleCase] = [
    (
        # businesslf-news-lolland-falster-faelles-om-turismen
        "a ranked vice chair said after the name with 'er', a second title after 'og'",
        "Begge kommuner glæder sig over den fremtidige fælles indsats, fordi et styrket samarbejde vil løfte hele "
        "området. Signe Lund Winther er 2. næstformand i bestyrelsen og byrådsmedlem i Lolland Kommune. Hun har et "
        "klart billede af den nye konstruktion.\n",
        {("Signe Lund Winther", "2. næstformand")},
        {("Signe Lund Winther", "næstformand")},
    ),
    (
        # businesslf-news-lolland-falster-faelles-om-turismen
        "a ranked vice chair as the second title of an apposition",
        "Fra Guldborgsund Kommune roser Martin Lohse, formand for kulturudvalget og 1. næstformand i "
        "turismeselskabet, alle de dygtige mennesker som ihærdigt arbejder med turismeerhvervet i dag.\n",
        {("Martin Lohse", "formand"), ("Martin Lohse", "1. næstformand")},
        set(),
    ),
    (
        # dit-noerrebro-news-movia-ny-bestyrelse-2022
        "a ranked vice chair in a relative clause",
        "Det samme gør venstreborgmester fra Ringsted, Henrik Hvidesten, og konservative Christoffer Buster "
        "Reinhardt, som er 1. næstformand i Region Hovedstaden. Og så der en række nye ansigter i bestyrelsen.\n",
        {("Christoffer Buster Reinhardt", "1. næstformand")},
        set(),
    ),
]


@role_form_cases(CASES, header="Nyheder\n\n", id_chars=60)
def test_a_ranked_title_is_read_with_its_rank(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_a_rank_glued_to_its_title_is_spaced() -> None:
    # rnn-news-roedovre-udvalg-2021-12: "Peter Mikkelsen som 1.viceborgmester"
    assert role_of_word("1.viceborgmester") == "1. viceborgmester"
    assert role_of_word("2. Næstformand") == "2. næstformand"


def test_no_bare_post_beside_the_ranked_one(tmp_path: Path) -> None:
    # regionsjaelland-forretningsudvalget-2022-01-14: the list's entries, each rank read once
    text = (
        "Referat\n\nForretningsudvalget 2022-2025\n\nMedlemmer af udvalget:\n\nHeino Knudsen\n\nFormand\n\n(A)\n\n"
        "Anne Møller Ronex\n\n1. næstformand\n\n(B)\n\nJacob Jensen\n\n2. næstformand\n\n(V)\n\nJorun Bech\n\n(A)\n"
    )
    found = role_pairs_of_text(tmp_path, text)
    assert {("Anne Møller Ronex", "1. næstformand"), ("Jacob Jensen", "2. næstformand")} <= found
    assert not {("Anne Møller Ronex", "næstformand"), ("Jacob Jensen", "næstformand")} & found


def test_a_list_number_before_a_post_is_no_rank(tmp_path: Path) -> None:
    # guard (norddjurs-vandraad-bestyrelse-2021-11-22): a numbered list's entries, "1." before each capitalised post,
    # are numbers, no ranks; a chair's post takes no rank at all
    text = (
        "Referat\n\nKonstituering af bestyrelsen\n\n  1. Formand – Svend Brandstrup\n"
        "  1. Næstformand – Jesper Normand Stange\n  1. Kasserer – Aksel Larsen\n"
    )
    found = role_pairs_of_text(tmp_path, text)
    assert ("Jesper Normand Stange", "næstformand") in found
    assert not any(role.startswith("1.") for _, role in found)
