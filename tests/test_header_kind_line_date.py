"""The meeting's day under a web page's date alone on its line: a line that names the document's kind ("Referat af
møde i Ældrerådet den 28. september 2023") over one that only tells of a meeting above it ("Orientering fra
Ældrerådsmødet den 27. september 2023"). The form "Referat af/fra møde i X den D" heads dev-write documents of
Odsherred, Frederiksberg, KKR Hovedstaden, Region Midtjylland and Naturstyrelsen; the excerpt is shortened from
odsherred-aeldreraadet-2023-09-28 (dev-write); the test split is never read."""

from __future__ import annotations

from datetime import date

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_PAGE = (
    "10.10.2023\n\n"
    "Orientering fra Ældrerådsmødet den 27. september 2023\n\n"
    "Referat af møde i Ældrerådet den 28. september 2023\n\n"
    "Peter Licht bydes velkommen som nyt medlem i Ældrerådet, idet Jette Zimling har valgt at udtræde.\n"
    "Ingen ændringer på øvrige plejecentre i kommunen.\n"
)


def _day(text: str) -> date | None:
    meeting = parse_meeting(source_from_text(text))
    return meeting.start.date() if meeting.start else None


def test_the_line_naming_the_minutes_dates_the_meeting() -> None:
    assert _day(_PAGE) == date(2023, 9, 28)


def test_the_first_of_two_told_of_meetings_is_kept() -> None:
    # near miss: two lines that tell of a meeting, neither naming the document's kind: the first, as before
    told = _PAGE.replace("Referat af møde i Ældrerådet", "Orientering fra møde i Ældrerådet")
    assert _day(told) == date(2023, 9, 27)
