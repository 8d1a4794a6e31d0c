"""A seat printed beside a name as "medlem af X" (graphbuild/extract/role_member_appositions): after the name, before
it in an apposition, what the name becomes, or said with a pronoun of the one person the sentence before names; on
excerpts modelled on dev-write news items, with the forms that must give no `medlem`."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

from graphbuild.extract import role_member_appositions

HEADER = "Nyheder\n\n"


def member_of(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    facts = facts_of_text(tmp_path, HEADER + body)
    return {(person, target) for person, target, props in named_relations(facts, "HOLDS_ROLE")
            if props.get("role") == "medlem"}  # fmt: skip


@pytest.mark.parametrize(
    ("body", "person", "body_name"),
    [
        # fyens-news-fynbus-bestyrelse-konstitueret-2018 (shortened)
        ("Næstformanden er Poul Andersen (S), medlem af regionsrådet.", "Poul Andersen", "Regionsrådet"),
        # sn-odsherred-news-…-udtraeden-2020-08 (shortened)
        (
            "Venstres byrådsmedlem og medlem af beredskabskommissionen, Niels Nicolaisen, er ærgerlig over sagen.",
            "Niels Nicolaisen",
            "Beredskabskommissionen",
        ),
        # movia-news-bestyrelse-2018-01-15 (shortened)
        (
            "Københavns Kommune har genudpeget medlem af borgerrepræsentationen, Niels E. Bjerrum.",
            "Niels E. Bjerrum",
            "Borgerrepræsentationen",
        ),
        # au-herning-news-skive-indtraeder (shortened)
        (
            "Derfor bliver kommunens borgmester Peder Chr. Kirkegaard nu medlem af Eksternt Råd ved AU Campus Herning.",
            "Peder Chr. Kirkegaard",
            "Eksternt Råd ved AU Campus Herning",
        ),
        # silkeborgnyt-news-byraads-rokade-2015-08-25 (shortened)
        (
            "Nyt byrådsmedlem for partiet er Kuno Danielsen. Han bliver medlem af Børne- og Ungeudvalget.",
            "Kuno Danielsen",
            "Børne- og Ungeudvalget",
        ),
        # enhedslisten-fanoe-byraadet-2024-03-18 (shortened)
        (
            "Stedfortræder Tina Haldan Gotthardensen (C) afløste ham.\nHun indtræder også som medlem af "
            "Børne- og kulturudvalget.",
            "Tina Haldan Gotthardensen",
            "Børne- og kulturudvalget",
        ),
    ],
)
def test_a_seat_printed_beside_a_name_is_medlem_of_the_body_after_af(
    tmp_path: Path, body: str, person: str, body_name: str
) -> None:
    assert (person, body_name) in member_of(tmp_path, body)


@pytest.mark.parametrize(
    "body",
    [
        "Jens Hansen, tidligere medlem af Ældrerådet, deltog i mødet.",
        "Jens Hansen er ikke medlem af bestyrelsen for Fjernvarme Fyn.",
        "Jens Hansen var medlem af byrådet i 12 år.",
        "Forvaltningen indstiller, at Jens Hansen foreslås som medlem af Ældrerådet.",
        # a pronoun after a sentence naming two people says not which of them
        "Jens Hansen talte med Peter Olsen om sagen. Han bliver medlem af Børne- og Ungeudvalget.",
    ],
)
def test_a_seat_denied_past_proposed_or_of_an_unclear_holder_gives_no_medlem(tmp_path: Path, body: str) -> None:
    assert not member_of(tmp_path, body)


def test_medlem_printed_alone_after_a_name_in_a_list_is_medlem_of_the_body(tmp_path: Path) -> None:
    body = "Bestyrelsen\n\nJens Hansen, formand\nPeter Olsen, medlem\nAnne Larsen (medlem)\n"
    found = {person for person, _ in member_of(tmp_path, body)}
    assert {"Peter Olsen", "Anne Larsen"} <= found
    assert "Jens Hansen" not in found


def test_medlem_in_a_sentence_after_a_name_is_no_bare_seat(tmp_path: Path) -> None:
    body = "Jens Hansen, medlem siden 2010, fortalte om sagen. Peter Olsen - medlemmer af foreningen kan deltage.\n"
    assert not member_of(tmp_path, body)


@pytest.mark.parametrize(
    "text",
    [
        "Næstformanden er Poul Andersen (S), medlem af regionsrådet. Hun er MEDLEM AF\tÆldrerådet.",
        # no seat inside a word, after a hyphen or before no "af"; a dotted capital I keeps the offsets
        "byrådsmedlem af rådet, bestyrelses-medlem af X, medlemmer af foreningen, medlem afdelingen. İ medlem af Y",
    ],
)
def test_seats_read_where_medlem_stands_are_the_whole_scans(text: str) -> None:
    assert [m.span() for m in role_member_appositions._seats(text)] == [
        m.span() for m in role_member_appositions.SEAT.finditer(text)
    ]
