"""A seat taken over from someone who leaves it (issue 13 item 4, `role_replacements`): the successor after a
passive verb ("erstattes af", "er erstattet af"), after the seat left ("NAMEs plads i byrådet bliver overtaget
af"), before the seat taken ("NAME … skal overtage NAMEs plads i X"); a title after "som" and a word of holding a
post (`role_as_title`: "jobbet som borgmester", "var indbudt som observatør"); a list of names with titles of
other posts appointed to a body (`role_appointed_lists`); a seat in brackets labelling another holder
(`role_rosters`). Each case is an excerpt quoted from a
dev-write document of tests/realworld, with the (person, role) facts it must give and those it must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Nyheder\n\n"


CASES: list[RoleCase] = [
    (
        # laesoe-news-omkonstituering
        "the successor after 'erstattes af' and a title holds the seat in the committee the other left",
        "Den ændrede konstituering betyder, at Per Bragt udtræder af Økonomiudvalget og erstattes af viceborgmester "
        "Folmer Hjorth Kristensen.",
        {("Folmer Hjorth Kristensen", "medlem")},
        set(),
    ),
    (
        # silkeborgnyt-news-byraads-rokade-2015-08-25
        "the successor of a seat named before the passive verb: 'NAMEs plads i byrådet bliver overtaget af'",
        "Hanne Bæk Olsens plads i byrådet bliver overtaget af Mustafa Kellegös (S), som de seneste måneder har "
        "været midlertidig stedfortræder for Casper Mouritsen.",
        {("Mustafa Kellegös", "medlem")},
        set(),
    ),
    (
        # roskilde-lbr-2014-03-10
        "the successor before the seat taken: 'NAME …, der til juni skal overtage NAMEs plads i X'",
        "I mødet deltog Iris Skov Hovmøller fra Dansk Byggeri, der til juni skal overtage Flemming Kronstens plads i "
        "Det lokale Beskæftigelsesråd.",
        {("Iris Skov Hovmøller", "medlem")},
        {("Flemming Kronsten", "medlem")},
    ),
    (
        # nationalpark-vadehavet-bestyrelsen-2013-04-17
        "the post after 'som' is the successor's, the report of a council's recommendations proposes nothing",
        "Mette Guldberg orienterede om det seneste møde i Nationalparkrådet, herunder Rådets anbefalinger. "
        "Mette fortalte at Søren Mosegård Sørensen er erstattet af Jens Lorenzen som repræsentant for lodsejerne.",
        {("Jens Lorenzen", "repræsentant")},
        {("Søren Mosegård Sørensen", "repræsentant")},
    ),
    (
        "a replacement only proposed gives no seat",
        "Borgmesteren indstiller, at Per Bragt udtræder af Økonomiudvalget og erstattes af Folmer Hjorth Kristensen.",
        set(),
        {("Folmer Hjorth Kristensen", "medlem")},
    ),
    (
        "a thing replaced is no seat: no body is named for the successor",
        "Den gamle ordning er erstattet af Jens Lorenzen og hans kolleger i sekretariatet.",
        set(),
        {("Jens Lorenzen", "medlem")},
    ),
    (
        # laesoe-news-omkonstituering
        "a post's noun before 'som' and the title: the name nearest before it holds it, in the body after it",
        "Nødvendigheden af en ændring var opstået, da Statsforvaltningen havde udtalt, at Per Bragt (DF) var generelt "
        "inhabil i forhold til at sidde i Økonomiudvalget på grund af sit job som IT-chef i Læsø Kommune.",
        {("Per Bragt", "it-chef")},
        set(),
    ),
    (
        "an application for a post is no holding of it: 'har søgt stillingen som'",
        "Jens Hansen har søgt stillingen som kommunaldirektør, og Mette Larsen ansøger om jobbet som skoleleder.",
        set(),
        {("Jens Hansen", "kommunaldirektør"), ("Mette Larsen", "skoleleder")},
    ),
    (
        # middelfart-skoleudvalget-2015-09-08's form: a leave from a post held asked for, the post still held
        "a leave asked for from a post held states the post: 'har søgt om orlov fra hvervet som formand'",
        "Jens Hansen har søgt om orlov fra hvervet som formand.",
        {("Jens Hansen", "formand")},
        set(),
    ),
    (
        # broenderslev-byraadet-2021-10-06
        "each name of a list before 'var indbudt som' holds the seat",
        "Lars Bisgaard Andreasen og Carsten Ullmann Andersen var indbudt som observatør til Økonomiudvalget.",
        {("Lars Bisgaard Andreasen", "observatør"), ("Carsten Ullmann Andersen", "observatør")},
        set(),
    ),
    (
        # regionsaeldreraad-hovedstaden-forretningsudvalget-2012-08-23
        "a post left is stated: 'har valgt at ophøre som formand for X'",
        "Vibeke Jensen har meddelt, at hun af helbredsgrunde har valgt at ophøre som formand for Ishøj Seniorråd, "
        "som hun også udtræder af.",
        {("Vibeke Jensen", "formand")},
        set(),
    ),
    (
        # taarnborg-lokalraad-2017-03-06
        "a candidacy is no post: 'har accepteret at blive foreslået til hvervet som dirigent'",
        "Bjarne Nielsen har venligt accepteret at blive foreslået til hvervet som dirigent under Beboermødet.",
        set(),
        {("Bjarne Nielsen", "dirigent")},
    ),
    (
        "'som' with no word of holding a post before it gives nothing: 'takkede … som formand'",
        "Jens Hansen takkede for samarbejdet i de mange år som formand for foreningen.",
        set(),
        {("Jens Hansen", "formand")},
    ),
    (
        "a post that opens a clause of its own is no one's: 'NAME oplyste, at stillingen som direktør er slået op'",
        "Jens Hansen oplyste, at stillingen som direktør er slået op, og at den ledige post som kasserer besættes.",
        set(),
        {("Jens Hansen", "direktør"), ("Jens Hansen", "kasserer")},
    ),
    (
        "a title before a name after 'som' is that name's, not the one before",
        "Jens Hansen fik jobbet, som borgmester Lise Holm sagde på mødet.",
        {("Lise Holm", "borgmester")},
        {("Jens Hansen", "borgmester")},
    ),
    (
        # geopark-odsherred-webpage-bestyrelse
        "an active appointment of titled names to a board: each a member, each title its own row",
        "Odsherred Byråd udpegede på et møde i januar 2015 borgmester Thomas Adelskov og 2. viceborgmester Morten "
        "Egeskov til bestyrelsen for Fonden Geopark Odsherred.",
        {("Thomas Adelskov", "medlem"), ("Morten Egeskov", "medlem"), ("Thomas Adelskov", "borgmester")},
        set(),
    ),
    (
        # kl-news-kkr-hovedstaden-erhvervshus-udpegninger-2018-11-23
        "a passive appointment 'blev … udpeget som medlemmer' of names with titles and places",
        "KKR Hovedstaden udpegede borgmester i Vallensbæk, Henrik Rasmussen, som formand for bestyrelsen for det "
        "kommende Erhvervshus i København. Desuden blev borgmester Jesper Würtzen fra Ballerup, borgmester Cecilie "
        "Lonning-Skovgaard fra København og kommunalbestyrelsesmedlem på Frederiksberg, Thyge Enevoldsen udpeget som "
        "medlemmer.",
        {("Jesper Würtzen", "medlem"), ("Cecilie Lonning-Skovgaard", "medlem"), ("Thyge Enevoldsen", "medlem")},
        set(),
    ),
    (
        # vejen-vandraad-faellesmoede-vandvaerker-2011-11-15
        "a task given to a group is no seat: 'udpegede en arbejdsgruppe … til at indhente'",
        "Mødet udpegede en arbejdsgruppe bestående af Michael Ravn, Hans M. Nielsen og Peder Dall Jørgensen til at "
        "indhente priser.",
        set(),
        {("Michael Ravn", "medlem"), ("Hans M. Nielsen", "medlem")},
    ),
    (
        # glostrup-webpage-movia-repraesentantskabet
        "a seat in brackets that labels another holder is that holder's: '• NAME (suppleant: NAME2)'",
        "Repræsentantskabet\n\nMedlem\n\n  • Leif Meyer Olsen (suppleant: Lars Thomsen)\n\nSammensætning\n\n"
        "Trafikselskabet ledes af en bestyrelse.",
        {("Leif Meyer Olsen", "medlem"), ("Lars Thomsen", "suppleant")},
        {("Leif Meyer Olsen", "suppleant")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_seats_taken_over_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
