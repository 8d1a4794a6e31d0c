"""An item page that dates its decision by a label under the body's name ("Beslutning fra Integrationsrådet" /
"Dato: 10. december 2015") is dated by it, not by the first date its case tells of."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

# odsherred-integrationsraadet-2015-12-10-punkt-66 (PolWeb)
ITEM_PAGE = (
    "66.    Temadag for Integrationsrådet\n\nSag 306-2014-5450\n\nÅbent\n\nSagsfremstilling\n\n"
    "Da temadagen den 22. november 2015 blev aflyst pga. snevejr, skal der fastlægges en ny dato.\n\n"
    "Administrativ indstilling\n\nAdministrationen indstiller til Integrationsrådet, at\n\n"
    "·          Dato for Integrationsrådets temadag fastlægges.\n\n"
    "Beslutning fra Integrationsrådet\n\nDato: 10. december 2015\n\nSted: Café Lulu\n\nForslag om 9. april 2016.\n"
)


def _day(text: str) -> str | None:
    meeting = parse_meeting(source_from_text(text))
    return meeting.start.date().isoformat() if meeting.start else None


def test_the_decisions_dated_label_dates_the_item_page() -> None:
    assert _day(ITEM_PAGE) == "2015-12-10"


def test_a_date_label_not_right_under_the_decision_heading_does_not() -> None:
    later = ITEM_PAGE.replace("Integrationsrådet\n\nDato:", "Integrationsrådet\n\nGodkendt.\n\nNotat\n\nDato:")
    assert _day(later) == "2015-11-22"
