"""A list read as a contents list whose numbering the item headings after it go on with: its entries are the agenda's
first items, their text under them, not `from_contents`. Snippets of dev-write documents of Norddjurs Vandråd and
Ældre Sagen Rødovre, quoted as printed (shortened where marked "…"). A list with page numbers after its titles, one
under a contents heading and one whose numbers the headings after it print again stay a contents list."""

from __future__ import annotations

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

NORDDJURS = (
    "Referat fra:\n\nBestyrelsesmøde den 22. november 2021\n\nDagsorden:\n\n"
    " 1. Velkomst og konstituering af bestyrelsen\n"
    "  1. Formand – Svend Brandstrup\n"
    "  1. Næstformand – Jesper Normand Stange\n"
    " 2. Orientering siden sidst og bordet rundt\n"
    "  1. Skal vandrådet fortsætte? Der skal findes nye og yngre kræfter, ellers lukker vi.\n"
    " 3. Selkær mølle har etableret samarbejde med vandcenter Djurs, foreløbigt med regnskab og budget.\n"
    " 4. Per Misser stopper når han bliver 67 feb. 2023, der bliver ansat ny allerede i det indeværende år hvis "
    "betingelserne går igennem, så vedkommende kan komme godt ind i administrationen.\n\n"
    "5 NDV hygiejnekursus\n\n"
    "Der har været afholdt 2 kurser, forløbet var godt.\n\n"
    "6. NDV -risikovurdering vedrørende drikkevandsanalyser.\n"
    "Der er over 5 tilmeldte, så der sker noget i løbet af vinteren.\n\n"
    "7. Forslag til emner, arrangementer for medlemmer.\n"
    "BNBO – arrangement for medlemmerne slut januar 2022.\n"
)

RODOVRE = (
    "ÅRSMØDE Lørdag den 6. marts 2021 kl. 14.00 i Loen på Rødovregaard, Kirkesvinget 1, 2610 Rødovre:\n\n\n"
    "DAGSORDEN:\n1. Valg af dirigent.\n\n2. Beretning om lokalbestyrelsens virksomhed til godkendelse.\n\n"
    "3. Fremlæggelse af lokalbestyrelsens regnskab til udtalelse.\n\n"
    "4. Orientering om lokalbestyrelsens fremtidige virke.\n\n5. lndkomne forslag.\n\n"
    "6. Valg af 5 lokalbestyrelsesmedlemmer for to år.\n\n7. Valg af 3 suppleanter for et år.\n\n8. Eventuelt.\n"
)


def _read(text: str) -> list[tuple[str, bool]]:
    items, _ = find_items(text, split_lines(text))
    return [(item.number, item.from_contents) for item in items]


def test_entries_whose_numbering_the_headings_go_on_with_are_items() -> None:
    items, _ = find_items(NORDDJURS, split_lines(NORDDJURS))
    assert [(i.number, i.from_contents) for i in items] == [(str(n), False) for n in range(1, 8)]
    hygiene = next(i for i in items if i.number == "5")
    assert "2 kurser" in NORDDJURS[hygiene.start : hygiene.end]
    assert "Formand – Svend Brandstrup" in NORDDJURS[items[0].start : items[0].end]


def test_an_agenda_listed_in_two_forms_is_one_list_of_items() -> None:
    assert _read(RODOVRE) == [(str(n), False) for n in range(1, 9)]


def test_a_list_with_page_numbers_stays_a_contents_list() -> None:
    paged = RODOVRE.replace("1. Valg af dirigent.", "1. Valg af dirigent 3").replace(
        "2. Beretning om lokalbestyrelsens virksomhed til godkendelse.",
        "2. Beretning om lokalbestyrelsens virksomhed 4",
    )
    assert ("1", True) in _read(paged)


def test_a_list_under_a_contents_heading_stays_a_contents_list() -> None:
    assert ("1", True) in _read(RODOVRE.replace("DAGSORDEN:", "Indholdsfortegnelse"))


def test_a_contents_list_whose_items_are_printed_again_is_unchanged() -> None:
    restated = (
        "Dagsorden:\n 1. Godkendelse af dagsorden\n 2. Budget 2018\n 3. Eventuelt\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Budget 2018\nBeslutning\nGodkendt.\n\n"
        "3. Eventuelt\nBeslutning\nIntet.\n"
    )
    items, _ = find_items(restated, split_lines(restated))
    assert [(i.number, i.from_contents) for i in items] == [("1", False), ("2", False), ("3", False)]
    assert all("Beslutning" in restated[i.start : i.end] for i in items)
