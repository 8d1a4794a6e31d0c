"""A group of the administration's staff inside a list of the body's members, "Medlemmer: A, B" then "Fra
administrationen: C, D" (or "Fra Teknik- og Miljøforvaltningen:", "Sekretariatet:", "Embedsmænd:") before the list's
end: those after the heading came, but as staff, not as members, so a member-list label's `medlem` stops there.
Read by `attendance_lists`; a group of members by where they come from ("Fra Byrådet:", "Fra Ældrerådet:") is no
staff's and keeps the members' label."""

from __future__ import annotations

from graphbuild.vocab.staff_groups import STAFF_GROUP_HEADING, STAFF_GROUP_WORDS


def first_staff_group(text: str, lo: int, hi: int) -> int | None:
    """Where the first staff group's heading between ``lo`` and ``hi`` starts, if one does."""
    window = text[lo:hi].lower()
    if not any(word in window for word in STAFF_GROUP_WORDS):
        return None
    heading = STAFF_GROUP_HEADING.search(text, lo, hi)
    return heading.start() if heading else None
