"""Items a web editor numbered one list at a time, each printed "1.", on a page a text layer ran onto one line (issue 12
items 2 and 3): three or more "1." heads in a row, no other number between them, titles unlike each other, are items
numbered from 1 again. Snippets of dev-write minutes (Sydmors Pastorat's Vejerslev Menighedsråd, Gjessø Lokalråd)
flattened as a PDF-to-text step prints them, quoted as printed. Near misses: Norddjurs Vandråd's nested posts under
item 1, "1. Formand – …", whose "2." follows the run (points, no items); a page's running head repeated alike; a date's
"1. maj"; a text not flattened."""

from __future__ import annotations

from graphbuild.parse.flatten_one_entry_lists import one_entry_cuts
from graphbuild.parse.lines import split_lines
from tests.snippet_items import item_numbers, item_titles

VEJERSLEV = (
    "1 Referat af Menighedsrådsmøde d. 5. maj 2014 kl. 19.30 Deltagere: Anny Nielsen, Jørgen Påske, Ole Kristensen, "
    "Marie Boel, Per Kudsk, Trine Gjørtz Afbud: Erik Lank 1. Godkendelse af dagsorden Godkendt 1. Præstens pkt. "
    "Orientering fra præsten Konsulent vedr. visionsaften. Godkendt konsulent såfremt de øvrige menighedsråd vil være "
    "med. Orientering om konfirmand situationen fremover. Der er 6-7 vielser i pastoratet i år. 1. Kontaktperson "
    "gennemgår APV. Marie gennemgået APV. 1. Kirkeværgen gennemgår forslaget til renovering af kirkegård. Påbegynde "
    "vedtægter for lapidarium. 1. Fra Erik: hvad det skal koste at reservere et gravsted. Per kontakter Provstiet for "
    "at få opklaret sagen. 1. Kasserer: foreløbig budget Foreløbig budget godkendt. 1. Evt. • Ref. Jørgen\n"
)

# item 1 and 2 numbered in one list, the rest each in its own
GJESSO = (
    "1 Referat: 1. Velkomst v/formand 2. Valg af ordstyrer Ordstyrer: Kristian Mortensen 1. Valg af to stemmetællere "
    "Stemmetællere: Carina og Vita 1. Årsberetning ved siddende lokalrådsformand Se formandens beretning 1. "
    "Godkendelse af årsberetningen Godkendt. 1. Fremlæggelse af revideret regnskab ved lokalrådets kasserer Se "
    "regnskab Regnskabet "
    "godkendt. 1. Behandling af indkomne forslag og punkter Der er ikke indkommet forslag. 1. Valg til lokalråd – lige "
    "år er tre medlemmer på valg, ulige år er to medlemmer på valg Der kan ikke gennemføres valg, grundet ingen "
    "kandidater. Der indkaldes til ekstraordinær generalforsamling i løbet af april. 1. Valg af revisor og "
    "revisorsuppleant for et år. Carina fortsætter som revisor. Flemming fortsat revisorsuppleant. 1. Evt. Mulighed "
    "for storkerede i Gjessø, blev drøftet. Se inspiration på Storkene.dk.\n"
)

NORDDJURS = (
    "1 Referat bestyrelsesmøde 22/11-2021 Referat fra: Bestyrelsesmøde den 22. november 2021 Dagsorden: 1. Velkomst "
    "og konstituering af bestyrelsen 1. Formand – Svend Brandstrup 1. Næstformand – Jesper Normand Stange 1. Kasserer "
    "– Aksel Larsen 1. Sekretær – Jesper Stange 2. Orientering siden sidst og bordet rundt 1. Skal vandrådet "
    "fortsætte? Der skal findes nye og yngre kræfter, ellers lukker vi. 3. Selkær mølle har etableret samarbejde med "
    "vandcenter Djurs, foreløbigt med regnskab og budget. 4. Per Misser stopper når han bliver 67 feb. 2023, der "
    "bliver ansat ny allerede i det indeværende år hvis betingelserne går igennem, så vedkommende kan komme godt ind i "
    "administrationen. 6. NDV -risikovurdering vedrørende drikkevandsanalyser. Der er over 5 tilmeldte, så der sker "
    "noget i løbet af vinteren.\n"
)


def test_a_flattened_page_of_one_entry_lists_holds_an_item_at_each_1() -> None:
    assert item_numbers(VEJERSLEV) == ["1"] * 7
    titles = item_titles(VEJERSLEV)
    assert titles[0].startswith("Godkendelse af dagsorden")
    assert [t.split()[0].strip(".:") for t in titles[1:]] == [
        "Præstens",
        "Kontaktperson",
        "Kirkeværgen",
        "Fra",
        "Kasserer",
        "Evt",
    ]


def test_a_list_of_two_then_one_entry_lists_keeps_both() -> None:
    assert item_numbers(GJESSO) == ["1", "2", *["1"] * 8]
    assert item_titles(GJESSO)[2].startswith("Valg af to stemmetællere")
    assert item_titles(GJESSO)[-1].startswith("Evt")


def test_ones_the_list_s_2_follows_are_points_nested_under_item_1() -> None:
    numbers = item_numbers(NORDDJURS)
    assert numbers.count("1") == 1
    assert not any(t.startswith(("Formand", "Næstformand", "Kasserer")) for t in item_titles(NORDDJURS))


def test_a_running_head_repeated_alike_and_a_date_are_no_run() -> None:
    page = " ".join(["1. Referat af bestyrelsesmøde tekst om sagen her."] * 3)
    lines = split_lines(f"1 {page} Mødet sluttede den 1. maj.\n")
    assert one_entry_cuts(lines, [0]) == {}


def test_three_ones_cut_where_they_stand_not_at_the_line_s_start() -> None:
    text = "1. Godkendelse af dagsorden Godkendt 1. Meddelelser Ingen 1. Eventuelt Intet"
    cuts = [text.index("1. Meddelelser"), text.index("1. Eventuelt")]
    assert one_entry_cuts(split_lines(text), [0]) == {0: cuts}


def test_a_text_not_flattened_reads_as_before() -> None:
    # unflattened lines without a web page's indent: the numbering readers' as before, one "1." taken
    text = "1. Godkendelse af dagsorden\nGodkendt\n\n1. Meddelelser\nIngen\n\n1. Eventuelt\nIntet\n"
    assert item_numbers(text) == ["1"]
