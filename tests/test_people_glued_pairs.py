"""Two names a flattened list ran together into one reading are split where the document reads both elsewhere
(`name_glued_pairs`); a name of four words no other reading splits so stays. Excerpts quoted from dev-write documents
of tests/realworld."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract.name_glued_pairs import glued_pairs_split
from tests.text_facts import assert_persons

CASES: list[tuple[str, set[str], set[str]]] = [
    # helsingoer-handicapraadet-2015-11-23: the member list's entries each end in a party's bracket; the list of the
    # absent, flattened, has none
    (
        "Medlemmer: Michael Mathiesen (C) Philip Læborg (C) Ib Kirkegaard (O) Haldis Glerfoss (Ø) Duygu Ngotho (A)\n"
        "Fraværende: Philip Læborg Haldis Glerfoss Duygu Ngotho Karsten Grubert\n",
        {"Haldis Glerfoss", "Duygu Ngotho"},
        {"Haldis Glerfoss Duygu Ngotho"},
    ),
    # near miss: a name of four words whose parts the document reads nowhere else
    (
        "Medlemmer: Hans Christian Møller Jensen (V), Ib Kirkegaard (O)\n",
        {"Hans Christian Møller Jensen"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_glued_pair_split(tmp_path: Path, text: str, wanted: set[str], unwanted: set[str]) -> None:
    assert_persons(tmp_path, text, wanted, unwanted)


def test_split_by_the_attendance_lists_names() -> None:
    # regionh-forretningsudvalget-2007-12-11: a flattened member list; the attendance lists read both names
    text = (
        "Medlemmer: Vibeke Storm Rasmussen Lars Engberg Peter Kay Mortensen Kirsten Lee Trine Petersen Benedikte Kiær\n"
    )
    start = text.index("Kirsten")
    end = start + len("Kirsten Lee Trine Petersen")
    split = glued_pairs_split(text, [(start, end, "Kirsten Lee Trine Petersen")], ["Kirsten Lee", "Trine Petersen"])
    assert split == {0: ((start, start + 11, "Kirsten Lee"), (start + 12, end, "Trine Petersen"))}
    # near miss: one part read nowhere else
    assert glued_pairs_split(text, [(start, end, "Kirsten Lee Trine Petersen")], ["Kirsten Lee"]) == {}
