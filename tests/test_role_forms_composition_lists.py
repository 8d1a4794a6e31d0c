"""A body's members listed after its composition is announced, in the forms news items and minutes print it
(issue 13 item 4): "Udvalget består af: borgmester A (V), …" (the list after the colon on its line), "Bestyrelsen
for X ser … således ud:" and a bulleted list, "består KL’s formandskab derfor af:" (the board's chairs' circle, said
the other way round), "De seks valgte til formandskabet er A, formand, B, …". Each case is an excerpt quoted from a
dev-write document of tests/realworld, with the (person, role) facts it must give and those it must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases, role_pairs_of_text

HEADER = "Nyheder\n\n"


CASES: list[RoleCase] = [
    (
        # nordjyske-news-skagen-strukturudvalg
        "a committee's members after 'består af:' on the line, each also holding the post printed before the name",
        "Strukturudvalg\n\n] Økonomiudvalget indstiller til byrådet, at der skal nedsættes et strukturudvalg. ] "
        "Udvalget består af: borgmester Hans Rex (V), 1. viceborgmester Bjarne Kvist (S), byrådsmedlemmerne Gunnar "
        "Karlsen (A) og Jens Borup (V).",
        {("Hans Rex", "medlem"), ("Hans Rex", "borgmester"), ("Bjarne Kvist", "medlem"), ("Jens Borup", "medlem")},
        set(),
    ),
    (
        "no list after 'Udvalget består af' in running prose with no colon",
        "Økonomiudvalget har holdt møde. Udvalget består af Hans Rex og andre, siger Bjarne Kvist.",
        set(),
        {("Hans Rex", "medlem"), ("Bjarne Kvist", "medlem")},
    ),
    (
        # struer-news-destination-limfjorden-2020-02-24
        "a board 'ser … således ud:' and its bulleted list, the chair by the title opening the entry",
        "Bestyrelsen for Destination Limfjorden ser efter den stiftende generalforsamling således ud:\n\n"
        " • Formand Peder Chr. Kirkegaard (borgmester Skive Kommune)\n"
        " • Niels Viggo Lynghøj (borgmester Struer Kommune)\n"
        " • Jørgen Christiansen (turisterhvervet i Skive Kommune).\n\nDesuden skal der udpeges et medlem.\n",
        {("Peder Chr. Kirkegaard", "formand"), ("Niels Viggo Lynghøj", "medlem"), ("Jørgen Christiansen", "medlem")},
        {("Peder Chr. Kirkegaard", "medlem")},
    ),
    (
        # kl-news-ny-bestyrelse-formandskab-2012-05-14
        "a chairs' circle said the other way round, entries opening with two titles",
        "I den resterende periode frem mod 2014 består KL’s formandskab derfor af:\n\n"
        "  • Formand borgmester Erik Nielsen (S), Rødovre Kommune\n"
        "  • Næstformand Erik Fabrin (V), Rudersdal Kommune\n"
        "  • Borgmester Anker Boye (S), Odense Kommune\n"
        "  • Kommunalbestyrelsesmedlem Jane Findahl (SF), Fredericia Kommune\n",
        {
            ("Erik Nielsen", "formand"),
            ("Erik Fabrin", "næstformand"),
            ("Anker Boye", "medlem"),
            ("Jane Findahl", "medlem"),
        },
        {("Erik Nielsen", "medlem"), ("Erik Fabrin", "medlem")},
    ),
    (
        # tv2fyn-news-udvikling-fyn-navn
        "those elected to a chairs' circle, named after 'er'",
        "På det første bestyrelsesmøde i Udvikling Fyn blev også valgt et formandskab på seks bestyrelsesmedlemmer."
        "\n\nDe seks valgte til formandskabet er C.C. Nielsen, formand, Anker Boye, "
        "næstformand, Per Michael Johansen, Jan Johansen, Curt Sørensen og Kate Turch.\n",
        {("Anker Boye", "næstformand"), ("Per Michael Johansen", "medlem"), ("Kate Turch", "medlem")},
        {("Anker Boye", "medlem")},
    ),
    (
        # aabenraa-byraadet-2020-08-26, silkeborgnyt-news-byraads-rokade-2015-08-25
        "a member's seat said after the name, a new one too",
        "Jens Bundgaard Nielsen er medlem af Børn- og Uddannelsesudvalget og af Arbejdsmarkedsudvalget.\n\n"
        "Harry Madsen (DF) er nyt medlem af Økonomi og Erhvervsudvalget.\n",
        {("Jens Bundgaard Nielsen", "medlem"), ("Harry Madsen", "medlem")},
        set(),
    ),
    (
        # loerslev-landsbyraadet-2007-11-22, movia-news-bestyrelse-2018-01-15, spoettrup-kommunalbestyrelsen-2004-06-24
        "a member's seat in a relative clause, the body a lower-case compound",
        "Thorvald Jørgensen, der er medlem af det nye landsbyforum, orienterede om mulighederne.\n\n"
        "Fra Region Hovedstaden er Christoffer Buster Reinhardt (C) valgt, som tillige er medlem af regionens "
        "trafikudvalg, forretningsudvalg og sundhedsudvalg.\n\nBritta Dalgaard, der er medlem af skolebestyrelsen "
        "ved Ramsing Skole, ønsker at udtræde.\n",
        {("Thorvald Jørgensen", "medlem"), ("Christoffer Buster Reinhardt", "medlem"), ("Britta Dalgaard", "medlem")},
        set(),
    ),
    (
        "no seat that was, nor one of nothing named",
        "Per Hansen var medlem af Økonomiudvalget. Lise Holm er medlem af og formand for mange ting.\n",
        set(),
        {("Per Hansen", "medlem"), ("Lise Holm", "medlem")},
    ),
    (
        # regionnordjylland-regionsraadet-2021-08-23
        "a seat taken over from the name after it in the body named after that, and one entered 'i stedet'",
        "Regionsrådsformanden havde godkendt en intern rokade: Martin Bech afløser Peter Therkildsen i "
        "Forretningsudvalget. Peter Therkildsen indtræder i stedet i Patientudvalget.\n",
        {("Martin Bech", "medlem"), ("Peter Therkildsen", "medlem")},
        set(),
    ),
    (
        "no seat replaced where no body follows the replaced name",
        "Jens Hansen erstatter Lise Holm i morgen på mødet.\n",
        set(),
        {("Jens Hansen", "medlem")},
    ),
    (
        # taarnborg-lokalraad-2017-03-06, rebildavis-news-lokalraad-noerager-2016
        "a post of the body the text is about, the body in the genitive before the title",
        "Regnskabet revideres snarest af lokalrådets revisor, Erik Lundemann.\n\nKristen Stagstrup blev genvalgt "
        "som lokalrådets revisor og René Jensen genvalgt som revisorsuppleant.\n",
        {("Erik Lundemann", "revisor"), ("Kristen Stagstrup", "revisor"), ("René Jensen", "revisorsuppleant")},
        set(),
    ),
    (
        "no post from a person's genitive nor from a profession with no body",
        "Det var Jens Hansens revisor Per Lund, der talte. Regnskabet revideres af revisor Erik Holm.\n",
        set(),
        {("Per Lund", "revisor"), ("Erik Holm", "revisor")},
    ),
    (
        # laesoe-news-per-bragt-udtraeder, silkeborgnyt-news-byraads-rokade-2015-08-25
        "a body entered as the one who takes a seat over, and a seat got in a committee",
        "Kommunalbestyrelsen godkendte på sit møde mandag den 4. maj, at Brian Winther indtræder i "
        "Kommunalbestyrelsen som afløser for Per Bragt.\n\nMorten D. Høegh (LA) får plads i Ældre- og "
        "Handicapudvalget.\n",
        {("Brian Winther", "medlem"), ("Morten D. Høegh", "medlem")},
        {("Brian Winther", "afløser")},
    ),
    (
        # movia-news-bestyrelse-2018-01-15
        "a member's seat after another post of the name's, in a body owned in the genitive",
        "Region Sjælland har genudpeget 1. næstformand Peter Jacobsen (O), som tillige er viceborgmester i "
        "Kalundborg Kommune, medlem af Region Sjællands forretningsudvalg og KLs repræsentantskab.\n",
        {("Peter Jacobsen", "medlem"), ("Peter Jacobsen", "viceborgmester")},
        set(),
    ),
    (
        "no seat after a post that denies it",
        "Jens Hansen er ikke længere, medlem af Økonomiudvalget.\n",
        set(),
        {("Jens Hansen", "medlem")},
    ),
    (
        # partnerskab-vestkystturisme-news-ny-bestyrelse-2024-02
        "a board's members after a relative clause between the board and 'består af', its owner named before",
        "Den nye bestyrelse for Partnerskab for Vestkystturisme udgør et kompetent hold.\n\nDen nye bestyrelse, der "
        "konsoliderer sig den 4. marts, består af kendingene Mogens Christen Gade, borgmester i Jammerbugt Kommune, "
        "Claus Pedersen, direktør for Ribe Fritidscenter og Svømmehal, og Frank Jensen, borgmester på Fanø.\n",
        {("Mogens Christen Gade", "medlem"), ("Claus Pedersen", "medlem"), ("Frank Jensen", "medlem")},
        set(),
    ),
    (
        "no members where the relative clause ends the sentence before the list",
        "Bestyrelsen, der mødes i dag. Består af mange, siger Frank Jensen.\n",
        set(),
        {("Frank Jensen", "medlem")},
    ),
    (
        # regionnordjylland-regionsraadet-2019-03-26
        "a list's ranked substitute said after the name, a standing post",
        "Tina Juul Kjellberg har anmodet om at udtræde af Regionsrådet.\n\nArne Nielsen er 1. stedfortræder valgt "
        "på Liste A.\n",
        {("Arne Nielsen", "1. stedfortræder")},
        set(),
    ),
    (
        "no standing post from a substitute for a named member",
        "Jens Hansen er stedfortræder for Lise Holm på mødet.\n",
        set(),
        {("Jens Hansen", "stedfortræder")},
    ),
    (
        # lejre-ungdomsskolebestyrelsen-2015-09-21
        "a group's representative before the name, a seat in the body the minutes are about",
        "Referat af møde i Ungdomsskolebestyrelsen\n\nTilføjelse til referatet:\nMedarbejderrepræsentant Bjørn "
        "Thomsen: Personalet ønsker at et evt merforbrug afvikles.\n",
        {("Bjørn Thomsen", "medarbejderrepræsentant")},
        set(),
    ),
    (
        # struer-news-destination-limfjorden-2020-02-24
        "a post taken said in a relative clause, in a body by its kind's word",
        "Der var en velkomst til Kristina Lehmann Schjøtt, som bliver direktør for destinationen og starter den 1. "
        "marts.\n",
        {("Kristina Lehmann Schjøtt", "direktør")},
        set(),
    ),
    (
        "no post in a relative clause about someone else's post",
        "Der var en velkomst til Kristina Holm, som fortalte om direktøren for destinationen.\n",
        set(),
        {("Kristina Holm", "direktør")},
    ),
    (
        # nordjyske-news-destination-nordvestkysten-aabybro, bkf-region-hovedstaden-bestyrelse-2015-04-17
        "a title joined by 'og' after an apposition of another kind, or after the name's clause",
        "Michael Thinggaard, indehaver af Hotel Thinggaard i Hurup og næstformand i Thy Turistforening, undrer sig "
        "over det.\n\nHenning Bach Christensen valgt som næstformand og er formand for direktørnetværket.\n",
        {("Michael Thinggaard", "næstformand"), ("Henning Bach Christensen", "formand")},
        set(),
    ),
    (
        "no title joined after another name or after a thanked title",
        "Jens Hansen takkede borgmesteren og formand for Økonomiudvalget.\n\nLise Holm bød velkommen til Per Olsen "
        "og formand for Teknisk Udvalg.\n",
        set(),
        {("Jens Hansen", "formand"), ("Lise Holm", "formand")},
    ),
    (
        # bkf-region-hovedstaden-bestyrelse-2015-04-17
        "a board's officer said bare after the name, an e-mail address in brackets between",
        "Referat fra bestyrelsesmøde\n\nLouise Andersen(loan15@frederiksberg.dk) er sekretær, og man melder blot "
        "punkter ind til hende.\n",
        {("Louise Andersen", "sekretær")},
        set(),
    ),
    (
        "no officer's post that is someone's",
        "Jens Hansen er sekretær for Lise Holm.\n",
        set(),
        {("Jens Hansen", "sekretær")},
    ),
    (
        # kl-news-ny-bestyrelse-formandskab-2012-05-14, movia-news-pernille-beckmann-2017-04-03
        "a board entered, the verb before the name and the board after it",
        "Endelig indtræder rådmand Thomas Kastrup-Larsen (S), Aalborg Kommune, i KL's bestyrelse, da han var "
        "stedfortræder.\n\nMOVIA NYT: 1. april 2017 indtrådte borgmester Pernille Beckmann (V), Greve Kommune i "
        "Movias bestyrelse.\n",
        {("Thomas Kastrup-Larsen", "medlem"), ("Pernille Beckmann", "medlem")},
        set(),
    ),
    (
        "no seat entered where a place, not a body, follows",
        "Efter mødet trådte borgmester Lise Holm i Aarhus Kommunes sted.\n",
        set(),
        {("Lise Holm", "medlem")},
    ),
    (
        # skagen-byting-bestyrelse-2020-11-24, saedding-fovrfeld-lokalraad-2014-05-21
        "a standing substitute by the abbreviation, a minute-taker in square brackets",
        "Referat fra bestyrelsesmøde\n\nTilstede var formand Erik Hatt og Helle Christensen. Afbud fra Chresten "
        "Sloth Christensen samt suppl. Hans Nielsen.\n\nTil stede:\nLise Retbøll, Ole Jacobsen, Claus "
        "Brinch-Danielsen [referent] !\n",
        {("Hans Nielsen", "suppleant"), ("Claus Brinch-Danielsen", "referent")},
        {("Hans Nielsen", "suppl.")},
    ),
    (
        "no standing substitute by the abbreviation where it stands in for a named member",
        "Referat fra bestyrelsesmøde\n\nDet blev et suppl. Per Lund for Jens Hansen.\n",
        set(),
        {("Per Lund", "suppleant")},
    ),
    (
        # solroed-webpage-nyt-fra-byraadet-2023-06-21, odsherred-aeldreraadet-2023-09-28
        "a seat taken over in a council by its town's name, and a seat kept from now on",
        "Nyt fra byrådet\n\nMichael Arnø erstatter Lene Stevnhoved i Solrød Byråd\n\nMogens Møllegaard deltager "
        "fremover i Centerrådet på Bobjerg Centret.\n",
        {("Michael Arnø", "medlem"), ("Mogens Møllegaard", "medlem")},
        set(),
    ),
    (
        "no seat from taking part in one meeting",
        "Peter Licht deltager i Centerrådets møde i dag.\n",
        set(),
        {("Peter Licht", "medlem")},
    ),
    (
        # odense-webpage-dk2020-certificering
        "a firm's chief executive by the English abbreviation, held in the body named after it",
        "Mark Watts, CEO i C40, har skrevet et brev til borgmester Peter Rahbæk Juel.\n",
        {("Mark Watts", "ceo")},
        set(),
    ),
    (
        "no chief executive with no body named",
        "Mark Holm, CEO, talte på mødet.\n",
        set(),
        {("Mark Holm", "ceo")},
    ),
    (
        # esbjerg-byraadet-budgetrevision-2015: the rank's full stop in the brackets ends no sentence
        "a ranked title in brackets after the name, the party's bracket after it",
        "Byrådsmøde\n\nJesper Frost Rasmussen (1. Viceborgmester)(V), Jakob Lose(V), Henning Ravn(V)\n",
        {("Jesper Frost Rasmussen", "1. viceborgmester")},
        {("Jakob Lose", "1. viceborgmester")},
    ),
    (
        "no members read from 'valgte til formandskabet er' followed by no name",
        "De seks valgte til formandskabet er ikke kendt endnu, siger Jan Johansen.\n",
        set(),
        {("Jan Johansen", "medlem")},
    ),
]


# dragoer-aeldreraadet-2017-04-03: a name the attendance list gave that no list of first names knows
MINUTES = "Referat af Ældrerådsmøde Mandag den 03.april 2017 Kl. 10.00 i lokale M1 på Wiedergården\n"
WELCOMED = (
    "Kirja Kongsbak blev budt velkommen som nyt medlem af Ældrerådet.\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
)


def test_a_name_the_attendance_list_gave_is_read_where_the_text_prints_it_again(tmp_path: Path) -> None:
    listed = "Fremmødt: Sten Brincker, Richard Barth, Vagn E Larsen, Bent Larsen og Kirja Kongsbak.\n"
    assert ("Kirja Kongsbak", "medlem") in role_pairs_of_text(tmp_path, MINUTES + listed + WELCOMED)


def test_a_listed_name_by_its_initials_is_read_with_the_title_in_its_brackets(tmp_path: Path) -> None:
    """rsyd-vaekstforum-formandskab-2008-02-26: a participant list's first name, by its initials."""
    text = (
        "Referat fra møde i Formandskabet den 26. februar 2008\n\nDeltagere:\n\nC.C. Nielsen (fungerende formand), "
        "Johnny Søtrup, Jens Oddershede og Kjeld Zacho\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    assert ("C.C. Nielsen", "fungerende formand") in role_pairs_of_text(tmp_path, text)


def test_a_name_no_reader_knows_and_no_list_gave_is_not_read(tmp_path: Path) -> None:
    assert ("Kirja Kongsbak", "medlem") not in role_pairs_of_text(tmp_path, MINUTES + WELCOMED)


@role_form_cases(CASES, HEADER)
def test_composition_lists_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
