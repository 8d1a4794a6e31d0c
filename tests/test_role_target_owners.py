"""A role's body named by its kind and run on by its owner or place after a linking word is held in the whole
phrase (`role_target_owners`): "formand for Arbejdsmarkedsrådet i Sønderjylland", "deltager fremover i Centerrådet på
Bobjerg Centret"; never a municipality as the owner ("Voksenudvalget i Billund Kommune" is Billund's committee), a
person's name after the body, or a list the owner opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import role_fact
from graphbuild.extract.role_target_owners import owned_targets


def _held(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {(person, str(props.get("role")), target) for person, target, props in named_relations(facts, "HOLDS_ROLE")}


# dev-write documents, quoted as printed
CASES = [
    (  # rsyd-vaekstforum-2006-05-04: its list of apologies
        "Referat af møde i Vækstforum den 4. maj 2006\n\nAfbud\n\n • Adm. direktør Birthe Skovgård, BS-Pleje\n"
        " • Kredsformand Thorkild Jacobsen, formand for Arbejdsmarkedsrådet i Sønderjylland\n",
        ("Thorkild Jacobsen", "formand", "Arbejdsmarkedsrådet i Sønderjylland"),
    ),
    (  # rm-vaekstforum-2006-04-05: an item's title
        "Dagsorden til møde i Vækstforum den 5. april 2006\n\n"
        " 1. Velkomst ved formand for Forberedelsesudvalget i Region Midtjylland, Bent Hansen\n",
        ("Bent Hansen", "formand", "Forberedelsesudvalget i Region Midtjylland"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), CASES, ids=[wanted[0] for _, wanted in CASES])
def test_a_body_is_held_with_its_owner(tmp_path: Path, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in _held(tmp_path, text)


def test_a_municipality_is_no_owner_of_the_name(tmp_path: Path) -> None:
    # billund-news-moedestedet-grindsted-bymidte: the gold holds it in "Voksenudvalget"; the pipeline names another
    # municipality's committee with the municipality in brackets (role_committee_municipality)
    text = (
        "Politisk har vi besluttet, at de fysiske rammer skal ændres, siger Ann Charlotte Gaardsvig Vilstrup, formand "
        "for Voksenudvalget i Billund Kommune (S) og fortsætter:\n"
    )
    held = _held(tmp_path, text)
    assert ("Ann Charlotte Gaardsvig Vilstrup", "formand", "Voksenudvalget (Billund)") in held, held
    assert not any(target.startswith("Voksenudvalget i") for _, _, target in held), held


def _owned_name(text: str, body: str, people: list[PersonMention]) -> str:
    at = text.index(body)
    mention = Mention(at, at + len(body), "organization:x", "Organization", body)
    holder = PersonMention(0, 5, "Jens Hansen")
    (fact,) = owned_targets(text, [role_fact(holder, "formand", mention, 0, 5)], people, None)
    return fact.target_name


def test_the_owner_stops_before_a_name_and_a_list_keeps_the_body() -> None:
    name = "Jens Hansen"
    text = "Formand for Ældrerådet i Sønderjylland Jens Hansen deltog."
    at = text.index(name)
    assert _owned_name(text, "Ældrerådet", [PersonMention(at, at + len(name), name)]) == "Ældrerådet i Sønderjylland"
    assert _owned_name("Grønt Råd i Tårnby og Dragør Kommuner", "Grønt Råd", []) == "Grønt Råd"
    assert _owned_name("formand for Udvalget for Ældre, Sundhed og Omsorg", "Udvalget", []) == "Udvalget"
    assert _owned_name("formand for Økonomiudvalget i Høje-Taastrup", "Økonomiudvalget", []) == "Økonomiudvalget"
