"""A body's dated decision heading with the decision glued on its line (issue 12 item 6, found by rewriting dev-write
minutes' decision headings the ways publishers differ): "BESLUTNING: Kommunalbestyrelsen den 31-03-2022: Godkendt."
(the heading dragoer-kommunalbestyrelsen-2022-03-31 prints on a line of its own) and "Det Lokale
Beskæftigelsesråd i Roskilde, 10-03-2014, pkt. 14: Godkendt." (roskilde-lbr-2014-03-10's heading, dev-write) are
the heading and the decision, not a heading that swallows the decision nor prose. The test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.sections import named_decision_inline
from graphbuild.sources import source_from_text

_HEADER = "Referat\n\nKommunalbestyrelsen\n\nMødedato: 31. marts 2022\n\n"
_CASE = "RESUMÉ\n\nForvaltningen fremlægger budgetopfølgningen.\n\nINDSTILLING\n\nat opfølgningen godkendes.\n\n"


def _outcomes(decision_line: str) -> list[str]:
    text = (
        _HEADER
        + "3. Budgetopfølgning\n\n"
        + _CASE
        + "BESLUTNING: Økonomiudvalget den 25-03-2022\n\nAnbefales.\n\n"
        + decision_line
        # the remark under the decision, as the page prints it
        + "\n\nMed forventning om, at forvaltningen indhenter det aktuelle merforbrug."
        + "\n\n4. Eventuelt\n\nBESLUTNING: Kommunalbestyrelsen den 31-03-2022\n\nIntet.\n"
    )
    return [item.outcome for item in extract_facts(parse_meeting(source_from_text(text))).items]


@pytest.mark.parametrize(
    "line",
    [
        "BESLUTNING: Kommunalbestyrelsen den 31-03-2022: Godkendt.",
        "Beslutning: Kommunalbestyrelsen den 31-03-2022: Godkendt.",
        "Kommunalbestyrelsen, 31-03-2022, pkt. 3: Godkendt.",
    ],
)
def test_the_decision_glued_to_this_meetings_dated_heading_is_read(line: str) -> None:
    assert _outcomes(line) == ["approved", "none"]


def test_a_point_heading_naming_its_body_with_a_small_word_is_a_heading() -> None:
    found = named_decision_inline("Det Lokale Beskæftigelsesråd i Roskilde, 10-03-2014, pkt. 14: Godkendt.")
    assert found == ("Det Lokale Beskæftigelsesråd i Roskilde, 10-03-2014, pkt. 14:", "Godkendt.")


@pytest.mark.parametrize("line", ["Beslutning: Godkendt: se bilag 2.", "Beslutning: Godkendt."])
def test_a_bare_heading_word_over_no_body_is_left_to_the_inline_heading(line: str) -> None:
    # a near miss: no body's dated heading after the bare word
    assert named_decision_inline(line) is None


def test_an_undated_point_line_is_no_heading() -> None:
    # a near miss: a body and a point with no date is prose
    assert named_decision_inline("Det Lokale Beskæftigelsesråd i Roskilde, punkt 14: Godkendt.") is None
