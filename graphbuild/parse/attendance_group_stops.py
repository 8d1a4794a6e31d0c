"""A full stop that closes one group of a list a flattened page ran onto one line, the next group's heading and its
names after it: "Til stede: Forældrevalgte: A, B. Skolerepræsentanter: C, D. Elevrepræsentanter: E", "I mødet deltog:
Borgerrepræsentanter: A, B. Fra den folkeoplysende voksenundervisning: C, D": the stop ends the group, not the list
(on the page as printed each group opened its line); read by `attendance_pieces`. A heading is a group's only as
`attendance_groups` reads one (a delegation's "Fra …:", a kind of representatives, a school's people), names after
it on its line; never a one-person field ("Referent: X") nor a sentence after the stop."""

from __future__ import annotations

from graphbuild.parse.attendance_groups import inline_group_end


def group_follows_stop(text: str, pos: int, end: int) -> bool:
    """Whether the next group's heading, names after it, opens at ``pos``, after a list's full stop and its space,
    before the list's end."""
    return pos < end and inline_group_end(text, pos) is not None
