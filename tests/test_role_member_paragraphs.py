"""A body's members one a paragraph under a label (graphbuild/extract/role_member_paragraphs): the name on the first
line, its post and organisation under it; on an excerpt shortened from a dev-write news item, with the forms that
must give no `medlem`."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

HEADER = "Nyheder\n\n"


def roles(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    facts = facts_of_text(tmp_path, HEADER + body)
    return {(person, props["role"]) for person, _, props in named_relations(facts, "HOLDS_ROLE")}


def test_one_name_a_paragraph_under_a_label_naming_the_board_gives_medlem_but_not_to_a_seat(tmp_path: Path) -> None:
    # rm-news-danske-regioner-bestyrelse-2014-03 (shortened)
    body = (
        "Partierne har på Danske Regioners generalforsamling i dag indstillet disse repræsentanter til bestyrelsen:\n\n"
        "Formand\nBent Hansen (S)\nRegionsrådsformand\nRegion Midtjylland\n\n"
        "Sophie Hæstorp Andersen (S)\nRegionsrådsformand\nRegion Hovedstaden\n\n"
        "Leila Lindén (S)\nRegionsrådsmedlem\nRegion Hovedstaden\n\n"
        "Per Larsen (K)\nRegionsrådsmedlem\nRegion Nordjylland\n"
    )
    found = roles(tmp_path, body)
    assert {("Sophie Hæstorp Andersen", "medlem"), ("Leila Lindén", "medlem"), ("Per Larsen", "medlem")} <= found
    assert ("Bent Hansen", "medlem") not in found


def test_paragraphs_under_a_label_of_who_attended_or_a_proposal_give_no_medlem(tmp_path: Path) -> None:
    body = (
        "Fraværende fra bestyrelsen:\n\n"
        "Leila Lindén (S)\nRegionsrådsmedlem\n\nPer Larsen (K)\nRegionsrådsmedlem\n\n"
        "Jens Stenbæk (V)\nRegion Sjælland\n\n"
        "Forvaltningen indstiller følgende repræsentanter til bestyrelsen:\n\n"
        "Anne Larsen (S)\nByrådsmedlem\n\nMette Holm (K)\nByrådsmedlem\n\nLars Berg (V)\nByrådsmedlem\n"
    )
    found = roles(tmp_path, body)
    assert not {p for p, role in found if role == "medlem"} & {"Leila Lindén", "Per Larsen", "Anne Larsen", "Lars Berg"}


def test_paragraphs_under_group_headings_with_no_colon_give_medlem(tmp_path: Path) -> None:
    # lag-soem-webpage-bestyrelse (shortened): a board's page listing its members by group, each heading a paragraph
    # of its own line with no colon, each member's name over the town or municipality of the seat
    text = (
        "Erhvervsrepræsentanter\n\nStine Skøtt Thomsen\nSvendborg\n\nJudy Egholm\nNyborg\n\n"
        "Solveig Hansen\nFaaborg-Midtfyn\n\n"
        "Offentligt udpegede repræsentanter\n\nAstrid Ejlersen\nSvendborg Kommune\n\n"
        "Flemming Kjærulf\nNyborg Kommune\n\n"
        "Om bestyrelsen\n\nDe lokale aktionsgrupper tegnes af bestyrelsen.\n"
    )
    facts = facts_of_text(tmp_path, text)
    found = {(person, props["role"]) for person, _, props in named_relations(facts, "HOLDS_ROLE")}
    assert {
        ("Stine Skøtt Thomsen", "medlem"),
        ("Judy Egholm", "medlem"),
        ("Solveig Hansen", "medlem"),
        ("Astrid Ejlersen", "medlem"),
        ("Flemming Kjærulf", "medlem"),
    } <= found


def test_a_group_heading_of_who_was_absent_or_inside_a_paragraph_heads_no_group(tmp_path: Path) -> None:
    # after lag-soem-webpage-bestyrelse: a heading of absent members, and the heading's words run on in a paragraph
    # with no blank line under it, head no group
    body = (
        "Fraværende medlemmer\n\nStine Skøtt Thomsen\nSvendborg\n\nJudy Egholm\nNyborg\n\n"
        "Erhvervsrepræsentanter\nStian Ravn\nSvendborg\n\nMette Bro Jansen\nNyborg\n"
    )
    found = roles(tmp_path, body)
    assert (
        not {
            ("Stine Skøtt Thomsen", "medlem"),
            ("Judy Egholm", "medlem"),
            ("Stian Ravn", "medlem"),
            ("Mette Bro Jansen", "medlem"),
        }
        & found
    )
