"""Roles read from a text's structure rather than its phrases (issue 13 item 4), one table: a body's members
one a line under a label of its members (web pages and minutes headers), a title's body in lower case, a post
named as a post in its holder's clause, a label's colon after a bracket or another label, a title alone under
a name alone. Each case is an excerpt in the shape real pages print it (names as printed in a dev document of
tests/realworld where one is quoted, else invented), with the (person, role) facts it must give and those it
must not give."""

from __future__ import annotations

from pathlib import Path

from text_facts import HeadedRoleCase, RolePairs, assert_role_form, headed_role_cases, role_form_cases

MINUTES = "Referat af møde i Teknik- og Miljøudvalget\nTirsdag den 3. marts 2020 kl. 16.00\n\n"
PAGE = "Færgeudvalget\n\nUdvalget er et rådgivende udvalg.\n\n"

CASES: list[HeadedRoleCase] = [
    (
        "a page's bulleted member list under 'Medlemmer i X', titles of other posts beside the names (Læsø)",
        PAGE,
        "Medlemmer i Færgeudvalget\n\n • Tobias Johansen (V), Viceborgmester - Formand\n • Karsten Nielsen (O), "
        "Borgmester\n • Lone Broe (V), Kommunalbestyrelsesmedlem\n • Flemming Nielsen, Chefkaptajn",
        {("Karsten Nielsen", "medlem"), ("Lone Broe", "medlem"), ("Flemming Nielsen", "medlem")},
        {("Tobias Johansen", "medlem")},
    ),
    (
        "'Medlemmerne er:' over one entry a line, blank lines between; the chair of the page's body is no plain "
        "member, an observer neither (Midtjysk Brand & Redning)",
        "Beredskabskommissionen\n\n",
        "Medlemmerne er:\n\nTorsten Nielsen (C), Borgmester i Viborg Kommune, Formand for Beredskabskommissionen\n\n"
        "Allan Clifford (V), Byrådsmedlem, Viborg\n\nAnders Bertel (A), Byrådsmedlem, Viborg\n\n"
        "Lone Gaisie (observatør – Vicekredsleder, Beredskabsforbundet)\n\n"
        "Sekretær for Beredskabskommissionen: Klaus V. Hebsgaard",
        {("Allan Clifford", "medlem"), ("Anders Bertel", "medlem")},
        {("Torsten Nielsen", "medlem"), ("Lone Gaisie", "medlem"), ("Klaus V. Hebsgaard", "medlem")},
    ),
    (
        "a count of members and who appointed them as the label, a title before each name (Region Hovedstaden); "
        "a chair of another body is a member too",
        "Medlemmer af Sundhedskoordinationsudvalget\n\n",
        "5 medlemmer udpeget af regionsrådet:\n\n • Regionsrådsmedlem Flemming Pless (A)\n"
        " • Regionsrådsmedlem Jesper Clausson (A)\n\n5 medlemmer udpeget af kommunekontaktrådet i Region Hovedstaden "
        "(KKR Hovedstaden):\n\n • Borgmester Helle Moesgaard Adelborg (A), Hvidovre Kommune\n"
        " • Borgmester Kirsten Jensen (A), Hillerød Kommune\n\nHerudover 2 medlemmer udpeget af Praksisudvalget:\n\n"
        " • Formand for PLO-Hovedstaden Karin Zimmer\n • Næstformand for PLO-Hovedstaden Marianne Puge",
        {
            ("Flemming Pless", "medlem"),
            ("Jesper Clausson", "medlem"),
            ("Karin Zimmer", "medlem"),
            ("Kirsten Jensen", "medlem"),
            ("Kirsten Jensen", "borgmester"),
        },
        set(),
    ),
    (
        "a sentence ending in a colon over the list, the party in brackets (Lejre's Folkeoplysningsudvalg)",
        "Folkeoplysningsudvalget\n\n",
        "Efter valg til Folkeoplysningsudvalget er der 5. maj 2022 konstitueret nyt udvalg:\n\nAnne Lauridsen (-)\n"
        "Jan Hovmand (-)\nThomas Bisgaard (B)\n\nJan Hovmand valgt som formand",
        {("Anne Lauridsen", "medlem"), ("Jan Hovmand", "medlem"), ("Thomas Bisgaard", "medlem")},
        set(),
    ),
    (
        "a label of a group of members with a colon, one a line, a chair of the body in the entry (invented)",
        PAGE,
        "Politiske repræsentanter:\n\n • Hans Jensen (A), Formand for udvalget\n • Lise Holm (C)\n • Per Olsen (O)",
        {("Lise Holm", "medlem"), ("Per Olsen", "medlem")},
        {("Hans Jensen", "medlem")},
    ),
    (
        "the label's first entry on its line after the colon, the rest one a line under it (a PDF's header)",
        MINUTES,
        "Udvalgsmedlemmer:\tHans Jensen (A)\n\tLise Holm (V)\n\tPer Olsen (C)\n\nFraværende: Ingen",
        {("Hans Jensen", "medlem"), ("Lise Holm", "medlem"), ("Per Olsen", "medlem")},
        set(),
    ),
    (
        "an attendance list is no member list, whatever line in it names a seat",
        MINUTES,
        "Til stede:\nHans Jensen, Formand\nFargana Ismailova, etnisk repræsentant\nRuth Jensen, LyngbyGuiderne\n"
        "Bjarne Olsen, Lyngby Frivillignet\nMette Hoff, Kommunalbestyrelsen",
        {("Hans Jensen", "formand")},
        {("Ruth Jensen", "medlem"), ("Bjarne Olsen", "medlem"), ("Mette Hoff", "medlem")},
    ),
    (
        "substitutes listed under their own label are no members",
        PAGE,
        "Suppleanter:\n\nPer Olsen (C)\nOle Berg (O)",
        set(),
        {("Per Olsen", "medlem"), ("Ole Berg", "medlem")},
    ),
    (
        "a chair of a body named in lower case by its kind alone, the post before the name",
        MINUTES,
        "Formand for udvalget er Hans Jensen. Næstformand er Lise Holm.",
        {("Hans Jensen", "formand"), ("Lise Holm", "næstformand")},
        set(),
    ),
    (
        "a chair of a body named in lower case, after the name (news and prose)",
        MINUTES,
        "Hans Jensen bliver formand for teknik- og miljøudvalget. Lise Holm er næstformand i udvalget.",
        {("Hans Jensen", "formand"), ("Lise Holm", "næstformand")},
        set(),
    ),
    (
        "a lower-case body right before the next name is that name's title (a list flattened onto a line)",
        MINUTES,
        "Udvalget består af: borgmester Hans Rex (V), Leo Mikkelsen (K), formand for teknik- og miljøudvalget "
        "Inger Støtt (V), Gunnar Karlsen (A).",
        {("Hans Rex", "borgmester")},
        {("Leo Mikkelsen", "formand")},
    ),
    (
        "a group's chair and the gender-neutral word before the name",
        MINUTES,
        "Gruppeformand Hans Jensen og forperson Lise Holm deltog.",
        {("Hans Jensen", "gruppeformand"), ("Lise Holm", "forperson")},
        set(),
    ),
    (
        "a post named as a post in its holder's clause; a candidacy is none (Dragør, Hirtshals, Lyngby-Taarbæk)",
        MINUTES,
        "Lise Holm bestred posten som næstformand. Hans Jensen fortsætter på formandsposten. "
        "Per Olsen stillede op til formandsposten.",
        {("Lise Holm", "næstformand"), ("Hans Jensen", "formand")},
        {("Per Olsen", "formand")},
    ),
    (
        "a post named as a post, proposed or denied, is none; the one who takes it holds it",
        MINUTES,
        "Lise Holm er indstillet til posten som næstformand. Hans Jensen fik ikke formandsposten, men Per Olsen "
        "overtager posten som formand.",
        {("Per Olsen", "formand")},
        {("Lise Holm", "næstformand"), ("Hans Jensen", "formand")},
    ),
    (
        "a label's colon after a bracket or another label labels the next name (Fredericia's flattened header)",
        MINUTES,
        "Medlemmer: Formand: Lars Ejby Pedersen (A) Næstformand: Kurt Halling (O) Bente Ankersen (A) "
        "Christian Jørgensen (V)",
        {("Lars Ejby Pedersen", "formand"), ("Kurt Halling", "næstformand")},
        {("Kurt Halling", "formand")},
    ),
    (
        "a label after the comma that closes the entry before",
        MINUTES,
        "Formand: Hans Jensen (A), Næstformand: Lise Holm (V)",
        {("Hans Jensen", "formand"), ("Lise Holm", "næstformand")},
        {("Hans Jensen", "næstformand"), ("Lise Holm", "formand")},
    ),
    (
        "who was elected, a sentence ending in a colon, the members under their parties' headings (Region Midtjylland)",
        "Regionsrådet\n\n",
        "Ifølge valgbogen for valget den 21. november 2017 til regionsrådet for Region Midtjylland er følgende valgt "
        "til regionsrådet i valgperioden 1. januar 2018 - 31. december 2021:\n\nA. Socialdemokratiet\n\n"
        "Anders Kühnau\n\nAnnette Roed\n\n \n\nB. Radikale Venstre\n\nHanne Roed\n\n \n\n"
        "V. Venstre, Danmarks Liberale Parti\n\nCarsten Kissmeyer\n\nUlrich Fredberg",
        {
            ("Anders Kühnau", "medlem"),
            ("Annette Roed", "medlem"),
            ("Hanne Roed", "medlem"),
            ("Carsten Kissmeyer", "medlem"),
            ("Ulrich Fredberg", "medlem"),
        },
        set(),
    ),
    (
        "'Følgende er valgt:' over entries each followed by its party's letter alone on a line (Aabenraa), and "
        "party headings in brackets (invented)",
        "Byrådet\n\n",
        "Følgende er valgt:\n\nHans Jensen\n\nV\n\nLise Holm\n\nA\n\nPer Olsen\n\nSocialdemokratiet (A)\n\nKarin Lund",
        {("Hans Jensen", "medlem"), ("Lise Holm", "medlem"), ("Per Olsen", "medlem"), ("Karin Lund", "medlem")},
        set(),
    ),
    (
        "a chair printed as a compound seat ('bestyrelsesformand') is no plain member of the elected board (Movia)",
        "Bestyrelsen\n\n",
        "Følgende er valgt til bestyrelsen for perioden 2018-2021:\n\n  • Hans Jensen, bestyrelsesformand og "
        "borgmester i Hillerød (A)\n  • Lise Holm, borgmester i Glostrup Kommune (V)\n  • Per Olsen (C)",
        {("Lise Holm", "medlem"), ("Per Olsen", "medlem")},
        {("Hans Jensen", "medlem")},
    ),
    (
        "a label of selected matters ('Udvalgte sager:') is no election, and a list of candidates no members",
        MINUTES,
        "Udvalgte sager:\n\nHans Jensen\n\nLise Holm\n\nFølgende kandidater er valgt som suppleanter:\n\n"
        "Per Olsen\n\nKarin Lund",
        set(),
        {("Hans Jensen", "medlem"), ("Lise Holm", "medlem"), ("Per Olsen", "medlem"), ("Karin Lund", "medlem")},
    ),
    (
        "a title alone under each name alone on its line is that name's, not a roster heading of the next",
        MINUTES,
        "Hans Jensen\nFormand\n\nLise Holm\nNæstformand",
        {("Hans Jensen", "formand"), ("Lise Holm", "næstformand")},
        {("Lise Holm", "formand")},
    ),
    (
        "a chair's title closing the entry after a one-letter affiliation",
        MINUTES,
        "Hans Jensen, A, formand\nLise Holm, V, næstformand",
        {("Hans Jensen", "formand"), ("Lise Holm", "næstformand")},
        set(),
    ),
]


@role_form_cases(headed_role_cases(CASES), id_chars=60)
def test_role_forms_by_structure(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
