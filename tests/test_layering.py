"""Data flows one way: a module imports only its own stage and the stages before it, never a later
one (sources → parse → extract → resolve → store → publish, packs and pictures → the web app and
the command line). Function-level imports count too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# each part of the code and its place in the flow; parts of one stage may import each other
STAGES: dict[str, int] = {
    "errors": 0,
    "process_memory": 0,
    "vocab": 1,
    "models": 2,
    "handling_lines": 2,
    "sources": 3,
    "spill": 3,
    "extractor_version": 3,
    "parse": 4,
    "extract": 5,
    "extraction_cache": 5,
    "item_context": 6,
    "resolve": 6,
    "resolve_document_ids": 6,
    "resolve_ids": 6,
    "resolve_people": 6,
    "resolve_records": 6,
    "graph_builder": 6,
    "changes": 6,
    "store": 7,
    "textindex": 7,
    "search_terms": 7,
    "config": 8,
    "publish": 8,
    "export": 8,
    "querypacks": 8,
    "pack_model": 8,
    "pack_statements": 8,
    "pack_files": 8,
    "pack_params": 8,
    "pack_names": 8,
    "pack_output": 8,
    "unnamed_bodies": 8,
    "analyze": 8,
    "pipeline": 9,
    "build_report": 9,
    "build_extract": 9,
    "build_resolve": 9,
    "document_labels": 9,
    "kommunegraf_viz": 9,
    "serve": 10,
    "cli": 11,
    "console": 11,
    "__init__": 0,
    "data": 0,
}


def part_of(module: str) -> str:
    """'graphbuild.parse.items' -> 'parse'; 'kommunegraf_viz.views' -> 'kommunegraf_viz'."""
    names = module.split(".")
    if names[0] == "kommunegraf_viz":
        return "kommunegraf_viz"
    return names[1] if len(names) > 1 else "__init__"


def modules() -> list[tuple[str, Path]]:
    found = []
    for folder, package in ((REPO / "graphbuild", "graphbuild"), (REPO / "viz", "kommunegraf_viz")):
        for path in sorted(folder.rglob("*.py")):
            parts = [package, *path.relative_to(folder).with_suffix("").parts]
            found.append((".".join(p for p in parts if p != "__init__") or package, path))
    return found


def imports_of(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
    return [n for n in names if n.split(".")[0] in ("graphbuild", "kommunegraf_viz")]


def test_every_part_of_the_code_has_a_stage() -> None:
    unknown = {part_of(module) for module, _ in modules()} - STAGES.keys()
    assert not unknown, f"give these a place in STAGES: {sorted(unknown)}"


@pytest.mark.parametrize(("module", "path"), modules(), ids=[m for m, _ in modules()])
def test_no_module_imports_a_later_stage(module: str, path: Path) -> None:
    mine = STAGES[part_of(module)]
    later = [name for name in imports_of(path) if STAGES.get(part_of(name), 0) > mine]
    assert not later, f"{module} (stage {mine}) imports later stages: {later}"


def test_the_check_sees_a_breach() -> None:
    """The rule itself: parse importing extract, or the store importing the web app, is caught."""
    assert STAGES[part_of("graphbuild.extract.roles")] > STAGES[part_of("graphbuild.parse.items")]
    assert STAGES[part_of("graphbuild.serve.app")] > STAGES[part_of("graphbuild.store.ladybug")]
