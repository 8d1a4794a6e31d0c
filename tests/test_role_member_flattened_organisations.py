"""A body's members listed with the organisation that sent each before the name, or the name first and its post
after a dash or a comma, a PDF's text layer ran together into one line (`role_member_flattened_organisations`), as
Allerød Kommune, Fredensborg Kommune, Gladsaxe Kommune and Byregion Fyn print them (dev-write documents
alleroed-webpage-vandraad-2019-20, fredensborg-webpage-groent-raad, gladsaxe-handicapraadet-webpage, each flattened
by the benchmark's `flatten`, a page on one line): each name of the table under "… har fået plads i vandrådet:
Forening Repræsentant", under a sentence about the body, or under "… herunder:" is `medlem`; never the name the
name reader read an organisation's first word into ("Bente Nielsen Nive Å's Lystfiskerforening"), nor the closing
entry that opens with its name, nor a sentence's list parted by semicolons
(greatercph-news-bestyrelsesmoede-2026-02-04), a name-then-post table read out of phase
(favrskov-musikskoleraadet-2024-01-23), or a programme's speakers (naturpark-lillebaelt-naturparkraadet-2017-10-23)."""

from __future__ import annotations

from pathlib import Path

from text_facts import role_pairs_of_text

from benchmarks.realworld_flattened import flatten

ALLEROED = (
    "Nedenfor kan du læse om de nedsatte vandråd 2019-20.\n\nDet er besluttet, hvem der skal deltage i vand"
    "rådsarbejdet i vandråd for Hovedvandopland 2.2 Isefjord og Roskilde Fjord.\n\nMedlemmer af vandrådet\n\n"
    "Følgende organisationer og foreninger har fået plads i vandrådet:\n\nForening Repræsentant\nBirdlife/Do"
    "f Pelle Andesen-Harild\nDanmarks Naturfredningsforening Jens Prom\nDanmarks Sportsfiskerforbund Rune H"
    "ylby\nDansk Vand- og Spildevandslaug Claus Vangsgård\nDanske Skovforening Søren Boas\nEgedal Fiskeklub "
    "Jon Christian Svendsen\nForeningen til ophjælpning af fiskeriet i Roskilde Fjord Kim Lund Jørgensen\nF"
    "riluftrådet Peter Engholm\nGribskov Vandløbslaug Michael Ingels Andreasen\nHolbæk Ålav Ole Olsen\n\nOrga"
    "nisationer og foreninger med interesse i vandløb har i november måned 2019 kunne anmode de 20 opland"
    "skommuner i Hovedvandopland 2.2 Isefjord og Roskilde Fjord om plads i vandrådet. De 20 kommuner er: "
    "Odsherred, Holbæk, Lejre, Roskilde, Frederikssund, Egedal, Allerød, Hillerød, Gribskov, Halsnæs, Kal"
    "undborg, Ringsted, Køge, Greve, Høje Taastrup, Albertslund, Ballerup, Herlev, Gladsaxe og Furesø."
)

FREDENSBORG = (
    "Grønt Råd er et rådgivende forum i natur-, miljø- og planlægningsspørgsmål.\n\nIdeen er at bruge foren"
    "ingernes og borgernes engagement og kendskab til natur, miljø og planlægning til en konstruktiv dial"
    "og om nye aktiviteter i kommunen.\n\n \n\n\nMedlem udpeget af byrådet, Tonny Lacomble Nielsen (B)\nMedlem "
    "udpeget af byrådet, Torben Forskov (F)\nNordsjællands Landboforening, Søren Hansen\nDanmarks Naturfred"
    "ningsforening, Jens Søndergaard\nDansk Ornitologisk Forening, Birgitte Garde\nDanmarks Jægerforbund Fr"
    "edensborg, Erik Vestergaard Madsen\nDe lokalhistoriske foreninger, Flemming Jappsen\nFriluftsrådet, Be"
    "nte Nielsen\nNive Å’s Lystfiskerforening, Carsten Ryby\nBevaringsforeningen, Lisbeth Gram Holdum\nAgend"
    "a 21 Foreningen, Finn Langgaard\nDansk Cyklist Forbund, Frank Elm Jakobsen\nFredensborg Landsbyråd, Sø"
    "ren D. Schmidt\nNaturstyrelsen Nordsjælland, Jens Bjerregaard Christensen\n\n2018\n\nReferat 28. maj\nRefe"
    "rat 19. marts \n\n2017\n\nReferat 27. november\nReferat 25. september\n\n15. maj Der blev ikke udarbejdet e"
    "t egentligt referat, da mødet blev afholdt som en besigtigelse af projekterne ved Lergavssøerne i Ni"
    "vå. I mødet deltog også politikere fra Plan-, Miljø- og klimaudvalget.\n\nReferat 6. marts\n\n2016\nRefer"
    "at 29. februar\nReferat 30. maj \nReferat 26. september\nReferat 28. november\n\n \n\n2015\nReferat 2. marts"
    "\nReferat 1. juni\nReferat 14. september\nReferat 30. november"
)

GLADSAXE = (
    "esker med handicap.\n\nRådet består af 14 medlemmer, som udpeges således, at handicaporganisationernes"
    " medlemmer udgør samme antal som de medlemmer, der repræsenterer Byrådet. Medlemmerne og deres stedf"
    "ortrædere skal være myndige og bosiddende i kommunen.\n\nHandicaprådet vælger selv sin formand.\n\nSe me"
    "dlemmerne af Handicaprådet, der er udpeget af handicaporganisationerne, herunder:\n\nTorben Nielsen - "
    "formand og repræsentant fra Hjernesagen\n\nRagna Heide - repræsentant fra Landsforeningen SIND\n\nAlice "
    "Rasmussen - repræsentant fra Landsforeningen LEV\n\nLena Larsen - repræsentant fra Muskelsvindfonden\n\n"
    "Guri Spiegelhauer - repræsentant fra Autismeforeningen\n\nLone Andersen - repræsentant fra CP Danmark\n"
    "\nJannie Rasmussen - repræsentant fra Carlshuses Venner (støtteforening)\n\nKontakt:\n\nHandicaprådet\nRåd"
    "hus Alle 7\n2860 Søborg\nhandicapradet@gladsaxe.dk \n\nKontaktperson\nSekretær\nTilde Olsen\nTelefon: 39 57"
    " 55 19\n\nLovgrundlag §1\n\nByrådet skal i henhold til lov om retssikkerhed og administration på det soc"
    "iale område nedsætte et handicapråd."
)

GREATER_COPENHAGEN = (
    "Onsdag var det tid for Greater Copenhagens bestyrelse at samles til årets første møde – et møde, der"
    " bød på flere ”første gange”.\n\nIkke færre end fire nye medlemmer kunne bydes velkommen, da Greater C"
    "openhagen holdt årets første bestyrelsesmøde den 4. februar: Sisse Marie Welling, overborgmester i K"
    "øbenhavns Kommune; Anette Mortensen, borgmester i Stevns Kommune; Clara Rao, borgmester i Allerød Ko"
    "mmune; samt Simon Hansen, borgmester i Guldborgsund Kommune (sidstnævnte kunne desværre ikke deltage"
    " denne gang). Efterårets kommunal- og regionsvalg i Danmark har bragt nye ansigter ind i ledelsen fl"
    "ere steder – noget der naturligt også afspejles i Greater Copenhagens bestyrelse.\n\nEt ”første” – men"
    " dog ikke helt – var det også for Carl Johan Sonesson, formand for Greater Copenhagen siden årsskift"
    "et og regionsrådsformand i Region Skåne. At det ikke er et rent ”første”, skyldes, at Region Skåne t"
    "idligere har haft formandskabet fire gange, og at Carl Johan Sonesson nu indtager posten for tredje "
    "gang. Formandskabet roterer nemlig mellem Danmark og Sverige efter en fastlagt ordning, og nu var de"
    "t igen Region Skånes tur til at overtage formandsskabet.\n\nDet var også en ”første gang” for Sveriges"
    " infrastrukturminister Andreas Carlson – både at deltage i et bestyrelsesmøde i Greater Copenhagen"
)

FAVRSKOV = (
    "Musikskolerådet består af forældre, repræsentant fra folkeskolerne, medarbejdere fra musikskolen, el"
    "ever (pt. vakant)  og musikskolens leder.\n\nLæs Favrskov Musikskoles vedtægter her.\n\nPå kontoret\n\nAnd"
    "ers Grimstrup-Larsen\n\nFormand, forældrerepræsentant\n\nMette Sandahl Sørensen\n\nMusikskoleleder og sekr"
    "etær i musikskolerådet\n\nBjørn de Place\n\nRepræsentant for folkeskolerne\n\nTrine Andersen\n\nForældrerepr"
    "æsentant\n\nSanni Bleser\n\nMedarbejderrepræsentant\n\nThomas Olufsen\n\nMedarbejderrepræsentant\n\nVakant\n\nEl"
    "evrepræsentant\n\nBliv en del af Musikskolerådet!\n\nHør lidt mere om alt det gode arbejde vi laver i Mu"
    "sikskolerådet - det er både hyggeligt, sjovt og vigtigt.\n\nMåske vil du også gerne være med?\n\n \n\nDelt"
    "agere:\n\nMedlemmer af Musikskolerådet\n\nMødedato:\n\n23. januar 2024\n\nMødetid:\n\nKl. 16.30 – 18.00\n\nMødes"
    "ted:\n\nSløjfen, Musikskolens administration\n\n \n\n \n\n 1.      Orientering fra musikskolelederen\n\n·     "
    "    Undervisning og projekter\n\no    Alternativ uge 4\n\n82 tilmeldte ~31% af målgruppen, ikke korriger"
    "et for evt. deltagere til flere aktiviteter. Drøftelse af ressourceforbrug vs. Antal deltagere. Råde"
    "t bakker op om tiltaget, det er et relevant initiativ, som taler ind i musikskolens opgave ift. at l"
    "ave fællesskabende aktiviteter på tværs, der er tilfredshed blandt deltagerne. Vi kan arbejde på at"
)

NATURPARK = (
    "Rådsmøde 23. oktober 2017\n\nMøde i Naturparkrådet d. 23. oktober 2017\n\nSted: Bülows Kaserne, Frederic"
    "ia.\n\nProgram:\n\n1. 17.00 Velkomst ved formand Johannes Lundsfryd\n\n2. 17.05 Lidt om Bülows Kaserne v C"
    "hristian Bro\n\n3. 17.15 Pilotparkens resultater siden 2014 v Niels Ole Præstbro\n\n4. 17.30 Status på a"
    "nsøgning om at blive Dansk Naturpark v Niels Ole Præstbro\n\n5. 17.45 Opdateret organisering af Naturp"
    "ark Lillebælt fra 2018 v Styregruppen\n\n6. 18.15 Evaluering i små grupper om rådets sammensætning, ro"
    "lle og opgaver – Rådets kommissorium gennemgås og muligheden for at supplere sig selv eller skifte u"
    "d overvejes.\n\n7. 19.00 Mad og drikke\n\n8. 19.30 Tak for i dag\n\nAfbud: Allan Buch (stedfortræder Flemm"
    "ing Worsøe), Eea Haldan Vestergaard, Lars Mortensen.\n\nReferat:\n\nAd. 1. Johannes Lundsfryd – Ansøgnin"
    "gen er nu sendt af sted til Friluftsrådet. Det har været en lang proces. Men målet om, at ansøgninge"
    "n skulle sendes indenfor denne byrådsperiode er nået.\n\nAd. 3. Niels Ole Præstbro orienterede om Pilo"
    "tparkens resultater siden 2014.\n\nDialog:\n\nGrete Andersen – godt at se der er sket rigtig meget.\n\nJoh"
    "annes Lundsfryd – præsentationen viser, at der har været godt flow gennem de første 4 år. 2\n\nAd. 4. "
    "Ansøgningen er sendt. Der er til ansøgningen vedhæftet en udbygget beskrivelse af afgrænsningen."
)


def test_a_flattened_table_of_organisations_and_representatives(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(ALLEROED))
    members = {"Pelle Andesen-Harild", "Jens Prom", "Claus Vangsgård", "Jon Christian Svendsen"}
    assert {(name, "medlem") for name in members} <= found


def test_flattened_entries_under_a_sentence_about_the_body(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(FREDENSBORG))
    members = {"Tonny Lacomble Nielsen", "Søren Hansen", "Birgitte Garde", "Jens Bjerregaard Christensen"}
    assert {(name, "medlem") for name in members} <= found
    # "Friluftsrådet, Bente Nielsen Nive Å's Lystfiskerforening": the organisation's first word read into the name
    assert not {p for p in found if p[0] in ("Bente Nielsen Nive", "Lisbeth Gram Holdum Agenda")}, found


def test_flattened_entries_opening_with_the_name(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(GLADSAXE))
    assert {("Ragna Heide", "medlem"), ("Lena Larsen", "medlem"), ("Lone Andersen", "medlem")} <= found
    assert ("Torben Nielsen", "medlem") not in found  # "- formand og repræsentant fra Hjernesagen": his seat's
    assert ("Jannie Rasmussen", "medlem") not in found  # the closing entry: where its post ends the line does not say


def test_a_sentences_list_parted_by_semicolons_is_no_table(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(GREATER_COPENHAGEN))
    assert not {p for p in found if p[1] == "medlem"}, found


def test_names_with_their_posts_after_them_are_no_organisations_table(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(FAVRSKOV))
    assert ("Anders Grimstrup-Larsen", "medlem") not in found  # "På kontoret NAME Formand, forældrerepræsentant"
    assert ("Trine Andersen", "medlem") not in found  # "Repræsentant for folkeskolerne NAME Forældrerepræsentant"


def test_a_programmes_speakers_are_no_members(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(NATURPARK))
    assert ("Christian Bro", "medlem") not in found  # "2. 17.05 Lidt om Bülows Kaserne v Christian Bro"


def test_the_tables_unflattened_read_the_same(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, ALLEROED)
    assert {("Pelle Andesen-Harild", "medlem"), ("Jon Christian Svendsen", "medlem")} <= found
