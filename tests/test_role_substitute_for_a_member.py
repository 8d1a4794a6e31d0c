"""A substitute printed in a body's member list "for" a named member (graphbuild/extract/role_list_seats, README roles
rule 2: such a substitute is `medlem` there like any listed name); on an excerpt shortened from a dev-write council's
minutes, with the substitute seats that stay seats."""

from __future__ import annotations

from pathlib import Path

from text_facts import role_pairs_of_text

from graphbuild.extract.role_list_seats import prints_own_seat


def test_a_substitute_for_a_named_member_in_the_member_list_is_medlem(tmp_path: Path) -> None:
    # roedovre-kommunalbestyrelsen-2019-09-24 (shortened)
    text = (
        "Kommunalbestyrelsen\n\n24-09-2019\n\nMedlemmer\n\n"
        "Formand Erik Nielsen (A)\nMichel Berg (A)\nBrian Møller (A)\nPeter Mikkelsen (Ø)\n"
        "Birgitte Glifberg (A), Suppleant for Brian Møller (A)\n\n"
        "Fraværende\n\nBritt Jensen (A), sag 129-138\n"
    )
    assert ("Birgitte Glifberg", "medlem") in role_pairs_of_text(tmp_path, text)


def test_a_substitute_seat_with_no_member_named_stays_a_seat() -> None:
    opening = "kommunalbestyrelsen\n\nmedlemmer\n\nbrian møller (a)\nældrerådet"
    assert prints_own_seat("Birgitte Glifberg (A), Suppleant", opening)
    assert prints_own_seat("Birgitte Glifberg, suppleant for Ældrerådet", opening)
    assert not prints_own_seat("Birgitte Glifberg (A), Suppleant for Brian Møller (A)", opening)
