"""An AgendaItem from a chosen heading: its clean title, access (åben/lukket), sections and outcome."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.models import AgendaItem
from graphbuild.parse.flatten_title_words import BINDING
from graphbuild.parse.item_lines import (
    AD_ITEM,
    CLOSED_LINE,
    EXPLICIT,
    ITEM_LABEL,
    PAGE,
    PAGE_FOOTER,
    SENTENCE_BREAK,
    Candidate,
    clean_title,
    is_heading,
    next_text,
    previous_text,
)
from graphbuild.parse.lines import Line, end_without_space
from graphbuild.parse.numbers import find_item_numbers
from graphbuild.parse.sections import IMPLICIT_INDSTILLING, build_sections, heading_kind

_OPEN_LINE = re.compile(r"(?i)^(?:åbent|åben|åbent punkt|offentligt)$")
_WRAPPED_LENGTH = 100  # the rest of a title wrapped onto the next line is one short line
_LABEL = re.compile(r"^[\w .\-]{1,25}:")


def _wrapped_rest(title: str, body_lines: list[Line], heading: Line) -> Line | None:
    """The rest of a title wrapped onto the line right under its heading ("2. Ansøgning om tilskud til renovering af
    klubhuset og" / "banerne ved Søndergade"): the title ends in a word that binds to what follows, or the line
    opens in lower case; a short line, no heading, label or sentence, with a blank line or a heading
    under it (the first line of a paragraph goes on with the next)."""
    if not body_lines or body_lines[0].index != heading.index + 1:
        return None
    rest = body_lines[0].clean
    if not rest or len(rest) > _WRAPPED_LENGTH or rest[:1].isdigit() or title.endswith((".", ":", "?", "!")):
        return None
    words = title.split()
    binds = bool(words) and words[-1].lower() in BINDING
    if not (binds or rest[:1].islower()):
        return None
    if is_heading(rest) or _LABEL.match(rest) or ITEM_LABEL.match(rest) or SENTENCE_BREAK.search(rest):
        return None
    if len(rest.split()) < 2 or PAGE.match(rest) or PAGE_FOOTER.search(rest):
        return None  # "ok", "Side 1": a decision's word or the page's furniture, no title's end
    after = body_lines[1] if len(body_lines) > 1 else None
    if after is not None and after.index == body_lines[0].index + 1 and after.clean and not is_heading(after.clean):
        return None
    return body_lines[0]


def title_above(candidate: Candidate, lines: list[Line]) -> Line | None:
    """For "Sag nr. 130" with no title of its own: the short line above, when the line below is a
    heading (so it cannot be the title) or the line above is set apart from the text before it."""
    above = previous_text(lines, candidate.line.index)
    if above is None:
        return None
    cleaned = above.clean
    if (
        not cleaned
        or len(cleaned) > 200
        or cleaned.endswith((".", ":", ","))
        or is_heading(cleaned)
        or EXPLICIT.match(cleaned)
    ):
        return None
    below = next_text(lines, candidate.line.index)
    if below is not None and not is_heading(below.clean) and not IMPLICIT_INDSTILLING.match(below.clean):
        return None
    return above


def build_item(candidate: Candidate, text: str, lines: list[Line], end: int, toc: dict[str, str]) -> AgendaItem:
    title, public, remainder = clean_title(candidate.title)
    last = bisect_left(lines, end, key=lambda line: line.start)  # lines are sorted by start
    # an untitled item opening at one of its main headings ("Resumé", the run of alike item bodies): that heading
    # opens its first section
    opens_at_heading = candidate.untitled and heading_kind(candidate.line.clean) is not None
    body_lines = lines[candidate.line.index + (0 if opens_at_heading else 1) : last]
    if not title and candidate.title_line is not None and not candidate.untitled:
        title, public_from_line, _ = clean_title(candidate.title_line.clean)
        public = public and public_from_line
    if not title and candidate.number in toc and AD_ITEM.match(candidate.line.clean):
        title = clean_title(toc[candidate.number])[0]  # "Ad pkt. 2:" under a listed agenda
    if not title and not candidate.untitled:
        # "Sag nr. 130" on its own line: the title is the next line that is not a heading.
        for line in body_lines:
            cleaned = line.clean
            if cleaned:
                if not is_heading(cleaned) and not IMPLICIT_INDSTILLING.match(cleaned):
                    title, public_from_line, _ = clean_title(cleaned)
                    public = public and public_from_line
                    body_lines = [b for b in body_lines if b.index > line.index]
                break
    elif (
        title
        and candidate.title_line is None
        and (rest := _wrapped_rest(title, body_lines, candidate.line)) is not None
    ):
        title = f"{title} {rest.clean.rstrip(' .')}"
        body_lines = body_lines[1:]
    if not title and candidate.number in toc:
        title = toc[candidate.number]
    listed = toc.get(candidate.number, "")
    if len(listed) >= 12 and len(title) > len(listed) and title.startswith(listed):
        title = listed  # the contents' title, where a flattened page ran the item's text on after it
    for line in body_lines[:12]:
        cleaned = line.clean
        if CLOSED_LINE.match(cleaned):
            public = False
        elif _OPEN_LINE.match(cleaned):
            break
    if remainder:
        # "9. Titel v. NN *Det indstilles, at ...*": the rest of the title line is the indstilling.
        offset = candidate.line.text.find(remainder[:20])
        if offset >= 0:
            head_line = Line(candidate.line.text[offset:], candidate.line.start + offset, candidate.line.index)
            body_lines = [head_line, *body_lines]
    start = (candidate.title_line or candidate.line).start
    item_text = text[start:end]
    numbers = find_item_numbers(item_text.replace("**", "").replace("__", ""))
    sections = build_sections(body_lines, text, end, title)
    return AgendaItem(
        number=candidate.number,
        title=title,
        public=public,
        case_numbers=numbers.case_numbers,
        journal_number=numbers.journal_number,
        document_number=numbers.document_number,
        sections=sections,
        start=start,
        end=end_without_space(text, end),
    )
