"""Attendance in forms read in published minutes beyond the real corpus (issue 13, item 1): short excerpts
of public minutes of publishers whose names begin with A–K (not documents of tests/realworld/, never of its
test split), and of DEV documents where a form was seen there too. Each case names its publisher; long
lists are shortened. One table of whole-meeting rows, one of absences from single items."""

from __future__ import annotations

import pytest

from graphbuild.models import AgendaItem, SourceDocument
from graphbuild.parse import parse_meeting
from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"

ROWS: list[tuple[str, str, set[tuple[str, str, str | None]]]] = [
    (
        # a label's qualifier holds another label in capitals: the colon is that one's (dev
        # rudersdal-hoersholm-beredskabskommission-2011-05-03, a page flattened)
        "Beredskabskommissionen Rudersdal og Hørsholm",
        "MEDLEMMER: Borgmester Erik Fabrin (EF), Rudersdal Kommune, formand FRAVÆRENDE: Afbud fra Jens Bruhn og "
        "Helge Tang Holbek ENDVIDERE DELTOG: Finn Mikkelsen, Nordsjællands Politi i stedet for Helge Tang Holbek.\n",
        {
            ("Erik Fabrin", P, None),
            ("Jens Bruhn", A, None),
            ("Helge Tang Holbek", A, None),
            ("Finn Mikkelsen", S, "Helge Tang Holbek"),  # the workplace after his comma is no one present
        },
    ),
    (
        # in a list of the absent, "(suppleant for X)" after a workplace annotates the deputy's entry; the
        # list goes on after it
        "Hørsholm Kommune, HovedMED",
        "Fraværende: Ulla Høgh, SL Rie Rasmussen, AC Dansk Psykologforening (suppleant for Helle Friis) "
        "Knud Kildentoft, AMR Martin Hilsted, AMR\n",
        {("Ulla Høgh", A, None), ("Rie Rasmussen", A, None), ("Knud Kildentoft", A, None), ("Martin Hilsted", A, None)},
    ),
    (
        # a place then the next entry's name before "i stedet for": the name stands in, not the place
        # (dev nt-bestyrelse-2008-11-14, flattened)
        "Nordjyllands Trafikselskab",
        "Deltagere Daniel Nyboe Andersen, Aalborg Kommune Uffe Bro, Vesthimmerland Kommune Svend Heiselberg i "
        "stedet for Niels Kr. Kirketerp, Region Nordjylland Jens Hedegaard Kristensen, Frederikshavn Kommune "
        "Afbud Preben Christensen, Mariagerfjord Kommune\n",
        {
            ("Daniel Nyboe Andersen", P, None),
            ("Uffe Bro", P, None),
            ("Svend Heiselberg", S, "Niels Kr. Kirketerp"),
            ("Niels Kr. Kirketerp", A, None),
            ("Jens Hedegaard Kristensen", P, None),
            ("Preben Christensen", A, None),
        },
    ),
    (
        # in a bulleted absence list, the member after a dash titled the stand-in came for the one before it
        # (dev regionsyddanmark-regionsraadet-2019-11-25)
        "Region Syddanmark, Regionsrådet",
        "Medlemmer\n\n • Anja Lund, V\n • Lars Mogensen, Ø\n\n • Afbud\n   \n"
        " • Villy Søvndal, F - Tine Hundahl Jensen stedfortræder\n • Bo Libergren, V\n\n",
        {
            ("Anja Lund", P, None),
            ("Lars Mogensen", P, None),
            ("Villy Søvndal", A, None),
            ("Tine Hundahl Jensen", S, "Villy Søvndal"),
            ("Bo Libergren", A, None),
        },
    ),
    (
        # a party letter, then whom the member sits in for a while (dev
        # regionsyddanmark-uddannelse-arbejdskraft-2019-03-07)
        "Region Syddanmark, Udvalg for uddannelse og arbejdskraft",
        "Medlemmer\n\n • Kristian Nørgaard, V\n • Marianne Thomsen, F (midlertidigt for Vicky B. Lorenzen)\n\n"
        " • Afbud\n • Morten Weiss-Pedersen, C\n",
        {
            ("Kristian Nørgaard", P, None),
            ("Marianne Thomsen", S, "Vicky B. Lorenzen"),
            ("Vicky B. Lorenzen", A, None),
            ("Morten Weiss-Pedersen", A, None),
        },
    ),
    (
        # names run together on a flattened page: a first name after a middle initial's surname starts the
        # next name, and the list's last name stands before the next header field ("J.nr. Ref.:") (dev
        # nationalpark-thy-bestyrelse-2009-10-08)
        "Nationalpark Thy, bestyrelsen",
        "Søholt torsdag den 8. oktober 2009 kl Deltagere: Bestyrelsen Ejner Frøkjær Hans Buck Bodil Gyldenkerne "
        "Jan S. Kristensen Mona Kyndi Helle Sievertsen Jacob Funder J.nr. Ref.: eloes Dato: 3. november 2009 "
        "Afbud: Ditte Svendsen, Ole Westergaard\n",
        {
            ("Jacob Funder", P, None),
            ("Ejner Frøkjær", P, None),
            ("Hans Buck", P, None),
            ("Bodil Gyldenkerne", P, None),
            ("Jan S. Kristensen", P, None),
            ("Mona Kyndi", P, None),
            ("Helle Sievertsen", P, None),
            ("Ditte Svendsen", A, None),
            ("Ole Westergaard", A, None),
        },
    ),
    (
        "Hedensted Kommune, Kommunalbestyrelsen",
        "Beslutning\nJacob Ejs (A) var fraværende. Som stedfortræder deltog Helle Obenhausen Mortensen (A)\n"
        "Rune Mikkelsen (Æ) var fraværende. Som stedfortræder deltog Kirsten Iversen (Æ)\n"
        "Hanne Grangaard (A) var fraværende.\n",
        {
            ("Jacob Ejs", A, None),
            ("Helle Obenhausen Mortensen", S, "Jacob Ejs"),
            ("Rune Mikkelsen", A, None),
            ("Kirsten Iversen", S, "Rune Mikkelsen"),
            ("Hanne Grangaard", A, None),
        },
    ),
    (
        "Hvidovre Kommune, Økonomiudvalget",
        "Medlemmer\n\n  • Gert Wahl (Ø)\n  • Torben N. Rasmussen (V)\n\nFraværende med afbud\n\n"
        "  • Mikkel Dencker (O)\n  • Steen Ørskov Larsen (C)\n\nBemærkninger\n\n"
        "Lisa Skov deltog for Steen Ørskov Larsen. René Langhorn deltog for Mikkel Dencker.\n",
        {
            ("Gert Wahl", P, None),
            ("Torben N. Rasmussen", P, None),
            ("Mikkel Dencker", A, None),
            ("Steen Ørskov Larsen", A, None),
            ("Lisa Skov", S, "Steen Ørskov Larsen"),
            ("René Langhorn", S, "Mikkel Dencker"),
        },
    ),
    (
        "Glostrup Kommune, Kommunalbestyrelsen",
        "Deltagere:\n\n\nJohn Engelhardt, V\nLisa Ward, A\nSteen Rosenquist, Ø\n\n\nFraværende:\nAfbud:\n\n\n"
        "Robert Sørensen, Ø\n\n\n 1.  1. Godkendelse af dagsordenen\n\n  Borgmesteren oplyste, at der var afbud fra "
        "Robert Sørensen (Ø). Steen Rosenquist (Ø) var indkaldt som stedfortrædere efter styrelsesvedtægtens § 25.\n",
        {
            ("John Engelhardt", P, None),
            ("Lisa Ward", P, None),
            ("Steen Rosenquist", S, "Robert Sørensen"),
            ("Robert Sørensen", A, None),
        },
    ),
    (
        "Københavns Kommune, lokaludvalg",
        "Fraværende med afbud:\nMaria Bagger Grell, Merete Øverup indkaldt\nTina Wittendorf og Henrik Magnussen\n\n"
        "Fraværende uden afbud:\nJens Andersen\n",
        {
            ("Maria Bagger Grell", A, None),
            ("Merete Øverup", S, "Maria Bagger Grell"),
            ("Tina Wittendorf", A, None),
            ("Henrik Magnussen", A, None),
            ("Jens Andersen", A, None),
        },
    ),
    (
        # "Uden afbud" heads the absent who sent no apology, as "Fraværende uden afbud:" does (dev
        # broenderslev-integrationsraadet-2018-03-22; Københavns Kommune's lokaludvalg above)
        "Brønderslev Kommune, Integrationsrådet",
        "Afbud: Peter H.S. Kristensen, Frede Hansen og Pia Uth. Uden afbud Martin Bech.\n",
        {("Peter H.S. Kristensen", A, None), ("Frede Hansen", A, None), ("Pia Uth", A, None), ("Martin Bech", A, None)},
    ),
    (
        "Brønderslev Kommune, Byrådet",
        "Sagsfremstilling\n\nDer er afbud fra Martin Bech, Bettina Bøcker Kjeldsen og Niels Vestergaard Salling.\n",
        {("Martin Bech", A, None), ("Bettina Bøcker Kjeldsen", A, None), ("Niels Vestergaard Salling", A, None)},
    ),
    (
        "Dragør Ældreråd",
        "Referat af Ældrerådsmøde Mandag den 03.april 2017\nFremmødt: Sten Brincker, Richard Barth, Vagn E Larsen og "
        "Kirja Kongsbak.\n",
        {
            ("Sten Brincker", P, None),
            ("Richard Barth", P, None),
            ("Vagn E Larsen", P, None),
            ("Kirja Kongsbak", P, None),
        },
    ),
    (
        "Haderslev Kommune, Udvalget for Erhverv og Kultur (flattened)",
        "Starttidspunkt: Kl. 16:00 Sluttidspunkt: Kl. 18:55 Afbud: Bent K. Andersen Fraværende: Bemærkninger: "
        "Fællesmøde med Udvalget for Teknik og Miljø Fra Udvalget for Teknik og Miljø er der afbud fra Jan "
        "Christensen og Yrsa Theisen\n",
        {("Bent K. Andersen", A, None), ("Jan Christensen", A, None), ("Yrsa Theisen", A, None)},
    ),
    (
        "Jammerbugt Kommune, Sammenlægningsudvalget (flattened)",
        "SAGSBEH.: MF Fraværende: Carla Madsen og Jens Chr. Golding Punkt nr. 42: Forslag til Styrelsesvedtægt\n",
        {("Carla Madsen", A, None), ("Jens Chr. Golding", A, None)},
    ),
    (
        # one entry a line, "<seat> <Name> (<initials>)", a status after the bracket: the initials say where the
        # name begins (dev nationalpark-vadehavet-bestyrelsen-2013-04-17, shortened)
        "Nationalpark Vadehavet, bestyrelsen",
        "Deltagere:\n\nFormand Bent Poulsen (BP)\n\nEsbjerg Kommune Kurt Jakobsen (KJ) Afbud\n\n"
        "Danmarks Naturfredningsforening Britt Schak Hansen (BSH)\n\nNationalparkrådet Svend Tougaard (ST) Afbud\n\n"
        "Nationalparksekretariatet Thomas Holst Christensen (THC)\n\n"
        "Nationalparksekretariatet Alette Houman Dyhrfjeld (AHD, Referent)\n\nPunkter på dagsordenen:\n",
        {
            ("Bent Poulsen", P, None),
            ("Kurt Jakobsen", A, None),
            ("Britt Schak Hansen", P, None),
            ("Svend Tougaard", A, None),
            ("Thomas Holst Christensen", P, None),
            ("Alette Houman Dyhrfjeld", P, None),
        },
    ),
    (
        # initials that are not the last words' first letters name no one; two such lines make no list
        "Form: bracketed initials that do not fit",
        "Deltagere:\nJens Hansen (A)\nBo Jensen (V)\nLise Berg (C)\nFagchef Plan og Byg (PB)\n",
        {("Jens Hansen", P, None), ("Bo Jensen", P, None), ("Lise Berg", P, None)},
    ),
    (
        # a name misspelt in the list of the absent is the member spelt first (dev
        # regionsyddanmark-forretningsudvalget-2007-12-05, shortened)
        "Region Syddanmark, Forretningsudvalget",
        "Medlemmer:\nCarl Holst, Poul Weber, Bente Gertz Hansen, Kent Kirk.\n\nFraværende:\n"
        "Poul Weber, Bente Gertz Hansn.\n\n1. Godkendelse af dagsorden\n",
        {("Carl Holst", P, None), ("Poul Weber", A, None), ("Bente Gertz Hansen", A, None), ("Kent Kirk", P, None)},
    ),
    (
        # an absence label qualified in lower case by how the member was absent ("uden afbud", "med afbud")
        # is one label, not a heading run on into the next (Københavns Kommune, a lokaludvalg, shortened)
        "Københavns Kommune, lokaludvalg",
        "Fravær med afbud:\n\n  • Keith Gray – Anders Lundsager deltager som suppleant\n\n"
        "Fravær uden afbud: Hans Møller\n",
        {("Keith Gray", A, None), ("Anders Lundsager", S, "Keith Gray"), ("Hans Møller", A, None)},
    ),
    (
        # the same form with the qualifier another label: the members' list named absent
        "Form: an absence label qualified by another label",
        "Fraværende medlemmer: Jens Hansen (A), Lise Berg (V)\n\nMedlemmer fraværende: Ole Bo\n",
        {("Jens Hansen", A, None), ("Lise Berg", A, None), ("Ole Bo", A, None)},
    ),
    (
        # "deltog i mødet som suppleant": the meeting between the verb and "som"; a first name in the genitive
        # says whom the substitute came for, the one absent member of that first name (Københavns Kommune, a
        # lokaludvalg, shortened; Hedensted Kommune, "deltog som suppleanter")
        "Københavns Kommune, lokaludvalg: whose substitute",
        "FRAVÆRENDE MED AFBUD:\n\nAnn Vikkelsø - det har ikke været muligt at få fat på suppleanten\n\n"
        "Anna Rosenblad - Suppleanten har også meldt afbud\n\nBeslutning\n\n"
        "Merete Ganshorn deltog i mødet som Anns suppleant fra kl. 20.\n",
        {("Ann Vikkelsø", A, None), ("Anna Rosenblad", A, None), ("Merete Ganshorn", S, "Ann Vikkelsø")},
    ),
    (
        # "Forfald", "Afbud fra" or "Deltog" alone on a line heads the list below it, as "Fraværende" does;
        # with names after it on its line it stays prose
        "Form: a prose label alone on its line",
        "Deltog\nJens Hansen (A)\nLise Berg (V)\n\nForfald\nOle Bo (C)\n\nAfbud fra\nKaren Holm (F)\n\n"
        "1. Godkendelse af dagsorden\n",
        {("Jens Hansen", P, None), ("Lise Berg", P, None), ("Ole Bo", A, None), ("Karen Holm", A, None)},
    ),
    (
        # a deputy's title with its ordinal before the name an apology names ("Afbud fra 1. suppleant X"): the
        # deputy is absent, and the substitute after stands in for the member, not the deputy (Københavns
        # Kommune, Amager Vest Lokaludvalg, flattened; "samt 1. suppleant Per Rømer" in a Glostrup board's list)
        "Københavns Kommune, Amager Vest Lokaludvalg",
        "Beslutning\n\nAfbud fra Jens Hansen. Afbud fra 1. suppleant Birger Pedersen. 2. suppleant Naja Hoffmeyer "
        "deltager i stedet.\n",
        {("Jens Hansen", A, None), ("Birger Pedersen", A, None), ("Naja Hoffmeyer", S, "Jens Hansen")},
    ),
    (
        # names run together (a table flattened), then a sentence of its own with a capital: the last name is
        # the list's, the sentence's names are not (Københavns Kommune, Amager Vest Lokaludvalg, flattened)
        "Københavns Kommune, Amager Vest Lokaludvalg: run-on names",
        "Referat\n\nUden afbud: Rasmus Petersen Bo Sand Birthe Illemann Inden mødet orienterede Ulla Støvelbæk og "
        "Berit Bro om arrangementet Lørdage på Musiktorvet.\n",
        {("Rasmus Petersen", A, None), ("Bo Sand", A, None), ("Birthe Illemann", A, None)},
    ),
    (
        # in names run together, "gik kl" or "kom kl" after a name says the member left early or came late, so
        # attended (Københavns Kommune, Nørrebro Lokaludvalg, flattened, the times lost)
        "Københavns Kommune, Nørrebro Lokaludvalg",
        "Referat\n\nFraværende uden afbud: Youssef Senounou Benny Hygum Gitte Jørgensen Mogens Petersen gik kl "
        "Hans Mejlshede gik kl\n",
        {
            ("Youssef Senounou", A, None),
            ("Benny Hygum", A, None),
            ("Gitte Jørgensen", A, None),
            ("Mogens Petersen", P, None),
            ("Hans Mejlshede", P, None),
        },
    ),
    (
        # "suppleant indkaldt, men deltager ikke": no one came instead, so the name after is no substitute;
        # two names run together with no separator are two absent members (Københavns Kommune, Nørrebro
        # Lokaludvalg, flattened)
        "Københavns Kommune, Nørrebro Lokaludvalg: apologies",
        "Referat\n\nAfbud David Jacobi Ottesen Henning C. Hansen, suppleant indkaldt, men deltager ikke Anja Kolby, "
        "suppleanter indkaldt, men kan ikke deltage Mette Jokumsen Annette Bellaoui, suppleant indkaldt, men "
        "deltager ikke Ibrahim Masri Sofie Kyllesbech, suppleant Tom Manczak deltager Fraværende uden afbud: "
        "Youssef Senounou\n",
        {
            ("David Jacobi Ottesen", A, None),
            ("Henning C. Hansen", A, None),
            ("Anja Kolby", A, None),
            ("Mette Jokumsen", A, None),
            ("Annette Bellaoui", A, None),
            ("Ibrahim Masri", A, None),
            ("Sofie Kyllesbech", A, None),
            ("Tom Manczak", S, "Sofie Kyllesbech"),
            ("Youssef Senounou", A, None),
        },
    ),
    (
        # a dash typed against the name before it, a remark in lower case after, separates as " - " does; a
        # double surname a flattening broke ("Lund- Larsen") is not cut (Københavns Kommune, Kgs. Enghave
        # Lokaludvalg)
        "Københavns Kommune, Kgs. Enghave Lokaludvalg",
        "FRAVÆRENDE MED AFBUD:\n\nDan Jønsson- suppleanten, Elisabeth Lindhardt, er indkaldt.\n\n"
        "Hanne Bierring - suppleanten Lasse Gadegaard er indkaldt\n\n",
        {
            ("Dan Jønsson", A, None),
            ("Elisabeth Lindhardt", S, "Dan Jønsson"),
            ("Hanne Bierring", A, None),
            ("Lasse Gadegaard", S, "Hanne Bierring"),
        },
    ),
    (
        # apologies one a sentence, flattened: a name alone in its sentence after an apology or a deputy's
        # sentence is one more apology, and the deputy called in after it comes for that member (Københavns
        # Kommune, Amager Vest Lokaludvalg, shortened); a name in a sentence of another kind is not
        "Københavns Kommune, Amager Vest Lokaludvalg: apologies one a sentence",
        "Referat\n\nAfbud fra 1. suppleant Birger Pedersen. Peter Hess-Nielsen. Afbud fra 1. suppleant Dorthe "
        "Pedersen. Helle Jønch. 1. suppleant Lajla Rasmussen var indkaldt. Ulla Støvelbæk orienterede.\n",
        {
            ("Birger Pedersen", A, None),
            ("Peter Hess-Nielsen", A, None),
            ("Dorthe Pedersen", A, None),
            ("Helle Jønch", A, None),
            ("Lajla Rasmussen", S, "Helle Jønch"),
        },
    ),
    (
        # in a list of the absent, the hour from or until which a member was away: away for part of the
        # meeting, so attended (Københavns Kommune, a lokaludvalg; "gik kl" at Nørrebro Lokaludvalg)
        "Københavns Kommune, lokaludvalg: away for part of the meeting",
        "Fraværende med afbud:\nJens Askov\n\nFraværende i mødet:\nKaroline Bendixen til kl. 18.40 i punkt 2\n"
        "Anne Rathleff fra kl. 21.33 i punkt 12\n\nFraværende uden afbud:\nJens Andersen\n",
        {
            ("Jens Askov", A, None),
            ("Karoline Bendixen", P, None),
            ("Anne Rathleff", P, None),
            ("Jens Andersen", A, None),
        },
    ),
    (
        # a word a PDF's line break hyphenated keeps its hyphen when flattened ("Lar-sen"): the name is the
        # word rejoined; a double surname's second part, with its capital, is kept (dev movia-bestyrelse-2015-09-02)
        "Form: a name hyphenated by a line break",
        "Til stede: Thomas Gyldal Petersen, Knud Lar-sen, Peter Hess-Nielsen.\n",
        {("Thomas Gyldal Petersen", P, None), ("Knud Larsen", P, None), ("Peter Hess-Nielsen", P, None)},
    ),
    (
        # a first name no absent member has names no one, and the lone absence is not paired with her
        "Form: whose substitute, no such member absent",
        "Fraværende: Jens Hansen\n\nBeslutning\n\nMerete Ganshorn deltog i mødet som Anns suppleant.\n",
        {("Jens Hansen", A, None), ("Merete Ganshorn", S, None)},
    ),
    (
        # the stand-in annotated in the absent member's bracket, two absent on the line: the bracket's label heads
        # no list of its own (Greve, Byråd 2025-01-29, each decision)
        "Greve Kommune, Byråd",
        "Afbud: Dorthe Bøgh Madsen, Torben Hoffmann (Stedfortræder: Conni Bergendorff)\n",
        {("Dorthe Bøgh Madsen", A, None), ("Torben Hoffmann", A, None), ("Conni Bergendorff", S, "Torben Hoffmann")},
    ),
    (
        # the stand-in in the list of those present with whom she came for, two absent (the portal's participant
        # name, Greve Byråd 2025-01-29): "stedfortræder for X" names the absent member, not a stand-in "for X"
        "Greve Kommune, participants",
        "Mødedeltagere\nSimon Østergaard\nConni Bergendorff (Stedfortræder for Torben Hoffmann)\n\nAfbud\n"
        "Dorthe Bøgh Madsen\nTorben Hoffmann\n\n",
        {
            ("Simon Østergaard", P, None),
            ("Conni Bergendorff", S, "Torben Hoffmann"),
            ("Dorthe Bøgh Madsen", A, None),
            ("Torben Hoffmann", A, None),
        },
    ),
    (
        # a line in capitals that opens with a label: the prose form and a labelled list, a party after the name
        "Form: a line in capitals (prose)",
        "AFBUD FRA LOTTE BARFOD, ENHEDSLISTEN\n\nBeslutning\nGodkendt.\n",
        {("Lotte Barfod", A, None)},
    ),
    (
        "Form: lines in capitals (lists)",
        "TIL STEDE: ANNE HANSEN (A), BO JENSEN (V)\nFRAVÆRENDE: CARL BERG (O)\n\nBeslutning\nGodkendt.\n",
        {("Anne Hansen", P, None), ("Bo Jensen", P, None), ("Carl Berg", A, None)},
    ),
    (
        # a heading in capitals with no label is no list: "GODKENDELSE AF DAGSORDEN" names no one
        "Form: a heading in capitals",
        "Deltagere: Anne Hansen, Bo Jensen\n\nGODKENDELSE AF DAGSORDEN OG REFERAT\nGodkendt.\n",
        {("Anne Hansen", P, None), ("Bo Jensen", P, None)},
    ),
    (
        # the definite label over a numbered list, a title before some names (Københavns Kommune, Økonomiudvalget)
        "Københavns Kommune, Økonomiudvalget",
        "Fraværende med afbud:\n\nIngen.\n\n \n\nDeltagerne var:\n\n1. Overborgmester Frank Jensen (A)\n\n"
        "2. Lars Weiss (A)\n\n3. Jonas Bjørn Jensen (A)\n\n \n\nDer blev lørdag den 28. marts 2020 udsendt en "
        "tillægsdagsorden.\n",
        {("Frank Jensen", P, None), ("Lars Weiss", P, None), ("Jonas Bjørn Jensen", P, None)},
    ),
    (
        # ... and an item's number after a list is no entry of it: "1. Godkendelse af dagsorden" ends the list
        "a list, then the first item",
        "Til stede:\nAnne Hansen\nBo Jensen\n\n1. Godkendelse af dagsorden\n\nCarl Nielsen orienterede.\n",
        {("Anne Hansen", P, None), ("Bo Jensen", P, None)},
    ),
    (
        # the staff present introduced in the present tense, as an agenda writes it ("Fra administrationen deltog:"
        # in dev midttrafik-repraesentantskab-2008-05-23) (Dragør Ældreråd)
        "Dragør Kommune, Ældrerådet",
        "Mødedeltagere:\n\nKnud Berggreen, Leif Ingersholm.\n\nFra administrationen deltager: Kristina Fransgaard "
        "(referent)\n\nAfbud fra adminsitrationen: Direktør Mette Jeppesen og Sundheds- og Omsorgschef "
        "Thyra Pallesen\n",
        {
            ("Knud Berggreen", P, None),
            ("Leif Ingersholm", P, None),
            ("Kristina Fransgaard", P, None),
            ("Mette Jeppesen", A, None),
            ("Thyra Pallesen", A, None),
        },
    ),
    (
        # a two-column members table flattened, an abbreviation of whom the member comes for after some names
        # (Gribskov Kommune, Handicaprådet; dev brn-bestyrelse-2017-01-27 "… BRN", ktc-bestyrelse-2010-11-26 "SPS")
        "Gribskov Kommune, Handicaprådet",
        "Medlemmer:\n\nBente Ullits Eckmann DH Annelise Hansen DH\nJonna Hildur Præst Pia Foght\n"
        "Kim G. Nielsen DH Helle Mariager\n   \n\nGodkendelse af dagsorden:\nGodkendt\n\n"
        "Fraværende:\nJonna Hildur Præst\n",
        {
            ("Bente Ullits Eckmann", P, None),
            ("Annelise Hansen", P, None),
            ("Jonna Hildur Præst", A, None),
            ("Pia Foght", P, None),
            ("Kim G. Nielsen", P, None),
            ("Helle Mariager", P, None),
        },
    ),
    (
        # a roster's header "Medlem: Suppleant:" over numbered members and their personal deputies (dev
        # taarnby-groent-raad-webpage; Gladsaxe Integrationsråd lists "Stedfortræder:" under each member): no
        # one stood in, in minutes too
        "a roster of members and deputies",
        "Medlemmer 2014-2017\n\nMedlem:   Suppleant:\n1. Jan Jakobsen, Kommunalbestyrelsen, Tårnby   Anders Krantz\n"
        "3. Betina Grimm, teknisk chef, Tårnby Kommune   Helle Myhre, kontorchef\n",
        set(),
    ),
    (
        # a stand-in comes from the absent member's own list: the one absence of the substitute's party, whatever
        # the order (same-party stand-ins: Rødovre "Birgitte Glifberg (A), Suppleant for Brian Møller (A)",
        # Hedensted "Jacob Ejs (A) var fraværende. Som stedfortræder deltog Helle Obenhausen Mortensen (A)")
        "stand-ins paired by party",
        "Afbud: Jens Hansen (A), Lise Jensen (V), Per Holm (C)\nStedfortrædere: Ole Berg (V), Bo Sørensen (A)\n",
        {
            ("Jens Hansen", A, None),
            ("Lise Jensen", A, None),
            ("Per Holm", A, None),
            ("Ole Berg", S, "Lise Jensen"),
            ("Bo Sørensen", S, "Jens Hansen"),
        },
    ),
    (
        # in a list of the absent, a bracket names the stand-in without a colon, the stand-in's party in a bracket
        # of its own (the bracket with a colon, "(Stedfortræder: Conni Bergendorff)", read already)
        "a stand-in in a bracket without a colon",
        "Afbud: Jens Hansen (A) (stedfortræder Ole Berg (A)), Lise Jensen (V)\n",
        {("Jens Hansen", A, None), ("Ole Berg", S, "Jens Hansen"), ("Lise Jensen", A, None)},
    ),
    (
        # the member list writes a middle initial, the absence under the first item drops it: one member, near
        # as the two are (Halsnæs, Udvalget for Miljø og Teknik; Dragør Ældreråd writes "Vagn E Larsen")
        "Halsnæs Kommune, Udvalget for Miljø og Teknik",
        "Medlemmer:\n\nJørgen L. Hansen (F), Formand\nWalter G. Christophersen (O)\nBent Andreasen (V)\n\n"
        "514. Godkendelse af dagsorden\n\nBeslutning\n\nDagsordnen godkendt.\n\n"
        "Fraværende med afbud: Walter Christophersen (O)\n",
        {("Jørgen L. Hansen", P, None), ("Walter G. Christophersen", A, None), ("Bent Andreasen", P, None)},
    ),
]


@pytest.mark.parametrize(("publisher", "text", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_attendance_in_published_forms(publisher: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {(a.name, a.status, a.for_) for a in find_attendance(text)} == expected


def _two_items(text: str, cut: str) -> list[AgendaItem]:
    """Item 3 up to ``cut``, item 4 from there."""
    at = text.index(cut)
    return [
        AgendaItem(number="3", title="Punkt 3", start=0, end=at),
        AgendaItem(number="4", title="Punkt 4", start=at, end=len(text)),
    ]


ITEM_ABSENCES: list[tuple[str, str, str, str, list[str]]] = [
    (
        "Holbæk Kommune, Byrådet",
        "Beslutning i Byrådet den 17-01-2018\nGodkendt.\n \nMorten Bjørn Nielsen deltog ikke i behandlingen af "
        "dette punkt.\n4. Godkendelse af ny styrelsesvedtægt\nGodkendt.\n",
        "4. Godkendelse",
        "Morten Bjørn Nielsen",
        ["3"],
    ),
    (
        "Køge Kommune, Klima- og Planudvalget",
        "Beslutning\n\nGodkendt.\n\nTorben Haack (F) deltog ikke under punkterne 3-4.\n\n2. Ikke støjende arbejde\n",
        "2. Ikke",
        "Torben Haack",
        ["3", "4"],
    ),
]


@pytest.mark.parametrize(
    ("publisher", "text", "cut", "name", "missed"), ITEM_ABSENCES, ids=[row[0] for row in ITEM_ABSENCES]
)
def test_absence_from_some_items_in_published_forms(
    publisher: str, text: str, cut: str, name: str, missed: list[str]
) -> None:
    rows = {a.name: a for a in find_attendance(text, _two_items(text, cut))}
    assert (rows[name].status, rows[name].absent_items) == ("present", missed)


# A vote names members who took part, read as present when the document lists no attendance; a party, a
# document with a list of those present and a case's history give none.
VOTES: list[tuple[str, str, set[str]]] = [
    (
        # names before "kunne (ikke) tiltræde", "tog forbehold" (dev aarhus-teknisk-udvalg-2025-10-01)
        "Aarhus Kommune, Teknisk Udvalg",
        "Beslutninger\nEt flertal i udvalget kunne tiltræde indstillingen.\nJesper Kjeldsen, Steffen Wich og Gert "
        "Bjerregaard kunne tiltræde indstillingen.\nJakob Søgaard Clausen tog forbehold.\nSolveig Munk kunne ikke "
        "tiltræde indstillingen.\nSocialistisk Folkeparti tog forbehold.\n",
        {"Jesper Kjeldsen", "Steffen Wich", "Gert Bjerregaard", "Jakob Søgaard Clausen", "Solveig Munk"},
    ),
    (
        # a roll of the vote: "For: N (names with parties)", "Imod: N (…)" (names shortened)
        "Fredensborg Kommune, Byrådet",
        "Der blev stemt om forslaget:\n\nFor: 3 (Bo Hilsted (A), Carsten Nielsen (A), Charlotte Sander (A))\n\n"
        "Imod: 2 (Kristian Heegaard (B), Lars Simonsen (B))\n\nListe B stemte imod, idet de ønsker en afgørelse.\n",
        {"Bo Hilsted", "Carsten Nielsen", "Charlotte Sander", "Kristian Heegaard", "Lars Simonsen"},
    ),
    (
        # "Et flertal bestående af A, B og C"; a party's vote names no one
        "Form: et flertal bestående af",
        "Beslutning\nGodkendt af et flertal bestående af Anne Hansen (A), Bo Jensen (V) og Carl Berg (O).\n"
        "Venstre stemte imod.\n",
        {"Anne Hansen", "Bo Jensen", "Carl Berg"},
    ),
    (
        # a list of those present: the vote adds no one
        "With a list",
        "Til stede: Anne Hansen, Bo Jensen\n\nBeslutning\nGodkendt. Carl Berg tog forbehold.\n",
        {"Anne Hansen", "Bo Jensen"},
    ),
    (
        # the vote of another meeting, in the case's history
        "In a history",
        "Sagens forløb\n19-08-2019 Magistraten\nAnbefales.\nKeld Hvalsø tog forbehold.\n\nBeslutning\nGodkendt.\n",
        set(),
    ),
]


@pytest.mark.parametrize(("publisher", "text", "expected"), VOTES, ids=[row[0] for row in VOTES])
def test_a_vote_names_members_present_when_no_list_does(publisher: str, text: str, expected: set[str]) -> None:
    rows = find_attendance(text)
    assert {a.name for a in rows} == expected
    assert all(a.status == "present" for a in rows)


# a page that records no meeting (a body's web page): the deputies it lists are each member's personal deputy,
# no one who stood in (Gladsaxe Kommune, Integrationsrådet; dev taarnby-groent-raad-webpage, "Medlem: Suppleant:")
NO_MEETING = (
    "Medlemmer udpeget af Gladsaxe Byråd\n\n \n\nChristina Rittig Falkberg (B)\nStedfortræder: Claus Wachmann (B)\n\n"
    "Michael Dorph Jensen (Ø)\nStedfortræder: Trine Henriksen (Ø)\n\nRåd\n"
)


def test_a_page_that_records_no_meeting_lists_no_stand_ins() -> None:
    assert [a for a in find_attendance(NO_MEETING, records_meeting=False) if a.status == "substitute"] == []
    # the same lines in minutes name who stood in
    assert "Claus Wachmann" in {a.name for a in find_attendance(NO_MEETING) if a.status == "substitute"}


def test_parse_reads_a_page_without_date_or_minutes_as_one_that_records_no_meeting() -> None:
    document = SourceDocument(path="/in/page.txt", name="page.txt", sha256="0" * 64, format="txt", text=NO_MEETING)
    assert [a for a in parse_meeting(document).attendance if a.status == "substitute"] == []
