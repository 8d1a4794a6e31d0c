"""An association's minutes that close an item with a short verdict paragraph under points that read as a presented
case ("A. Pernille Salomon indstilles / Indstillet og valgt"); cases shortened from a dev-write document of
tests/realworld/ (bkf-region-hovedstaden-bestyrelse-2016-11-11), the test split never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_HEADER = (
    "Foreningen afholdt bestyrelsesmøde d. 11. november 2016\n\nReferat\n\n"
    "1) Godkendelse af dagsorden\nGodkendt\n\n2) Orientering fra formanden\n\nFormanden orienterede om fællesmødet.\n\n"
)

CASES = [
    (
        "3) De landsdækkende netværk\nA. Indstilling til de landsdækkende netværk\nB. Nyt medlem til netværket\n"
        "– Camilla Jarltoft fra Frederiksberg Kommune kandidat?\n\nIndstillet og valgt\n",
        "approved",
    ),
    ("3) Kandidat til landsbestyrelsen\n\nA. Pernille Salomon indstilles\n\nIndstillet og valgt\n", "approved"),
    # near misses: a closing paragraph of talk, or one of many words, is no closing verdict
    ("3) Kandidat til landsbestyrelsen\n\nA. Pernille Salomon indstilles\n\nVi taler videre\n", "none"),
    (
        "3) Kandidat til landsbestyrelsen\n\nA. Pernille Salomon indstilles\n\n"
        "Hvis hun bliver godkendt af landsbestyrelsen på mødet i foråret\n",
        "none",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_closing_verdict_paragraph(text: str, expected: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text(_HEADER + text)))
    assert [i.outcome for i in facts.items] == ["approved", "noted", expected]
