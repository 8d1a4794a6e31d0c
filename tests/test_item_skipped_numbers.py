"""Titles a flattened text layer ran together where it lost an item's number: the skip in the list's numbering
says how many titles the line holds ("3. Evaluering af brand, Højbjerg 20. oktober Ny beredskabslov" before "5.",
"1 Strategiplan Rejsekortet" before "3"), and the title is cut where a capitalised word opens after a word a title
may end on, only when it holds exactly as many openings as numbers were skipped. Snippets of dev-write documents of
Midttrafik, Østjyllands Brandvæsen and Hjørring Kommune (via docplayer.dk), quoted as printed (shortened where
marked "…"). A heading run on into its case history ("… endelig vedtagelse Økonomiudvalget den 25. oktober 2005,
pkt. 3 …", Ballerup), a case label's number ("J.nr. 565 Udkast …", KARA/NOVEREN), a plan's number before its name,
a count of openings other than the skip and a text not flattened stay as they are."""

from __future__ import annotations

from graphbuild.models import AgendaItem
from graphbuild.parse.item_skipped_numbers import with_skipped_titles
from tests.snippet_items import item_numbers, item_titles

MIDTTRAFIK = (
    "1 Åben dagsorden til mødet i Bestyrelsen for Midttrafik 1. marts 2013 kl Søren Nymarks Vej 3, 8270 "
    "Højbjerg\n"
    "\n"
    "2 Indholdsfortegnelse Pkt. Tekst Side 1 Strategiplan Rejsekortet 2 3 Flextur til lavere pris i "
    "Lemvig Kommune 5 4 Orientering om Fly High 2 - fortsættelse af efteruddannelsesprojekt for "
    "chauffører 6 5 Orientering om ansøgninger til Pulje til forbedring af kollektiv trafik i "
    "yderområder 7 6 Orientering om genforhandling af kontrakter om almindelig busrutekørsel som følge "
    "af forhøjede lønsumsafgifter fra 1. januar Orientering om analyse af de regionale trafikselskabers "
    "varetagelse af offentlige befordringsordninger 11 8 Siden sidst - Direktionens orientering til "
    "Bestyrelsen 13 9 Eventuelt 16\n"
    "\n"
    "3 Strategiplan Resumé Bestyrelsen behandlede 7. december 2012 et oplæg til Midttrafiks strategiplan "
    "Direktionen har indarbejdet Bestyrelsens bemærkninger og fremlægger revideret oplæg til "
    "godkendelse. Sagsfremstilling Midttrafiks strategiplan udgør de rammer, hvorefter Direktionen "
    "driver Midttrafik i de kommende år. Strategiplanen bevæger sig inden for Midttrafiks mission og "
    "visioner, som Bestyrelsen tidligere har fastlagt. Strategiplanen tager afsæt i de vilkår, der "
    "gælder for kollektiv trafik i Midtjylland: Økonomisk pres hos bestillerne. Kundefrafald. Svingende "
    "produktkvalitet. Et dårligt omdømme generelt for branchen. For lidt kundefokus i organisation og "
    "processer../. Bestyrelsen behandlede på sit møde 7. december 2012 et oplæg til strategiplanen "
    "Bestyrelsen havde nogle\n"
    "…\n"
)


def _items(*rows: tuple[str, str]) -> list[AgendaItem]:
    return [
        AgendaItem(number=number, title=title, start=k * 10, end=k * 10 + 9) for k, (number, title) in enumerate(rows)
    ]


def _read(*rows: tuple[str, str]) -> list[tuple[str, str, bool]]:
    return [(i.number, i.title, i.from_contents) for i in with_skipped_titles(_items(*rows))]


def test_a_flattened_contents_line_whose_number_2_was_lost_holds_two_titles() -> None:
    assert item_numbers(MIDTTRAFIK)[:3] == ["1", "2", "3"]
    assert item_titles(MIDTTRAFIK)[:3] == ["Strategiplan", "Rejsekortet", "Flextur til lavere pris i Lemvig Kommune"]


def test_one_skipped_number_after_a_month_and_after_a_one_word_title() -> None:
    # Østjyllands Brandvæsen: "Sag 3 Evaluering af brand, Højbjerg 20. oktober Ny beredskabslov", the next "Sag 5"
    read = _read(
        ("3", "Evaluering af brand, Højbjerg 20. oktober Ny beredskabslov"),
        ("5", "Hovedlokalitet"),
        ("9", "Budget Temadrøftelse: Konkurrenceudsættelse"),
        ("11", "Baggårdsstiger"),
    )
    assert read == [
        ("3", "Evaluering af brand, Højbjerg 20. oktober", False),
        ("4", "Ny beredskabslov", True),
        ("5", "Hovedlokalitet", False),
        ("9", "Budget", False),
        ("10", "Temadrøftelse: Konkurrenceudsættelse", True),
        ("11", "Baggårdsstiger", False),
    ]


def test_a_skipped_number_is_printed_as_its_neighbours() -> None:
    assert _read(("03", "Strategiplan Rejsekortet"), ("05", "Regnskab"))[1] == ("04", "Rejsekortet", True)


def test_a_run_of_capitalised_words_is_one_opening() -> None:
    # Hjørring: "3 Årsregnskab Låneadgang mv. vedrørende 2016 i 14 5 Forslag til budgetproces"
    assert _read(("3", "Årsregnskab Låneadgang mv. vedrørende 2016 i"), ("5", "Forslag til budgetproces"))[:2] == [
        ("3", "Årsregnskab", False),
        ("4", "Låneadgang mv. vedrørende 2016 i", True),
    ]
    # "… på Sjælør Boulevard": a name of two capitalised words opens no title after its first word
    assert _read(("5", "Helhedsplan på Sjælør Boulevard Regnskab"), ("7", "Eventuelt"))[0][1] == (
        "Helhedsplan på Sjælør Boulevard Regnskab"
    )


def test_near_misses_stay_as_they_are() -> None:
    rows = [
        # Ballerup: a heading run on into its case history, the next item numbered 4
        (
            "2",
            'Ny "Styrelsesvedtægt for Ballerup Kommune" - 2. behandling/endelig vedtagelse Økonomiudvalget den 25. '
            "oktober 2005, pkt. 3 Kommunalbestyrelsen den 31. oktober 2005, pkt",
        ),
        ("4", "Meddelelser"),
        # KARA/NOVEREN: a case label and its number before the title
        ("9", "J.nr. 565 Udkast til program for bestyrelsesseminar d september"),
        ("11", "Evt."),
        # a plan's number before its name; a title binding on after "og"; initials ("C. V. Bramsnæs Legat") open nothing
        ("13", "Lokalplan 237 Boliger ved Søen"),
        ("15", "Nedsættelse af særlige midlertidige udvalg for årene 2010 og Udpegning af medlemmer"),
        ("17", "Satser til udarbejdelse af budget C. V. Bramsnæs Legat"),
        ("19", "Eventuelt"),
    ]
    assert _read(*rows) == [(n, t, False) for n, t in rows]


def test_the_count_of_openings_must_be_the_skip() -> None:
    rows = [
        ("1", "Strategiplan for busser Rejsekortet i byen Flextur"),
        ("3", "Regnskab"),
        ("4", "Budget"),
        ("5", "Evt."),
    ]
    assert _read(*rows) == [(n, t, False) for n, t in rows]


def test_a_list_that_starts_again_skips_nothing() -> None:
    rows = [("1", "Strategiplan Rejsekortet"), ("3", "Regnskab"), ("1", "Salg af grund")]
    assert _read(*rows) == [(n, t, False) for n, t in rows]


def test_a_text_not_flattened_keeps_its_titles() -> None:
    text = (
        "Referat\n\n1. Strategiplan Rejsekortet\n\nSagsfremstilling\n\nTekst.\n\n"
        "3. Regnskab\n\nSagsfremstilling\n\nTekst.\n"
    )
    assert item_titles(text) == ["Strategiplan Rejsekortet", "Regnskab"]
