"""Attendance sentences that name who came (issue 13, item 1): names, then "deltog" and how or when they took
part. Cases are short dev-write excerpts (named) and near misses that must give no one present."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

P, A = "present", "absent"

CAME: list[tuple[str, set[tuple[str, str]]]] = [
    (
        # rm-hospitalsudvalget-2019-06-11
        "Alle medlemmer var mødt undtagen Jørgen Winther og Else Kayser, der havde meldt afbud.\n\n"
        "Susanne Buch, Nicolaj Bang, Mette Valbjørn og Erik Vinther deltog via video.\n",
        {
            ("Jørgen Winther", A),
            ("Else Kayser", A),
            ("Susanne Buch", P),
            ("Nicolaj Bang", P),
            ("Mette Valbjørn", P),
            ("Erik Vinther", P),
        },
    ),
    (
        # stevns-udsatteraad-2021-08-30
        "Bemærkninger\nAfbud: Thorkil Opperman.\n \nJacob Panton Kristiansen deltog fra kl. 10 - 11.\n",
        {("Thorkil Opperman", A), ("Jacob Panton Kristiansen", P)},
    ),
    (
        # odense-oekonomiudvalget-2017-04-26: a title before each entry
        "Chef for Strategi & Kommunikation Michael Bruhn Frederiksen og kontorchef Kåre Nygård Pedersen deltog i "
        "forbindelse med behandlingen af pkt. 13.\n",
        {("Michael Bruhn Frederiksen", P), ("Kåre Nygård Pedersen", P)},
    ),
    (
        # movia-bestyrelse-2015-09-02 (flattened): "var … til stede" around the titled names
        "Til stede: Thomas Gyldal Petersen, Per Hovmand og Jens Mandrup. Endvidere var administrerende direktør "
        "Dorthe Nøhr Pedersen, centerchef Eskil Thuesen og chefkonsulent Michael Skov til stede.\n",
        {("Thomas Gyldal Petersen", P), ("Per Hovmand", P), ("Jens Mandrup", P)}
        | {("Dorthe Nøhr Pedersen", P), ("Eskil Thuesen", P), ("Michael Skov", P)},
    ),
    (
        # koebenhavn-integrationsudvalg-2005-05-02-punkt-1: the body they come from between the names and the verb;
        # two first names the name list does not know beside two it knows
        "Udvalget godkendte, at Ditte Wenzel Pedersen, Jørgen Juri Thoren, Sükrü Ertosun og Adnan Meki Mohammed fra "
        "Rådet for Etniske Minoriteter deltog i drøftelsen under punkt 1.\n",
        {("Ditte Wenzel Pedersen", P), ("Jørgen Juri Thoren", P), ("Sükrü Ertosun", P), ("Adnan Meki Mohammed", P)},
    ),
    (
        # bkf-region-hovedstaden-bestyrelse-2016-11-11: a word before the title before the name
        "Referat\n\nPå dette møde deltog ekstern næstformand Jan Henriksen, Middelfart Kommune\n\n"
        "Afbud fra Martin Tinning og Marianne Hoff Andersen\n",
        {("Jan Henriksen", P), ("Martin Tinning", A), ("Marianne Hoff Andersen", A)},
    ),
    (
        # midttrafik-repraesentantskab-2008-05-23 (near miss of the above): "og" before a title is the list's
        "Desuden deltog områdechef Grethe Hassing og vicekontorchef Casper Jul Nielsen.\n",
        {("Grethe Hassing", P), ("Casper Jul Nielsen", P)},
    ),
    (
        # roskilde-lbr-2014-03-10: "I mødet deltog" before the name, the rest of the sentence about her
        "    Fraværende: Hava Oral, Tommy Laursen\n    I mødet deltog Iris Skov Hovmøller fra Dansk Byggeri, der til "
        "juni skal overtage Flemming Kronstens plads i Det lokale Beskæftigelsesråd.\n",
        {("Hava Oral", A), ("Tommy Laursen", A), ("Iris Skov Hovmøller", P)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAME)
def test_names_before_deltog_came(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(row.name, row.status) for row in find_attendance(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        # announced, not recorded (dev roedovre-oekonomiudvalget-2024-09-18, bornholm-boerne-skoleudvalget-2018-11-06)
        "1. Status på Sammen om Rødovre (se bilag). Michelle Parris deltager.\n",
        "Børne- og Familiechef Anders Fløjborg deltager under punkterne 3 til og med 6.\n",
        # a body alone before the verb (no first name known) is no one present
        "Fra kommunen deltog ingen. Dansk Byggeri deltog via video.\n",
        # "ikke til stede": no coming
        "Materialet fra Jens Hansen var ikke til stede.\n",
        # another event, not this meeting
        "Borgmesteren oplyste, at i mødet med ministeren deltog Jens Hansen.\n",
        "Jens Hansen deltog i KL's konference om klima.\n",
        # a body's name before the verb is no person (dev koebenhavn-integrationsudvalg-2005-05-02-punkt-1)
        "Udvalget godkendte, at to repræsentanter fra Rådet for Etniske Minoriteter deltog i drøftelsen.\n",
    ],
)
def test_no_one_came(text: str) -> None:
    assert not [row for row in find_attendance(text) if row.status == P]


def test_deltog_ikke_is_no_coming() -> None:
    rows = {(row.name, row.status) for row in find_attendance("Thorkild Gruelund deltog ikke.\n")}
    assert ("Thorkild Gruelund", P) not in rows
