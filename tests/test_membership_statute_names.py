"""A statute's clause naming its own body ("Selskabets navn er X A/S") names the network its later clauses refer back
to (membership_name_clauses.NAME_CLAUSE), and its bare clause of members ("Interessenter er A og B Kommune") refers
back to it (membership_networks.MEMBERS_WORD); never a municipality named so, nor a name clause's verb in another
tense ("Foreningens navn er ændret")."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

from graphbuild.extract.membership_network_forms import defined_networks


def test_a_statutes_name_clause_names_its_body() -> None:
    # aeldresagen-roedovre-aarsmoede-dagsorden-2021-03-06 (dev-write): the association's statute, § 1
    text = (
        "  Foreningens navn er Landsforeningen Ældre Sagen. Foreningen er stiftet af EGV-Fonden den 14. oktober 1986 "
        "og har hjemsted i hovedstadsområdet."
    )
    assert [name for _, _, name in defined_networks(text)] == ["Landsforeningen Ældre Sagen"]


@pytest.mark.parametrize(
    "text",
    ["Foreningens navn er ændret til Ældre Sagen.", "Interessentskabets navn er Skive Kommune."],
)
def test_no_body_from_another_clause_or_a_municipality(text: str) -> None:
    assert defined_networks(text) == []


# an invented statute in the layout a PDF's text layer gives (no dev-write publisher prints a statute with its members)
STATUTE = (
    "Vedtægter\n\n§ 1 Selskabets navn er Vestaffald A/S.\n\n§ 2 Formål\n\nSelskabets formål er at drive "
    "affaldsbehandling i ejerkommunerne og andre kommuner efter aftale, herunder at modtage affald fra virksomheder."
    "\n\n§ 3 Ejere\n\n{members} Skive Kommune og Struer Kommune.\n"
)


@pytest.mark.parametrize("members", ["Selskabets ejere er", "Ejere er", "Interessenterne er"])
def test_the_members_clause_refers_back_to_the_named_body(tmp_path: Path, members: str) -> None:
    text = STATUTE.format(members=members)
    assert member_pairs_of_text(tmp_path, text) == {("Skive", "Vestaffald A/S"), ("Struer", "Vestaffald A/S")}


def test_a_members_clause_with_no_body_named_before_gives_none(tmp_path: Path) -> None:
    text = "Vedtægter\n\nEjerne er Skive Kommune og Struer Kommune.\n"
    assert member_pairs_of_text(tmp_path, text) == set()
