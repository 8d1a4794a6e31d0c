"""A title in the first cell of a row and the name in the last, as other publishers' tables print posts (issue 13
item 4): "| Formand | Jens Hansen |", "Borgmester | NAME (Aalborg)" (`role_cells`). No dev-write publisher prints
such rows: each excerpt is quoted from the dev-write document named above it with its title and name in cells, as
the stress rewrote it."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

CASES: list[RoleCase] = [
    (
        # roedovre-kommunalbestyrelsen-2019-09-24, "Formand Erik Nielsen (A)" in two cells
        "a title in the row's first cell, the name in its last",
        "Kommunalbestyrelsen\n\n24-09-2019\n\nMedlemmer\n\nFormand | Erik Nielsen (A)\nMichel Berg (A)\n",
        {("Erik Nielsen", "formand")},
        {("Michel Berg", "formand")},
    ),
    (
        # ssp-jammerbugt-kredsraad-nordjylland-webpage, "• Borgmester Thomas Kastrup-Larsen(Aalborg)" as a table row
        "a markdown table's row",
        "Kredsrådets medlemmer:\n\n| Borgmester | Mogens Gade (Jammerbugt) |\n| Borgmester | Arne Boelt (Hjørring) |\n",
        {("Mogens Gade", "borgmester"), ("Arne Boelt", "borgmester")},
        set(),
    ),
    (
        "a name in a middle cell takes no title from the first",
        "Medlemmer:\n\nFormand | Jens Hansen | Lise Olsen\n",
        set(),
        {("Lise Olsen", "formand")},
    ),
]


@role_form_cases(CASES, "Referat\n\n")
def test_titles_in_first_cells(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
