"""Contents lists (Indholdsfortegnelse, PUNKTER, a "Pkt. Tekst Side" table, dotted leaders, a flattened
contents page): their entries in order, and the lines they span."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

from graphbuild.parse.flatten_titles import CASE_KIND, ends_in_back_matter, looks_like_contents, split_title_run
from graphbuild.parse.item_depth import PART_NOUN, PART_STATE, deeper, list_level
from graphbuild.parse.item_headings import dated_or_decided, line_candidate
from graphbuild.parse.item_lines import (
    ABBREVIATION,
    BARE,
    BULLET,
    ITEM_LABEL,
    LEADER,
    NOT_ENTRY,
    ONE_TITLE,
    PAGE,
    PLAIN,
    SENTENCE_BREAK,
    TAB_ROW,
    TABLE_HEADER,
    Candidate,
    ContentsEntry,
    is_heading,
    is_toc_heading,
    next_text,
    number_key,
    previous_text,
    same_title,
    title_from,
    without_tags,
)
from graphbuild.parse.lines import Line
from graphbuild.parse.sections import heading_kind

_HEADING_LENGTH = 48  # a contents heading ("2 Punkter til dagsorden side:") is never longer
# the first letters of every contents heading _TOC_HEADING reads ("indhold…", "oversigt…", "dagsorden",
# "sagsoversigt", "åbne"/"lukkede punkter", "punkter")
_HEADING_FIRST = frozenset("iodsålp")
_STRONG_TOC = {"indholdsfortegnelse", "punkter", "punkter til dagsorden", "punkter til dagsorden side"}


_CONTENTS_REACH = 20000  # a flattened contents page whose numbers were lost stands within the first pages
# the page number before a flattened page's text, "Side 3 af 12" after it
_PAGE_NUMBERS = re.compile(r"^\d{1,3}\s+|\s+(?:SIDE|Side)\s+\d+(?:\s+af\s+\d+)?$")
_PAGE_NUMBER_HEAD = re.compile(r"^\d{1,3}\s+(?=\D)")
_NUMBERED_LINE = re.compile(r"(\d{1,3})\.?\s*(.*)")  # a line's number and the rest, whatever its form
_LEADER_TO_PAGE = re.compile(r"\.{4,}\s*\d*\s*$")  # a dotted leader, perhaps its page number, ending a line


# "Åbne" / "Lukkede" (also "Lukkede punkter", "Åbne sager", "Punkter på åbent møde", "Sager til lukket dagsorden"):
# the groups of a contents list
_CONTENTS_GROUP = re.compile(
    r"(?i)^(?:(?:punkter|sager|dagsordenspunkter)\s+(?:på|til|for|under)\s+(?:den\s+|det\s+)?)?"
    rf"{PART_STATE}(?:\s+(?:{PART_NOUN}|dagsordenspunkter))?:?$"
)
# "Punkter på åbent møde: 144. Indkøbspolitik ....... 321", "Indholdsfortegnelse: 1. Godkendelse af dagsorden": a
# contents heading or group label and, after its colon, the list's first entry on the same line (a PDF's text layer
# runs the label's cell into the first row)
_LABEL_FIRST = re.compile(r"^(?P<label>[^\W\d][\w ]{2,45}?)\s*:\s*(?P<rest>\d{1,3}\.?\s+\S.*)$")


_NUMBER_HEAD = re.compile(r"^\d{1,3}(?:\.|\s*:|\s+\([^)]{3,15}\))?\s+")
_TRAILING_PAGE = re.compile(r"\s+(\d{1,3})$")  # a page number after a title


# Sections an item's text opens with: a contents entry directly followed by one is the item itself
_ITEM_SECTIONS = {"beslutning", "resume", "indstilling", "sagsfremstilling"}


# A flattened front page: the meeting's members and their parties, not a run of contents titles
_FRONT_PAGE = re.compile(r"(?i)\b(?:mødedeltagere|deltagere|medlemmer|til stede|fraværende|afbud)\s*:")
_PARTY_LETTER = re.compile(r"\([A-ZÆØÅ]\)")
# What opens a flattened contents page before its first title: the heading ("Indholdsfortegnelse", "...
# Følgende sager behandles på mødet") and its column labels ("Sag nr. Side", "Pkt. Tekst Side", "Side")
_CONTENTS_LEAD = re.compile(
    r"(?i)^(?:.{0,120}?\bfølgende sager behandles(?:\s+på\s+mødet)?:?|(?:indholdsfortegnelse|indhold)\b:?)"
    r"\s*(?:(?:sag\s*nr\.?|pkt\.?|tekst|side)\s+)*"
)


def find_contents(lines: list[Line], segmented: set[int]) -> tuple[set[int], list[ContentsEntry]]:
    """Line indexes inside a table of contents, and its entries in order."""
    reader = _ContentsReader(lines, segmented)
    for line in lines:
        reader.read(line)
    reader.close()
    reader.flush_tab_run()
    if segmented and not reader.entries:
        _read_flattened_page(lines, reader.inside, reader.entries)
    return reader.inside, reader.entries


@dataclass
class _ContentsReader:
    """The contents lists of a document read line by line: the open block of entries, the loose numbers of a
    number column read apart from its titles, and a run of tab-separated rows."""

    lines: list[Line]
    segmented: set[int]
    inside: set[int] = field(default_factory=set)
    entries: list[ContentsEntry] = field(default_factory=list)
    block: list[ContentsEntry] = field(default_factory=list)
    block_lines: set[int] = field(default_factory=set)
    strong: bool = False
    in_toc: bool = False
    skipped: int = 0
    loose: list[Line] = field(default_factory=list)  # numbers alone on their lines: a number column read apart
    closed_from: int | None = None  # the block's entries from here stand under "Lukkede"
    run_from: int = 0  # the block's entries from here number a list that started again from 1
    nested_level: tuple[int, int] | None = None  # the level of the nested list the last line was a point of
    group_at: int | None = None  # a group heading ("Lukket dagsorden") stands before the block's entry of this place
    tab_run: list[ContentsEntry] = field(default_factory=list)
    table_end: int = -1  # the last line of a contents table read whole (_cell_table)

    def close(self) -> None:
        # a list of two or more entries, or any entry under Indholdsfortegnelse/PUNKTER; one entry
        # under "Dagsorden" is the first item itself
        block = self.block
        for entry in block[self.closed_from :] if self.closed_from is not None else []:
            entry.public = False
        self.closed_from, self.run_from, self.group_at = None, 0, None
        if len(block) >= 2 or (self.strong and block):
            _drop_page_column(block)
            if _number_column(block, self.loose):
                self.inside.update(line.index for line in self.loose)
            self.entries.extend(block)
            self.inside.update(self.block_lines)
        block.clear()
        self.block_lines.clear()
        self.loose.clear()
        self.in_toc = False

    def flush_tab_run(self) -> None:
        if len(self.tab_run) >= 2:  # one row alone is an item's own heading row
            self.entries.extend(self.tab_run)
            self.inside.update(e.line.index for e in self.tab_run)
        self.tab_run.clear()

    def read(self, line: Line) -> None:
        """One line: each step below in turn until one takes it; a line none takes ends the block."""
        if line.index <= self.table_end:
            return
        cleaned = without_tags(line.clean)
        if ":" in cleaned[:48] and cleaned[:1].isalpha():
            rest = self._label_first(line, cleaned)
            if rest is not None:
                self.read(rest)
                return
        if self._heading(line, cleaned) or self._tab_row(line):
            return
        if cleaned and self.tab_run:
            self.flush_tab_run()
        leader = "...." in cleaned and _LEADER_TO_PAGE.search(cleaned) is not None
        if self._loose_number(line, cleaned) or self._outside(cleaned, leader):
            return
        numbered = _NUMBERED_LINE.match(cleaned) if cleaned[:1].isdigit() else None
        if numbered is not None and dated_or_decided(numbered[1], numbered[2]):
            self.block_lines.add(line.index)  # "18. August SR møde" in the list: a date, no entry; the list goes on
            return
        candidate = line_candidate(line, None, line.index in self.segmented, in_table=True) or _next_entry(
            cleaned, line, self.block
        )
        if (
            self._numbered(line, cleaned, candidate)
            or self._bulleted(line, cleaned, candidate)
            or self._leader(line, cleaned, leader)
            or self._column_title(line, cleaned)
            or self._group(line, cleaned)
            or self._furniture(line, cleaned)
            or self._item_heading_or_wrapped(line, cleaned)
        ):
            return
        self.close()

    def _label_first(self, line: Line, cleaned: str) -> Line | None:
        """A contents heading or group label with the first entry after its colon: the label read as a line of its
        own, and the rest of the line (the entry) returned to be read as the next."""
        match = _LABEL_FIRST.match(cleaned)
        if match is None:
            return None
        label = match["label"].strip()
        group = _CONTENTS_GROUP.match(label)
        if group is None and not is_toc_heading(label.lower()):
            return None
        offset = line.text.find(match["rest"][:12])
        if offset < 0:
            return None
        if group is None:
            self._heading(Line(line.text[:offset], line.start, line.index), label)
        elif not self._group(line, label):  # "Punkter på åbent møde: 144. ..." opening the list
            self.in_toc = True
            self.closed_from = 0 if group["closed"] else self.closed_from
            self.block_lines.add(line.index)
        return Line(line.text[offset:], line.start + offset, line.index)

    def _heading(self, line: Line, cleaned: str) -> bool:
        """A contents heading: "Indholdsfortegnelse", "2 Indholdsfortegnelse" (the heading after the page
        number of a flattened page), "Punkt Indhold", "Pkt. Tekst" (the line opens with p as its cleaned
        text does, markup and tags aside); a table under it whose cells stand one a line read whole."""
        key = ""
        first = cleaned[:1].lower()
        # a longer line is no contents heading, nor one that opens with a letter no heading opens with: its key is
        # not computed
        if len(cleaned) <= _HEADING_LENGTH and (first in _HEADING_FIRST or first.isdigit() or first.isspace()):
            lowered = cleaned.lower()
            key = (_PAGE_NUMBER_HEAD.sub("", lowered) if lowered[:1].isdigit() else lowered).rstrip(":").strip()
        if not (is_toc_heading(key) or (cleaned[:1] in "pP" and TABLE_HEADER.match(line.text.strip()))):
            return False
        continued = self.in_toc and not self.block  # "Indholdsfortegnelse" then "Åbne punkter"
        self.close()
        self.in_toc, self.strong, self.skipped = True, key in _STRONG_TOC or (continued and self.strong), 0
        self.block_lines.add(line.index)
        table = _cell_table(self.lines, line.index + 1) if key in _STRONG_TOC or key == "indhold" else None
        if table is not None:
            self.entries.extend(table[0])
            self.inside.update(table[1])
            self.table_end = max(table[1])
            self.in_toc = False
        return True

    def _tab_row(self, line: Line) -> bool:
        """A table row "3<tab>Titel": a contents entry when rows follow each other."""
        tab_row = TAB_ROW.match(line.text) if "\t" in line.text else None
        if not tab_row:
            return False
        entry = ContentsEntry(str(int(tab_row["num"])), title_from(tab_row["title"]), line)
        if self.in_toc and any(e.number == entry.number for e in self.block):
            self.close()  # the first item repeats its contents entry: the list has ended
        elif self.in_toc:
            self.block.append(entry)
            self.block_lines.add(line.index)
        elif any(e.number == entry.number for e in self.tab_run):
            self.flush_tab_run()  # the list's first number again: the items begin
        else:
            self.tab_run.append(entry)
        return True

    def _loose_number(self, line: Line, cleaned: str) -> bool:
        """A number alone ("1.1."): the contents' number column, its titles below."""
        if cleaned[:1].isdigit() and len(cleaned) <= _COLUMN_NUMBER_LENGTH and _COLUMN_NUMBER.fullmatch(cleaned):
            self.loose.append(line)
            return True
        return False

    def _outside(self, cleaned: str, leader: bool) -> bool:
        """A line outside any contents list, or a blank one."""
        if not self.in_toc and not leader:
            if cleaned and not self.block:
                self.loose.clear()
            return True
        return not cleaned

    def _numbered(self, line: Line, cleaned: str, candidate: Candidate | None) -> bool:
        """A numbered entry; the first item repeating its entry ends the list."""
        block = self.block
        if candidate is not None and block and self.loose and not any(e.number for e in block):
            # "79." ... "90." then their titles, then "91. Endelig vedtagelse ...": the column's numbers go
            # to the titles read before the first numbered entry
            _number_column(block, self.loose)
            self.inside.update(line.index for line in self.loose)  # paired or not, the column is the contents'
            self.loose.clear()
        placed = _nested_or_restarted(line, candidate, block) if candidate is not None and block else None
        if candidate is not None and placed == "nested":
            level = list_level(line.text)
            if candidate.number == "1" or level == self.nested_level:
                # "  1. Herunder ..." under " 5. Meddelelser": a point of the entry's own, numbered from 1
                self.nested_level = level
                self.block_lines.add(line.index)
                return True
        self.nested_level = None
        if candidate is not None and any(e.number == candidate.number for e in block[self.run_from :]):
            under_group = candidate.number == "1" and self.group_at == len(block)  # "Lukket dagsorden" / "1. ..."
            if not under_group and placed != "restarted":
                self.close()  # the first item repeats its contents entry: the list has ended
                return True
            self.run_from = len(block)  # the list starts again from 1: its numbers repeat from here
        if candidate is None or candidate.explicit:
            return False
        if line.index in self.segmented and not LEADER.match(cleaned):
            # flattened: "4. Strategi Opfølgning på turismemøde ... Økonomi 7. ..." holds titles
            # whose numbers were lost; they follow the numbered one
            head = _NUMBER_HEAD.match(cleaned)
            rest = cleaned[head.end() :] if head else candidate.title
            if _next_number_follows(self.lines, line.index, candidate.number):
                pieces = [_TRAILING_PAGE.sub("", rest)]  # no number lost: one title and its page
            else:
                pieces = _run_pieces(rest) or [candidate.title]
            block.append(ContentsEntry(candidate.number, pieces[0], line))
            block.extend(_run_entry(piece, line) for piece in pieces[1:])
        else:
            block.append(ContentsEntry(candidate.number, candidate.title, line))
        self.block_lines.add(line.index)
        self.in_toc = True
        return True

    def _bulleted(self, line: Line, cleaned: str, candidate: Candidate | None) -> bool:
        """A bulleted contents list, "DAGSORDEN" / "Åbent møde:" / " • Beslutning om garantistillelse ..."
        (bullets under a numbered entry are its sub-points)."""
        bulleted = candidate is None and self.in_toc and BULLET.match(line.text) is not None
        if bulleted and 3 <= len(cleaned) <= ONE_TITLE and not any(e.number for e in self.block):
            self.block.append(ContentsEntry(None, title_from(cleaned), line, printed=False))
            self.block_lines.add(line.index)
            return True
        return False

    def _leader(self, line: Line, cleaned: str, leader: bool) -> bool:
        """A title with a dotted leader to its page; a title wrapped onto the next line joins the one before."""
        if not leader:
            return False
        block = self.block
        title = title_from(cleaned)
        if block and block[-1].line.index >= line.index - 2 and not LEADER.match(block[-1].line.clean):
            block[-1].title = f"{block[-1].title} {title}".strip()
        elif title:
            block.append(ContentsEntry(None, title, line, printed=False))
        self.block_lines.add(line.index)
        self.in_toc = True
        return True

    def _column_title(self, line: Line, cleaned: str) -> bool:
        """A contents table whose number column a text layer read apart from its title column ("Sag nr. Side" /
        "79." "80." ... / "Meddelelser" "Drøftelse af ..."): a title of the column; a title wrapped onto the next
        line goes on in lower case."""
        block = self.block
        if len(self.loose) < _COLUMN_RUN or any(e.number for e in block) or not _column_title(cleaned):
            return False
        if block and cleaned[:1].islower():
            block[-1].title = f"{block[-1].title} {cleaned}"
        else:
            block.append(ContentsEntry(None, title_from(cleaned), line, printed=False))
        self.block_lines.add(line.index)
        return True

    def _group(self, line: Line, cleaned: str) -> bool:
        """A group heading ("Åbne" ... "Lukkede"): the list goes on under it."""
        group = _CONTENTS_GROUP.match(cleaned)
        if not (group and self.block):
            return False
        self.closed_from = len(self.block) if group["closed"] else self.closed_from
        self.group_at = len(self.block)
        self.block_lines.add(line.index)
        return True

    def _furniture(self, line: Line, cleaned: str) -> bool:
        """Page furniture: "Side", a page number, the body and date printed under the heading."""
        if PAGE.match(cleaned) or (not self.block and self.skipped < 3 and len(cleaned) < 60):
            self.skipped += 1
            self.block_lines.add(line.index)
            return True
        return False

    def _item_heading_or_wrapped(self, line: Line, cleaned: str) -> bool:
        """An entry followed by an item's section is the item's heading, no entry (the line ends the block);
        a title wrapped onto the next line goes on, and the list with it."""
        block = self.block
        previous = previous_text(self.lines, line.index)
        if (
            block
            and previous is not None
            and block[-1].line.index == previous.index
            and sum(e.line.index == previous.index for e in block) == 1
            and (heading_kind(cleaned) in _ITEM_SECTIONS or ITEM_LABEL.match(cleaned))
        ):
            # "1. Godkendelse af dagsorden" then "Beslutning i ..." or "Sagsnummer": an item heading,
            # not an entry
            self.block_lines.discard(block.pop().line.index)
            return False
        if _wrapped_title(cleaned, block, previous, self.lines, line):
            # "217 Forslag til Kommuneplantillæg ... ved" / "Vesterbrogade i Gilleleje - godkendelse ...":
            # the title wrapped onto the next line, and the list goes on after it
            block[-1].title = f"{block[-1].title} {cleaned}"
            self.block_lines.add(line.index)
            return True
        return False


def _read_flattened_page(lines: list[Line], inside: set[int], entries: list[ContentsEntry]) -> None:
    """A flattened page of titles with every number lost ("2 Deltagerfortegnelse Godkendelse af referat
    Siden sidst Meddelelser ..."): its titles as entries."""
    for line in lines:
        if line.start > _CONTENTS_REACH:
            break  # a contents page is at the front of the document
        cleaned = line.clean
        if len(cleaned) < 150 or SENTENCE_BREAK.search(ABBREVIATION.sub("", cleaned)):
            continue
        run = _PAGE_NUMBERS.sub("", cleaned)
        pieces = split_title_run(_CONTENTS_LEAD.sub("", run, count=1))
        # the labels over the titles ("DAGSORDEN:", "Sager til beslutning:") are dropped from the
        # pieces; a colon or a sentence left in them is prose, not a contents list
        words = " ".join(pieces)
        if words.count(":") - len(CASE_KIND.findall(words)) > 1 or SENTENCE_BREAK.search(ABBREVIATION.sub("", words)):
            continue
        if _FRONT_PAGE.search(cleaned) or len(_PARTY_LETTER.findall(cleaned)) >= 2:
            continue  # a front page's members ("Mødedeltagere: Ole Find Jensen (A) John ... (V)"), no titles
        if looks_like_contents(pieces):
            entries.extend(_run_entry(piece, line) for piece in pieces)
            inside.add(line.index)


# A contents table whose cells a PDF text layer put each on its own line: "Pkt." "Tekst" "Side", then
# per entry its number, its title (wrapped over lines) and its page ("1" / "Høring Sydtrafik budget
# 2016" / "4" / "2" / ...); page furniture (the date, the page number, the body) may stand between rows.
_CELL_LABELS = {"pkt.", "pkt", "punkt", "tekst", "side", "sag nr.", "sag nr", "nr.", "indhold", "titel", "sidetal"}
_CELL_NUMBER = re.compile(r"(\d{1,3})\.?")
_CELL_PAGE = re.compile(r"\d{1,3}")
_DATE_ALONE = re.compile(r"(?i)\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}")
_CELL_REACH = 8  # lines between one row and the next (a page break's footer and header)
_CELL_TITLE_LINES = 4


def _cell_table(lines: list[Line], start: int) -> tuple[list[ContentsEntry], set[int]] | None:
    """The entries of a contents table read cell by cell from line ``start`` (after its heading), and
    the lines it spans: rows whose numbers follow each other and whose pages never go back, three
    rows at least; else None."""
    entries: list[ContentsEntry] = []
    used: set[int] = set()
    closed = False
    k, end = start, len(lines)
    while k < end and k < start + _CELL_REACH:  # the column labels and the first group heading
        cleaned = lines[k].clean.strip()
        group = _CONTENTS_GROUP.match(cleaned)
        if cleaned and cleaned.lower() not in _CELL_LABELS and group is None:
            break
        closed = closed or bool(group and group["closed"])
        k += 1
    if k >= end or _CELL_NUMBER.fullmatch(lines[k].clean.strip()) is None:
        return None
    last_number = last_page = 0
    while k < end:
        number_at, reach = None, k + (1 if not entries else _CELL_REACH)
        for j in range(k, min(end, reach)):
            cleaned = lines[j].clean.strip()
            group = _CONTENTS_GROUP.match(cleaned)
            if group is not None:
                closed = bool(group["closed"])
                continue
            number = _CELL_NUMBER.fullmatch(cleaned)
            if number is not None and (not entries or int(number[1]) == last_number + 1):
                number_at = j
                break
        if number_at is None:
            break
        title: list[str] = []
        page = None
        title_line = lines[number_at]
        for t in range(number_at + 1, min(end, number_at + 1 + _CELL_TITLE_LINES + 2)):
            cleaned = lines[t].clean.strip()
            if _CELL_PAGE.fullmatch(cleaned):
                page = int(cleaned)
                break
            if cleaned and not _DATE_ALONE.fullmatch(cleaned):
                title.append(cleaned)
                title_line = lines[t]
        if page is None or not title or len(title) > _CELL_TITLE_LINES or page < last_page:
            break
        last_number, last_page = int(lines[number_at].clean.strip().rstrip(".")), page
        # the entry stands on its title's last line: the item's heading is looked for after it
        entry = ContentsEntry(str(last_number), title_from(" ".join(title)), title_line, public=not closed)
        entries.append(entry)
        used.update(range(start, t + 1))
        k = t + 1
    return (entries, used) if len(entries) >= 3 else None


def _wrapped_title(
    cleaned: str, block: list[ContentsEntry], previous: Line | None, lines: list[Line], line: Line
) -> bool:
    """A line that continues the title of the entry above it: short, no heading or label, the entry's
    title not closed by a full stop, and the next line an entry that continues the numbers."""
    if not block or previous is None or block[-1].line.index != previous.index or not block[-1].number:
        return False
    if len(cleaned) > ONE_TITLE or is_heading(cleaned) or ITEM_LABEL.match(cleaned) or cleaned.endswith((":", ".")):
        return False  # a heading, a label or a sentence ("Referatet blev godkendt.") is the item's text
    if SENTENCE_BREAK.search(cleaned):
        return False
    if block[-1].title.rstrip().endswith((".", ":", ")")) or not block[-1].number.isdigit():
        return False
    following = next_text(lines, line.index, reach=3)
    entry = PLAIN.match(following.clean) or BARE.match(following.clean) if following is not None else None
    if entry is None or following is None or not int(block[-1].number) < int(entry["num"]) <= int(block[-1].number) + 3:
        return False
    # "1. Præsentation af bestyrelsen" / "ok" / (blank) / "2. ...": an entry and the line under it make one
    # paragraph, the paragraphs parted by blank lines; the line is the item's minute, a hard-wrapped title
    # runs straight into the next entry
    return not _paragraph_end(lines, line.index, following.index)


def _paragraph_end(lines: list[Line], index: int, following: int) -> bool:
    """Whether a blank line stands between line ``index`` and the next entry (``following``), none above it."""
    return index == previous_line_index(lines, index) + 1 and any(
        not line.text.strip() for line in lines[index + 1 : following]
    )


def previous_line_index(lines: list[Line], index: int) -> int:
    """The index of the nearest line above ``index`` that holds text (-1 when none)."""
    for line in reversed(lines[:index]):
        if line.text.strip():
            return line.index
    return -1


def _drop_page_column(block: list[ContentsEntry]) -> None:
    """ "1. Godkendelse af dagsorden 2" / "2. Budgetopfølgning 3" / ...: where every title of a list of three or more
    ends in a number and those numbers never fall, they are the page column, no part of the titles."""
    ends = [_TRAILING_PAGE.search(e.title) for e in block]
    pages = [int(m[1]) for m in ends if m is not None]
    if len(block) < 3 or len(pages) < len(block) or any(b < a for a, b in pairwise(pages)):
        return
    for entry, end in zip(block, ends, strict=True):
        if end is not None:
            entry.title = entry.title[: end.start()]


def _nested_or_restarted(
    line: Line, candidate: Candidate, block: list[ContentsEntry]
) -> Literal["nested", "restarted"] | None:
    """ "nested": a list-marked line a level deeper than the block's last list-marked entry (a point under it);
    "restarted": a "1." at the level of every entry of the block under another title than the first's (a list
    that starts again: " 7. Dagsordener og referater" / " 1. Nyt fra institutioner"); else None."""
    level = list_level(line.text) if line.text[:1] == " " else None  # a list mark at the line's start has no level
    last = list_level(block[-1].line.text) if level is not None else None
    if level is None or last is None:
        return None
    if deeper(level, last):
        return "nested"
    if candidate.number != "1" or same_title(block[0].title, candidate.title):
        return None
    return "restarted" if all(list_level(e.line.text) == level for e in block) else None


def _next_entry(cleaned: str, line: Line, block: list[ContentsEntry]) -> Candidate | None:
    """A contents entry whose title holds a full stop ("456. Ekspropriation. Cykelbaner langs ..."),
    when its number follows the entry before it: in a list, the number says it is the next entry."""
    match = BARE.match(cleaned)
    last = block[-1].number if block else None
    if match is None or last is None or not last.isdigit() or int(match["num"]) != int(last) + 1:
        return None
    if len(cleaned) > ONE_TITLE + 30 or match["title"].rstrip().endswith((",", ";", ":")):
        return None
    return Candidate(str(int(match["num"])), match["title"], line, explicit=False)


def _next_number_follows(lines: list[Line], index: int, number: str) -> bool:
    """Whether the next line opens with the number after ``number``: no title's number was lost between."""
    following = next_text(lines, index, reach=2)
    head = _LEADING_NUMBER.match(following.clean) if following is not None else None
    return head is not None and number.isdigit() and int(head[1]) == int(number) + 1


_COLUMN_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?\.")
_LEADING_NUMBER = re.compile(r"(\d{1,3})\.?\s")
_COLUMN_NUMBER_LENGTH = 7  # "123.45." at most
_COLUMN_RUN = 3  # numbers alone on their lines, one after another, before a column of titles


def _column_title(cleaned: str) -> bool:
    """A line of a contents table's title column: short, not a heading, a label or a page number."""
    return (
        bool(cleaned)
        and len(cleaned) <= ONE_TITLE
        and not is_heading(cleaned)
        and not PAGE.match(cleaned)
        and not cleaned.endswith(":")
        and not NOT_ENTRY.match(cleaned)
    )


def _number_column(block: list[ContentsEntry], loose: list[Line]) -> bool:
    """A contents list whose numbers a PDF text layer read as a column apart from its titles ("1.",
    "1.1.", "2.", then the titles with their dotted leaders): the numbers in number order go to the
    unnumbered titles in their order, when there are enough of them for every title. Whether they did."""
    numbers = [line.clean.rstrip(".") for line in loose]
    if len(block) < 3 or len(numbers) < len(block) or len(set(numbers)) < len(numbers):
        return False
    if any(entry.number for entry in block):
        return False
    for entry, number in zip(block, sorted(numbers, key=number_key), strict=False):
        entry.number, entry.printed = number, True
    return True


_PAGE_AFTER_LEADER = re.compile(r"(?<=\.\.\.)\s*\d{1,3}\b")
_LEADER_AT_END = re.compile(r"\.{3,}$")
_NUMBERED_PIECE = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")


def _run_pieces(text: str) -> list[str]:
    """Titles run together in a flattened contents list; a dotted leader ("del...5") ends one whole,
    unless the text before it is too long for one title (the leader ends only the last of several:
    "Godkendelse af dagsorden Orientering fra formanden ... Eventuelt...19")."""
    pieces: list[str] = []
    for part in _PAGE_AFTER_LEADER.split(text):
        if _LEADER_AT_END.search(part.strip()) and len(part.strip()) <= ONE_TITLE:
            pieces.append(part.strip())
        else:
            pieces.extend(split_title_run(part))
        if ends_in_back_matter(part):
            break  # "... Bilagsoversigt...12 Norddjurs Kommune": the attachments' list, then a page's footer
    return [p for p in pieces if p.strip(" .") and not p.strip(" .").isdigit()]  # "... 5 2": page numbers


def _run_entry(piece: str, line: Line) -> ContentsEntry:
    numbered = _NUMBERED_PIECE.match(piece)
    if numbered:
        return ContentsEntry(numbered[1], numbered[2], line)
    return ContentsEntry(None, piece, line, printed=False)
