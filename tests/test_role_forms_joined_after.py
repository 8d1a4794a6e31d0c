"""Two titles joined by "og", "samt" or "&" after a name are both that name's (`role_joined_after`): "Jens Hansen,
formand og kasserer, Ole Olsen", "Jens Hansen (formand og referent)"; not where the second title runs on into the
next name, a comma parts the two, or each name has its title before it. The first cases are excerpts quoted from
dev-write documents of tests/realworld; the rest are the list entries of minutes' attendance and member lists the
form takes there, with the (person, role) facts they must give and those they must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Referat\n\n"


CASES: list[RoleCase] = [
    (
        # movia-webpage-bestyrelse
        "a chair's title and a council seat joined after the name, the seat's municipality after it",
        "Movias nye bestyrelse er valgt for perioden 2018-2021: \n\n  • Kirsten Jensen, bestyrelsesformand og "
        "borgmester i Hillerød (A)\n  • Per Hovmand, næstformand og byrådsmedlem i Sorø Kommune og regionsrådsmedlem "
        "i Region Sjælland (C)\n  • Benedikte Kiær, borgmester i Helsingør Kommune (C)\n",
        {
            ("Kirsten Jensen", "borgmester"),
            ("Per Hovmand", "næstformand"),
            ("Per Hovmand", "byrådsmedlem"),
            ("Per Hovmand", "regionsrådsmedlem"),
        },
        {("Per Hovmand", "bestyrelsesformand"), ("Benedikte Kiær", "næstformand")},
    ),
    (
        # broenderslev-integrationsraadet-2016-09-07
        "two staff titles joined after the name, the workplace after them",
        "Lars Halvorsen, skoleleder og udviklingskonsulent fra AOF, vil som inspiration til drøftelsen deltage på "
        "mødet og fortælle om projekt Bydelsmødre for flygtningekvinder. Peter Bruhns, skoleleder fra AOF vil "
        "ligeledes deltage i mødet.\n",
        {("Lars Halvorsen", "skoleleder"), ("Lars Halvorsen", "udviklingskonsulent")},
        {("Peter Bruhns", "udviklingskonsulent")},
    ),
    (
        "the title after 'og' closed by the entry's comma is the name's, not the next name's",
        "Deltagere: Jens Hansen, formand og kasserer, Ole Olsen, sekretær\n",
        {("Jens Hansen", "formand"), ("Jens Hansen", "kasserer"), ("Ole Olsen", "sekretær")},
        {("Ole Olsen", "kasserer")},
    ),
    (
        "… after 'samt' too",
        "Deltagere: Jens Hansen, formand samt kasserer, Ole Olsen, sekretær\n",
        {("Jens Hansen", "formand"), ("Jens Hansen", "kasserer")},
        {("Ole Olsen", "kasserer")},
    ),
    (
        "… closing its line",
        "Til stede:\nJens Hansen, formand og kasserer\nOle Olsen, sekretær\n",
        {("Jens Hansen", "formand"), ("Jens Hansen", "kasserer"), ("Ole Olsen", "sekretær")},
        {("Ole Olsen", "kasserer")},
    ),
    (
        "the title after 'og' with its body, closed by a comma, is the name's",
        "Deltagere: Jens Hansen, direktør og sekretær for bestyrelsen, Ole Olsen\n",
        {("Jens Hansen", "direktør"), ("Jens Hansen", "sekretær")},
        {("Ole Olsen", "sekretær")},
    ),
    (
        "the first title with its body, the one after 'og' with its own, closed by a comma: the name's",
        "Deltagere: Jens Hansen, borgmester i Odder Kommune og formand for bestyrelsen, Ole Olsen, kommunaldirektør\n",
        {("Jens Hansen", "borgmester"), ("Jens Hansen", "formand"), ("Ole Olsen", "kommunaldirektør")},
        {("Ole Olsen", "formand")},
    ),
    (
        "… the one after 'og' bare: never the next name's",
        "Deltagere: Jens Hansen, borgmester i Odder Kommune og næstformand, Ole Olsen, kommunaldirektør\n",
        {("Jens Hansen", "borgmester"), ("Ole Olsen", "kommunaldirektør")},
        {("Ole Olsen", "næstformand")},
    ),
    (
        "two titles joined in the bracket after the name",
        "Deltagere: Jens Hansen (formand & kasserer), Ole Olsen\n",
        {("Jens Hansen", "formand"), ("Jens Hansen", "kasserer")},
        {("Ole Olsen", "kasserer")},
    ),
    (
        "the minute-taker joined to a title in the bracket",
        "Deltagere: Jens Hansen (formand og referent), Ole Olsen\n",
        {("Jens Hansen", "formand"), ("Jens Hansen", "referent")},
        {("Ole Olsen", "referent")},
    ),
    (
        "two posts joined a space after the name, closing its entry: the name's, not the next name's",
        "Til stede: Hans Jensen formand og kasserer, Lise Holm næstformand, Peter Sørensen\n",
        {("Hans Jensen", "formand"), ("Hans Jensen", "kasserer"), ("Lise Holm", "næstformand")},
        {("Lise Holm", "formand"), ("Lise Holm", "kasserer")},
    ),
    (
        "… the later entry's too",
        "Til stede: Hans Jensen formand, Lise Holm næstformand og kasserer, Peter Sørensen\n",
        {("Lise Holm", "næstformand"), ("Lise Holm", "kasserer")},
        {("Peter Sørensen", "næstformand"), ("Peter Sørensen", "kasserer")},
    ),
    (
        "a run of 'name, title' entries flattened onto a line: the joined title closes the entry before",
        "Deltagere: Kristine Schmidt, formand og kasserer Gert Jensen, Personalechef Mette Ebdrup, Løn og Personale\n",
        {("Kristine Schmidt", "formand"), ("Kristine Schmidt", "kasserer"), ("Gert Jensen", "personalechef")},
        {("Gert Jensen", "kasserer"), ("Mette Ebdrup", "personalechef")},
    ),
    (
        "a title before each name: each its own name's",
        "Deltagere: formand Ole Olsen og næstformand Jens Hansen\n",
        {("Ole Olsen", "formand"), ("Jens Hansen", "næstformand")},
        {("Ole Olsen", "næstformand"), ("Jens Hansen", "formand")},
    ),
    (
        "the title after 'og' running on into the next name is that name's",
        "Til stede: Jens Hansen, formand og næstformand Ole Olsen\n",
        {("Jens Hansen", "formand"), ("Ole Olsen", "næstformand")},
        {("Jens Hansen", "næstformand")},
    ),
    (
        "a comma before 'og' parts the entries",
        "Det siger Jens Hansen, formand, og borgmester Ole Olsen.\n",
        {("Jens Hansen", "formand"), ("Ole Olsen", "borgmester")},
        {("Jens Hansen", "borgmester")},
    ),
]


@role_form_cases(CASES, header=HEADER, id_chars=60)
def test_two_titles_joined_after_a_name(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
