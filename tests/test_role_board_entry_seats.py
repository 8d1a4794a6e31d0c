"""A board member's seat printed on a line under the name in the board's own page (role_board_entry_seats): bare in a
bracket, or opening the line before a comma; on excerpts shortened from dev-write web pages, with a chair's post
elsewhere that must give no seat."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations


def roles(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {(person, props["role"]) for person, _, props in named_relations(facts, "HOLDS_ROLE")}


def test_a_seat_in_a_bracket_on_its_own_line_under_the_work_line(tmp_path: Path) -> None:
    # museumsfonden-webpage-bestyrelse (shortened): the name, the person's work, then the seat in a bracket
    text = (
        "Bestyrelse\n\n"
        "Lars Henrik Munch\nbestyrelsesformand\n(formand)\nDorte Mandrup-Poulsen\narkitekt MAA\n(næstformand)\n"
        "Inge Berneke\nkonsulent\nAnders Byriel\nadm. direktør\n\nDirektion\n\nPoul Erik Tøjner\nMuseumsdirektør\n"
    )
    found = roles(tmp_path, text)
    assert {("Lars Henrik Munch", "formand"), ("Dorte Mandrup-Poulsen", "næstformand")} <= found
    assert ("Inge Berneke", "medlem") in found
    assert not {("Inge Berneke", "formand"), ("Poul Erik Tøjner", "formand")} & found


def test_a_seat_opening_the_line_under_the_name_before_a_comma(tmp_path: Path) -> None:
    # formidlingsfonden-webpage-om (shortened): each name a paragraph, the chair's seat opening the line under it;
    # fmps-webpage-ledelse (shortened): "Bestyrelsesformand, udpeget af …"
    text = (
        "BESTYRELSE\n\n"
        "Bestyrelsen består af fem medlemmer og er udpeget af Roskilde Domsogn (et medlem), Slots og Kulturstyrelse "
        "(to medlemmer), Nationalmuseet (et medlem) og Roskilde Kommune (et medlem).\n\n"
        "Poul Bache\n\nFormand, fhv. direktør i Kulturstyrelsen (udpeget af Slots- og Kulturstyrelsen)\n\n"
        "Frank Birkebæk\n\nfhv. museumsdirektør, ROMU (udpeget af ROMU)\n\n"
        "Jesper Kejlhof\n\nmenighedsrådsmedlem (udpeget af Menighedsrådet)\n\n\n"
        "Skolens bestyrelse:\n\n"
        "Børge Madsen\nBestyrelsesformand, udpeget af Faaborg-Midtfyn Produktionsskolens bestyrelse\n\n"
        "Steffen Jørgensen\nUdpeget af DA\n\nArne Brunholm\nUdpeget af DA\n"
    )
    found = roles(tmp_path, text)
    assert {("Poul Bache", "formand"), ("Børge Madsen", "bestyrelsesformand")} <= found
    assert not {("Frank Birkebæk", "formand"), ("Steffen Jørgensen", "bestyrelsesformand")} & found


def test_a_chair_of_another_body_under_the_name_is_no_seat_in_the_board(tmp_path: Path) -> None:
    # a post "for" a body the line names leaves its holder a member of the board, and a seat word inside a line of
    # work is no seat
    text = (
        "Bestyrelsen\n\n"
        "Hanne Lykke\nFormand for Dansk Byggeri Fyn\n\nOle Bach\nkonsulent, tidligere formand\n\n"
        "Rikke Holm\nUdpeget af LO\n\nJens Vang\nUdpeget af DA\n"
    )
    found = roles(tmp_path, text)
    assert ("Hanne Lykke", "medlem") in found
    assert ("Ole Bach", "formand") not in found
