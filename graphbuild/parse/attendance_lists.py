"""Who attended, who sent apologies, and who stood in for whom."""

from __future__ import annotations

import re

from graphbuild.models import Attendance, AttendanceStatus
from graphbuild.parse.lines import Line

_LABELS: dict[str, AttendanceStatus] = {
    "deltagere": "present", "deltager": "present", "til stede": "present", "tilstede": "present",
    "mødedeltagere": "present", "fremmødte": "present", "medlemmer": "present", "deltog": "present",
    "afbud": "absent", "fraværende": "absent", "ikke til stede": "absent", "fravær": "absent",
    "afbud fra": "absent", "meldt afbud": "absent", "forfald": "absent",
    "suppleant": "substitute", "suppleanter": "substitute", "stedfortræder": "substitute",
    "stedfortrædere": "substitute", "mødt suppleant": "substitute", "indkaldt suppleant": "substitute",
}  # fmt: skip
_LABEL = re.compile(
    r"(?i)^[\s*_]*(?P<label>"
    + "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True))
    + r")[\s*_]*:(?P<rest>.*)$"
)
_NAME_WORD = r"(?:[A-ZÆØÅÉÜ][a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?|[A-ZÆØÅ]\.)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:von\s+|van\s+|de\s+)?{_NAME_WORD}){{1,4}}"
_PERSON = re.compile(
    rf"^(?P<role>(?:[a-zæøå]+\s+)?)(?P<name>{_NAME})\s*(?:\((?P<party>[A-ZÆØÅ]{{1,3}})\))?\s*(?:,\s*(?P<suffix>[a-zæøå][\w\s]*))?$"
)
_STANDS_IN = re.compile(
    r"^(?P<sub>.+?)\s*[,(]?\s*(?:som\s+|,\s*)?(?:suppleant|stedfortræder)\s+for\s+(?P<for>.+?)\)?\s*$"
    r"|^(?P<sub2>.+?)\s+(?:deltog|mødte|deltager)\s+(?:i\s+stedet\s+)?for\s+(?P<for2>.+?)\s*$"
    r"|^(?P<sub3>.+?)\s+i\s+stedet\s+for\s+(?P<for3>.+?)\s*$",
    re.IGNORECASE,
)
_INSTEAD = re.compile(
    r"(?i)^(?P<absent>.+?)\s*[,;]\s*(?:i\s+stedet\s+(?:deltager|deltog|kommer|mødte)|stedfortræder(?::)?|suppleant(?::)?)\s+(?P<sub>.+)$"
)
# "Suppleant for Mette Jensen: Karin Holm (A)"
_FOR_LABEL = re.compile(r"(?i)^[\s*_]*(?:suppleant|stedfortræder)\s+for\s+(?P<for>[^:]{3,80}):\s*(?P<sub>.+)$")
_ROLE_WORDS = {
    "borgmester",
    "rådmand",
    "formand",
    "næstformand",
    "direktør",
    "kommunaldirektør",
    "udvalgsformand",
}


def _person(text: str) -> tuple[str, str | None, str | None] | None:
    """(name, party, role) if ``text`` is a person's name with an optional party letter."""
    text = text.strip(" .;:*_")
    match = _PERSON.match(text)
    if match is None:
        return None
    role = match["role"].strip() or None
    if role and role.lower() not in _ROLE_WORDS:
        return None
    suffix = (match["suffix"] or "").strip() or None
    return match["name"], match["party"], role or suffix


def _entries(block: str) -> list[str]:
    """Split a list block on commas, semicolons, new lines and " og ", keeping "i stedet" clauses."""
    parts: list[str] = []
    for raw_line in block.split("\n"):
        for piece in re.split(r"\s*;\s*|\s+og\s+(?=[A-ZÆØÅ])", raw_line):
            for part in re.split(r",\s*", piece):
                part = part.strip()
                if not part:
                    continue
                if parts and re.match(r"(?i)^(?:i\s+stedet|stedfortræder|suppleant|formand|næstformand)\b", part):
                    parts[-1] += ", " + part
                else:
                    parts.append(part)
    return parts


def _attendees(block: str, status: AttendanceStatus, start: int, end: int) -> list[Attendance]:
    people: list[Attendance] = []
    for entry in _entries(block):
        instead = _INSTEAD.match(entry)
        if instead:
            absent, sub = _person(instead["absent"]), _person(instead["sub"])
            if absent:
                people.append(
                    Attendance(name=absent[0], status="absent", party=absent[1], role=absent[2], start=start, end=end)
                )
            if sub:
                people.append(_substitute(sub, absent, start, end))
            continue
        stands_in = _STANDS_IN.match(entry)
        if stands_in:
            sub_text = stands_in["sub"] or stands_in["sub2"] or stands_in["sub3"]
            for_text = stands_in["for"] or stands_in["for2"] or stands_in["for3"]
            sub, absent = _person(sub_text), _person(for_text)
            if sub:
                people.append(_substitute(sub, absent, start, end))
            if absent and status != "present":
                people.append(Attendance(name=absent[0], status="absent", party=absent[1], start=start, end=end))
            continue
        person = _person(entry)
        if person:
            people.append(
                Attendance(name=person[0], status=status, party=person[1], role=person[2], start=start, end=end)
            )
    return people


def _substitute(
    sub: tuple[str, str | None, str | None],
    absent: tuple[str, str | None, str | None] | None,
    start: int,
    end: int,
) -> Attendance:
    return Attendance(
        name=sub[0],
        status="substitute",
        party=sub[1],
        role=sub[2],
        start=start,
        end=end,
        for_=absent[0] if absent else None,
    )


def find_attendance(lines: list[Line], limit: int) -> list[Attendance]:
    """Attendance lists labelled "Deltagere:", "Afbud:", "Fraværende:", "Suppleant:"... before ``limit``."""
    found: list[Attendance] = []
    index = 0
    while index < len(lines) and lines[index].start < limit:
        line = lines[index]
        match = _LABEL.match(line.text)
        index += 1
        if match is None:
            _add(found, _stand_in_line(line))
            continue
        status = _LABELS[match["label"].lower()]
        block_lines = [match["rest"]]
        end = line.end
        while (
            index < len(lines)
            and lines[index].text.strip()
            and not _LABEL.match(lines[index].text)
            and not _FOR_LABEL.match(lines[index].text)
        ):
            block_lines.append(lines[index].text)
            end = lines[index].end
            index += 1
        start = line.start + match.start("rest")
        block = "\n".join(block_lines)  # consecutive raw lines: block[i] is the text at start + i
        _add(found, _name_spans(block, start, _attendees(block, status, start, end)))
    return found


def _name_spans(block: str, start: int, people: list[Attendance]) -> list[Attendance]:
    """Narrow each attendee's span from the whole list to their own name, so evidence quotes their line."""
    narrowed: list[Attendance] = []
    cursor = 0
    for person in people:
        at = block.find(person.name, cursor)
        if at < 0:
            at = block.find(person.name)
        if at < 0:
            narrowed.append(person)
            continue
        cursor = max(cursor, at + len(person.name))
        narrowed.append(person.model_copy(update={"start": start + at, "end": start + at + len(person.name)}))
    return narrowed


def _add(found: list[Attendance], people: list[Attendance]) -> None:
    for person in people:
        if not any(p.name == person.name and p.status == person.status for p in found):
            found.append(person)


def _stand_in_line(line: Line) -> list[Attendance]:
    """An unlabelled line saying who stood in for whom ("X (C) deltog som stedfortræder for Y.")."""
    text = line.text.replace("**", "").strip(" .*_-")
    if not text or len(text) > 200:
        return []
    labelled = _FOR_LABEL.match(text)
    if labelled:
        text = f"{labelled['sub']} som suppleant for {labelled['for']}"
    text = re.sub(r"(?i)\s+deltog\s+som\s+", " som ", text)
    if not re.search(r"(?i)\b(?:suppleant|stedfortræder|i stedet)\b", text):
        return []
    return [p for p in _attendees(text, "absent", line.start, line.end) if p.status == "substitute"]
