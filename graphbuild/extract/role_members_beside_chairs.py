"""The members a page lists one a line beside its chair's entry (read by `roles`): a run of entries, each a line that
opens with one person's name (a bullet, a number or a short title before it, "Formand Claus Leick (F) Skanderborg
Kommune"; never a capitalised word that is no title, a name read short), a few short lines under it at most
("Udpeget af kommunalbestyrelsen", "professor"), in which one entry is a chair's: it prints a chair's post bare
("(formand)", "1. næstformand NAME", on its line or the lines under it), or a reader found one for its person (there
or in a sentence about the list, "Af dem blev NAME valgt som fast næstformand i udvalget"). Every entry of that run
that prints no seat of its own ("Albert Rosenkrantz Conradsen (F) Aarhus Kommune*"; a representative's title is a
seat) is `medlem` of the body the chair's post is held in, else of the body the text is about there (README roles
rule 2). Only in a document that is no minutes nor agenda (an attendance list marks its chair too), never a person the
meeting's attendance lists; three entries or more, two of them bare. A run printed as one block ends at its first
blank line; a line after a blank one that is no entry (the next section's heading), a staff's heading ("Direktion",
"Sekretariat"), a group's label that names a seat ("Suppleanter") or a line of prose ends it. No run is read under a
label of candidates, attendees or people thanked ("Kandidater:", "Deltagere:", "Tak til"), nor one whose seats are
printed over the names ("FORMAND" over a name: `role_board_headed_entries`), nor one with two chairs of one post (two
bodies' lists)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_board_headed_entries import GROUP_SEAT, SEAT_ABOVE, STAFF_HEADING
from graphbuild.extract.role_facts import RoleFact, Target, role_fact
from graphbuild.extract.role_list_seats import prints_own_seat
from graphbuild.extract.role_member_blocks import NOT_A_MEMBER_LABEL
from graphbuild.vocab.near import lowered
from graphbuild.vocab.person_names import is_title_word
from graphbuild.vocab.text_patterns import ENTRY_MARK

# a chair's post a reader found: "formand", "1. næstformand", "bestyrelsesformand", "forperson"
CHAIR_POST = re.compile(r"(?:\d\.[ \t]*)?(?:bestyrelses|udvalgs)?(?:næst)?(?:formand|forperson)", re.IGNORECASE)
# what opens an entry before its name: a bullet or a number, then up to three words of a title ("1. næstformand")
ENTRY_OPENING = re.compile(rf"{ENTRY_MARK}(?:[\wæøåÆØÅ.'’/-]+[ \t]+){{0,3}}")
# a representative's seat in the body: "forældrerepræsentant", "elevrepræsentant", "medarbejderrepræsentant"
REPRESENTATIVE = re.compile(r"[\wæøå]*repræsentant(?![\wæøå])", re.IGNORECASE)
CHAIR_WORDS = ("formand", "forperson")
# a chair's post printed bare, its rank before it: "Formand", "(næstformand)", "1. næstformand", "forperson"
RANKED_CHAIR = re.compile(
    r"(?<![\wæøå])(?:\d\.[ \t]*)?(?:næst)?(?:formand|forperson)(?![\wæøå])(?![ \t]+(?:for|i)[ \t])", re.IGNORECASE
)
PAGE_OPENING = 200  # a seat "for" the body the page opens with is a seat in the list's body too
# people thanked: "Tak til …", "Vi takker", "takket af"
THANKS = re.compile(r"(?<![\wæøå])(?:tak|takker|takket|takke)(?![\wæøå])", re.IGNORECASE)
LABEL_MAX = 80  # a label over a run; a longer line is prose, whose words say nothing of the run
ENTRY_MAX = 120
# a sentence's full stop at a line's end, after a word of four letters or more (never "adm.", "fhv.", "A/S.")
SENTENCE_END = re.compile(r"[a-zæøå]{4,}\.[ \t]*$")  # an entry's line; a longer one is prose
DETAIL_MAX = 70  # a line under an entry's name: the person's work, who appointed them
MAX_DETAILS = 3
MIN_ENTRIES = 3
MIN_BARE = 2


def members_beside_chairs(
    text: str,
    people: list[PersonMention],
    found: list[RoleFact],
    attended: set[str],
    chair_at: Callable[[int], Target],
) -> list[RoleFact]:
    """`medlem` for each bare entry of a run of one-a-line entries that holds a chair's entry, in the chair's body:
    the body a reader held the chair's post in, else the body the text is about there (`chair_at`)."""
    low = lowered(text)
    if len(people) < MIN_ENTRIES or not any(word in low for word in CHAIR_WORDS):
        return []
    starts = [p.start for p in people]
    chair_facts: dict[str, RoleFact] = {}
    chair_posts: dict[str, set[str]] = {}
    for fact in found:
        if fact.role is not None and CHAIR_POST.fullmatch(fact.role):
            chair_facts.setdefault(fact.person.name, fact)
            chair_posts.setdefault(fact.person.name, set()).add(fact.role.lower())
    members = {f.person.name for f in found if f.role in ("medlem", "bestyrelsesmedlem")}
    opening = low[:PAGE_OPENING]
    seen_runs: set[int] = set()
    out: list[RoleFact] = []
    for line_start in _chair_lines(text, low, people, starts, chair_facts):
        run_start, entries = _run(text, people, starts, line_start)
        if run_start in seen_runs or len(entries) < MIN_ENTRIES:
            continue
        seen_runs.add(run_start)
        if _not_of_members(text, run_start):
            continue  # "Kandidater:", "Deltagere:", "Tak til": the run lists no body's members
        if _seat_above(text, run_start):
            continue  # "FORMAND" over each name: a seat line is the next entry's, `role_board_headed_entries` reads it
        chairs = [(p, _post(entry, chair_posts.get(p.name, set()))) for p, entry in entries]
        posts = [post for _, post in chairs if post]
        if not posts or len(posts) != len(set(posts)):
            continue  # no chair, or two chairs of one post: the lists of two bodies, each its own
        chair = next((chair_facts[p.name] for p, post in chairs if post and p.name in chair_facts), None)
        bare = [p for p, entry in entries if not _seated(entry, opening) and p.name not in chair_facts]
        if len(bare) < MIN_BARE:
            continue
        for p in bare:
            if p.name in members or p.name in attended:
                continue
            members.add(p.name)
            if chair is not None:
                fact = replace(chair, person=p, role="medlem", valid_from=None, valid_to=None, start=p.start, end=p.end)
            else:
                fact = role_fact(p, "medlem", chair_at(p.start), p.start, p.end)
            out.append(fact)
    return out


def _chair_lines(
    text: str, low: str, people: list[PersonMention], starts: list[int], chair_facts: dict[str, RoleFact]
) -> list[int]:
    """Where each entry that may be a chair's starts: an entry of a person a reader found a chair's post for (on
    the entry's line or in a sentence about the list), and the entry a chair's word stands in (on its name's line or
    on a line under it)."""
    lines = {
        start
        for p in people
        if p.name in chair_facts and _entry_at(text, people, starts, start := text.rfind("\n", 0, p.start) + 1) is p
    }
    for word in CHAIR_WORDS:
        at = low.find(word)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            for _ in range(MAX_DETAILS + 1):
                if _entry_at(text, people, starts, start) is not None:
                    lines.add(start)
                    break
                if start == 0:
                    break
                start = text.rfind("\n", 0, start - 1) + 1
            at = low.find(word, at + len(word))
    return sorted(lines)


def _post(entry: str, found_posts: set[str]) -> str | None:
    """The chair's post of an entry: the one a reader found for it ("1. næstformand"), else the one it prints bare
    ("(formand)"), else "chair" for one a reader found in another wording ("bestyrelsesformand", a board chair
    elsewhere as often); None for no chair. Two entries of one post are two bodies' chairs."""
    ranked = RANKED_CHAIR.search(entry)
    printed = " ".join(ranked.group(0).lower().split()) if ranked else None
    for post in sorted(found_posts):
        if RANKED_CHAIR.fullmatch(post):
            return post
    if printed is not None:
        return printed
    return "chair " + entry if found_posts else None


def _entry_at(text: str, people: list[PersonMention], starts: list[int], start: int) -> PersonMention | None:
    """The person a line from `start` is the entry of: the line opens with the name (after a mark and a short title),
    holds no second name and is no longer than an entry."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if end - start > ENTRY_MAX or SENTENCE_END.search(text, start, end):
        return None  # "Formand NAME blev genvalgt på mødet, og …": a sentence, no entry
    index = bisect_left(starts, start)
    if index >= len(people) or people[index].start >= end:
        return None
    p = people[index]
    if index + 1 < len(people) and people[index + 1].start < end:
        return None
    opening = ENTRY_OPENING.match(text, start, p.start)
    if opening is None or opening.end() != p.start or any(_name_word(w) for w in text[start : p.start].split()):
        return None  # "Minik Thorleif Rosing" read as "Thorleif Rosing": a name read short is no entry's
    return p


def _name_word(word: str) -> bool:
    """Whether a word before an entry's name is a capitalised word that is no title ("Minik"), a name's own."""
    return word[:1].isupper() and not is_title_word(word.rstrip(".:,"))


def _run(
    text: str, people: list[PersonMention], starts: list[int], chair_line: int
) -> tuple[int, list[tuple[PersonMention, str]]]:
    """Where the run of entries holding the chair's line starts, and its entries with the text of each:
    the run read down from its first entry, found by going up from the chair's line over entries, the short lines
    under them and blank lines."""
    lines = _lines_around(text, chair_line)
    first = next(i for i, (start, _) in enumerate(lines) if start == chair_line)
    up = first
    while up > 0:
        start, end = lines[up - 1]
        line = text[start:end].strip()
        entry = _entry_at(text, people, starts, start) if line else None
        if line and entry is None and (not _detail(line) or up < 2 or not text[slice(*lines[up - 2])].strip()):
            break  # prose, or a heading (a line after a blank one): the run starts below it
        up -= 1
        if entry is not None:
            first = up
    entries: list[tuple[PersonMention, str]] = []
    current: PersonMention | None = None
    details: list[str] = []
    block: bool | None = None
    blank_since_entry = False
    for start, end in lines[first:]:
        line = text[start:end].strip()
        if not line:
            if current is not None:
                blank_since_entry = True
                if block:
                    break
            continue
        p = _entry_at(text, people, starts, start)
        if p is not None:
            if current is not None:
                block = block if block is not None else not blank_since_entry
                entries.append((current, _entry_text(text, current, details)))
            current, details, blank_since_entry = p, [], False
            continue
        if not _detail(line) or len(details) >= MAX_DETAILS or blank_since_entry:
            break  # a line after a blank one is the next section's heading, no detail of the entry above
        details.append(line)
    if current is not None:
        entries.append((current, _entry_text(text, current, details)))
    return lines[first][0], entries


def _detail(line: str) -> bool:
    """A short line under an entry's name: no staff's heading, no label of a seat's group, no sentence."""
    return (
        len(line) <= DETAIL_MAX
        and not STAFF_HEADING.fullmatch(line)
        and not GROUP_SEAT.search(line)
        and not line.endswith((".", ":"))
    )


def _entry_text(text: str, p: PersonMention, details: list[str]) -> str:
    """An entry's text: what its name's line prints before and after the name, and the lines under it."""
    line_end = text.find("\n", p.end)
    rest = text[p.end : len(text) if line_end < 0 else line_end]
    opening = text[text.rfind("\n", 0, p.start) + 1 : p.start]
    return "\n".join([opening, rest, *details])


def _label_above(text: str, run_start: int) -> str:
    """The line right over the run's first entry, blank lines between left out."""
    end = run_start - 1
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)
    return text[text.rfind("\n", 0, max(end, 0)) + 1 : max(end, 0)].strip() if end > 0 else ""


def _not_of_members(text: str, run_start: int) -> bool:
    """Whether a short label over the run says its people are no body's members: candidates, attendees, the
    absent, people thanked ("Kandidater:", "Deltagere:", "Tak til")."""
    label = _label_above(text, run_start)
    return len(label) <= LABEL_MAX and (NOT_A_MEMBER_LABEL.search(label) or THANKS.search(label)) is not None


def _seat_above(text: str, run_start: int) -> bool:
    """Whether the line right over the run's first name is a seat alone ("FORMAND"): the layout that prints each seat
    over its holder's name, so a seat line under one name is the next one's."""
    above_end = run_start - 1
    if above_end < 0:
        return False
    line = text[text.rfind("\n", 0, above_end) + 1 : above_end].strip()
    return SEAT_ABOVE.fullmatch(line) is not None


def _seated(entry: str, opening: str) -> bool:
    """Whether the entry prints the person's seat in the list's body: a chair's or a board's post, bare or for the
    body the page opens with (`prints_own_seat`), or a representative's seat ("NAME, forældrerepræsentant"), which
    is the title the person holds there in place of `medlem` (README roles rule 2)."""
    return prints_own_seat(entry, opening) or REPRESENTATIVE.search(entry) is not None


_AROUND = 40  # lines read above and below the chair's line


def _lines_around(text: str, pos: int) -> list[tuple[int, int]]:
    """The (start, end) of the lines from `_AROUND` lines above pos to `_AROUND` below it."""
    start = pos
    for _ in range(_AROUND):
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    out: list[tuple[int, int]] = []
    while start <= len(text) and len(out) < 2 * _AROUND:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        out.append((start, end))
        start = end + 1
    return out
