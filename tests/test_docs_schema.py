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


_ENTRY = re.compile(r"^- `(\w+)` — \S")


def _modules_named_in_architecture() -> dict[str, list[str]]:
    """package folder -> the modules its section lists, one bullet "- `module` — its job" a line."""
    section = _section((REPO / "docs" / "architecture.md").read_text(encoding="utf-8"), "## Stages and the modules")
    named: dict[str, list[str]] = {}
    folder = ""
    for line in section.splitlines():
        heading = re.match(r"^### .+ \(`([\w/]+/)`\)$", line)
        if heading:
            folder = heading.group(1)
            named.setdefault(folder, [])
        elif line.startswith("- "):
            entry = _ENTRY.match(line)
            assert entry and folder, f"not one module a line under a stage's heading: {line[:80]}"
            named[folder].append(entry.group(1))
    return named


def test_architecture_names_every_module_with_its_job() -> None:
    named = _modules_named_in_architecture()
    modules = {
        (path.parent.relative_to(REPO).as_posix() + "/", path.stem)
        for root in ("graphbuild", "viz")
        for path in (REPO / root).rglob("*.py")
        if path.name != "__init__.py"
    }
    assert len(modules) > 50
    listed = {folder: set(names) for folder, names in named.items()}
    missing = sorted(f"{folder}{name}.py" for folder, name in modules if name not in listed.get(folder, set()))
    assert not missing, f"docs/architecture.md does not name {missing}"
    absent = sorted(
        f"{folder}{name}.py" for folder, names in listed.items() for name in names if (folder, name) not in modules
    )
    assert not absent, f"docs/architecture.md names modules that do not exist: {absent}"
    twice = sorted(f"{folder}{name}" for folder, names in named.items() for name in set(names) if names.count(name) > 1)
    assert not twice, f"docs/architecture.md lists these modules twice: {twice}"


def test_architecture_stage_table_is_one_short_line_a_stage() -> None:
    section = _section((REPO / "docs" / "architecture.md").read_text(encoding="utf-8"), "## Stages and the modules")
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| stage |")]
    assert rows
    assert all(len(row) <= 200 for row in rows), [row[:60] for row in rows if len(row) > 200]
    folders = {re.findall(r"`([\w/]+/)`", row)[0] for row in rows}
    assert folders == set(_modules_named_in_architecture())


def test_architecture_module_lists_are_sorted_within_each_group() -> None:
    section = _section((REPO / "docs" / "architecture.md").read_text(encoding="utf-8"), "## Stages and the modules")
    for group in re.split(r"^#{3,4} .*$", section, flags=re.MULTILINE):
        names = [m.group(1) for m in map(_ENTRY.match, group.splitlines()) if m]
        assert names == sorted(names), names


def test_the_flow_is_drawn_once() -> None:
    docs = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    lines = [(doc.name, line) for doc in docs for line in doc.read_text(encoding="utf-8").splitlines()]
    drawings = [(name, line) for name, line in lines if "─►" in line]
    assert [name for name, _ in drawings] == ["architecture.md"], drawings
    assert all(stage in drawings[0][1] for stage in ("sources", "parse", "extract", "resolve", "store"))
