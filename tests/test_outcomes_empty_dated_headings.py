"""A decision heading with nothing under it is no decision of this meeting (issue 12 item 6, found by rewriting
dev-write minutes' decision headings the ways publishers differ): its own dated rest ("Beslutning i
Økonomiudvalget den 8. oktober 2019") is the heading, and an earlier body's dated decision printed under it is the
case's history. Items shortened from fmk-kommunalbestyrelsen-2019-10-08 and langeland-oekonomiudvalget-2013-04-08
(dev-write); the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_HEADER = "Referat\n\nKommunalbestyrelsen\n\nMødedato: 8. oktober 2019\n\n"
_NEXT = "314. Forslag til lokalplan\n\nSagsfremstilling\n\nForslaget fremlægges.\n\nBeslutning\n\nGodkendt.\n"


def _outcomes(text: str) -> list[str]:
    return [item.outcome for item in extract_facts(parse_meeting(source_from_text(_HEADER + text))).items]


@pytest.mark.parametrize(
    "heading",
    ["Beslutning i Økonomiudvalget den 8. oktober 2019", "Beslutning i Kommunalbestyrelsen den 08-10-2019"],
)
def test_an_empty_dated_decision_heading_is_no_decision(heading: str) -> None:
    # the heading's own rest ("i Økonomiudvalget den 8. oktober 2019") was read as a decision that records talk
    assert _outcomes(f"313. Godkendelse af dagsorden\n\n{heading}\n\n{_NEXT}") == ["none", "approved"]


def test_a_dated_heading_over_its_decision_keeps_the_decision() -> None:
    # a near miss: the decision under the dated heading is read
    text = "313. Meddelelser\n\nBeslutning i Økonomiudvalget den 8. oktober 2019\n\nTaget til efterretning.\n\n"
    assert _outcomes(text + _NEXT) == ["noted", "approved"]


def test_an_undated_heading_rest_runs_into_the_decision() -> None:
    # a near miss (varde-boern-undervisning-2012-11-26, flattened): the page lost the day, the decision follows on
    # the heading's line and is read
    text = "1. Godkendelse af dagsorden Beslutning Udvalget for Børn og Undervisning den Fraværende: Ingen Godkendt.\n"
    assert _outcomes(text + _NEXT)[0] == "approved"


def test_an_earlier_bodys_decision_under_an_empty_heading_is_the_case_history() -> None:
    text = "313. Godkendelse af dagsorden\n\nBeslutning\n\nTeknik- og Miljøudvalget den 24. september 2019:\nUdsat.\n\n"
    assert _outcomes(text + _NEXT) == ["none", "approved"]


def test_this_meetings_dated_decision_under_a_heading_is_read() -> None:
    # a near miss: the dated decision under the bare heading is this meeting's
    text = "313. Godkendelse af dagsorden\n\nBeslutning\n\nKommunalbestyrelsen den 8. oktober 2019:\nUdsat.\n\n"
    assert _outcomes(text + _NEXT) == ["postponed", "approved"]
