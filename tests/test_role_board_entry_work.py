"""A board member's own work on the lines under the name on the board's page (role_board_entry_work): a title
opening the line, held in the organisation it names; on an excerpt shortened from a dev-write web page, with the
forms that must give no title."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations


def roles(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {(person, props["role"]) for person, _, props in named_relations(facts, "HOLDS_ROLE")}


def test_a_title_under_the_name_is_the_members_own_work(tmp_path: Path) -> None:
    # formidlingsfonden-webpage-om (shortened): each name a paragraph over its own work and who appointed the member
    text = (
        "BESTYRELSE\n\n"
        "Bestyrelsen består af fem medlemmer og er udpeget af Roskilde Domsogn (et medlem) og Nationalmuseet.\n\n"
        "Poul Bache\n\nFormand, fhv. direktør i Kulturstyrelsen (udpeget af Slots- og Kulturstyrelsen)\n\n"
        "Frank Birkebæk\n\nfhv. museumsdirektør, ROMU (udpeget af ROMU)\n\n"
        "Jesper Kejlhof\n\nmenighedsrådsmedlem (udpeget af Menighedsrådet)\n\n"
        "Per Kristian Madsen\n\nfhv. museumsdirektør, museumsinspektør, Nationalmuseet (udpeget af Nationalmuseet)\n"
    )
    found = roles(tmp_path, text)
    assert {("Frank Birkebæk", "museumsdirektør"), ("Jesper Kejlhof", "menighedsrådsmedlem")} <= found
    assert ("Per Kristian Madsen", "museumsdirektør") in found


def test_a_seat_or_a_profession_under_the_name_is_no_work_title(tmp_path: Path) -> None:
    # a board's seats and professions under the names, and a contact list under no board's heading
    text = (
        "Bestyrelse\n\nAnne Holm\nadvokat\n\nJens Berg\nMedarbejderrepræsentant, Skolen\n\nInge Lund\narkitekt MAA\n\n"
        "Kontakt\n\nKaren Vestergaard\nSekretariatsleder\n"
    )
    found = roles(tmp_path, text)
    assert not {("Anne Holm", "advokat"), ("Inge Lund", "arkitekt")} & found
