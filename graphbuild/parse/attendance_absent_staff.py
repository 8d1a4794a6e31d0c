"""A group of the administration's staff below a list of the absent, "Afbud: Hanne Dahl" then "Fra forvaltningen:
Jens Lund, Mette Vinther" (or "Fra administrationen:", "Sekretariatet:", "Embedsmænd:" with names after it): the
staff came, as the staff group under a list of those present did ("Deltagere … / Fra Velfærdsforvaltningen: Pia
Gommesen, …"); before, a group's heading opening its line with names after it went on with the list above it, so
the staff were read as absent. Only below names the list of the absent already holds: a staff group right after the
label ("Afbud:\\nFra forvaltningen: Jens Lund") is the staff away, and a list whose first names stand under a group's
heading of their own ("Fraværende:\\nFra Byrådet: A\\nFra administrationen: B") is groups of the absent. Read by
`attendance_lists`."""

from __future__ import annotations

from graphbuild.parse.attendance_member_staff import first_staff_group
from graphbuild.parse.attendance_rows import Row

_LEAD = " \t\r\n*•·-–"  # what may stand between a list's label and its first entry


def staff_below_absent(text: str, label_end: int, block: list[Row]) -> None:
    """The rows of ``block`` (a list of the absent read after its label's end) that stand after a staff group's
    heading below the list's own names, made present."""
    if not block:
        return
    first = min(row.start for row in block)
    if text[label_end:first].strip(_LEAD):
        return  # the list's first names stand under a heading of their own
    staff = first_staff_group(text, first, max(row.end for row in block))
    if staff is None:
        return
    for row in block:
        if row.start > staff and row.status == "absent":
            row.status = "present"
