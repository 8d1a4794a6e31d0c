"""The extractor's version covers every module that turns a file into facts: whatever sources,
parse and extract import from graphbuild (a shared leaf module such as handling_lines included)
is among the inputs its hash reads, so a changed rule there cannot be served from the cache."""

from __future__ import annotations

import ast
from pathlib import Path

from graphbuild.extractor_version import _INPUTS

PACKAGE = Path(__file__).resolve().parent.parent / "graphbuild"


def _graphbuild_parts_imported_by(folder: Path) -> set[str]:
    parts: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            parts |= {name.split(".")[1] for name in names if name.startswith("graphbuild.")}
    return parts


def test_every_module_extraction_imports_is_part_of_the_extractor_version() -> None:
    imported = set().union(
        *(_graphbuild_parts_imported_by(PACKAGE / stage) for stage in ("sources", "parse", "extract"))
    )
    assert "handling_lines" in imported
    covered = {name.removesuffix(".py") for name in _INPUTS} | {"errors"}  # error classes, no rule
    assert imported - covered == set(), "add these to extractor_version._INPUTS"
