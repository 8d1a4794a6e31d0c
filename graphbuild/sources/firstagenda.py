"""FirstAgenda's publication page (a meeting's agenda or minutes as the portal shows it): what its
markup says is what.

The page states the meeting in a ``table.dagsordeninfo`` of labelled rows (``.udvalg`` the body,
``.dato`` the day and time, ``.sted`` the place, ``td.deltagere`` the participants, a
``[data-meeting-description]`` note), under an ``h1.dato`` that starts with "Referat" or
"Dagsorden". Each item is a ``tr.punktrow``: its number in the first cell's ``.label``, its title
in ``.overskrift``, its case number in ``.sagsnummer`` and, in ``.details``, sections as ``h3``
headings over their text (Beslutninger, Resume, Beslutningspunkter, Sagsforløb, Bilag). The
Sagsforløb lists the case's handlings as ``Udvalg:`` / ``Dato:`` / ``Punktnummer:`` lines, each
followed by what that body said at its own meeting (see :func:`_handling`).

The portal's listing page (its front page and search results: ``#resultaterplaceholder`` of
``a.searchresult`` links to meeting pages) is no meeting, though each link names a body and a
day: it is read as its own heading and description only, so no meeting is invented from it. A
page with neither markup is not read here: :func:`firstagenda_text` gives None and the generic
reader takes it, unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from graphbuild.sources.html import MAX_DEPTH, nesting_deeper_than, node_text
from graphbuild.sources.portal_meeting import (
    Handling,
    PortalItem,
    PortalMeeting,
    parse_danish_datetime,
    parse_portal_time,
    render,
)

# Class names only FirstAgenda's meeting page uses together; a cheap test before parsing.
_MARKERS = ("dagsordeninfo", "punktrow", "resultaterplaceholder")
_KINDS = {"referat": "Referat", "dagsorden": "Dagsorden"}
_DECISION_HEADINGS = frozenset({"beslutning", "beslutninger", "afgørelse"})  # not "Beslutningspunkter"
# The heading a section the portal left without one is written under: the case's presentation
# (it follows the decision on the page and must not run on into it).
UNTITLED_SECTION = "Sagsfremstilling"
# "Udvalg: Magistraten", "Dato: 02-09-2025", "Punktnummer: 12": one handling's labelled lines.
_HANDLING_LABEL = re.compile(r"(?i)^(?P<label>udvalg|dato|punktnummer|punkt)\s*:\s*(?P<value>.*)$")
# Names in a participants cell written on one line: "A, B og C".
_NAME_SEPARATOR = re.compile(r"\s*(?:,|;|\bog\b)\s*")


def _text(node: LexborNode | None) -> str:
    """The node's text on one line, whitespace collapsed; empty when there is no node."""
    if node is None:
        return ""
    return " ".join((node.text(deep=True, separator=" ") or "").split())


def _first_text(root: LexborNode, *selectors: str) -> str:
    for selector in selectors:
        found = _text(root.css_first(selector))
        if found:
            return found
    return ""


def _kind(root: LexborNode, items: list[PortalItem]) -> str:
    """'Referat' or 'Dagsorden' as the page's heading starts; without one, minutes when an item
    has a decision."""
    heading = _first_text(root, "h1.dato", ".title h1")
    first = heading.split(" ", 1)[0].lower() if heading else ""
    if first in _KINDS:
        return _KINDS[first]
    decided = any(h.lower() in _DECISION_HEADINGS and t.strip() for i in items for h, t in i.sections)
    return "Referat" if decided else "Dagsorden"


def _participants(root: LexborNode) -> list[str]:
    """The names in the participants cell: one a line, or several on a line separated by commas."""
    cell = root.css_first("td.deltagere")
    if cell is None:
        return []
    names: list[str] = []
    for line in node_text(cell).splitlines():
        line = line.strip().lstrip("-• ").strip()
        if not line:
            continue
        parts = [p.strip() for p in _NAME_SEPARATOR.split(line)] if "," in line else [line]
        names += [p for p in parts if p]
    return names


@dataclass
class _Section:
    heading: str
    blocks: list[str] = field(default_factory=list)


def _sections(details: LexborNode) -> list[_Section]:
    """The item's sections in page order: each ``h3`` starts one; the blocks after it are its text."""
    sections: list[_Section] = []

    def visit(node: LexborNode) -> None:
        for child in node.iter(include_text=False):
            if child.tag == "h3":
                sections.append(_Section(_text(child)))
            elif "sagsnummer" in (child.attributes.get("class") or "").split():
                continue  # read as the item's case number
            elif child.css_first("h3") is not None:
                visit(child)
            else:
                text = node_text(child).strip()
                if text:
                    if not sections:
                        sections.append(_Section(""))
                    sections[-1].blocks.append(text)

    visit(details)
    return [s for s in sections if s.blocks]


def _handling(lines: list[str]) -> Handling | None:
    """One handling from its lines: 'Udvalg: X', then 'Dato:' and 'Punktnummer:' lines, then what
    that body said at its own meeting (rendered under the Sagsforløb heading, which the parse stage
    reads as other meetings' record: "X deltog ikke i sagens behandling" there is no absence here)."""
    first = _HANDLING_LABEL.match(lines[0])
    body = first.group("value").strip() if first else ""
    if not body:
        return None
    day, number, index = None, None, 1
    while index < len(lines) and (match := _HANDLING_LABEL.match(lines[index])):
        label, value = match.group("label").lower(), match.group("value").strip()
        if label == "udvalg":
            break
        if label == "dato":
            day = parse_portal_time(value) or parse_danish_datetime(value)
        else:
            number = value or None
        index += 1
    return Handling(body, day, number, "\n".join(lines[index:]))


def _handlings(text: str) -> list[Handling]:
    """The Sagsforløb's handlings: a body (``Udvalg:``), its day (``Dato:``) and item number
    (``Punktnummer:``), then what it said, up to the next ``Udvalg:``. Lines before the first
    ``Udvalg:`` belong to no handling and give nothing."""
    groups: list[list[str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        match = _HANDLING_LABEL.match(line)
        if match and match.group("label").lower() == "udvalg":
            groups.append([line])
        elif line and groups:
            groups[-1].append(line)
    return [h for h in (_handling(group) for group in groups) if h is not None]


def _item(row: LexborNode, number: str) -> PortalItem:
    details = row.css_first(".details")
    sections: list[tuple[str, str]] = []
    passage: list[Handling] = []
    for section in _sections(details) if details is not None else []:
        text = "\n".join(section.blocks)
        if section.heading.lower() in {"sagsforløb", "sagens forløb"}:
            handlings = _handlings(text)
            if handlings:
                passage += handlings
                continue
        heading = section.heading or (UNTITLED_SECTION if sections else "")
        sections.append((heading, text))
    return PortalItem(
        number=number,
        title=_first_text(row, ".overskrift"),
        case_number=_first_text(row, ".sagsnummer") or None,
        sections=sections,
        passage=passage,
    )


def _items(root: LexborNode) -> list[PortalItem]:
    items: list[PortalItem] = []
    for row in root.css("tr.punktrow"):
        if row.css_first(".overskrift") is None:
            continue  # not an item row of this portal
        cell = row.css_first("td")
        number = _text(cell.css_first(".label") if cell is not None else None) or _text(cell)
        items.append(_item(row, number or str(len(items) + 1)))
    return items


def _front_matter(root: LexborNode) -> list[str]:
    note = _first_text(root, "[data-meeting-description]")
    return [f"Information: {note}"] if note else []


def read_meeting(root: LexborNode) -> PortalMeeting | None:
    """The meeting a FirstAgenda page states, or None when the page states none (no body and no
    items: a listing page, a search page)."""
    info = root.css_first("table.dagsordeninfo")
    body = _first_text(info, ".udvalg") if info is not None else ""
    body = body or _first_text(root, ".title .udvalg")
    items = _items(root)
    if not body and not items:
        return None
    when = _first_text(info, ".dato") if info is not None else ""
    place = (_first_text(info, ".sted") if info is not None else "") or _first_text(root, ".title .sted")
    return PortalMeeting(
        body=body,
        kind=_kind(root, items),
        start=parse_danish_datetime(when or _first_text(root, "h1.dato")),
        location=place or None,
        members=_participants(root),
        members_label="Mødedeltagere",
        front_matter=_front_matter(root),
        items=items,
    )


def looks_like_firstagenda(markup: str) -> bool:
    """Whether the markup carries the class names of FirstAgenda's meeting page (before parsing)."""
    return any(marker in markup for marker in _MARKERS)


def _parsed(markup: str) -> LexborNode | None:
    """The page's body when the markup may be this portal's and is shallow enough to parse."""
    if not looks_like_firstagenda(markup) or nesting_deeper_than(markup, MAX_DEPTH):
        return None
    tree = LexborHTMLParser(markup)
    return tree.body or tree.root


def _meeting_of(root: LexborNode) -> PortalMeeting | None:
    for label in root.css(".pdf-label"):  # the "PDF" badge before each attachment's title
        label.decompose()
    return read_meeting(root)


def read_page(markup: str) -> PortalMeeting | None:
    """The meeting of a FirstAgenda publication page, or None for any other page."""
    root = _parsed(markup)
    try:
        return _meeting_of(root) if root is not None else None
    except RecursionError:
        return None


def listing_text(root: LexborNode) -> str | None:
    """A listing page's own heading and description, or None when the page is no listing. Its
    result links and search form are navigation, not what the page states."""
    if root.css_first("#resultaterplaceholder a.searchresult") is None:
        return None
    header = root.css_first(".informationHeader") or root.css_first("h1")
    text = node_text(header) if header is not None else ""
    return text or None


def firstagenda_text(markup: str) -> str | None:
    """The text of a FirstAgenda page: a meeting page's minutes (see :mod:`portal_meeting`), a
    listing page's heading; None for a page that is neither (or too deeply nested to parse)."""
    root = _parsed(markup)
    if root is None:
        return None
    try:
        meeting = _meeting_of(root)
        return render(meeting) if meeting is not None else listing_text(root)
    except RecursionError:
        return None
