"""The contents reader's shortcut for lines outside any contents list (``_ContentsReader._plainly_outside``) gives
the answer the reader's steps give: the same contents with the shortcut and without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.parse.flatten import resegment
from graphbuild.parse.item_contents import ContentsEntry, _ContentsReader, find_contents
from graphbuild.parse.lines import split_lines
from graphbuild.sources import collect_paths, read_source

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# a contents list under its heading, a tab-separated table, a leader, a long prose line and blank lines between
_TEXT = """Referat af mødet i Teknik- og Miljøudvalget den 3. marts 2021, hvor udvalget drøftede sager om veje

Indholdsfortegnelse
1. Godkendelse af dagsorden
2. Orientering fra formanden
3. Lokalplan 123 for et boligområde ved Skovvej ........ 4

Punkt 1 handler om godkendelse af dagsorden, og udvalget godkendte den uden bemærkninger af nogen art.
1\tGodkendelse af dagsorden
2\tBudget 2022
1\tGodkendelse af dagsorden
"""


def _read(text: str) -> tuple[set[int], list[tuple[str | None, str, int]]]:
    lines, segmented = resegment(split_lines(text))
    inside, entries = find_contents(lines, segmented)
    return inside, [_key(entry) for entry in entries]


def _key(entry: ContentsEntry) -> tuple[str | None, str, int]:
    return entry.number, entry.title, entry.line.index


def _texts() -> list[str]:
    paths, _ = collect_paths([EXAMPLES])
    return [_TEXT, *(read_source(path).text for path in sorted(paths))]


@pytest.mark.parametrize("text", _texts())
def test_the_shortcut_changes_no_contents(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _read(text)
    monkeypatch.setattr(_ContentsReader, "_plainly_outside", lambda self, line, cleaned: False)
    assert _read(text) == fast


def test_the_shortcut_takes_prose_and_blank_lines_only() -> None:
    reader = _ContentsReader([], set())
    prose, blank, heading = split_lines(_TEXT.split("\n")[0] + "\n\nIndholdsfortegnelse")
    assert reader._plainly_outside(prose, prose.clean)
    assert reader._plainly_outside(blank, blank.clean)
    assert not reader._plainly_outside(heading, heading.clean)
    short, group, numbered = split_lines("Mødet sluttede kl. 17.30\nLukket møde\n1. Godkendelse af dagsorden")
    assert reader._plainly_outside(short, short.clean)
    assert not reader._plainly_outside(group, group.clean)  # a heading letter ("l"), and a group's heading
    assert not reader._plainly_outside(numbered, numbered.clean)
    reader.in_toc = True
    assert not reader._plainly_outside(blank, blank.clean)
