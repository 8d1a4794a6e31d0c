"""A street address after a title is no body (`role_addresses`): "NAME, borgmester på Nordfynsvej 12" keeps the
title and holds it where a title with no body of its own is held, never in an organisation "Nordfynsvej"; a body
after "på"/"i" (an island municipality, a local council) stays the title's."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

from graphbuild.extract.role_addresses import is_street

HEADER = "Referat fra mødet i Økonomiudvalget den 3. marts 2021\n\n"


def _roles(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    facts = facts_of_text(tmp_path, HEADER + text)
    return {(person, str(props.get("role")), target) for person, target, props in named_relations(facts, "HOLDS_ROLE")}


def test_a_street_after_a_title_is_no_body(tmp_path: Path) -> None:
    found = _roles(tmp_path, "Jens Hansen, borgmester på Nordfynsvej 12, deltog i mødet.")
    assert {(p, r) for p, r, _ in found} == {("Jens Hansen", "borgmester")}
    assert not any("Nordfynsvej" in target for _, _, target in found)


def test_a_street_after_a_relative_clause_title_is_no_body(tmp_path: Path) -> None:
    found = _roles(tmp_path, "Jens Hansen, der er formand på Østergade 4, klagede over støj.")
    assert ("Jens Hansen", "formand", "Økonomiudvalget") in found
    assert not any("Østergade" in target for _, _, target in found)


def test_a_body_after_the_title_stays_its_own(tmp_path: Path) -> None:
    # loejtland-faellesraad-moede: "Jan Todsen, næstformand i Genner lokalråd"; partnerskab-vestkystturisme: "på Fanø"
    text = (
        "Der var foredrag ved Jan Todsen, næstformand i Genner Lokalråd, om at være årets landsby 2020.\n\n"
        "Frank Jensen, borgmester på Fanø, blev valgt."
    )
    found = _roles(tmp_path, text)
    assert ("Jan Todsen", "næstformand", "Genner Lokalråd") in found
    assert ("Frank Jensen", "borgmester", "Fanø") in found


def test_street_words() -> None:
    assert is_street("Nordfynsvej") and is_street("H.C. Andersens Boulevard") and is_street("Søndre Allé")
    assert not is_street("Genner Lokalråd") and not is_street("Fanø")
    # a body named after its street is a body
    assert not is_street("Grundejerforeningen Østergade") and not is_street("Plejecentret Solvænget")
    assert not is_street("Skolen på Nyelandsvej")
