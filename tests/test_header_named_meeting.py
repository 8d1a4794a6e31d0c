"""A meeting's heading that names the body with no body's head word, right before the meeting's day: a name with its
owner ("Mødereferat fra Fællesmødet for Vandværker i Vejen kommune den 15. november 2011"), a name in lower case
after its article ("DAGSORDEN Møde i den politiske ledelse fredag den 4. april 2008")."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_ITEMS = "\n\n1. Velkomst\n\nFormanden bød velkommen.\n\n2. Eventuelt\n\nIntet.\n"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # vejen-vandraad-faellesmoede-vandvaerker-2011-11-15
        (
            "1 Mødereferat fra Fællesmødet for Vandværker i Vejen kommune den 15. november 2011 i Brørup. Dato:",
            "Fællesmødet for Vandværker i Vejen kommune",
        ),
        # kulturaftale-nordjylland-politisk-ledelse-2008-04-04
        (
            "1 DAGSORDEN Møde i den politiske ledelse fredag den 4. april 2008 kl i Skole- og Kulturforvaltningen",
            "den politiske ledelse",
        ),
    ],
)
def test_a_name_right_before_the_meetings_day_is_the_body(head: str, body: str) -> None:
    assert parse_meeting(source_from_text(head + _ITEMS)).body == body


@pytest.mark.parametrize(
    "head",
    [
        "1 DAGSORDEN Møde i byen fredag den 4. april 2008 kl i Skole- og Kulturforvaltningen",  # no article
        "1 DAGSORDEN Møde i den politiske ledelse om sagen",  # no day after it
        "1 Mødereferat fra Fællesmødet for Vandværker og Andre Interesserede i Vejen kommune den 15. november 2011",
    ],
)
def test_a_clause_or_a_name_without_its_day_is_not(head: str) -> None:
    assert parse_meeting(source_from_text(head + _ITEMS)).body is None
