"""Cut points of the lists inside a flattened line: a contents table run together ("Pkt. Tekst Side 1 ...
5 2 ..."), runs of bare item numbers, bullets run together, lettered items ("2a. ...") and a contents list
whose dotted leaders and number column a text layer read apart. ``flatten`` joins these cuts with its own."""

from __future__ import annotations

import re

from graphbuild.parse.flatten_leader_titles import leader_title_cuts
from graphbuild.parse.lines import last_word

# "punkt 5. blev", "Bilag 1. Referat": a reference, not an item heading ("Sidenr." is a column label);
# "7. LUKKET PUNKT 8. Oplæg ...": a closed item's title, then the next item
REFERENCE = re.compile(r"(?i)(?:(?<!lukket\s)punkt|pkt\.?|(?<!side)nr\.?|bilag|kl\.?)\s*$")
# "Pkt. Tekst Side 1 Udpegning til ... 5 2 Nye medlemskandider ... 6 3 ...": a contents table whose
# columns (number, title, page) a transcript ran together; an item number follows a page number.
# "Punkt Indhold Bilag 1 Samarbejdet ... 2 Takster ...": a table without a page column, whose numbers
# follow each other one by one.
# (the word boundary before the label tested after its first letter: a pattern that opens with "\b" is tried at every
# position, one that opens with "P" or "N" only there; the same matches)
TABLE_HEAD = re.compile(
    r"(?:P(?<!\wP)(?:kt\.|unkt)|N(?<!\wN)r\.)\s+(?:Tekst|Indhold|Emne|Titel|Overskrift)(?:\s+(?P<page>Side)|\s+Bilag)?\b"
)
_TABLE_NUMBER = re.compile(r"(?<=\s)(\d{1,3})\s+(?=[A-ZÆØÅ\"“„])")
# "Indholdsfortegnelse", "Sagsoversigt": the heading over a contents list whose numbers stand bare
# A bare number before a capitalised word (white space before it is checked apart: the pattern opens
# with the digit, so a regex scan looks for digits only)
_BARE_NUMBER = re.compile(r"\d{1,3}(?=\s+[A-ZÆØÅ\"“„])")
RUN_GAP = 400  # each number of a run this close after the one before (a title or two whose numbers were lost)
_RUN_STEP = 4  # a number at most this far above the one before
_RUN_LEAST = 3
_TABLE_LOOKAHEAD = 12  # table numbers looked at for the one after a yearly running first number
# "• Godkendelse af dagsorden • Virksomhedsbesøg • ...": a bullet list run together; three or more
# bullet glyphs close together are cut apart (a dash is not one: titles hold " - " too).
# (the white space before the glyph tested after it: the pattern is tried at the glyphs only)
_BULLET = re.compile(r"[•·▪●](?<=\s[•·▪●])\s+(?=[A-ZÆØÅ0-9\"“„])")
_BULLET_RUN = 3
_BULLET_GAP = 160
# "1. Godkendelse af referat ....... 3 1.1. 2. Siden sidst ....... 4 3.1. 3.2. Fælles EU kontor ..... 5":
# a contents list with dotted leaders and page numbers; a title ends after its page number, and a
# number standing before another number is one cell of a number column read apart from its titles
# "5a. Seniorrådets arbejdsgrupper", "1.a. Præsentation": a lettered item, added under the number before its letter
_LETTERED_NUMBER = re.compile(r"(?<![\w.,/:-])(\d{1,3})\.?[a-h]\.\s+(?=[A-ZÆØÅ])")
_LEADING_DIGITS = re.compile(r"\d{1,3}")
# from the first dot of a run only: a long run of dots is not tried again from each of its dots (quadratic)
LEADER_PAGE = re.compile(r"(?<!\.)\.{3,}\s*\d{1,3}\b\s*")
_LEADER_RUN = 3
_NUMBER_CELLS = re.compile(r"(?<!\S)(?:\d{1,2}(?:\.\d{1,2})*\.\s+){2,}")
_NUMBER_CELL = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.\s+")
_COLUMN_REACH = 150  # the first number of the column stands this close before the first title's leader


def table_cuts(text: str) -> list[int]:
    """Cuts around a "Pkt. Tekst Side" header and before each item number of the table after it:
    the first number, then a number that continues the sequence right after a page number."""
    head = TABLE_HEAD.search(text)
    if head is None:
        return []
    cuts = [head.start(), head.end()]
    last = 0
    matches = list(_TABLE_NUMBER.finditer(text, head.end()))
    for k, match in enumerate(matches):
        number = int(match[1])
        after_page = last_word(text, head.end(), match.start()).isdigit()
        paged = head["page"] is not None
        # "Pkt. Tekst Side 38 Likviditet ... 5 40 Økonomiudvalgets regnskab": the table opens with a yearly
        # running number when a number a little above it follows after a page number
        running = last == 0 and paged and number > 3 and _continued(text, head.end(), matches[k + 1 :], number)
        if (last < number <= last + 3 and (last == 0 or after_page)) or (not paged and number == last + 1) or running:
            cuts.append(match.start())
            last = number
    return cuts


def _continued(text: str, start: int, later: list[re.Match[str]], number: int) -> bool:
    """Whether a later table number a little above ``number`` (one to three more) stands after a page number."""
    for match in later[:_TABLE_LOOKAHEAD]:
        if number < int(match[1]) <= number + 3 and last_word(text, start, match.start()).isdigit():
            return True
    return False


def bare_runs(text: str) -> list[list[int]]:
    """The runs of bare item numbers in a flattened line, each as the offsets of its numbers: a number
    before a capitalised word, the next one a little above it (a transcript loses some, closed items
    are left out) and close after it, three numbers at least ("Indholdsfortegnelse ... 1 Lokalplan ...
    2 Lokalplan 358 ... 3 ...", "åbent 1 Stefan Agger - udtræden ... åbent 2 Årsberetning ...",
    "Pkt. Åbne dagsordenspunkter 1 Godkendelse ... 2 Anlægsregnskaber ...", "217 Forslag ... 218 ...",
    "1 Høring Sydtrafik budget 2016 4 2 Tønder Kulturhus ..."). Whatever heading stands over the list
    or none: the numbers that follow each other are what makes it one."""
    found: list[list[int]] = []
    runs: list[list[tuple[int, int]]] = []  # (number, offset) of each run still open
    for match in _BARE_NUMBER.finditer(text):
        at = match.start()
        if not at or not text[at - 1].isspace():
            # "2016 ...", "nr. 35-520": a number's tail or a word's, not an item number; a line's first
            # number is its page's ("1 REFERAT 29. august 2013 ... kreds 2 Erik Skallerup ...")
            continue
        if REFERENCE.search(text, max(0, at - 16), at) or text[max(0, at - 2) : at].strip() == ":":
            # "Pkt. 1 Godkendelse", "Bilag 1 Referat": a labelled number, cut as such or a reference;
            # "Møde nr.: 5 Mødedato:": a label's value
            continue
        number = int(match[0])
        open_runs = [run for run in runs if at - run[-1][1] <= RUN_GAP]
        found.extend([a for _, a in run] for run in runs if at - run[-1][1] > RUN_GAP and _a_list(run))
        # the run whose last number this one follows most closely
        following = [run for run in open_runs if run[-1][0] < number <= run[-1][0] + _RUN_STEP]
        if following:
            min(following, key=lambda run: number - run[-1][0]).append((number, at))
        else:
            open_runs.append([(number, at)])
        runs = open_runs
    found.extend([a for _, a in run] for run in runs if _a_list(run))
    return [run for run in found if not _numbered_by_one_word(text, run)]


def inside_dotted_titles(run: list[int], dotted: list[int]) -> bool:
    """Whether a run of bare numbers stands inside the titles of a list numbered with full stops that
    began before it and goes on between its numbers ("14. INITIATIV 15 IVÆRKSÆTTERI ... 15. INITIATIV 16
    IVÆRKSÆTTERI ... 16. INITIATIV 12 ..."): the titles' own numbers, not a list's."""
    between = sum(run[0] < cut < run[-1] for cut in dotted)
    return between >= len(run) - 1 and any(cut < run[0] for cut in dotted)


def _a_list(run: list[tuple[int, int]]) -> bool:
    """Whether a run of (number, offset) reads as a list's: three numbers at least, the first 1 or a yearly
    running number of two or three digits ("217 Forslag ..."); a run from 2 or 3 lost the list's first
    entries' numbers ("Side Meddelelser 2 Lions-sagen ..."), and its titles are read as a run of titles."""
    return len(run) >= _RUN_LEAST and (run[0][0] == 1 or run[0][0] >= 10)


_ACCESS_WORDS = {"åben", "åbent", "lukket"}


def _numbered_by_one_word(text: str, run: list[int]) -> bool:
    """Whether every number of a run follows the same word ("Sag 1 ... Sag 2 ...", "FKB, kreds 2 Erik
    Skallerup, FKB, kreds 3 ..."): the numbers are that word's, not items'; an item's access before its
    number ("åbent 1 Stefan Agger ... åbent 2 ...") is not such a word."""
    words = {" ".join(text[max(0, at - 30) : at].split()[-1:]).lower() for at in run}
    return len(words) == 1 and not words & _ACCESS_WORDS and "" not in words


def bullet_cuts(text: str) -> list[int]:
    """Cuts before the bullets of a run of three or more, each within _BULLET_GAP of the one before."""
    starts = [m.start() for m in _BULLET.finditer(text)]
    cuts: list[int] = []
    run: list[int] = []
    for start in [*starts, None]:
        if start is not None and (not run or start - run[-1] <= _BULLET_GAP):
            run.append(start)
            continue
        if len(run) >= _BULLET_RUN:
            cuts.extend(run)
        run = [start] if start is not None else []
    return cuts


def lettered_cuts(text: str, numbers: list[int]) -> list[int]:
    """Cuts before a lettered item ("2a. Behandling af ...", "5a. Seniorrådets arbejdsgrupper") whose
    number continues the sequence before it (that number itself, or a little above it): an item added
    under that number."""
    if not numbers:
        return []
    marks = sorted(
        [(at, int(found[0]), False) for at in numbers if (found := _LEADING_DIGITS.match(text, at))]
        + [(m.start(), int(m[1]), True) for m in _LETTERED_NUMBER.finditer(text)]
    )
    cuts: list[int] = []
    last = None
    for at, number, lettered in marks:
        if not lettered:
            last = number
        elif last is not None and last <= number <= last + 3:
            cuts.append(at)
            last = number
    return cuts


def leader_cuts(text: str) -> list[int]:
    """A contents list whose number column a text layer read apart from its titles (numbers in runs
    of two or more, then as many titles): cuts after each dotted leader's page number and after each
    number, so each stands on its own as the cells of the table did; in a line that holds three dotted
    leaders at least and a run of numbers. With no run of numbers, ``leader_title_cuts``'s."""
    if text.count("...") < _LEADER_RUN:
        return []
    ends = [m.end() for m in LEADER_PAGE.finditer(text)]
    if len(ends) < _LEADER_RUN:
        return []
    runs = list(_NUMBER_CELLS.finditer(text, max(0, ends[0] - _COLUMN_REACH), ends[-1]))
    if not runs:
        # unnumbered titles each ending in its leader ("Godkendelse af dagsorden..... 3 Svar på …..... 4"), cut after
        # each page number; titles run together between leaders ("Kulturmidler Ansøgning fra ...5"): the contents
        # reader's
        return leader_title_cuts(text, list(LEADER_PAGE.finditer(text)))
    # the numbers were read apart from the titles: each number of the list stands alone, also one
    # just before its title ("... 23-02-2015 1. Godkendelse af referat ....")
    start = text.rfind(" ", 0, max(0, ends[0] - _COLUMN_REACH)) + 1
    cells = [
        cell.end()
        for cell in _NUMBER_CELL.finditer(text, start, ends[-1])
        if not text[cell.start() - 1 : cell.start()].strip()
    ]
    return ends + cells
