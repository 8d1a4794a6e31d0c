"""People in the forms real minutes print them (issue 13 item 2), one table: each case is a short
excerpt quoted from a dev document of tests/realworld or from a publisher's page read beyond the
corpus, with the names it must give and those it must not give."""

from __future__ import annotations

import pytest

from graphbuild.extract.people import find_people
from graphbuild.vocab.person_names import NAME_RUN, plausible

CASES: list[tuple[str, set[str], set[str]]] = [
    # a job title or a contact label printed after a name is not part of it
    (
        "Informationsansvarlig Karen Stoustrup Teamleder Henrik Norup Økonom Jørgen Fischer (afbud)",
        {"Karen Stoustrup", "Henrik Norup", "Jørgen Fischer"},
        {"Henrik Norup Økonom"},
    ),
    ("Sydtrafik Tlf.: E-post: Sagsbehandler: Lone Mossin Tlf.: E-post: side 1", {"Lone Mossin"}, {"Lone Mossin Tlf"}),
    (
        "Erik Lauritzen Jørgen Bruun Konst. direktør Christian Roslev Afdelingsleder",
        {"Erik Lauritzen", "Jørgen Bruun", "Christian Roslev"},
        {"Jørgen Bruun Konst"},
    ),
    (
        "Kristine Ansted Schmidt, Arbejdsmiljøtovholder Gert Ahrentecht Jensen, Personalechef Mette Ebdrup",
        {"Kristine Ansted Schmidt", "Gert Ahrentecht Jensen", "Mette Ebdrup"},
        {"Arbejdsmiljøtovholder Gert Ahrentecht Jensen"},
    ),
    (
        "Thyge Nielsen (afbud) Ole Jacobsen Øvrige: Direktør H. C. Bonde",
        {"Thyge Nielsen", "Ole Jacobsen"},
        {"Ole Jacobsen Øvrige"},
    ),
    # an organisation's word is never a surname, even in a structured place
    (
        "Helge Tang Holbek (HTH), operativ chef, Nordsjælland Politi Tommy Simonsen (TS), observatør",
        {"Helge Tang Holbek", "Tommy Simonsen"},
        {"Nordsjælland Politi"},
    ),
    (
        "Christina Refshauge Foged (CRF), observatør, Frivillige Rudersdal/Hørsholm FRAVÆRENDE:",
        {"Christina Refshauge Foged"},
        {"Frivillige Rudersdal"},
    ),
    # a body's name in the definite form, or an occupation or trade before a known first name, is not part
    # of a name vouched for by its initials or party after it; an unknown first name before a known one is
    (
        "Dansk Landbrug Jette Beck (JB) Naturstyrelsen Bent Rasmussen (BR) Nationalparkrådet Mette Guldberg (MG)",
        {"Jette Beck", "Bent Rasmussen", "Mette Guldberg"},
        {"Landbrug Jette Beck", "Naturstyrelsen Bent Rasmussen", "Nationalparkrådet Mette Guldberg"},
    ),
    (
        "Afbud Nationalparksekretariatet Thomas Holst Christensen (THC) Nationalparksekretariatet John Frikke (JF)"
        " Digelagene Kjeld Andreasen (KA)",
        {"Thomas Holst Christensen", "John Frikke", "Kjeld Andreasen"},
        {"Nationalparksekretariatet John Frikke", "Digelagene Kjeld Andreasen"},
    ),
    # an unknown first name before a known one: the document prints it before an initial too (name_lead)
    (
        "Medlemmer: Karsten Meyer Olesen, Ovidiu George Nechitoi\nat Ovidiu G. Neuhitoi indtræder som stedfortræder",
        {"Ovidiu George Nechitoi"},
        {"George Nechitoi"},
    ),
    (
        "Tage Espersen Danmarks Jægerforbund Jacob Funder Friluftsrådet Mona Kyndi Støtteforeningen Nationalpark Thy"
        " Lone Mark Netværk af Aktive Kystbyer Jytte Nielsen Museet for Thy og Vester Hanherred",
        {"Tage Espersen", "Jacob Funder", "Lone Mark", "Jytte Nielsen"},
        {"Tage Espersen Danmarks", "Jytte Nielsen Museet"},
    ),
    # a name after a title compounded with its field ("centerchef"), after a title with its body and a
    # comma ("Formanden for Handicaprådet, ..."), or before a comma and a title (", kontorchef i ..."),
    # whatever its first name; a section heading before it is not part of it
    (
        "administrerende direktør Dorthe Nøhr Pedersen, centerchef Eskil Thuesen, sekretariatschef Camilla Struckmann",
        {"Dorthe Nøhr Pedersen", "Eskil Thuesen", "Camilla Struckmann"},
        set(),
    ),
    (
        "Kontaktpersoner Noa Jankovic, kontorchef i Landdistrikternes Fællesråd, tlf. 71 70 82 49",
        {"Noa Jankovic"},
        {"Kontaktpersoner Noa Jankovic"},
    ),
    (
        "Indledning/Baggrund Pernille Madsen, centerchef for Center for Borgerservice, IT og Digitalisering",
        {"Pernille Madsen"},
        set(),
    ),
    # an e-mail address's name is the person the text names in full
    (
        "til rapporten kan Myndighedschef Lasse E. Hansen kontaktes på lasse.hansen@vsbv.dk Pressemeddelelse",
        {"Lasse E. Hansen"},
        {"Lasse Hansen"},
    ),
    # a person named beside their e-mail address is still a person (Randers Kommune's Kredsrådet page)
    (
        "Spørgsmål om Kredsrådet kan rettes til chefjurist Ulla Marcus tlf. 89 15 10 06 eller mail "
        "ulla.marcus@randers.dk",
        {"Ulla Marcus"},
        set(),
    ),
    # an e-mail address alone names no one (Odder Kommune's question-time page)
    (
        "Sendes til Odder Byråd, Rådhuset, 8300 Odder eller på e-mail heidi.andersen@odder.dk Se detaljerede regler",
        set(),
        {"Heidi Andersen"},
    ),
    # nor one whose printed name it spells otherwise: the name as printed is the person (Landdistriktsrådet Mors)
    (
        "Sekretær\nThomas Dalhgaard\nxxxxxxx\n79xx xxxxxx\nxxxx xxxx\nThomas.Dahlgaard@morsoe.dk\nMedlem\n"
        "Lene Toft Jensen",
        {"Thomas Dalhgaard", "Lene Toft Jensen"},
        {"Thomas Dahlgaard"},
    ),
    # but an address written as a name is written names the person, and a namesake's other surname is no misprint
    (
        "Sekretær\nThomas Jensen\nThomas.Dahlgaard@morsoe.dk",
        {"Thomas Jensen", "Thomas Dahlgaard"},
        set(),
    ),
    # two names run together split at a first name even after a surname that is also a first name ("Mark")
    (
        "Deltagere: Bestyrelsen Ejner Frøkjær Tage Leegaard Tage Espersen Lone Mark Hans Buck Bodil Gyldenkerne",
        {"Tage Espersen", "Lone Mark", "Hans Buck", "Bodil Gyldenkerne"},
        {"Lone Mark Hans Buck", "Tage Espersen Lone Mark"},
    ),
    # five words when one is a middle initial
    (
        "Finn Brunse, Jens Henrik W. Thulesen Dahl, Pia Offer Madsen",
        {"Finn Brunse", "Jens Henrik W. Thulesen Dahl", "Pia Offer Madsen"},
        {"Jens Henrik W. Thulesen"},
    ),
    # a party in brackets after a comma vouches for a name of initials and a surname
    (
        "Vores ambitionsniveau er meget højt, siger H. C. Østerby, (S), kommende formand for Business Region",
        {"H. C. Østerby"},
        set(),
    ),
    # initials with a role in brackets after a name ("(AHD, Referent)")
    (
        "Nationalparksekretariatet Alette Houman Dyhrfjeld (AHD, Referent) Punkter på dagsordenen: 1. Velkomst",
        {"Alette Houman Dyhrfjeld"},
        {"Nationalparksekretariatet Alette Houman Dyhrfjeld"},
    ),
    # a surname hyphenated at a line break is joined again when it is a known surname
    (
        "Poul Erik Ibsen, Knud Lar-sen, Peter Jacobsen",
        {"Poul Erik Ibsen", "Knud Larsen", "Peter Jacobsen"},
        {"Knud Lar-sen"},
    ),
    ("Der var spørgsmål fra Bjarne Dencker-jensen.", {"Bjarne Dencker-jensen"}, set()),
    # a surname that is also a place, after a title word (aarhus-byraad-2019-09-11); a surname in "-balle"
    ("Rådmand Jette Skive deltog ikke i sagens behandling.", {"Jette Skive"}, set()),
    (
        "Fraværende med afbud: Charlotte Tørngren og Lasse Kragballe Rasmussen",
        {"Charlotte Tørngren", "Lasse Kragballe Rasmussen"},
        set(),
    ),
    (
        "Sagsforløb: HAR Formanden for Handicaprådet, Fridolin Laager, ønsker en orientering om lovgivningen",
        {"Fridolin Laager"},
        set(),
    ),
    # a name in the genitive is the person the document names without its "s", known surname or not
    (
        "Torben Hoffmann (Stedfortræder: Conni Bergendorff). Udvalget drøftede Conni Bergendorffs forslag.",
        {"Conni Bergendorff"},
        {"Conni Bergendorffs"},
    ),
    (
        "Referent: Sine Storr\n\nBeslutning\n\nSine Storrs notat blev taget til efterretning.",
        {"Sine Storr"},
        {"Sine Storrs"},
    ),
    # a school's or a college's word after a name is the institution, not a surname
    (
        "Kirsten Ravn Bundgaard University College Nordjylland Keld Skovsgaard Tech College Aalborg 2 AFBUD",
        {"Kirsten Ravn Bundgaard", "Keld Skovsgaard"},
        {"Kirsten Ravn Bundgaard University", "Keld Skovsgaard Tech College", "Keld Skovsgaard Tech"},
    ),
    (
        "Deltagere: Mette Hansen Erhvervsakademi Dania, Jens Holm Business Academy Aarhus",
        {"Mette Hansen", "Jens Holm"},
        {"Mette Hansen Erhvervsakademi", "Jens Holm Business"},
    ),
    ("Rektor Ole Olsen, VIA University College, deltog", {"Ole Olsen"}, {"Ole Olsen University"}),
    # a roster printed without separators: a known "-sen" surname ends its name before a word no list knows
    (
        "Fraværende Lena Holm Jensen Peter Jacobsen Thure Dan Petersen Troels Christensen Emrah Tuncer Jørgen",
        {"Lena Holm Jensen", "Peter Jacobsen"},
        {"Peter Jacobsen Thure", "Troels Christensen Emrah Tuncer"},
    ),
    ("Til stede Anne Sørensen Zeynep Kaya Mette Holm", {"Anne Sørensen"}, {"Anne Sørensen Zeynep"}),
    # a "-sen" surname before a known surname or an initial stays inside the name
    ("Til stede: Anne Mette Andersen Kjær, Jens Hansen Bach", {"Anne Mette Andersen Kjær"}, {"Anne Mette Andersen"}),
    # a building's name is no surname: "Mødested: Regionshuset", "Mødested: Medborgerhuset"
    ("Sted: Lokale K Regionshuset Viborg. Deltagere: Jens Holm", {"Jens Holm"}, {"K Regionshuset"}),
    ("Mødested Hans Jensen Medborgerhuset, sal 2", set(), {"Hans Jensen Medborgerhuset"}),
    # a bulleted line holding a name alone (or before " - " and what the person is) is a list entry,
    # whatever the first name
    (
        "Medlemmer:\n • Emilly L. K. Pedersen - valgt blandt borgere under integrationsloven\n • Frede Hansen\n",
        {"Emilly L. K. Pedersen", "Frede Hansen"},
        set(),
    ),
    (
        "Deltagere:\n- Oluf Jeppesen\n- Aysel Nørgaard\n- Kirke Gade\n",
        {"Oluf Jeppesen", "Aysel Nørgaard"},
        {"Kirke Gade"},
    ),
    ("Deltagere:\n* Birte Rerup, formand\n* Zarah Holm\n", {"Birte Rerup", "Zarah Holm"}, set()),
    # an organisation's or a service's name is no person, whatever stands before it
    ("Anlægsbevilling Randers Fjord Færgefart, kabelfærgen", set(), {"Randers Fjord Færgefart", "Fjord Færgefart"}),
    ("repræsentantskabet for Sydfyns Elforsyning. Venstre har", set(), {"Sydfyns Elforsyning"}),
    ("Mødested: Hilton Hotel, Kastrup Lufthavn Deltagere: Jens Holm", {"Jens Holm"}, {"Kastrup Lufthavn"}),
    (
        "Særligt Tilrettelagt Ungdomsuddannelse (STU), Fælles Hjælpemiddeldepot (FH)",
        set(),
        {"Særligt Tilrettelagt Ungdomsuddannelse", "Fælles Hjælpemiddeldepot"},
    ),
    # a name's own "s" before a comma; a genitive before what the person owns, a bracket between them or not
    # (broenderslev-integrationsraadet-2016-09-07, faaborg-midtfyn ungdomsskole, regionh-forretningsudvalget)
    (
        "flygtningekvinder. Peter Bruhns, skoleleder fra AOF vil ligeledes deltage i mødet.",
        {"Peter Bruhns"},
        {"Peter Bruhn"},
    ),
    ("Efter Jørgen Kyeds redegørelse for historikken mht", {"Jørgen Kyed"}, {"Jørgen Kyeds"}),
    ("14. Regionsrådsmedlem Tormod Olsens (Ø) midlertidige fravær", {"Tormod Olsen"}, {"Tormod Olsens"}),
    # a surname opened by two particles is one name (faergesekretariatet-styregruppen-2020); a title before it
    # is no part of it
    (
        "Fra venstre ses Styregruppeformand Michel van der Linden, Direktør i Kalundborg Kommune og Formand for "
        "Færgesekretariatet samt Styregruppemedlemmer, Bjarne Møllgaard, Overfartsleder Tunøfærgen fra Odder",
        {"Michel van der Linden", "Bjarne Møllgaard"},
        {"Styregruppeformand Michel van der Linden", "Michel"},
    ),
]


@pytest.mark.parametrize(("text", "expected", "not_expected"), CASES)
def test_people_in_real_forms(text: str, expected: set[str], not_expected: set[str]) -> None:
    found = {p.name for p in find_people(text, 0, len(text))}
    assert expected <= found
    assert not (not_expected & found)


# Whether a run of words can be one person's name (as attendance lists read them): a surname ending in
# "-balle" is no avenue ("alle"); a body's name or an organisation's word is no part of one
PLAUSIBLE_CASES: list[tuple[str, bool]] = [
    ("Nationalparksekretariatet John Frikke", False),
    ("Naturstyrelsen Bent Rasmussen", False),
    ("Frivillige Rudersdal", False),
    ("Nordsjælland Politi", False),
    ("Svend Tougaard", True),
    ("Lasse Kragballe Rasmussen", True),
    ("Mette Gadballe", True),
    ("Bernstorffs Alle", False),
    ("Ole Rådhusalle", False),
    ("Jens Nørregade", False),
    # a name ends in its surname, never in a particle: the line a member list prints under a name says who
    # appointed the member ("• Mette Kramer\n  Udpeget af kommunalbestyrelsen", Samsø's Færgeudvalget)
    ("Udpeget af", False),
    ("Valgt af", False),
    ("Dorthe la Cour", True),
    ("Christian de Jonquiéres", True),
    ("Michel van der Linden", True),
]


@pytest.mark.parametrize(("run", "expected"), PLAUSIBLE_CASES)
def test_plausible_name_runs(run: str, expected: bool) -> None:
    assert plausible(run.split()) is expected


# The run of capitalised words a name is read from: a surname may open with one particle or with one of the
# pairs "van der", "von der", "de la"; any other two lower-case words end the run, so a sentence's "af den"
# after a name never joins it to the words after them
NAME_RUN_CASES: list[tuple[str, str]] = [
    (
        "Styregruppeformand Michel van der Linden, Direktør i Kalundborg Kommune",
        "Styregruppeformand Michel van der Linden",
    ),
    ("Finn Riber Rasmussen Dorthe la Cour", "Finn Riber Rasmussen Dorthe la Cour"),
    ("Lars Simon Rieks af den Lokale Aktionsgruppe", "Lars Simon Rieks"),
    ("Mette Kramer for de Grønne Lejere", "Mette Kramer"),
]


@pytest.mark.parametrize(("text", "expected"), NAME_RUN_CASES)
def test_name_runs_with_particles(text: str, expected: str) -> None:
    runs = [m.group(0) for m in NAME_RUN.finditer(text)]
    assert expected in runs
