"""A numbered agenda printed first as a list and then again item by item with each item's text (issue 12 items 2, 3
and 6): the list is the contents, each entry restated later is its item with the text after it, an entry not
restated is known from the list only. Snippets of dev-write documents quoted as printed: ODM's bestyrelse
("14. Eventuelt 1. Dagsorden Dagsorden blev godkendt …", the restated titles worded otherwise than the list's),
Midttrafik's kommunemøde (the first item restated on the list's last line of a flattened page). Near misses: a
point of a list inside the last item's text sharing no word with the entry's title, and a reference to an item
("jf. punkt 1. Godkendelse af dagsorden")."""

from __future__ import annotations

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

ODM = (
    "1 28. oktober 09 J. nr. 90 Emne Bestyrelsesmøde Dato 5. oktober 2009, kl Sted ODM, Vartov Deltagere Rasmus "
    "Vestergaard, Ole Nielsen, Anne Højer Petersen Afbud Berit Anne Larsen og Jesper Stub Johnsen. Referent Hans "
    "Henrik Appel Dagsorden 1. Godkendelse af dagsorden 2. Kort gennemgang af sidste referat fra d. 24. august "
    "3. Nyt fra sekretariatet A) Økonomi B) Forvaltning i øvrigt C) Efteruddannelse D) Medie nyt 4. Ændring af "
    "den arkæologiske lovgivning 5. Museerne og forskningen 6. Leasing af kunst (og anden kulturarv) 7. Rapport "
    "om konservering 8. Meddelelser 9. Eventuelt 1. Dagsorden Dagsorden blev godkendt med en passus om, at den "
    "var lang og spændende. 2. Referat af sidste bestyrelsesmøde Der blev henvist til de vedlagte tre "
    "gennemarbejdede flowdiagramm for kritiske arbejdsprocesser i ODMs arbejde, produceret på "
    "bestyrelsesseminaret i august. Formanden spurgte om, der var nogen kommentarer her til, hvilket ikke var "
    "tilfældet. 3. Nyt fra sekretariatet a. Økonomi Økonomien ser fornuftig ud. Vi er under budget på samtlige "
    "poster.\n"
)

MIDTTRAFIK = (
    "1 Dato Journalnr Sagsbehandler Telefon Lise Norre Referat fra Kommunemøde den 09. oktober 2014 Mødetids "
    "punkt Sted Mødedel tagere 9. oktober 2014 kl Koldkærgaard kursuscenter Se deltagerliste Dagsorden Mødet "
    "blev afholdt med flg. dagsorden: 1. Udvikling i kommunale befordringsordninger, Bruger og "
    "bestillertilfredshedsundersøgelse 2. Økonomi i kommunale befordringsordninger 3. Flextur 4. Favrskov "
    "kommunes erfaringer med opstart af kørsel hos Midttrafik 5. KKR rapport om kommunale kørselsordninger "
    "6. Introduktion til gruppearbejde 7. Gruppearbejde og opsamling 8. KL dokumentationsgruppe og KKR "
    "erfaringsgruppe 9. Afslutning 1. Udvikling i kommunale befordringsordninger, Bruger og "
    "bestillertilfredshedsundersøgelse Jesper Staberg præciserede begreberne for Flex: Alt kørsel der udføres af "
    "afdelingen og i det samme IT-system er Flexkørsel. Flexkørsel dækker over flere forskellige kørselstyper "
    "som; Flextur, Individuel handicapkørsel, brækket ben kørsel, patient befordring, teletaxakørsel mm. Jesper "
    "Staberg opridsede konsekvenserne af kommuneaftalerne om kommunernes budget for 2014 og 2015.\n"
)


def _items(text: str) -> dict[str, tuple[bool, str, str]]:
    items, _ = find_items(text, split_lines(text))
    return {item.number: (item.from_contents, item.title, text[item.start : item.end]) for item in items}


def test_a_listed_agenda_restated_item_by_item_gives_each_item_its_text() -> None:
    items = _items(ODM)
    from_contents, title, own_text = items["1"]
    assert not from_contents
    assert title == "Godkendelse af dagsorden"  # the list's title, the restatement's "Dagsorden" its text
    assert own_text.startswith("1. Dagsorden Dagsorden blev godkendt")
    assert "Referat af sidste" not in own_text
    assert items["2"][2].startswith("2. Referat af sidste bestyrelsesmøde Der blev henvist")
    assert items["3"][2].startswith("3. Nyt fra sekretariatet a. Økonomi")


def test_entries_the_excerpt_does_not_restate_are_known_from_the_list_only() -> None:
    items = _items(ODM)
    assert [number for number, (from_contents, _, _) in items.items() if from_contents] == [
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
    ]
    assert len(items) == 9  # nothing doubled
    assert items["9"][1] == "Eventuelt"


def test_the_first_item_restated_on_the_lists_last_line_takes_the_text() -> None:
    items = _items(MIDTTRAFIK)
    from_contents, _, own_text = items["1"]
    assert not from_contents
    assert own_text.startswith("1. Udvikling i kommunale befordringsordninger")
    assert "Jesper Staberg præciserede" in own_text
    assert items["9"][0] and items["9"][1] == "Afslutning"  # the list's last entry ends where the restatement opens
    assert len(items) == 9


def test_a_number_whose_words_share_none_with_the_entrys_title_is_no_restatement() -> None:
    # "1. Formanden bød velkommen": a point of the last item's text, not "1. Godkendelse af dagsorden" restated
    text = ODM.replace(
        "1. Dagsorden Dagsorden blev godkendt med en passus om, at den var lang og spændende.",
        "1. Formanden bød velkommen.",
        1,
    )
    items = _items(text)
    assert not any(from_contents for from_contents, _, _ in items.values())
    assert items["1"][2] == "1. Godkendelse af dagsorden"


def test_a_reference_to_an_item_is_no_restatement() -> None:
    text = ODM.replace(
        "9. Eventuelt 1. Dagsorden Dagsorden blev godkendt",
        "9. Eventuelt Der henvises til punkt 1. Dagsorden blev godkendt",
        1,
    ).replace("2. Referat af sidste", "Referat af sidste", 1)
    items = _items(text)
    assert not items["1"][0]
    assert items["1"][2].startswith("1. Godkendelse af dagsorden")  # the list's entry still holds the item


def _numbered_by_pattern(number: str, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the reader found a restated number before it read with str.find: a pattern per number."""
    import re

    pattern = re.compile(rf"(?<!\S){re.escape(number)}\.[ \t]+(?=[A-ZÆØÅ])")
    return [match.span() for match in pattern.finditer(text, start, end)]


def test_a_restated_number_is_found_where_the_pattern_found_it() -> None:
    """The restated numbers read with str.find are the pattern's on random texts built of numbers, full stops,
    spaces, tabs, line breaks, capitals and small letters, in every window of each text."""
    from graphbuild.parse.item_restated_list import _numbered_at
    from tests.random_texts import random_texts

    pieces = ["1", "12", "2", ".", " ", "\t", "\n", "D", "Ø", "d", "x", "1. ", "12.\t", "\u00a0", "1. D"]
    found = 0
    for number in ("1", "12", "2"):
        for text in random_texts(pieces, seed=25, count=300, most=8):
            for start in range(len(text) + 1):
                for end in range(start, len(text) + 1):
                    expected = _numbered_by_pattern(number, text, start, end)
                    assert list(_numbered_at(number, text, start, end)) == expected, (number, text, start, end)
                    found += bool(expected)
    assert found > 100
