"""Minutes headed "Dagsorden" or by no kind at all that record their own agenda as approved, in the past tense:
"Dagsorden godkendt", "Dagsordenen blev godkendt.", "Godkendelse af dagsorden" over "Godkendt". Snippets quoted
from a museums' association's board, a seniors' council, a fire commission and a music school's board (dev-write);
the near misses are an agenda that asks for the approval, says who cleared it for sending or quotes another
day's approval."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.kind_agenda_approved import agenda_approved
from graphbuild.sources import source_from_text

_AGENDA_HEAD = (
    "Dagsorden\nBestyrelsesmøde torsdag den 13. oktober 2011 kl. 10.00 i Vartov\n"
    "Deltagere: Lise Ræder Knudsen, Henrik Sell, Ole Nielsen\n\n"
)


@pytest.mark.parametrize(
    "record",
    [
        "1. Godkendelse af dagsorden Dagsorden godkendt 2. Kort gennemgang af sidste referat fra 6. juni d.å.",
        "3.Godkendelse af dagsorden. Dagsorden godkendt.\n\n4.Godkendelse af referat af mødet den 12.maj 2022.",
        "Dagsorden godkendt uden bemærkninger.\n\nMødet slut kl. 18.19.",
        "1a. Dagsorden blev godkendt\n\n1b. Økonomi",
        "Punkt 67 udgår. Herefter blev dagsordenen godkendt.\n\nMeddelelser",
        # the item's heading, its record alone on the next line
        "1. Godkendelse af dagsorden\n  Godkendt\n2. Siden sidst",
    ],
)
def test_an_agenda_recorded_as_approved_is_minutes(record: str) -> None:
    assert agenda_approved(record)
    assert parse_meeting(source_from_text(_AGENDA_HEAD + record + "\n")).kind == "referat"


def test_a_page_naming_no_kind_that_records_its_agenda_approved_is_minutes() -> None:
    text = (
        "Bestyrelsesmøde mandag den 9. december 2019 kl. 19.30\n\n1. Godkendelse af dagsorden\n"
        "Dagsorden blev godkendt\n\n2. Økonomi\nKassereren gennemgik regnskabet.\n"
    )
    assert parse_meeting(source_from_text(text)).kind == "referat"


@pytest.mark.parametrize(
    "text",
    [
        # the agenda asks for the approval, in the present
        "1. Godkendelse af dagsorden\nIndstilling: at dagsordenen godkendes.\n2. Eventuelt",
        # who cleared the agenda for sending, a signature
        "Dagsorden godkendt af formanden den 6. oktober 2011.\n1. Godkendelse af dagsorden",
        "Dagsordenen blev godkendt af: Jens Hansen\n1. Meddelelser",
        # another day's approval, in a case history
        "Dagsordenen blev godkendt på mødet den 3. maj 2011, hvor punktet blev udsat.\n1. Meddelelser",
        # a state, not an act of the meeting
        "Dagsordenen er godkendt af sekretariatet.\n1. Meddelelser",
    ],
)
def test_an_agenda_asking_or_cleared_for_sending_stays_an_agenda(text: str) -> None:
    assert not agenda_approved(text)
    assert parse_meeting(source_from_text(_AGENDA_HEAD + text + "\n")).kind == "dagsorden"
