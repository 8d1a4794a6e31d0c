"""A title printed in a delegation's list is held in the organisation its opening names (`role_delegations`): Thisted
Kommune's committee minutes, "Fra Landbo Thy deltager formand …" and "Fra Kystdirektoratet deltager:" over its entries
(dev-write); the form "Fra X deltog" also in Naturstyrelsen's Skovråd and Roskilde's LBR minutes (dev-write). A
municipality, a lower-case group, a body the entry names itself and the text after the list are not read."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_delegations import held_by_the_delegation
from graphbuild.extract.role_facts import RoleFact
from tests.text_facts import facts_of_text, named_relations

HEADER = """Klima-, Miljø- og Teknikudvalget
Referat
Dato: 13.05.2019
Sted: Thisted Kommune

118. Møde med Landbo Thy

Redegørelse

"""

# thisted-klima-miljoe-teknik-2019-05-13 (dev-write): the item's sentence, as printed (its full stop glued on)
LANDBO_THY = (
    "På mødet drøftes forskellige aktuelle temaer vedrørende samarbejdet m.v. mellem Landbo Thy og Thisted "
    "Kommune.Fra Landbo Thy deltager formand Leif Gravesen, næstformand Søren Tølbøll, bestyrelsesmedlem Preben "
    "Nielsen, direktør Henrik Galsgård og afdelingsleder Michael Riss.\n"
)

# thisted-erhverv-klima-miljoe-teknik-2022-11-14 (dev-write): the heading over its entries, as printed
KYSTDIREKTORATET = """Fra Kystdirektoratet deltager:

Niels Kristian Kvistgaard, Områdechef for kystbeskyttelse – Drift og Anlæg

Ole Zilstorff Dalgaard, Projektleder, ingeniør

Udvalget drøftede kystbeskyttelsen med direktør Jens Hansen.
"""


def _held(tmp_path: Path, text: str) -> set[tuple[str, str | None, str]]:
    return {(p, props.get("role"), t) for p, t, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE")}


def test_the_titles_a_delegations_sentence_lists_are_held_in_its_organisation(tmp_path: Path) -> None:
    held = _held(tmp_path, HEADER + LANDBO_THY)
    for person, role in (
        ("Leif Gravesen", "formand"),
        ("Søren Tølbøll", "næstformand"),
        ("Preben Nielsen", "bestyrelsesmedlem"),
        ("Henrik Galsgård", "direktør"),
        ("Michael Riss", "afdelingsleder"),
    ):
        assert (person, role, "Landbo Thy") in held, held


def test_the_entries_under_a_delegations_heading_are_held_in_its_organisation(tmp_path: Path) -> None:
    held = _held(tmp_path, HEADER + KYSTDIREKTORATET)
    assert ("Niels Kristian Kvistgaard", "områdechef", "Kystdirektoratet") in held, held
    assert ("Ole Zilstorff Dalgaard", "projektleder", "Kystdirektoratet") in held, held
    # near miss: the paragraph after the entries is no part of the delegation
    assert not any(person == "Jens Hansen" and target == "Kystdirektoratet" for person, _, target in held), held


def _fact(text: str, name: str, role: str, target: tuple[str, str, str]) -> RoleFact:
    start = text.index(name)
    person = PersonMention(start, start + len(name), name)
    return RoleFact(person, role, target[0], target[1], target[2], None, None, start, start + len(name))


BODY = ("organization:0787-klima-miljoe-og-teknikudvalget", "Klima-, Miljø- og Teknikudvalget", "Organization")
OTHER = ("organization:dansk-kystforening", "Dansk Kystforening", "Organization")


def test_no_municipality_no_group_no_body_the_entry_names_and_no_mayor_is_read_as_a_delegation() -> None:
    own = {BODY[0]}
    # near misses: a municipality's own staff, a lower-case group, a body's kind word alone, a unit, a department
    for opening in (
        "Fra Thisted Kommune deltager",
        "Fra administrationen deltager",
        "Fra Forvaltningen deltager",
        "Fra Center for Sundhed deltager",  # a municipality's own unit: its staff is the municipality's
        "Fra Teknik og Miljø deltager",  # a department named by its areas
    ):
        text = f"{opening} direktør Henrik Galsgård.\n"
        fact = _fact(text, "Henrik Galsgård", "direktør", BODY)
        assert held_by_the_delegation(text, [fact.person], [fact], own) == [fact], opening
    text = "Fra Landbo Thy deltager direktør Henrik Galsgård og borgmester Ulla Vestergaard.\n"
    placed = _fact(text, "Henrik Galsgård", "direktør", OTHER)  # a body a reader found in the entry stays its
    mayor = _fact(text, "Ulla Vestergaard", "borgmester", BODY)  # a mayor is the municipality's
    assert held_by_the_delegation(text, [placed.person, mayor.person], [placed, mayor], own) == [placed, mayor]
