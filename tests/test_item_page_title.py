"""The one item of an item's own page (parse/item_page_title): dev-write excerpts (Københavns Kommune, Aarhus Kommune,
Lejre Kommune via monrad.app), each with a near miss that gives no item; and a bracketed note over a section heading,
no unnumbered item's title (parse/item_unnumbered). The test split is never read."""

from __future__ import annotations

from snippet_items import item_titles

# Københavns Kommune, Økonomiudvalget, 23 August 2017, item 4's page: the title under the meeting's labels
KOEBENHAVN = """Mødedato: 23.08.2017, kl. 11:00
Mødested: Comwell Borupgaard, Snekkersten

Første behandling af budgetforslag 2018 og overslagsårene 2019-2022 (augustindstillingen)

Se alle bilag

Den 5. oktober 2017 skal Borgerrepræsentationen vedtage Københavns Kommunes budget for 2018.

Indstilling
"""


def test_the_title_under_the_meetings_labels_is_the_pages_item() -> None:
    assert item_titles(KOEBENHAVN) == [
        "Første behandling af budgetforslag 2018 og overslagsårene 2019-2022 (augustindstillingen)"
    ]


def test_a_page_with_no_main_heading_has_no_item() -> None:
    assert item_titles(KOEBENHAVN.replace("Indstilling\n", "Se også\n")) == []


# Aarhus Kommune, Byrådet, 3 April 2019: the title under the page's own heading, the decision run into its heading
AARHUS = """Vælg

Referat Aarhus Byråd 03-04-2019

    Etablering af Multihus Hjortshøj


    Beslutning Tilbagesendes Magistratsafdelingen for Børn og Unge og Magistratsafdelingen for Kultur og Borgerservice.

    Resumé
    Hjortshøj er et lokalområde i vækst, hvor der er behov for idrætsfaciliteter.
"""


def test_the_title_under_the_pages_heading_is_the_pages_item() -> None:
    assert item_titles(AARHUS) == ["Etablering af Multihus Hjortshøj"]


def test_a_headline_over_a_paragraph_is_no_item() -> None:
    # a news page's headline over its article's first paragraph, the main heading further down
    text = AARHUS.replace(
        "    Beslutning Tilbagesendes", "    Byrådet skal på sit møde tage stilling til en sag om idrætsfaciliteter og"
    )
    assert item_titles(text) == []


# Lejre Kommune (via monrad.app), Kommunalbestyrelsen: the title opens the page, the portal's lines under it
LEJRE = """EKLT - Udpegning af medlemmer til Destination Fjordlandets bestyrelse og repræsentantskab
Prompt resultater
Relevans v1
Relevans
Nej
Bilag
- Vedtægter Destination Fjordlandet
First-agenda Sagsfremstilling
Beslutning
Udvalget for Erhverv, Klima, Lokal udvikling & Turismes indstilling tiltrådt.
"""


def test_the_title_opening_the_page_is_the_pages_item() -> None:
    assert item_titles(LEJRE) == [
        "EKLT - Udpegning af medlemmer til Destination Fjordlandets bestyrelse og repræsentantskab"
    ]


def test_a_line_after_the_pages_first_is_no_title() -> None:
    # the first line a date (no title): the lines under it are the portal's, none the item's title
    assert item_titles("Tirsdag 16. mar 2021 kl. 07:45\n\n" + LEJRE.replace("EKLT - ", "Relevans og ", 1)) == []


# Københavns Kommune, Borgerrepræsentationen, 22 April 2021, item 10: notes in brackets over "Problemstilling"
BRACKETED = """Mødedato: 22.04.2021, kl. 17:30
Mødested: Telefonmøde via Teams

Forslag til tilpasninger af lokaludvalg

Indstilling

(1. behandling)

Problemstilling
"""


def test_a_bracketed_note_is_no_title() -> None:
    assert item_titles(BRACKETED) == ["Forslag til tilpasninger af lokaludvalg"]


def test_a_line_set_apart_over_a_heading_is_still_a_title() -> None:
    assert item_titles(BRACKETED.replace("(1. behandling)", "Første behandling")) == [
        "Forslag til tilpasninger af lokaludvalg",
        "Første behandling",
    ]


# Assens Kommune, Byrådet, 13 December 2017: the publisher's name over the kind's word, the item's title a sentence
ASSENS = """Assens Kommune
Referat
Byrådet den 13. december 2017

  Valg af borgmester for funktionsperioden 1. januar 2018 – 31. december 2021.

  Beslutning Byrådet den 13-12-2017
"""


def test_the_publishers_name_over_the_kinds_word_is_no_title() -> None:
    assert item_titles(ASSENS) == []
