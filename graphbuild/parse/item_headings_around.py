"""Numbered item headings read with the lines around them: a title holding a full stop over a section heading,
"44/09 Titel", a title over its case label, numbers listed between items, a
number alone over its title, a plain numbered sequence, a list of numbers before its "Ad N" items."""

from __future__ import annotations

import re

from graphbuild.parse.item_headings import CASE_LABEL_FIRST, HEADER_LABEL, LEADS_IN, MARKED
from graphbuild.parse.item_lines import (
    AD_ITEM,
    BARE,
    BULLET,
    ITEM_LABEL,
    ONE_TITLE,
    PLAIN,
    SENTENCE_BREAK,
    Candidate,
    is_heading,
    next_text,
    previous_text,
    title_from,
)
from graphbuild.parse.item_parenthesised_runs import PARENTHESISED
from graphbuild.parse.item_unnumbered import opens_item_text
from graphbuild.parse.lines import Line
from graphbuild.parse.sections import heading_kind

_NUMBER_ALONE = re.compile(r"(\d{1,3})\.")
_BARE_NUMBER = re.compile(r"(\d{1,3})")


def headed_candidate(line: Line, lines: list[Line], last: str | None) -> Candidate | None:
    """An item title holding a full stop ("2. Forskellige cirkulærer og meddelelser. Orientering ved
    borgmesteren", "1 Åbent Kommuneplan 2013. Endelig vedtagelse": a subject, then its stage), when a section
    heading follows it (past the case's number or label lines) and it continues the numbers (or opens them)."""
    cleaned = line.clean
    match = BARE.match(cleaned) or MARKED.match(cleaned)
    if match is None or len(cleaned) > 120:
        return None
    if last is not None and (not last.isdecimal() or int(match["num"]) != int(last) + 1):
        return None
    title = match["title"].rstrip()
    if not SENTENCE_BREAK.search(title) or title.endswith((",", ";")) or LEADS_IN.search(title):
        return None  # only the titles line_candidate refers for their full stop; never a recommendation
    if not _heading_below(line, lines):
        return None
    return Candidate(str(int(match["num"])), match["title"], line, explicit=False)


# "018520-2013", "00.30S00 - 2016/41522", "85.02.02G00-0005": a case's number alone on the line under its title
_CASE_NUMBER_LINE = re.compile(r"^(?=.*\d{2})[\dA-ZÆØÅ][\dA-ZÆØÅ.\-/ ]{4,30}$")


def _heading_below(line: Line, lines: list[Line]) -> bool:
    """Whether a section heading follows a title line, on the next line or past its case number and label lines."""
    following = next_text(lines, line.index)
    for _ in range(2):
        if following is None or not (_CASE_NUMBER_LINE.match(following.clean) or ITEM_LABEL.match(following.clean)):
            break
        following = next_text(lines, following.index, reach=3)
    return following is not None and heading_kind(following.clean) is not None


# "44/09 Orientering": the case's running number and year, over its case label ("J. nr Dato: ...")
_YEAR_NUMBERED = re.compile(r"^(?P<num>\d{1,3}/\d{2})\s+(?P<title>[A-ZÆØÅ][\wæøå].{0,150})$")


def year_numbered(line: Line, lines: list[Line]) -> Candidate | None:
    """An item numbered by its running number and year ("44/09 Orientering"), when a case label or a
    section heading follows its title line (a date "12/09" opening a sentence has neither below it)."""
    match = _YEAR_NUMBERED.match(line.clean)
    if match is None or SENTENCE_BREAK.search(match["title"]):
        return None
    below = next_text(lines, line.index, reach=3)
    if below is None or not (ITEM_LABEL.match(below.clean) or opens_item_text(below.clean)):
        return None
    return Candidate(match["num"], match["title"], line, explicit=True)


def over_case_label(line: Line, lines: list[Line]) -> Candidate | None:
    """ "36 Besøg i Den historiske Miniby" over "Sagsnr.: Sagen afgøres i: ...": a number and title with
    no full stop, the case label on the next line (a flattened page cut before the label); or over an item's
    main section heading ("523 Spørgetid 29. april 2020" / "Sagsfremstilling"), past its case number and label
    lines, where no sentence leads into it ("indstiller, at" / "1 Planen godkendes" / "Beslutning" is a point) and
    it is no page's number and running header."""
    match = PLAIN.match(line.clean)
    if match is None or len(line.clean) > ONE_TITLE or SENTENCE_BREAK.search(match["title"]):
        return None
    below = next_text(lines, line.index, reach=2)
    if below is None:
        return None
    if not CASE_LABEL_FIRST.match(below.clean) and (
        _PAGE_HEADER.search(match["title"]) or not _main_heading_below(line, lines) or _led_into(lines, line)
    ):
        return None
    return Candidate(str(int(match["num"])), match["title"], line, explicit=False)


# "4 Frederikshavn Byråd - Referat juni 2015": a page's number and running header (the document's kind and its year)
_PAGE_HEADER = re.compile(r"(?i)\b(?:referat|dagsorden|beslutningsprotokol)\b.*\b(?:19|20)\d\d\b")


def _main_heading_below(line: Line, lines: list[Line]) -> bool:
    """Whether an item's main section heading (Beslutning, Resumé, Indstilling, Sagsfremstilling) follows a title
    line, on the next line or past its case number and label lines."""
    following = next_text(lines, line.index, reach=2)
    for _ in range(2):
        if following is None or not (_CASE_NUMBER_LINE.match(following.clean) or ITEM_LABEL.match(following.clean)):
            break
        following = next_text(lines, following.index, reach=3)
    return following is not None and opens_item_text(following.clean)


def _led_into(lines: list[Line], line: Line) -> bool:
    """Whether the text above leads into a list (ends with a colon, a comma or "at") or is a section heading: the
    line is a point of a list in an item's text, not an item."""
    above = previous_text(lines, line.index)
    if above is None:
        return False
    text = above.clean.rstrip()
    return text.endswith((":", ",")) or text.lower().endswith(" at") or heading_kind(text) is not None


def listed_between(line: Line, lines: list[Line], last: Candidate) -> Candidate | None:
    """A list entry holding a full stop ("4. Behandling af indkomne forslag. Ingen forslag modtaget")
    between the entries numbered one below and one above it, with nothing but blank lines between."""
    cleaned = line.clean
    match = BARE.match(cleaned)
    if match is None or len(cleaned) > 250 or not last.number.isdecimal() or int(match["num"]) != int(last.number) + 1:
        return None
    above = previous_text(lines, line.index)
    below = next_text(lines, line.index, reach=3)
    if above is None or above.index != last.line.index or below is None:
        return None
    following = BARE.match(below.clean)
    if following is None or int(following["num"]) != int(match["num"]) + 1 or LEADS_IN.match(match["title"]):
        return None
    return Candidate(str(int(match["num"])), match["title"], line, explicit=False)


def number_above_title(line: Line, lines: list[Line]) -> Candidate | None:
    """A number alone on its line ("3.") with the title on the next (a table's number and title cells)."""
    cleaned = line.clean
    number = _NUMBER_ALONE.fullmatch(cleaned) if 1 < len(cleaned) < 5 else None
    # "  • 1" / "    Spørgetid 1" / "    Sagsid.:": a portal's bulleted number over the title and its case label
    bare = _BARE_NUMBER.fullmatch(cleaned) if number is None and BULLET.match(line.text) else None
    number = number or bare
    if number is None or int(number[1]) == 0:
        return None
    below = next_text(lines, line.index, reach=2)
    if below is None:
        return None
    if bare is not None:
        label = next_text(lines, below.index, reach=2)
        if label is None or not (ITEM_LABEL.match(label.clean) or opens_item_text(label.clean)):
            return None
    title = below.clean
    if (
        not _OPENS_A_TITLE.match(title)
        or len(title) > 200
        or _DOTTED_LEADER.search(title)
        or is_heading(title)
        or (SENTENCE_BREAK.search(title) and not _next_number_below(below, lines, int(number[1])))
        or title.endswith((",", ";", ":"))
        or HEADER_LABEL.match(title)
    ):
        return None
    return Candidate(number[1], title, line, explicit=False)


_OPENS_A_TITLE = re.compile(r"[A-ZÆØÅ\"“„«]")  # a capital or an opening quote
_DOTTED_LEADER = re.compile(r"\.{3,}")
# "Boliger", also a heading in capitals ("BOLIGER")
_CAPITALISED_WORD = re.compile(r"[A-ZÆØÅ](?:[a-zæøå]{2,}|[A-ZÆØÅ]{2,}\b)")


def _next_number_below(title: Line, lines: list[Line], number: int) -> bool:
    """Whether the next number stands alone right under a title (past its page-number cell): a title holding a full
    stop ("Initiativer til understøttelse af dansk økonomi. Anlægsbevilling ...") is a cell of the numbered list."""
    after = next_text(lines, title.index, reach=2)
    if after is not None and after.clean.isdigit() and after.clean != str(number + 1):
        after = next_text(lines, after.index, reach=2)  # the entry's page number
    return after is not None and _NUMBER_ALONE.fullmatch(after.clean) is not None and after.clean == f"{number + 1}."


def plain_sequence(lines: list[Line], segmented: set[int]) -> set[int]:
    """Lines "N Titel" (no dot or colon) whose number has a neighbour (N - 1 or N + 1) in the same
    form: a numbered list of items, not a sentence that starts with a number. In flattened text, where
    every page starts with its page number, only the segments cut before a number ("åbent 1 Stefan
    Agger ... åbent 2 Årsberetning ...": a run of bare numbers, whatever heading stands over it)."""
    found: dict[int, list[int]] = {}
    for line in lines:
        if segmented and line.index not in segmented:
            continue
        cleaned = line.clean
        if not cleaned[:1].isdigit() or (len(cleaned) > 150 and not segmented):
            continue  # a segment runs on to the next cut: the last entry of a list holds the text after it
        match = PLAIN.match(cleaned)
        if match and _CAPITALISED_WORD.match(match["title"]):
            found.setdefault(int(match["num"]), []).append(line.index)
    return {i for n, at in found.items() if n - 1 in found or n + 1 in found for i in at}


def listed_before_ad_items(candidates: list[Candidate], lines: list[Line]) -> list[Candidate]:
    """The agenda listed ("1. Valg af dirigent", "2. Bestyrelsens beretning", ..., or "1) Valg af
    dirigent", "2) ...") before items headed "Ad pkt. 1:", "Ad pkt. 2:" or "Pkt. 1" with no title of their own: a
    contents list that gives their titles."""
    first_ad = next((k for k, c in enumerate(candidates) if c.explicit and _headed_by_number(c)), None)
    if first_ad is None:
        return []
    before = [c for c in candidates[:first_ad] if not c.explicit]
    if len(before) < 2:
        before = _parenthesised_list(lines[: candidates[first_ad].line.index])
    return before if len(before) >= 2 else []


def _headed_by_number(candidate: Candidate) -> bool:
    """An item's text headed by its number alone: "Ad pkt. 1:", "Ad 3)", "Pkt. 2a" with no title."""
    return AD_ITEM.match(candidate.line.clean) is not None or not title_from(candidate.title)


def _parenthesised_list(lines: list[Line]) -> list[Candidate]:
    """The last run of "1) Titel", "2) Titel", ... lines numbered from 1 up by one (blank lines between
    allowed): an agenda listed above its "Ad pkt." items. "1) at ..." is a sub-point, never an entry."""
    run: list[Candidate] = []
    for line in lines:
        if not line.clean:
            continue
        match = PARENTHESISED.match(line.clean)
        if match is not None and int(match["num"]) == len(run) + 1:
            run.append(Candidate(match["num"], match["title"], line, explicit=False))
        elif match is not None and match["num"] == "1":
            run = [Candidate("1", match["title"], line, explicit=False)]
        elif len(run) < 2:
            run = []
    return run
