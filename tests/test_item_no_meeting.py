"""A numbered list in a document that records no meeting (its header names no kind of record and no day) is no
agenda unless it holds an item nearly every agenda has: a web page's rules, a law's paragraphs about a council, a
list of a council's members with their seats, a party's budget points (forms printed by Fanø, Randers, Tårnby and
Enhedslisten in dev-write, written here in their shape; the test split is never read). Undated minutes whose list
opens with "Godkendelse af dagsorden" keep their items."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.parse.item_no_meeting import no_agenda
from graphbuild.sources import source_from_text

RULES = (
    "Regler for foretræde for de stående udvalg\n\n"
    "1. Formålet med foretræde er at bidrage til en dialog mellem borgerne og udvalgene.\n\n"
    "2. Enkeltpersoner eller grupper af personer kan få foretræde for udvalget.\n\n"
    "3. Formanden leder drøftelserne under foretrædet og afgør tvivlsspørgsmål.\n\n"
    "4. Disse regler træder i kraft den 1. januar.\n"
)

UNDATED_MINUTES = (
    "Landdistriktsrådet\n\n"
    "1. Godkendelse af dagsorden\nGodkendt.\n\n"
    "2. Godkendelse af referat fra sidste møde\nGodkendt.\n\n"
    "3. Besøg fra Folketingets udvalg\nRådet drøftede besøget.\n"
)


def test_a_pages_numbered_rules_are_no_items() -> None:
    meeting = parse_meeting(source_from_text(RULES))
    assert meeting.kind is None and meeting.start is None
    assert meeting.items == []


def test_undated_minutes_with_a_standing_item_keep_their_items() -> None:
    titles = [i.title for i in parse_meeting(source_from_text(UNDATED_MINUTES)).items]
    assert titles[:2] == ["Godkendelse af dagsorden", "Godkendelse af referat fra sidste møde"]


def test_dated_minutes_keep_a_list_without_standing_items() -> None:
    text = "Referat\nKulturudvalget\nMødedato: 3. maj 2024\n\n" + RULES.split("\n\n", 1)[1]
    assert len(parse_meeting(source_from_text(text)).items) >= 2


def test_one_entry_is_a_pages_one_item() -> None:
    meeting = parse_meeting(source_from_text("Spørgetid for borgerne\n\nBeslutning\n\nIngen spørgsmål.\n"))
    assert not no_agenda(meeting.items)
