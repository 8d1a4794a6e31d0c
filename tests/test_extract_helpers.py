"""Build Meetings by hand from small texts, so extract and resolve are tested without the parser."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from graphbuild.models import AgendaItem, Attendance, Meeting, MeetingKind, MunicipalityRef, Section, SourceDocument

SECTION_HEADINGS = {"Beslutning": "beslutning", "Sagsfremstilling": "sagsfremstilling", "Indstilling": "indstilling"}


def source(text: str, name: str = "doc.txt") -> SourceDocument:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return SourceDocument(path=f"/in/{name}", name=name, sha256=sha, format="txt", text=text)


def _sections(text: str, start: int, end: int) -> list[Section]:
    heads = [m for m in re.finditer(r"^(Beslutning|Sagsfremstilling|Indstilling)\s*$", text[start:end], re.MULTILINE)]
    out = []
    for i, head in enumerate(heads):
        s = start + head.start()
        e = start + heads[i + 1].start() if i + 1 < len(heads) else end
        out.append(Section(heading=head.group(1), kind=SECTION_HEADINGS[head.group(1)], text=text[s:e], start=s, end=e))
    return out


def meeting(
    text: str,
    titles: list[str],
    *,
    kind: MeetingKind | None = "referat",
    body: str | None = None,
    municipality: MunicipalityRef | None = None,
    start: datetime | None = datetime(2022, 5, 3, 9, 0),
    closed: frozenset[str] = frozenset(),
    case_numbers: dict[str, list[str]] | None = None,
    attendance: list[Attendance] | None = None,
    name: str = "doc.txt",
) -> Meeting:
    """Items start at the line "N. <title>" (N counts from 1) and run to the next item."""
    starts = []
    for number, title in enumerate(titles, start=1):
        match = re.search(rf"^{number}\. {re.escape(title)}\s*$", text, re.MULTILINE)
        assert match, f"item line for {title!r} not in text"
        starts.append(match.start())
    items = []
    for i, (title, s) in enumerate(zip(titles, starts, strict=True)):
        e = starts[i + 1] if i + 1 < len(starts) else len(text)
        item_number = str(i + 1)
        items.append(
            AgendaItem(
                number=item_number,
                title=title,
                public=item_number not in closed,
                case_numbers=(case_numbers or {}).get(item_number, []),
                sections=_sections(text, s, e),
                start=s,
                end=e,
            )
        )
    return Meeting(
        source=source(text, name),
        kind=kind,
        body=body,
        municipality=municipality,
        start=start,
        items=items,
        attendance=attendance or [],
    )
