"""Which way a run of "name, title" entries a PDF flattened onto one line reads (used by `roles`): in
"Kristine Schmidt, Arbejdsmiljøtovholder Gert Jensen, Personalechef Mette Ebdrup, Løn og Personale" each title
between two names closes the entry before it, not opens the next one. A run is two or more names on one line
parted only by ", <title> " (a party in brackets may follow a name); it reads name first when its first name has
no title before it and its last name's entry goes on after a comma (its own title or workplace: ", HR-konsulent",
", Løn og Personale"). A run whose first name has a title before it ("Personalechef A, Direktør B, Sekretær C"),
or whose last name ends it bare ("Deltagere: A, Formand B"), is read as before: each title the next name's.

The same with no comma, as signatures and name-over-title tables flatten ("Bent Johansen Formand for De Københavnske
Ældreråd Lars Markersen Sekretariatsleder"): names parted only by " <title> " (or " <title> for <Body> "), the first
untitled, the last closed by a bare title of its own at the end of its line; each name holds the title after it
(`titles_after_in_runs`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import PENDING, UNPLACED, Target
from graphbuild.extract.role_patterns import BOARD_ROLES, ROLE_WORDS, is_municipal, role_of_word
from graphbuild.extract.role_sentence import Sentence
from graphbuild.extract.role_targets import placed_by_the_step, title_target
from graphbuild.extract.role_titles import body_seat, named_target

PARTY = r"(?:[ \t]*\([^()\n]{1,12}\))?"
TITLE = rf"(?P<role>(?:{ROLE_WORDS}))(?![\wæøå-])"
# the gap between two names of a run: ", formand ", " (V), næstformand ", ", Personalechef "
TITLE_GAP = re.compile(rf"{PARTY}[ \t]*,[ \t]*{TITLE}[ \t]+", re.IGNORECASE)
# … with no comma: " Formand for De Københavnske Ældreråd ", " Sekretariatsleder "
BARE_GAP = re.compile(
    rf"{PARTY}[ \t]+{TITLE}(?:[ \t]+(?:for|i)[ \t]+(?P<body>(?-i:[A-ZÆØÅ])[^,.;:()\n]{{1,60}}?))?[ \t]+",
    re.IGNORECASE,
)
# a title (or a label) right before the run's first name: then each title opens its name's entry
TITLE_BEFORE = re.compile(rf"(?<![\wæøå])(?:{ROLE_WORDS})[ \t]*[:,]?[ \t]*$", re.IGNORECASE)
# the last name's entry goes on after a comma: its own title or its workplace
ENTRY_GOES_ON = re.compile(rf"^{PARTY}[ \t]*,[ \t]*[\wæøåÆØÅ]")
# … or, in a run with no commas, ends in a bare title of its own: "Lars Markersen Sekretariatsleder" at the line's end
BARE_CLOSE = re.compile(rf"^{PARTY}[ \t]+{TITLE}[ \t]*(?:$|\n|[0-9.;])", re.IGNORECASE)


@dataclass(frozen=True)
class Run:
    """Names here[first..last] of one sentence that read name first, each title after a name its own."""

    first: int
    last: int
    bare: bool  # parted by titles with no comma


def name_first_runs(text: str, here: list[PersonMention]) -> list[Run]:
    """The runs of a sentence's names that read name first."""
    runs: list[Run] = []
    for gap, bare in ((TITLE_GAP, False), (BARE_GAP, True)):
        start = 0
        for index in range(1, len(here) + 1):
            if index < len(here) and _gap(gap, text, here[index - 1], here[index]) is not None:
                continue
            if index - 1 > start and _reads_name_first(text, here[start], here[index - 1], bare):
                runs.append(Run(start, index - 1, bare))
            start = index
    return runs


def titles_of_previous(runs: list[Run]) -> frozenset[int]:
    """The indexes of the names whose title before them is the name before's: each run's second and later names."""
    return frozenset(index for run in runs for index in range(run.first + 1, run.last + 1))


def titles_after_in_runs(s: Sentence, runs: list[Run]) -> None:
    """Each name of a run with no commas holds the title after it (in the body the title names, if any)."""
    for run in (r for r in runs if r.bare):
        for index in range(run.first, run.last + 1):
            p = s.here[index]
            if index < run.last:
                title = _gap(BARE_GAP, s.text, p, s.here[index + 1])
            else:
                title = BARE_CLOSE.match(s.text[p.end : p.end + 80])
            if title is not None:
                _add(s, p, title)


def _add(s: Sentence, p: PersonMention, title: re.Match[str]) -> None:
    role = role_of_word(title["role"])
    offset = p.end if title.re is BARE_CLOSE else 0  # a gap is matched in the text, the closing title after p.end
    body = title.groupdict().get("body")
    target: Target | None = None
    if body:
        target = named_target(s.text, offset + title.start("body"), offset + title.end("body"), s.orgs)
    target = target or title_target(s, role, offset + title.start("role"), p, None, s.staff_of)
    if target is None and (role in BOARD_ROLES or body_seat(role)):
        target = s.chair(p.start)
    if target is None and placed_by_the_step(role, s.own):
        target = UNPLACED
    if target is None and is_municipal(role):
        target = PENDING
    if target is not None:
        s.add(p, role, target)


def _gap(gap: re.Pattern[str], text: str, before: PersonMention, after: PersonMention) -> re.Match[str] | None:
    if after.start <= before.end or after.start - before.end > 90 or "\n" in text[before.end : after.start]:
        return None
    return gap.fullmatch(text, before.end, after.start)


def _reads_name_first(text: str, first: PersonMention, last: PersonMention, bare: bool) -> bool:
    line_start = text.rfind("\n", 0, first.start) + 1
    if TITLE_BEFORE.search(text, max(line_start, first.start - 60), first.start):
        return False
    closing = BARE_CLOSE if bare else ENTRY_GOES_ON
    return closing.match(text[last.end : last.end + 80]) is not None
