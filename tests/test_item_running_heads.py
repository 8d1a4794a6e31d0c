"""A page's running header or footer, or the page's own title, that is only a body's name and a date is no item
("Økonomiudvalg, 22. marts 2011", "Udsatterådet 12. marts 2025", "Vækstforums møde den 30. november 2017": forms
printed by Struer, Aalborg and Vækstforum Nordjylland in dev-write; the snippet below is written in their shape, the
test split is never read). A title that names more than the body, or a matter before it, stays an item."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.item_running_heads import is_letterless, is_running_head
from graphbuild.sources import source_from_text


@pytest.mark.parametrize(
    "title",
    [
        "Økonomiudvalg, 22. marts 2011",
        "Udsatterådet 12. marts 2025",
        "Vækstforums møde den 30. november 2017",
        "Børne- og Ungdomsudvalget 3. maj 2024",
        "Klima-, Miljø- og Teknikudvalget - 3. maj 2024",
    ],
)
def test_a_body_and_a_date_is_a_running_head(title: str) -> None:
    assert is_running_head(title)


@pytest.mark.parametrize(
    "title",
    [
        "Bevillingsændringer Regionsrådet 24. august 2020",  # a matter before the body
        "Dialogmøde med Handicaprådet 5. maj 2025",  # a meeting with the body, an item
        "Godkendelse af referat fra 12. marts 2025",
        "Temamøde 12. marts 2025",  # no body's name
        "Udsatterådet",  # no date
        "Budget 2025 for Ældrerådet",
    ],
)
def test_a_title_that_says_more_stays_an_item(title: str) -> None:
    assert not is_running_head(title)


def test_a_numbered_footer_is_no_item() -> None:
    text = (
        "Referat\nBeskæftigelsesudvalget\nMødedato: 12. marts 2025\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt\n\n"
        "2. Orientering om budget\nBeslutning: Taget til efterretning\n\n"
        "3. Beskæftigelsesudvalget 12. marts 2025\n\n"
    )
    items = parse_meeting(source_from_text(text)).items
    assert [i.title for i in items] == ["Godkendelse af dagsorden", "Orientering om budget"]


@pytest.mark.parametrize("title", ["1", "01/66", "11 2021"])
def test_a_title_of_numbers_alone_is_no_item(title: str) -> None:
    assert is_letterless(title)


@pytest.mark.parametrize("title", ["", "Budget 2025", "§ 17 stk. 4 udvalg"])
def test_a_title_with_words_or_none_at_all_stays(title: str) -> None:
    assert not is_letterless(title)
