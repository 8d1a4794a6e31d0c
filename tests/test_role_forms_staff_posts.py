"""Titled roles in forms the word list and the readers of flattened rosters missed: a staff post by its field
("informationsmedarbejder", "projektmedarbejder"), an institution's head ("forstander"), and a roster a PDF
flattened onto one line with each title right after the name's party bracket. Each case is an excerpt in the
shape minutes print it (names paraphrased), with the (person, role) facts it must give and those it must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Referat af møde i Handicaprådet\n\n"


CASES: list[RoleCase] = [
    (
        "a staff post by its field before the name, in a flattened list of the administration (Sydtrafik's board)",
        "Øvrige: Direktør Hans Bonde Afdelingsleder Karin Thers (ref.) Kommunikationsmedarbejder Karen Stoll",
        {("Hans Bonde", "direktør"), ("Karin Thers", "afdelingsleder")},
        {("Karin Thers", "kommunikationsmedarbejder"), ("Hans Bonde", "afdelingsleder")},
    ),
    (
        "a staff post by its field after the name and its comma",
        "Jan Jensen, projektmedarbejder, deltog under punkt 3.",
        {("Jan Jensen", "projektmedarbejder")},
        set(),
    ),
    (
        "an institution's head before the name (Region Syddanmark: 'orientering v/ forstander NAME')",
        "Sagsfremstilling\n\nRundvisning og orientering v/ forstander Grethe Vang\n",
        {("Grethe Vang", "forstander")},
        set(),
    ),
    (
        "the bare word 'medarbejder' is no post, nor is 'ansvarlig' said of a person",
        "Jens Hansen er medarbejder i forvaltningen. Lise Holm er ansvarlig for sagen.",
        set(),
        {("Jens Hansen", "medarbejder"), ("Lise Holm", "ansvarlig")},
    ),
    (
        "a roster flattened onto one line, each title right after its name's party bracket: the bracketed name's",
        "Til stede: Jens Hansen (A) formand Lise Holm (V) næstformand Peter Nielsen (C) Karen Olsen (O)",
        {("Jens Hansen", "formand"), ("Lise Holm", "næstformand")},
        {("Lise Holm", "formand"), ("Peter Nielsen", "næstformand")},
    ),
    (
        "a roster whose first name has its title before it reads title first",
        "Til stede: Formand Jens Hansen (A) og næstformand Lise Holm (V), Peter Nielsen (C)",
        {("Jens Hansen", "formand"), ("Lise Holm", "næstformand")},
        {("Lise Holm", "formand"), ("Peter Nielsen", "næstformand")},
    ),
    (
        "a chair's title after a municipal one and a dash, closing the entry (Læsø's committee page)",
        "Medlemmer i Færgeudvalget\n\n • Tobias Jensen (V), Viceborgmester - Formand\n"
        " • Karsten Holm (O), Borgmester\n",
        {("Tobias Jensen", "formand"), ("Tobias Jensen", "viceborgmester"), ("Karsten Holm", "borgmester")},
        {("Karsten Holm", "formand")},
    ),
    (
        "a chair's title after a second comma, closing the entry",
        "Medlemmer:\n • Anna Berg (A), Rådmand, Næstformand\n • Bo Ek (C)\n",
        {("Anna Berg", "næstformand"), ("Anna Berg", "rådmand")},
        {("Bo Ek", "næstformand")},
    ),
    (
        "a chair's title after a second comma and before a name is the next name's label, not this one's",
        "Deltagere: Anna Berg (V), direktør, formand Karsten Holm (O), Jens Ravn",
        {("Anna Berg", "direktør"), ("Karsten Holm", "formand")},
        {("Anna Berg", "formand")},
    ),
    (
        "a deputy's label opening its line in a body's composition, as 'Suppleant:' (a council's appointments)",
        "Medlemmerne er:\nBjarne Kirk K\nStedfortræder: Anne Thomsen Å\n\nValggruppe 2 indstillede:\n"
        "Sabine Lyng O\nStedfortræder: Linda Persson O\n",
        {("Anne Thomsen", "stedfortræder"), ("Linda Persson", "stedfortræder")},
        {("Bjarne Kirk", "stedfortræder"), ("Sabine Lyng", "stedfortræder")},
    ),
    (
        "a deputy's label under an absence names who stood in at this meeting: attendance, no seat",
        "Afbud: Bjarne Kirk (K)\nStedfortræder: Anne Thomsen (Å)\n",
        set(),
        {("Anne Thomsen", "stedfortræder")},
    ),
    (
        "a deputy's label naming the member stood in for is attendance, no seat",
        "Medlemmer:\nBjarne Kirk (K)\nStedfortræder: Anne Thomsen (Å) for Lise Holm\n",
        set(),
        {("Anne Thomsen", "stedfortræder")},
    ),
    (
        "a title and its workplace before a name whose town follows it (AU Herning's news of its council)",
        "Rådet får to nye medlemmer: direktør ved TV MidtVest Lone Suhr, Holstebro, og erhvervsmanden Carl Thy.",
        {("Lone Suhr", "direktør")},
        {("Carl Thy", "direktør")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_widened_role_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
