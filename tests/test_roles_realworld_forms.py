"""Roles in the forms real minutes and web pages of boards state them (issue 13 item 4), one table:
each case is a short excerpt quoted from a dev document of tests/realworld or from a publisher's page
read beyond the corpus (names as printed there), with the (person, role, body) facts it must give and
those it must not give."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

MINUTES = "Referat\nMøde i Beredskabskommissionen den 3. maj 2011\n\nPunkt 1: Orientering\n\n"

Fact = tuple[str, str, str]  # (person, role, body); "*" is any role or body


def role_facts(tmp_path: Path, text: str) -> set[Fact]:
    facts = facts_of_text(tmp_path, text)
    return {(person, str(props.get("role")), body) for person, body, props in named_relations(facts, "HOLDS_ROLE")}


def _holds(found: set[Fact], fact: Fact) -> bool:
    person, role, body = fact
    return any(f[0] == person and role in ("*", f[1]) and body in ("*", f[2]) for f in found)


CASES: list[tuple[str, str, set[Fact], set[Fact]]] = [
    (
        # a board's web page: the owner in the heading, "Bestyrelsen består af", the title before a dash
        "a board page's list under 'Bestyrelsen består af', the owner named in its heading",
        "Om ARCs bestyrelse\n\nARC er ejet af fem kommuner i hovedstaden.\n\nBestyrelsen består af\n\n"
        "Andreas Keil (A) , formand – Københavns Kommune\n\nThyge Enevoldsen (Ø), næstformand – Frederiksberg "
        "Kommune\n\nKenneth Gøtterup (C) – Dragør Kommune\n",
        {
            ("Andreas Keil", "formand", "ARC"),
            ("Thyge Enevoldsen", "næstformand", "ARC"),
            # a member's seat is the board's the heading names (role_page_board_seats; the gold: "bestyrelsen for ARC")
            ("Kenneth Gøtterup", "medlem", "ARCs bestyrelse"),
        },
        {("Andreas Keil", "medlem", "*")},
    ),
    (
        "a numbered roster of two columns runs on past an entry whose name no name list knows",
        "Grønt råd\n\nMedlemmer 2014-2017\n\nMedlem:   Suppleant:\n"
        "1. Jan Jakobsen, Kommunalbestyrelsen, Tårnby   Anders Krantz\n"
        "9. Dirch Jansen Schmidt, Saltholmsejerlauget   Dirch Petersen\n"
        "10. Svend-Erik Fangel Petersen, Friluftsrådet   Ole Rasmussen\n"
        "11. Inge Christiansen, Dansk Ornitologisk Forening    Stefan Stürüp\n\n"
        "1. Godkendelse af dagsorden\n2. Bent Larsen orienterede\n",
        {
            ("Jan Jakobsen", "medlem", "*"),
            ("Anders Krantz", "suppleant", "*"),
            ("Svend-Erik Fangel Petersen", "medlem", "*"),
            ("Inge Christiansen", "medlem", "*"),
            ("Stefan Stürüp", "suppleant", "*"),
        },
        {("Bent Larsen", "medlem", "*")},
    ),
    (
        "a second title after a comma, in a list of a commission's members",
        "Beredskabskommission\n\nMedlemmerne er:\n\n"
        "Torsten Nielsen (C), Borgmester i Viborg Kommune, Formand for Beredskabskommissionen\n\n"
        "Steen Vindum (V), Borgmester i Silkeborg Kommune, Næstformand for Beredskabskommissionen\n\n"
        "Allan Clifford (V), Byrådsmedlem, Viborg\n",
        {
            ("Torsten Nielsen", "borgmester", "Viborg"),
            ("Torsten Nielsen", "formand", "Beredskabskommissionen"),
            ("Steen Vindum", "næstformand", "Beredskabskommissionen"),
        },
        {("Torsten Nielsen", "næstformand", "*"), ("Allan Clifford", "formand", "*")},
    ),
    (
        "a title joined by 'og' after a second name is that name's, not the first's",
        "Fire nye borgmestre i Movias bestyrelse\n\nResultatet er genvalg til Movias formand Thomas Gyldal "
        "Petersen, borgmester i Herlev (A) og næstformand Per Hovmand byrådsmedlem i Sorø Kommune og "
        "regionsrådsmedlem i Region Sjælland.\n",
        {("Thomas Gyldal Petersen", "borgmester", "*")},
        {("Thomas Gyldal Petersen", "regionsrådsmedlem", "*"), ("Thomas Gyldal Petersen", "byrådsmedlem", "*")},
    ),
    (
        "the minute-taker marked after the entry's workplace",
        MINUTES + "Deltagere Jacob Christensen, FKB s bestyrelse Henrik G. Petersen, BRS, Center for Forebyggelse "
        "Christian Eske Nielsen, BRS, Center for Forebyggelse (referent) Afbud René Bech\n",
        {("Christian Eske Nielsen", "referent", "*")},
        {("Henrik G. Petersen", "referent", "*")},
    ),
    (
        "the minute-taker of a list joined by 'og' is the last name's, one the name lists cannot read",
        MINUTES + "Fra administrationen deltog: direktør Jens Erik Sørensen og Danni Giørtz- Jørgensen (referent).\n",
        set(),
        {("Jens Erik Sørensen", "referent", "*")},
    ),
    (
        "the minute-taker in brackets right after the name",
        MINUTES + "Fra Kultur- og Fritidsforvaltningen:\n\nMads Kamp Hansen, Anders Christensen og Dennis Krabbe "
        "Sørensen (referent)\n",
        {("Dennis Krabbe Sørensen", "referent", "*")},
        {("Mads Kamp Hansen", "referent", "*"), ("Anders Christensen", "referent", "*")},
    ),
    (
        "titles in brackets after the names of a commission's members, with the workplace or a second title",
        MINUTES + "Deltagere:\n\nJens Kaasgaard (Politidirektør, Midt- og Vestjyllands Politi)\n\n"
        "Lone Gaisie (observatør – Vicekredsleder, Beredskabsforbundet)\n\n"
        "Kristine Grønbech-Jensen (observatør fra Beredskabsforbundet)\n\n"
        "Birgit Olsen (suppleant)(BO)\n",
        {
            ("Jens Kaasgaard", "politidirektør", "Midt- og Vestjyllands Politi"),
            ("Lone Gaisie", "observatør", "Beredskabskommissionen"),
            ("Lone Gaisie", "vicekredsleder", "Beredskabsforbundet"),
            ("Kristine Grønbech-Jensen", "observatør", "Beredskabskommissionen"),
            ("Birgit Olsen", "suppleant", "Beredskabskommissionen"),
        },
        {("Kristine Grønbech-Jensen", "observatør", "Beredskabsforbundet")},
    ),
    (
        "a party in brackets is no title, and a dash in brackets gives no workplace to a staff title",
        MINUTES + "Deltagere:\n\nOle Hansen (Venstre)\n\nPer Berg (direktør – se bilag)\n",
        set(),
        {("Ole Hansen", "*", "*"), ("Per Berg", "direktør", "se bilag")},
    ),
    (
        "an officer's title before a name, no body named, in a municipality's own minutes",
        "Brønderslev Kommune\nHandicaprådet - Referat\nDato: 27. oktober 2020\n\n3. Hjælpemidler\n\n"
        "Visitationschef Ellen Lykke, Faglig koordinator Vicki Schultz Lund og jurist Charlotte Bundgaard "
        "Andersen deltager under dette punkt.\n",
        {("Vicki Schultz Lund", "koordinator", "Brønderslev")},
        {("Ellen Lykke", "koordinator", "*")},
    ),
    (
        "an officer's title in an agency's own minutes is its staff's",
        MINUTES + "Konsulent Vicki Schultz Lund deltager under dette punkt.\n",
        {("Vicki Schultz Lund", "konsulent", "Beredskabskommissionen")},
        set(),
    ),
    (
        "… on a page of no body, the page's unnamed body's (the README's rule 1: a title printed with a name)",
        "Nyt om hjælpemidler\n\nKonsulent Vicki Schultz Lund fortalte om reglerne.\n",
        {("Vicki Schultz Lund", "konsulent", "unnamed body (doc.txt)")},
        set(),
    ),
    (
        "a mayor named without a municipality in a text that names one municipality and no other",
        "Ny bestyrelse i Hirtshals Havn\n\nMed valget har Hjørring Kommune prioriteret kontinuiteten i bestyrelsen. "
        "Hirtshals Havns bestyrelse består derudover af direktør Sven Buhrkall, borgmester Arne Boelt og "
        "byrådsmedlem Ole Ørnbøl.\n",
        {("Arne Boelt", "borgmester", "Hjørring"), ("Ole Ørnbøl", "byrådsmedlem", "Hjørring")},
        set(),
    ),
    (
        "… and neither of them in a text that names two: the title is kept, held in the body it is printed for",
        "Ny bestyrelse i Hirtshals Havn\n\nMed valget har Hjørring Kommune og Frederikshavn Kommune prioriteret "
        "kontinuiteten. Bestyrelsen består derudover af borgmester Arne Boelt og byrådsmedlem Ole Ørnbøl.\n",
        {("Arne Boelt", "borgmester", "*"), ("Ole Ørnbøl", "byrådsmedlem", "*")},
        {
            ("Arne Boelt", "borgmester", "Hjørring"),
            ("Arne Boelt", "borgmester", "Frederikshavn"),
            ("Ole Ørnbøl", "byrådsmedlem", "Hjørring"),
            ("Ole Ørnbøl", "byrådsmedlem", "Frederikshavn"),
        },
    ),
    (
        "a title with its adjective after a name, the workplace after it",
        MINUTES + "Deltagere:\nBetina Grimm, teknisk chef, Tårnby Kommune\n"
        "Helge Tang Holbek (HTH), operativ chef, Nordsjælland Politi\nJens Hansen, formand, Lise Jensen\n",
        {
            ("Betina Grimm", "teknisk chef", "Tårnby"),
            ("Helge Tang Holbek", "operativ chef", "*"),  # "Nordsjælland Politi" is read as a name
        },
        {("Jens Hansen", "formand", "Lise Jensen")},
    ),
    (
        "a table of name, initials and title flattened onto a line: each title is the name before's",
        "Referat af bestyrelsesmøde i KTC den 26. november 2010\n\nDeltagere: Torben Nøhr TN Formand Christian "
        "Bjerg CB Øvrige: Jesper Hedegaard JH IT- og specialkonsulent Ane Marie Clausen AMC Sekretariatsleder "
        "Dagsorden: Pkt. 1 Godkendelse af referat\n",
        {
            ("Torben Nøhr", "formand", "*"),
            ("Jesper Hedegaard", "it- og specialkonsulent", "*"),
            ("Ane Marie Clausen", "sekretariatsleder", "*"),
        },
        {("Ane Marie Clausen", "specialkonsulent", "*"), ("Christian Bjerg", "formand", "*")},
    ),
    (
        "a table of name and post flattened onto a line: a post named by its owner is the name before's",
        "Referat fra møde i REKU den 31. maj 2010\n\nDeltagere: Poul Erik Pedersen Region Hovedstaden Jan Eriksen "
        "Friluftsrådets direktør Mads Ellegaard Friluftsrådets sekretariat Casper Lindemann Friluftsrådets "
        "sekretariat\n",
        {("Jan Eriksen", "direktør", "Friluftsrådet")},
        {("Mads Ellegaard", "direktør", "*")},
    ),
    (
        "… but a title after a sentence's end is the next name's",
        "Referat fra møde i REKU den 31. maj 2010\n\nMødet blev ledet af Jan Eriksen. Movias direktør Mads "
        "Ellegaard orienterede.\n",
        {("Mads Ellegaard", "direktør", "Movia")},
        {("Jan Eriksen", "direktør", "*")},
    ),
    (
        "a chair's title joined by 'og' to a title in a municipality, after a listed name",
        "Movias bestyrelse\n\nMovias nye bestyrelse er valgt for perioden 2018-2021: \n\n"
        "  • Kirsten Jensen, bestyrelsesformand og borgmester i Hillerød (A)\n"
        "  • Per Hovmand, næstformand og byrådsmedlem i Sorø Kommune og regionsrådsmedlem i Region Sjælland (V)\n"
        "  • Mikael Smed, borgmester i Vordingborg Kommune (A)\n",
        {
            ("Kirsten Jensen", "bestyrelsesformand", "Movia"),
            ("Kirsten Jensen", "borgmester", "Hillerød"),
            ("Per Hovmand", "næstformand", "Movia"),
            ("Per Hovmand", "byrådsmedlem", "Sorø"),
            ("Per Hovmand", "regionsrådsmedlem", "*"),
        },
        {("Mikael Smed", "næstformand", "*"), ("Kirsten Jensen", "byrådsmedlem", "*")},
    ),
    (
        "a member leaving or joining a council's or a committee's seat named as the seat",
        "Referat af Ældrerådsmøde mandag den 3. april 2017\n\nSten Brincker (formand) meddelte, at han trækker sig "
        "fra posten som formand for Ældrerådet og samtidig udtræder som medlem af Ældrerådet med øjeblikkelig "
        "virkning.\n\nByrådet besluttede efter afstemning at godkende, at Helle Abild Hansen (I) udtræder som "
        "medlem af Kulturudvalget.\n",
        {
            ("Sten Brincker", "medlem", "Ældrerådet"),
            ("Helle Abild Hansen", "medlem", "Kulturudvalget"),
        },
        {("Sten Brincker", "medlem", "Ældrerådet med")},
    ),
    (
        "… not in a proposal",
        "Referat\nByrådet den 8. november 2016\n\nIndstilling\n\nAdministrerende direktør Rasmus Bjerregaard "
        "indstiller, at byrådet godkender, at Steen Klink indtræder som medlem af Udvalget for Læring og Trivsel.\n",
        set(),
        {("Steen Klink", "medlem", "*")},
    ),
    (
        "a bulleted list of a council's members runs on past a name no name list knows",
        "Brønderslev Kommune\nIntegrationsrådet - Referat\nDato: 22. marts 2018\n\nSagsfremstilling\n\n"
        "Integrationsrådet består af:\n\n • Martin Bech - valgt blandt Byrådets medlemmer\n"
        " • Abeer Abo Kalefh - valgt blandt borgere under integrationsloven\n"
        " • Bjarne Axelsen - valgt af Idrætssamvirke i Brønderslev\n • Pia Uth - valgt af skolebestyrelserne\n"
        " • Erhvervslivet - der er ikke udpeget en repræsentant herfra.\n\nJens Hansen orienterede.\n",
        {
            ("Martin Bech", "medlem", "*"),
            ("Bjarne Axelsen", "medlem", "*"),
            ("Pia Uth", "medlem", "*"),
        },
        {("Jens Hansen", "medlem", "*")},
    ),
    (
        "a seat on the board of an abbreviation whose genitive's apostrophe a PDF lost",
        "Referat af møde i Udvalget for Forebyggelse, onsdag den 26. juni 2013 Deltagere Jacob Christensen, FKB s "
        "bestyrelse Flemming Nygaard-Jørgensen, FKB s bestyrelse Lars Bønding, FKB, kreds 2\n",
        {
            ("Jacob Christensen", "bestyrelsesmedlem", "FKB"),
            ("Flemming Nygaard-Jørgensen", "bestyrelsesmedlem", "FKB"),
        },
        {("Lars Bønding", "bestyrelsesmedlem", "*")},
    ),
    (
        "a new member welcomed as the seat",
        "Referat\nMøde i Ældrerådet den 3. april 2017\n\nJens Hansen blev budt velkommen som nyt medlem af "
        "Ældrerådet.\n\nFormanden bød velkommen til Lise Berg som nyt medlem.\n\nFormanden bød velkommen til "
        "Ole Holm, der deltog som gæst.\n",
        {("Jens Hansen", "medlem", "Ældrerådet"), ("Lise Berg", "medlem", "Ældrerådet")},
        {("Ole Holm", "*", "*")},
    ),
    (
        "a mayor in a cross-municipal body's minutes is not given the one municipality they name",
        "Referat\nBestyrelsesmøde i Nordjyllands Trafikselskab den 4. december 2020\n\nBorgmester Arne Boelt "
        "orienterede. Busruten til Aalborg Kommune ændres.\n",
        {("Arne Boelt", "borgmester", "Bestyrelsen i Nordjyllands Trafikselskab")},  # the document's body
        {("Arne Boelt", "borgmester", "Aalborg")},
    ),
    (
        # kk.dk, a committee's page that names neither itself nor a municipality
        "titles in a list of those present on a page that names no body: held in the page's unnamed body",
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nTilstede var:\nOverborgmester Frank Jensen\n\n"
        "Borgmester Ninna Thomsen\nBorgmester Pia Allerslev\n\nObservatør Claus Friis\n\nDagsorden godkendt.\n",
        {
            ("Frank Jensen", "overborgmester", "unnamed body (doc.txt)"),
            ("Ninna Thomsen", "borgmester", "unnamed body (doc.txt)"),
            ("Pia Allerslev", "borgmester", "unnamed body (doc.txt)"),
            ("Claus Friis", "observatør", "unnamed body (doc.txt)"),
        },
        set(),
    ),
    (
        # an association's minutes on its web site: the meeting's posts labelled where a sentence opens
        "the meeting's referent and dirigent labelled mid-line, 'Valg af dirigent: NAME'",
        "Referat fra bestyrelsesmøde 2014\n\nVejle, mandag d. 7. april 2014. Referent: Anette Torvin Møller. "
        "Valg af dirigent: Helle Thagesen. Godkendelse af referat 2013: Godkendt uden bemærkninger.\n",
        {("Anette Torvin Møller", "referent", "*"), ("Helle Thagesen", "dirigent", "*")},
        {("Helle Thagesen", "referent", "*")},
    ),
    (
        "a chair and a referent titled before their names on a page that names no body",
        "Referat arbejdsgruppemøde 26. januar 2017\n\nTil stede var Formand Frank Hulgaard og kulierne Louisa "
        "Carlsen og Jørn Bæk.\n\nØkonomi og budget blev gennemgået.\n\nReferent Jørn Bæk\n",
        {("Frank Hulgaard", "formand", "*"), ("Jørn Bæk", "referent", "*")},
        {("Louisa Carlsen", "*", "*")},
    ),
    (
        "a treasurer is a seat of the board the text is about",
        "Byting får kollektiv ledelse\n\nNu kommer der en overgangsperiode med tre personer i ledelsen. Det er "
        "Kaj Erik Mortensen, Leif Olsen og kasserer Marianne Anker.\n",
        {("Marianne Anker", "kasserer", "*")},
        {("Leif Olsen", "kasserer", "*")},
    ),
    (
        "elected as the meeting's dirigent after the name and its town",
        "Generalforsamling 2017\n\n1. Valg af dirigent\n    Aase Nyegaard, Sønderborg, blev valgt som dirigent.\n",
        {("Aase Nyegaard", "dirigent", "*")},
        set(),
    ),
    (
        # a centre's board news (Hillerød): the verb after the name, the post after "som", no body named
        "a post taken with the verb after the name and the post after 'som'",
        "Nyt fra bestyrelsen 7. maj 2019\n\nBestyrelsen har enstemmigt besluttet, at Erik Ingerslev pr. 1. juli 2019 "
        "tiltræder som ny formand.\n\nSamtidig tiltræder Lauritz Ehlers den ledige post som næstformand.\n",
        {("Erik Ingerslev", "formand", "*"), ("Lauritz Ehlers", "næstformand", "*")},
        set(),
    ),
    (
        # a local paper (Halsnæs): the post left, its municipality after it
        "a post left, 'fratræder … sin stilling som direktør i X Kommune'",
        "Direktør skifter job\n\nKim Jørgensen fratræder med virkning fra 1. januar 2018 sin stilling som direktør "
        "i Halsnæs Kommune for i stedet at tiltræde en stilling i Helsingør Kommune.\n",
        {("Kim Jørgensen", "direktør", "Halsnæs")},
        set(),
    ),
    (
        # a local paper (Glostrup): entering a committee as its vice chair
        "entering a committee as its vice chair: the committee the verb names",
        "Ny udvalgsformand\n\nIna-Maria Nielsen træder ind i Social- og Sundhedsudvalget som næstformand.\n",
        {("Ina-Maria Nielsen", "næstformand", "Social- og Sundhedsudvalget")},
        set(),
    ),
    (
        "a substitute entering a meeting is attendance, not a post",
        MINUTES + "Lise Holm indtræder som stedfortræder i stedet for Jens Hansen.\n",
        set(),
        {("Lise Holm", "stedfortræder", "*")},
    ),
    (
        # affaldplus-bestyrelsen-2016-01-29 (dev), kk-lokaludvalg (dev), a trade paper's note (Gribskov)
        "a standing substitute's seat printed before the name",
        MINUTES + "Afbud: Kurt Munck, suppleant Martin Hillerup deltog\n\nChristoffer Rosenkrands havde meldt afbud. "
        "1. suppleant Thomas Bryde-Procida var indkaldt, men mødte ikke frem.\n\nPartiets 1. suppleant er Pernille "
        "Kromann Sams, men hun ønsker ikke at indtræde.\n",
        {
            ("Martin Hillerup", "suppleant", "*"),
            ("Thomas Bryde-Procida", "1. suppleant", "*"),
            ("Pernille Kromann Sams", "1. suppleant", "*"),
        },
        {("Kurt Munck", "suppleant", "*"), ("Christoffer Rosenkrands", "*", "*")},
    ),
    (
        # midttrafik-repraesentantskab-2008-05-23 (dev)
        "a named member's substitute ('dennes suppleant NAME') and one standing in for a named member are no seat",
        MINUTES + "Afbud Bo Fibiger og dennes suppleant Carsten Bech (Syddjurs Kommune).\n\n"
        "Suppleant Lise Holm (A) for Jens Hansen (A) deltog.\n",
        set(),
        {("Carsten Bech", "suppleant", "*"), ("Lise Holm", "suppleant", "*")},
    ),
    (
        "a title parse read in a list of those present, no workplace printed: held in the body the list is about",
        "Møde i styregruppen\n\nDeltagere:\n• Rektor Hans Kirk\n• Lise Holm\n",
        {("Hans Kirk", "rektor", "Styregruppen")},
        {("Lise Holm", "*", "*")},
    ),
    (
        "a list labelled as members on a page whose body parse did not name: members of the page's unnamed body",
        "Beslutningsprotokol\n\nMedlemmer: Arne Leyh Petersen, Kurt Andresen, Eivind Underbjerg Hansen\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n",
        {
            ("Arne Leyh Petersen", "medlem", "unnamed body (doc.txt)"),
            ("Kurt Andresen", "medlem", "unnamed body (doc.txt)"),
            ("Eivind Underbjerg Hansen", "medlem", "unnamed body (doc.txt)"),
        },
        set(),
    ),
    (
        # veks-news-ny-formand-2014-01-14 (dev)
        "the verb before a titled name, the post after 'som': 'tiltrådte borgmester i X NAME som ny formand for Y'",
        "VEKS\n\nVed årsskiftet tiltrådte borgmester i Albertslund Kommune Steen Christiansen som ny formand for "
        "VEKS. Formandsvalget skete ved bestyrelsens konstituering.\n",
        {("Steen Christiansen", "formand", "VEKS")},
        set(),
    ),
    (
        # a local paper (Glostrup): the committees a member's clauses enter; entering as a chair gives the title only
        "committees entered after the name: medlem of each, the title alone where one is printed",
        "Ny udvalgsformand\n\nSophie Dahl Brohus bliver formand for Børne- og Skoleudvalget, træder ind i "
        "Kulturudvalget.\nLeif Meyer Olsen træder ind i Børne- og Skoleudvalget.\nIna-Maria Nielsen træder ind "
        "i Social- og Sundhedsudvalget som næstformand.\n",
        {
            ("Sophie Dahl Brohus", "medlem", "Kulturudvalget"),
            ("Leif Meyer Olsen", "medlem", "Børne- og Skoleudvalget"),
            ("Ina-Maria Nielsen", "næstformand", "Social- og Sundhedsudvalget"),
        },
        {("Ina-Maria Nielsen", "medlem", "*"), ("Sophie Dahl Brohus", "medlem", "Børne- og Skoleudvalget")},
    ),
    (
        # rm-digital-sundhed-2020-08-18 and regionsjaelland-webpage-sundhedskoordinationsudvalget (dev)
        "a director or a chief in a text that names no body of theirs: held in the body it is about",
        "Udvalg vedrørende digital sundhed\n\nFra administrationen deltager it-direktør Claus Wegener Kofoed.\n\n"
        "• Lone Lindsby, Koncerndirektør\n",
        {("Claus Wegener Kofoed", "direktør", "*"), ("Lone Lindsby", "koncerndirektør", "*")},
        set(),
    ),
    (
        "a party's or an association's secretary general is no officer of the municipality",
        "Hjørring Kommune\nByrådet - Referat\nDato: 4. juni 2015\n\nGeneralsekretær Jens Olsen fra Danske "
        "Handicaporganisationer orienterede.\n",
        set(),
        {("Jens Olsen", "generalsekretær", "Hjørring")},
    ),
    (
        "the one who welcomes is not given the seat of the one welcomed",
        "Referat\nMøde i Handicaprådet den 3. april 2017\n\nJens Hansen bød velkommen til næstformand Lise Holm.\n\n"
        "Ole Berg bød velkommen til formand for Handicaprådet Lise Berg.\n",
        {("Lise Holm", "næstformand", "*")},
        {("Jens Hansen", "*", "*"), ("Ole Berg", "*", "*")},
    ),
    (
        "a title after an enumeration's letter is the next name's; after a party's bracket, the name before's",
        "Fredensborg Kommune\nSeniorrådet - Referat\nDato: 4. juni 2015\n\nGæster: a) Økonomichef Mads "
        "Toftegaard Madsen og sekretariatschef Mie Gudmundsson\n\nMedlemmer: Birgit S. Hansen (A), Formand "
        "Bjarne Kvist (A)\n",
        {("Mads Toftegaard Madsen", "økonomichef", "Fredensborg"), ("Mie Gudmundsson", "sekretariatschef", "*")},
        {("Bjarne Kvist", "formand", "*")},
    ),
    (
        "a chief of one of the municipality's departments, named before the name and a comma",
        "Fredensborg Kommune\nSeniorrådet - Referat\nDato: 4. juni 2015\n\nb) Souschef i Ældre og Handicap, "
        "Susanne Samuelsen kl Tema: Byrådets Ældrepolitik.\n\nFormand i Kolding Byråd, Jens Hansen, deltog.\n",
        {("Susanne Samuelsen", "souschef", "Fredensborg")},
        {("Jens Hansen", "formand", "Fredensborg")},
    ),
    (
        "a board page whose heading names a person's board is no owner",
        "Om Jens Hansens bestyrelse\n\nBestyrelsen består af\n\nAndreas Keil (A) , formand – Københavns Kommune\n",
        set(),
        {("Andreas Keil", "formand", "Jens Hansen")},
    ),
    (
        # regionsjaelland-webpage-sundhedskoordinationsudvalget (dev)
        "a members' heading that names its body, the list running on past its groups' headings",
        "Sundhedskoordinationsudvalget\n\nMedlemmer af Sundhedskoordinationsudvalget\n\nRegion\n\n"
        " • Lone Lindsby, Koncerndirektør\n • Formand Anne Møller Ronex (B), Regionsrådet\n"
        " • Camilla Hove Lund (V), Regionsrådet\n\nKommuner\n\n • Kommunaldirektør Claus Thykjær, Greve Kommune\n"
        " • Pernille Beckmann (V), Greve kommune\n\nPraktiserende læger\n\n • Diana Jensen\n\n"
        "Administrativ kontaktperson\nChefkonsulent Dorthe Fischer Mathiesen\n",
        {
            ("Lone Lindsby", "medlem", "Sundhedskoordinationsudvalget"),
            ("Anne Møller Ronex", "formand", "Sundhedskoordinationsudvalget"),
            ("Claus Thykjær", "medlem", "Sundhedskoordinationsudvalget"),
            ("Claus Thykjær", "kommunaldirektør", "Greve"),
            ("Pernille Beckmann", "medlem", "Sundhedskoordinationsudvalget"),
            ("Diana Jensen", "medlem", "Sundhedskoordinationsudvalget"),
        },
        {("Anne Møller Ronex", "medlem", "*"), ("Dorthe Fischer Mathiesen", "medlem", "*")},
    ),
    (
        # nationalpark-skjoldungernes-land-webpage-organisation (dev): a table printed one cell a line
        "a board's members listed with their nominators one cell a line, under a column's heading",
        "Nationalparkrådet\n\nBestyrelsesmedlemmer\n\nFormand\n\nLars Vedsmand\n\n"
        "Bestyrelsesmedlemmer:\n\nIndstillet af:\n\nJoy Mogensen\n\nRoskilde Kommune\n\nCarsten Rasmussen\n\n"
        "Lejre Kommune\n\nSekretariat\n\nPer Hansen\n",
        {
            ("Lars Vedsmand", "formand", "*"),
            ("Joy Mogensen", "medlem", "*"),
            ("Carsten Rasmussen", "medlem", "*"),
        },
        {("Lars Vedsmand", "medlem", "*"), ("Per Hansen", "*", "*")},
    ),
    (
        # hedensted.dk, a page of the council's task committees (read beyond the corpus)
        "a members' heading naming a committee in lower case, names listed on one line or one a line",
        "§ 17. stk. 4 udvalg\n\nByrådet nedsætter i så fald et udvalg for hver opgave.\n\n"
        "Faste medlemmer af opgaveudvalget for Tværgående politik er:\n\nErik Kvist og Mette Juhl.\n\n"
        "Medlem af § 17. stk. 4 udvalg for erhvervscampus er:\nKirsten Terkilsen\nOve Kjærskov Nielsen\n",
        {
            ("Erik Kvist", "medlem", "opgaveudvalget for Tværgående politik"),
            ("Mette Juhl", "medlem", "opgaveudvalget for Tværgående politik"),
            ("Kirsten Terkilsen", "medlem", "§ 17. stk. 4 udvalg for erhvervscampus"),
            ("Ove Kjærskov Nielsen", "medlem", "§ 17. stk. 4 udvalg for erhvervscampus"),
        },
        set(),
    ),
    (
        # kl.dk, a news item on KL's chairmanship (read beyond the corpus)
        "a chair's title right before a municipal title, in a list of a body's chairmanship",
        "KL’s nye bestyrelse og formandskab\n\nI den resterende periode består KL’s formandskab af:\n\n"
        "  • Formand borgmester Erik Nielsen (S), Rødovre Kommune\n  • Næstformand Erik Fabrin (V), Rudersdal "
        "Kommune\n  • Borgmester Anker Boye (S), Odense Kommune\n",
        {
            ("Erik Nielsen", "formand", "KL"),
            ("Erik Nielsen", "borgmester", "Rødovre"),
            ("Erik Fabrin", "næstformand", "KL"),
            ("Anker Boye", "borgmester", "Odense"),
        },
        {("Anker Boye", "formand", "*"), ("Erik Fabrin", "formand", "*")},
    ),
    (
        # folkebladet.dk on Brøndby's constituting meeting (read beyond the corpus)
        "a post taken ('løb med posten som') beside a post elected to",
        "Nu er holdet sat i Brøndby\n\nSom det første herefter blev Maja Højgaard (S) valgt som 1. viceborgmester, "
        "mens Tom Bech Fredriksen (DF) løb med posten som 2. viceborgmester.\n",
        {("Maja Højgaard", "1. viceborgmester", "Brøndby"), ("Tom Bech Fredriksen", "2. viceborgmester", "Brøndby")},
        {("Maja Højgaard", "2. viceborgmester", "*")},
    ),
    (
        # nationalpark-thy-bestyrelse-2009-03-02, mjbr-beredskabskommission-webpage (dev)
        "the minute-taker who took part as such; a secretary's label naming the body",
        MINUTES + "Ib Nord Nielsen deltog som referent. Jens Hansen deltog som gæst.\n\n"
        "Sekretær for Beredskabskommissionen: Klaus V. Hebsgaard\n",
        {("Ib Nord Nielsen", "referent", "*"), ("Klaus V. Hebsgaard", "sekretær", "Beredskabskommissionen")},
        {("Jens Hansen", "*", "*")},
    ),
    (
        # kommunalret-generalforsamling-2018-04-17, movia-bestyrelse-2015-09-02, arc-webpage-bestyrelse (dev)
        "an acting title after a name; an observer of the staff, titled before the name or elected as such",
        MINUTES + "Desuden er Ole Edvardsen valgt som medarbejderobservatør.\n\nTil stede var Jens Mandrup og "
        "medarbejder-observatør Thomas Damkjær Petersen.\n\nBestyrelsen indstiller Katrine Harlou, konstitueret "
        "kontorchef i Ankestyrelsen, som nyt bestyrelsesmedlem.\n",
        {
            ("Katrine Harlou", "kontorchef", "Ankestyrelsen"),
            ("Thomas Damkjær Petersen", "medarbejder-observatør", "Beredskabskommissionen"),
            ("Ole Edvardsen", "medarbejderobservatør", "Beredskabskommissionen"),
        },
        {("Jens Mandrup", "*", "*")},
    ),
    (
        # rudersdal-hoersholm-beredskabskommission-2011-05-03 (dev): a members' list flattened onto a line
        "a chair's title closing an entry after its workplace is that entry's, not the next title's",
        MINUTES + "MEDLEMMER: Borgmester Erik Fabrin (EF), Rudersdal Kommune, formand Borgmester Morten Slotved "
        "(MS), Hørsholm Kommune Birgitte Schjerning Povlsen (BSP), Rudersdal Kommune\n",
        {("Erik Fabrin", "formand", "Beredskabskommissionen"), ("Morten Slotved", "borgmester", "Hørsholm")},
        {("Morten Slotved", "formand", "*"), ("Birgitte Schjerning Povlsen", "formand", "*")},
    ),
    (
        "… and with no title of its own after it, the next name does not take the chair's title",
        MINUTES + "MEDLEMMER: Borgmester Erik Fabrin (EF), Rudersdal Kommune, formand Morten Slotved (MS), Hørsholm "
        "Kommune Birgitte Schjerning Povlsen (BSP), Rudersdal Kommune\n",
        {("Erik Fabrin", "formand", "Beredskabskommissionen")},
        {("Morten Slotved", "formand", "*")},
    ),
    (
        # movia-news-bestyrelse-2018-01-15, hirtshals-havn-news-konstituering-2014 (dev)
        "a relative clause with 'tillige'; a title in a body named by its words right before the name",
        "Movias nye bestyrelse\n\nRegion Sjælland har genudpeget Peter Jacobsen (O), som tillige er viceborgmester i "
        "Kalundborg Kommune.\n\nHirtshals Havns bestyrelse består derudover af direktør Sven Buhrkall, næstformand i "
        "Danske Metal Vendsyssel Mogens Bjerre og byrådsmedlem Ole Ørnbøl.\n",
        {
            ("Peter Jacobsen", "viceborgmester", "Kalundborg"),
            ("Mogens Bjerre", "næstformand", "Danske Metal Vendsyssel"),
        },
        {("Ole Ørnbøl", "næstformand", "*"), ("Sven Buhrkall", "næstformand", "*")},
    ),
    (
        # lyngby-taarbaek-integrationsraadet-2015-09-10 (dev)
        "a seat after a name with another after a slash",
        MINUTES + "Til stede:\nSara Al-Saudi, observatør/mulig ny suppleant\n",
        {("Sara Al-Saudi", "observatør", "Beredskabskommissionen")},
        set(),
    ),
    (
        # brk.dk, Bornholm's page of its beredskabskommission (read beyond the corpus)
        "a members' heading naming its body in the genitive; a seat in brackets instead of the heading's",
        "Beredskabskommissionen\n\nBeredskabskommissionens medlemmer er:\n\n  • Borgmester, Winni Grosbøll\n"
        "  • Tom Idon Nielsen\n  • René Danielsson\n  • Kristine Grønbech-Jensen (observatør fra Beredskabsforbundet)"
        "\n\nOversigt\n\nReferater:\n\n4. september 2019\n",
        {
            ("Winni Grosbøll", "medlem", "Beredskabskommissionen"),
            ("Tom Idon Nielsen", "medlem", "Beredskabskommissionen"),
            ("René Danielsson", "medlem", "Beredskabskommissionen"),
            ("Kristine Grønbech-Jensen", "observatør", "Beredskabskommissionen"),
        },
        {("Kristine Grønbech-Jensen", "medlem", "*")},
    ),
    (
        # the forms of news items on boards' elections (as FynBus', Fjernvarme Fyn's and KL's pages write them)
        "a board that elects, as the clause's subject; a title's holder 'fra' a body no list knows",
        "Ny formand\n\nBestyrelsen i Fjernvarme Fyn har valgt Jens Hansen som ny formand.\n\n- Vi er glade, siger "
        "direktør Carsten Rasmussen fra FynBus.\n\n- Det er godt, siger formand Ole Berg fra Fyn.\n",
        {("Jens Hansen", "formand", "Fjernvarme Fyn"), ("Carsten Rasmussen", "direktør", "FynBus")},
        {("Ole Berg", "*", "Fyn")},
    ),
    (
        # assens-byraadet-2017-12-13 (dev): a page that lost its items' headings; the party after a comma
        "the one elected under a 'Valg af borgmester' line, a party's letter after a comma",
        "Assens Kommune\nReferat\nByrådet den 13. december 2017\n\nMedlemmer: Søren Steen Andersen, Charlotte Vincent "
        "Petersen\n\n  Valg af borgmester for funktionsperioden 1. januar 2018 – 31. december 2021.\n\n"
        "  Beslutning Byrådet den 13-12-2017\n\n  Søren Steen Andersen, V blev bragt i forslag.\n\n"
        "  Søren Steen Andersen, V blev valgt.\n",
        # the members' list is the council's members (the README's roles rule 2); only the elected is mayor
        {("Søren Steen Andersen", "borgmester", "Assens"), ("Charlotte Vincent Petersen", "medlem", "*")},
        {("Charlotte Vincent Petersen", "borgmester", "*")},
    ),
    (
        # midttrafik-repraesentantskab-2008-05-23, kommunalret-generalforsamling-2018-04-17 (dev)
        "the one elected in an item 'Valg af dirigent' chairs the meeting of its body",
        "Referat\nMøde i Midttrafiks repræsentantskab den 23. maj 2008\n\n1. Valg af dirigent\n\nBestyrelsesformanden "
        "foreslog næstformand Peter Thyssen. Beslutning: Peter Thyssen blev valgt.\n\n2. Regnskab 2007\n\nGodkendt.\n",
        {("Peter Thyssen", "dirigent", "*")},
        set(),
    ),
    (
        # sydtrafik-bestyrelse-2013-01-25 (dev); jv-news-trekantomraadet-formand-2018-01's form, shortened
        "a new holder of a post announced before the name",
        "Referat\nBestyrelsesmøde i Sydtrafik den 25. januar 2013\n\nPunkt 1: Orientering\n\nDer er kommet ny direktør "
        "på Vestbanen: Jens Kristian Ørnskov. Ny formand for Trekantområdet er Jens Ejner Christensen.\n",
        {("Jens Kristian Ørnskov", "direktør", "Vestbanen"), ("Jens Ejner Christensen", "formand", "Trekantområdet")},
        set(),
    ),
    (
        # ktc-bestyrelse-2010-11-26 (dev)
        "an editor's title after the initials in a table flattened onto a line",
        "Referat af bestyrelsesmøde i KTC den 26. november 2010\n\nDeltagere: Torben Nøhr TN Formand Øvrige: Irene "
        "Brandt IB Redaktør Jesper Hedegaard JH IT- og specialkonsulent Dagsorden: Pkt. 1 Godkendelse af referat\n",
        {("Irene Brandt", "redaktør", "*")},
        {("Jesper Hedegaard", "redaktør", "*")},
    ),
    (
        # news of Fredericia's and Faxe's new directors (read beyond the corpus)
        "the verb before the name and the title bare after it; a new job 'som direktør for' a body no list knows",
        "Ny direktør\n\nFra den 1. august 2019 er Michael Holst kommunaldirektør i Fredericia Kommune.\n\n"
        "Da kommunens daværende kommunaldirektør Carsten Riis fik nyt job som direktør for Metroselskabet & "
        "Hovedstadens Letbane i august, blev Thomas Knudsen konstitueret i stillingen.\n",
        {("Michael Holst", "kommunaldirektør", "Fredericia"), ("Carsten Riis", "direktør", "Metroselskabet")},
        {("Carsten Riis", "direktør", "Region Hovedstaden")},
    ),
    (
        # kl.dk, the news of KL's new chairmanship, 2018 (read beyond the corpus)
        "a members' heading 'Medlemmerne af X er:' over entries opening with a chair's title or another title",
        "Ny formand og næstformand i KL\n\nMedlemmerne af KL's formandskab er:\n\n • Formand Jacob Bundsgaard (A), "
        "Aarhus Kommune\n • Næstformand Martin Damm (V), Kalundborg Kommune\n • Borgmester Anker Boye (S), Odense "
        "Kommune\n",
        {
            ("Jacob Bundsgaard", "formand", "*"),
            ("Martin Damm", "næstformand", "*"),
            ("Anker Boye", "medlem", "KL's formandskab"),
            ("Anker Boye", "borgmester", "Odense"),
        },
        {("Jacob Bundsgaard", "medlem", "*")},
    ),
    (
        # roedovre-kommunalbestyrelsen-2019-09-24 (dev): the council's attendance list under 'Medlemmer'
        "a roster some of whose names are the meeting's attendance is the members' list: medlem, a title instead",
        "Kommunalbestyrelsen\n\n24-09-2019\n\nMedlemmer\n\nFormand Erik Nielsen (A)\nMichel Berg (A)\nBritt Jensen (A)"
        "\nBrian Møller (A)\n\nFraværende\n\nBritt Jensen (A), sag 129-138\nBrian Møller (A), sag 129-138\n\n"
        "Sag nr. 129\n\nBeslutning\n\nTaget til efterretning.\n",
        # the README's roles rule 2: each listed member is "medlem", the one titled in the list holds the title;
        # a member also listed under "Fraværende" (for some items) keeps the seat
        {("Britt Jensen", "medlem", "*"), ("Brian Møller", "medlem", "*"), ("Michel Berg", "medlem", "*")},
        {("Erik Nielsen", "medlem", "*")},
    ),
    (
        # vaekstforum-nordjylland-2017-11-30 (dev): a members' table flattened onto a line
        "a seat in the chairmanship in brackets after a name of a body's member list",
        "Referat\nMøde i Vækstforum den 30. november 2017\n\nPunkt 1: Velkomst\n\nMedlem Ulla Astman (i formandskab) "
        "Henrik Ringbæk Madsen Lone Sondrup Lars Møller (i formandskab) Thomas Kastrup-Larsen\n",
        # … the other names of the column are the body's members (README roles rule 2, role_member_columns)
        {
            ("Ulla Astman", "medlem af formandskab", "*"),
            ("Lars Møller", "medlem af formandskab", "*"),
            ("Henrik Ringbæk Madsen", "medlem", "*"),
            ("Lone Sondrup", "medlem", "*"),
        },
        {("Ulla Astman", "medlem", "*"), ("Lars Møller", "medlem", "*")},
    ),
    (
        # lemvig-kommunalbestyrelsen-infref4351 (dev): a member's seats listed when the member leaves the council
        "the committees a bulleted list after 'NAME er valgt til følgende udvalg' names",
        "Lemvig Kommune\nReferat\nKommunalbestyrelsen den 26. april 2017\n\n1 Stefan Agger - udtræden\n\n"
        "Stefan Agger er valgt til følgende udvalg m.v.\n\n·         Familie- og Kulturudvalget.\n\n"
        "·         Social- og Sundhedsudvalget.\n\n·         Lokalhistorisk Arkiv.\n",
        {
            ("Stefan Agger", "medlem", "Familie- og Kulturudvalget"),
            ("Stefan Agger", "medlem", "Social- og Sundhedsudvalget"),
        },
        {("Stefan Agger", "medlem", "Lokalhistorisk Arkiv")},
    ),
    (
        # aabenraa-byraadet-2022-11-30 (dev): the council's minutes list its members under "Medlemmer:"
        "members listed under 'Medlemmer:' in a body's own minutes are its members",
        "Byrådet\nReferat\nMødedato: 30. november 2022\n\nMedlemmer: Jan Riber Jakobsen, Rasmus Elkjær Larsen, "
        "Dorte Soll\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n",
        {("Jan Riber Jakobsen", "medlem", "*"), ("Rasmus Elkjær Larsen", "medlem", "*"), ("Dorte Soll", "medlem", "*")},
        set(),
    ),
    (
        # affaldplus-bestyrelsen-2016-01-29 (dev): a board's minutes list it under "Bestyrelsen:"; the one who
        # stood in for an absent member that day holds no seat
        "members listed under 'Bestyrelsen:' are the board's; a substitute of the day is not",
        "Bestyrelsesmøde 29. januar 2016\n\nBestyrelsen: Niels O. Pedersen, Villum Christensen og Kurt Munck\n\n"
        "Afbud: Kurt Munck, suppleant Martin Hillerup deltog\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n",
        {("Niels O. Pedersen", "medlem", "*"), ("Villum Christensen", "medlem", "*")},
        {("Martin Hillerup", "medlem", "*")},
    ),
    (
        # a list of who was present names no seats (tests/realworld/README.md, roles rule)
        "a list under 'Til stede:' gives no member rows",
        "Byrådet\nReferat\nMødedato: 30. november 2022\n\nTil stede: Jan Riber Jakobsen, Dorte Soll\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n",
        set(),
        {("Jan Riber Jakobsen", "medlem", "*"), ("Dorte Soll", "medlem", "*")},
    ),
    (
        # rm-digital-sundhed-2020-08-18 (dev): the body by its kind's word, a count before the list's colon, a
        # chair's title in brackets after the party (rule 2: that title, no medlem beside it)
        "'Udvalget består af syv regionsrådsmedlemmer:' and a list one a line, a chair's title in brackets",
        "Om udvalget\nUdvalget består af syv regionsrådsmedlemmer:\n- Niels Erik Iversen (A) (formand)\n"
        "- Birgit Marie Christensen (A)(næstformand)\n- John G. Christensen (A)\n- Hanne Roed (B)\n",
        {
            ("Niels Erik Iversen", "formand", "*"),
            ("Birgit Marie Christensen", "næstformand", "*"),
            ("John G. Christensen", "medlem", "*"),
            ("Hanne Roed", "medlem", "*"),
        },
        {("Niels Erik Iversen", "medlem", "*"), ("Birgit Marie Christensen", "medlem", "*")},
    ),
    (
        # rm-webpage-sundhedskoordinationsudvalget-2021 (dev): rosters under the seat's plural word and under a
        # group's adjective, a chair's title in brackets after the party
        "rosters under 'Regionsrådsmedlemmer:' and 'Kommunale medlemmer:', '(A) (formand)'",
        "Sundhedskoordinationsudvalget\n\nRegionsrådsmedlemmer:\nHenrik Fjeldgaard (A) (formand)\n"
        "Annette Roed (A)\n\n\n"
        "Kommunale medlemmer:\nNils Borring (A), Favrskov\nLone Langballe (O), Viborg\n",
        {
            ("Henrik Fjeldgaard", "formand", "Sundhedskoordinationsudvalget"),
            ("Annette Roed", "medlem", "Sundhedskoordinationsudvalget"),
            ("Nils Borring", "medlem", "Sundhedskoordinationsudvalget"),
            ("Lone Langballe", "medlem", "Sundhedskoordinationsudvalget"),
        },
        {("Henrik Fjeldgaard", "medlem", "*"), ("Annette Roed", "regionsrådsmedlemmer", "*")},
    ),
    (
        # gladsaxe.dk, the senior council's page (read beyond the corpus): a roster's entry with its title after a dash
        "a roster's entry 'NAME - formand: mail', the title after a dash",
        "Seniorrådet\n\nKontakt Seniorrådets medlemmer:\n\nMinna Vadskjær - formand: minvad@gladsaxe.dk\n\n"
        "Lis Smidsholm - næstformand: lissmi@gladsaxe.dk\n\nJørn Guldberg: joegul@gladsaxe.dk\n",
        {
            ("Minna Vadskjær", "formand", "*"),
            ("Lis Smidsholm", "næstformand", "*"),
            ("Jørn Guldberg", "medlem", "*"),
        },
        {("Minna Vadskjær", "medlem", "*"), ("Lis Smidsholm", "medlem", "*")},
    ),
    (
        # rm-digital-sundhed-2020-08-18 (dev): a body parse did not name, named by the document's heading line,
        # holds the roles its unnamed body would
        "a page whose heading line names its body: the roles are held in that body, not an unnamed one",
        "Dagsordener og referater fra midlertidigt udvalg vedrørende digital sundhed\n\n"
        "Konsulent Vicki Schultz Lund fortalte om reglerne.\n",
        {("Vicki Schultz Lund", "konsulent", "udvalg vedrørende digital sundhed")},
        {("Vicki Schultz Lund", "konsulent", "unnamed body (doc.txt)")},
    ),
    (
        # the bare kind's word in running prose may mean any committee the text names: no list, no rows
        "'Udvalget består af' in running prose gives no member rows",
        "Udvalget består af borgmesteren og to medlemmer af byrådet, Jens Hansen og Lise Holm, som udpeges.\n",
        set(),
        {("Jens Hansen", "medlem", "*"), ("Lise Holm", "medlem", "*")},
    ),
    (
        # gribskov-grundejerkontaktudvalg-2009-09-10 (dev): a staff list, the title before its department with no
        # comma between
        "a staff entry 'Name - Title Department' holds the title",
        MINUTES + "Deltagere:\n\nChristian Sabber Jensen - Fagchef Plan og Byg\n\nVibeke Meno - Teamleder Spildevand\n",
        {("Christian Sabber Jensen", "fagchef", "*"), ("Vibeke Meno", "teamleder", "*")},
        set(),
    ),
    (
        # vaeksthus-hovedstadsregionen (dev): a guest list flattened onto a line, the title before the municipality
        "a list entry 'Name, title Municipality Kommune' holds the title; a title before the next name is not its",
        MINUTES + "Deltagere: Søren Hyldgaard, kommunalbestyrelsesmedlem Rudersdal Kommune Max Damgaard, "
        "Teamleder Henrik Norup\n",
        {("Søren Hyldgaard", "kommunalbestyrelsesmedlem", "*")},
        {("Max Damgaard", "teamleder", "*")},
    ),
    (
        # vaeksthus-hovedstadsregionen (dev), rudersdal-hoersholm-beredskab (dev): a second title after the first
        "a list entry 'Name, Formand, Borgmester Municipality Kommune' holds both titles",
        MINUTES + "Deltagere: Henrik Rasmussen, Formand, Borgmester Vallensbæk Kommune Jesper Würtzen, Næstformand, "
        "Borgmester Ballerup Kommune\n",
        {
            ("Henrik Rasmussen", "formand", "*"),
            ("Henrik Rasmussen", "borgmester", "*"),
            ("Jesper Würtzen", "næstformand", "*"),
            ("Jesper Würtzen", "borgmester", "*"),
        },
        {("Henrik Rasmussen", "næstformand", "*")},
    ),
    (
        # norddjurs-erhverv-arbejdsmarked-2018-05-23 (dev): a header table's labels flattened before their values
        "the names under 'Medlemmer:' a PDF flattened beside 'Fraværende:' are members",
        "1 Erhvervs- og arbejdsmarkedsudvalget BESLUTNINGSPROTOKOL Dato: Onsdag den 23. maj 2018 Medlemmer: "
        "Fraværende: Else Søjmark (A) Lars Pedersen (A) Lars Sørensen (V) Michael Vejlstrup (I) Norddjurs Kommune\n",
        {("Else Søjmark", "medlem", "*"), ("Lars Sørensen", "medlem", "*"), ("Michael Vejlstrup", "medlem", "*")},
        set(),
    ),
    (
        # taarnby-kommunalbestyrelsen-2013-04-30 (dev): the place's label first, its value before the members
        "the names under 'Medlemmer: Afbud:' after the meeting room's value are members",
        "Referat til Kommunalbestyrelsen Mødedato: Tirsdag den 30. april 2013 Mødelokale: Medlemmer: Afbud: "
        "Kommunalbestyrelsens mødesal Henrik Zimino, Allan S. Andersen, Arne Hansen og Camilla Schwalbe\n",
        {("Henrik Zimino", "medlem", "*"), ("Allan S. Andersen", "medlem", "*"), ("Camilla Schwalbe", "medlem", "*")},
        set(),
    ),
    (
        # vallensbaek-kommunalbestyrelsen-2014-03-26 (dev): three labels, the place's value an address of eight words
        "the names under 'Medlemmer: Afbud: Fraværende:' after a long address are members, a title in brackets kept",
        "Referat Dato: Onsdag den 26. marts 2014 Mødelokale: Medlemmer: Afbud: Fraværende: 068 mødelokale på "
        "Rådhuset Vallensbæk Stationstorv Vallensbæk Strand Henrik Rasmussen (borgmester), Søren Wiborg, "
        "Anette Eriksen\n",
        {("Henrik Rasmussen", "borgmester", "*"), ("Søren Wiborg", "medlem", "*"), ("Anette Eriksen", "medlem", "*")},
        set(),
    ),
    (
        # variants: another absence label ('Forfald'), and lists with no "Medlemmer:" label, which give no member
        "'Medlemmer: Forfald:' gives members; 'Deltagere: Afbud:' and 'Fraværende:' alone give none",
        "Referat Økonomiudvalget Medlemmer: Forfald: Jens Hansen (V), Lise Holm (A)\n\n"
        "Punkt 2: Orientering\n\nDeltagere: Afbud: Peter Nielsen (C), Karen Olsen (O)\n\nFraværende: Ole Berg\n",
        {("Jens Hansen", "medlem", "*"), ("Lise Holm", "medlem", "*")},
        {("Peter Nielsen", "medlem", "*"), ("Karen Olsen", "medlem", "*"), ("Ole Berg", "medlem", "*")},
    ),
    (
        # rebildavis-news-lokalraad-noerager-2016, stevns-news-nyt-beredskab-2019-11-27 (dev)
        "the names a line lists after a label of members ('Menige medlemmer: A og B') are members",
        "Lokalrådet ser således ud:\nMenige medlemmer: Gert Rubæk og Finn Christensen\n\n"
        "  • Tre medlemmer udpeget af Økonomiudvalget: Steen S. Hansen, Bjarne Nielsen og Jørgen Larsen\n",
        {
            ("Gert Rubæk", "medlem", "*"),
            ("Finn Christensen", "medlem", "*"),
            ("Bjarne Nielsen", "medlem", "*"),
            ("Jørgen Larsen", "medlem", "*"),
        },
        set(),
    ),
    (
        # variants: brackets of a party or an organisation; a post in the brackets; a line that says more than names;
        # a list of who was absent
        "a label of members before names with brackets; not a post's brackets, a sentence or an absence list",
        "Øvrige bestyrelsesmedlemmer: Jens Hansen (V), Lise Holm (Dansk Byggeri) samt Peter Nielsen (formand)\n\n"
        "På generalforsamlingen blev valgt ét nyt medlem til bestyrelsen: Erik Fuchs fra Orø.\n\n"
        "Fraværende medlemmer: Karen Olsen, Ole Berg\n",
        {("Jens Hansen", "medlem", "*"), ("Lise Holm", "medlem", "*")},
        {("Peter Nielsen", "medlem", "*"), ("Karen Olsen", "medlem", "*"), ("Ole Berg", "medlem", "*")},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_role_forms_from_real_text(tmp_path: Path, text: str, present: set[Fact], absent: set[Fact]) -> None:
    found = role_facts(tmp_path, text)
    assert [f for f in present if not _holds(found, f)] == [], found
    assert [f for f in absent if _holds(found, f)] == [], found


def test_a_date_before_the_verb_before_the_name_dates_the_role(tmp_path: Path) -> None:
    # the inverted clause of a Fredericia news item (read beyond the corpus): the date opens the clause
    facts = facts_of_text(
        tmp_path, "Ny direktør\n\nFra den 1. august 2019 er Michael Holst kommunaldirektør i Fredericia Kommune.\n"
    )
    dated = {(p, str(props.get("valid_from"))) for p, _, props in named_relations(facts, "HOLDS_ROLE")}
    assert ("Michael Holst", "2019-08-01") in dated
