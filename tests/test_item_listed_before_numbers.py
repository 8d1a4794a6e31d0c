"""An agenda listed "1. Titel", "2. Titel", ... above minutes whose items are headed by their number alone ("Pkt. 1",
"Pkt. 2a", no title of their own) is a contents list, as above "Ad pkt. 1:": an entry with no "Pkt." text of its own
is listed from the contents. Lines of dev-write minutes of Dansk Firmaidrætsforbund's
kredsbestyrelse (2004-08-24), quoted as printed. "Pkt. N" headings with titles of their own take no list above them."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_MINUTES = """Deltagere
Valdemar Thomsen, Vibeke Clement, Torben Rasmussen, Jan Grumstrup, Lene Schmidt
Fraværende: Lise Vestergaard
Tid
Tirsdag den 24. august 2004 kl. 19.00
Dagsorden for kredsbestyrelsesmøde:
1. Godkendelse af forrige referat
2. Meddelelser fra:
a. Formand
b. Idrætskoordinator
3. Økonomi ved kasserer
4. Næste møde.
5. Eventuel
Pkt. 1
Forrige referat blev godkendt og underskrevet
Pkt. 2a
Valdemar bød velkommen om orienterede om de meddelelser han havde modtaget.
Pkt. 2b
Torben havde lavet udkast til indbydelser til DM kvalifikationsstævner.
Pkt. 3
Vibeke fremlagde regnskabet for 2004, der havde ikke været de store bevægelser siden sidst.
Pkt. 4
Næste møde afholdes den 28. september 2004.
"""


def _items(text: str) -> dict[str, tuple[str, bool]]:
    return {item.number: (item.title, item.from_contents) for item in parse_meeting(source_from_text(text)).items}


def test_an_agenda_listed_above_number_headed_items_lists_the_rest() -> None:
    found = _items(_MINUTES)
    assert sorted(found) == ["1", "2", "3", "4", "5"]
    assert [number for number, (_, listed) in found.items() if listed] == ["5"]
    assert found["5"] == ("Eventuel", True)


def test_titled_pkt_headings_keep_their_own_titles() -> None:
    text = _MINUTES.replace("Pkt. 1\n", "Pkt. 1 Referatet\n").replace("Pkt. 3\n", "Pkt. 3 Kassereren\n")
    text = text.replace("Pkt. 2a\n", "Pkt. 2 Nyt\n").replace("Pkt. 2b\n", "").replace("Pkt. 4\n", "Pkt. 4 Mødet\n")
    found = _items(text)
    assert found["3"] == ("Kassereren", False)
    assert "5" not in found
