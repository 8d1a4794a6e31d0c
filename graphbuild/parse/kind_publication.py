"""A publication's chapters read as agenda items: a report's or plan's table of contents and headings ("1. Forord",
"2. Indledning 3", "Sammenfatning"), a statute's first clauses ("1. Rådets navn og formål", "1. Navn og hjemsted").
A meeting's item is titled by what it is about, never by a chapter's word alone (no item of the dev-write minutes
and agendas is, in the gold or as read), so a document whose header names no kind, that records no decision and
whose first items hold such a title is a publication with numbered sections, no meeting's document. So is one whose
front matter prints a foreword's heading or a table of contents opening with the foreword or the introduction
("Indhold Forord 3 1. Indledning 4 …", a report's flattened first page) or numbering its chapters with their pages
(kind_contents), or a statute's first paragraph ("§ 1 Navn og
hjemsted"): no minutes or agenda of the dev-write corpus whose header names no kind prints any of them (an annual
meeting's agenda headed "DAGSORDEN" may print its association's statute below its items). A header that names a
meeting ("Bestyrelsesmøde den 12. maj 2019", "Møde i …", a body over its day) keeps it: a board's "1. Indledning" is
its item."""

from __future__ import annotations

import re

from graphbuild.models import AgendaItem
from graphbuild.parse.header_kind import dated_body_line
from graphbuild.parse.kind_contents import contents_with_pages
from graphbuild.parse.lines import Line

_CHAPTER = re.compile(
    r"(?i)forord|indledning|indholdsfortegnelse|sammenfatning|konklusion(?:er)?|opsummering|perspektivering"
    r"|læsevejledning|litteratur(?:liste)?|formål|hjemsted"
    # a statute's first clause: "Navn og hjemsted", "Foreningens navn, hjemsted og formål", "Rådets navn og formål"
    r"|(?:\w+s\s+)?navn,?\s+(?:og\s+)?(?:hjemsted|formål)(?:\s+og\s+formål)?"
)
# "Forord" as a heading: over a capitalised first sentence or a page number ("Forord 3", "2 Forord Kommunen har …"),
# never inside a sentence ("forordet", "Forord til budgettet")
_FOREWORD = re.compile(r"(?<![\w-])(?:Forord|FORORD)(?=[ \t]*\n|[ \t]+(?:\d|[A-ZÆØÅ]))")
_CONTENTS_OPENING = re.compile(
    r"(?i:\b(?:indholdsfortegnelse|indhold)\b)[\s.:·…_-]{0,12}(?:\d{1,2}\.?\s+)?"
    r"(?:Forord|Indledning|Resumé|Sammenfatning|Læsevejledning|FORORD|INDLEDNING|SAMMENFATNING)\b"
)
# a statute's first paragraph: "§ 1 Navn og hjemsted", "§ 1. Foreningens navn", "§1 Formål"
_STATUTE_OPENING = re.compile(r"§[ \t]*1\b\.?[ \t]*(?:[A-ZÆØÅ][a-zæøå]+s[ \t]+)?(?:Navn|Formål|Hjemsted|navn)\b")
_FRONT_MATTER = 15000  # a report's title page, contents and foreword
_FIRST_ITEMS = 3  # a publication opens with its chapters; a section heading deep in a case is no sign
_LEADERS = " \t.:…·_0123456789"  # a contents entry's dot leaders and page number ("Indledning ........ 3")


def publication_chapters(items: list[AgendaItem]) -> bool:
    """Whether one of the first items is titled as a publication's chapter or a statute's first clause."""
    return any(_CHAPTER.fullmatch(item.title.strip(_LEADERS)) for item in items[:_FIRST_ITEMS] if item.title)


def report_front_matter(text: str) -> bool:
    """Whether the document opens as a report does: a foreword's heading, a table of contents opening with it or
    numbering its chapters with their pages."""
    front = text[:_FRONT_MATTER]
    return (
        _FOREWORD.search(front) is not None
        or _CONTENTS_OPENING.search(front) is not None
        or _STATUTE_OPENING.search(front) is not None
        or contents_with_pages(front)
    )


def publication(items: list[AgendaItem], text: str, head_lines: list[Line]) -> bool:
    """Whether a document whose header names no kind is a publication: its chapters or its front matter, under no
    meeting's heading."""
    return (publication_chapters(items) or report_front_matter(text)) and not dated_body_line(head_lines)
