"""The data model as README.md and docs/architecture.md describe it is the schema's."""

from __future__ import annotations

import re
from pathlib import Path

from graphbuild.vocab.schema import REL_BASE_PROPERTIES, load_schema

REPO = Path(__file__).resolve().parent.parent


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    following = text.find("\n## ", start + len(heading))
    return text[start : following if following >= 0 else len(text)]


def test_readme_data_model_names_every_label_and_type() -> None:
    section = _section((REPO / "README.md").read_text(encoding="utf-8"), "## The data model")
    schema = load_schema()
    named = set(re.findall(r"`([A-Za-z_]+)", section))
    assert set(schema.nodes) <= named
    assert set(schema.relationships) <= named
    for rel in schema.relationships.values():
        own = [p for p in rel.properties if p not in REL_BASE_PROPERTIES]
        if own:
            assert f"`{rel.type} {{{', '.join(own)}}}`" in section, rel.type


def test_architecture_relationship_table_is_the_schema() -> None:
    section = _section((REPO / "docs" / "architecture.md").read_text(encoding="utf-8"), "## Graph model")
    rows = re.findall(r"^\| `([A-Z_]+)` \| (.+?) \|\s*(.*?)\s*\|$", section, re.MULTILINE)
    schema = load_schema()
    assert {r[0] for r in rows} == set(schema.relationships)
    for rel_type, endpoints, properties in rows:
        sources, _, targets = endpoints.partition(" → ")
        declared = schema.relationships[rel_type]
        assert {a for a, _ in declared.endpoints} == {s.strip() for s in sources.split(",")}, rel_type
        assert {b for _, b in declared.endpoints} == {t.strip() for t in targets.split(",")}, rel_type
        own = [p for p in declared.properties if p not in REL_BASE_PROPERTIES]
        assert re.findall(r"`(\w+)`", properties) == own, rel_type
    for label in schema.nodes:
        assert f"`{label}`" in section, label
