"""Titled roles in list and prose forms minutes print at many publishers (issue 13 item 4), one table:
each case is an excerpt in the shape real minutes and member pages print it (names as printed in a dev
document of tests/realworld where one is quoted), with the (person, role) facts it must give and those it
must not give."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Referat af møde i Handicaprådet\n\n"


CASES: list[RoleCase] = [
    (
        "staying in a post said with 'forbliver (også) som', as 'fortsætter som' (a local paper's committee news); "
        "never the verb of a thing",
        "Annie Arnoldsen Petersen forbliver også som formand for Social- og Sundhedsudvalget. Vandpriserne forbliver "
        "inden for rammen, siger Ole Berg.",
        {("Annie Arnoldsen Petersen", "formand")},
        {("Ole Berg", "formand")},
    ),
    (
        "a title after a dash closes its entry in a list flattened onto a line",
        "Til stede: Jens Hansen - formand, Lise Holm - næstformand, Peter Nielsen - kasserer",
        {("Jens Hansen", "formand"), ("Lise Holm", "næstformand"), ("Peter Nielsen", "kasserer")},
        {("Lise Holm", "formand"), ("Peter Nielsen", "næstformand")},
    ),
    (
        "a chair's title in brackets after the entry's workplace (a member page of Region Midtjylland's)",
        "Kommunale medlemmer:\nIb Boye Lauritsen (V), Ikast-Brande (næstformand)\nNils Borring (A), Favrskov\n"
        "Lone Langballe (O), Viborg",
        {("Ib Boye Lauritsen", "næstformand")},
        {("Nils Borring", "næstformand"), ("Lone Langballe", "næstformand")},
    ),
    (
        "a chair's title in brackets after the municipality of the entry",
        "Medlemmer:\nJens Hansen, Odense Kommune (formand)\nLise Holm, Vejle Kommune (næstformand)\n"
        "Peter Nielsen, Kolding Kommune",
        {("Jens Hansen", "formand"), ("Lise Holm", "næstformand")},
        {("Peter Nielsen", "formand"), ("Peter Nielsen", "næstformand")},
    ),
    (
        "a post held for now, in brackets after the name (Region Syddanmark's Vækstforum: '(fungerende formand)')",
        "Deltagere:\nCarl Nielsen (fungerende formand), Johnny Søtrup, Lise Holm (konstitueret næstformand)",
        {("Carl Nielsen", "fungerende formand"), ("Lise Holm", "konstitueret næstformand")},
        {("Johnny Søtrup", "fungerende formand")},
    ),
    (
        "an abbreviated 'acting' before the title before the name (Sydtrafik: 'Konst. direktør Christian Roslev')",
        "Deltagere: kst. centerchef Lise Holm og fg. direktør Jens Hansen",
        {("Lise Holm", "centerchef"), ("Jens Hansen", "direktør")},
        set(),
    ),
    (
        "a title and its body after a dash, one entry a line (Gribskov's Grundejerkontaktudvalg)",
        "Jan Ferdinandsen - formand for Teknisk Udvalg\n\nErik Kjærsgaard - Teknisk Udvalg\n\n"
        "Karen Olsen – direktør for Teknik og Miljø",
        {("Jan Ferdinandsen", "formand"), ("Karen Olsen", "direktør")},
        {("Erik Kjærsgaard", "formand")},
    ),
    (
        "the region's chair spelt without the linking s (Øresundskomiteen's facts page)",
        "Frem til den 6. november er Region Hovedstadens regionrådsformand Sophie Hæstorp Andersen (S) formand i "
        "Öresundskomiteen.",
        {("Sophie Hæstorp Andersen", "regionrådsformand")},
        set(),
    ),
    (
        "an officer by profession, before the name or after it with the body (Brønderslev, Greve)",
        "Visitationschef Ellen Lykke, Faglig koordinator Vicki Schultz Lund og jurist Charlotte Bundgaard Andersen "
        "deltager under dette punkt.\n\nJanne Kofod Hansen, jurist i Greve Kommune deltager i punktets behandling.",
        {("Charlotte Bundgaard Andersen", "jurist"), ("Janne Kofod Hansen", "jurist")},
        set(),
    ),
    (
        "a post on the line above its holder, a page of posts (Læsø's news of the constitution)",
        "Nogle af de andre poster blev ved aftalen fordelt således:\n\nViceborgmester\n\n"
        "Tobias B. Johansen (V)\n\n \n\n"
        "Økonomiudvalg (incl. beskæftigelse og erhverv)\n\nKarsten Nilsen (DF)\n\nBente Faurholt (L)",
        {("Tobias B. Johansen", "viceborgmester")},
        {("Karsten Nilsen", "viceborgmester"), ("Bente Faurholt", "viceborgmester")},
    ),
    (
        "a contact page's entries of name, then title, then an e-mail address (a board's page in Favrskov)",
        "Bestyrelsen består af følgende personer\n\nAnders Christensen\n\nFormand\n\napc@example.dk\n\n"
        "Finn Jensen\n\nNæstformand\n\nfj@example.dk",
        {("Anders Christensen", "formand"), ("Finn Jensen", "næstformand")},
        {("Finn Jensen", "formand")},
    ),
    (
        "a signature: the name, then the title on the line below",
        "Med venlig hilsen\n\nJens Hansen\nKommunaldirektør",
        {("Jens Hansen", "kommunaldirektør")},
        set(),
    ),
    (
        "a list of names one a line under a title's line is no pair of name and title",
        "Sekretær\nLise Holm\nPeter Nielsen\nKaren Olsen",
        set(),
        {("Lise Holm", "sekretær"), ("Peter Nielsen", "sekretær"), ("Karen Olsen", "sekretær")},
    ),
    (
        "a bare director's title before the name in a municipality's own minutes (Greve, Ringkøbing-Skjern)",
        "Greve Kommune\n\nDenne sag handler om at godkende at direktør Morten Bøgelund Andersens direktørstilling "
        "ændres.\n\nUdvalget besøger Tarm Bogtryk, hvor direktør Stig Madsen holder et oplæg om virksomheden.",
        {("Morten Bøgelund Andersen", "direktør"), ("Stig Madsen", "direktør")},
        set(),
    ),
    (
        "a re-appointment's verb with its prefix (AU Herning's news)",
        "Desuden er tidligere videnskabsminister Helge Sander, Herning, blevet genudpeget som formand for Eksternt "
        "Råd.",
        {("Helge Sander", "formand")},
        set(),
    ),
    (
        "the minute-taker as a list's title after a comma, or with the initials in brackets (Væksthus, Vadehavet)",
        "Deltagere: Søren Hyldgaard, kommunalbestyrelsesmedlem Rudersdal Kommune Marlene Haugaard, referent, "
        "Direktør Væksthus Hovedstadsregionen\n\nNationalparksekretariatet Alette Houman Dyhrfjeld (AHD, Referent)",
        {("Marlene Haugaard", "referent"), ("Alette Houman Dyhrfjeld", "referent")},
        {("Søren Hyldgaard", "referent")},
    ),
    (
        "a firm's professional with the firm named after the title (Greve)",
        "Poul Hvilsted, advokat i Horten samt Janne Kofod Hansen, jurist i Greve Kommune deltager i punktets "
        "behandling.",
        {("Poul Hvilsted", "advokat"), ("Janne Kofod Hansen", "jurist")},
        {("Janne Kofod Hansen", "advokat")},
    ),
    (
        "a signature whose title names its body on the line below the name (a centre board's letter)",
        "Den opståede vakance besættes ikke nu.\n\nPoul Christiansen\nFormand for Centerbestyrelsen\n",
        {("Poul Christiansen", "formand")},
        set(),
    ),
    (
        "a mayor of an area before the name, in a member list (Region Hovedstaden's coordination committee)",
        "Medlemmer:\n • Byrådsmedlem Birgit Roswall (V), Gribskov Kommune\n • Sundheds- og omsorgsborgmester "
        "Sisse Marie Berendt Welling (F), Københavns Kommune\n • Teknik- og miljøborgmester Line Barfod (Ø), "
        "Københavns Kommune",
        {
            ("Sisse Marie Berendt Welling", "sundheds- og omsorgsborgmester"),
            ("Line Barfod", "teknik- og miljøborgmester"),
        },
        set(),
    ),
    (
        "a post announced, then the one candidate 'blev valgt' (Københavns Kommune's Folkeoplysningsudvalg)",
        "Beslutning\n\nRikke Lauritzen stillede op til posten som formand. Der var ingen andre kandidater og Rikke "
        "Lauritzen blev valgt enstemmigt.\n\nAnders Gredal Berner stillede op til posten som næstformand. Der var "
        "ingen andre kandidater og Anders Gredal Berner blev valgt enstemmigt.",
        {("Rikke Lauritzen", "formand"), ("Anders Gredal Berner", "næstformand")},
        {("Rikke Lauritzen", "næstformand"), ("Anders Gredal Berner", "formand")},
    ),
    (
        "two posts announced together name no one's post",
        "Valg af formand og næstformand\n\nJens Hansen og Lise Holm blev valgt.",
        set(),
        {("Jens Hansen", "formand"), ("Lise Holm", "formand"), ("Lise Holm", "næstformand")},
    ),
    (
        "the meeting's chair by its label in a minutes template's header (Gribskov: 'Mødeleder: Jan Ferdinandsen')",
        "Mødeleder: Jan Ferdinandsen\n\nReferent: Grethe Larsen\n\n1. Godkendelse af dagsorden\nGodkendt.",
        {("Jan Ferdinandsen", "mødeleder"), ("Grethe Larsen", "referent")},
        {("Grethe Larsen", "mødeleder"), ("Jan Ferdinandsen", "referent")},
    ),
    (
        "the meeting's chair's label after a full stop, on the line of another label",
        "Mødeleder: Anna Hansen. Referent: Bo Ek. Til stede: Per Lund.",
        {("Anna Hansen", "mødeleder"), ("Bo Ek", "referent")},
        {("Per Lund", "mødeleder"), ("Bo Ek", "mødeleder")},
    ),
    (
        "two chairs' labels on one line, after a full stop",
        "Formand: Bo Ek (A). Næstformand: Anna Hansen (V). Per Lund (C)",
        {("Bo Ek", "formand"), ("Anna Hansen", "næstformand")},
        {("Bo Ek", "næstformand"), ("Per Lund", "næstformand")},
    ),
    (
        "two chairs' labels on one line, after a comma: the second label is the next name's, not the first's title",
        "Formand: Bo Ek (A), næstformand: Anna Hansen (V)",
        {("Bo Ek", "formand"), ("Anna Hansen", "næstformand")},
        {("Bo Ek", "næstformand"), ("Anna Hansen", "formand")},
    ),
    (
        "a title in brackets after the party's bracket",
        "Til stede: Anna Hansen (A) (formand), Bo Ek (V) (næstformand), Per Lund (C)",
        {("Anna Hansen", "formand"), ("Bo Ek", "næstformand")},
        {("Per Lund", "formand"), ("Per Lund", "næstformand"), ("Bo Ek", "formand")},
    ),
    (
        "a municipal title after the name and its comma where the text names no municipality (as one before it)",
        "Til stede: Anna Hansen, borgmester, og Bo Ek, kommunaldirektør. Per Lund, løsgænger",
        {("Anna Hansen", "borgmester"), ("Bo Ek", "kommunaldirektør")},
        {("Per Lund", "løsgænger"), ("Bo Ek", "borgmester")},
    ),
    (
        "a chief of a department whose name runs on in lower case (Holbæk: 'Chef for Aktiv hele livet Karen Schur')",
        "Indstilling\nChef for Aktiv hele livet Karen Schur indstiller, at\n\nDirektør for Børn og unge Bo Ek deltog.",
        {("Karen Schur", "chef"), ("Bo Ek", "direktør")},
        set(),
    ),
    (
        "a director of a body named by an abbreviation with an ampersand, between commas before the name (Nationalpark "
        "Thy: 'direktøren for S&N, Hans Henrik Christensen, Ejner Frøkjær og …')",
        "På et møde mellem direktøren for S&N, Hans Henrik Christensen, Ejner Frøkjær og Ditte Svendsen, blev det "
        "drøftet.",
        {("Hans Henrik Christensen", "direktør")},
        {("Ejner Frøkjær", "direktør"), ("Ditte Svendsen", "direktør")},
    ),
    (
        "the chair of the body the text is about, named by its kind, before the name",
        "Til stede var formanden for udvalget, Bo Ek, og direktør Per Lund. Næstformand for rådet Anna Hansen bød "
        "velkommen.",
        {("Bo Ek", "formand"), ("Anna Hansen", "næstformand")},
        {("Per Lund", "formand")},
    ),
    (
        "a chair's title between commas after a name closes that name's entry; without the comma after it, it opens "
        "the next (Midttrafik: 'Kurt Andreasen (Favrskov Kommune), næstformand for bestyrelsen Bjarne Schmidt "
        "Nielsen')",
        "Bestyrelsen: Ejner Frøkjær, formand for bestyrelsen, Bo Ek\n\nKurt Andreasen (Favrskov Kommune), næstformand "
        "for bestyrelsen Bjarne Schmidt Nielsen (Region Midtjylland)",
        {("Ejner Frøkjær", "formand"), ("Bjarne Schmidt Nielsen", "næstformand")},
        {("Bo Ek", "formand"), ("Kurt Andreasen", "næstformand")},
    ),
    (
        "a title and its body in lower-case words before a comma before the name (Limfjordsrådet: 'teamleder for "
        "jordfordelingsplanlæggerne, Jesper Graversen')",
        "Sekretariatet har haft møde med teamleder for jordfordelingsplanlæggerne, Jesper Graversen og faglig "
        "koordinator Jesper Blaabjerg. Til stede: Bo Ek, formand for foreningen, Per Lund, Lise Holm, direktør for "
        "Teknik og Miljø, Anna Hansen",
        {("Jesper Graversen", "teamleder"), ("Jesper Blaabjerg", "koordinator"), ("Lise Holm", "direktør")},
        {
            ("Jesper Blaabjerg", "teamleder"),
            ("Per Lund", "formand"),
            ("Lise Holm", "formand"),
            ("Anna Hansen", "direktør"),
        },
    ),
    (
        "an election in the present tense, the elected's municipality between the name and the post (Norddjurs, VEKS)",
        "Kommunalbestyrelsen udpeger Jens Meilvang (I) med Steen Jensen (O) som stedfortræder.\n\nBestyrelsen "
        "genvalgte kommunalbestyrelsesmedlem Laurids Christensen fra Høje Taastrup Kommune som næstformand i VEKS.",
        {("Steen Jensen", "stedfortræder"), ("Laurids Christensen", "næstformand")},
        {("Jens Meilvang", "stedfortræder")},
    ),
    (
        "the meeting's posts said of the name ('fungerede som mødeleder', 'var dirigent', 'var referent')",
        "Anna Hansen fungerede som mødeleder. Bo Ek var dirigent og Per Lund var referent.",
        {("Anna Hansen", "mødeleder"), ("Bo Ek", "dirigent"), ("Per Lund", "referent")},
        {("Bo Ek", "referent"), ("Per Lund", "dirigent")},
    ),
    (
        # sn.dk on Østsjællands Beredskab (dev), a Greenland municipality's and a local paper's pages (read beyond)
        "a new chair's or deputy's post said after the name with no body after it ('er ny næstformand.')",
        "Michael Ziegler er ny næstformand. Randi Evaldsen (D) er ny 1. viceborgmester, og Uju Petersen (IA) er "
        "ny 2. viceborgmester.\n\nHer bliver Pia Hess Larsen næstformand. Ole Berg (C) blev formand, mens Bo Ek er "
        "medlem. Lis Holm er formand for foreningens venner i Ishøj, og Eva Lund er næstformandens sekretær.",
        {
            ("Michael Ziegler", "næstformand"),
            ("Randi Evaldsen", "1. viceborgmester"),
            ("Uju Petersen", "2. viceborgmester"),
            ("Pia Hess Larsen", "næstformand"),
            ("Ole Berg", "formand"),
        },
        {("Bo Ek", "medlem"), ("Eva Lund", "næstformand"), ("Randi Evaldsen", "2. viceborgmester")},
    ),
    (
        # silkeborgnyt and sn.dk on Østsjællands Beredskab (dev), rnn.dk on a council's committees (read beyond)
        "the post before the verb and the name: a mayor's post, a chair's with its term, 'fortsat' or 'hedder'",
        "Ny 2. viceborgmester er formanden for Børne- og Ungeudvalget Søren Kristensen (S). Formand de næste to år "
        "er Greves borgmester Pernille Beckmann (V). Næstformanden hedder Peter Mikkelsen. Ny borgmester bliver "
        "Jens Hansen (V). Næstformand bliver fortsat Ole Berg. Formand er Eva Lund, og 1. viceborgmester er "
        "Bo Ek, mens Karen Olsen siger, at Lis Holm er glad.",
        {
            ("Søren Kristensen", "2. viceborgmester"),
            ("Pernille Beckmann", "formand"),
            ("Peter Mikkelsen", "næstformand"),
            ("Jens Hansen", "borgmester"),
            ("Ole Berg", "næstformand"),
            ("Bo Ek", "1. viceborgmester"),
        },
        {("Eva Lund", "1. viceborgmester"), ("Lis Holm", "1. viceborgmester"), ("Karen Olsen", "1. viceborgmester")},
    ),
    (
        # KL's board page (dev); the same heading with "for perioden" and an entry of a name no list knows, variants
        "a roster under 'Medlemmerne af X i valgperioden 2018-2022 er:', its chair's entry '• Formand: NAME'",
        "Medlemmerne af Ældrerådet i valgperioden 2018-2022 er:\n\n • Formand: Jens Hansen (A), Aarhus\n\n"
        " • Næstformand: Lise Holm (V), Kolding\n\n • Xqwer Yzzel (O), Aarhus\n\n • Peter Nielsen (B), Rebild\n\n"
        "Medlemmer af Handicaprådet for perioden 2022-2025:\n • Karen Olsen\n • Ole Berg (C)\n\nLæs mere om rådet.",
        {
            ("Jens Hansen", "formand"),
            ("Lise Holm", "næstformand"),
            ("Peter Nielsen", "medlem"),
            ("Karen Olsen", "medlem"),
            ("Ole Berg", "medlem"),
        },
        {("Jens Hansen", "medlem"), ("Lise Holm", "medlem")},
    ),
    (
        # Frederiksberg's proposals and a Nordjyske news item on Skagen's committee (dev); variants written here
        "a title in the plural before a list of names: each listed name holds it in the singular",
        "Forslag fra rådmænd Lotte Kofoed, Gunvor Wibroe og Freja Fokdal (B) om sang. Udvalget består af borgmester "
        "Hans Rex (V) og byrådsmedlemmerne Gunnar Karlsen (A) og Jens Borup (V). Det foreslår "
        "kommunalbestyrelsesmedlemmerne Sine Heltberg, Malte Løcke samt Ruben Kidde. De to borgmestre mødtes med "
        "Ole Berg, og rådmændene er enige, siger Eva Lund.",
        {
            ("Lotte Kofoed", "rådmand"),
            ("Gunvor Wibroe", "rådmand"),
            ("Freja Fokdal", "rådmand"),
            ("Gunnar Karlsen", "byrådsmedlem"),
            ("Jens Borup", "byrådsmedlem"),
            ("Sine Heltberg", "kommunalbestyrelsesmedlem"),
            ("Malte Løcke", "kommunalbestyrelsesmedlem"),
            ("Ruben Kidde", "kommunalbestyrelsesmedlem"),
        },
        {("Hans Rex", "byrådsmedlem"), ("Ole Berg", "borgmester"), ("Eva Lund", "rådmand")},
    ),
    (
        "an island municipality's title takes 'på' after the name, in an apposition, a relative clause and a "
        "second title (Fanø, Bornholm, Samsø)",
        "Bestyrelsen består af Claus Pedersen, direktør for Ribe Fritidscenter, og Frank Jensen, borgmester på Fanø. "
        "Winni Grosbøll (A), der er borgmester på Bornholm, deltog. Marcel Meijer, formand for Trafikudvalget og "
        "borgmester på Samsø, bød velkommen.",
        {("Frank Jensen", "borgmester"), ("Winni Grosbøll", "borgmester"), ("Marcel Meijer", "borgmester")},
        set(),
    ),
    (
        "a word of how the seat is held between 'som' and an elected seat, the seat still the post (Herlev: 'valgt "
        "som fast næstformand'); never a seat only proposed, nor the word alone",
        "Af dem blev Michele Møller Amundsen valgt som fast næstformand i udvalget. Bestyrelsen valgte Ole Berg som "
        "midlertidig formand. Gruppen vil indstille Eva Lund som midlertidig kasserer. Karen Dahl blev valgt som "
        "fast deltager.",
        {("Michele Møller Amundsen", "næstformand"), ("Ole Berg", "formand")},
        {("Eva Lund", "kasserer"), ("Karen Dahl", "deltager"), ("Michele Møller Amundsen", "fast næstformand")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_titled_role_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
