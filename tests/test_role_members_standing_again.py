"""Sitting members up for election, marked as standing again or not (graphbuild/extract/role_board_elections,
README roles rule 2: the seat is held until the election): on excerpts shortened from dev-write documents of three
publishers, with the forms that must give no `medlem`."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations


def members(tmp_path: Path, text: str) -> set[str]:
    facts = facts_of_text(tmp_path, text)
    return {person for person, _, props in named_relations(facts, "HOLDS_ROLE") if props.get("role") == "medlem"}


def test_names_marked_genopstiller_in_a_news_item_are_members(tmp_path: Path) -> None:
    # vores-avis-news-lag-himmerland-generalforsamling (shortened)
    text = (
        "Generalforsamling i LAG-Himmerland\n\n"
        "Bestyrelsen for foreningen LAG Himmerland består af 15 medlemmer.\n\n"
        "På valg i år er:\n\n"
        "a. Medlemsgruppen borgere: Gitte Holm (genopstiller)\n\n"
        "b. Medlemsgruppen foreninger: Gert Rubæk, Boldrup Museum (genopstiller) og Allan Rank, Bælum "
        "Borgerforening (genopstiller ikke).\n\n"
        "c. Medl.gruppen erhverv: Niels Juel Nielsen, John Astrup og Henning Børgesen. Alle genopstiller.\n"
    )
    assert {"Gitte Holm", "Gert Rubæk", "Allan Rank", "Niels Juel Nielsen", "John Astrup", "Henning Børgesen"} <= (
        members(tmp_path, text)
    )


def test_an_agenda_s_members_not_seeking_re_election_are_members(tmp_path: Path) -> None:
    # grimstrup-lokalraad-aarsmoede-dagsorden (shortened); frivilligcenter-toender-generalforsamling-2020-09-01
    text = (
        "Dagsorden for årsmødet i Grimstrup Lokalråd\n\n"
        "5. Forslag fra lokalrådet.\n"
        "6. Valg af lokalrådsmedlemmer. Margit Thomsen, Robert Frikke Jensen og Esben Dige ønsker ikke genvalg.\n"
        "7. Eventuelt.\n\n"
        "Jonna Vorting er på valg og genopstiller\n"
    )
    assert {"Margit Thomsen", "Robert Frikke Jensen", "Esben Dige", "Jonna Vorting"} <= members(tmp_path, text)


def test_a_substitute_up_for_election_and_a_name_only_near_the_mark_are_no_members(tmp_path: Path) -> None:
    # boegebjerg-lokalraad-aarsmoede-2023-03-16 (shortened): the substitutes' heading over the entry
    text = (
        "Referat af årsmøde i Bøgebjerg Lokalråd\n\n"
        "8. Valg af lokalrådsmedlemmer og suppleanter.\n"
        "Halldor Sørensen, Vester Aaby. Genopstiller ikke.\n"
        "Suppleanter på valg hvert år.\n"
        "Kamilla Bentsen, Pejrup. Genopstiller ikke.\n\n"
        "Formanden takkede Lars Nielsen for indsatsen og fortalte, at hun genopstiller.\n"
    )
    found = members(tmp_path, text)
    assert "Halldor Sørensen" in found
    assert not found & {"Kamilla Bentsen", "Lars Nielsen"}
