"""The minutes' signature page numbered as their last item ("18. Underskriftsblad") is a page of the document, no item
of the meeting, and its "Beslutning: Godkendt" is no verdict of the item before it. The excerpt is shortened from
public minutes (dev-write aalborg-sundhed-kultur-2022-03-09, item 17's verdict changed to tell the two apart); the
form is printed at Aalborg, Albertslund, Esbjerg, Furesø, Haderslev, Langeland, Rebild, Varde and Vordingborg; the
test split is never read."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

HEAD = "Referat\nSundheds- og Kulturudvalget\nMødedato: 9. marts 2022\n\n"

SIGNED = (
    "16. Eventuelt.\n"
    "Beslutning: Intet\n"
    "17. Godkendelse af referat\n"
    "Beslutning: Udsat\n"
    "18. Underskriftsblad\n"
    "Beslutning: Godkendt\n"
)


def test_the_signature_page_is_no_item() -> None:
    items = extract_facts(parse_meeting(source_from_text(HEAD + SIGNED))).items
    assert [(i.number, i.title.rstrip("."), i.outcome) for i in items] == [
        ("16", "Eventuelt", "none"),
        ("17", "Godkendelse af referat", "postponed"),
    ]


def test_an_item_about_signatures_stays_an_item() -> None:
    text = "1. Godkendelse af dagsorden\nBeslutning: Godkendt\n2. Underskrifter til borgerforslag om cykelsti\n"
    text += "Beslutning: Taget til efterretning\n"
    items = parse_meeting(source_from_text(HEAD + text)).items
    assert [i.title for i in items] == ["Godkendelse af dagsorden", "Underskrifter til borgerforslag om cykelsti"]
