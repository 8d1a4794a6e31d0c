"""Who was absent printed as a heading of its own right under the decision heading (issue 12 item 6, found by
rewriting dev-write minutes' decision headings the ways publishers differ): the empty decision section's decision is
under the absence heading, not none. The excerpt is shortened from slagelse-oekonomiudvalget-2019-11-18
(dev-write), its heading "Beslutning i Økonomiudvalget den 18. november 2019:" renamed as other publishers print
it; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_HEADER = "Referat\n\nØkonomiudvalget\n\nMødedato: 18. november 2019\n\n"
_ITEM = (
    "1.     Godkendelse af dagsorden (B)\n\nSagsnr.: 330-2019-2104\nKompetence: Økonomiudvalget\nBeslutningstema\n"
    "Godkendelse af dagsorden.\nIndstilling\nBorgmesteren indstiller,\n1.    at dagsordenen godkendes\n"
    "{heading}\nFraværende: \n{decision}\n\n"
)
_NEXT = "2.     Orientering fra borgmesteren\n\nBeslutning\n\nTaget til efterretning.\n"


def _outcomes(heading: str, decision: str) -> list[str]:
    text = _HEADER + _ITEM.format(heading=heading, decision=decision) + _NEXT
    return [item.outcome for item in extract_facts(parse_meeting(source_from_text(text))).items]


@pytest.mark.parametrize("heading", ["Udvalgets beslutning:", "Protokol:", "Mødets beslutning:"])
def test_a_decision_under_the_absence_heading_is_read(heading: str) -> None:
    assert _outcomes(heading, "Godkendt.") == ["approved", "noted"]


def test_an_absence_list_alone_is_no_decision() -> None:
    # a near miss: under the absence heading only who was absent, no decision
    assert _outcomes("Udvalgets beslutning:", "Knud Vincents (V)") == ["none", "noted"]
