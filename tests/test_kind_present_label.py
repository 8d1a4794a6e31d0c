"""Minutes headed "Dagsorden" or by no kind at all that list who came under a label saying they were there:
"Tilstede: …", "Til stede var: …", "Fremmødte: …", "Deltog: …". Snippets quoted from a sports club's meeting, a
local council's board and an elderly council (dev-write); the near misses are an agenda's empty field, the next
label right after it, who is expected and who attends one item."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.kind_present_label import present_label
from graphbuild.sources import source_from_text

_AGENDA_HEAD = "Dagsorden\nBestyrelsesmøde torsdag den 25. april 2019 kl. 19.00 i Medborgerhuset\n\n"
_ITEMS = "\n1. Godkendelse af referat\n2. Meddelelser\n3. Eventuelt\n"


@pytest.mark.parametrize(
    "label",
    [
        "Tilstede: Fodbold, Håndbold, Gymnastik, Smut, Bilboksning, Komiteen, samt Forretningsudvalget.",
        "Til stede var: Kaj Bang, Lene Holm og Per Lund.",
        "Til stede:\nKaj Bang\nLene Holm",
        "Fremmødte: Kaj Bang, Lene Holm, Per Lund",
        "Deltog: Kaj Bang, Lene Holm",
    ],
)
def test_a_label_saying_who_was_there_makes_minutes(label: str) -> None:
    assert present_label(label)
    assert parse_meeting(source_from_text(_AGENDA_HEAD + label + _ITEMS)).kind == "referat"


def test_a_page_naming_no_kind_that_lists_who_was_there_is_minutes() -> None:
    text = (
        "Møde med forretningsudvalget og de involverede parter i Byfesten 2012, afholdt d. 25. juni 2012 i "
        "klubhuset.\n\nTilstede: Fodbold, Håndbold, Gymnastik, Smut, Bilboksning, Komiteen, samt "
        "Forretningsudvalget.\n\n1: Møllekroen:\n\n • Salget fejlede.\n\n2: Stegt flæsk:\n\n • Konceptet var godt.\n"
    )
    assert parse_meeting(source_from_text(text)).kind == "referat"


@pytest.mark.parametrize(
    "text",
    [
        # an agenda's empty field, and the next label right after it
        "Til stede:\nAfbud:\nReferent:",
        "Fremmødte: \n\n",
        # who attends one item: no label of the meeting's own
        "Til stede under punkt 3: Kaj Bang, direktør",
        # a sentence, no label
        "Direktøren vil være til stede under punktet.",
    ],
)
def test_an_empty_or_expected_field_keeps_the_agenda(text: str) -> None:
    assert not present_label(text)
    assert parse_meeting(source_from_text(_AGENDA_HEAD + text + _ITEMS)).kind == "dagsorden"


@pytest.mark.parametrize(
    "text", ["Forventet til stede: Kaj Bang, direktør", "Inviteret til stede: Lene Holm, konsulent"]
)
def test_who_is_expected_is_not_who_came(text: str) -> None:
    assert not present_label(text)
    # the header's cue of who came ("Til stede: Kaj Bang") reads no expected attendance either: still an agenda
    meeting = parse_meeting(source_from_text(_AGENDA_HEAD + text + _ITEMS))
    assert meeting.kind == "dagsorden"


@pytest.mark.parametrize(
    "text", ["Forventet til stede: Kaj Bang, direktør", "Inviteret til stede: Lene Holm, konsulent"]
)
def test_who_is_expected_leaves_a_page_with_no_kind_undecided(text: str) -> None:
    # no kind's word in the heading: an expected attendance records no meeting's minutes
    heading = "Bestyrelsesmøde torsdag den 25. april 2019 kl. 19.00 i Medborgerhuset\n\n"
    assert parse_meeting(source_from_text(heading + text + _ITEMS)).kind != "referat"
