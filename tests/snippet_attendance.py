"""The attendance the parse stage reads from a snippet of minutes, by name: the attendance guards' shared reading;
and the attendance the extract stage records for a board's minutes built round a header and a news item."""

from text_facts import meeting_of_text

from graphbuild.extract import extract_facts
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


BOARD_MEMBERS = "Medlemmer: Ole Berg, Lis Holm, Per Bak, Hanne Dahl\n"
"""The members' line of a board's minutes (``news_item_attendance``'s header)."""


def news_item_attendance(header: str, item_text: str) -> dict[str, str]:
    """Each attendee's status as the extract stage records it for a music school board's minutes: ``header`` under
    its heading, then a news item reading ``item_text`` and a budget item."""
    text = (
        "Referat\nMusikskolens bestyrelse\nMødedato: 9. december 2019\n"
        + header
        + f"\n1. Meddelelser\n\n{item_text}\n\n2. Budget\n\nGodkendt.\n"
    )
    return {row.name: row.status for row in extract_facts(meeting_of_text(text)).attendance}
