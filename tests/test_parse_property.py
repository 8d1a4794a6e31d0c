"""parse_meeting never raises, and its offsets always index the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

VOCABULARY = [
    "Punkt 1:", "Punkt 2: Lukket:", "pkt. 65", "Sag nr. 130", "3.", "1. Godkendelse", "Beslutning",
    "Indstilling", "Det indstilles, at", "Sagsfremstilling", "Bilag", "Afbud:", "Fraværende:",
    "i stedet deltager", "Suppleant for", "Dato:", "den 24. januar 2020, kl. 10.00 – 12.00", "Lukket",
    "Indholdsfortegnelse", "PUNKTER", "Direktionens møde den 22. februar 2021:", "\t", "\n", "\n\n",
    "Referat", "Dagsorden", "Jens Hansen (A)", "Sagsnr.: 326-2017-43896", "J.nr.: 00.01.10", ":", "**",
]  # fmt: skip

documents = st.one_of(
    st.text(max_size=2000),
    st.lists(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=30)), max_size=80).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_parse_never_raises(text: str) -> None:
    doc = source_from_text(text)
    meeting = parse_meeting(doc)
    assert not any(error.startswith("parse failed") for error in meeting.errors), meeting.errors
    for item in meeting.items:
        assert 0 <= item.start <= item.end <= len(doc.text)
        for section in item.sections:
            assert doc.text[section.start : section.end] == section.text
