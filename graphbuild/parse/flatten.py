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

The cuts of lists, tables and bullets are found by ``flat_lists``. A contents page whose numbers were lost is
cut into titles by ``flatten_titles``.

Any line, long or not, is also cut where an item number is glued to the word before it
("Indholdsfortegnelse1. Fraværende", "handlingsplaner174. Godkendelse").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.parse.flat_lists import (
    REFERENCE,
    RUN_GAP,
    TABLE_HEAD,
    bare_runs,
    bullet_cuts,
    inside_dotted_titles,
    leader_cuts,
    lettered_cuts,
    table_cuts,
)
from graphbuild.parse.flatten_glued_sections import glued_section_cuts
from graphbuild.parse.flatten_lower_case_entries import lower_case_cuts
from graphbuild.parse.flatten_one_entry_lists import one_entry_cuts
from graphbuild.parse.flatten_room_numbers import room_number
from graphbuild.parse.flatten_run_in import run_in_cuts
from graphbuild.parse.item_parenthesised_flat import parenthesised_cuts
from graphbuild.parse.lines import Line, start_without_space
from graphbuild.parse.page_number_prose import page_number_in_prose
from graphbuild.vocab.near import finditer_after

FLAT_LENGTH = 1000  # a line this long is always read as a flattened page
PAGE_LENGTH = 600  # a document with a line this long whose text lies mostly in lines of
FLAT_SHARE = 0.6  # LONG_LINE characters or more is read as flattened; its lines of
LONG_LINE = 300  # SEGMENT_LENGTH or more are cut
SEGMENT_LENGTH = 150
_FEW_PAGES = 4  # a transcript of pages this many at least, each on its line, is flattened however short

# "12. Titel", "12 : Titel", "12 (Åben) Titel", "12 (Lukket) Titel", "12 Åbent Titel", "12.Titel": an item
# number with a title after it. Not after "(": "Jesper Frost (1. Viceborgmester)(V)" is a member's role. The test of
# the character before is made after the first digit (a pattern that opens with a look-behind is tried at every
# position; one that opens with a digit, only at digits): the same matches.
_NUMBER = re.compile(
    r"(?P<num>\d(?<![\w.,/:(-]\d)\d{0,2})(?:(?:\.(?!\d)|\s?:|\s+\((?P<mark>(?i:åben|åbent|lukket|lukket punkt))\)"
    r"|\s+(?P<bare>Åbent|Lukket)(?=\s+[A-ZÆØÅ]))\s+"
    r"|\.(?=[A-ZÆØÅ][a-zæøå]{2}))"  # "1.Valg af dirigent", "2.Orientering om udbud": the title glued to its number
    r"(?=[A-ZÆØÅÉ\"'“„«(]|\d+\.?\s+[A-ZÆØÅa-zæøå])"  # "89. 17 nye senior-egnede", "15. 2. udkast"
)
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
    r"|Afbud:|Fraværende:|Medlemmer:|Til\s+behandling\s+forelå:|(?<!Tekst\s)Side\s+\d+(?:\s+af\s+\d+)?\b(?!\.)"
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
# "Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022: Henning Holm", "Afbud til Økonomiudvalget den 3. maj
# 2021:": who was absent, dated as a decision heading is; the dated body after the label is no decision heading
_ATTENDANCE_LABEL_BEFORE = re.compile(
    r"(?<![\w])(?:Fraværende|Fravær|Afbud|Ikke\s+til\s+stede|Til\s+stede|Tilstede|Deltog|Deltagere|Fremmødte|Mødt)"
    r"\s+(?:i|fra|til|ved|på)\s+(?:[A-ZÆØÅ][\wæøå\-]*\s+){0,3}$"
)
_LABEL_REACH = 80  # the label and up to three words of the body's name before the dated body
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
_CASE_LABEL_NEAR = re.compile(r"[^.:\n]{3,150}?\s(?:Sagsnr|Sagsnummer|Sagsid|Sags?\s?nr|J\.\s?nr|Dok\.\s?nr)\b")
_CONTENTS_WORD = re.compile(r"(?i)indholdsfortegnelse|punkter|dagsorden")
# "Indholdsfortegnelse1. Fraværende": a number glued to the word before it.
# where an item number is glued to the word before it: "(?<=[a-zæøå])(?=\d{1,3}\.\s+[A-ZÆØÅ][a-zæøå])",
# written to open with the digit (a character class is scanned for at C speed); the same places
_GLUED = re.compile(r"\d(?<=[a-zæøå]\d)(?=\d{0,2}\.\s+[A-ZÆØÅ][a-zæøå])")
# the full stop after such a number, found where _GLUED finds one (a text has fewer full stops after a digit than
# digits): whether a text glues a number at all is asked of this one
_GLUED_STOP = re.compile(
    r"\.(?=\s+[A-ZÆØÅ][a-zæøå])(?<=\d\.)(?:(?<=[a-zæøå]\d\.)|(?<=[a-zæøå]\d\d\.)|(?<=[a-zæøå]\d\d\d\.))"
)


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
    if _one_numbered_page(lines):
        return SEGMENT_LENGTH  # "1 1. Godkendelse af dagsorden Beslutning Tilstede var: …": one short page, one line
    return FLAT_LENGTH


# "2 Indholdsfortegnelse ...": a page of a transcript, on one line after its page number
_PAGE_START = re.compile(r"^(\d{1,3})\s+\S")


def _one_numbered_page(lines: list[Line]) -> bool:
    """Whether the text is one page a transcript put on one line after its page number 1, too short for a flattened
    page's length: its only line of text opens with "1 " and runs to LONG_LINE characters or more."""
    texts = [line.text for line in lines if line.text.strip()]
    return len(texts) == 1 and len(texts[0]) >= LONG_LINE and texts[0].startswith("1 ")


def _numbered_pages(lines: list[Line], pages: int = 2, long_lines: list[int] | None = None) -> bool:
    """Whether the long lines open with the page numbers 1, 2, ... in order: a transcript that put
    each page of a PDF on one line after its number, whatever text surrounds the pages. With
    ``pages`` more than 2: that many long pages at least, in order, a short page ("3 Side 1 1. KF -
    Godkendelse af dagsorden ... Godkendt.") skipped between two of them."""
    long_lines = _at_least(lines, SEGMENT_LENGTH) if long_lines is None else long_lines  # the caller's, if it has them
    numbers = [int(m[1]) for p in long_lines if (m := _PAGE_START.match(lines[p].text))]
    if pages == 2 and len(numbers) >= 2 and numbers[0] in (1, 2) and numbers[1] == numbers[0] + 2:
        # "1 Referat …" "2" "3 Handicaprådet Mødedato Side …": an empty page, its number alone on its line, between
        return _empty_page_between(lines, numbers[0])
    if pages > 2:
        steps = [b - a for a, b in pairwise(numbers)]
        return len(numbers) >= pages and numbers[0] in (1, 2) and all(step in (1, 2) for step in steps)
    # the first page may be too short to count ("1 Referat fra møde i ..."): the pages from 2 on
    return len(numbers) >= 2 and numbers[0] in (1, 2) and numbers[1] == numbers[0] + 1


def short_pages(lines: list[Line], long_lines: list[int]) -> list[int]:
    """In a transcript that put each page on one line after its number, the positions of the pages too short to be
    cut as pages ("5 Punkt 2. Prioriteringskatalog …" where an excerpt ends, "3 Sag nr. 93 Aftale …"): a line under
    SEGMENT_LENGTH characters that opens with the number one above the page line's before it, text after it."""
    pages = {p for p in long_lines if _PAGE_START.match(lines[p].text)}
    found: list[int] = []
    last: int | None = None
    for position, line in enumerate(lines):
        match = _PAGE_START.match(line.text)
        if match is None:
            continue
        number = int(match[1])
        if position not in pages and last is not None and number == last + 1:
            found.append(position)
        if position in pages or (last is not None and number == last + 1):
            last = number
    return found


def _empty_page_between(lines: list[Line], first: int) -> bool:
    """Whether the line after page ``first``'s holds the next page's number alone, the page after it a long line."""
    texts = [line.text.strip() for line in lines if line.text.strip()]
    for position, text in enumerate(texts[:-2]):
        if len(text) >= SEGMENT_LENGTH and text.startswith(f"{first} "):
            return texts[position + 1] == str(first + 1) and texts[position + 2].startswith(f"{first + 2} ")
    return False


def _at_least(lines: list[Line], length: int, long_lines: list[int] | None = None) -> list[int]:
    """The positions of the lines of ``length`` characters or more, in order; taken from ``long_lines`` (the positions
    of the lines of SEGMENT_LENGTH characters or more) where the length is that much at least."""
    if long_lines is not None and length >= SEGMENT_LENGTH:
        return [p for p in long_lines if len(lines[p].text) >= length]
    return [p for p, line in enumerate(lines) if len(line.text) >= length]


def _read_lines(lines: list[Line], threshold: int, long_lines: list[int] | None = None) -> list[int]:
    """The positions of the lines cut by their own rules: every line of a flattened text, else the lines of
    ``threshold`` characters or more."""
    return list(range(len(lines))) if threshold < FLAT_LENGTH else _at_least(lines, threshold, long_lines)


def _sequence_cuts(lines: list[Line], threshold: int, read: list[int] | None = None) -> dict[int, list[int]]:
    """Offsets (within each flattened line) of item numbers that continue a running sequence. ``read``: the positions
    of the lines read (``_read_lines``), if the caller has them."""
    found: list[tuple[int, int, re.Match[str]]] = []  # (line position, number, match)
    read = _read_lines(lines, threshold) if read is None else read
    for position in read:
        line = lines[position]
        found.extend(
            (position, int(m["num"]), m)
            for m in _NUMBER.finditer(line.text)
            if not REFERENCE.search(line.text[max(0, m.start() - 16) : m.start()])
            and not page_number_in_prose(line.text, m.start())  # "2 … etape 2. Der var frokostpause kl"
            and not room_number(line.text, m.start())  # "Mødelokale: … i lokale 1. Mødedeltagere: …"
        )
    cuts: dict[int, list[int]] = {}
    run: list[tuple[int, int, int]] = []  # (line position, number, offset) of each number cut
    last = first = 0
    # whether the next number follows later: its last place among the found ones is after k (one map a document, not
    # a set of the later numbers made for each found one)
    last_at = {n: k for k, (_, n, _) in enumerate(found)}
    for k, (position, number, match) in enumerate(found):
        marked = match["mark"] is not None or match["bare"] is not None
        if last < number <= last + 3:
            accept = True
        elif number in (1, first):  # a new sequence (the items after their contents list) when the next follows
            accept = last_at.get(number + 1, -1) > k
        elif last == 0:  # a yearly running number opening a contents list: "PUNKTER ... 135. Budget"
            before = lines[position].text[max(0, match.start() - 120) : match.start()]
            accept = marked or last_at.get(number + 1, -1) > k or bool(_CONTENTS_WORD.search(before))
            # "156. Evaluering af bogbilordningen Sagsnr J.nr ...": a title over its case label
            accept = accept or _CASE_LABEL_NEAR.match(lines[position].text, match.end()) is not None
        else:  # a gap (closed items left out of public minutes) when the next number continues after it
            accept = number > last and (marked or (last_at.get(number + 1, -1) > k and number <= last + 20))
        if accept:
            cuts.setdefault(position, []).append(match.start())
            run.append((position, number, match.start()))
            first = first or number
            last = number
    # "4. Orientering om … 5. lndkomne forslag. 6. Valg af …": an entry in lower case in a gap of the run
    for position, lower in lower_case_cuts(lines, run, set(read)).items():
        cuts[position] = sorted({*cuts.get(position, []), *lower})
    # "1. Godkendelse … 1. Høringssvar … 1. Årsberetning …": items numbered one list at a time, each from 1
    for position, ones in one_entry_cuts(lines, read).items():
        cuts[position] = sorted({*cuts.get(position, []), *ones})
    return cuts


_ITEM_NUMBER_BEFORE = re.compile(r"\d{1,3}\.\s+$")
_LEADING_DIGITS = re.compile(r"\d{1,3}")


def _space_before(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The white space a match of a pattern that opens with "(?<=\\s)" follows, where the pattern matches: scanned for
    at C speed (a pattern that opens with a look-behind is tried at every position), and the pattern tried in the
    look-ahead by the engine, so ``finditer_after`` matches the pattern again only where it matches."""
    return re.compile(rf"\s(?=(?:{pattern.pattern}))", pattern.flags)


# where the patterns above may match: white space before the first letters of one of their alternatives ("Sag",
# "Bes", ...), or, where a pattern's first letter is any capital, before a match of the whole pattern
_BEFORE_SECTION = re.compile(r"\s(?=Sag|Bes|Ind|Res|Bil|Und|IND|BIL|UND)")
_BEFORE_DATED_HEAD = _space_before(_DATED_HEAD)
_BEFORE_ITEMS_HEADING = re.compile(r"\s(?=[ÅL])")
_BEFORE_POINTED_HEAD = _space_before(_POINTED_HEAD)
# what every match of the two dated heads holds, searched for once a line (the starters above try the whole pattern at
# every white space): a dated head of the second form ends in its date's digit and a colon ("…, 22.11.2016:"), one of
# the first form opens "Beslutning i" (in any case, as the pattern reads it); a pointed head has its point after a comma
_MAY_HOLD_DATED_HEAD = re.compile(r"\d\s*:")
_DECISION_IN = re.compile(r"beslutning\s+i\s", re.IGNORECASE)
_POINT_AFTER_DATE = re.compile(r",\s*(?:pkt|punkt)")
_BEFORE_LABEL = re.compile(r"\s(?=Dok|Sag|J\.|Mød|Med|Del|Afb|Fra|Til|Side|MØD|ST|SLU|PUN|UDV|REF|DAG|IND|BES|SAG)")
_BEFORE_EXPLICIT_HEAD = re.compile(r"\s(?=Ad\s|Punkt|Pkt\.|Sag\s|Nr\.)")
_BEFORE_CODED_HEAD = re.compile(r"\s(?=[A-ZÆØÅ]{2,4}-\d)")  # "ØU-56/07-D"
_BEFORE_TITLED_CASE = re.compile(r"\s(?=Sag\s)")


def _cuts_in(line: Line, sequence: list[int]) -> list[int]:
    text = line.text
    cuts = set(sequence)
    numbers = sorted(sequence)
    for match in finditer_after(_SECTION, text, _BEFORE_SECTION):
        # "54. Beslutning om genåbning ...": a title that starts with a section word stays whole
        start = match.start()
        near = numbers[bisect_left(numbers, start - 6) : bisect_right(numbers, start)]  # the numbers 0-6 before it
        if any(_ITEM_NUMBER_BEFORE.match(text[n:start]) for n in near):
            continue
        cuts.add(match.start())
        cuts.add(start_without_space(text, match.end()))
    cuts.update(glued_section_cuts(text))  # "… tages til efterretning.Beslutning Taget til efterretning"
    dated = _MAY_HOLD_DATED_HEAD.search(text) is not None or _DECISION_IN.search(text) is not None
    for match in (
        *(finditer_after(_DATED_HEAD, text, _BEFORE_DATED_HEAD) if dated else ()),
        *finditer_after(_ITEMS_HEADING, text, _BEFORE_ITEMS_HEADING),
    ):
        if match.re is _DATED_HEAD and _ATTENDANCE_LABEL_BEFORE.search(
            text, max(0, match.start() - _LABEL_REACH), match.start()
        ):
            continue  # "Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022:": who was absent, no decision heading
        cuts.add(match.start())
        cuts.add(start_without_space(text, match.end()))
    for match in finditer_after(_POINTED_HEAD, text, _BEFORE_POINTED_HEAD) if _POINT_AFTER_DATE.search(text) else ():
        if not _NAMED_AFTER.search(text, max(0, match.start() - 8), match.start()):
            cuts.add(match.start())
            cuts.add(start_without_space(text, match.end()))
    for match in finditer_after(_LABEL, text, _BEFORE_LABEL):
        cuts.add(match.start())
        if match[0].startswith("Side"):  # "Side 3 1. KB - Spørgetid": a page label never opens a title
            cuts.add(start_without_space(text, match.end()))
    for match in (
        *finditer_after(_EXPLICIT_HEAD, text, _BEFORE_EXPLICIT_HEAD),
        *finditer_after(_CODED_HEAD, text, _BEFORE_CODED_HEAD),
    ):
        if _IN_SENTENCE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "Godkendt med den ændring, at Sag nr. 7 - Ældrerådsvalg udsættes": a reference in a sentence
        cuts.add(match.start())
    for match in finditer_after(_TITLED_CASE, text, _BEFORE_TITLED_CASE):
        # "Godkendt. Placering af antennemaster for mobiltelefoni Sag nr. 104 (ØU 138/07) Sagens kerne ...":
        # the item's number under its title, the title after the sentence before it
        title = _TITLE_BEFORE.search(text, max(0, match.start() - _TITLE_REACH), match.start())
        if title is not None:
            cuts.update((title.start("title"), match.start()))
    cuts.update(lettered_cuts(text, numbers))
    cuts.update(bullet_cuts(text))
    cuts.update(table_cuts(text))
    cuts.update(leader_cuts(text))
    return sorted(c for c in cuts if 0 < c < len(text))


def _list_repeated(text: str, run: list[int], dotted: set[int]) -> set[int]:
    """The numbers with full stops after a bare run's last title that start the list again: from the one that repeats
    the run's first number on ("Indholdsfortegnelse: Åbne 59 Godkendelse … 73 Eventuelt Medlemmer: … Meddelelser:Åbne
    59. Godkendelse af protokol"), the items after their contents list, not numbers inside its last title."""
    first = _LEADING_DIGITS.match(text, run[0])
    after = sorted(c for c in dotted if c > run[-1])
    again = next(
        (k for k, c in enumerate(after) if (m := _LEADING_DIGITS.match(text, c)) and first and m[0] == first[0]), None
    )
    return set() if again is None else set(after[again:])


def resegment(lines: list[Line], threshold: int | None = None) -> tuple[list[Line], set[int]]:
    """The lines with flattened ones cut into segments (re-indexed), and the indexes of the lines
    that begin at a cut (they start a new line in all but the text's own line breaks). ``threshold``: the lines'
    ``flat_threshold`` if the caller has it (it reads every line)."""
    threshold = flat_threshold(lines) if threshold is None else threshold
    # the positions of the lines of SEGMENT_LENGTH characters or more, found once: the passes below that read long
    # lines only take theirs from these
    long_lines = _at_least(lines, SEGMENT_LENGTH)
    flattened = _read_lines(lines, threshold, long_lines)
    sequence = _sequence_cuts(lines, threshold, flattened)
    for position, marks in parenthesised_cuts(lines, flattened).items():  # "1) Valg af dirigent … 2) …"
        sequence[position] = sorted({*sequence.get(position, []), *marks})
    numbered = _numbered_pages(lines, long_lines=long_lines)
    cuts_at = _glued_cuts(lines)
    for position, offsets in run_in_cuts(lines, threshold).items():
        cuts_at.setdefault(position, set()).update(offsets)
    shortest = min(threshold, SEGMENT_LENGTH) if numbered else threshold  # shorter lines have no other cut
    short = set(short_pages(lines, long_lines)) if numbered else set()
    for position in {*sequence, *_at_least(lines, shortest, long_lines), *short}:
        text = lines[position].text
        cuts = cuts_at.setdefault(position, set())
        page = _PAGE_START.match(text) if numbered and (len(text) >= SEGMENT_LENGTH or position in short) else None
        if page:  # "3 Vordingborg Kommune ...": the page number alone, never an item's number
            cuts.add(page.end() - 1)
        cuts.update(c for c in sequence.get(position, []) if c > 0)
        if len(text) >= threshold:
            cuts.update(_cuts_in(lines[position], sequence.get(position, [])))
            # a "Pkt. Tekst Side" table is read by its columns: its page numbers run up as its item numbers do
            for run in bare_runs(text) if TABLE_HEAD.search(text) is None else []:
                if inside_dotted_titles(run, sequence.get(position, [])):
                    continue
                cuts.update(c for c in run if c > 0)
                # "1 Lokalplan og Kommuneplantillæg 8. Forslag 2 Lokalplan ...": in a list numbered bare, a
                # number with a full stop inside a title is the title's own
                inside = {c for c in sequence.get(position, []) if run[0] < c < run[-1] + RUN_GAP and c not in run}
                cuts.difference_update(inside - _list_repeated(text, run, inside))
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
    if _GLUED_STOP.search(joined) is None:
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
