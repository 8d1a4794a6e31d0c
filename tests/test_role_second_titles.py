"""A second title after the first in a name's entry, joined by a comma or "og", is that name's too
(`role_second_titles`): "Formand, forældrerepræsentant" under the name, "NAME, referent, Direktør Væksthus …",
"NAME - formand og repræsentant fra Hjernesagen"; not a profession with no firm named, not a word that is no
title ("medlem af borgerrepræsentationen"). Excerpts quoted from dev-write documents of tests/realworld, with the
(person, role) facts they must give and those they must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

CASES: list[RoleCase] = [
    (
        # favrskov-musikskoleraadet-2024-01-23
        "a council's web page: the titles on the line under each name, the second after a comma or 'og'",
        "Musikskolerådet\n\nMusikskolerådet består af forældre, repræsentant fra folkeskolerne, medarbejdere fra "
        "musikskolen, elever (pt. vakant)  og musikskolens leder.\n\nPå kontoret\n\nAnders Grimstrup-Larsen\n\n"
        "Formand, forældrerepræsentant\n\nMette Sandahl Sørensen\n\nMusikskoleleder og sekretær i musikskolerådet\n\n"
        "Trine Andersen\n\nForældrerepræsentant\n\nSanni Bleser\n\nMedarbejderrepræsentant\n",
        {
            ("Anders Grimstrup-Larsen", "formand"),
            ("Anders Grimstrup-Larsen", "forældrerepræsentant"),
            ("Mette Sandahl Sørensen", "musikskoleleder"),
            ("Mette Sandahl Sørensen", "sekretær"),
        },
        {("Trine Andersen", "formand"), ("Mette Sandahl Sørensen", "forældrerepræsentant")},
    ),
    (
        # gladsaxe-handicapraadet-webpage
        "a member list's entries after a dash: the chair's second title, a representative of whom it names",
        "Handicaprådet\n\nSe medlemmerne af Handicaprådet, der er udpeget af handicaporganisationerne, herunder:\n\n"
        "Torben Nielsen - formand og repræsentant fra Hjernesagen\n\nRagna Heide - repræsentant fra Landsforeningen "
        "SIND\n\nAlice Rasmussen - repræsentant fra Landsforeningen LEV\n",
        {("Torben Nielsen", "formand"), ("Torben Nielsen", "repræsentant")},
        {("Ragna Heide", "formand")},
    ),
    (
        # vaeksthus-hovedstadsregionen-bestyrelse-2014-04-04
        "a flattened attendance list: the referent's post after her meeting office, not a member's seat",
        "1 Referat 11. april 2014 Bestyrelse Væksthus Hovedstadsregionen Dato: Fredag den 4. april Tidspunkt: Kl "
        "Sted: Væksthus Hovedstadsregionen, Fruebjergvej 3, 2100 København Ø Væksthus Hovedstadsregionen Deltagere: "
        "Henrik Rasmussen, Formand, Borgmester Vallensbæk Kommune Jesper Würtzen, Næstformand, Borgmester Ballerup "
        "Kommune Søren Hyldgaard, kommunalbestyrelsesmedlem Rudersdal Kommune Mette Annelie Rasmussen, observatør, "
        "medlem af borgerrepræsentationen, Københavns Kommune Marlene Haugaard, referent, Direktør Væksthus "
        "Hovedstadsregionen Vacant: Erhvervsrepræsentant udpeget af KKR\n",
        {("Marlene Haugaard", "referent"), ("Marlene Haugaard", "direktør"), ("Jesper Würtzen", "næstformand")},
        {("Mette Annelie Rasmussen", "medlem"), ("Søren Hyldgaard", "direktør")},
    ),
    (
        # thisted-erhverv-klima-miljoe-teknik-2022-11-14
        "a profession after the post, its firm not named: no title",
        "Deltagere\n\nNiels Kristian Kvistgaard, Områdechef for kystbeskyttelse – Drift og Anlæg\n\n"
        "Ole Zilstorff Dalgaard, Projektleder, ingeniør\n\nHolger Toxvig, senior kysttekniker\n",
        {("Ole Zilstorff Dalgaard", "projektleder")},
        {("Ole Zilstorff Dalgaard", "ingeniør")},
    ),
]


@role_form_cases(CASES, header="Referat\n\n", id_chars=60)
def test_a_second_title_in_a_names_entry(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
