"""Re-segment text where a PDF-to-text step put a whole page (or a whole document) on one line.

Such a line runs to thousands of characters and holds a contents list, item headings, section
headings and all-caps labels one after another. ``resegment`` cuts it into segments (``Line``s
that index the same document text, so offsets stay true) before items are looked for:

- before an item number that continues the running sequence ("1. Godkendelse ... 2. Temadrøftelse"),
  also in the forms "3 (Åben) Titel" and "3 : Titel", after a gap of closed items left out, and
  again when the items repeat their contents list's numbers ("PUNKTER 49. … 51. … 49. …");
- before "Punkt N", "Pkt. N", "Sag nr. N", "Nr.N" heads;
- around the shared section headings (Sagsfremstilling, Beslutning, Indstilling, Resumé, ...), a
  body's dated decision heading ("Økonomiudvalgets møde den 16. juli 2021:", "Beslutning i Byrådet
  den 26-01-2015", "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42") and the labels of a flattened
  header or contents page (Indholdsfortegnelse, Dok.nr., MØDE, STED, STARTTIDSPUNKT, SLUTTIDSPUNKT,
  PUNKTER, ...);
- before the rows of a contents table ("Pkt. Tekst Side", "Punkt Indhold Bilag"; its first number
  may be a yearly running one, "Pkt. Tekst Side 38 Likviditet ... 5 40 ..."), before the bare numbers
  of a list, whatever heading stands over it or none, when three or more follow each other closely
  ("Indholdsfortegnelse ... 1 Lokalplan ... 2 Lokalplan 358 ...", where "8. Forslag" inside a title is
  no item; "åbent 1 Stefan Agger ... åbent 2 ..."; "217 Forslag ... 218 ... 220 ..."), and before the
  bullets of a bullet list run together
  ("• Godkendelse af dagsorden • Virksomhedsbesøg • ...");
- before and after "Side N" page labels, and before "Til behandling forelå:" over a contents page;
- before an item's running number with no number after it when its case label follows the title
  ("156. Evaluering af bogbilordningen Sagsnr J.nr ...").

A contents page whose numbers were lost is cut into titles by ``flatten_titles``.

Any line, long or not, is also cut where an item number is glued to the word before it
("Indholdsfortegnelse1. Fraværende", "handlingsplaner174. Godkendelse").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.parse.lines import Line
from graphbuild.vocab.near import finditer_after

FLAT_LENGTH = 1000  # a line this long is always read as a flattened page
PAGE_LENGTH = 600  # a document with a line this long whose text lies mostly in lines of
FLAT_SHARE = 0.6  # LONG_LINE characters or more is read as flattened; its lines of
LONG_LINE = 300  # SEGMENT_LENGTH or more are cut
SEGMENT_LENGTH = 150
_FEW_PAGES = 4  # a transcript of pages this many at least, each on its line, is flattened however short

# "12. Titel", "12 : Titel", "12 (Åben) Titel", "12 (Lukket) Titel", "12 Åbent Titel", "12.Titel": an item
# number with a title after it. Not after "(": "Jesper Frost (1. Viceborgmester)(V)" is a member's role.
_NUMBER = re.compile(
    r"(?<![\w.,/:(-])(?P<num>\d{1,3})(?:(?:\.(?!\d)|\s?:|\s+\((?P<mark>(?i:åben|åbent|lukket|lukket punkt))\)"
    r"|\s+(?P<bare>Åbent|Lukket)(?=\s+[A-ZÆØÅ]))\s+"
    r"|\.(?=[A-ZÆØÅ][a-zæøå]{2}))"  # "1.Valg af dirigent", "2.Orientering om udbud": the title glued to its number
    r"(?=[A-ZÆØÅÉ\"'“„«(]|\d+\.?\s+[A-ZÆØÅa-zæøå])"  # "89. 17 nye senior-egnede", "15. 2. udkast"
)
# "punkt 5. blev", "Bilag 1. Referat": a reference, not an item heading ("Sidenr." is a column label);
# "7. LUKKET PUNKT 8. Oplæg ...": a closed item's title, then the next item
_REFERENCE = re.compile(r"(?i)(?:(?<!lukket\s)punkt|pkt\.?|(?<!side)nr\.?|bilag|kl\.?)\s*$")
_SECTION_WORDS = (
    r"Sagsfremstilling|Beslutning|Indstilling|Resumé|Resume|Sagsforløb|Sagsresumé|Beslutningstema"
    r"|Indholdsfortegnelse|Bilagsliste|Underskriftsblad"
    r"|INDHOLDSFORTEGNELSE|BILAGSLISTE|UNDERSKRIFTSBLAD"  # "... besvaret. INDHOLDSFORTEGNELSE 1... Meddelelser"
)
# Section words cut before and after ("... sygdom Sagsfremstilling På baggrund ..."); labels only before.
# "Beslutning om udarbejdelse af ...", "Beslutning vedr. lån til ..." opens a title, not a section;
# "Beslutning i Byrådet den ..." is a dated decision heading, cut whole (_DATED_HEAD).
_SECTION = re.compile(
    rf"(?<=\s)(?:{_SECTION_WORDS}):?(?=\s+(?!om\s)(?!af\s)(?!vedr\.?\s|vedrørende\s)(?!i\s+[A-ZÆØÅ]\w+\s+(?:den|d\.)\s)\S)"
)
_LABEL = re.compile(
    r"(?<=\s)(?:Dok\.\s?nr\.|Sagsid\.|Sagsnr\.|Sagsnummer\b|J\.\s?nr\b\.?|Mødedato:|Mødested:|Mødetidspunkt:|Deltagere:?"
    r"|Afbud:|Fraværende:|Til\s+behandling\s+forelå:|(?<!Tekst\s)Side\s+\d+(?:\s+af\s+\d+)?\b(?!\.)"
    r"|(?:MØDE|STED|STARTTIDSPUNKT|SLUTTIDSPUNKT|PUNKTER|UDVALG|REFERAT|DAGSORDEN|INDSTILLING|BESLUTNING"
    r"|SAGSRESUMÉ|SAGSFREMSTILLING)\b)"
)
# "ÅBNE SAGER 39. Anmodning om ...", "DAGSORDEN Åbent møde: • Beslutning om ...", "Lukkede punkter:": a
# heading over the open or closed items, in capitals or not, cut before and after
_ITEMS_HEADING = re.compile(
    r"(?<=\s)(?:ÅBNE|LUKKEDE)\s+(?:SAGER|PUNKTER)\b(?=\s+\S)"
    r"|(?<=\s)(?:Åbne|Lukkede|Åbent|Lukket)\s+(?:sager|punkter|møde|dagsorden):?(?=\s+\S)"
)
_MONTH = f"(?:{'|'.join(DANISH_MONTHS)})"
_DAY = rf"(?:\d{{1,2}}[.\-/]\d{{1,2}}[.\-/]\d{{2,4}}|\d{{1,2}}\.\s*{_MONTH}\s+\d{{4}})"
# A body's dated decision heading inside a flattened page, cut before and after: "Økonomiudvalgets
# møde den 16. juli 2021:", "Beslutning i Byrådet den 26-01-2015", "Byrådet, 22.11.2016:".
_DATED_HEAD = re.compile(
    rf"(?<=\s)(?:Beslutning\s+i\s+(?-i:[A-ZÆØÅ])[\wæøå\-]+(?:\s+(?:og|for|i)\s+[\wæøå\-]+)*\s+(?:den|d\.)\s+{_DAY}\s*:?"
    rf"|(?-i:[A-ZÆØÅ])[\wæøå\-]+(?:\s+(?:og|for|i)\s+[\wæøå\-]+)*(?:s\s+møde)?(?:,\s*|\s+(?:den|d\.)\s+){_DAY}\s*:)"
    r"(?=\s+\S)",
    re.IGNORECASE,
)
# A body's decision heading dated and pointed to its item ("Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42"), as
# sections reads it on a line of its own, inside a flattened page: cut before and after, not inside a sentence
# ("behandlet i Økonomiudvalget, 18-09-2019, pkt. 153")
_POINTED_HEAD = re.compile(
    rf"(?<=\s)[A-ZÆØÅ][\wæøå\-]+(?:\s+(?:og|for|i)\s+[\wæøå\-]+)*,\s*{_DAY},\s*(?:pkt|punkt)\.?\s*\d{{1,4}}\s*:?(?=\s+\S)"
)
_NAMED_AFTER = re.compile(r"(?<![\w.])(?:i|af|til|fra|under|på|ved|jf\.|se|om|at|efter)\s+$")  # "behandlet i ..."
# "... 2 Punkt 135 Budget 2007 ...", "Punkt nr. 42: Forslag ...", "Nr.1 - Godkendelse", "Ad pkt. 1: ...": an
# explicitly labelled item heading inside a flattened page
_EXPLICIT_HEAD = re.compile(
    r"(?<=\s)(?:Ad\s+(?:pkt\.|punkt)\s*|Punkt(?:\s+nr\.)?|Pkt\.|Sag\s+nr\.|Nr\.)\s*\d{1,4}\b(?=\s*[:.\-–]?\s+[A-ZÆØÅ])"
)
# A word that binds to what follows ("at", "under", "jf."): a labelled number after it is named in a
# sentence ("..., at Sag nr. 7 - X udsættes", "drøftet under Punkt 4: X"), not an item's heading. "i" and
# "for" are not among them: a transcript drops the year after them ("KTC s studierejser i Pkt. 4 Årsmødet").
_IN_SENTENCE = re.compile(r"(?<![\w.])(?:at|om|under|jf\.|og|til|af|se|ved|med|fra|samt|eller|på|efter|end|som)\s+$")
# "Placering af antennemaster Sag nr. 104 (ØU 138/07)": an item's number under its title (with the
# committee's own case reference after it), the title after a sentence's end or a decision's word
_TITLED_CASE = re.compile(r"(?<=\s)Sag\s+nr\.\s*\d{1,4}\s+(?=\()")
_TITLE_BEFORE = re.compile(r"(?:[.!?:]\s+|^)(?P<title>[A-ZÆØÅ\"“„][^.!?:]{5,150}?)\s*$")
_TITLE_REACH = 160
# "... Side 6 ØU-56/07-D Budget på ...": a committee's coded case number heading an item
_CODED_HEAD = re.compile(r"(?<=\s)[A-ZÆØÅ]{2,4}-\d{1,3}/\d{2}(?:-[A-ZÆØÅ]{1,2})?(?=\s+[A-ZÆØÅ])")
# "Pkt. Tekst Side 1 Udpegning til ... 5 2 Nye medlemskandider ... 6 3 ...": a contents table whose
# columns (number, title, page) a transcript ran together; an item number follows a page number.
# "Punkt Indhold Bilag 1 Samarbejdet ... 2 Takster ...": a table without a page column, whose numbers
# follow each other one by one.
_TABLE_HEAD = re.compile(
    r"\b(?:Pkt\.|Punkt|Nr\.)\s+(?:Tekst|Indhold|Emne|Titel|Overskrift)(?:\s+(?P<page>Side)|\s+Bilag)?\b"
)
_TABLE_NUMBER = re.compile(r"(?<=\s)(\d{1,3})\s+(?=[A-ZÆØÅ\"“„])")
# "Indholdsfortegnelse", "Sagsoversigt": the heading over a contents list whose numbers stand bare
# A bare number before a capitalised word (white space before it is checked apart: the pattern opens
# with the digit, so a regex scan looks for digits only)
_BARE_NUMBER = re.compile(r"\d{1,3}(?=\s+[A-ZÆØÅ\"“„])")
_RUN_GAP = 400  # each number of a run this close after the one before (a title or two whose numbers were lost)
_RUN_STEP = 4  # a number at most this far above the one before
_RUN_LEAST = 3
_TABLE_LOOKAHEAD = 12  # table numbers looked at for the one after a yearly running first number
_CASE_LABEL_NEAR = re.compile(r"[^.:\n]{3,150}?\s(?:Sagsnr|Sagsnummer|Sagsid|Sags?\s?nr|J\.\s?nr|Dok\.\s?nr)\b")
_CONTENTS_WORD = re.compile(r"(?i)indholdsfortegnelse|punkter|dagsorden")
# "• Godkendelse af dagsorden • Virksomhedsbesøg • ...": a bullet list run together; three or more
# bullet glyphs close together are cut apart (a dash is not one: titles hold " - " too).
_BULLET = re.compile(r"(?<=\s)[•·▪●]\s+(?=[A-ZÆØÅ0-9\"“„])")
_BULLET_RUN = 3
_BULLET_GAP = 160
# "1. Godkendelse af referat ....... 3 1.1. 2. Siden sidst ....... 4 3.1. 3.2. Fælles EU kontor ..... 5":
# a contents list with dotted leaders and page numbers; a title ends after its page number, and a
# number standing before another number is one cell of a number column read apart from its titles
# "5a. Seniorrådets arbejdsgrupper", "1.a. Præsentation": a lettered item, added under the number before its letter
_LETTERED_NUMBER = re.compile(r"(?<![\w.,/:-])(\d{1,3})\.?[a-h]\.\s+(?=[A-ZÆØÅ])")
_LEADING_DIGITS = re.compile(r"\d{1,3}")
# from the first dot of a run only: a long run of dots is not tried again from each of its dots (quadratic)
_LEADER_PAGE = re.compile(r"(?<!\.)\.{3,}\s*\d{1,3}\b\s*")
_LEADER_RUN = 3
_NUMBER_CELLS = re.compile(r"(?<!\S)(?:\d{1,2}(?:\.\d{1,2})*\.\s+){2,}")
_NUMBER_CELL = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.\s+")
_COLUMN_REACH = 150  # the first number of the column stands this close before the first title's leader
# "Indholdsfortegnelse1. Fraværende": a number glued to the word before it.
# where an item number is glued to the word before it: "(?<=[a-zæøå])(?=\d{1,3}\.\s+[A-ZÆØÅ][a-zæøå])",
# written to open with the digit (a character class is scanned for at C speed); the same places
_GLUED = re.compile(r"\d(?<=[a-zæøå]\d)(?=\d{0,2}\.\s+[A-ZÆØÅ][a-zæøå])")


def flat_threshold(lines: list[Line]) -> int:
    """The length from which a line of this document is cut into segments."""
    lengths = [len(line.text) for line in lines]
    total = sum(lengths) or 1
    if max(lengths, default=0) >= PAGE_LENGTH and (
        sum(n for n in lengths if n >= LONG_LINE) / total >= FLAT_SHARE or _numbered_pages(lines)
    ):
        return SEGMENT_LENGTH
    if _numbered_pages(lines, _FEW_PAGES):
        return SEGMENT_LENGTH  # a short transcript, a page a line: "2 Indholdsfortegnelse …" "4 Side 2 2. …"
    return FLAT_LENGTH


# "2 Indholdsfortegnelse ...": a page of a transcript, on one line after its page number
_PAGE_START = re.compile(r"^(\d{1,3})\s+\S")


def _numbered_pages(lines: list[Line], pages: int = 2) -> bool:
    """Whether the long lines open with the page numbers 1, 2, ... in order: a transcript that put
    each page of a PDF on one line after its number, whatever text surrounds the pages. With
    ``pages`` more than 2: that many long pages at least, in order, a short page ("3 Side 1 1. KF -
    Godkendelse af dagsorden ... Godkendt.") skipped between two of them."""
    numbers = [int(m[1]) for line in lines if len(line.text) >= SEGMENT_LENGTH and (m := _PAGE_START.match(line.text))]
    if pages > 2:
        steps = [b - a for a, b in pairwise(numbers)]
        return len(numbers) >= pages and numbers[0] in (1, 2) and all(step in (1, 2) for step in steps)
    # the first page may be too short to count ("1 Referat fra møde i ..."): the pages from 2 on
    return len(numbers) >= 2 and numbers[0] in (1, 2) and numbers[1] == numbers[0] + 1


def _sequence_cuts(lines: list[Line], threshold: int) -> dict[int, list[int]]:
    """Offsets (within each flattened line) of item numbers that continue a running sequence."""
    found: list[tuple[int, int, re.Match[str]]] = []  # (line position, number, match)
    flattened = threshold < FLAT_LENGTH
    for position, line in enumerate(lines):
        if flattened or len(line.text) >= threshold:
            found.extend(
                (position, int(m["num"]), m)
                for m in _NUMBER.finditer(line.text)
                if not _REFERENCE.search(line.text[max(0, m.start() - 16) : m.start()])
            )
    cuts: dict[int, list[int]] = {}
    last = first = 0
    for k, (position, number, match) in enumerate(found):
        later = {n for _, n, _ in found[k + 1 :]}
        marked = match["mark"] is not None or match["bare"] is not None
        if last < number <= last + 3:
            accept = True
        elif number in (1, first):  # a new sequence (the items after their contents list) when the next follows
            accept = number + 1 in later
        elif last == 0:  # a yearly running number opening a contents list: "PUNKTER ... 135. Budget"
            before = lines[position].text[max(0, match.start() - 120) : match.start()]
            accept = marked or number + 1 in later or bool(_CONTENTS_WORD.search(before))
            # "156. Evaluering af bogbilordningen Sagsnr J.nr ...": a title over its case label
            accept = accept or _CASE_LABEL_NEAR.match(lines[position].text, match.end()) is not None
        else:  # a gap (closed items left out of public minutes) when the next number continues after it
            accept = number > last and (marked or (number + 1 in later and number <= last + 20))
        if accept:
            cuts.setdefault(position, []).append(match.start())
            first = first or number
            last = number
    return cuts


def _table_cuts(text: str) -> list[int]:
    """Cuts around a "Pkt. Tekst Side" header and before each item number of the table after it:
    the first number, then a number that continues the sequence right after a page number."""
    head = _TABLE_HEAD.search(text)
    if head is None:
        return []
    cuts = [head.start(), head.end()]
    last = 0
    matches = list(_TABLE_NUMBER.finditer(text, head.end()))
    for k, match in enumerate(matches):
        number = int(match[1])
        before = text[head.end() : match.start()].split()
        after_page = bool(before) and before[-1].isdigit()
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
        before = text[start : match.start()].split()
        if number < int(match[1]) <= number + 3 and bool(before) and before[-1].isdigit():
            return True
    return False


def _bare_runs(text: str) -> list[list[int]]:
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
        if _REFERENCE.search(text, max(0, at - 16), at) or text[max(0, at - 2) : at].strip() == ":":
            # "Pkt. 1 Godkendelse", "Bilag 1 Referat": a labelled number, cut as such or a reference;
            # "Møde nr.: 5 Mødedato:": a label's value
            continue
        number = int(match[0])
        open_runs = [run for run in runs if at - run[-1][1] <= _RUN_GAP]
        found.extend([a for _, a in run] for run in runs if at - run[-1][1] > _RUN_GAP and _a_list(run))
        # the run whose last number this one follows most closely
        following = [run for run in open_runs if run[-1][0] < number <= run[-1][0] + _RUN_STEP]
        if following:
            min(following, key=lambda run: number - run[-1][0]).append((number, at))
        else:
            open_runs.append([(number, at)])
        runs = open_runs
    found.extend([a for _, a in run] for run in runs if _a_list(run))
    return [run for run in found if not _numbered_by_one_word(text, run)]


def _inside_dotted_titles(run: list[int], dotted: list[int]) -> bool:
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


def _bullet_cuts(text: str) -> list[int]:
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


def _lettered_cuts(text: str, numbers: list[int]) -> list[int]:
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


def _leader_cuts(text: str) -> list[int]:
    """A contents list whose number column a text layer read apart from its titles (numbers in runs
    of two or more, then as many titles): cuts after each dotted leader's page number and after each
    number, so each stands on its own as the cells of the table did; in a line that holds three dotted
    leaders at least and a run of numbers."""
    if text.count("...") < _LEADER_RUN:
        return []
    ends = [m.end() for m in _LEADER_PAGE.finditer(text)]
    if len(ends) < _LEADER_RUN:
        return []
    runs = list(_NUMBER_CELLS.finditer(text, max(0, ends[0] - _COLUMN_REACH), ends[-1]))
    if not runs:
        return []  # titles run together between leaders ("Kulturmidler Ansøgning fra ...5"): the contents reader's
    # the numbers were read apart from the titles: each number of the list stands alone, also one
    # just before its title ("... 23-02-2015 1. Godkendelse af referat ....")
    start = text.rfind(" ", 0, max(0, ends[0] - _COLUMN_REACH)) + 1
    cells = [
        cell.end()
        for cell in _NUMBER_CELL.finditer(text, start, ends[-1])
        if not text[cell.start() - 1 : cell.start()].strip()
    ]
    return ends + cells


_ITEM_NUMBER_BEFORE = re.compile(r"\d{1,3}\.\s+$")

# where the patterns above that open with "(?<=\s)" may match: after white space, before the first letter of one of
# their alternatives (finditer_after: a long flattened line is scanned for these at C speed)
_BEFORE_SECTION = re.compile(r"\s(?=[SBIRU])")
_BEFORE_DATED_HEAD = re.compile(r"\s(?=[A-ZÆØÅb])")  # "Beslutning" in any case, or a capital
_BEFORE_ITEMS_HEADING = re.compile(r"\s(?=[ÅL])")
_BEFORE_LABEL = re.compile(r"\s(?=[ABDFIJMPRSTU])")
_BEFORE_EXPLICIT_HEAD = re.compile(r"\s(?=[APSN])")
_BEFORE_CAPITAL = re.compile(r"\s(?=[A-ZÆØÅ])")
_BEFORE_S = re.compile(r"\s(?=S)")


def _cuts_in(line: Line, sequence: list[int]) -> list[int]:
    text = line.text
    cuts = set(sequence)
    numbers = sorted(sequence)
    for match in finditer_after(_SECTION, text, _BEFORE_SECTION):
        # "54. Beslutning om genåbning ...": a title that starts with a section word stays whole
        if any(0 <= match.start() - n <= 6 and _ITEM_NUMBER_BEFORE.match(text[n : match.start()]) for n in numbers):
            continue
        cuts.add(match.start())
        cuts.add(match.end() + (len(text[match.end() :]) - len(text[match.end() :].lstrip())))
    for match in (
        *finditer_after(_DATED_HEAD, text, _BEFORE_DATED_HEAD),
        *finditer_after(_ITEMS_HEADING, text, _BEFORE_ITEMS_HEADING),
    ):
        cuts.add(match.start())
        cuts.add(match.end() + (len(text[match.end() :]) - len(text[match.end() :].lstrip())))
    for match in finditer_after(_POINTED_HEAD, text, _BEFORE_CAPITAL):
        if not _NAMED_AFTER.search(text, max(0, match.start() - 8), match.start()):
            cuts.add(match.start())
            cuts.add(match.end() + (len(text[match.end() :]) - len(text[match.end() :].lstrip())))
    for match in finditer_after(_LABEL, text, _BEFORE_LABEL):
        cuts.add(match.start())
        if match[0].startswith("Side"):  # "Side 3 1. KB - Spørgetid": a page label never opens a title
            cuts.add(match.end() + (len(text[match.end() :]) - len(text[match.end() :].lstrip())))
    for match in (
        *finditer_after(_EXPLICIT_HEAD, text, _BEFORE_EXPLICIT_HEAD),
        *finditer_after(_CODED_HEAD, text, _BEFORE_CAPITAL),
    ):
        if _IN_SENTENCE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "Godkendt med den ændring, at Sag nr. 7 - Ældrerådsvalg udsættes": a reference in a sentence
        cuts.add(match.start())
    for match in finditer_after(_TITLED_CASE, text, _BEFORE_S):
        # "Godkendt. Placering af antennemaster for mobiltelefoni Sag nr. 104 (ØU 138/07) Sagens kerne ...":
        # the item's number under its title, the title after the sentence before it
        title = _TITLE_BEFORE.search(text, max(0, match.start() - _TITLE_REACH), match.start())
        if title is not None:
            cuts.update((title.start("title"), match.start()))
    cuts.update(_lettered_cuts(text, numbers))
    cuts.update(_bullet_cuts(text))
    cuts.update(_table_cuts(text))
    cuts.update(_leader_cuts(text))
    return sorted(c for c in cuts if 0 < c < len(text))


def resegment(lines: list[Line], threshold: int | None = None) -> tuple[list[Line], set[int]]:
    """The lines with flattened ones cut into segments (re-indexed), and the indexes of the lines
    that begin at a cut (they start a new line in all but the text's own line breaks). ``threshold``: the lines'
    ``flat_threshold`` if the caller has it (it reads every line)."""
    threshold = flat_threshold(lines) if threshold is None else threshold
    sequence = _sequence_cuts(lines, threshold)
    numbered = _numbered_pages(lines)
    cuts_at = _glued_cuts(lines)
    shortest = min(threshold, SEGMENT_LENGTH) if numbered else threshold  # shorter lines have no other cut
    for position in {*sequence, *(p for p, line in enumerate(lines) if len(line.text) >= shortest)}:
        text = lines[position].text
        cuts = cuts_at.setdefault(position, set())
        page = _PAGE_START.match(text) if numbered and len(text) >= SEGMENT_LENGTH else None
        if page:  # "3 Vordingborg Kommune ...": the page number alone, never an item's number
            cuts.add(page.end() - 1)
        cuts.update(c for c in sequence.get(position, []) if c > 0)
        if len(text) >= threshold:
            cuts.update(_cuts_in(lines[position], sequence.get(position, [])))
            # a "Pkt. Tekst Side" table is read by its columns: its page numbers run up as its item numbers do
            for run in _bare_runs(text) if _TABLE_HEAD.search(text) is None else []:
                if _inside_dotted_titles(run, sequence.get(position, [])):
                    continue
                cuts.update(c for c in run if c > 0)
                # "1 Lokalplan og Kommuneplantillæg 8. Forslag 2 Lokalplan ...": in a list numbered bare, a
                # number with a full stop inside a title is the title's own
                inside = {c for c in sequence.get(position, []) if run[0] < c < run[-1] + _RUN_GAP and c not in run}
                cuts.difference_update(inside)
        if not cuts:
            del cuts_at[position]
    if not cuts_at and all(line.index == position for position, line in enumerate(lines)):
        return lines, set()  # nothing flattened or glued: the lines as they are
    out: list[Line] = []
    cut_starts: set[int] = set()
    for position, line in enumerate(lines):
        text = line.text
        if position not in cuts_at:
            # a line before the first cut keeps its index: the same line (and its cleaned text) serves
            out.append(line if line.index == len(out) else Line(text, line.start, len(out)))
            continue
        bounds = [0, *sorted(cuts_at[position]), len(text)]
        for a, b in pairwise(bounds):
            piece = text[a:b]
            stripped = piece.rstrip()
            lead = len(piece) - len(piece.lstrip())
            if not stripped.strip():
                continue
            if a > 0:
                cut_starts.add(len(out))
            out.append(Line(stripped[lead:], line.start + a + lead, len(out)))
    return out, cut_starts


def _glued_cuts(lines: list[Line]) -> dict[int, set[int]]:
    """Where an item number is glued to the word before it, by line position: one pass over the lines
    joined, each hit confirmed in its own line (in the joined text the look-ahead's white space may run
    on over a line break; in its line a hit is what a pass over the line alone finds)."""
    joined = "\n".join(line.text for line in lines)
    found: dict[int, set[int]] = {}
    if _GLUED.search(joined) is None:
        return found  # most texts glue no number: the lines' offsets are not worked out
    starts: list[int] = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line.text) + 1
    for match in _GLUED.finditer(joined):
        position = bisect_right(starts, match.start()) - 1
        text, at = lines[position].text, match.start() - starts[position]
        if len(text) > 4 and _GLUED.match(text, at):
            found.setdefault(position, set()).add(at)
    return found
