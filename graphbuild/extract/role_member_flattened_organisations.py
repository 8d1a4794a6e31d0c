"""A body's members listed with the organisation that sent each before the name (or the name first, its post after a
comma or a dash), a PDF's text layer ran together into one line, read by `roles` as `role_member_entries` reads the
list on lines of its own: "… Følgende organisationer og foreninger har fået plads i vandrådet: Forening Repræsentant
Birdlife/Dof Pelle Andesen-Harild Danmarks Naturfredningsforening Jens Prom …", "… aktiviteter i kommunen. Medlem
udpeget af byrådet, Tonny Lacomble Nielsen (B) Nordsjællands Landboforening, Søren Hansen …", "… herunder: Torben
Nielsen - formand og repræsentant fra Hjernesagen Ragna Heide - repræsentant fra Landsforeningen SIND …". The line is
given a line break (in place of a blank, one character for one, so every place stays) before the label (from its
sentence's start), after its colon or full stop, after a table's column heading ("Forening Repræsentant") and between
each two entries: after a name (its bracket and e-mail address) when an organisation follows, before the next name
when the entry opens with its name.

The run opens right after a label's colon or a sentence's end (the label with no word of absence, attendance or new
members: "… fire nye medlemmer kunne bydes velkommen, da …:"), and goes on while entry follows entry the same way: an
organisation between two names (capitalised, at most ORGANISATION_WORDS_MAX words, no colon, semicolon, sentence's
end, item's number or word of absence, attendance or contact, and its last word capitalised unless a comma or a dash
parts it from the name: "… Lidt om Bülows Kaserne v NAME" is running text, "Repræsentant for folkeskolerne NAME" a
post after the name before), or a comma or a dash and a post of at most 120 characters after the name (no semicolon:
"NAME, overborgmester i Københavns Kommune; NAME, …" is a sentence's list). Only on a line of FLAT_LINE characters or
more; `role_member_entries`' guards hold (a label of members, a heading naming a body or a sentence about the body
above the entries; none of who attended, was absent or whom to contact; a title where the organisation would be is
the title's; three entries at least), and these of its own: the entry opening with its name that closes the run is
left out (where its post ends the line does not say), so is a name the flattened line ends in (the next page's first
word may have joined it), and a name of three words or more before an organisation whose last word no surname list
knows (the name reader may have read the organisation's first word into it: "Friluftsrådet, Bente Nielsen Nive Å's
Lystfiskerforening")"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact, Target
from graphbuild.extract.role_member_blocks import ELECTED_LABEL_MAX, NOT_A_MEMBER_LABEL
from graphbuild.extract.role_member_entries import (
    COLUMN_WORDS,
    NOT_MEMBERS,
    ORGANISATION_WORDS_MAX,
    members_after_organisations,
)
from graphbuild.extract.role_member_flattened_bullets import SENTENCE_END
from graphbuild.extract.role_member_flattened_names import GAP_SENTENCE_END
from graphbuild.extract.role_member_flattened_runs import FLAT_LINE
from graphbuild.vocab.reference import last_names

# between two names, an organisation first: the name's bracket and e-mail address, then the organisation (capitalised,
# no colon or bullet) and its comma or dash: "(B) Nordsjællands Landboforening, ", " Danmarks Naturfredningsforening "
ORGANISATION_GAP = re.compile(
    r"(?P<tail>(?:[ \t]*\([^()\n:•]{1,40}\))?(?:[ \t]+[\w.+-]+@[\w.-]+)?)[ \t]+"
    r"(?P<org>[A-ZÆØÅ0-9][^\n:•;]{0,79}?)[ \t]*(?P<parted>,|[ \t][-–])?[ \t]+"
)
# … or the name first, its post after a comma or a dash: ", Borgmester, Odense ", " - repræsentant fra Hjernesagen "
# (never a semicolon, in either: "NAME, overborgmester i Københavns Kommune; NAME, …" is a sentence's list, no table)
NAME_FIRST_GAP = re.compile(r"[ \t]*(?:\([^()\n:•;]{1,40}\)[ \t]*)?(?:,|[ \t][-–])[ \t]*[^\n:•;]{1,120}[ \t]")
# a table's column heading right after the label: capitalised words, the last a column's word ("Forening Repræsentant")
COLUMN_HEADING = re.compile(r"[A-ZÆØÅ][\wæøå/-]*(?:[ \t]+[A-ZÆØÅ][\wæøå/-]*){0,4}")
# an item's number and a time opening the words before a name: "2. 17.05 Lidt om Bülows Kaserne v NAME"
ITEM_NUMBER = re.compile(r"\d+\.[ \t]")
MIN_ENTRIES = 3
Run = tuple[list[PersonMention], list[int], list[int]]  # the names, the blanks to turn into line breaks, names to take


def members_in_flattened_organisations(
    text: str,
    people: list[PersonMention],
    chair_at: Callable[[int], Target],
    found: list[RoleFact],
    attended: set[int],
    named_before: Callable[[int], Target] | None = None,
) -> list[RoleFact]:
    """`medlem` for each person of a flattened run of "organisation name" (or "name - post") entries under a label
    of members, a body's heading or a sentence about the body, as `role_member_entries` reads the list on lines of
    its own (the body placed at the label: `named_before`)."""
    if len(people) < MIN_ENTRIES:
        return []
    chars: list[str] | None = None
    taken: set[int] = set()  # where each name to take ends
    starts = [p.start for p in people]
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start >= FLAT_LINE:
            lo, hi = bisect_left(starts, line_start), bisect_left(starts, line_end)
            for _, breaks, ends in _runs(text, people[lo:hi], line_start):
                chars = chars or list(text)
                for at in breaks:
                    chars[at] = "\n"
                taken.update(ends)
        line_start = line_end + 1
    if chars is None:
        return []
    relined = "".join(chars)
    return [
        f
        for f in members_after_organisations(relined, people, chair_at, found, attended, named_before)
        if f.person.end in taken and not _ends_line(text, f.person.end)
    ]


def _runs(text: str, people: list[PersonMention], line_start: int) -> list[Run]:
    """Each run of entries after a label on one flattened line, with the blanks to turn into line breaks."""
    out: list[Run] = []
    i = 0
    while i + 1 < len(people):
        floor = people[i - 1].end if i else line_start
        organisation_first = _organisation_gap(text, people[i], people[i + 1]) is not None
        opening = _opening(text, people[i], floor, organisation_first)
        if opening is None:
            i += 1
            continue
        run, breaks, ends = [people[i]], opening, []
        j = i + 1
        while j < len(people):
            gap = (
                _organisation_gap(text, run[-1], people[j])
                if organisation_first
                else _name_first_gap(text, run[-1], people[j])
            )
            if gap is None:
                break
            breaks.append(gap)
            ends.append(run[-1].end)
            run.append(people[j])
            j += 1
        if organisation_first:
            tail = ORGANISATION_GAP.match(text, run[-1].end)
            after = run[-1].end + len(tail["tail"]) if tail is not None else run[-1].end
            if after < len(text) and text[after] in " \t":
                breaks.append(after)  # "… Holbæk Ålav Ole Olsen Organisationer og foreninger med …"
                ends.append(run[-1].end)
        if len(ends) >= MIN_ENTRIES:
            out.append((run, breaks, [end for end in ends if _whole_name(text, end, people, organisation_first)]))
        i = j
    return out


def _opening(text: str, first: PersonMention, floor: int, organisation_first: bool) -> list[int] | None:
    """The line breaks that set the label apart before the run's first entry: before the label (its sentence's
    start), after its colon or full stop, and after a table's column heading; None when no label's colon or
    sentence's end stands right before the entry."""
    entry_at = first.start
    if organisation_first:  # the entry opens with its organisation, after a column heading
        boundary = max(text.rfind(":", floor, first.start), _last_sentence_end(text, floor, first.start))
        if boundary < 0:
            return None
        opening = _organisation_opening(text, boundary + 1, first.start)
        if opening is None:
            return None
        entry_at, heading_end = opening
    else:
        boundary = first.start - 2
        if boundary < floor or text[boundary] not in ":.":
            return None
        heading_end = None
    if text[boundary + 1] not in " \t" or boundary <= floor:
        return None
    if text[boundary] == ":":
        ends = list(SENTENCE_END.finditer(text, max(floor, boundary - ELECTED_LABEL_MAX), boundary))
    else:  # the sentence before the entries is about the body: it is set apart on a line of its own
        ends = list(SENTENCE_END.finditer(text, max(floor, boundary - ELECTED_LABEL_MAX), boundary - 1))
    if not ends:
        return None
    label_at = ends[-1].end() - 1
    if NOT_A_MEMBER_LABEL.search(text, label_at, boundary):
        return None  # "… fire nye medlemmer kunne bydes velkommen, da …:": a long label, as long as a paragraph
    breaks = [label_at, boundary + 1]
    if heading_end is not None:
        breaks.append(heading_end)
    return breaks if all(text[at] in " \t" for at in breaks) and entry_at > boundary + 1 else None


def _organisation_opening(text: str, after: int, name: int) -> tuple[int, int | None] | None:
    """Where the first entry's organisation opens between a label's end and the first name, and the blank after a
    column heading before it ("Forening Repræsentant Birdlife/Dof Pelle …"), if any."""
    gap = ORGANISATION_GAP.fullmatch(text, after, name)
    if gap is None or gap["tail"] or not _an_organisation(gap):
        return None
    org_at = gap.start("org")
    heading = COLUMN_HEADING.match(text, org_at, gap.end("org"))
    if heading is not None:
        words = heading.group(0).split()
        for k in range(len(words) - 1, 0, -1):  # the longest heading ending in a column's word, an organisation after
            if words[k - 1].lower() in COLUMN_WORDS or "mail" in words[k - 1].lower():
                at = org_at + len(" ".join(words[:k]))
                if text[at] in " \t" and text[at + 1 : at + 2].isupper():
                    return at + 1, at
                break
    return org_at, None


def _last_sentence_end(text: str, floor: int, name: int) -> int:
    """Where the full stop of the last sentence's end before the name stands, or -1."""
    ends = list(SENTENCE_END.finditer(text, floor, name))
    return ends[-1].start() if ends else -1


def _organisation_gap(text: str, previous: PersonMention, nxt: PersonMention) -> int | None:
    """The blank to turn into a line break after the name before an organisation's entry, or None."""
    gap = ORGANISATION_GAP.fullmatch(text, previous.end, nxt.start)
    if gap is None or not _an_organisation(gap) or GAP_SENTENCE_END.search(gap.group(0)):
        return None
    return previous.end + len(gap["tail"])


def _an_organisation(gap: re.Match[str]) -> bool:
    """Whether an entry's words before its name may be an organisation: no more than the entry reader takes, no
    sentence's end, no item's number, no word of absence or attendance or of whom to contact, and a capitalised
    last word unless a comma or a dash parts it from the name (running text or a post before the name: "… Lidt om
    Bülows Kaserne v NAME", "Repræsentant for folkeskolerne NAME"; "Medlem udpeget af byrådet, NAME" is an entry)."""
    org = gap["org"]
    words = org.split()
    return (
        len(words) <= ORGANISATION_WORDS_MAX
        and not org.rstrip().endswith(".")
        and ITEM_NUMBER.match(org) is None
        and NOT_A_MEMBER_LABEL.search(org) is None
        and NOT_MEMBERS.search(org) is None
        and (words[-1][:1].isupper() or words[-1][:1].isdigit() or gap["parted"] is not None)
    )


def _name_first_gap(text: str, previous: PersonMention, nxt: PersonMention) -> int | None:
    """The blank to turn into a line break before the next name of a run of entries opening with their names."""
    gap = text[previous.end : nxt.start]
    if NAME_FIRST_GAP.fullmatch(gap) is None or GAP_SENTENCE_END.search(gap) or NOT_A_MEMBER_LABEL.search(gap):
        return None
    return nxt.start - 1


def _whole_name(text: str, end: int, people: list[PersonMention], organisation_first: bool) -> bool:
    """Whether the name ending at `end` is whole: before an organisation, a name of three words or more ends in a
    surname the lists know (else its last word may be the organisation's first)."""
    if not organisation_first:
        return True
    name = next(p.name for p in people if p.end == end)
    words = name.split()
    return len(words) < 3 or words[-1] in last_names() or words[-1].rstrip("s") in last_names()


def _ends_line(text: str, end: int) -> bool:
    """Whether nothing but blanks follows a name on its line: a flattened page ends in it, and the name reader may
    have joined the next page's first word to it."""
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end < 0 else line_end].strip()
