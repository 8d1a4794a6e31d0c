"""A column of members a PDF flattened onto one line after its heading (graphbuild/extract/role_member_columns), on
excerpts shortened from dev-write minutes, with the forms that must give no `medlem`."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

HEADER = "Referat af bestyrelsesmøde den 11. juni 2012\n\n"


def members(tmp_path: Path, body: str) -> set[str]:
    facts = facts_of_text(tmp_path, HEADER + body)
    return {person for person, _, props in named_relations(facts, "HOLDS_ROLE") if props.get("role") == "medlem"}


def test_a_flattened_column_under_a_singular_heading_gives_medlem_but_not_to_a_bracketed_seat(tmp_path: Path) -> None:
    # vaekstforum-nordjylland-2017-11-30 (shortened)
    body = (
        "3 Medlem Ulla Astman (i formandskab) Henrik Ringbæk Madsen Lone Sondrup Thomas Kastrup-Larsen Knud "
        "Kristensen Birgit Frederiksen (observatør) Tilstede: Ulla Astman (formand) Leon Sebbelin\n"
    )
    found = members(tmp_path, body)
    assert {"Henrik Ringbæk Madsen", "Lone Sondrup", "Thomas Kastrup-Larsen", "Knud Kristensen"} <= found
    assert not {"Ulla Astman", "Birgit Frederiksen", "Leon Sebbelin"} & found


def test_a_flattened_column_of_board_members_with_their_municipalities(tmp_path: Path) -> None:
    # naturturisme-bestyrelse-2012-06-11 (shortened)
    body = (
        "Tilknyttede bestyrelsesmedlemmer: Christian Ahlefeldt-Laurvig-Lehn Niels Rasmussen Michael Martin Jensen "
        "Ole Bloch-Petersen Dansk Skovforening Centrovice Friluftsrådet\n"
    )
    assert {"Niels Rasmussen", "Michael Martin Jensen", "Ole Bloch-Petersen"} <= members(tmp_path, body)


def test_a_column_of_who_was_absent_or_of_two_names_gives_no_medlem(tmp_path: Path) -> None:
    body = (
        "Fraværende medlemmer: Jens Hansen Peter Olsen Anne Larsen Mette Holm\n\n"
        "Deltagere: Lars Berg Søren Mikkelsen Hanne Nielsen\n\n"
        "Medlem Karin Lund Ole Dam Godkendelse af dagsorden\n"
    )
    found = members(tmp_path, body)
    assert not {"Jens Hansen", "Anne Larsen", "Lars Berg", "Søren Mikkelsen", "Karin Lund", "Ole Dam"} & found
