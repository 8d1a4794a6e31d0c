"""An item line that runs its minutes on after a short heading and a colon or a dash ("3. Valg af ordstyrer: Poul Erik
blev valgt.") has that sentence as its decision text, read by the written rule. Quoted (shortened) from the minutes of
Løjt Land Fællesråd (loejtland-faellesraad-moede, dev-write), Mårslet Fællesråd (maarslet-faellesraad-fu-2023-04-04,
dev-write), Nydamskolen's school board (nydamskolen-skolebestyrelsen-2021-11-09, dev-write: "1. Formand: Der har ikke
været nogen henvendelser.") and the housing association Bartholine (bartholine.dk, 12 January 2022: "Punkt 1. Økonomi:
Regnskab og budget er ved at blive færdiggjort …")."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_prose import sentence_after_heading
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

HEAD = "Referat\n\nMøde i fællesrådet\n\n"

CASES = [
    # Løjt Land Fællesråd: the election's result after the colon (the item before it as printed)
    (
        "2. Referent: Peter Todsen.\n\n3. Valg af ordstyrer: Poul Erik blev valgt. Poul Erik ønskede at punkterne blev "
        "gennemgået.\n",
        "approved",
    ),
    # Mårslet Fællesråd: "Evt." and a dash, then what the committee discussed
    (
        "4. Evt. – FU har drøftet opstart for tværgående udvalg mellem de sydlige fællesråd. FU har til hensigt at "
        "invitere til opstartsmøde.\n",
        "discussed",
    ),
    # Bartholine: a narrative with no form of the table is talk
    (
        "2. Økonomi: Regnskab og budget er ved at blive færdiggjort og sendes ud sammen med indkaldelse.\n",
        "discussed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_sentence_after_the_heading_is_the_record(text: str, expected: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text(HEAD + text)))
    assert facts.items[-1].outcome == expected


NOT_A_RECORD = [
    # Løjt Land Fællesråd: the excerpt cuts the line off mid-sentence, no full stop: no record (none)
    "5. Kulturnat 2021 ved Kent Ravn: Der var opstartsmøde på den 28/9 p",
    # a title with a colon and no sentence after it (a plan's name): no record
    "5. Lokalplan 12: Boliger ved Søndergade.",
]


@pytest.mark.parametrize("text", NOT_A_RECORD)
def test_no_record_without_a_finished_sentence(text: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text(HEAD + text + "\n")))
    assert [i.outcome for i in facts.items] == ["none"]


def test_the_decision_text_and_its_offset() -> None:
    item = "3. Valg af ordstyrer: Poul Erik blev valgt.\n"
    title = "Valg af ordstyrer: Poul Erik blev valgt"
    assert sentence_after_heading(item, 100, title) == ("Poul Erik blev valgt.", 100 + item.index("Poul"))
    assert sentence_after_heading(item, 0, "Valg af ordstyrer") == (None, -1)
    assert sentence_after_heading("2. Referent: Peter Todsen.\n", 0, "Referent: Peter Todsen") == (None, -1)


def test_a_presented_case_after_a_heading_is_no_record() -> None:
    # Business Region North Denmark's board (brn-bestyrelse-5-februar): the case's recommendation runs on the line
    item = "2. TEMA: Infrastruktur Direktionen indstiller, at Bestyrelsen drøfter den fremadrettede indsats.\n"
    title = "TEMA: Infrastruktur Direktionen indstiller, at Bestyrelsen drøfter den fremadrettede indsats"
    assert sentence_after_heading(item, 0, title) == (None, -1)
    assert sentence_after_heading(item.replace("indstiller", "har sagt"), 0, title.replace("indstiller", "har sagt"))[0]
