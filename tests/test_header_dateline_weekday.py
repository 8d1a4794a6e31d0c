"""A header whose first date is a dateline (alone on its line, or after a place's name and a comma: the day the
minutes or the notice were written) over a line that prints a day with its weekday and clock: that day is the
meeting's."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

# aabenraa-samraadet-lokalhistoriske-arkiver-2014-08-11
PLACE_DATELINE = (
    "Samrådet for Lokalhistoriske Arkiver\nI Aabenraa Kommune\nTinglev, den 12. august 2014\nMødereferat\n"
    "Bestyrelsesmøde i Samrådet mandag den 11. august 2014 kl. 16. på Kliplev Lokalhistoriske\n"
    "arkiv, Straagaards Smedie, Skolegade 4, Kliplev, 6200 Aabenraa\nTilstede:\n"
    "Kim Furdal, Helmuth Kirsten, Ingerlise Jessen, Jes Ove Petersen, Kaj Lassen.\n"
    "Dagsorden:\n1. Godkendelse af dagsorden\nGodkendt\n2.\nMeddelelser fra formanden\nIntet.\n"
)
# frb-erhverv-generalforsamling-2023-03-29
DATE_ALONE_AFTER = (
    "29. April 2023\n\nReferat af ordinær Generalforsamling\n\nOnsdag den 29. marts 2023 kl. 18.15\n\n"
    "Sted: La Oficina, Suomisvej 4, 1927 Frederiksberg C.\n\nDagsorden:\n\n 1. Valg af dirigent\n\n"
    "Jesper Troels Jensen blev valgt til dirigent\n\n 2. Årsberetning ved formand Christian Jensen\n\nGodkendt.\n"
)
# nordfyns-kommunalbestyrelsen-2020-09-29
DATE_ALONE_BEFORE = (
    "Annoncering af kommunalbestyrelsesmøde\n\n24.09.2020\n\n"
    "Tirsdag den 29. september 2020 kl. 18.00 holder Kommunalbestyrelsen for Nordfyns Kommune møde.\n\n"
    "Følgende punkter er til behandling på mødet:\n 1. Mødeplan 2021\n 2. Kirkeskat 2021\n 3. Orientering\n"
)


def _day(text: str) -> str | None:
    meeting = parse_meeting(source_from_text(text))
    return meeting.start.isoformat(timespec="minutes")[:16] if meeting.start else None


def test_a_place_datelines_day_gives_way_to_the_weekday_and_clock_under_it() -> None:
    assert _day(PLACE_DATELINE) == "2014-08-11T16:00"


def test_a_date_alone_written_after_the_meeting_gives_way() -> None:
    assert _day(DATE_ALONE_AFTER) == "2023-03-29T18:15"


def test_a_date_alone_written_before_the_meeting_gives_way() -> None:
    assert _day(DATE_ALONE_BEFORE) == "2020-09-29T18:00"


def test_the_next_meetings_weekday_and_clock_do_not() -> None:
    text = DATE_ALONE_BEFORE.replace(
        "Tirsdag den 29. september 2020 kl. 18.00 holder Kommunalbestyrelsen for Nordfyns Kommune møde.",
        "Kommunalbestyrelsen holdt møde.\nNæste møde tirsdag den 29. september 2020 kl. 18.00.",
    )
    assert _day(text) == "2020-09-24T00:00"


def test_a_weekday_that_is_not_the_days_does_not() -> None:
    assert _day(DATE_ALONE_AFTER.replace("Onsdag den 29. marts", "Torsdag den 29. marts")) == "2023-04-29T00:00"


def test_a_dated_statement_of_the_meeting_is_no_dateline() -> None:
    text = PLACE_DATELINE.replace("Tinglev, den 12. august 2014", "Referat af mødet den 12. august 2014")
    assert (_day(text) or "")[:10] == "2014-08-12"
