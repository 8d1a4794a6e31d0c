"""Structure read in this pass (issue 12 item 2): a numbered entry whose minute stands under it in the same
paragraph (an agenda list that is the minutes, not a contents list). Texts are shortened dev excerpts
(lejre-ungdomsskolebestyrelsen, taarnborg-lokalraad) or variants written for the form; the test split is never
read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_HEAD = "Bestyrelsesmøde mandag den 8. december 2014 kl. 18\n\nreferat\n\nTilstede: Jens Olsen, Rikke Grøndal\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _HEAD
            + "Dagsorden:\n\n\n1. Præsentation af bestyrelsesmedlemmerne\nok\n\n"
            + "2. Skolens opgaver\nPå baggrund af bilaget fulgte en livlig drøftelse\n\n"
            + "3.  Godkendelse af referat\nReferatet godkendt\n\n4.  Budgetopfølgning\nTaget til efterretning\n",
            [("1", False), ("2", False), ("3", False), ("4", False)],
            id="dagsorden-list-each-entry-with-its-minute",
        ),
        pytest.param(
            "Referat af lokalrådsmødet mandag den 6. marts 2017\n\n"
            + " 1. Godkendelse af dagsorden og referat\n  Begge dele godkendt uden kommentarer\n\n"
            + " 2. Regnskab 2016\nRegnskabet er under udarbejdelse\n\n 3. Eventuelt\nIntet\n",
            [("1", False), ("2", False), ("3", False)],
            id="indented-entries-minute-under-each",
        ),
        pytest.param(
            # a contents list whose titles a text layer wrapped: the wrapped line runs straight into the next entry
            "Referat af møde i Økonomiudvalget den 3. maj 2019\n\nIndholdsfortegnelse\n"
            + "1. Forslag til kommuneplantillæg for området ved\nVesterbrogade i Gilleleje\n2. Budget 2020\n"
            + "3. Eventuelt\n\nMedlemmer: Ole Hansen\n",
            [("1", True), ("2", True), ("3", True)],
            id="hard-wrapped-contents-title-stays-a-contents-entry",
        ),
    ],
)
def test_agenda_entries_and_their_minutes(text: str, expected: list[tuple[str, bool]]) -> None:
    meeting = parse_meeting(source_from_text(text))
    assert [(item.number, item.from_contents) for item in meeting.items] == expected


def test_minute_under_entry_gives_the_outcome() -> None:
    text = (
        _HEAD
        + "Dagsorden:\n\n1. Godkendelse af referat\nReferatet godkendt\n\n2. Budgetopfølgning\n"
        + "Orienteringen blev taget til efterretning\n"
    )
    facts = extract_facts(parse_meeting(source_from_text(text)))
    assert [(i.number, i.outcome) for i in facts.items] == [("1", "approved"), ("2", "noted")]
