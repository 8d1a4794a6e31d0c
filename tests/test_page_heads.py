"""A flattened transcript's running head after each page's number, "2 Færgeudvalget Grenaa - Anholt færgefart …":
blanked before items are read, so the page number and the head open no item; a head that goes on to the item's
number, or two pages that open with one item's title and nothing of a meeting's, kept (forms as dev copies print
them, shortened)."""

from __future__ import annotations

from text_facts import meeting_of_text

from graphbuild.parse.page_heads import blank_page_heads

FERRY = (
    "1 Færgeudvalget Grenaa - Anholt færgefart BESLUTNINGSPROTOKOL Sted: Stena Line, Grenaa Dato: Tirsdag den "
    "2. juni 2015 Start kl.: 11:00 Slut kl.: 14:00 Medlemmer: Jens Johan Richardy (formand) Steen Therkel Jensen "
    "(O) Erik Knudsen Fraværende: Tommy Glindvad Norddjurs Kommune\n\n"
    "2 Færgeudvalget Grenaa - Anholt færgefart Indholdsfortegnelse Side 1. Godkendelse af Grenaa Anholt "
    "Færgefarts budget Nedsættelse af færgetakster for godstransport til og fra øer Orientering om dokning "
    "Eventuelt...14 Norddjurs Kommune\n\n"
    "3 Færgeudvalget Grenaa - Anholt færgefart Godkendelse af Grenaa Anholt Færgefarts budget P35 14/2323 Åben "
    "sag Sagsgang: FU Sagsfremstilling Vedlagt er det udarbejdede forslag til budget for den kommunale færgefart. "
    "Budgettet gennemgås på mødet. Indstilling Sekretariatet indstiller, at budgettet godkendes. Beslutning i "
    "Færgeudvalget Grenaa - Anholt færgefart den Godkendt, med tilføjelser til budgettet på 0,2 mio. kr. for 2016 "
    "og 2017 til overhaling af to hjælpemotorer.\n"
)

DATED = (
    "2 Økonomiudvalget 17. juni 2009 Side: 2 Fraværende: Ingen. Til behandling forelå: SAGER TIL UDVALGETS "
    "AFGØRELSE 790. Regnskab 2008 Sagsfremstilling Regnskabet forelægges.\n\n"
    "3 Økonomiudvalget 17. juni 2009 Side: 3 SAGER TIL UDVALGETS AFGØRELSE 791. Regnskab 2008 for Inga Marie "
    "Lassens Legat Sagsfremstilling Legatets regnskab forelægges.\n"
)

# the item's number in the head each of its pages prints: the head is the item's heading
ITEM_HEADED = (
    "2 Økonomiudvalget Punkt: 1 Acadre sagsnr.: 17/10438 Journalnr.: A00 Sagsforløb: ØU - Åben sag Mødedato: "
    "Sagsansvarlig: Økonomi Meddelelser Sagsfremstilling Borgmesteren orienterer om aktuelle sager.\n\n"
    "3 Økonomiudvalget Punkt: 2 Acadre sagsnr.: 17/11524 Journalnr.: K09 Sagsforløb: ØU-KB - Åben sag Mødedato: "
    "Sagsansvarlig: Økonomi Lions-sagen - KL-undersøgelse af bestyrelsens rolle Sagsfremstilling KL har undersøgt.\n"
)

# two pages that open with one item's title, a body named in it only after its first words
SAME_TITLE = (
    "3 Orientering om samarbejdet med Handicaprådet Sekretariatet orienterer om mødet i foråret, hvor rådet drøftede "
    "tilgængelighed på skoler og idrætsanlæg og kommunens nye handicappolitik.\n\n"
    "4 Orientering om samarbejdet med Handicaprådet Bilag: Referat fra mødet i foråret, hvor rådet drøftede "
    "tilgængelighed på skoler og idrætsanlæg og kommunens nye handicappolitik.\n"
)


def test_repeated_head_is_blanked_with_offsets_and_page_numbers_kept() -> None:
    blanked = blank_page_heads(FERRY)
    assert len(blanked) == len(FERRY)
    assert blanked.count("\n") == FERRY.count("\n")
    lines = [line for line in blanked.splitlines() if line]
    assert [line.split()[0] for line in lines] == ["1", "2", "3"]
    assert [line.split()[1] for line in lines] == ["BESLUTNINGSPROTOKOL", "Indholdsfortegnelse", "Godkendelse"]
    assert "Beslutning i Færgeudvalget Grenaa" in blanked  # the body's name inside the page is kept


def test_page_number_and_head_open_no_item() -> None:
    meeting = meeting_of_text(FERRY)
    titles = [item.title for item in meeting.items]
    assert not any(title.startswith(("Færgeudvalget", "Indholdsfortegnelse")) for title in titles)
    assert titles[0].startswith("Godkendelse af Grenaa Anholt Færgefarts budget")
    assert meeting.items[0].number == "1"


def test_dated_head_with_page_label_is_blanked_up_to_the_page_number() -> None:
    blanked = blank_page_heads(DATED)
    assert [line.split()[:2] for line in blanked.splitlines() if line] == [
        ["2", "Fraværende:"],
        ["3", "SAGER"],
    ]


def test_head_that_goes_on_to_the_item_number_is_kept() -> None:
    assert blank_page_heads(ITEM_HEADED) == ITEM_HEADED


def test_title_repeated_without_a_meeting_mark_is_kept() -> None:
    assert blank_page_heads(SAME_TITLE) == SAME_TITLE


def test_numbered_list_of_short_lines_is_no_page() -> None:
    plan = (
        "1 Økonomiudvalget 17. juni 2009 kl. 16\n2 Økonomiudvalget 19. august 2009 kl. 16\n3 Økonomiudvalget 9. maj\n"
    )
    assert blank_page_heads(plan) == plan


def test_one_page_is_no_repetition() -> None:
    one = FERRY.split("\n\n")[1]
    assert blank_page_heads(one) == one


# labels whose values the text layer lost, the same on every page; a weekday and a page's label in lower case
UNFILLED = (
    "3 Vordingborg Kommune Dato Side Erhvervsudvalget Godkendelse af dagsorden Sagsnr.: 14/ Sagen afgøres i: "
    "Erhvervsudvalget Beslutning i Erhvervsudvalget den Dagsordenen blev godkendt.\n\n"
    "4 Vordingborg Kommune Dato Side Erhvervsudvalget Orientering fra formanden - direktøren Sagsnr.: 13/ Sagen "
    "afgøres i: Erhvervsudvalget Beslutning i Erhvervsudvalget den Orienteringen blev taget til efterretning.\n"
)
WEEKDAY = (
    "2 Bornholms Regionskommune Tirsdag den side 2 Fraværende: Bemærkninger til dagsordenen: Projektleder Knud "
    "Erik Thomsen er indbudt til at orientere om plejeboligbyggeriet.\n\n"
    "3 Bornholms Regionskommune Tirsdag den side 3 1. Godkendelse af dagsorden. Godkendt. 2. Referat fra mødet den "
    "11. januar Godkendt.\n"
)


def test_head_of_labels_without_values_is_blanked_up_to_the_title() -> None:
    blanked = blank_page_heads(UNFILLED)
    assert [line.split()[:2] for line in blanked.splitlines() if line] == [
        ["3", "Godkendelse"],
        ["4", "Orientering"],
    ]


def test_head_with_weekday_and_lower_case_page_label_stops_before_the_item_number() -> None:
    blanked = blank_page_heads(WEEKDAY)
    assert [line.split()[:2] for line in blanked.splitlines() if line] == [["2", "Fraværende:"], ["3", "1."]]
