"""The vocabulary's guarantees: facts that do not fit the schema fail loudly, the vocabulary imports
no stage, and the extractor version follows the extractor's code."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from graphbuild.extract.builder import FactsBuilder
from graphbuild.extractor_version import version_of
from graphbuild.models import Entity, Evidence, NodeRecord, Relation, RelRecord
from graphbuild.parse.numbers import find_item_numbers
from graphbuild.vocab.case_numbers import parse_case_number
from graphbuild.vocab.person_names import fuller_spellings, misprinted, shorter_spellings
from graphbuild.vocab.schema import SchemaError, load_schema

PACKAGE = Path(__file__).resolve().parent.parent / "graphbuild"
EV = Evidence(document="0" * 16, item="1", start=0, end=1, quote="x")


def test_unknown_property_fails() -> None:
    with pytest.raises(SchemaError, match="colour"):
        FactsBuilder().entity("person:a", "Person", "A", colour="red")


def test_wrong_property_type_fails() -> None:
    with pytest.raises(SchemaError, match="public"):
        FactsBuilder().entity("item:x:1", "AgendaItem", "1", public="yes")


def test_a_string_property_takes_a_string_only_and_every_key_is_checked_first() -> None:
    """``check_properties``' shortcut for a plain string of a string property: a string (or a subclass of it) passes,
    any other value of a string property fails, and an undeclared key fails whatever its value."""
    from graphbuild.vocab.schema import check_properties

    class Name(str):
        pass

    declared = {"name": "STRING", "aliases": "STRING[]", "public": "BOOLEAN"}
    check_properties("Person", declared, {"name": "A", "aliases": ["B"], "public": True})
    check_properties("Person", declared, {"name": Name("A"), "public": None})
    for wrong in (1, ["A"], True):
        with pytest.raises(SchemaError, match="name must be STRING"):
            check_properties("Person", declared, {"name": wrong})
    with pytest.raises(SchemaError, match="colour"):
        check_properties("Person", declared, {"colour": "red"})


def test_disallowed_endpoint_fails() -> None:
    facts = FactsBuilder()
    person = facts.entity("person:a", "Person", "A")
    law = facts.entity("law:x", "Law", "X")
    with pytest.raises(SchemaError, match="ADOPTED does not run from Person to Law"):
        facts.relation("ADOPTED", person, law, EV)


def test_unknown_relationship_property_fails() -> None:
    facts = FactsBuilder()
    a = facts.entity("municipality:0101", "Municipality", "København")
    b = facts.entity("initiative:x", "Initiative", "X")
    with pytest.raises(SchemaError, match="when"):
        facts.relation("ADOPTED", a, b, EV, when="2021")


def test_unknown_label_or_type_fails_in_the_models() -> None:
    """The models take their labels and types from schema.yaml: an unknown one is a validation error."""
    with pytest.raises(ValidationError, match="Committee"):
        Entity(id="x:1", type="Committee", name="x")
    with pytest.raises(ValidationError, match="CHAIRS"):
        Relation(type="CHAIRS", source="person:a", target="organization:b", evidence=EV)
    with pytest.raises(ValidationError, match="Committee"):
        NodeRecord(id="x:1", label="Committee", properties={})
    ends = {"source": "person:a", "target": "meeting:b", "properties": {}}
    with pytest.raises(ValidationError, match="CHAIRS"):
        RelRecord(id="rel:1", type="CHAIRS", source_label="Person", target_label="Meeting", **ends)
    with pytest.raises(ValidationError, match="Committee"):
        RelRecord(id="rel:1", type="ATTENDED", source_label="Committee", target_label="Meeting", **ends)


def test_every_schema_label_and_type_is_accepted_by_the_models() -> None:
    schema = load_schema()
    assert schema.nodes and schema.relationships
    for label in schema.nodes:
        assert NodeRecord(id="x:1", label=label, properties={}).label == label
    for rel_type, spec in schema.relationships.items():
        source, target = spec.endpoints[0]
        record = RelRecord(
            id="rel:1", type=rel_type, source="a", target="b", source_label=source, target_label=target, properties={}
        )
        assert record.type == rel_type
        assert Relation(type=rel_type, source="a", target="b", evidence=EV).type == rel_type


def test_a_label_added_to_the_schema_needs_no_model_edit(monkeypatch: pytest.MonkeyPatch) -> None:
    from graphbuild.vocab import schema as schema_module

    real = load_schema()
    committee = schema_module.NodeType("Committee", dict(schema_module.NODE_BASE_PROPERTIES), "#000000", "dot")
    wider = schema_module.Schema({**real.nodes, "Committee": committee}, real.relationships)
    monkeypatch.setattr(schema_module, "load_schema", lambda: wider)
    assert NodeRecord(id="committee:1", label="Committee", properties={}).label == "Committee"


def test_extractor_version_follows_extractor_code(tmp_path: Path) -> None:
    copy = tmp_path / "graphbuild"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = version_of(copy)
    (copy / "cli.py").write_text("# not part of extraction\n", encoding="utf-8")
    assert version_of(copy) == before
    with (copy / "parse" / "items.py").open("a", encoding="utf-8") as handle:
        handle.write("\n# a changed rule\n")
    assert version_of(copy) != before


def test_one_case_number_pattern_keeps_kle_and_schemes() -> None:
    danish_facet = parse_case_number("00.15.10-Ø21-1-21")
    assert (danish_facet.scheme, danish_facet.kle, danish_facet.facet) == ("kle", "00.15.10", "Ø21")
    assert parse_case_number("25/26257", "00.01.10").kle == "00.01.10"
    assert parse_case_number("25/26257").scheme == "short"
    assert parse_case_number("326-2017-43896").municipality_code == "0326"
    assert parse_case_number("EMN-2025-010561").scheme == "year-serial"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Sagsnr.: EMN-2025-010561\n", ["EMN-2025-010561"]),  # aarhus: FirstAgenda's case system prefix
        ("Sagsnr. 326-2017-43896\n", ["326-2017-43896"]),
        ("Sagsnr.: emn-2025-010561\n", []),  # the prefix is capitals, as case systems print it
        ("EMN-2025-010561\n", []),  # unlabelled: capitals, a year and digits make other codes too
        ("Sagsid.: 22/32061, Sagsinitialer: hwj\n", ["22/32061"]),  # aabenraa: the case system's id labels it too
        ("Sagsid.: se sag 2017-123\n", []),  # the label with no case number after it
    ],
)
def test_a_labelled_case_number_with_a_systems_prefix(text: str, numbers: list[str]) -> None:
    assert find_item_numbers(text).case_numbers == numbers


def _imports(path: Path, package_root: Path, prefix: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith(("graphbuild", "kommunegraf_viz"))
        ):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith(("graphbuild", "kommunegraf_viz")))
    return found


def test_no_import_circles() -> None:
    """No module imports (at any depth, lazily or not) a module that imports it back."""
    import networkx as nx

    roots = {"graphbuild": PACKAGE, "kommunegraf_viz": PACKAGE.parent / "viz"}
    graph = nx.DiGraph()
    for prefix, root in roots.items():
        for path in root.rglob("*.py"):
            parts = path.relative_to(root).with_suffix("").parts
            name = ".".join((prefix, *[p for p in parts if p != "__init__"]))
            for target in _imports(path, root, prefix):
                if target != name:
                    graph.add_edge(name, target)
    cycles = list(nx.simple_cycles(graph))
    assert cycles == [], cycles[:5]


def test_fuller_spellings_name_a_person_by_the_spelling_with_fewer_initials() -> None:
    names = ["Inger B. Nehm", "Inger Bojsen Nehm", "Inger Hansen", "Anders J. Jørgensen"]
    assert fuller_spellings(names) == {"Inger B. Nehm": "Inger Bojsen Nehm"}
    assert fuller_spellings(["Anders J. Jørgensen", "Anders Jørgensen"]) == {}  # no middle name to agree with


def test_shorter_spellings_name_a_person_by_the_one_fuller_spelling_they_fit() -> None:
    names = ["Jesper Normand Stange", "Jesper Stange", "Hanne D. Heilmann", "Hanne Heilmann", "Poul Erik Schallert"]
    assert shorter_spellings([*names, "Poul Erik", "Poul Callesen"]) == {
        "Jesper Stange": "Jesper Normand Stange",
        "Hanne Heilmann": "Hanne D. Heilmann",
        "Poul Erik": "Poul Erik Schallert",  # a double first name, the surname left out
    }
    # two fuller spellings fit: no one's; a surname is no double first name; a name fits no other spelling
    assert shorter_spellings(["Anders Nielsen", "Anders Bo Nielsen", "Anders Kr. Nielsen"]) == {}
    assert shorter_spellings(["Jens Hansen", "Jens Hansen Lund"]) == {}
    assert shorter_spellings(["Lise Holm", "Lise Marie Berg"]) == {}


def test_a_misprint_swaps_a_surnames_letters_under_the_same_first_name() -> None:
    # Landdistriktsrådet Mors prints "Thomas Dalhgaard" above the address Thomas.Dahlgaard@morsoe.dk
    assert misprinted("Thomas Dahlgaard", "Thomas Dalhgaard")
    assert misprinted("Thomas Dahlgaard", "Thomas B. Dalhgaard")  # the middle words are not compared
    # another surname, letters that differ, another first name, another first letter or the same spelling: none
    assert not misprinted("Thomas Dahlgaard", "Thomas Jensen")
    assert not misprinted("Thomas Larsen", "Thomas Lassen")
    assert not misprinted("Thomas Dahlgaard", "Tomas Dalhgaard")
    assert not misprinted("Ole Nesen", "Ole Senen")
    assert not misprinted("Thomas Dahlgaard", "Thomas Dahlgaard")
    assert not misprinted("Thomas Dahlgaard", "Dalhgaard")
