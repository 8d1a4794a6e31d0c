"""The names of meeting bodies in a line of text, by the head words of gazetteer.yaml's body_heads.

A body's name is its head word ("Økonomiudvalget", "Byrådet", "KKR") widened by what belongs to
it: a compound's first parts ("Klima- og Planudvalget", "Erhvervs-, Klima- og Arbejdskraftudvalget"),
"Det fælles …", the municipality it belongs to ("Odense Byråd"), "Udvalget for Ældre og Sundhed",
a region ("KKR Sjælland", "… i den midtjyske region"), a term ("Økonomiudvalget 2018-2021").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from graphbuild.vocab.gazetteer import body_heads
from graphbuild.vocab.reference import municipality_by_name

_REGIONS = r"(?:Hovedstaden|Sjælland|Syddanmark|Midtjylland|Nordjylland|Midt|Nord|Syd)"
_COMPOUND_BEFORE = re.compile(
    r"(?:[A-ZÆØÅa-zæøå][\wæøå]*-,?\s+)*[A-ZÆØÅa-zæøå][\wæøå]*-\s+(?:og|OG|&)\s+$"  # "Erhvervs-, Klima- og "
)
_COMMON_BEFORE = re.compile(r"(?i)(?:\b(?:det|den)\s+(?:fælles|lokale)\s+)$")  # "Det Lokale Beskæftigelsesråd"
# "Det Lokale Beskæftigelsesråd i Roskilde", "Handicaprådet i Vejle Kommune": the municipality a council is of
_MUNICIPALITY_AFTER = re.compile(r"^\s+i\s+(?P<name>[A-ZÆØÅ][\wæøå]+(?:-[A-ZÆØÅ][\wæøå]+)?)(?:\s+Kommune)?\b")
_BARE = {"udvalg", "udvalget", "råd", "rådet", "forum", "nævn", "nævnet"}  # a head word that is a whole name only
_WORD_BEFORE = re.compile(r"(?P<word>[A-ZÆØÅ][\wæøå]+(?:-[A-ZÆØÅ][\wæøå]+)?)\s+$")
# "Amager Øst Lokaludvalg", "Brønshøj-Husum Lokaludvalg", "Indre By Lokaludvalg": a local council is
# named by its district, one or two capitalised words before the head word.
_DISTRICT_BEFORE = re.compile(r"(?<![\wæøå-])(?P<words>(?:[A-ZÆØÅ][\wæøå]*(?:-[A-ZÆØÅ][\wæøå]+)?\s+){1,2})$")
_HEADER_WORD = (
    r"(?!(?:Referat|Dagsorden|Beslutningsprotokol|Protokol|Møde|Mødedato|Mødested|Dato|Tid|Sted|Den|Åben|Lukket|"
    r"Ordinært|Ekstraordinært|Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag)\b)"
)
# "Teknik, Erhverv, Plan og ", "Miljø, Teknik og ", "Børne, Uddannelses- og ": a compound's first parts
# listed with commas, the last joined by "og" to the head word's own first part ("Miljøudvalget")
_LISTED_BEFORE = re.compile(
    rf"(?<![\wæøå-])(?P<first>{_HEADER_WORD}[A-ZÆØÅ][\wæøå]*-?),\s+"
    rf"(?:{_HEADER_WORD}[A-ZÆØÅ][\wæøå]*-?,\s+){{0,3}}{_HEADER_WORD}[A-ZÆØÅ][\wæøå]*-?\s+(?:og|OG)\s+$"
)
_FOR_AFTER = re.compile(  # "Udvalget for Teknik, Miljø og Klima", "Lokaludvalget for Amager Øst"
    rf"^\s+for\s+{_HEADER_WORD}[A-ZÆØÅ][\wæøå-]*(?:(?:,\s*|\s+og\s+|\s+&\s+|\s+){_HEADER_WORD}[A-ZÆØÅ][\wæøå-]*){{0,4}}"
    # … never a weekday after the comma: "Udvalget for Forebyggelse, onsdag den 26. juni" (the meeting's day)
    r"(?:(?:,\s*|\s+og\s+|\s+&\s+)(?!(?:man|tirs|ons|tors|fre|lør|søn)dag\b)[a-zæøå][\wæøå-]*(?=\s*(?:$|[-–,.:(]|\s(?:den|d\.)\s)))?"
    # "mødet i Udvalg for regional udvikling den 7. august", "… fra midlertidigt udvalg vedrørende digital
    # sundhed", "Udvalget for sundhed, kultur og fritid": a name in lower case, its parts listed with commas,
    # runs to the end of its line, to the meeting's date or to a title's separator ("… - 07.03.2019")
    r"|^\s+(?:for|vedrørende)\s+(?!(?:videre|behandling|godkendelse|orientering|beslutning|drøftelse|høring)\b)[a-zæøå][\wæøå-]*(?:,?\s+(?:og\s+)?[a-zæøå][\wæøå-]*){0,4}(?=\s*$|\s+(?:den|d\.)\s+\d|\s+[|–-]\s)"
)
_NOT_DISTRICT = re.compile(
    r"(?i)^(?:referat|dagsorden|beslutningsprotokol|protokol|møde|mødet|dato|tid|sted|den|det|og|i|for|fra|til|af"
    r"|åben|lukket|ordinært|ekstraordinært|godkendt|godkendelse|orientering|punkt|pkt|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)$"
)
_ADJECTIVE = re.compile(rf"{_HEADER_WORD}[\wæøå]+(?:isk|iske|ende|lige|ige|t)")  # "Teknisk", "Rådgivende"
# "KKR Midtjylland", "KKR - Syd", "Kontaktudvalget i Region Midtjylland": blank runs read once (a region opens with a
# letter, a dash after `\s*+`), as `\s*[-\s]\s*` split a run of blanks three ways
_REGION_AFTER = re.compile(
    rf"^(?:\s*+-|\s)\s*+{_REGIONS}\b|^\s++i\s++(?:den\s++\w++\s++region|Region\s++\w+)\b", re.IGNORECASE
)
_NAME_AFTER = re.compile(r"^(?:\s+[A-ZÆØÅ][\wæøå]+){1,2}")  # "Business Region North Denmark"
_TERM_AFTER = re.compile(r"^\s+\(?(?:19|20)(?P<first>\d\d)\s*[-–]\s*(?:19|20)?(?P<last>\d\d)\)?(?![\d-])")
# "Magistratens møde", "Byrådets ordinære møde", "Forretningsudvalgets 3. møde i 2012": the body's meeting
_GENITIVE_USE = re.compile(r"(?i)^\s+(?:\d{1,3}\.\s*)?(?:\w+e\s+)?(?:møder?|beslutning|referat|dagsorden)\b")
_AREA = re.compile(r"(?i)områd(?:e|et|er|erne)s?$")
# "K K R S J Æ L L A N D", also a word in lower case after its capital: "R e f e r a t", "D a g s o r d e n"
_SPACED = re.compile(r"(?<![\w])(?:(?:[A-ZÆØÅ] ){3,}[A-ZÆØÅ]|[A-ZÆØÅ](?: [a-zæøå]){3,})(?![\w])")


@dataclass(frozen=True)
class BodyPhrase:
    name: str  # nominative, as written ("Sammenlægningsudvalgets" -> "Sammenlægningsudvalget")
    start: int
    end: int
    kind: str
    genitive: bool  # written in the genitive ("Magistratens møde")


# how every letter-spaced run opens, a capital, a space, a letter and a space: a text without one has none (the
# class-led pattern is scanned for at C speed, where _SPACED's look-behind is tried at every position)
_SPACED_OPENING = re.compile(r"[A-ZÆØÅ] [A-ZÆØÅa-zæøå] ")


def despace(text: str) -> str:
    """Letter-spaced headings joined: "K K R S J Æ L L A N D" -> "KKR Sjælland" (KKR split off)."""
    if _SPACED_OPENING.search(text) is None:
        return text
    return _SPACED.sub(_joined, text)


def _joined(match: re.Match[str]) -> str:
    word = match[0].replace(" ", "")
    word = "KKR " + word[3:].title() if word.startswith("KKR") and len(word) > 3 else word.title()
    # keep the length: offsets into the line stay right for what follows
    return word.ljust(len(match[0]))


def is_head_word(word: str) -> bool:
    return any(head.pattern.fullmatch(word) for head in body_heads())


_SHORT = 160  # vocab.near's: a text this short is searched whole once it holds one of the words


@cache
def _head_words() -> ahocorasick.Automaton:
    """Each head word (lower case) -> the positions in ``body_heads()`` of the heads it is a word of."""
    automaton = ahocorasick.Automaton()
    heads: dict[str, set[int]] = {}
    for index, head in enumerate(body_heads()):
        for word in head.words:
            heads.setdefault(word, set()).add(index)
    for word, indices in heads.items():
        automaton.add_word(word, frozenset(indices))
    automaton.make_automaton()
    return automaton


def _heads_present(low: str) -> set[int]:
    """The positions in ``body_heads()`` of the heads one of whose words stands in the lower-cased line."""
    present: set[int] = set()
    for _end, indices in _head_words().iter(low):
        present |= indices
    return present


def body_phrases(line: str) -> list[BodyPhrase]:
    """Every body name in ``line``, left to right."""
    return list(_phrases_in(line))


@lru_cache(maxsize=256)
def _phrases_in(line: str) -> tuple[BodyPhrase, ...]:
    """``body_phrases``'s, kept for the lines asked again: a third of the calls ask a line (a header's
    first lines, a heading) that another reader of the same document has asked already."""
    line = despace(line)
    out: list[BodyPhrase] = []
    seen: set[int] = set()
    # every match of a head holds one of its words: one pass over the line lowered once finds the heads
    # it holds a word of, and spares the others (each head's own pass would lower the line again); "İ"
    # lowers to two characters, so then every head is tried
    low = line.lower()
    plain = len(low) == len(line)
    present = _heads_present(low) if plain else None
    for index, head in enumerate(body_heads()):
        if present is not None and index not in present:
            continue
        # a short line that holds one of the head's words is searched whole, as ``head.finditer`` would
        matches = head.pattern.finditer(line) if present is not None and len(line) <= _SHORT else head.finditer(line)
        for match in matches:
            if match.start() in seen:
                continue
            if any(p.start <= match.start() < p.end for p in out):
                continue
            seen.add(match.start())
            if _AREA.search(match[0]):
                continue  # "Indsatsområde", "Fagområdet": an area, whose "-råde" is no council
            phrase = _widen(line, match, head.kind)
            if phrase is not None:
                out.append(phrase)
    return tuple(sorted(out, key=lambda p: p.start))


_UDVALG_OR_RAAD = re.compile(r"(?i)udvalg|råd")
_BODY_NOUN = re.compile(r"(?i)udvalg|råd|nævn")
_SPACE_RUN = re.compile(r"\s+")


def _widen(line: str, match: re.Match[str], kind: str) -> BodyPhrase | None:
    word = match[0]
    genitive = False
    if word.endswith("s") and not word.endswith("'s") and is_head_word(word[:-1]):
        if not _GENITIVE_USE.match(line[match.end() :]):
            return None  # "Byrådets mødesal", "Udvalgets område": a body's thing, not a body's meeting
        genitive, word = True, word[:-1]
    elif word.endswith("'s"):
        genitive, word = True, word[:-2]
    start, end = match.start(), match.end()
    before = line[:start]
    # the longer of the two ("Børne, Uddannelses- og Kulturudvalget" lists a part before a hyphenated one)
    hyphenated = _COMPOUND_BEFORE.search(before)
    found = [at for at in (hyphenated.start() if hyphenated else None, _listed_parts(before, word)) if at is not None]
    if found:
        start = min(found)
    else:
        common = _COMMON_BEFORE.search(before)
        if common:
            start = common.start()
        else:
            qualifier = _WORD_BEFORE.search(before)
            if qualifier:
                name = qualifier["word"]
                if name.lower() in municipality_by_name() or name[:-1].lower() in municipality_by_name():
                    start = qualifier.start()
                elif word.lower() in _BARE and _ADJECTIVE.fullmatch(name):
                    start = qualifier.start()  # an adjective: "Teknisk Udvalg", "Socialt Råd"
                elif kind == "lokaludvalg" and not genitive:
                    district = _district(before)
                    start = start - len(district) if district else start
    name_end = end
    after = line[end:]
    for pattern in (_FOR_AFTER, _REGION_AFTER) if not genitive else ():
        extra = pattern.match(after)
        if extra and (pattern is not _FOR_AFTER or _UDVALG_OR_RAAD.search(word)):
            name_end = end + extra.end()
            if pattern is _FOR_AFTER:
                name_end, genitive = _for_name_genitive(line, name_end)
            break
    if name_end == end and not genitive and _BODY_NOUN.search(word):
        of = _MUNICIPALITY_AFTER.match(after)
        if of and of["name"].lower() in municipality_by_name():
            name_end = end + of.end()
    if kind == "business-region" and not genitive:
        extra = _NAME_AFTER.match(after)
        if extra:
            name_end = end + extra.end()
    term = _TERM_AFTER.match(line[name_end:])
    if term and not genitive and int(term["last"]) >= int(term["first"]):  # "2018-25", never "2019-12"
        name_end += term.end()
    if genitive and name_end > end:  # "Udvalget for Kultur og Fritids møde": the name's last word without its "s"
        text = line[start : name_end - 1]
    else:
        text = line[start:name_end] if not genitive else line[start : match.start()] + word
    text = _SPACE_RUN.sub(" ", text).strip(" ,.-–")
    if text.isupper() and len(text) > 3:
        text = _uncapitalised(text)
    if not text:
        return None
    phrase_end = name_end if not genitive or name_end > end else match.end()
    return BodyPhrase(name=text, start=start, end=phrase_end, kind=kind, genitive=genitive)


# "Udvalg for regional udviklings møde": a "for" name in lower case, read to its line's end over its genitive
_GENITIVE_TAIL = re.compile(r"(?i)(?<=[a-zæøå])s\s+(?:\w+e\s+)?møde(?:r|t)?$")


def _for_name_genitive(line: str, name_end: int) -> tuple[int, bool]:
    """Where a "for" name ends (after its genitive "s", if any), and whether it is written in the genitive:
    "Udvalget for Kultur og Fritids møde", "Udvalg for regional udviklings møde" are the meetings of "Udvalget
    for Kultur og Fritid" and "Udvalg for regional udvikling"."""
    name = line[:name_end]
    tail = _GENITIVE_TAIL.search(name)
    if tail is not None:
        return tail.start() + 1, True
    if name.endswith("s") and _GENITIVE_USE.match(line[name_end:]):
        return name_end, True
    return name_end, False


_LISTED_REACH = 160  # the characters a list of a compound's first parts stands within, before its head word


_CAPITALISED_WORD = re.compile(r"[A-ZÆØÅ][\wæøå]*")


def _listed_parts(before: str, word: str) -> int | None:
    """Where the first parts listed before a compound head word start ("Teknik, Erhverv, Plan og
    Miljøudvalget"), none when a listed word is a body of its own ("Syddanmark, Vækstforum og Regionsrådet"
    lists three). Only the text right before the head word is read: a flattened page is one long line."""
    offset = max(0, len(before) - _LISTED_REACH)
    tail = before[offset:]
    if "," not in tail or word.lower() in _BARE:
        return None
    listed = _LISTED_BEFORE.search(tail)
    if listed is None or (listed.start() == 0 and offset and not before[offset - 1].isspace()):
        return None  # the window cut a word: no list starts there
    parts = _CAPITALISED_WORD.findall(listed[0])
    return None if any(is_head_word(part) for part in parts) else offset + listed.start()


def _district(before: str) -> str:
    """The district words right before a local council's head word ("Amager Øst "), or ""."""
    found = _DISTRICT_BEFORE.search(before)
    if found is None:
        return ""
    words = found["words"].split()
    while words and _NOT_DISTRICT.match(words[0]):
        words = words[1:]
    if not words or any(_NOT_DISTRICT.match(w) for w in words):
        return ""
    return before[before.rfind(words[0]) :]


def _uncapitalised(text: str) -> str:
    """A heading in capitals as a name: "BØRNE- OG UNGEUDVALGET" -> "Børne- og Ungeudvalget" (KKR kept)."""
    words = [w.lower() if w == "OG" else w if len(w) <= 3 else w.capitalize() for w in text.split()]
    return " ".join(words)
