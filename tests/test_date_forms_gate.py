"""The date reader tries only the forms a text's signs admit (``dates._forms_for``): the dates it finds are those
every form tried in turn finds."""

from __future__ import annotations

import random
import re

from graphbuild.parse import dates
from graphbuild.parse.dates import DateMatch, find_dates
from graphbuild.vocab.near import finditer_near

# every form in the order the reader tries them, as it tried them before the gate
_EVERY_FORM = tuple(pattern for pattern, _needs in dates._FORMS)

_EXAMPLES = [
    "d. 22-02-2021",
    "Mandag d. 22. februar 2021 kl. 12:30",
    "den 24. januar 2020, kl. 10.00 – 12.00",
    "2023-10-04 13:00",
    "2023-10-04T13:00",
    "06.10.2023",
    "Byrådet den 14/12 2005",
    "30.-31. oktober 2023",
    "15-maj-2002",
    "4/6-2020",
    "bestyrelsesmøde d. 9/12-21",
    "Wednesday, April 3, 2019 - 18:00",
    "8/29/2019 4:00:00 PM",
    "Referat 2021.11.09",
    "15. 02. 2024",
    "21. 01. 2022 - kl. 11:28",
    "Sagsnr. 12/3-21",
    "Side 3/4-21",
    "May 5th, 2020",
    "sept. 12 2019",
    "22.02.21",
    "Økonomiudvalget, 18. september 2019, pkt. 153:",
]


def _every_form(text: str) -> list[DateMatch]:
    """The reader's dates with every form tried on every text that holds a year (or two digits), no gate."""
    if not re.search(r"\d\d", text):
        return []
    four = re.search(r"\d{4}", text) is not None
    forms = _EVERY_FORM if four else (dates._NUMERIC, dates._DATED_SHORT_YEAR)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in forms:
        worded = pattern is dates._WORDED or pattern is dates._MONTH_FIRST
        matches = finditer_near(pattern, text, dates._MONTH_STEMS, 80) if worded else pattern.finditer(text)
        for match in matches:
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            month_text = match["month"]
            month = dates.MONTHS[month_text.lower()] if not month_text.isdigit() else int(month_text)
            value = dates._make_date(int(match["year"]), month, int(match["day"]))
            if value is not None:
                found.append(DateMatch(value, match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def test_the_gated_reader_finds_what_every_form_finds() -> None:
    rng = random.Random(17)
    pieces = [*_EXAMPLES, "Punkt 3", "kl. 17", "og", "\n", "  ", ",", "-", "/", ".", "2021", "12", "th", "april"]
    texts = list(_EXAMPLES)
    for _ in range(3000):
        texts.append(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))))
    texts.append(" ".join(_EXAMPLES) * 3)  # longer than a short text: the worded forms read only around months
    found = 0
    for text in texts:
        expected = _every_form(text)
        assert find_dates(text) == expected, text
        found += len(expected)
    assert found > 3000


def test_a_text_without_a_separator_or_month_is_spared_those_forms() -> None:
    # "Mødet 2021": a year and nothing else a date needs; "den 3. maj 2021": no dash nor slash
    assert dates._forms_for("Mødet 2021 kl 17") == ()
    worded = dates._forms_for("den 3. maj 2021")
    assert dates._WORDED in worded and dates._ISO not in worded and dates._US_NUMERIC not in worded
    assert dates._MONTH_FIRST not in worded  # no day before the year: a Danish date
    assert dates._MONTH_FIRST in dates._forms_for("April 3, 2019")
    assert dates._forms_for("Punkt 3") == ()
    # a numeric date prints its separator twice ("06.10.2023"): "Budget 2021." holds one full stop, so no such date
    assert dates._NUMERIC not in dates._forms_for("Budget 2021.")
    assert dates._NUMERIC in dates._forms_for("Mødet 06.10.2023.")
    assert dates._ISO not in dates._forms_for("Aftale 2021-22") and dates._ISO in dates._forms_for("2023-10-04")


def test_the_month_first_form_still_reads_its_dates() -> None:
    assert [m.value.isoformat() for m in find_dates("Wednesday, April 3, 2019 - 18:00")] == ["2019-04-03"]
    assert [m.value.isoformat() for m in find_dates("May 5th, 2020")] == ["2020-05-05"]


def test_the_numeric_forms_matched_where_a_run_of_digits_starts_find_what_their_scan_finds() -> None:
    # fmus-ungdomsskolebestyrelsen-2009-09-10 (dev-write) opens "Referat d. 10.09.2009"; near misses around it: a
    # letter, a full stop, a slash or a digit glued before a date, dates side by side, a long run of digits, digits
    # of another script (which the forms' \d reads as digits)
    texts = [
        "Referat d. 10.09.2009",
        "a10.09.2009 /10.09.2009 .10.09.2009 110.09.2009 10.09.2009.10.09.2009",
        "2021-10-04 2021-10-042021-10-04 x2021-10-04 12345678 1.2.2021 01.02.21-03.04.21",
        "8/29/2019 4:00 PM 14/12 2005 Side 14/12 2005 15. 02. 2024 4/6-2020 2021.11.09 ٢٢.٠٢.٢٠٢١",
        "Punkt 3 og 4, sag 12/3-21, kl. 17.30 den 22-02-2021",
    ]
    for text in texts:
        runs = [run.start() for run in dates._DIGIT_RUN.finditer(text)]
        for pattern, _needs in dates._FORMS:
            if id(pattern) in dates._OPENS_A_DIGIT_RUN:
                expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
                assert [(m.span(), m.groupdict()) for m in dates._matches_at(pattern, text, runs)] == expected, text
        assert find_dates(text) == _every_form(text), text
    assert [m.value.isoformat() for m in find_dates(texts[0])] == ["2009-09-10"]
