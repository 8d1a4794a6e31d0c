"""Roles read from a page's layout rather than its phrases (issue 13 item 4), one table: the block of entries
under a heading of members (whatever each entry prints after the name: a status, a party). Each case is an
excerpt in the shape real pages print it (names as printed in a dev document of tests/realworld where one is
quoted, else invented), with the (person, role) facts it must give and those it must not give."""

from __future__ import annotations

from pathlib import Path

from text_facts import HeadedRoleCase, RolePairs, assert_role_form, headed_role_cases, role_form_cases

MINUTES = "Referat af møde i Regionsrådet\nTirsdag den 22. marts 2022 kl. 17.00\n\n"
COMMITTEE = "Referat af møde i Teknik- og Miljøudvalget\nTirsdag den 3. marts 2020 kl. 16.00\n\n"

CASES: list[HeadedRoleCase] = [
    (
        "'Medlemmer' on its own line over bulleted entries each with a status after a colon; one absent with a "
        "stand-in (Region Hovedstaden)",
        MINUTES,
        "Medlemmer\n\n • Lars Gaardhøj: Deltog\n • Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling, "
        "fraværende ved sag 1-4. )\n • Leila Lindén: Deltog\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n",
        {("Lars Gaardhøj", "medlem"), ("Sofie de Bretteville Olsen", "medlem"), ("Leila Lindén", "medlem")},
        {("Jarl Feyling", "medlem")},
    ),
    (
        "the same block under 'Udvalgets medlemmer:', statuses in another casing",
        COMMITTEE,
        "Udvalgets medlemmer:\n\n• Henrik Sørensen: deltog\n• Mette Holm: afbud\n• Jens Krogh: DELTOG\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n",
        {("Henrik Sørensen", "medlem"), ("Mette Holm", "medlem"), ("Jens Krogh", "medlem")},
        set(),
    ),
    (
        "a heading of those absent over the block is no list of members",
        COMMITTEE,
        "Fraværende medlemmer\n\n • Henrik Sørensen: Afbud\n • Mette Holm: Afbud\n\n1. Godkendelse af dagsorden\n\n"
        "Godkendt.\n",
        set(),
        {("Henrik Sørensen", "medlem"), ("Mette Holm", "medlem")},
    ),
    (
        "a block of statuses under a heading that names no members ('Deltagere') gives no member",
        COMMITTEE,
        "Deltagere\n\n • Henrik Sørensen: Deltog\n • Mette Holm: Afbud\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n",
        set(),
        {("Henrik Sørensen", "medlem"), ("Mette Holm", "medlem")},
    ),
    (
        "a table of name and function, its cells parted by bars (Tårnby's web page prints its council so)",
        COMMITTEE,
        "Navn | Funktion\nSvend-Erik Nielsen | Direktør\nRikke Voss Hvelplund | Formand\nJonna Lybech Bay | Referent\n",
        {("Svend-Erik Nielsen", "direktør"), ("Rikke Voss Hvelplund", "formand"), ("Jonna Lybech Bay", "referent")},
        set(),
    ),
    (
        "the same table with tabs between its cells, a party in brackets after a name, titles in lower case",
        COMMITTEE,
        "Deltagere:\nSvend-Erik Nielsen (A)\tdirektør for Teknik og Miljø\nRikke Voss Hvelplund\tnæstformand\n"
        "Jonna Lybech Bay\tsekretær\n",
        {("Svend-Erik Nielsen", "direktør"), ("Rikke Voss Hvelplund", "næstformand"), ("Jonna Lybech Bay", "sekretær")},
        set(),
    ),
    (
        "two columns of a PDF on one line, each cell a name and its title: a title is its own cell's, never the "
        "next cell's name's",
        COMMITTEE,
        "Svend-Erik Nielsen, formand          Rikke Voss Hvelplund, næstformand\n"
        "Jonna Lybech Bay, sekretær          Bo Hansen, kasserer\n",
        {
            ("Svend-Erik Nielsen", "formand"),
            ("Rikke Voss Hvelplund", "næstformand"),
            ("Jonna Lybech Bay", "sekretær"),
            ("Bo Hansen", "kasserer"),
        },
        {("Rikke Voss Hvelplund", "formand"), ("Bo Hansen", "sekretær")},
    ),
    (
        "two columns, the title in brackets or after a dash, the second column's name alone",
        COMMITTEE,
        "Svend-Erik Nielsen (Formand)     Rikke Voss Hvelplund\nJonna Lybech Bay - Referent     Bo Hansen\n",
        {("Svend-Erik Nielsen", "formand"), ("Jonna Lybech Bay", "referent")},
        {("Rikke Voss Hvelplund", "formand"), ("Bo Hansen", "referent")},
    ),
    (
        "a title in brackets after a name with its workplace right after it, no comma between (Destination "
        "Limfjorden's board); a party's bracket before it",
        "Bestyrelsen for Destination Limfjorden\n\n",
        "Bestyrelsen:\n • Niels Viggo Lynghøj (borgmester Struer Kommune)\n • Hans Ejner Bertelsen (V) (Borgmester "
        "Morsø Kommune)\n • Jens Holm (direktør Skive Havn)\n",
        {("Niels Viggo Lynghøj", "borgmester"), ("Hans Ejner Bertelsen", "borgmester"), ("Jens Holm", "direktør")},
        set(),
    ),
    (
        "a title, a preposition of a workplace and the workplace before the name, with a comma or none (KL, Faxe)",
        "Nyhed\n\n",
        "Desuden blev kommunalbestyrelsesmedlem på Frederiksberg, Thyge Enevoldsen udpeget. Sagen suppleres af "
        "oplæg ved afdelingsleder på Rolloskolen, Nanna S. Rolvsen. Mødet åbnede med direktør ved TV MidtVest Lone "
        "Sunesen.",
        {
            ("Thyge Enevoldsen", "kommunalbestyrelsesmedlem"),
            ("Nanna S. Rolvsen", "afdelingsleder"),
            ("Lone Sunesen", "direktør"),
        },
        set(),
    ),
    (
        "a representative by a compound title after the name in a board's list (Movia); a bare 'repræsentant' is none",
        "Bestyrelsen\n\n",
        "Bestyrelsen består af:\n  • Andreas Keil, borgerrepræsentant i Københavns Kommune (A)\n"
        "  • Karen Holm, forældrerepræsentant i Skolebestyrelsen\n  • Bo Lund, repræsentant for Vejdirektoratet\n",
        {("Andreas Keil", "borgerrepræsentant"), ("Karen Holm", "forældrerepræsentant")},
        {("Bo Lund", "repræsentant")},
    ),
    (
        "a run of 'name, title' entries a PDF flattened onto one line: each title closes the entry before it "
        "(the run's first name has no title, its last entry goes on after a comma)",
        COMMITTEE,
        "Deltagere: Kristine Ansted Schmidt, Personalechef Gert Ahrentecht Jensen, Afdelingschef Mette Ebdrup, "
        "Løn og Personale\n",
        {("Kristine Ansted Schmidt", "personalechef"), ("Gert Ahrentecht Jensen", "afdelingschef")},
        {("Gert Ahrentecht Jensen", "personalechef"), ("Mette Ebdrup", "afdelingschef")},
    ),
    (
        "the same run in lower case, with a party after each name and the last entry closed by its own title",
        COMMITTEE,
        "Til stede: Bo Ek (V), kommunaldirektør Anna Hansen (S), sekretær Carl Berg (A), referent\n",
        {("Bo Ek", "kommunaldirektør"), ("Anna Hansen", "sekretær"), ("Carl Berg", "referent")},
        {("Anna Hansen", "kommunaldirektør"), ("Carl Berg", "sekretær")},
    ),
    (
        "a run opened by a title reads the other way: each title opens the entry of the name after it",
        COMMITTEE,
        "Deltagere: Personalechef Gert Ahrentecht Jensen, Direktør Tobias Brøndsted Rasmussen, Sekretær Mette Ebdrup\n",
        {
            ("Gert Ahrentecht Jensen", "personalechef"),
            ("Tobias Brøndsted Rasmussen", "direktør"),
            ("Mette Ebdrup", "sekretær"),
        },
        {("Gert Ahrentecht Jensen", "direktør"), ("Tobias Brøndsted Rasmussen", "sekretær")},
    ),
    (
        "a run whose first two titles are the chair's and the deputy's reads name first though its last name ends it "
        "bare: a list opens with its chair (AAB, flattened)",
        "Referat af OB-møde\n\n",
        "Mødedato: 5. december 2012 kl Til stede: Bent Haupt Jensen, Formand Jørn Nielsen, Næstformand Michael Bagge "
        "Kuehn Jette Kragh Michael Bendixen Palle S. Madsen\n",
        {("Bent Haupt Jensen", "formand"), ("Jørn Nielsen", "næstformand")},
        {("Jørn Nielsen", "formand"), ("Michael Bagge Kuehn", "næstformand")},
    ),
    (
        "… never a run whose second title is no deputy's, nor one with a title before its first name",
        "Referat af bestyrelsesmøde\n\n",
        "Deltagere: Ole Hansen, Formand Bo Ek, Kasserer Lis Holm Per Lund\n\n"
        "Til stede: Formand Karen Bach, Næstformand Jens Mo, Lone Dahl Kim Lund\n",
        {("Bo Ek", "formand"), ("Lis Holm", "kasserer"), ("Karen Bach", "formand"), ("Jens Mo", "næstformand")},
        {("Ole Hansen", "formand"), ("Bo Ek", "kasserer"), ("Karen Bach", "næstformand")},
    ),
    (
        "a run whose last name ends it bare is read as before (the title the next name's)",
        COMMITTEE,
        "Deltagere: Gert Ahrentecht Jensen, Direktør Tobias Brøndsted Rasmussen\n\n1. Godkendelse af dagsorden\n",
        {("Tobias Brøndsted Rasmussen", "direktør")},
        {("Gert Ahrentecht Jensen", "direktør")},
    ),
    (
        "a list of staff, each name then a dash and its title (a first name the name list may not know: Gribskov)",
        COMMITTEE,
        "Deltagere:\nDorethe Pedersen - Afdelingschef TVF\nKarin Sabber Jensen – fagchef Plan og Byg\n"
        "Jonna Lybech Bay - Udvalgssekretær\n",
        {
            ("Dorethe Pedersen", "afdelingschef"),
            ("Karin Sabber Jensen", "fagchef"),
            ("Jonna Lybech Bay", "udvalgssekretær"),
        },
        set(),
    ),
    (
        "a representative's seat after a name in a list of the body's members (Læsø's Færgeudvalget), other "
        "compounds and casings; a bare 'repræsentant' is no title",
        COMMITTEE,
        "Medlemmer:\n • Kent Hvirring Jensen, medarbejderrepræsentant \n • Helle Gram, Forældrerepræsentant\n"
        " • Anna Holm, elevrepræsentant\n • Bo Hansen, repræsentant\n",
        {
            ("Kent Hvirring Jensen", "medarbejderrepræsentant"),
            ("Helle Gram", "forældrerepræsentant"),
            ("Anna Holm", "elevrepræsentant"),
        },
        {("Bo Hansen", "repræsentant")},
    ),
]


@role_form_cases(headed_role_cases(CASES), id_chars=60)
def test_role_forms_by_layout(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
