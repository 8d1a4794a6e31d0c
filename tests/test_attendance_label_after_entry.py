"""A label with no colon right after an entry's party bracket on a flattened line ("… Bente Hedegaard (A) Forfald Ole
Berg (V)", parse/attendance_labels.py) is told by reading back from the label over the text reversed, not by searching
the line from its start, which on a page of one line meant from the page's start per label: the same answer at every
place, the absent still read on a long flattened page, and a word of prose still no label."""

from __future__ import annotations

import random
from pathlib import Path

from graphbuild.parse import parse_meeting
from graphbuild.parse.attendance_labels import _AFTER_ENTRY, _after_entry
from graphbuild.sources import read_source

# Norddjurs Kommune, Kultur- og Udviklingsudvalget 23. januar 2012 (tests/realworld/docs/
# norddjurs-kultur-udvikling-2012-01-23), its members' header as the PDF's text layer flattens it; "Forfald Ole Berg
# (V)" after it is the module's own example
MEMBERS = (
    "Start kl. : Slut kl. : Medlemmer Lars Møller (A) Kirsten Grethe Jensen (V) Eigil Henriksen (V) "
    "Jytte Dalgaard (SF) Bente Hedegaard (A) "
)


def _attendance(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return {(a.name, a.status) for a in parse_meeting(read_source(path)).attendance}


def test_the_backward_reading_answers_as_the_search_at_every_place() -> None:
    for text in (MEMBERS + "Forfald Ole Berg (V) ", MEMBERS + "Deltog x x x x x"):
        for pos in range(len(text) + 1):
            line_start = text.rfind("\n", 0, pos) + 1
            assert _after_entry(text, line_start, pos) == (_AFTER_ENTRY.search(text, line_start, pos) is not None)
    pick = random.Random(7)
    pieces = ["a", "æ", "B", "Ø", "(", ")", " ", "\t", "SF", "\n", "."]
    for _ in range(5000):
        text = "".join(pick.choice(pieces) for _ in range(pick.randint(0, 16)))
        pos = pick.randint(0, len(text))
        line_start = text.rfind("\n", 0, pos) + 1
        assert _after_entry(text, line_start, pos) == (_AFTER_ENTRY.search(text, line_start, pos) is not None)


def test_the_absent_after_an_entry_on_a_long_flattened_page(tmp_path: Path) -> None:
    page = "Referat\n" + "Ord og tal " * 3000 + MEMBERS + "Forfald Ole Berg (V) Punkt 1 Godkendelse af dagsorden"
    found = _attendance(tmp_path, page)
    assert ("Ole Berg", "absent") in found
    assert ("Lars Møller", "present") in found


def test_the_word_in_prose_is_no_label(tmp_path: Path) -> None:
    page = "Referat\n" + "Ord og tal " * 3000 + MEMBERS + "udvalget talte om forfald Ole Berg sagde ja "
    assert not any(name == "Ole Berg" for name, _ in _attendance(tmp_path, page))
