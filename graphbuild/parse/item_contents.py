"""Contents lists (Indholdsfortegnelse, PUNKTER, a "Pkt. Tekst Side" table, dotted leaders, a flattened
contents page): their entries in order, and the lines they span."""

from __future__ import annotations

import re

from graphbuild.parse.flatten_lower_case_entries import lower_case_entry
from graphbuild.parse.item_contents_block import ContentsBlock
from graphbuild.parse.item_contents_columns import (
    COLUMN_NUMBER,
    COLUMN_NUMBER_LENGTH,
    cell_table,
)
from graphbuild.parse.item_contents_flattened import read_flattened_page
from graphbuild.parse.item_contents_rows import (
    CONTENTS_GROUP,
    glued_heading,
    group_heading,
    heading_part,
    leads_to_page,
    next_entry,
)
from graphbuild.parse.item_headings import dated_or_decided, line_candidate
from graphbuild.parse.item_lines import (
    BULLET,
    TAB_ROW,
    TABLE_HEADER,
    ContentsEntry,
    is_toc_heading,
    next_text,
    title_from,
    without_tags,
)
from graphbuild.parse.lines import Line

_HEADING_LENGTH = 48  # a contents heading ("2 Punkter til dagsorden side:") is never longer
# the first letters of every contents heading _TOC_HEADING reads ("indhold…", "oversigt…", "dagsorden",
# "sagsoversigt", "åbne"/"lukkede punkter", "punkter"), and the words every such heading opens with
_HEADING_FIRST = frozenset("iodsålp")
_HEADING_OPENINGS = ("indhold", "oversigt", "dagsorden", "sagsoversigt", "åbne", "lukkede", "punkter")
_STRONG_TOC = {"indholdsfortegnelse", "punkter", "punkter til dagsorden", "punkter til dagsorden side"}


_PAGE_NUMBER_HEAD = re.compile(r"^\d{1,3}\s*(?=[^\d\s.])")  # "2 Indholdsfortegnelse", "53Indholdsfortegnelse"
_NUMBERED_LINE = re.compile(r"(\d{1,3})\.?\s*(.*)")  # a line's number and the rest, whatever its form


# "Punkter på åbent møde: 144. Indkøbspolitik ....... 321", "Indholdsfortegnelse: 1. Godkendelse af dagsorden": a
# contents heading or group label and, after its colon, the list's first entry on the same line (a PDF's text layer
# runs the label's cell into the first row)
_LABEL_FIRST = re.compile(r"^(?P<label>[^\W\d][\w ]{2,45}?)\s*:\s*(?P<rest>\d{1,3}\.?\s+\S.*)$")


def find_contents(lines: list[Line], segmented: set[int]) -> tuple[set[int], list[ContentsEntry]]:
    """Line indexes inside a table of contents, and its entries in order."""
    reader = _ContentsReader(lines, segmented)
    read, steps, loose = reader.read, reader.steps, reader.loose
    for line in lines:
        # what ``read`` does first, done here for most lines of a document (outside any list, no tab): a line no step
        # may take (``_plainly_outside``) passed over, one that some step may take given to the steps, without the
        # calls of a reader's method per line
        if reader.in_toc or line.index <= reader.table_end or "\t" in line.text:
            read(line)
            continue
        cleaned = line.clean
        if "<" in cleaned:
            cleaned = without_tags(cleaned)
        if cleaned and _may_take(cleaned):
            steps(line, cleaned)
            continue
        if cleaned and reader.tab_run:
            reader.flush_tab_run()
        if cleaned and not reader.block:
            loose.clear()
    reader.close()
    reader.flush_tab_run()
    if segmented and not reader.entries:
        read_flattened_page(lines, reader.inside, reader.entries, segmented)
    return reader.inside, reader.entries


def _may_take(cleaned: str) -> bool:
    """Whether some step may take a line outside any list, with no tab (``cleaned`` not blank): one with a label's
    colon, a leader or a contents heading, or as short as a heading and opening with a number (a page's), a heading's
    word or a group's heading. A step takes no other line."""
    if (
        cleaned[0] in "pP"  # "Punkt Indhold": a contents table's header
        or "...." in cleaned
        or "Indholdsfortegnelse" in cleaned
        or (":" in cleaned[:48] and cleaned[0].isalpha())
    ):
        return True
    if len(cleaned) > _HEADING_LENGTH:
        return False
    first = cleaned[0]
    return (
        first.isdigit()
        or first.isspace()
        or cleaned.lower().startswith(_HEADING_OPENINGS)
        or group_heading(cleaned) is not None
    )


class _ContentsReader(ContentsBlock):
    """The contents lists of a document read line by line: a line outside any list, a contents heading, a group
    heading over bullets, a tab-separated row or a loose number taken here, any other line by the block's steps."""

    def read(self, line: Line) -> None:
        """One line: each step below in turn until one takes it; a line none takes ends the block."""
        if line.index <= self.table_end:
            return
        cleaned = without_tags(line.clean)
        if not self._plainly_outside(line, cleaned):
            self.steps(line, cleaned)

    def steps(self, line: Line, cleaned: str) -> None:
        """A line no earlier test passed over (``cleaned``: its text without markup and tags) read by the steps."""
        if ":" in cleaned[:48] and cleaned[:1].isalpha():
            rest = self._label_first(line, cleaned)
            if rest is not None:
                self.read(rest)
                return
        glued = glued_heading(line) if "Indholdsfortegnelse" in cleaned else None
        if glued is not None:  # "7860 SpøttrupIndholdsfortegnelse": the heading is read as a line of its own
            line, cleaned = glued, without_tags(glued.clean)
        if self._heading(line, cleaned) or self._group_over_bullets(line, cleaned) or self._tab_row(line):
            return
        if cleaned and self.tab_run:
            self.flush_tab_run()
        leader = leads_to_page(cleaned)
        if self._loose_number(line, cleaned) or self._outside(cleaned, leader):
            return
        numbered = _NUMBERED_LINE.match(cleaned) if cleaned[:1].isdigit() else None
        if numbered is not None and dated_or_decided(numbered[1], numbered[2]):
            self.block_lines.add(line.index)  # "18. August SR møde" in the list: a date, no entry; the list goes on
            return
        candidate = (
            line_candidate(line, None, line.index in self.segmented, in_table=True)
            or next_entry(cleaned, line, self.block)
            or lower_case_entry(cleaned, line, self.block, self.lines, self.segmented)  # "5. lndkomne forslag."
        )
        if self.plain_group and self._plain_under_group(line, cleaned, candidate):
            return  # a plain list's next title, also one opening with an ordinal ("2. behandling af ...")
        if (
            self._numbered(line, cleaned, candidate)
            or self._bulleted(line, cleaned, candidate)
            or self._leader(line, cleaned, leader)
            or self._wrapped_over_leader(line, cleaned)
            or self._column_title(line, cleaned)
            or self._group(line, cleaned)
            or self._plain_under_group(line, cleaned, candidate)
            or self._furniture(line, cleaned)
            or self._item_heading_or_wrapped(line, cleaned)
        ):
            return
        self.close()

    def _plainly_outside(self, line: Line, cleaned: str) -> bool:
        """A line outside any contents list that none of the steps could take (``_may_take``; most lines of a
        document), blank or not. What the steps would do with it is done at once."""
        if self.in_toc or "\t" in line.text:
            return False
        if not cleaned:
            return True
        if _may_take(cleaned):
            return False
        if self.tab_run:
            self.flush_tab_run()
        if not self.block:
            self.loose.clear()
        return True

    def _label_first(self, line: Line, cleaned: str) -> Line | None:
        """A contents heading or group label with the first entry after its colon: the label read as a line of its
        own, and the rest of the line (the entry) returned to be read as the next."""
        match = _LABEL_FIRST.match(cleaned)
        if match is None:
            return None
        label = match["label"].strip()
        group = CONTENTS_GROUP.match(label)
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
        key, group = heading_part(key)  # "Indholdsfortegnelse lukket møde": the heading names its list's part
        if not (is_toc_heading(key) or (cleaned[:1] in "pP" and TABLE_HEADER.match(line.text.strip()))):
            return False
        continued = self.in_toc and not self.block  # "Indholdsfortegnelse" then "Åbne punkter"
        self.close()
        self.in_toc, self.strong, self.skipped = True, key in _STRONG_TOC or (continued and self.strong), 0
        self.closed_from = 0 if group == "closed" else None
        self.block_lines.add(line.index)
        strong = key in _STRONG_TOC or key == "indhold"
        table = (
            cell_table(self.lines, line.index + 1, closed=group == "closed", part=group is not None) if strong else None
        )
        if table is not None:
            self.entries.extend(table[0])
            self.inside.update({line.index, *table[1]})
            self.table_end = max(table[1])
            self.in_toc = False
        return True

    def _group_over_bullets(self, line: Line, cleaned: str) -> bool:
        """A group heading over a bulleted line ("Åbent møde" / " • Godkendelse af dagsorden", "Dagsorden - åbent
        møde:", "Lukket møde:"): a contents list opens under it, its entries closed under "Lukket"."""
        group = group_heading(cleaned) if not self.in_toc and len(cleaned) <= _HEADING_LENGTH else None
        following = next_text(self.lines, line.index, reach=2) if group is not None else None
        if group is None or following is None or BULLET.match(following.text) is None:
            return False
        self.close()
        self.in_toc, self.strong, self.skipped = True, False, 0
        self.closed_from = 0 if group["closed"] else None
        self.block_lines.add(line.index)
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
        if cleaned[:1].isdigit() and len(cleaned) <= COLUMN_NUMBER_LENGTH and COLUMN_NUMBER.fullmatch(cleaned):
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
