"""Item forms another publisher prints where a dev-write publisher prints its own (issue 12 items 2 and 3): a
dev-write excerpt (Kulturchefforeningen, Gribskov, Viborg, Odense, Region Nordjylland, Varde) quoted as it stands or
with its numbers, or its headings' case, written the way other publishers write them; each with a near miss that
stays no item. The test split is never read."""

from __future__ import annotations

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines


def _items(text: str) -> list[tuple[str, str, bool]]:
    items, _ = find_items(text, split_lines(text))
    return [(item.number, item.title, item.from_contents) for item in items]


def _numbers(text: str) -> list[str]:
    return [number for number, _, _ in _items(text)]


# Kulturchefforeningen, Region Hovedstaden, 11 November 2016, as it stands (shortened)
PARENTHESISED_RUN = """Referat

Afbud fra Martin Tinning og Marianne Hoff Andersen

1) Godkendelse af dagsorden
Godkendt

2) Orientering fra formanden og bestyrelsesmedlemmer/Nyt fra netværkene

Formanden orienterede om kommende fællesmøde fredag den 6. januar 2017.

3) Ansøgning om medlemskab

Ansøgning om optagelse i BKF efter landsforeningens vedtægter (§3 stk. c.) blev behandlet.

7) Udkast til mødekalender for 2017, her under generalforsamling

Godkendt

8) Årsmøde 2016

Følgende tidspunkter er aftalt:

9) Ansøgning om tilskud fra Skolenetværket
Godkendt, op til 30.000.
"""


def test_a_run_of_parenthesised_numbers_numbers_the_items() -> None:
    assert _numbers(PARENTHESISED_RUN) == ["1", "2", "3", "7", "8", "9"]


def test_parenthesised_points_a_sentence_leads_into_are_no_items() -> None:
    text = (
        "Referat\n\n1. Budget 2017\n\nIndstilling\n\nDirektionen indstiller, at\n1) Budgettet godkendes\n"
        "2) Anlægsrammen fastholdes\n3) Sagen sendes videre til byrådet\n\nBeslutning\n\nGodkendt.\n"
    )
    assert _numbers(text) == ["1"]  # "3)" over "Beslutning" neither: the list's points stand under their lead-in


# Gribskov Kulturråd, 8 December 2014: a contents list numbered bare, titles holding a full stop
BARE_CONTENTS = """Mandag den 08-12-2014 kl. 19:00

Indholdsfortegnelse:

Åbne
59 Godkendelse af protokol
60 Meddelelser fra Kulturrådets formand / medlemmer
61 Meddelelser fra Idræt og Folkeoplysning - Kulturrådets møder
62 Mødeplan 2015
63 Ansøgning om støtte Integrationsgruppen Frivilligcenter Helsinge
64 Ansøgning om støtte til afholdelse af koncert. Gilleleje Byorkester
65 Ansøgning om støtte til Børnefestival.
66 Ansøgning om støtte. Nakkehoved Fyrlaug.
67 Ansøgning om tilskud til kulturpas

Medlemmer:

59. Godkendelse af protokol

Beslutning
Godkendt.
"""


def test_a_bare_numbered_contents_entry_holding_a_full_stop_goes_on_with_its_list() -> None:
    found = {number: (title, listed) for number, title, listed in _items(BARE_CONTENTS)}
    assert found["64"] == ("Ansøgning om støtte til afholdelse af koncert. Gilleleje Byorkester", True)
    assert found["66"][1] and found["67"][1]


def test_a_bare_entry_holding_a_full_stop_whose_number_does_not_follow_is_no_entry() -> None:
    text = (
        "Indholdsfortegnelse:\n\n59 Godkendelse af protokol\n60 Meddelelser fra formanden\n61 Mødeplan 2015\n"
        "64 Ansøgning om støtte. Nakkehoved Fyrlaug.\n\nMedlemmer:\n"
    )
    assert "64" not in _numbers(text)


# Viborg Økonomiudvalget, 12 December 2012, its contents numbered "Punkt N" as other publishers number theirs
PUNKT_CONTENTS = """Punkter til dagsorden Side

Punkt 1 Anskaffelse af IT-system til likviditetsstyring (bevillingssag) .................................... 3

Punkt 2 Tilslutning til fælleskommunale udbud på monopolområdet ..................................... 5

Punkt 3 Eventuel offentliggørelse af evalueringsskemaer i sager om

konkurrenceudsættelser ................................................................................. 7

Punkt 4 Aflæggelse af anlægsregnskaber 2012 - Økonomiudvalget ...................................... 9

Punkt 1 Anskaffelse af IT-system til likviditetsstyring (bevillingssag)

Sagsfremstilling

Der skal anskaffes et nyt system.

Beslutning

Godkendt.
"""


def test_punkt_entries_with_a_dotted_leader_to_their_page_are_contents() -> None:
    found = {number: (title, listed) for number, title, listed in _items(PUNKT_CONTENTS)}
    assert found["2"] == ("Tilslutning til fælleskommunale udbud på monopolområdet", True)
    assert found["3"][1] and found["4"][1]


def test_a_punkt_heading_without_a_leader_heads_its_item() -> None:
    found = {number: listed for number, _, listed in _items(PUNKT_CONTENTS)}
    assert found["1"] is False  # its entry is in the list, its heading in the text


# Odense Økonomiudvalget, 26 April 2017, its list printed in capitals as other publishers print headings
CAPITALS_LIST = """Økonomiudvalget

Mødedato: 26. april 2017

A. Sager til afgørelse i byrådet
1 BOLIGER VED RUGÅRDSVEJ 18-20. FORSLAG TIL KOMMUNEPLANTILLÆG NR. 12
2 MULIGHEDERNE FOR VEDERLÆGGELSE AF BYRÅDSMEDLEMMERNE I BØRN OG UNGE-UDVALGET
3 BØRNEHUS SYD
4 ETABLERING AF SFO2 OG UNGDOMSCENTRE
B. Sager til afgørelse i udvalget
7 PARKERING I RELATION TIL LETBANEN
8 FJERNVARME FYN A/S - UDPEGNING AF BESTYRELSESMEDLEM

Udvalget drøftede sagerne.
"""


def test_a_bare_numbered_list_in_capitals_is_read_like_one_in_mixed_case() -> None:
    assert _numbers(CAPITALS_LIST) == ["1", "2", "3", "4", "7", "8"]


def test_numbers_before_two_letter_codes_are_no_list() -> None:
    text = "Økonomiudvalget\n\nMødedato: 26. april 2017\n\n1 AB\n2 CD\n3 EF\n\nUdvalget drøftede sagerne.\n"
    assert _numbers(text) == []


# Region Nordjylland, Regionsrådet, 24 November 2020: its headings' numbers glued to titles in capitals
GLUED_CAPITALS = """Regionsrådet

1.MEDDELELSE FRA FORMANDEN

Formanden orienterede.

2.ORIENTERING OG GODKENDELSE: KVARTALSRAPPORT 3-2020

Godkendt.

3.BESLUTNING - GODKENDELSE AF AFSKRIVNING REGNSKABSÅR 2020

Godkendt.
"""


def test_a_number_glued_to_a_title_in_capitals_heads_an_item() -> None:
    assert _items(GLUED_CAPITALS)[1] == ("2", "ORIENTERING OG GODKENDELSE: KVARTALSRAPPORT 3-2020", False)


def test_a_date_glued_in_capitals_is_no_item() -> None:
    text = "Regionsrådet\n\n17.MAJ 2021 KL. 16\n\nFormanden orienterede.\n\n18.MAJ 2021 KL. 16\n\nGodkendt.\n"
    assert _numbers(text) == []


# Varde Plan og Teknik, 12 September 2019: a number glued to the contents' last entry, the items numbered bare
GLUED_THEN_BARE = """PUNKTER

476. Kondemnering af bolig i Krusbjerg - Lukket punkt
477. Gensidig orientering - Lukket punkt454. Godkendelse af dagsorden

Sagsfremstilling

Forvaltningen anbefaler, at dagsordenspunkter på tillægsdagsorden behandles sammen med den ordinære dagsorden.

455 Besigtigelsestur og temadrøftelse

Sagsfremstilling

Udvalget har ønsket en besigtigelsestur.

456 Anmodning om optagelse i Det Rådgivende Udvalg for Vadehavet

Sagsfremstilling

Udvalget anmodes om at tage stilling.
"""


def test_a_glued_number_does_not_make_the_text_flattened_for_a_bare_list() -> None:
    assert {"454", "455", "456"} <= set(_numbers(GLUED_THEN_BARE))


def test_a_bare_number_without_a_neighbour_is_no_item_beside_a_glued_one() -> None:
    text = (
        "PUNKTER\n\n477. Gensidig orientering - Lukket punkt454. Godkendelse af dagsorden\n\nSagsfremstilling\n\n"
        "Forvaltningen anbefaler det.\n\n12 Deltagere mødte op til borgermødet\n\nDet blev drøftet.\n"
    )
    assert "12" not in _numbers(text)


# Thisted Børne- og Familieudvalget, 11 January 2022: its date line, as a header in capitals prints it
DATE_IN_CAPITALS = """11. JAN 2022

Deltagere:

 • Claus Nybo (A)
 • Jane Rishøj (A)

1. Godkendelse af dagsorden

Beslutning

Godkendt.

2. Konstituering af Børne- og Familieudvalget - valg af formand

Beslutning

Claus Nybo blev valgt.
"""


def test_a_day_and_a_short_month_in_capitals_are_a_date_no_item() -> None:
    assert _numbers(DATE_IN_CAPITALS) == ["1", "2"]


def test_a_title_opening_with_a_name_like_a_short_month_is_an_item() -> None:
    text = DATE_IN_CAPITALS.replace(
        "2. Konstituering af Børne- og Familieudvalget - valg af formand", "2. Jan Kjærs forslag"
    )
    assert _numbers(text) == ["1", "2"]
