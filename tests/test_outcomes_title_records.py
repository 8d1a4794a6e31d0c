"""An item line whose title runs on into the record of it, the record's subject repeating the title's noun, with no
full stop between: "2. Godkendelse af Referat Referatet godkendt" (Køge Amatørscene's table of Dagsorden and
Beslutninger read as lines, koege-amatoerscene-bestyrelse-2018-02-04, dev-write), "1. Godkendelse af dagsorden
Dagsorden godkendt" (Organisationen Danske Museer, odm-bestyrelse-2011-10-13, dev-write). With the full stop printed
("Godkendelse af dagsorden. Dagsordenen blev godkendt", Naturturisme I/S; "… 12.maj 2022. Referat godkendt", Hørsholm
Seniorråd) the record was read before."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_title_records import record_ending_title
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

HEAD = "Referat af bestyrelsesmøde den 4 februar 2018\n\nTilstede: Lisbeth, Per, Hother\n\n"


def test_the_record_ending_the_line_is_the_decision() -> None:
    text = HEAD + "1. Meddelelser Se andre pkt.\n\n2. Godkendelse af Referat Referatet godkendt\n\n"
    text += "3. Opfølgning på aftaler Per har sendt til kommunen om tilskud.\n"
    facts = extract_facts(parse_meeting(source_from_text(text)))
    assert {i.number: i.outcome for i in facts.items}["2"] == "approved"


@pytest.mark.parametrize(
    ("title", "record"),
    [
        ("Godkendelse af Referat Referatet godkendt", "Referatet godkendt"),
        ("Godkendelse af dagsorden Dagsorden godkendt", "Dagsorden godkendt"),
        (
            "Regnskab 2019 Regnskabet blev godkendt med enkelte rettelser",
            "Regnskabet blev godkendt med enkelte rettelser",
        ),
        ("Orientering om budget Orienteringen taget til efterretning", "Orienteringen taget til efterretning"),
    ],
)
def test_a_record_repeating_the_titles_noun(title: str, record: str) -> None:
    item = f"2. {title}\n"
    assert record_ending_title(item, 10, title) == (record, 10 + item.index(record))


@pytest.mark.parametrize(
    "title",
    [
        # the verdict's subject names no word of the title: a title that ends in a verdict's word, no record
        "Lokalplan 12 for Søndergade Byrådet vedtaget",
        "Budget 2020 Forslaget vedtaget",
        # the verdict alone ("Godkendelse af dagsorden Godkendt") is verdict_after_title's, not this reader's
        "Godkendelse af dagsorden Godkendt",
        # a short subject is no repeated noun
        "Godkendelse af dagsorden Alt godkendt",
    ],
)
def test_no_record_without_the_titles_noun_again(title: str) -> None:
    assert record_ending_title(f"2. {title}\n", 0, title) == (None, -1)
