"""The whole name of a municipality's department a title after a name is held in (`role_department_names`): the areas
it covers, a comma between them and "og"/"&" before the last, closed by its municipality. Excerpts as printed in
checkin-news-soenderborg-lufthavn-uden-direktoer (CHECK-IN.dk), dkit-news-syv-kommuner-digitalisering-2016 (dkit.dk)
and taarnby-groent-raad-webpage (Tårnby Kommune), all dev-write."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_department_names import department_name
from tests.text_facts import facts_of_text, named_relations

AIRPORT = """Sønderborg Lufthavn uden direktør i fem måneder

I august forklarede Inge Olsen, direktør for Land, By og Kultur i Sønderborg Kommune, til CHECK-IN.dk, at der \
skulle laves nogle indledende øvelser inden man var klar til at slå stillingen op.
"""

DIGITAL = """Syv nordsjællandske kommuner finder vej i et nyt 'ikke-forpligtende samarbejde' om digitaliseringen.

- Vi vil gerne samarbejde fagligt om digitaliseringen, men ønsker ikke at stifte en forening, siger formand for \
styregruppen Pernille Madsen, der er centerchef for Borgerservice, IT og Digitalisering i Helsingør.
"""

GREEN_COUNCIL = """Grønt Råd i Tårnby og Dragør Kommuner

Medlemmer   Suppleanter
8. Jørgen Jensen, afdelingschef for Plan & Byg, Dragør Kommune   Hans Jørgen Johansen, arkitekt
"""


def _held(tmp_path: Path, text: str) -> dict[tuple[str, str], set[str]]:
    held: dict[tuple[str, str], set[str]] = {}
    for person, target, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE"):
        held.setdefault((person, props.get("role") or ""), set()).add(target)
    return held


def test_a_department_of_areas_in_a_municipality(tmp_path: Path) -> None:
    held = _held(tmp_path, AIRPORT)
    assert held[("Inge Olsen", "direktør")] == {"Land, By og Kultur i Sønderborg Kommune"}


def test_a_department_in_a_relative_clause(tmp_path: Path) -> None:
    held = _held(tmp_path, DIGITAL)
    assert held[("Pernille Madsen", "centerchef")] == {"Borgerservice, IT og Digitalisering i Helsingør"}


def test_a_department_joined_by_an_ampersand_and_its_municipality_after_a_comma(tmp_path: Path) -> None:
    held = _held(tmp_path, GREEN_COUNCIL)
    assert held[("Jørgen Jensen", "afdelingschef")] == {"Plan & Byg, Dragør Kommune"}


def test_a_list_that_ends_in_no_municipality_is_no_department() -> None:
    text = "formand for Movia, DSB og Arriva i Danmark"
    assert department_name(text, text.index("Movia"), text.index("Movia") + len("Movia")) is None
    text = "direktør for Vejle og Fredericia, Region Syddanmark"
    assert department_name(text, text.index("Vejle"), text.index("Vejle") + len("Vejle")) is None


def test_two_bodies_joined_by_og_are_no_department() -> None:
    text = "formand for Kulturudvalget og Teknikudvalget i Aarhus Kommune"
    at = text.index("Kulturudvalget")
    assert department_name(text, at, at + len("Kulturudvalget")) is None
    text = "formand for Kultur og Teknikudvalget i Aarhus Kommune"
    assert department_name(text, text.index("Kultur"), text.index("Kultur") + len("Kultur")) is None
