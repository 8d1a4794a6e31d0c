"""A standing agenda item's heading ending in a comma ("1. Godkendelse af dagsorden,") or written in lower case ("5.
orientering fra formanden") is an item; a numbered point of a sentence's list in either form is none (item_headings)."""

from __future__ import annotations

from snippet_items import item_titles

from graphbuild.parse.item_headings import line_candidate
from graphbuild.parse.lines import split_lines

# modelled on skagen-byting-bestyrelse-2023-10-23 (dev-write): an association's minutes
MINUTES = (
    "BESTYRELSESMØDE referat\n\nAGENDA\n\n1. Godkendelse af dagsorden,\nDagsordenen blev godkendt.\n\n"
    "2. Godkendelse af sidste bestyrelses referat 12.09\nReferatet blev godkendt.\n\n"
    "3. Vedtægter\nJI og OBL forventer at fremkomme med et forslag.\n"
)


def test_a_standing_item_ending_in_a_comma_is_an_item() -> None:
    assert item_titles(MINUTES) == [
        "Godkendelse af dagsorden",
        "Godkendelse af sidste bestyrelses referat 12.09",
        "Vedtægter",
    ]


def test_a_point_ending_in_a_comma_is_no_heading() -> None:
    # the heading reader takes a numbered line ending in a comma for a point of a sentence's list, unless it is a
    # standing item; where the line is item 1 of a run whose items 2 and 3 it found, item_run_gaps reads it as that
    # item (two such items on dev-check, both right), so the reader is asked alone here
    line = split_lines("1. Tilskud til lokale foreninger,")[0]
    assert line_candidate(line, None, segmented=False) is None
    assert line_candidate(split_lines("1. Godkendelse af dagsorden,")[0], None, segmented=False) is not None


def test_a_standing_item_in_lower_case_is_an_item() -> None:
    # modelled on lejre-ungdomsskolebestyrelsen-2014-12-08 (dev-write)
    text = MINUTES + "\n4. orientering fra afdelingerne\nIntet usædvanligt.\n"
    assert item_titles(text)[-1] == "orientering fra afdelingerne"


def test_a_point_in_lower_case_is_no_item() -> None:
    text = MINUTES + "\n4. at budgettet godkendes\nIntet usædvanligt.\n"
    assert item_titles(text)[-1] == "Vedtægter"
