"""A flattened header read as the lines it was: "1 Referat fra bestyrelsesmødet d. 24-11-20. Referat fra Skagen
Bytings bestyrelsesmøde d. 24. november 2020. Tilstede var formand …", "1 Møde den 6. marts 2017 Referat af
lokalrådsmødet mandag den 6. marts 2017 klokken 18.30 …", "… Logo juni Referat Bestyrelsesmøde i Odense
Lokalafdeling Dato og klokkeslæt: …".

On a page a PDF's text layer or a web page's text put on one line, the line-start readers of the body see no header
line: the heading that names the meeting's body runs on into the date, the attendance list and the first case. Here
the first page-long line's first characters, before the first item, are cut where a header's lines end: after a
sentence's full stop, before a kind's word ("Referat", "Dagsorden", "Møde"), before a label of who comes or of the
meeting's fields ("Tilstede", "Deltagere", "Dato", "Sted"), before a weekday; and the pieces that are headings (a
kind's word capitalised, or a meeting's word: "Referat fra …", "Ungerådsmøde d. 12. maj 2020") are read by
`header_body`, the lexicon reader of the header's lines, as those lines. None from a section's heading in the text
("… i næste referat) Generalforsamling": no heading's word), from a piece about another meeting ("Godkendelse af
referat fra …", "næste møde"), or from a line no cut parts. A council is no one's ("ordinært kommunalbestyrelsesmøde i
Kantinen på rådhuset": the room it meets in): its name alone. Read by `header` last of the body's readers, only
where nothing else names the body."""

from __future__ import annotations

import re

from graphbuild.parse.header_body import header_body
from graphbuild.parse.header_dates import OTHER_MEETING
from graphbuild.parse.lines import Line

_PAGE_LINE = 300  # a line a page long: the line-start readers read a short line's body
_REACH = 600  # the line's first characters, where the header stands
_WEEKDAY = r"(?:[Mm]andag|[Tt]irsdag|[Oo]nsdag|[Tt]orsdag|[Ff]redag|[Ll]ørdag|[Ss]øndag)"
_KIND = r"(?:Referat|Dagsorden|Beslutningsprotokol|REFERAT|DAGSORDEN|Møde)"
_LABEL = (
    r"(?:Til\s+stede|Tilstede|Deltagere|Mødedeltagere|Fremmøde|Fremmødte|Afbud|Fraværende|Dato|Sted|Tid|"
    r"Mødested|Mødedato|Mødelokale)"
)
_CUT = re.compile(
    r"(?<=[.!?])\s+(?=[A-ZÆØÅ])"  # a sentence's end
    rf"|\s+(?={_KIND}(?:en|et)?(?![\wæøå]))"  # before a kind's word
    rf"|\s+(?={_LABEL}(?![\wæøå]))"  # before a label of who comes or of the meeting's fields
    rf"|\s+(?={_WEEKDAY}(?![\wæøå]))"  # before a weekday: "Bestyrelsesmøde i BRN Fredag 18. september"
)
# a heading names the meeting: its kind's word or a meeting's ("Referat fra …", "… bestyrelsesmøde d. 24. november")
_HEADING = re.compile(
    r"(?<![\wæøå])(?:Referat|Dagsorden|Beslutningsprotokol|REFERAT|DAGSORDEN|Møde)|[a-zæøå]møde(?:t)?(?![\wæøå])"
)
# a municipality's or a region's council, which no organisation owns: "Kommunalbestyrelsen i Kantinen"
_COUNCIL_IN = re.compile(
    r"^(?P<council>(?:Kommunalbestyrelsen|Byrådet|Borgerrepræsentationen|Regionsrådet|Magistraten))\s+(?:i|hos)\s"
)


def body_in_page_pieces(lines: list[Line], items_start: int | None = None) -> str | None:
    """The body the first page-long line's header names, read piece by piece as the header's lines, or None."""
    for line in lines:
        if len(line.text) < _PAGE_LINE:
            continue
        end = _REACH if items_start is None else max(0, min(_REACH, items_start - line.start))
        head = line.text[:end]
        pieces: list[Line] = []
        at = 0
        for cut in _CUT.finditer(head):
            pieces.append(Line(head[at : cut.start()], line.start + at, len(pieces)))
            at = cut.end()
        pieces.append(Line(head[at:], line.start + at, len(pieces)))
        if len(pieces) < 2:
            return None  # not cut: no header's lines run together
        headings = [piece for piece in pieces if _HEADING.search(piece.text) and not OTHER_MEETING.search(piece.text)]
        found = header_body(headings)
        if found is None:
            return None
        council = _COUNCIL_IN.match(found)
        return council["council"] if council else found
    return None
