"""What the pipeline extracts from a text written to a file: the helper the tests of forms on real
excerpts share (roles, memberships, adoptions)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graphbuild.extract import extract_facts
from graphbuild.models import DocumentFacts, Meeting, SourceDocument
from graphbuild.parse import parse_meeting
from graphbuild.sources import read_source


def meeting_of_text(text: str) -> Meeting:
    """The parse of a text given as it is, with no file behind it."""
    return parse_meeting(SourceDocument(path="x.txt", name="x", sha256="0" * 64, format="txt", text=text))


def facts_of_text(tmp_path: Path, text: str) -> DocumentFacts:
    """The facts of ``text`` read as the file doc.txt (a line break added at its end)."""
    path = tmp_path / "doc.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return extract_facts(parse_meeting(read_source(path)))


def named_relations(facts: DocumentFacts, rel_type: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(source name, target name, properties) of each relation of ``rel_type``."""
    names = {e.id: e.name for e in facts.entities}
    for r in facts.relations:
        if r.type == rel_type:
            yield names[r.source], names[r.target], r.properties


RolePairs = set[tuple[str, str]]  # (person, role)


def role_pairs_of_text(tmp_path: Path, text: str) -> RolePairs:
    """(person, role) of each HOLDS_ROLE fact extracted from ``text``."""
    facts = facts_of_text(tmp_path, text + "\n")
    return {(person, str(props.get("role"))) for person, _, props in named_relations(facts, "HOLDS_ROLE")}
