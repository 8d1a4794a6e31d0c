"""Role forms left open by earlier writers (issue 13 item 4), one table: each case is an excerpt in the shape
news items, member pages and minutes print it (variants written here beside the dev excerpt), with the
(person, role) facts it must give and those it must not give."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Referat af møde i Handicaprådet\n\n"


CASES: list[RoleCase] = [
    (
        # a news item on a tourism partnership's board (dev), variants written here
        "an appositive list: each title between commas closes its own name's entry, not the next name's",
        "Den nye bestyrelse består af Mogens Christen Gade, borgmester i Jammerbugt Kommune, Claus Pedersen, "
        "direktør for Ribe Fritidscenter og Svømmehal, og Frank Jensen. De nye er Lisbeth Valther, "
        "bestyrelsesformand i Destination Vesterhavet, Hans Østergaard, borgmester i Ringkøbing-Skjern Kommune og "
        "Jan Brusgaard, ejer af Feriepartner.",
        {
            ("Mogens Christen Gade", "borgmester"),
            ("Claus Pedersen", "direktør"),
            ("Lisbeth Valther", "bestyrelsesformand"),
            ("Hans Østergaard", "borgmester"),
        },
        {
            ("Claus Pedersen", "borgmester"),
            ("Frank Jensen", "direktør"),
            ("Hans Østergaard", "bestyrelsesformand"),
            ("Jan Brusgaard", "borgmester"),
        },
    ),
    (
        "a title before a name with no comma between them is that name's, after a list's comma too",
        "Mødet blev holdt med Jens Hansen, kommunaldirektør i Vejle Kommune Lise Holm og Ole Berg.",
        {("Lise Holm", "kommunaldirektør")},
        {("Jens Hansen", "kommunaldirektør")},
    ),
    (
        # a local council's page in a local paper, a business region's news, a senior council's minutes (dev)
        "two titles joined under one label or before one name are both the name's",
        "Lokalrådet ser således ud:\nFormand og kasserer: Anne Berg, Nørager\nNæstformand: Kim Holm, Rørbæk\n"
        "Sekretær/kasserer: Hanne Munk\n\nVi hørte formand og borgmester i Herning Kommune, Dorte West, og "
        "byrådsmedlem og formand for TSF, Julie Jacobsen.",
        {
            ("Anne Berg", "formand"),
            ("Anne Berg", "kasserer"),
            ("Kim Holm", "næstformand"),
            ("Hanne Munk", "sekretær"),
            ("Hanne Munk", "kasserer"),
            ("Dorte West", "formand"),
            ("Dorte West", "borgmester"),
            ("Julie Jacobsen", "byrådsmedlem"),
            ("Julie Jacobsen", "formand"),
        },
        {("Kim Holm", "kasserer"), ("Kim Holm", "formand")},
    ),
    (
        # Movia's news, Svendborgs NetAvis (dev)
        "two titles joined before one name, the second a former one: both the name's (a former post is a row too)",
        "Det sker i forlængelse af, at mangeårigt bestyrelsesmedlem og tidligere næstformand Knud Larsen (V), "
        "borgmester i Vordingborg, går på pension. Ikke mindst Venstre, i skikkelse af gruppeformand og tidl. "
        "borgmester Lars Erik Hornemann. Det siger borgmesteren og tidligere kommunaldirektør Ole Dam.",
        {
            ("Knud Larsen", "bestyrelsesmedlem"),
            ("Knud Larsen", "næstformand"),
            ("Lars Erik Hornemann", "gruppeformand"),
            ("Lars Erik Hornemann", "borgmester"),
            ("Ole Dam", "kommunaldirektør"),
        },
        {("Ole Dam", "borgmester")},
    ),
    (
        "a title in the definite before 'og' names another holder; a joined title after an entry's comma is its",
        "Til mødet kom borgmesteren og kommunaldirektør Rikke Würtz. Mødet blev ledet af Bo Ek, formand og "
        "borgmester Lise Holm.",
        {("Rikke Würtz", "kommunaldirektør")},
        {("Rikke Würtz", "borgmester"), ("Lise Holm", "formand")},
    ),
    (
        # a KL news item (dev); variants written here
        "an elected name between commas, its affiliation with it, then 'som' and the seat",
        "KKR Hovedstaden udpegede borgmester i Vallensbæk, Henrik Rasmussen, som formand for bestyrelsen. "
        "Rådet valgte Jens Hansen, Vejle Kommune, som næstformand. Rådet valgte Ole Berg, Lise Holm og Bo Ek, som "
        "det blev foreslået.",
        {("Henrik Rasmussen", "formand"), ("Henrik Rasmussen", "borgmester"), ("Jens Hansen", "næstformand")},
        {("Jens Hansen", "formand"), ("Ole Berg", "formand")},
    ),
    (
        # a local council's minutes and a news item on a town's committee (dev); variants written here
        "a committee in lower case by an adjective and its kind, and any lower-case body right before the name",
        "Keld Hvalsø, formand for teknisk udvalg i byrådet (punkt 1 til 3).\n\nMødet blev åbnet af formanden "
        "for social- og sundhedsudvalget, Lise Holm. Ordet fik næstformand i økonomisk udvalg Per Lund. Derefter "
        "talte Bo Ek, formand for socialt udvalg, Anne Berg og Ole Berg.",
        {("Keld Hvalsø", "formand"), ("Lise Holm", "formand"), ("Per Lund", "næstformand"), ("Bo Ek", "formand")},
        {("Anne Berg", "formand")},
    ),
    (
        # a local news item on a LAG's board, a district heating company's news, a municipality's committee page
        # ("Faste medlemmer af opgaveudvalget … er: A og B"); variants written here
        "members listed in prose after 'Medlemmerne af X er' or before '… blev valgt til bestyrelsen'",
        "Medlemmerne af LAG på Læsø er borgmester Tobias B. Johanen, Karsten Pedersen og Rie Ladefoged samt Henrik "
        "Buchhave, der repræsenterer regionen. Claus Plum, Erik P. Andersen og Niels Christiansen blev valgt til "
        "bestyrelsen. Efter generalforsamlingen konstituerede bestyrelsen sig med Claus Plum som formand. Per Lund "
        "blev valgt til bestyrelsen som suppleant. Medlemmerne af rådet er enige om, at Ole Berg skal spørges.",
        {
            ("Tobias B. Johanen", "medlem"),
            ("Karsten Pedersen", "medlem"),
            ("Rie Ladefoged", "medlem"),
            ("Henrik Buchhave", "medlem"),
            ("Erik P. Andersen", "medlem"),
            ("Niels Christiansen", "medlem"),
            ("Claus Plum", "formand"),
        },
        {("Claus Plum", "medlem"), ("Per Lund", "medlem"), ("Ole Berg", "medlem")},
    ),
    (
        # a municipality's page of its council's members (dev); variants written here
        "a contact entry: a name alone on its line, its title with its unit or workplace on the line below",
        "Silkeborg Kommune:\n\nIben Tulstrup Kristensen\nSektionsleder Voksenhandicap, Socialafdelingen\n"
        "Send e-mail til Iben Tulstrup Kristensen\n\nJens Hansen\nKommunaldirektør, Vejle Kommune\n"
        "jens@vejle.dk\n\nLise Holm\nDirektør - Fjernvarme Fyn\nTlf. 12 34 56 78",
        {("Iben Tulstrup Kristensen", "sektionsleder"), ("Jens Hansen", "kommunaldirektør"), ("Lise Holm", "direktør")},
        {("Jens Hansen", "direktør"), ("Lise Holm", "kommunaldirektør")},
    ),
    (
        # two news items on a joint fire service's chairs (dev); variants written here
        "titles given to names in order by 'henholdsvis', the names before or after the titles",
        "Borgmester Joy Mogensen og borgmester Mogens Haugaard Nielsen fik en økse som tak for deres indsats som "
        "henholdsvis næstformand og formand for Østsjællands Beredskab. Formands- og næstformandsposten gik til "
        "henholdsvis borgmester i Ringsted Kommune, Henrik Hvidesten, og borgmester i Faxe Kommune, Knud Erik "
        "Hansen.",
        {
            ("Joy Mogensen", "næstformand"),
            ("Mogens Haugaard Nielsen", "formand"),
            ("Henrik Hvidesten", "formand"),
            ("Knud Erik Hansen", "næstformand"),
        },
        {
            ("Joy Mogensen", "formand"),
            ("Mogens Haugaard Nielsen", "næstformand"),
            ("Henrik Hvidesten", "næstformand"),
            ("Knud Erik Hansen", "formand"),
        },
    ),
    (
        # a regional TV news item on a destination company's board (dev); variants written here
        "a body by its kind in the indefinite after an adjective ('den midlertidige bestyrelse') is the one the text "
        "is about",
        "Formand for den midlertidige bestyrelse er borgmester Ulla Vestergaard, Thisted Kommune. Jens Hansen blev "
        "næstformand for det nye udvalg. Lise Holm og Ole Berg blev valgt til den nye bestyrelse.",
        {
            ("Ulla Vestergaard", "formand"),
            ("Jens Hansen", "næstformand"),
            ("Lise Holm", "medlem"),
            ("Ole Berg", "medlem"),
        },
        {("Jens Hansen", "formand")},
    ),
    (
        # a local council's page (dev); variants written here
        "a roster's entries with who appointed each and a contact line under some: each a member",
        "Derfor har Lokalrådet følgende sammensætning:\n\nJørgen Brendstrup valgt af Lemming Sogns Borgerforening\n"
        "Kan træffes over mail; nisset@example.dk eller pr. tlf. 8685 9025\n\nKlaus Hansen valgt af Sinding "
        "Borgerforening\nTlf. 12 34 56 78\nSøren Nollin, Skægkær\nChristina Hyllested udpeget af Serup Borgerforening"
        "\n\nLokalrådet arbejder med lokale forhold. Det siger Ole Berg.",
        {
            ("Jørgen Brendstrup", "medlem"),
            ("Klaus Hansen", "medlem"),
            ("Søren Nollin", "medlem"),
            ("Christina Hyllested", "medlem"),
        },
        {("Ole Berg", "medlem")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_open_role_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
