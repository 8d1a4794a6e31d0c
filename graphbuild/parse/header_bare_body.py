"""A flattened header's body name run in between its fields with no label of its own: "Referat: 21. maj 2019 kl.
16:00 Byrådssalen, Rådhuset, Ved Fjorden 6, Ringkøbing Byrådet Deltagere • Pia Vestergaard …", "Dagsorden Mandag
23. jun 2014 kl. 17:00 Byrådet Byrådssalen Referat …", "Odense Byråd Åben Referat Onsdag den 26-03-2008 kl. 17:00".

On a page-long line (a PDF's page its text layer put on one line) the line-start readers see no header line, so the
body a header printed on a line of its own is lost. Here a bare body's name (the body lexicon's, one phrase, not in
the genitive or the plural, not a bare head word such as "Udvalg") is read in the line's first characters before the
first item, only where it stands between header fields: right after the meeting's clock time ("kl. 17:00 Byrådet"),
right before a label of who comes ("Byrådet Deltagere •", "Mødedeltagere", "Fraværende", "Afbud") or right before the
document's kind word and its day ("Odense Byråd Åben Referat Onsdag den …"); and never in a sentence: the word on its
other side must not be in lower case ("kl. 17:00 Byrådet vedtog …", "… i Byrådet Deltagere"), nor a site's
navigation ("Titel Udvalg Funktioner Byrådet Byrådet Vis medlemmer": a name repeated at once is a menu's)."""

from __future__ import annotations

import re

from graphbuild.parse.body_names import BodyPhrase, body_phrases
from graphbuild.parse.header_name_lines import BARE_HEADS, plural
from graphbuild.parse.lines import Line

_PAGE_LINE = 300  # a line a page long: the line-start readers read a short line's body
_REACH = 600  # the line's first characters, where the header stands
_CLOCK_BEFORE = re.compile(r"(?<![\wæøå])kl\.?[ \t]*\d{1,2}[.:]\d{2}[ \t]*$")  # "… kl. 17:00 "
_PEOPLE_AFTER = re.compile(
    r"^[ \t]*(?:Mødedeltagere|Deltagere|Fraværende|Afbud|Til stede|Tilstede)(?![\wæøå])[ \t]*(?::|•|[A-ZÆØÅ])"
)
# "Åben Referat Onsdag den 26-03-2008", "- Referat - 10. november 2015": the kind word and the day after it
_KIND_AFTER = re.compile(
    r"^[ \t]*(?:[-–|][ \t]*)?(?:(?:Åben|Åbent|Lukket)[ \t]+)?(?:Referat|Dagsorden|Beslutningsprotokol)[ \t]+"
    r"(?:[-–|][ \t]*)?(?:(?:Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag)[ \t]+(?:den[ \t]+)?)?\d"
)
_DEFINITE = re.compile(r"(?:et|en)$|\s")  # "Byrådet", "Kommunalbestyrelsen", or a name of more words
_WORD_BEFORE = re.compile(r"(?P<word>[\wæøå.]+)[ \t]*$")
_WORD_AFTER = re.compile(r"^[ \t]*(?P<word>[\wæøå]+)")


def bare_body_in_page_header(lines: list[Line], items_start: int | None = None) -> str | None:
    """The body a page-long header line names between its fields (after the clock, before who comes or before the
    kind word and day), or None."""
    for line in lines:
        if len(line.text) < _PAGE_LINE:
            continue
        end = _REACH if items_start is None else max(0, min(_REACH, items_start - line.start))
        text = line.text[:end]
        phrases = [phrase for phrase in body_phrases(text) if _bare(phrase)]
        for k, phrase in enumerate(phrases):
            neighbours = phrases[max(0, k - 1) : k + 2]
            repeated = any(_adjacent(text, phrase, other) for other in neighbours if other != phrase)
            if not repeated and _between_fields(text, phrase):
                return phrase.name
        return None  # the first page's header only
    return None


def _bare(phrase: BodyPhrase) -> bool:
    return (
        phrase.name[:1].isupper()  # "Møde i Løjtland fællesråd": the name's lower-case tail only
        and not phrase.genitive
        and not plural(phrase.name)
        and phrase.name.lower() not in BARE_HEADS
        # "6940 Lem Landdistriktsrådet Deltagere": the place field's last word, no district of the council's
        and not (phrase.kind == "lokaludvalg" and len(phrase.name.split()) > 1)
    )


def _adjacent(text: str, one: BodyPhrase, other: BodyPhrase) -> bool:
    """The same name again with only blanks between: "Byrådet Byrådet", a site's menu and its heading."""
    first, second = (one, other) if one.start < other.start else (other, one)
    return one.name.lower() == other.name.lower() and not text[first.end : second.start].strip()


def _between_fields(text: str, phrase: BodyPhrase) -> bool:
    before, after = text[: phrase.start], text[phrase.end :]
    owner = _WORD_BEFORE.search(before)
    if owner is not None and owner["word"][:1].isupper() and _DEFINITE.search(phrase.name) is None:
        return False  # "FynBus Bestyrelse Referat": a one-word name in the indefinite, its owner's name before it
    if _CLOCK_BEFORE.search(before):
        return not _lower(_WORD_AFTER.match(after))  # "kl. 17:00 Byrådet Byrådssalen", not "… Byrådet vedtog"
    if _PEOPLE_AFTER.match(after) or _KIND_AFTER.match(after):
        return not _lower(_WORD_BEFORE.search(before))  # "Ringkøbing Byrådet Deltagere", not "i Byrådet Deltagere"
    return False


def _lower(word: re.Match[str] | None) -> bool:
    return word is not None and word["word"][:1].islower()
