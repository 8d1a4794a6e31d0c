"""A meeting room's number in a flattened header opens no item (parse.flatten_room_numbers, read by parse.flatten's
item sequence): "Mødelokale: … 2. sal – i lokale 1. Mødedeltagere: …" is no item 1. Dev-write excerpts flattened
as a PDF text layer prints a header (Hovedstadens Beredskab's board; Furesø's Udvalg for Natur, Miljø og Grøn
Omstilling)."""

from __future__ import annotations

from graphbuild.parse.flatten_room_numbers import room_number
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

HEADER = (
    "REFERAT Møde i bestyrelsen Mødedato: Onsdag den 6. november 2019 Mødetidspunkt: 08:30 Mødelokale: "
    "Hovedstadens Beredskab, Station Frederiksberg, Howitzvej 26, opgang D, 2. sal – i lokale 1. Mødedeltagere: "
    "Frank Jensen (Københavns Kommune, formand) Eik Dahl Bidstrup (Dragør Kommune, næstformand) Helle M. Adelborg "
    "(Hvidovre Kommune, næstformand) Lone Loklindt (Frederiksberg Kommune, medlem) Mikkel Dencker (Hvidovre "
    "Kommune, medlem)"
)
HBR = (
    HEADER + " Afbud: Steen Christiansen (Albertslund Kommune, medlem) 1. Godkendelse af dagsorden Dagsordenen blev "
    "godkendt. 2. Meddelelser fra formanden Der var ingen meddelelser. 3. Budget 2020 for Hovedstadens Beredskab "
    "Budgettet blev godkendt. 4. Eventuelt Intet.\n"
)


def test_a_room_number_in_the_meeting_place_is_no_item() -> None:
    assert room_number(HEADER, HEADER.index("1. Mødedeltagere"))
    items, _ = find_items(HBR, split_lines(HBR))
    titles = [item.title for item in items if not item.from_contents]
    assert not any(title.startswith("Mødedeltagere") for title in titles)
    assert [(item.number, item.title[:23]) for item in items if not item.from_contents][:1] == [
        ("1", "Godkendelse af dagsorde")
    ]


def test_a_title_ending_in_lokale_keeps_its_next_number() -> None:
    # near misses: no place label before the room word, a plural "lokaler", a number after a place label with
    # no room word before it
    title = "1. Godkendelse af dagsorden Godkendt. 2. Ønske om nyt lokale 3. Budget 2020 Budgettet blev godkendt."
    assert not room_number(title, title.index("3. Budget"))
    plural = "Mødested: Rådhuset 1. Godkendelse af leje af lokaler 2. Budget 2020 Godkendt."
    assert not room_number(plural, plural.index("2. Budget"))
    place = "Sted: Rådhuset 1. Godkendelse af dagsorden Godkendt."
    assert not room_number(place, place.index("1. Godkendelse"))
    room = "Tidspunkt: 18:00 Sted: Rådhuset Mødelokale 21 Furesø Kommune"
    assert room_number(room, room.index("21 Furesø"))
