"""Stage 2, parse: SourceDocument -> Meeting with its agenda items, sections and attendance.

``parse_meeting`` never raises: whatever it cannot read becomes a note in ``Meeting.errors`` and
an unknown layout yields fewer fields.
"""

from __future__ import annotations

from graphbuild.models import AgendaItem, Attendance, Meeting, MeetingKind, SourceDocument
from graphbuild.parse.address_body import body_in_address
from graphbuild.parse.address_date import date_in_address, yearless_day_by_address
from graphbuild.parse.address_kind import kind_in_address
from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.body_genitive_owner import board_in_genitive
from graphbuild.parse.body_letterhead import board_in_letterhead
from graphbuild.parse.body_owner import board_owner, body_in_full
from graphbuild.parse.body_place import body_with_place
from graphbuild.parse.dates import at_time
from graphbuild.parse.decision_day import decision_day
from graphbuild.parse.header import Header, parse_header
from graphbuild.parse.header_dates import YEARLESS_REACH
from graphbuild.parse.header_kind import dated_body_line, records_minutes
from graphbuild.parse.item_lone_paragraph import lone_paragraph
from graphbuild.parse.item_no_meeting import no_agenda
from graphbuild.parse.items import find_items
from graphbuild.parse.kind_agreement import agreement_title_page
from graphbuild.parse.kind_case_page import case_page, presents_a_case
from graphbuild.parse.kind_dated_only import names_no_meeting
from graphbuild.parse.kind_publication import publication
from graphbuild.parse.kind_statute import statute_title
from graphbuild.parse.lines import Line, split_lines, split_lines_like
from graphbuild.parse.mirror_chrome import blank_mirror_chrome
from graphbuild.parse.page_heads import blank_page_heads
from graphbuild.parse.school_board_site import school_board
from graphbuild.parse.site_owner import board_of_site, body_of_site, general_meeting_of_site

__all__ = ["PARSE_FAILED", "parse_meeting"]

PARSE_FAILED = "parse failed"  # the note of a document the parser could not read at all


def parse_meeting(doc: SourceDocument) -> Meeting:
    """The meeting a minutes or agenda document records."""
    errors: list[str] = []
    try:
        lines = split_lines(doc.text)
        # a mirror's chrome repeats the title ("1. Godkendelse …") above the pages: no item is read there,
        # but the header may be (the title is often the cleanest copy of the first page's words)
        # a flattened page's running head after its page number ("2 Færgeudvalget Grenaa - Anholt færgefart …"),
        # repeated page after page, opens no item and runs on into none's title
        items_text = blank_page_heads(blank_mirror_chrome(doc.text))
        items, notes = find_items(items_text, lines if items_text is doc.text else split_lines_like(items_text, lines))
        errors.extend(notes)
        first_item = min((item.start for item in items if not item.from_contents), default=len(doc.text))
        head_lines = [line for line in lines if line.start < first_item][:200]
        has_decisions = any(item.section("beslutning") for item in items)
        header = parse_header(head_lines, doc.text, has_decisions, first_item, doc.title)
        if header.kind is None:
            # "?agendaId=298&agendaType=Referat": a portal's meeting page whose text names no kind
            header.kind = kind_in_address(doc.url)
        if header.kind is None and not has_decisions and publication(items, doc.text, head_lines):
            # a report's chapters or a statute's clauses read as items ("1. Rådets navn og formål"), a report's
            # foreword: no meeting, and the day the header read is the publication's ("Vedtaget af Byrådet 29.11.2010")
            items, header = [], Header()
        if header.kind is None and not has_decisions and not presents_a_case(items) and agreement_title_page(doc.text):
            # an owners' agreement's or a partnership contract's sections read as items ("1. BAGGRUND OG FORMÅL"):
            # no meeting, and the day the header read is the agreement's ("indgået den 1. januar 2017")
            items, header = [], Header()
        if header.kind is None and not has_decisions and not presents_a_case(items) and statute_title(doc.text):
            # a statute's paragraphs read as items ("§ 3", "1.1 Formål") under its title ("Vedtægter for …"): no
            # meeting, its day the statute's; the page's place kept (a council's statute names its municipality)
            items, header.start, header.end = [], None, None
        if header.start is not None and header.kind != "dagsorden":
            # a case history's day near the top read as the meeting's: the later day most items' decisions carry
            day = decision_day(items, header.start.date())
            if day is not None and day != header.start.date():
                header.start, header.end = at_time(day, None), None
        if header.start is None and header.kind is not None:
            # minutes that name no day ("1. Godkendelse af dagsorden …"): the day their address names
            day = date_in_address(doc.url)
            if day is None:  # "tirsdag d. 8. juni" at ".../2021/06/14/…": the year the address names
                day = yearless_day_by_address("\n".join(line.text for line in head_lines)[:YEARLESS_REACH], doc.url)
            header.start = at_time(day, None) if day else None
        if header.body is None and (header.kind is not None or header.start is not None):
            # "/Christianshavns%20Lokaludvalg/møde-29012014/": the address names the body the text does not
            header.body = body_in_address(doc.url, doc.text)
        # "Bestyrelsesmøde" on "nydamskolen.aula.dk": a school's board
        header.body = school_board(doc.url, doc.text, header.body) or header.body
        # "Bestyrelse" read from "Bestyrelse Væksthus Hovedstadsregionen": the body named with its owner
        head_text = "\n".join(line.text for line in head_lines)
        full_body = body_in_full(head_text, header.body)
        # "Naturparkråd" read from "Referat Amager Naturparkråd": the body named with its place
        full_body = full_body or body_with_place(head_text, header.body)
        # "Bestyrelse" whose items name "KTCs bestyrelse": the board named with its one owner
        full_body = full_body or board_in_genitive(doc.text, header.body)
        # "Generalforsamling 2005" on "korsørkunstforening.dk", whose text prints "Korsør Kunstforening"
        full_body = full_body or general_meeting_of_site(doc.url, doc.text, header.body)
        # "Bestyrelse" read from "Bestyrelsesmøde" over "Dagtilbudsdistrikt Elverdam": the board named with its owner
        full_body = full_body or board_in_letterhead(head_text, header.body)
        # "Bestyrelse" on "lokalforumregstrup.dk", whose text prints "Lokalforum Regstrup": the board named with it
        full_body = full_body or board_of_site(doc.url, doc.text, header.body)
        # "Stiftsrådet" on "aarhusstift.dk", whose text prints "Aarhus Stift": the council named with its owner
        full_body = full_body or body_of_site(doc.url, doc.text, header.body)
        attendance = find_attendance(
            doc.text,
            items,
            header.start.date() if header.start else None,
            records_meeting=header.kind is not None or header.start is not None,
        )
        if header.kind is None and any(not item.from_contents for item in items):
            dated = header.start is not None
            header.kind = _kind_from_what_it_holds(has_decisions, attendance, doc.text, head_lines, dated)
            if header.kind == "dagsorden" and not attendance and _dated_only(items, head_lines, head_text):
                # an agreement's, a statute's or a report's sections under its day ("1. januar 2017" / "1. Baggrund"),
                # nothing else naming a meeting: no agenda, the day the document's own
                items, header = [], Header()
            if header.kind is not None and not dated and header.body is None:
                # a flattened header the reader took for no meeting ("… Tid 1. marts 2012, kl Sted …") over
                # items that record minutes: read again, now as a meeting's, for its day and body
                reread = parse_header(head_lines, doc.text, has_decisions, first_item, doc.title, records=True)
                header.start, header.end, header.body = reread.start, reread.end, reread.body
                header.municipality = header.municipality or reread.municipality
                header.location = header.location or reread.location
        if header.kind is None and header.start is None and case_page(items):
            # a portal's page of one agenda item, its case under its own heading ("Sagsfremstilling"): an agenda's,
            # its header not read again (the days its case names are the case's history, no meeting's)
            header.kind = "dagsorden"
        if header.kind is None and header.start is None and no_agenda(items):
            items = []  # a web page's numbered rules or list of members, in a document that records no meeting
        if header.kind is None and header.start is None and not attendance and lone_paragraph(items, items_text):
            items = []  # a web page's one numbered paragraph ("1. Formål"), in a document that records no meeting
    except Exception as error:  # the contract: never raise, report instead
        return Meeting(source=doc, errors=[f"{PARSE_FAILED}: {type(error).__name__}: {error}"])
    if not items:
        errors.append("no agenda items found")
    if header.start is None:
        errors.append("no meeting date found")
    return Meeting(
        source=doc,
        kind=header.kind,
        body=header.body,
        body_in_full=full_body,
        body_owner=board_owner(full_body or header.body, doc.text),
        municipality=header.municipality,
        start=header.start,
        end=header.end,
        location=header.location,
        published=header.published,
        attendance=attendance,
        items=items,
        errors=errors,
    )


def _dated_only(items: list[AgendaItem], head_lines: list[Line], head_text: str) -> bool:
    """Whether a dated document's items (no decision recorded) stand under nothing that names a meeting: no case
    presented under a case's heading, no meeting's heading, word, hour or label above them."""
    return not presents_a_case(items) and not dated_body_line(head_lines) and names_no_meeting(head_text)


def _kind_from_what_it_holds(
    has_decisions: bool, attendance: list[Attendance], text: str, head_lines: list[Line], dated: bool
) -> MeetingKind | None:
    """A document with agenda items whose header names no kind is a meeting's document all the same when
    dated: minutes when it records decisions, who was absent or what minutes write ("Beretningen godkendtes"),
    else an agenda. Undated, only what minutes write makes it minutes (a board's notes that name no day:
    "referatet fra sidste møde blev godkendt"); items alone tell nothing of a meeting."""
    if records_minutes(text, "\n".join(line.text for line in head_lines[:60])):
        return "referat"
    if not dated:
        return None
    recorded = has_decisions or any(row.status in ("absent", "substitute") for row in attendance)
    return "referat" if recorded else "dagsorden"
