"""A month's name printed with a long s ("ſeptember") is read as the case-blind date patterns read it: an s.
The patterns matched it while the month table did not know it, and reading such a text raised KeyError."""

from graphbuild.extract.evidence import first_month_end
from graphbuild.parse.dates import find_dates, month_number

# longer than the texts scanned whole, so the worded forms are read around the month names found
LONG_TEXT = "Mødet blev holdt i byrådssalen den 3. oktober 2019 og igen ſeptember 3, 2019. " * 3


def test_a_long_s_month_in_a_long_text_is_september() -> None:
    found = [match.value.isoformat() for match in find_dates(LONG_TEXT)]
    assert "2019-10-03" in found
    assert "2019-09-03" in found


def test_month_number_folds_case_and_long_s_and_refuses_other_words() -> None:
    assert month_number("ſeptember") == 9
    assert month_number("Okt") == 10
    assert month_number("Mødet") is None


def test_a_month_end_with_a_long_s() -> None:
    assert first_month_end("Aftalen løber til udgangen af ſeptember 2020.") == "2020-09-30"
