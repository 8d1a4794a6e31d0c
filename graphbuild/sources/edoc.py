"""eDoc's agenda publication (``eDocAgendaPublishing.xml``): what its elements say is what.

``<Meeting>`` holds ``<Committee>``, ``<MeetingDate>`` ("dd-mm-yyyy hh:mm:ss"), ``<MeetingState>``
("Referat endeligt godkendt" for minutes) and one ``<MeetingAgendaType>`` per open or closed
agenda, whose ``<FullText>`` is the whole published text and whose ``<MeetingAgendaItem>``s each
carry ``<AgendaItemNumber>``, the item's own ``<FullText>`` and its ``<Document>`` with the
``<Title>`` and ``<AgendaItems>``: every committee meeting the case is on, this one included.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime

from graphbuild.sources.portal_meeting import (
    Handling,
    PortalItem,
    PortalMeeting,
    element_text,
    handling_of,
    parse_portal_time,
)
from graphbuild.vocab.item_order import item_number_key

# The label that ends the header of eDoc's published text and starts its contents list.
_CONTENTS_LABELS = frozenset({"indholdsfortegnelse"})


def _lines(text: str | None) -> list[str]:
    return [line.rstrip() for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _front_matter(full_text: str | None) -> list[str]:
    """The published text's header (members present, absent, secretary) up to its contents list;
    none when the text has no contents label (then the header cannot be told from the items)."""
    lines = [line.strip() for line in _lines(full_text)]
    for index, line in enumerate(lines):
        if line.lower().rstrip(":") in _CONTENTS_LABELS:
            return [line for line in lines[:index] if line]
    return []


def decision_heading(committee: str, day: datetime | None, number: str) -> str | None:
    """The line eDoc heads this meeting's decision on an item with, built from the markup's own
    committee, date and item number: 'Sundheds- og Forebyggelsesudvalgets beslutning den
    04.12.2012 Punkt 2'. Another body's or another day's decision (the case's history) differs."""
    if not committee or day is None or not number:
        return None
    return f"{committee}s beslutning den {day:%d.%m.%Y} Punkt {number}"


def _earlier_handlings(lines: list[str]) -> list[Handling]:
    """eDoc prints the case's earlier handlings one a line right under the item's 'Sagsnr.'/'Dok.nr.'
    lines ('Kommunalbestyrelsen den 30. januar 2012 Punkt 5'); they are taken out of ``lines``."""
    index = next((i for i, line in enumerate(lines) if line.strip().lower().startswith(("sagsnr.", "dok.nr."))), -1)
    if index < 0:
        return []
    while index + 1 < len(lines) and lines[index + 1].strip().lower().startswith(("sagsnr.", "dok.nr.")):
        index += 1
    found: list[Handling] = []
    position = index + 1
    while position < len(lines):
        line = lines[position]
        handling = handling_of(line) if line.strip() else None
        if line.strip() and handling is None:
            break
        if handling is not None:
            found.append(handling)
            del lines[position]
        else:
            position += 1
    return found


def _item_body(number: str, title: str, full_text: str | None, decision: str | None) -> tuple[str, list[Handling]]:
    """The item's own text without its first line when that line is the item's number and title,
    with this meeting's decision heading written as the section heading 'Beslutning', and the
    case's earlier handlings printed under its case number."""
    lines = _lines(full_text)
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines:
        first = " ".join(lines[0].split())
        if first in (f"{number}. {title}", f"{number} {title}", title):
            lines.pop(0)
    if decision is not None:
        lines = ["Beslutning" if " ".join(line.split()) == decision else line for line in lines]
    earlier = _earlier_handlings(lines)
    return "\n".join(lines).strip(), earlier


def _passage(document: ET.Element | None, committee: str, meeting_day: str) -> list[Handling]:
    """The case's handlings by bodies other than this meeting, as ``<AgendaItems>`` lists them."""
    if document is None:
        return []
    passage: list[Handling] = []
    for entry in document.findall("AgendaItems/AgendaItem"):
        body = element_text(entry, "Committee")
        day = element_text(entry, "MeetingDate") or element_text(entry, "PlannedMeetingDate")
        if not body or (body == committee and day == meeting_day):
            continue  # this meeting itself
        passage.append(Handling(body, parse_portal_time(day), element_text(entry, "AgendaItemNumber") or None))
    return passage


def _when(handling: Handling) -> tuple[bool, datetime]:
    return (handling.day is None, handling.day or datetime.min)


def _item(element: ET.Element, committee: str, meeting_day: str, public: bool) -> PortalItem:
    number = element_text(element, "AgendaItemNumber")
    document = element.find("Document")
    title = element_text(document, "Title") or element_text(document, "NeutralTitle")
    decision = decision_heading(committee, parse_portal_time(meeting_day), number)
    body, earlier = _item_body(number, title, element.findtext("FullText"), decision)
    return PortalItem(
        number=number,
        title=title,
        sections=[("", body)],
        passage=sorted([*earlier, *_passage(document, committee, meeting_day)], key=_when),
        public=public,
    )


def read_meeting(root: ET.Element) -> PortalMeeting:
    committee = element_text(root, "Committee")
    meeting_day = element_text(root, "MeetingDate")
    state = element_text(root, "MeetingState").lower()
    items: list[PortalItem] = []
    front: list[str] = []
    for agenda in root.findall("MeetingAgendaTypes/MeetingAgendaType"):
        public = "lukket" not in element_text(agenda, "AgendaType").lower()
        if public and not front:
            front = _front_matter(agenda.findtext("FullText"))
        elements = agenda.findall("MeetingAgendaItems/MeetingAgendaItem")
        agenda_items = [_item(element, committee, meeting_day, public) for element in elements]
        items += sorted(agenda_items, key=lambda item: item_number_key(item.number))
    return PortalMeeting(
        body=committee,
        kind="Referat" if "referat" in state else "Dagsorden",
        start=parse_portal_time(meeting_day),
        front_matter=front,
        items=items,
    )
