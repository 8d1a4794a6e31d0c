"""SBSYS eDagsorden's publication (``PublicationN.xml``): what its elements say is what.

``<Publication><Agendas><Agenda>`` holds ``<Committee><Name>``, ``<Meeting>`` (``<When>``,
``<Until>``, ``<Where>``, ``<Concluded>`` once the meeting is held, ``<Members>``) and
``<Items><Item>``, each with ``<Number>``, ``<Caption>``, ``<Case><Number>``, ``<IsPublic>`` and
``<Fields><ItemField>``: a ``<Caption>`` (the section's heading, e.g. "Tidligere behandling",
"Sagsfremstilling", "Beslutning") over ``<Content>`` in HTML.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from graphbuild.sources.html import html_to_text
from graphbuild.sources.portal_meeting import (
    Handling,
    PortalItem,
    PortalMeeting,
    element_text,
    handling_of,
    parse_portal_time,
    sentence_case,
)

# SBSYS field captions -> the heading minutes use for the same section, for captions the
# parse stage does not know by their own name.
_CAPTIONS = {
    "punktet behandlet tidligere": "Tidligere behandling",
    "sammendrag": "Resumé",
    "beslutningen træffes af": "Sagen afgøres af",
    "økonomiske konsekvenser og finansiering": "Økonomi og finansiering",
}
_EARLIER = frozenset({"tidligere behandling", "punktet behandlet tidligere"})


def _content(field: ET.Element) -> str:
    markup = field.findtext("Content") or ""
    if field.findtext("FieldTypeAsEnum") == "Html" or "<" in markup:
        return html_to_text(markup) if markup.strip() else ""
    return markup.strip()


def _handlings(text: str) -> list[Handling]:
    """The dated handlings a 'Tidligere behandling' field lists, one a line; other lines are skipped."""
    return [h for h in (handling_of(line) for line in text.splitlines()) if h is not None]


def _item(element: ET.Element) -> PortalItem:
    sections: list[tuple[str, str]] = []
    passage: list[Handling] = []
    for field in element.findall("Fields/ItemField"):
        caption = element_text(field, "Caption")
        text = _content(field)
        handlings = _handlings(text) if caption.lower() in _EARLIER else []
        if handlings:
            passage += handlings  # written as the item's Sagsforløb
            continue
        heading = _CAPTIONS.get(caption.lower(), sentence_case(caption))
        sections.append((heading, text))
    return PortalItem(
        number=element_text(element, "Number"),
        title=element_text(element, "Caption"),
        case_number=element_text(element, "Case/Number") or None,
        sections=sections,
        passage=passage,
        public=element_text(element, "IsPublic").lower() != "false",
    )


def _members(meeting: ET.Element | None) -> list[str]:
    if meeting is None:
        return []
    return [name for name in (element_text(m, "Name") for m in meeting.findall("Members/MeetingMember")) if name]


def read_meeting(root: ET.Element) -> PortalMeeting:
    agenda = root.find("Agendas/Agenda")
    if agenda is None:
        raise ValueError("not an SBSYS publication: no <Agendas><Agenda>")
    meeting = agenda.find("Meeting")
    committee = sentence_case(element_text(agenda, "Committee/Name") or element_text(agenda, "Name"))
    return PortalMeeting(
        body=committee,
        kind="Referat" if element_text(meeting, "Concluded") else "Dagsorden",
        start=parse_portal_time(element_text(meeting, "When")),
        end=parse_portal_time(element_text(meeting, "Until")),
        location=element_text(meeting, "Where") or None,
        members=_members(meeting),
        items=[_item(item) for item in agenda.findall("Items/Item")],
    )
