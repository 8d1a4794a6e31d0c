"""What the pipeline extracts from a text written to a file: the helper the tests of forms on real
excerpts share (roles, memberships, adoptions), and the one scaffold of the tables of role forms
(tests/test_role_forms_*.py): a case's excerpt, the (person, role) pairs it must give and those it must not."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

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


def member_pairs_of_text(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """(member, network) of each MEMBER_OF fact extracted from ``text``."""
    return {(member, network) for member, network, _ in named_relations(facts_of_text(tmp_path, text), "MEMBER_OF")}


def persons_of_text(tmp_path: Path, text: str) -> set[str]:
    """The name of each person extracted from ``text``."""
    return {e.name for e in facts_of_text(tmp_path, text).entities if e.type == "Person"}


def assert_persons(tmp_path: Path, text: str, wanted: set[str], unwanted: set[str]) -> None:
    """Every name of ``wanted`` is a person extracted from ``text``, none of ``unwanted``."""
    names = persons_of_text(tmp_path, text)
    assert wanted <= names, names
    assert not unwanted & names, names


RolePairs = set[tuple[str, str]]  # (person, role)


def role_pairs_of_text(tmp_path: Path, text: str) -> RolePairs:
    """(person, role) of each HOLDS_ROLE fact extracted from ``text``."""
    facts = facts_of_text(tmp_path, text + "\n")
    return {(person, str(props.get("role"))) for person, _, props in named_relations(facts, "HOLDS_ROLE")}


# A table of role forms: (why, text, present, absent), each case a test that the (person, role) pairs
# ``present`` are read from ``text`` and none of ``absent`` is.
RoleCase = tuple[str, str, RolePairs, RolePairs]
# The same with a header of its own before each case's text: (why, header, text, present, absent).
HeadedRoleCase = tuple[str, str, str, RolePairs, RolePairs]


def headed_role_cases(cases: Iterable[HeadedRoleCase]) -> list[RoleCase]:
    """The cases with each header put before its text."""
    return [(why, header + text, present, absent) for why, header, text, present, absent in cases]


def role_form_cases(cases: Iterable[RoleCase], header: str = "", id_chars: int | None = None) -> pytest.MarkDecorator:
    """A test per case, given (text, present, absent), ``header`` before each text, the case's why (its first
    ``id_chars`` characters) as its id."""
    params = [pytest.param(header + text, present, absent, id=why[:id_chars]) for why, text, present, absent in cases]
    return pytest.mark.parametrize(("text", "present", "absent"), params)


def assert_role_form(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    """Every pair of ``present`` is read from ``text``, none of ``absent``."""
    found = role_pairs_of_text(tmp_path, text)
    assert present <= found, f"missing {present - found}"
    assert not absent & found, f"wrongly found {absent & found}"


class UnnamedChairs:
    """A role reader's chairs lookup where every position's body is one unnamed organisation and no chair is named
    (for calling one roles reader alone)."""

    unnamed = ("organization:x", "X", "Organization")

    def __call__(self, pos: int) -> tuple[str, str, str]:
        return self.unnamed

    def last_named(self, pos: int, reach: int = 1500) -> None:
        return None
