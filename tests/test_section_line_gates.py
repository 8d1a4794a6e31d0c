"""``sections.build_sections`` spares a line of more than 100 characters with no colon every heading reader (speed
work, no change of output): no heading form reads such a line, checked here on random texts of the heading patterns'
pieces; a title's repeat and an implicit indstilling of that length are still read."""

from __future__ import annotations

from graphbuild.parse.lines import clean, split_lines
from graphbuild.parse.sections import build_sections, heading_kind, inline_heading, named_decision_inline
from tests.random_texts import random_texts

_PIECES = [
    "Beslutning", "BESLUTNING", "beslutning", "Indstilling", "Økonomiudvalget", "Teknik- og Miljøudvalgets",
    "Udvalget for Teknik og Miljø", " i ", " den ", " d. ", "3. maj 2021", "03-04-2019", ", ", " - ", "pkt. 42",
    "punkt 7", "Godkendt", "Tidligere behandling", "Sagsfremstilling", " ", "  ", ".", ":", "Det indstilles, at",
    "Forvaltningen indstiller", "İ", "ſ", "x" * 40,
]  # fmt: skip


def test_a_long_line_with_no_colon_is_no_heading() -> None:
    long_lines = 0
    for text in random_texts(_PIECES, seed=31, count=20000, most=14):
        line = clean(text)
        if len(line) > 100 and ":" not in line:
            long_lines += 1
            assert heading_kind(line) is None, line
            assert inline_heading(line) is None, line
            assert named_decision_inline(line) is None, line
    assert long_lines > 1000


# a title of more than 100 characters repeated under the item's text closes the section above it; a long line of
# who recommends opens the recommendation before any heading
_TITLE = (
    "Godkendelse af lokalplan nr. 1234 for et område til boliger og erhverv ved Havnevej og Strandvejen i Sydhavnen"
)
_BODY = f"""Forvaltningen har udarbejdet et forslag til lokalplan for området og et tillæg til kommuneplanen for området
Teknik- og Miljøforvaltningen indstiller til Teknik- og Miljøudvalget over for Økonomiudvalget og Byrådet, at
forslaget vedtages.
Beslutning
Godkendt.
{_TITLE}
Sagen blev ikke drøftet yderligere på mødet i udvalget.
"""


def test_a_long_title_repeat_and_a_long_implicit_indstilling_are_read() -> None:
    lines = split_lines(_BODY)
    assert len(_TITLE) > 100 and len(lines[1].clean) > 100
    sections = build_sections(lines, _BODY, len(_BODY), _TITLE)
    assert [(s.kind, s.heading) for s in sections] == [("indstilling", "Indstilling"), ("beslutning", "Beslutning")]
    assert sections[1].text == "Godkendt."  # the title's repeat ends the decision
