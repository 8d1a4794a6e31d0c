"""The attendance the parse stage reads from a snippet of minutes, by name: the attendance guards' shared reading."""

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines


def attendance_statuses(text: str) -> dict[str, str]:
    """Each attendee's status (present, absent, substitute) as find_attendance reads ``text`` with its items."""
    items, _ = find_items(text, split_lines(text))
    return {row.name: row.status for row in find_attendance(text, items)}


def attendance_rows(text: str) -> dict[str, tuple[str, str | None]]:
    """Each attendee's status and the member a substitute stands in for, as find_attendance reads ``text``."""
    items, _ = find_items(text, split_lines(text))
    return {row.name: (row.status, row.for_) for row in find_attendance(text, items)}
