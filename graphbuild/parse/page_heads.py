"""A page's running head inside a flattened transcript, blanked before items are looked for.

A PDF text layer flattened one page a line (docplayer.dk's transcripts) opens each page with its page number and
the head the page prints: the body's name, the date, "Side N", a label whose value was lost ("Færgeudvalget
Grenaa - Anholt færgefart", "Vordingborg Kommune Dato Side Erhvervsudvalget", "Bornholms Regionskommune Tirsdag
den side 3"). Read as text, the page number and the head open an item ("2 Færgeudvalget Grenaa - Anholt
færgefart") or run on before an item's title. The head is known by repetition: the same words (numbers aside) after
the page number of two pages or more. Those words are replaced by spaces, line breaks and page numbers kept, so
every offset stays true; the header still reads the document's own text.

Guards: the head ends before a number that is no date's and no page's ("Punkt: 1", "SAG NR. 2", "1. Godkendelse"):
an item's number a page prints in its head is the item's; it ends before an item's or a section's word ("Punkt",
"Sag", "Sagsfremstilling"); and it holds a meeting's mark (a body's noun, a municipality, a month, "Side", "Dato"):
an item's title or a contents heading that two pages open with alike is kept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.vocab.bodies import ends_in_body_noun

# a page's line: its number, then the page's first words
_PAGE_LINE = re.compile(r"^(\d{1,3})[ \t]+(?=\S)", re.MULTILINE)
_WORD = re.compile(r"\S+")
_HEAD_WORDS = 12  # a head is read within the first words of a page
_MIN_PAGES = 2
_PAGE_LENGTH = 150  # a flattened page's line runs this long at least (a numbered list's entry seldom does)
_MONTHS = frozenset(DANISH_MONTHS)
_YEAR = re.compile(r"(?:19|20)\d\d[.,:]?")
_DAY = re.compile(r"[0-3]?\d\.")  # "13." before a month
_PAGE_WORDS = frozenset({"side", "side:"})
# a word that opens an item's heading or a section: the head ends before it
_ITEM_WORD = re.compile(
    r"(?i)(?:punkt|pkt\.?|sag|sagsnr\.?|nr\.?|sagsfremstilling|beslutning|indstilling|resumé|indholdsfortegnelse"
    r"|dagsorden|referat)[:.]?"
)
# the marks of a meeting's page head: a month, a page's label, a date's label, a municipality, a body
_MARK_WORDS = frozenset({"side", "dato", "mødedato", "kommune", "regionskommune"})
_BODY_REACH = 2  # a body's name opens a head: its noun in its first two words
_DIGITS = re.compile(r"\d+")  # a page number or a day, folded to "#"


def _shape(word: str) -> str:
    """A word with its digits folded: page numbers and days differ from page to page."""
    return _DIGITS.sub("#", word)


def _head_length(words: list[str]) -> int:
    """How many of a head's words may be blanked: up to a number that is no date's or page's, or an item's word."""
    for position, word in enumerate(words):
        if _ITEM_WORD.fullmatch(word):
            return position
        if any(char.isdigit() for char in word):
            before = words[position - 1].lower() if position else ""
            after = words[position + 1].lower().rstrip(".,") if position + 1 < len(words) else ""
            dated = (_DAY.fullmatch(word) is not None and after in _MONTHS) or (
                _YEAR.fullmatch(word) is not None and before.rstrip(".,") in _MONTHS
            )
            of_pages = before == "af" and position >= 2 and words[position - 2].isdigit()  # "Side 2 af 21"
            if not dated and not of_pages and before not in _PAGE_WORDS:
                return position
    return len(words)


def _marked(words: list[str]) -> bool:
    """Whether a head names a meeting's page: a month, a page's or date's label or a municipality anywhere in it, or a
    body's name opening it ("Færgeudvalget Grenaa …", "Allerød Byråd …"); a title that names a body later, "Orientering
    om samarbejdet med Handicaprådet", is no head."""
    for position, word in enumerate(words):
        bare = word.strip(",.:;()").lower()
        if bare in _MARK_WORDS or bare in _MONTHS:
            return True
        if position < _BODY_REACH and word[:1].isupper() and ends_in_body_noun(word.strip(",.:;()")):
            return True
    return False


def blank_page_heads(text: str) -> str:
    """The text with the running head repeated after two or more pages' numbers blanked; else the text."""
    pages: list[tuple[int, list[re.Match[str]]]] = []  # each page's first words, from where its head starts
    matches = list(_PAGE_LINE.finditer(text))
    for position, match in enumerate(matches):
        end = text.find("\n", match.end())
        line_end = len(text) if end < 0 else end
        if line_end - match.start() < _PAGE_LENGTH and position + 1 < len(matches):
            continue  # a numbered line of a list, no flattened page (the last page may be cut short)
        words = []
        for word in _WORD.finditer(text, match.end(), line_end):
            words.append(word)
            if len(words) == _HEAD_WORDS:
                break
        pages.append((int(match.group(1)), words))
    if len(pages) < _MIN_PAGES:
        return text
    by_start: dict[tuple[str, str], list[tuple[int, list[re.Match[str]]]]] = defaultdict(list)
    for number, words in pages:
        if len(words) >= 2:
            by_start[(_shape(words[0].group()), _shape(words[1].group()))].append((number, words))
    spans: list[tuple[int, int]] = []
    for numbered in by_start.values():
        numbers = [number for number, _words in numbered]
        if len(numbered) < _MIN_PAGES or any(b <= a for a, b in pairwise(numbers)):
            continue  # pages number up; one page, or numbers that do not, are no running head's
        group = [words for _number, words in numbered]
        shapes = [[_shape(word.group()) for word in words] for words in group]
        common = 0
        while all(len(s) > common for s in shapes) and len({s[common] for s in shapes}) == 1:
            common += 1
        for words in group:
            head = [word.group() for word in words[:common]]
            # a head that goes on to an item's number or word ("Økonomiudvalget Punkt: 1", "… SAG NR. 2") is the
            # item's heading, printed on each of its pages: kept whole
            if _head_length(head) < len(head) or not _marked(head):
                continue
            spans.append((words[0].start(), words[common - 1].end()))
    if not spans:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in sorted(spans):
        pieces.append(text[last:start])
        pieces.append(" " * (end - start))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
