"""A welcome that is a document's only word on who came, "Bestyrelsesformand Jens Ove Friis bød velkommen." in a
general assembly's minutes with no list of those present, no apology and no stand-in: no attendance row. The one
who welcomed came, but minutes that record no attendance give no rows (the member-list rule of the corpus's
README reads the same way: a list is attendance only where the minutes record attendance somewhere); where they
do, the welcome's row stays beside the lists ("Til stede: …" and "Formanden Aase Windeballe bød velkommen").
Read by `attendance_lists` over the rows every reader found."""

from __future__ import annotations

from graphbuild.parse.attendance_rows import Row


def without_lone_welcome(rows: list[Row]) -> list[Row]:
    """``rows`` without the welcome's rows when no other reader found anyone."""
    if all(row.welcomed for row in rows):
        return []
    return rows
