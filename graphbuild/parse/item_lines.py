"""What the item readers share: a candidate item heading, a contents entry, and reading a title off a line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graphbuild.parse.lines import Line, clean
from graphbuild.parse.sections import heading_kind, inline_heading
from graphbuild.vocab.kept_answers import kept_for_short_texts
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES
from graphbuild.vocab.sentence_abbreviations import (
    ABBREVIATIONS,
    AMOUNT_UNITS,
    DEPARTMENT,
    PARAGRAPH,
    PER,
    abbreviation_alternation,
)
from graphbuild.vocab.text_patterns import BULLET as BULLET_MARK


@dataclass(frozen=True)
class NumberWord:
    """A word an item's number follows at a line's start ("Punkt 3", "Pkt. 3", "Sag nr. 3")."""

    pattern: str  # case-insensitive
    kind: str  # the prefix the learned item model reads it as
    heading_guard: str = ""  # what the heading rules also ask of what follows it; the model reads it regardless


# The forms of an item's number, one table for the heading rules (EXPLICIT) and the learned item model's lines
# (item_features), so the model reads the forms the rules read.
NUMBER_WORDS = (
    NumberWord(r"punkt(?:\s+nr\.?)?:?", "punkt"),
    NumberWord(r"pkt\.?", "pkt"),
    NumberWord(r"nr\.?", "nr"),
    NumberWord(r"sag\s*nr\.?", "sag"),
    NumberWord(r"sagsnr\.?", "sag", r"\s*(?=\d{1,4}\b(?![-/.]\d))"),
    # "Sag 1: Titel", "SAG 3 - Titel": the bare word only before a number, a mark and a title ("Sag 3 udgår." is none)
    NumberWord(r"sag", "sag", r"(?=\s*\d{1,3}\s*[:.\-–)]\s*(?-i:[A-ZÆØÅ0-9\"“„«]))"),
)
# what may lead into a number word: "Dagsordenspunkt 3", "Ad pkt. 3"
NUMBER_LEAD = r"(?:dagsordens?|ad\s+)?"
# "Ad 3)": an item's text under its number alone, its title listed above (the model reads "Ad 3" in any form)
AD_NUMBER = r"ad\s+"
AD_NUMBER_GUARD = r"(?=\d{1,3}\)\s*$)"
# the number itself: up to four digits, no part of a date, a decimal or a case number ("2.1", "17/10438")
ITEM_NUMBER = r"(?P<num>\d{1,4})(?![-/.]?\d)"
EXPLICIT = re.compile(
    rf"(?i)^(?:{AD_NUMBER}{AD_NUMBER_GUARD}|{NUMBER_LEAD}"
    rf"(?:{'|'.join(w.pattern + w.heading_guard for w in NUMBER_WORDS)}))"
    rf"\s*{ITEM_NUMBER}\s*[:.\-–)]?\s*(?P<title>.*)$"
)


BARE = re.compile(r"^(?P<num>\d{1,3})\s?(?:[.]|\s?:|\s[-–])\s+(?P<title>[A-ZÆØÅÉ0-9\"'“„«(].*)$")


# "16 Titel", also "314 1. behandling af budget" (a title that opens with an ordinal)
PLAIN = re.compile(r"^(?P<num>\d{1,3})\s+(?P<title>(?:[A-ZÆØÅÉ\"“„«][\w\"“„«]|\d{1,2}\.\s+[a-zæøå]{3,}\s).*)$")


# a list's point: a bullet, white space, then its text
BULLET = re.compile(rf"^\s*{BULLET_MARK}\s+\S")
TAB_ROW = re.compile(r"^\s*(?P<num>\d{1,3})\.?\t+(?P<title>[^\t]+)")
# a contents line's title before its dotted leader and page ("Budget 2020 ........ 5"). (Each run read once: the
# lazy title never ends after a blank, nor between two dots, but at its first character, where the rest reads on as
# from one character earlier, which it reaches first; the runs possessive, what follows each opening with no dot or
# blank it eats; as `.+?` then `\s*\.{4,}` from each end inside a run of blanks or dots, quadratic: 0.35 s at 4,000)
LEADER = re.compile(r"^(?P<title>.+?)(?:(?<=^.)|(?<!\s)(?!(?<=\.)\.))\s*+\.{4,}+\s*+\d*+\s*+$")
# A contents list's heading, lower-cased: "indholdsfortegnelse", "indhold", "dagsorden", "punkter",
# "dagsordenspunkter", "åbne punkter", "punkter til/på dagsorden(en)", "oversigt over punkter/sager",
# "sagsoversigt", "oversigtsdagsorden", with "side" after it (the page column's label)
_TOC_HEADING = re.compile(
    r"(?:indholdsfortegnelse|indhold|(?:oversigts)?dagsorden(?:en)?|sagsoversigt|oversigt\s+over\s+(?:punkter|sager)"
    r"|(?:(?:åbne|lukkede)\s+)?(?:dagsordens?)?punkter(?:\s+(?:til|på)\s+dagsorden(?:en)?)?)(?:\s+side)?"
)


def is_toc_heading(key: str) -> bool:
    """Whether a line's lower-cased text (colon and page number left out) heads a contents list."""
    return _TOC_HEADING.fullmatch(key) is not None


# "Punkt  Indhold", "Pkt. Tekst" and "Pkt. Tekst Side" (number, title and page columns of a contents table)
TABLE_HEADER = re.compile(r"(?i)^(?:punkt|pkt\.?)\s*\t?\s*(?:indhold|emne|titel|overskrift|tekst)\b")
NOT_ENTRY = re.compile(
    r"(?i)^(?:underskrift\w*|(?:samlet\s+)?bilagsliste|bilagsoversigt|bilag|side(?:\s+\d+)?|deltagerfortegnelse|deltagerliste"
    r"|deltagere"
    # a contents table's column labels: "Sag Tekst Sidenr.", "Sidenr Sagsnr. Side", "Pkt. Tekst Side"
    r"|(?:(?:sag|sagsnr|sag\s+nr|nr|pkt|punkt|tekst|emne|side|sidenr)\.?\s+){1,3}(?:tekst|emne|side|sidenr)\.?)\.*$"
)
# "18. Underskriftsblad", "20. Underskriftsside": the minutes' signature page, numbered as the last item by some
# portals; a page of the document, no item of the meeting
SIGNATURE_PAGE = re.compile(r"(?i)^underskrift(?:sblad|sside|er)[\s.:]*$")
PAGE = re.compile(r"(?i)^(?:side\s*)?\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?$")
# A page's running footer read as a contents entry: its page mark ends it ("Dagsorden til LBR-møde 17. august side 1
# af", the last page number taken apart) or opens it before the next page's number ("Side 2 1")
PAGE_FOOTER = re.compile(r"(?i)(?:^|\s)side\s+\d{1,3}(?:\s+af)?(?:\s+\d{1,3})?\.?$")
ONE_TITLE = 120  # a contents title is seldom longer


_CLOSED_PREFIX = re.compile(r"(?i)^\(?(?:lukket(?:\s+punkt)?|fortroligt|lukket\s+sag)\)?\s*[:\-–]\s*(?P<rest>.+)$")
_CLOSED_SUFFIX = re.compile(r"(?i)\s*[\(\[\-–]\s*(?:lukket(?:\s+punkt)?|fortroligt)\s*[\)\]]?\s*$")
CLOSED_LINE = re.compile(r"(?i)^(?:lukket|lukket punkt|lukket sag|fortroligt|fortroligt punkt|ikke offentlig)$")


_MARK = re.compile(
    r"(?i)^(?:\((?P<mark>åben|åbent|lukket|lukket punkt)\)\s*|(?-i:(?P<bare>Åbent|Lukket)\s+(?=[A-ZÆØÅ])))"
)
_PRESENTER = re.compile(r"\s+v\.\s+[A-ZÆØÅ][\w\-æøå]+(?:\s+(?:og\s+)?[A-ZÆØÅ][\w\-æøå]+)*\s*$")
INLINE_INDSTILLING = re.compile(r"(?i)[\s*_]+(?=det\s+indstilles\b)")


_HTML_TAG = re.compile(r"<\s*/?\s*(?:br|strong|b|i|em|p|span)\s*/?\s*>", re.IGNORECASE)
_PORTAL_TAIL = re.compile(r"(?i)\s*klik her\b.*$")
# the letters the case-blind _PORTAL_TAIL also reads as "i" and lower-casing does not turn into it: a title that holds
# neither them nor "klik" is not searched with the pattern, which opens with white space and is tried at every place
_PORTAL_LOOKALIKES = ("ı", "İ")
_PROPOSER = re.compile(r"\s(?=[A-ZÆØÅ][\wæøå\-]+\s+(?:indstiller|foreslår|anbefaler|orienterer)\b)")


# the items an agenda of minutes holds at nearly every meeting, at a heading's start
STANDING_ITEM = re.compile(
    r"(?i)^(?:godkendelse\s+af\s+(?:referat|dagsorden|protokol)|referat(?:et)?\s+fra\s+(?:sidste|forrige)\s+møde"
    r"|eventuelt|evt\b|næste\s+møde|meddelelser|orientering|information\s+fra|nyt\s+fra|siden\s+sidst|økonomi|regnskab|budget"
    r"|valg\b|konstituering|(?:bestyrelsens\s+|formandens\s+)?beretning|indkomne\s+forslag|øvrigt|diverse"
    r"|kommende\s+(?:punkter|møder))"
)

AD_ITEM = re.compile(r"(?i)^ad\s+(?:punkt|pkt|\d)")  # "Ad pkt. 1:", "Ad 3)": the item's text, its title listed above


# "afd. Elmehaven", "pr. 30. juni": an abbreviation's full stop, no sentence end
# besides the shared abbreviations, a title's own: "afd.", "pr.", "stk." ("§ 17 stk. 4 udvalg")
_TITLE_WORDS = ABBREVIATIONS | {DEPARTMENT, PER, PARAGRAPH}
ABBREVIATION = re.compile(rf"\b(?:{abbreviation_alternation(_TITLE_WORDS | AMOUNT_UNITS)})\.")
# the abbreviations a title holds before a capitalised word; an amount's "kr." or "mio." may end a sentence
TITLE_ABBREVIATION = re.compile(rf"\b(?:{abbreviation_alternation(_TITLE_WORDS)})\.(?=\s)")
SENTENCE_BREAK = re.compile(r"(?<!\b[SsNnØøVv])[a-zæøå]{2}\.\s+[A-ZÆØÅ][a-zæøå]")


# Lines a portal prints between an item's title and its first heading
ITEM_LABEL = re.compile(
    r"(?i)^(?:(?:sags?nr|sagsnummer|sagsid|dok\.?\s?nr|j\.?\s?nr|journalnr|initialer)\.?\s*:?.*|åben(?:t)?(?:\s+(?:punkt|sag))?"
    r"|lukket(?:\s+(?:punkt|sag))?|beslutningssag|orienteringssag|drøftelsessag)$"
)


_NUMERIC_DATE = re.compile(r"\d{1,4}(?:[.\-/]\d{1,4}){1,2}\.?")  # "den 06.03.2017 Dagsorden godkendt"
# Words that open a sentence and never stand capitalised inside a title
_SENTENCE_OPENERS = {
    "Der", "Det", "Vi", "Han", "Hun", "Man", "Dette", "Denne", "Disse", "Sagen", "Punktet", "Formålet", "Baggrunden",
    "Forvaltningen", "Administrationen",
}  # fmt: skip


_FUNCTION_WORDS = {
    "af", "for", "i", "til", "om", "med", "på", "fra", "ved", "v.", "og", "samt", "eller", "mellem",
    "den", "det", "de", "en", "et", "vedr.", "vedrørende", "under", "over", "efter", "mod", "hos", "-", "–",
}  # fmt: skip


@dataclass
class Candidate:
    number: str
    title: str
    line: Line
    explicit: bool
    title_line: Line | None = None  # a title on the line above "Sag nr. 130"; an untitled item's first line
    untitled: bool = False  # an item whose heading the text lost: no title is looked for


@dataclass
class ContentsEntry:
    number: str | None
    title: str
    line: Line
    printed: bool = True  # the number stands in the document (else it is implied by the entry's place)
    public: bool = True  # False under a "Lukkede" group heading of the list


def without_tags(text: str) -> str:
    """HTML tags a PDF-to-web viewer left in the text ("Titel<br />") removed."""
    return _HTML_TAG.sub(" ", text).strip() if "<" in text else text


@kept_for_short_texts(400)
def title_from(raw: str) -> str:
    """The title a line's text reads as: tags, a leader, a portal's link tail and a Lukket mark dropped. Several item
    readers ask it of the same lines (the headings, the contents entries, the titles compared with them): a line's
    answer is kept (an immutable string; a line longer than 400 characters is read each time, so no flattened page
    is held)."""
    # each pattern needs a character the text may lack: a tag its "<", a leader its four dots
    title = clean(_HTML_TAG.sub(" ", raw) if "<" in raw else raw)
    leader = LEADER.match(title) if "...." in title else None
    if leader:
        title = leader["title"]
    if "klik" in title.lower() or any(ch in title for ch in _PORTAL_LOOKALIKES):
        title = _PORTAL_TAIL.sub("", title)
    title = _MARK.sub("", title)
    return title.strip(" :.,-–") if not title.endswith(("..", "?")) else title.strip(" :,-–")


_YEAR_DOT = re.compile(r"\d{4}\.")


def flat_title(raw: str) -> str:
    """The title at the head of a flattened segment: up to the first capitalised word after an
    ordinary lower-case word (where the body text begins), or the first sentence end."""
    proposer = _PROPOSER.search(raw)  # "... Interessevaretagelse Sekretariatet indstiller, at ..."
    if proposer:
        raw = raw[: proposer.start()]
    words = raw.split()
    for k in range(1, len(words)):
        before, word = words[k - 1], words[k]
        if (
            before.endswith("?")
            or _YEAR_DOT.fullmatch(before)
            or (word in _SENTENCE_OPENERS and before.lower() not in _FUNCTION_WORDS)
        ):
            # "Klagesag til Statsforvaltningen? Udskudt ...", "Ældrerådsvalg 2017. Ældrerådet har ...",
            # "Vestegnstræf i Ballerup Der afholdes ..."
            return " ".join(words[:k]).rstrip(".")
        if (
            word[:1].isupper()
            and not word.isupper()
            and (before.islower() or before.isdigit() or _NUMERIC_DATE.fullmatch(before) is not None)
            and before.lower() not in _FUNCTION_WORDS
            and not before.endswith(",")
            and len(before) > 2
        ):
            return " ".join(words[:k])
    match = SENTENCE_BREAK.search(raw)
    return raw[: match.start() + 3] if match else raw[:150]


def previous_text(lines: list[Line], index: int) -> Line | None:
    for line in reversed(lines[max(0, index - 4) : index]):
        if line.text.strip():
            return line
    return None


def next_text(lines: list[Line], index: int, reach: int = 4) -> Line | None:
    for line in lines[index + 1 : index + 1 + reach]:
        if line.text.strip():
            return line
    return None


def is_heading(cleaned: str) -> bool:
    return heading_kind(cleaned) is not None or inline_heading(cleaned) is not None


_LOOKALIKE = re.compile(f"[{''.join(CASE_BLIND_LOOKALIKES)}]")


@lru_cache(maxsize=4096)
def clean_title(raw: str) -> tuple[str, bool, str]:
    """(title, public, remainder): drops Lukket markers, a presenter and an inline indstilling."""
    mark = _MARK.match(clean(raw))
    title = title_from(raw)
    remainder = ""
    # the searches below are tried at each blank: each is asked only of a title holding its word (lower case, or a
    # letter the case-blind patterns read as another) or, for the presenter, "v."
    low, blind = title.lower(), _LOOKALIKE.search(title) is not None
    split = INLINE_INDSTILLING.search(title) if blind or "indstilles" in low else None
    if split:
        title, remainder = title[: split.start()], title[split.end() :]
    public = not (mark and (mark["mark"] or mark["bare"]).lower().startswith("lukket"))
    closed = _CLOSED_PREFIX.match(title)
    if closed:
        title, public = closed["rest"], False
    elif CLOSED_LINE.match(title):
        public = False
    elif (blind or "lukket" in low or "fortroligt" in low) and _CLOSED_SUFFIX.search(title):
        title, public = _CLOSED_SUFFIX.sub("", title), False
    title = (_PRESENTER.sub("", title) if "v." in title else title).strip(" *_:-–")
    return title, public, remainder


_NUMBER_PART = re.compile(r"\d+")
_LETTER_SUFFIX = re.compile(r"(?:(?<=[\d.])|(?<=\d\s))[a-h]$")  # "3a", "3.b", "3 a"


@lru_cache(maxsize=4096)
def number_key(number: str) -> tuple[int, ...]:
    """The number's sort key: 12 -> (12,), 3.1 -> (3, 1), 2b and 2 b -> (2, 2) (a lettered item after its number).
    Kept: every sort of items and entries asks it of the same few numbers (an immutable tuple)."""
    digits = tuple(int(part) for part in _NUMBER_PART.findall(number)) or (0,)
    letter = _LETTER_SUFFIX.search(number)
    return (*digits, ord(letter[0]) - ord("a") + 1) if letter else digits


# a hyphen a line break left a blank after, "ny 2030- fremskrivning": the word goes on ("2030-fremskrivning")
_WRAPPED_HYPHEN = re.compile(r"(?<=\w)- (?=\w)")


def same_title(a: str, b: str) -> bool:
    x, y = (_WRAPPED_HYPHEN.sub("-", " ".join(clean_title(t)[0].lower().split())) for t in (a, b))
    return bool(x) and bool(y) and (x == y or (min(len(x), len(y)) >= 12 and (x.startswith(y) or y.startswith(x))))
