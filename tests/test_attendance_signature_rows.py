"""A member listed present whom a post's title marks as a holder's field or a signature below a list of the absent
stays present (graphbuild/parse/attendance_signature_rows.py): before, "Afbud: Karen Juul Formand Ole Berg" (a page
flattened) and "Afbud: Karen Juul" over the signatures "Ole Berg   Lis Holm" / "Formand   Næstformand" read the chair
and the deputy chair, listed under "Deltagere:", as absent (the merge ranks an absence above a presence). The header is
in the form rammeaftale-sjaelland-styregruppen-18-08 (dev-write) prints flattened, "Deltagere: … Afbud: … Referent
Povl Skov"; the near misses keep an apology with its title on the label's line or after a comma, one under a member
list, and one with no title."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_statuses

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budget\n\nGodkendt.\n"
HEADER = "Referat\nØkonomiudvalget\nmandag den 4. marts 2024 kl. 16.00\n"


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(HEADER + text + ITEMS)


@pytest.mark.parametrize(
    "header",
    [
        "Deltagere: Ole Berg, Lis Holm, Hanne Dahl Afbud: Karen Juul Formand Ole Berg",
        "Deltagere: Ole Berg, Lis Holm, Hanne Dahl\nAfbud: Karen Juul\nOle Berg\nFormand",
        "Deltagere: Ole Berg, Lis Holm, Hanne Dahl\nAfbud: Karen Juul\nOle Berg   Lis Holm\nFormand   Næstformand",
    ],
)
def test_a_member_listed_present_stays_present(header: str) -> None:
    rows = _rows(header)
    assert rows["Ole Berg"] == "present"
    assert rows["Lis Holm"] == "present"
    assert rows["Karen Juul"] == "absent"


@pytest.mark.parametrize(
    "header",
    [
        "Deltagere: Ole Berg, Lis Holm\nAfbud: Formand Ole Berg",
        "Deltagere: Ole Berg, Lis Holm\nAfbud: Karen Juul, Formand Ole Berg",
        "Medlemmer: Ole Berg, Lis Holm, Karen Juul Afbud: Karen Juul Formand Ole Berg",
        "Medlemmer:\nOle Berg\nLis Holm\nAfbud:\nKaren Juul\nOle Berg\nFormand",
        "Deltagere: Ole Berg, Lis Holm\nAfbud: Karen Juul\nOle Berg",
    ],
)
def test_an_apology_stays_absent(header: str) -> None:
    # near miss: the title on the label's line or after a comma, a member list's names (summoned), no title
    assert _rows(header)["Ole Berg"] == "absent"


def test_one_not_listed_present_stays_absent() -> None:
    # near miss: no present row for the titled name
    rows = _rows("Deltagere: Lis Holm Afbud: Karen Juul Formand Ole Berg")
    assert rows["Ole Berg"] == "absent"
