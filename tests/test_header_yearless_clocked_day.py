"""A header that prints the meeting's day and clock without its year ("25. juni kl. 10:00") tells the meeting's
day: the text's first full date is the meeting's only when it is that day; another day's (a case's history,
"besluttede i mødet den 22. maj 2006") gives no date rather than a wrong one."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.parse.dates import yearless_day_month
from graphbuild.sources import source_from_text

# modelled on a flattened decision record: the heading's day has no year, a case's history dates another meeting
_RECORD = (
    "Økonomiudvalget Åben beslutningsprotokol\n\n"
    "1 Åben beslutningsprotokol 25. juni kl. 10:00 Lokale D116, Rådhuset Afbud: Jens Hansen "
    "Indholdsfortegnelse Godkendelse af anlægsregnskab. Økonomiudvalget besluttede i mødet den 22. maj 2006 "
    "at opsige lejemålet.\n"
)


def test_a_full_date_of_another_day_is_not_the_meetings() -> None:
    assert parse_meeting(source_from_text(_RECORD)).start is None


def test_a_full_date_of_the_printed_day_is() -> None:
    same_day = _RECORD.replace("22. maj 2006", "25. juni 2007")
    start = parse_meeting(source_from_text(same_day)).start
    assert start is not None and start.date().isoformat() == "2007-06-25"


def test_only_a_day_with_a_clock_after_it_is_the_meetings() -> None:
    assert yearless_day_month("Skolebestyrelsesmøde den 25. maj kl.18.30-21.00") == (25, 5)
    assert yearless_day_month("Fredag 18. september kl. 09.00 – 12.30") == (18, 9)
    assert yearless_day_month("Dato Journalnr 26. maj Danni Jensen") is None  # a letter's date
    assert yearless_day_month("Fra den 10. september er coronavirus ikke længere") is None
    assert yearless_day_month("Mødet 25. juni 2007 kl. 10:00") is None  # a year: a full date
