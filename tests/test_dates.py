"""Danish dates and times in their usual forms."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from graphbuild.parse.dates import COPENHAGEN, find_dates, parse_datetime_range


def _dt(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=COPENHAGEN)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("d. 22-02-2021", _dt(2021, 2, 22), None),
        ("Mandag d. 22. februar 2021 kl. 12:30", _dt(2021, 2, 22, 12, 30), None),
        ("den 24. januar 2020, kl. 10.00 – 12.00", _dt(2020, 1, 24, 10), _dt(2020, 1, 24, 12)),
        ("2023-10-04 13:00", _dt(2023, 10, 4, 13), None),
        ("06.10.2023", _dt(2023, 10, 6), None),
        ("30.-31. oktober 2023", _dt(2023, 10, 30), None),
        ("Dato: 29. januar 2020 Tidspunkt: Kl. 19:00", _dt(2020, 1, 29, 19), None),
        ("mandag den 22. november 2010", _dt(2010, 11, 22), None),
        ("den 3. feb. 2021 kl. 9 - 11", _dt(2021, 2, 3, 9), _dt(2021, 2, 3, 11)),
        # odense-byraad-2008-03-26 (dev): day/month, then the year after a space
        ("Byrådet den 14/12 2005", _dt(2005, 12, 14), None),
        # a portal's machine-readable time
        ("2019-04-03T18:00", _dt(2019, 4, 3, 18), None),
    ],
)
def test_danish_forms(text: str, start: datetime, end: datetime | None) -> None:
    assert parse_datetime_range(text) == (start, end)


def test_summer_time_offset() -> None:
    start, _ = parse_datetime_range("2023-07-01 10:00")
    assert start is not None and start.utcoffset() is not None
    assert start.utcoffset().total_seconds() == 7200  # type: ignore[union-attr]


def test_case_numbers_and_impossible_dates_are_not_dates() -> None:
    assert find_dates("Sagsnr. 326-2017-43896 og 00.15.10-A21-1-21, 31.02.2021") == []
    assert [d.value for d in find_dates("fra den 1.3.21")] == [date(2021, 3, 1)]
    assert find_dates("Side 3/4 2019") == []  # a page count before a year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # day and month each with a full stop and a space, as typed: a header's field, a news page's dateline
        ("Dato:                   15. 02. 2024.", [date(2024, 2, 15)]),
        ("21. 01. 2022 - kl. 11:28", [date(2022, 1, 21)]),
        ("Mødet holdes 5. 03. 2019 kl. 19", [date(2019, 3, 5)]),
        # a month of one digit, a two-digit year, an impossible month: numbered points, no dates
        ("punkt 3. 4. 2019", []),
        ("pkt. 2. 12. 20 og 21", []),
        ("1. 13. 2020", []),
    ],
)
def test_a_typed_date_with_spaces_after_its_full_stops(text: str, expected: list[date]) -> None:
    assert [found.value for found in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # year first with full stops (nydamskolen-skolebestyrelsen-2021-11-09: "Referat 2021.11.09")
        ("Referat 2021.11.09", [date(2021, 11, 9)]),
        ("Bestyrelsesmøde 2019.03.05 kl. 17", [date(2019, 3, 5)]),
        # a longer number, a one-digit month or day, an impossible month: no dates
        ("Sagsnr. 2021.11.09.1", []),
        ("version 2021.1.9", []),
        ("2021.13.01", []),
    ],
)
def test_a_year_first_date_with_full_stops(text: str, expected: list[date]) -> None:
    assert [found.value for found in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # day/month and a two-digit year after a dash, dated by "d."/"den" before it (dskf-bestyrelse-2021-12-09,
        # odsherred-aeldreraadet-2023-09-28, varde-byraadet-2019-09-03)
        ("Referat af virtuelt DSKF bestyrelsesmøde d. 9/12-21", [date(2021, 12, 9)]),
        ("deltager den 24/10-23 i temadag om “Fremtidens boliger for ældre”.", [date(2023, 10, 24)]),
        ("på et ordinært byrådsmøde d. 5/3-19 og dels på et temamøde d. 3/4-19", [date(2019, 3, 5), date(2019, 4, 3)]),
        # a page's, a case's or a journal's number, a longer number, an impossible day: no date
        ("Sagsnr. 12/3-21", []),
        ("Side 3/4-21", []),
        ("j.nr. 4/5-19", []),
        ("den 3/4-19/20", []),
        ("d. 31/2-21", []),
    ],
)
def test_a_dated_day_and_month_with_a_two_digit_year(text: str, expected: list[date]) -> None:
    assert [found.value for found in find_dates(text)] == expected


def test_a_header_dated_day_and_month_with_a_two_digit_year() -> None:
    start, _ = parse_datetime_range("d. 9/12-21 kl. 19.00")
    assert start == _dt(2021, 12, 9, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same form with no "d."/"den" before it, a meeting's day over its place and clock
        # (jystrup-bestyrelse-2017-05-29) or a day in the minutes' text (odsherred-aeldreraadet-2023-09-28)
        ("29/5-17 i aktivitetshuset kl 19:00", [date(2017, 5, 29)]),
        ("deltager på Ældrerådets vegne i møde og foredrag om diabetes 10/10-23.", [date(2023, 10, 10)]),
        # a number glued to it, a number after "nr": no date
        ("Sagsnr. 12/3-21", []),
        ("Nr 4/5-19", []),
        ("2019/5/3-19", []),
    ],
)
def test_a_day_and_month_with_a_two_digit_year_alone(text: str, expected: list[date]) -> None:
    assert [found.value for found in find_dates(text)] == expected
