"""Attendance: parse reads who attended (``Meeting.attendance``, from lists and prose anywhere in the
document); extract only reports it. Kept as its own step so the ATTENDED facts have one source."""

from __future__ import annotations

from graphbuild.models import Attendance, Meeting


def attendance(meeting: Meeting) -> list[Attendance]:
    return list(meeting.attendance)
