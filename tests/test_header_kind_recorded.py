"""Minutes headed "Dagsorden" or by nothing at all that record the meeting in the words only minutes use:
decisions and elections in the old passive ("Beretningen godkendtes", "genvalgtes"), the last minutes
approved ("Forrige referat blev godkendt", "Referat Godkendt."), an absentee named in the header
("Fraværende: Lise Vestergaard"). Snippets modelled on an association's general assembly, a sports
district's board and a business council's board (dev-write)."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_GENERAL_ASSEMBLY = (
    "Generalforsamling 2019\nTorsdag den 26. september 2019 kl. 19 i foreningens lokaler.\n"
    "1. Til dirigent valgtes Karen Holm.\n2. Beretningen blev aflagt af formanden. Beretningen godkendtes.\n"
    "3. Regnskabet blev gennemgået af kassereren.\n4. Valg til bestyrelsen: Per Lund genvalgtes.\n"
)
_BOARD_WITH_ABSENTEE = (
    "Deltagere\nOle Berg, Anne Vinther, Søren Kjær\nFraværende: Lise Holm\n\nTid\nTirsdag den 24. august 2004"
    " kl. 19.00\n\nDagsorden for bestyrelsesmøde:\n1. Godkendelse af referat\n2. Meddelelser\n3. Eventuelt\n\n"
    "Pkt. 1\nDer var ingen bemærkninger.\n\nPkt. 2\nOle orienterede om stævnet.\n"
)
_PREVIOUS_MINUTES_APPROVED = (
    "Dagsorden for bestyrelsesmøde tirsdag den 24. august 2004 kl. 19.00\n1. Godkendelse af referat\n"
    "2. Meddelelser\n\nPkt. 1\nForrige referat blev godkendt og underskrevet.\n\nPkt. 2\nIngen.\n"
)
_MINUTES_SECTION_APPROVED = (
    "Bestyrelsesmøde i Erhvervsrådet fredag 18. september 2020 kl. 09.00\n"
    "1. Godkendelse af dagsorden\n2. Budget 2021\n\nReferat Godkendt. Sekretariatet indstiller, at bestyrelsen "
    "godkender dagsordenen.\n\nSagsfremstilling\nBudgettet forelægges.\n"
)


@pytest.mark.parametrize(
    "text", [_GENERAL_ASSEMBLY, _BOARD_WITH_ABSENTEE, _PREVIOUS_MINUTES_APPROVED, _MINUTES_SECTION_APPROVED]
)
def test_what_minutes_record_makes_minutes(text: str) -> None:
    assert parse_meeting(source_from_text(text)).kind == "referat"


@pytest.mark.parametrize(
    "text",
    [
        # an agenda that asks for the approval, with its case history's one old passive and an empty field
        "Dagsorden for bestyrelsesmøde tirsdag den 24. august 2004 kl. 19.00\nFraværende:\n\n"
        "1. Godkendelse af referat\nIndstilling: Referatet godkendes.\n2. Budget\n"
        "Sagsfremstilling\nI 2003 vedtoges en ny vedtægt. Indstilling: Budgettet godkendes.\n",
        # an undated agenda's item asking for the approval of the minutes
        "Dagsorden\nBestyrelsen\nTirsdag den 24. august 2004\n1. Godkendelse af referat fra sidste møde\n"
        "Det indstilles, at referatet godkendes.\n2. Eventuelt\n",
    ],
)
def test_an_agenda_asking_for_decisions_stays_an_agenda(text: str) -> None:
    assert parse_meeting(source_from_text(text)).kind == "dagsorden"


def test_undated_notes_that_record_the_last_minutes_approved_are_minutes() -> None:
    text = (
        "Ole Berg – OB\nAnne Vinther – AV\n\nReferat fra sidste møde:\n\n"
        "OB konstaterede, at referatet fra sidste møde blev godkendt.\n\nDaglig drift:\n\nIntet at bemærke.\n\n"
        "Økonomi:\n\nSom sidste år.\n"
    )
    assert parse_meeting(source_from_text(text)).kind == "referat"


def test_undated_items_alone_name_no_kind() -> None:
    text = "Daglig drift:\n\nVærket skal efterses.\n\nØkonomi:\n\nBudgettet forelægges.\n\nNæste møde:\n\nAftales.\n"
    assert parse_meeting(source_from_text(text)).kind is None
