"""A heading that says the decisions under it came before this meeting ("Tidligere beslutning", which the gold's
README names as an earlier decision; "Sagens tidligere behandling", "Forudgående behandling") opens the case's
history, not text of this meeting's decision (issue 12 item 6, found by rewriting dev-write minutes with the case
history printed after the decision). The item is shortened from vejen-oekonomiudvalget-2018-06-19 (dev-write), which
prints "Tidligere behandling"; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.sections import heading_kind
from graphbuild.sources import source_from_text

_HEADER = "Referat\n\nØkonomiudvalget\n\nMødedato: 19. juni 2018\n\n"
_ITEM = (
    "1.Revisionsberetning nr. 17, årsregnskab 2017 (C)\n\nSagsnummer: 18/18300\n\nSagsfremstilling\n"
    "BDO har afleveret beretning nr. 17.\n\nBeslutning Økonomiudvalget den 19-06-2018\nBeretningen blev drøftet.\n\n"
    "{heading}\nØkonomiudvalget besluttede at udsætte sagen.\n\n"
)
_NEXT = "2.Meddelelser\n\nBeslutning Økonomiudvalget den 19-06-2018\nTaget til efterretning.\n"


def _outcomes(heading: str) -> list[str]:
    text = _HEADER + _ITEM.format(heading=heading) + _NEXT
    return [item.outcome for item in extract_facts(parse_meeting(source_from_text(text))).items]


@pytest.mark.parametrize(
    "heading", ["Tidligere beslutning", "Sagens tidligere behandling", "Tidligere beslutning i Økonomiudvalget"]
)
def test_an_earlier_decision_under_its_history_heading_is_not_this_meetings(heading: str) -> None:
    # "discussed" is the value only when no other form is printed: the history's "udsætte" was read as postponed
    assert _outcomes(heading) == ["discussed", "noted"]


@pytest.mark.parametrize("line", ["Tidligere har udvalget besluttet at godkende", "Tidligere beslutning blev udsat."])
def test_a_sentence_about_earlier_decisions_is_no_heading(line: str) -> None:
    # a near miss: prose that opens with the word is no heading
    assert heading_kind(line) is None
