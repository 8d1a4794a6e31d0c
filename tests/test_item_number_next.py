"""The next item opened by its number after a sentence's full stop on a flattened line ("… Niels. 2. Budget"), and
the numbers after a full stop that open none: a month's day, an ordinal before a post or a reading, a lower-case
word, a year."""

from __future__ import annotations

import pytest

from graphbuild.vocab.item_number_next import item_number_next


@pytest.mark.parametrize(
    "text",
    [
        "Afbud fra Freddy, Niels. 0. Gæsteforelæsning og debat",
        "Afbud fra Freddy, Niels. 2. Budget 2023",
        "Dagsorden godkendt. 4.Godkendelse af referat",
        "Fraværende: Jeanette Jensen. 12. Eventuelt",
    ],
)
def test_an_items_number_after_a_full_stop(text: str) -> None:
    assert item_number_next(text, text.index(". ") + 1)


@pytest.mark.parametrize(
    "text",
    [
        "Mødet holdes igen. 2. maj kl. 17",
        "Mødet holdes igen. 2. Maj kl. 17",
        "Valget er afholdt. 1. næstformand Kaj Bang",
        "Valget er afholdt. 1. Næstformand Kaj Bang",
        "Sagen sendes videre. 3. behandling i byrådet",
        "Sagen sendes videre. 3. Behandling i byrådet",
        "Regnskabet for 2022. Der var ingen bemærkninger",
        "Mødet begyndte. 2 Budget",
    ],
)
def test_no_items_number_after_a_full_stop(text: str) -> None:
    assert not item_number_next(text, text.index(". ") + 1)
