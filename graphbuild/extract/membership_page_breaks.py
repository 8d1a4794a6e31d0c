"""A flattened PDF's page breaks inside a statement, read as the space they stand for: a PDF-to-text step that puts a
page on one line after its number ("1 …", a blank line, "2 …") cuts a sentence, a list or a label where its page ends
("… Egedal, Furesø, Halsnæs og Frederikssund\\n\\n2 er i gang med at etablere et fælles beredskabsselskab",
"De 20 kommuner\\n\\n3 er: Odsherred, …", "… Gribskov,\\n\\n2 Halsnæs, …", "et § 60-fællesskab:\\n\\n2 Brand & Redning
Djursland", "• Danske Kloakmestre\\n\\n2 • Dansk Skovforening"). The membership readers read the text with each such
break blanked, its length kept (every offset, mention and piece of evidence holds).

A break is a page break only in a run of pages numbered one after another from 1, each page one line of a page's
length (a numbered list's "1 Aarhus\\n\\n2 Odder" is none); it is inside a statement when the page before ends in a
comma or a colon, or in a letter with the page after opening in lower case, or a bullet list runs on over it. A page
that ends a sentence, or a page after that opens in a capital (a header, a heading, the next sentence), stays a
break."""

from __future__ import annotations

import re

from graphbuild.extract.builder import FactsBuilder
from graphbuild.extract.document_index import DocumentIndex
from graphbuild.extract.evidence import Scope
from graphbuild.extract.membership_relation import Context
from graphbuild.extract.mentions import Mention
from graphbuild.models import Evidence, Meeting, Outcome
from graphbuild.models import MunicipalityRef as OwnMunicipality

PAGE_BREAK = re.compile(r"\n[ \t]*\n(?P<page>\d{1,4})[ \t]+(?=\S)")
FIRST_PAGE = re.compile(r"\s*1[ \t]+(?=\S)")
MIN_PAGE = 200  # the fewest characters a flattened page's line holds
BULLET_REACH = 200  # how far back on the page before a bullet must stand for a list to run on over the break


def _inside_statement(text: str, brk: re.Match[str]) -> bool:
    """Whether the page break cuts a statement: a comma or colon before it, a letter before it and a lower-case
    word after it, or a bullet after it with a bullet shortly before."""
    before = text[brk.start() - 1] if brk.start() > 0 else "."
    after = text[brk.end()]
    if before in ",:":
        return True
    if before.isalpha() and after.islower():
        return True
    return after == "•" and before not in ".!?" and "•" in text[max(0, brk.start() - BULLET_REACH) : brk.start()]


def joined_pages(text: str) -> str:
    """The text with each flattened page break inside a statement blanked (same length); the text itself when it
    holds none."""
    first = FIRST_PAGE.match(text)
    page_start = first.end() if first is not None else -1
    last = 1 if first is not None else 0
    blanks: list[tuple[int, int]] = []
    for brk in PAGE_BREAK.finditer(text):
        page = int(brk["page"])
        if page == 1:
            last, page_start = 1, brk.end()  # the pages start here (a preface before them: "Save this PDF")
            continue
        one_line = (
            page_start >= 0 and brk.start() - page_start >= MIN_PAGE and "\n" not in text[page_start : brk.start()]
        )
        if page == last + 1 and one_line and _inside_statement(text, brk):
            blanks.append((brk.start(), brk.end()))
        last = page if page == last + 1 else 0  # out of the run of numbered pages: no break after it is a page's
        page_start = brk.end() if last else -1
    if not blanks:
        return text
    parts: list[str] = []
    at = 0
    for start, end in blanks:
        parts += [text[at:start], " " * (end - start)]
        at = end
    parts.append(text[at:])
    return "".join(parts)


class JoinedPages:
    """The membership step's working state with the text's page breaks inside statements blanked; all else the
    extraction's own, shared (its facts, mentions and scopes; its evidence quotes the text as printed)."""

    def __init__(self, ctx: Context, text: str) -> None:
        self._ctx = ctx
        self.text = text
        self.mentions: list[Mention] = ctx.mentions
        self.facts: FactsBuilder = ctx.facts
        self.meeting: Meeting = ctx.meeting
        self.body_id: str | None = ctx.body_id
        self.municipality: OwnMunicipality | None = ctx.municipality
        self.scopes: list[Scope] = ctx.scopes
        self.index: DocumentIndex = ctx.index
        self.item_outcomes: dict[str, Outcome] = ctx.item_outcomes

    def add_mention(self, m: Mention) -> str:
        return self._ctx.add_mention(m)

    def ev(self, start: int, end: int) -> Evidence:
        return self._ctx.ev(start, end)

    def scope_at(self, pos: int) -> Scope | None:
        return self._ctx.scope_at(pos)
