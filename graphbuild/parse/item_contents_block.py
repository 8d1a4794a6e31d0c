"""The block of a contents list being read: what the reader holds (the open block of entries, the loose numbers
of a number column read apart from its titles, a run of tab-separated rows), closing it, and the steps that take
a line into it: a numbered entry, a bulleted one, a title with a dotted leader, a title of a number column read
apart, a group heading, page furniture, an item's own heading (which ends the block) or a title wrapped onto the
next line. ``item_contents``' reader routes each line to these after its heading steps."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphbuild.parse.item_contents_columns import (
    COLUMN_RUN,
    TRAILING_PAGE,
    column_title,
    drop_page_column,
    number_column,
)
from graphbuild.parse.item_contents_flattened import run_entry, run_pieces
from graphbuild.parse.item_contents_rows import (
    CONTENTS_GROUP,
    explicit_entry,
    leads_to_page,
    nested_or_restarted,
    next_number_follows,
    wrapped_title,
)
from graphbuild.parse.item_depth import list_level
from graphbuild.parse.item_lines import (
    BULLET,
    ITEM_LABEL,
    LEADER,
    ONE_TITLE,
    PAGE,
    SENTENCE_BREAK,
    Candidate,
    ContentsEntry,
    next_text,
    previous_text,
    title_from,
    without_tags,
)
from graphbuild.parse.lines import Line
from graphbuild.parse.sections import heading_kind

_NUMBER_HEAD = re.compile(r"^\d{1,3}(?:\.|\s*:|\s+\([^)]{3,15}\))?\s+")


# a title opening with an ordinal, "2. behandling af ...": no entry's number
_ORDINAL_TITLE = re.compile(r"^\d{1,2}\.\s+[a-zæøå]")

# Sections an item's text opens with: a contents entry directly followed by one is the item itself
_ITEM_SECTIONS = {"beslutning", "resume", "indstilling", "sagsfremstilling"}


@dataclass
class ContentsBlock:
    """A document's contents lists being read: the open block of entries, the loose numbers of a number column
    read apart from its titles, a run of tab-separated rows, and the steps that take a line as an entry."""

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
    table_end: int = -1  # the last line of a contents table read whole (cell_table)
    plain_group: bool = False  # the block's entries are plain lines under a group heading (_plain_under_group)

    def close(self) -> None:
        # a list of two or more entries, or any entry under Indholdsfortegnelse/PUNKTER; one entry
        # under "Dagsorden" is the first item itself
        block = self.block
        for entry in block[self.closed_from :] if self.closed_from is not None else []:
            entry.public = False
        self.closed_from, self.run_from, self.group_at = None, 0, None
        self.plain_group = False
        if len(block) >= 2 or (self.strong and block):
            drop_page_column(block)
            if number_column(block, self.loose):
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

    def _numbered(self, line: Line, cleaned: str, candidate: Candidate | None) -> bool:
        """A numbered entry; the first item repeating its entry ends the list."""
        block = self.block
        if candidate is not None and block and self.loose and not any(e.number for e in block):
            # "79." ... "90." then their titles, then "91. Endelig vedtagelse ...": the column's numbers go
            # to the titles read before the first numbered entry
            number_column(block, self.loose)
            self.inside.update(line.index for line in self.loose)  # paired or not, the column is the contents'
            self.loose.clear()
        placed = nested_or_restarted(line, candidate, block) if candidate is not None and block else None
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
        if candidate is None or (candidate.explicit and not explicit_entry(cleaned, candidate, self.block)):
            return False
        if line.index in self.segmented and not LEADER.match(cleaned):
            # flattened: "4. Strategi Opfølgning på turismemøde ... Økonomi 7. ..." holds titles
            # whose numbers were lost; they follow the numbered one
            head = _NUMBER_HEAD.match(cleaned)
            rest = cleaned[head.end() :] if head else candidate.title
            if next_number_follows(self.lines, line.index, candidate.number):
                pieces = [TRAILING_PAGE.sub("", rest)]  # no number lost: one title and its page
            else:
                pieces = run_pieces(rest) or [candidate.title]
            block.append(ContentsEntry(candidate.number, pieces[0], line))
            block.extend(run_entry(piece, line) for piece in pieces[1:])
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

    def _plain_under_group(self, line: Line, cleaned: str, candidate: Candidate | None) -> bool:
        """An unbulleted, unnumbered contents list under a group heading of an agenda's list, "DAGSORDEN" / "Åbent
        møde:" / "Godkendelse af dagsorden" / "Opsætning valgplakater KV 2025" / "Lukket møde:" / ...: each short
        line right under the group heading or the entry before it is an entry; a sentence ends the list."""
        ordinal = self.plain_group and _ORDINAL_TITLE.match(cleaned) is not None  # "2. behandling af Budget 2026"
        if (candidate is not None and not ordinal) or not self.in_toc or any(e.number for e in self.block):
            return False
        if not 3 <= len(cleaned) <= ONE_TITLE or not (cleaned[:1].isupper() or ordinal):
            return False
        if cleaned.endswith((".", ":", ",")):
            return False
        if SENTENCE_BREAK.search(cleaned) or heading_kind(cleaned) is not None:
            return False
        above = previous_text(self.lines, line.index)
        if above is None or above.index not in self.block_lines:
            return False
        above_group = CONTENTS_GROUP.match(without_tags(above.clean)) is not None
        if not above_group and not (self.block and self.block[-1].line.index == above.index and self.plain_group):
            return False
        self.plain_group = True
        self.block.append(ContentsEntry(None, title_from(cleaned), line, printed=False))
        self.block_lines.add(line.index)
        return True

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

    def _wrapped_over_leader(self, line: Line, cleaned: str) -> bool:
        """A title's first line over the rest of it and its leader to the page, under a number of the list's number
        column ("1." / "Ekstra anlæg - projektering af trafikafviklingsplan ved" / "stationen Grenaa Syd .....1"):
        an entry the leader's line goes on (``_leader``)."""
        if not self.in_toc or not self.loose or not 3 <= len(cleaned) <= ONE_TITLE or heading_kind(cleaned):
            return False
        below = next_text(self.lines, line.index, reach=2)
        if below is None or not leads_to_page(without_tags(below.clean)):
            return False
        self.block.append(ContentsEntry(None, title_from(cleaned), line, printed=False))
        self.block_lines.add(line.index)
        return True

    def _column_title(self, line: Line, cleaned: str) -> bool:
        """A contents table whose number column a text layer read apart from its title column ("Sag nr. Side" /
        "79." "80." ... / "Meddelelser" "Drøftelse af ..."): a title of the column; a title wrapped onto the next
        line goes on in lower case."""
        block = self.block
        if len(self.loose) < COLUMN_RUN or any(e.number for e in block) or not column_title(cleaned):
            return False
        if block and cleaned[:1].islower():
            block[-1].title = f"{block[-1].title} {cleaned}"
        else:
            block.append(ContentsEntry(None, title_from(cleaned), line, printed=False))
        self.block_lines.add(line.index)
        return True

    def _group(self, line: Line, cleaned: str) -> bool:
        """A group heading ("Åbne" ... "Lukkede"): the list goes on under it."""
        group = CONTENTS_GROUP.match(cleaned)
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
        """An entry followed by an item's section is the item's heading, no entry (the line ends the block), also past
        a page's number between them; a title wrapped onto the next line goes on, and the list with it."""
        block = self.block
        previous = previous_text(self.lines, line.index)
        entry_line = previous
        while entry_line is not None and entry_line.index in self.block_lines and PAGE.match(entry_line.clean):
            entry_line = previous_text(self.lines, entry_line.index)  # "Side 9 af 12": a page break after the heading
        if (
            block
            and entry_line is not None
            and block[-1].line.index == entry_line.index
            and sum(e.line.index == entry_line.index for e in block) == 1
            and (heading_kind(cleaned) in _ITEM_SECTIONS or ITEM_LABEL.match(cleaned))
        ):
            # "1. Godkendelse af dagsorden" then "Beslutning i ..." or "Sagsnummer": an item heading,
            # not an entry
            self.block_lines.discard(block.pop().line.index)
            return False
        if wrapped_title(cleaned, block, previous, self.lines, line):
            # "217 Forslag til Kommuneplantillæg ... ved" / "Vesterbrogade i Gilleleje - godkendelse ...":
            # the title wrapped onto the next line, and the list goes on after it
            block[-1].title = f"{block[-1].title} {cleaned}"
            self.block_lines.add(line.index)
            return True
        return False
