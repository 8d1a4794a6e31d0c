"""A council's meeting word names the council in any case and in the definite form (issue 12 item 4): "Referat af
lokalrådsmødet mandag den 6. marts 2017" (dev taarnborg-lokalraad), "Referat af Ældrerådsmøde den 3.april 2017"
(dev dragoer-aeldreraadet), "Referat af Lokalrådsmøde Næstved Vestegn" (dev naestved-vestegn-lokalraad) and
variants written for the form. The test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.parse.header_body import header_body
from graphbuild.parse.lines import split_lines


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Referat af lokalrådsmødet mandag den 6. marts 2017 klokken 18.30", "Lokalrådet"),
        ("Referat af Ældrerådsmøde den 3.april 2017", "Ældrerådet"),
        ("Dagsorden for handicaprådsmødet 12. maj 2021", "Handicaprådet"),
        ("Referat fra det ordinære integrationsrådsmøde", "Integrationsrådet"),
        ("ekstraordinært seniorrådsmøde den 4. maj", "Seniorrådet"),
        ("Vi talte om ældrerådsmødet i går", None),  # prose before the meeting word: no header
        ("Referat af byrådsmødet", None),  # the council of the municipality is read elsewhere
    ],
)
def test_a_councils_meeting_word(text: str, body: str | None) -> None:
    assert header_body(split_lines(text)) == body
