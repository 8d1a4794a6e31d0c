"""A body's web page that lists its meetings' minutes and agendas (issue 12 item 7): no one meeting's document,
so no meeting is invented; minutes with a heading of their own under such a list keep their kind. The pages are
dev-write documents (favrskov-handicapraadet-webpage, kolding-oekonomiudvalget-2021-03-16) with the list of
meetings as other publishers print it; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

# favrskov-handicapraadet-webpage: the council's page
_COUNCIL_PAGE = (
    "Handicaprådet rådgiver Favrskov Byråd i handicappolitiske spørgsmål og behandler spørgsmål om mennesker med "
    "handicap.\nHandicaprådet afholder seks møder om året.\nDet er kun rådets medlemmer, der kan deltage i møderne.\n"
    "Medlemmer af Handicaprådet 2022-25\n"
)


@pytest.mark.parametrize(
    "listing",
    [
        "Dagsordener og referater\nReferat fra mødet 12. marts 2023\nReferat fra mødet 4. maj 2023\n"
        "Dagsorden til mødet 21. september 2023\n",
        "Møder i 2023\n• 12. marts 2023 - Referat\n• 4. maj 2023 - Referat\n• 21. september 2023 - Dagsorden\n",
    ],
)
def test_a_page_listing_meetings_records_none(listing: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text(listing + _COUNCIL_PAGE)))
    assert facts.kind is None
    assert not [entity for entity in facts.entities if entity.type == "Meeting"]


# kolding-oekonomiudvalget-2021-03-16: the minutes' own heading, the day under it
_MINUTES = (
    "Dagsorden\nTirsdag 16. mar 2021 kl. 07:45\nØkonomiudvalget\nTeams\nReferat\nResumé\n"
    "Henrik Nielsen har anmodet om at udtræde af Kolding Byråd pr. 23. marts 2021.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Tidligere møder\nReferat 12. februar 2023\nReferat 9. januar 2023\n",  # earlier meetings, then the heading
        "Dagsorden offentliggjort 05.03.2021\nReferat offentliggjort 14.03.2021\n",  # this meeting's documents' dates
        "Godkendelse af referat fra mødet 12. februar 2021\nGodkendelse af referat fra mødet 9. januar 2021\n",
    ],
)
def test_minutes_with_their_own_heading_keep_their_kind(lead: str) -> None:
    assert parse_meeting(source_from_text(lead + _MINUTES)).kind == "referat"
