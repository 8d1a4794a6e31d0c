"""Titles as other publishers print them (issue 13 item 4, stress round): dev-write statements rewritten the one
way publishers differ, scored against the same gold, showed where the readers broke. A title after a name closes
at a party's or workplace's bracket, at "og" and at the clause's own words, not only at a stop (`role_entry_titles`);
a title after a name whose body no reader finds is still held somewhere (as a title before a name is); a name on its
line with its seat on the line beside it pairs up although a line between holds no title or a roster's names come
before (`role_title_lines`). Each excerpt is quoted from the dev-write document named above it; where it is that
document's statement rewritten as the stress rewrote it, the comment says which way."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Referat\n\n"


CASES: list[RoleCase] = [
    (
        # midttrafik-repraesentantskab-2008-05-23, "direktør Jens Erik Sørensen og …" with the title after the name
        "a title after a name closes at 'og' and the next entry",
        "Fra administrationen deltog: Jens Erik Sørensen, direktør og Danni Giørtz- Jørgensen (referent).\n",
        {("Jens Erik Sørensen", "direktør")},
        {("Danni Giørtz- Jørgensen", "direktør")},
    ),
    (
        # alleroed-byraad-2011-01-27, "Borgmester Erik Lund (C)" with the title after the name
        "a title after a name closes at the party's bracket",
        "Medlemmer: Erik Lund, borgmester (C), Flemming Villadsen (A), Miki Dam Larsen (V)\n",
        {("Erik Lund", "borgmester")},
        {("Flemming Villadsen", "borgmester")},
    ),
    (
        # frederiksberg-kommunalbestyrelsen-2015-04-20, "rådmand Balder Mørk Andersen" with the title after the name
        "a title after a name closes at the clause's own words",
        "76.  Spørgsmål fra Balder Mørk Andersen, rådmand om parkeringsforliget\n",
        {("Balder Mørk Andersen", "rådmand")},
        set(),
    ),
    (
        "a title after a name going on with its preposition is read with its body, not as a bare title",
        "Sagen blev forelagt af Jens Ole Hansen, formand for en tid og senere menigt medlem.\n",
        set(),
        {("Jens Ole Hansen", "formand")},
    ),
    (
        "a title before a label's colon is the next name's",
        "Formand: Bo Ek (A), næstformand: Anna Hansen (V)\n",
        {("Anna Hansen", "næstformand")},
        {("Bo Ek", "næstformand")},
    ),
    (
        # holbaek-handicapraadet-2016-05-24, "Chef Karen Schur indstiller" with the title in brackets after the name
        "a title in brackets after a name whose body no reader finds is held where the text is",
        "Indstilling\nKaren Schur (chef) indstiller, at Handicaprådet tager orienteringen til efterretning.\n",
        {("Karen Schur", "chef")},
        set(),
    ),
    (
        # holbaek-handicapraadet-2016-05-24, "Chef for Aktiv Hele Livet Karen Schur indstiller", the body left out
        "a title before a name whose body no reader finds is held where the text is",
        "Indstilling\nChef Karen Schur indstiller, at Handicaprådet tager orienteringen til efterretning.\n",
        {("Karen Schur", "chef")},
        set(),
    ),
    (
        "a firm's title with no firm named is no post",
        "Mark Holm, CEO, talte på mødet. Arkitekt Hans Jensen viste tegningerne.\n",
        set(),
        {("Mark Holm", "ceo"), ("Hans Jensen", "arkitekt")},
    ),
    (
        "a party's word after a name is no title",
        "Indstilling\nKaren Schur, løsgænger, stillede forslaget.\n",
        set(),
        {("Karen Schur", "løsgænger")},
    ),
    (
        "the word in a party's bracket after a name is no title (Vejen: 'Afbud: Claus Grimm (Løsgænger).', TV 2 Fyn:"
        " 'borgmester Sonja Rasmussen(løsgænger)'); the same word before a name is",
        "Afbud: Claus Grimm (Løsgænger).\n\nsiger Kertemindes borgmester Sonja Rasmussen(løsgænger).\n\n"
        "Løsgænger Lars Holm var også forhindret.\n",
        {("Sonja Rasmussen", "borgmester"), ("Lars Holm", "løsgænger")},
        {("Claus Grimm", "løsgænger"), ("Sonja Rasmussen", "løsgænger")},
    ),
    (
        # tieren-halsnaes-ungdomsskolebestyrelsen-2018-02-08 (as printed)
        "names on their lines, each with its seat on the line below, some seats no title",
        "Medlemmer af Ungdomsskolebestyrelsen:\n\nFormand Henrik Tolstrup Nielsen\n\nForeningerne - afgående\n\n"
        "Frederik Germann Møller Pedersen\n\nByrådsmedlem\n\nKirsten A. Lauritsen\n\nByrådsmedlem\n\n"
        "Rolf Møller Hansen\n\nOrganisationerne\n\nSanne Falther Svanekilde\n\nSkolebestyrelserne\n",
        {("Frederik Germann Møller Pedersen", "byrådsmedlem"), ("Kirsten A. Lauritsen", "byrådsmedlem")},
        {("Rolf Møller Hansen", "byrådsmedlem"), ("Sanne Falther Svanekilde", "byrådsmedlem")},
    ),
    (
        # lejre-webpage-folkeoplysningsudvalget, the chairs' lines printed as a name and a title line each
        "a roster's names before a run of names and their titles: the run pairs, the roster's names take none",
        "Medlemmer\n\nRuth Nielsen (-)\nThomas Bisgaard (B)\nWilliam S. Jacobsen\nFormand\nInger-Lis Westergaard\n"
        "Næstformand\n\nJf. vedtægter for Folkeoplysningsudvalget afholder udvalget møde hvert kvartal.\n",
        {("William S. Jacobsen", "formand"), ("Inger-Lis Westergaard", "næstformand")},
        {("Thomas Bisgaard", "formand"), ("William S. Jacobsen", "næstformand")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_stressed_title_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
