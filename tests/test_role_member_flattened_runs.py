"""The names a label of members lists inside a line a PDF's text layer flattened (`role_member_flattened_runs`), as
Gribskov and Norddjurs Kommune print a header's member list once a page is one line (the flattened view of dev-write
documents gribskov-handicapraadet-2017-10-25 and norddjurs-kommunalbestyrelsen-2015-06-16): each name of the run after
"Medlemmer:" is `medlem`, the run ending at the next label; never a run under a label of those absent, a single name,
or a list on a short line (`role_member_lists`' then)."""

from __future__ import annotations

from pathlib import Path

from text_facts import role_pairs_of_text

from graphbuild.extract.people import find_people
from graphbuild.extract.role_facts import UNPLACED
from graphbuild.extract.role_member_flattened_runs import MEMBERS_LABEL, members_in_flattened_runs

HEADER = "Referat\n\n"

GRIBSKOV = (
    "1 Handicaprådet Publiceret 25-10-2017 Onsdag den 25-10-2017 kl. 16:15 Indholdsfortegnelse: Åbne 36 Høring: "
    "Forslag til lokalplan 512.18 - boligområde ved Møllebakken i Helsinge 37 Høring: Lokalplan 315.18 for "
    "boligområde i Bavne Ager, Gilleleje 38 Høring: Lokalplan 315.19 for hotel og boliger ved Vesterbrogade i "
    "Gilleleje 39 Hvem skal modtage årets handicappris? 40 Forretningsorden for Handicaprådet 41 Udkast til "
    "årsberetninger 2017 42 Anbefalinger til det kommende handicapråd. Medlemmer: Bente Ullits Eckmann DH Annelise "
    "Hansen DH Jonna Hildur Præst Pia Foght Agnete O. Sørensen Inger Hansen DH Kim G. Nielsen DH Helle Mariager "
    "Godkendelse af dagsorden: Godkendt Fraværende: Jonna Hildur Præst Meddelelser: Mødeprotokollen udsendes "
    "undtagelsesvis i løbet af weekenden. Åbne 36. Høring: Forslag til lokalplan 512.18 - boligområde ved "
    "Møllebakken i Helsinge 01.02G00 - 2017/27088 Sagsfremstilling Handicaprådet behandler forslag til lokalplan "
    "512.18 for boligområde ved Møllebakken i Helsinge for at afgive et høringssvar. Baggrund Plan- og "
    "Miljøudvalget godkendte forslag til"
)

NORDDJURS = (
    "1 KB-16-06-2015 - 00 Referat uden bilag Kommunalbestyrelsen BESLUTNINGSPROTOKOL Sted: Mødelokale 4, rådhuset "
    "Dato: Tirsdag den 16. juni 2015 Start kl.: 17:00 Slut kl.: 21:10 Medlemmer: Jan Petersen (A) Inger K. Andersen"
    " (O) Allan Gjersbøl Jørgensen (A) Steen Therkel Jensen (O) Hans Fisker Jensen (A) Benny Hammer (C) John Saaby "
    "Jensen (A) Harald Grønlund (I) Else Søjmark (A) Jens Meilvang (I) Bente Hedegaard (A) Olaf Krogh Madsen (L) "
    "Tom Bytoft (A) Torben Jensen (L) Niels Basballe (A) Kasper Bjerregaard (V) Lars Pedersen (A) Niels Ole Birk "
    "((V) Pia Bjerregaard (A) Lars Sørensen (V) Lars Møller (A) Rikke Albæk Jørgensen (V) Mads Nikolajsen (F) Lars "
    "Østergaard (V) Ulf Harbo (Ø) Hans Erik Husum (V) Helle Plougmann (Løsgænger) Fraværende: Norddjurs Kommune "
    "Kommunalbestyrelsen 16-06-2015 Indholdsfortegnelse Side 1. Ekstra anlæg - projektering af trafikafviklingsplan"
    " og forundersøgelser ved stationen Grenaa Syd "
    "........................................................................................................1 2. "
    "Ekstra anlæg - renovering af ventehuset ved stationsbygningen"
)

HOEJE_TAASTRUP = (
    "1 background image Byrådet Referat Dato: Tirsdag den 18. juni 2013 Mødetid: 18:00 - 20:05 Mødelokale: "
    "Byrådssal Medlemmer: Michael Ziegler (borgmester) (C), Annette Johansen (A), Bjarne Kogsbøll (C), Conny "
    "Trøjborg Krogh (F), Daniel Do- noso (F), Ekrem Günbulut (A), Frederik A. Hansen (V), Hu- go Hammel (A), Jesper"
    " Kirkegaard (C), John A. Bilenberg (C), Kemal Bektas (A), Kurt Scheelsbeck (C), Lars Prier (O), Laurids "
    "Christensen (C), Marjan Ganjjou (C), Merete Scheelsbeck (C), Mette Søndergaard Pedersen (A), Michael Blem "
    "Clausen (B), Steffen Mølgaard Hansen (C), Svend-Erik Hermansen (A), Thomas Bak (A) Fraværende: Jesper "
    "Kirkegaard (C) background image Byrådet 18. juni 2013 Indholdsfortegnelse Punkter til dagsorden Side 1. Valg "
    "af valgbestyrelse til kommunalvalget 2013 - BY 2 2. Valg af valgstyrere og tilforordnede vælgere i forbindelse"
    " med Kommunal- og Regionalvalg 2013 - BY 4 3. Valg af tilforordnede ved brevstemmeafgivning i forbindelse med "
    "kommunalvalg og regionalvalg 2013 - BY 6 4. I - Regnskab for afsluttede anlægsbevillinger over 2 mio. kr. for "
    "Økonomiudvalget"
)


def test_the_run_of_names_after_a_members_label_on_a_flattened_line(tmp_path: Path) -> None:
    pairs = role_pairs_of_text(tmp_path, HEADER + GRIBSKOV)
    listed = ("Bente Ullits Eckmann", "Annelise Hansen", "Pia Foght", "Agnete O. Sørensen", "Kim G. Nielsen")
    assert {(name, "medlem") for name in listed} <= pairs
    assert ("Helle Mariager", "medlem") in pairs  # the run's last name, the next label after it


def test_party_brackets_between_the_names(tmp_path: Path) -> None:
    pairs = role_pairs_of_text(tmp_path, HEADER + NORDDJURS)
    listed = ("Jan Petersen", "Inger K. Andersen", "Niels Ole Birk", "Pia Bjerregaard", "Helle Plougmann")
    assert {(name, "medlem") for name in listed} <= pairs


def test_no_run_under_a_label_of_those_absent_nor_on_a_short_line(tmp_path: Path) -> None:
    absent = NORDDJURS.replace("Medlemmer:", "Fraværende medlemmer:")
    pairs = role_pairs_of_text(tmp_path, HEADER + absent)
    assert ("Steen Therkel Jensen", "medlem") not in pairs
    short = "Sted: Mødelokale 4 Medlemmer: Jan Petersen (A) Inger K. Andersen (O) Slut kl.: 21:10"
    people = find_people(short, 0, len(short))
    assert members_in_flattened_runs(short, people, lambda _: UNPLACED, []) == []
    assert members_in_flattened_runs(NORDDJURS, find_people(NORDDJURS, 0, len(NORDDJURS)), lambda _: UNPLACED, [])
    assert MEMBERS_LABEL.search(" medlemmer: Jan") is None  # a label is capitalised


def test_a_chair_in_brackets_and_a_last_name_cut_short(tmp_path: Path) -> None:
    # near misses: the council's own chair in a bracket after the name ("(borgmester) (C)") holds that post, not
    # `medlem` (README rule 2); a last name with two capitalised words after it may have lost its surname
    people = find_people(HOEJE_TAASTRUP, 0, len(HOEJE_TAASTRUP))
    found = {f.person.name for f in members_in_flattened_runs(HOEJE_TAASTRUP, people, lambda _: UNPLACED, [])}
    assert "Annette Johansen" in found
    assert "Michael Ziegler" not in found
    cut = GRIBSKOV.replace("Helle Mariager Godkendelse af", "Helle Mariager Behrensdorff Godkendelse af")
    found = {
        f.person.name for f in members_in_flattened_runs(cut, find_people(cut, 0, len(cut)), lambda _: UNPLACED, [])
    }
    assert "Kim G. Nielsen" in found
    assert not any(name.startswith("Helle Mariager") for name in found)
