"""Unknown organisations named by their form: acronyms used more than once (or a known body's abbreviation),
committees by their suffix, departments, associations, capitalised words ending in an organisation word."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from graphbuild.extract.mention_abbreviations import (
    PERSON,
    Definition,
    Expansions,
    by_initials,
    defined,
    defined_after,
)
from graphbuild.extract.mention_head_names import head_name_end
from graphbuild.extract.mention_known import NameHits, scan_names
from graphbuild.extract.mention_name_runs import name_run_end
from graphbuild.extract.mention_organisation_forms import (
    COMMITTEE,
    GEOGRAPHY,
    NETWORK_SUFFIXES,
    ORGANISATION_NAME_PATTERNS,
)
from graphbuild.extract.mention_person_initials import initials_beside_names
from graphbuild.extract.mention_record import Mention, mention_of
from graphbuild.parse.lines import start_of_line
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import BODY_ABBREVIATIONS
from graphbuild.vocab.gazetteer import lookup_alias
from graphbuild.vocab.near import finditer_in_windows, word_windows

# Upper-case words that are not organisations: headings, common abbreviations, formats.
NOT_ORGANISATIONS = frozenset(
    [
        "REFERAT",
        "DAGSORDEN",
        "MØDE",
        "STED",
        "UDVALG",
        "PUNKTER",
        "PUNKT",
        "STARTTIDSPUNKT",
        "SLUTTIDSPUNKT",
        "BILAG",
        "CF",
        "IV",
        "HR",
        "MED",
        "IT",
        "IOT",
        "HU",
        "TV",
        "PDF",
        "OK",
        "CPR",
        "CVR",
        "NB",
        "PS",
        "ID",
        "EAN",
        "SMS",
        "PC",
        "AI",
        "ÅBENT",
        "LUKKET",
        "BESLUTNING",
        "INDSTILLING",
        "SAGSFREMSTILLING",
        "COVID",
        "SUM",
        "DK",
        # a seat's word in capitals heading a board page's entry ("MEDLEM" over each member's name)
        "MEDLEM",
        "MEDLEMMER",
        "FORMAND",
        "NÆSTFORMAND",
        "SUPPLEANT",
        "SUPPLEANTER",
        "KASSERER",
        "SEKRETÆR",
        "WEB",
        "URL",
        "APP",
        "GDPR",
        "ØKONOMI",
        "NOTAT",
        "TEAMS",
        # a label or a mark of who came, in capitals: "Langeland - AFBUD Bestyrelsesmedlem NAME"
        "AFBUD",
        "FRAVÆRENDE",
        "DELTAGERE",
        "TILSTEDE",
        "AM",  # a clock's "1:00:00 PM"
        "PM",
        "I",
        "II",
        "III",
        "IV",
        "VI",
        "VII",
    ]
)


# the words a committee's name can hold before the one its suffix ends: "Den Social- og Sundhedsudvalget"
_COMMITTEE_WORDS = 4


_LOWER_IN_NAME = frozenset("abcdefghijklmnopqrstuvwxyzæøå-")
_UPPER_IN_NAME = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


def _after_a_capital(segment: str, places: list[int]) -> list[int]:
    """The places that a capital and two or more small letters (or hyphens) stand right before, as before
    the suffix of a committee's name ("Økonomi|udvalget"), not before a bare "udvalget". The walk back
    over small letters stops at the place before when it reaches it (the same stretch of letters): each
    letter is walked over once."""
    out = []
    last, last_stretch = -1, -1
    for pos in sorted(set(places)):
        i = pos
        while i > 0 and segment[i - 1] in _LOWER_IN_NAME:
            if i - 1 == last:
                i = last_stretch
                break
            i -= 1
        if pos - i >= 2 and i > 0 and segment[i - 1] in _UPPER_IN_NAME:
            out.append(pos)
        last, last_stretch = pos, i
    return out


def _committees(segment: str, suffixes: list[int]) -> Iterator[re.Match[str]]:
    """``COMMITTEE.finditer(segment)``, searched only around the suffixes that end a capitalised word:
    a committee's name ends in the word its suffix stands in (then perhaps a region's name, which the
    match found reads on) and starts at most three words before that word."""
    places = [(pos, pos) for pos in _after_a_capital(segment, suffixes)]
    return finditer_in_windows(COMMITTEE, segment, word_windows(segment, places, _COMMITTEE_WORDS))


def _organisation_names(segment: str, number: int, words: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``ORGANISATION_NAME_PATTERNS[number].finditer(segment)``, tried only at its words: the first
    two open with their word, the third ends in it after one to three capitalised words."""
    pattern = ORGANISATION_NAME_PATTERNS[number][0]
    if number < 2:
        resume = 0
        for start, _ in sorted(set(words)):
            if start < resume:
                continue
            match = pattern.match(segment, start)
            if match is not None:
                resume = match.end()
                yield match
        return
    yield from finditer_in_windows(pattern, segment, word_windows(segment, words, 3))


_LEADING_ARTICLE = re.compile(r"^(?:Den|Det)\s+")
_TRAILING_GEOGRAPHY = re.compile(rf"[ \t]+(?:{GEOGRAPHY})$")


def find_unknown_organisations(text: str, lo: int, hi: int, hits: NameHits | None = None) -> list[Mention]:
    hits = hits or scan_names(text, lo, hi)
    segment = text[lo:hi]
    expanded, defining = defined(segment)
    expanded = {**defined_after(segment), **expanded}
    named = _with_long_forms(_named_by_form(segment, lo, hits), defining, lo)
    return _acronyms(text, segment, lo, named, expanded, set(defining)) + named


def _with_long_forms(named: list[Mention], defining: dict[int, Definition], lo: int) -> list[Mention]:
    """The committees found, each that ends a longer expansion read as the whole of it: "Social-, Ældre- og
    Psykiatriudvalget (SÆP)" names "Social-, Ældre- og Psykiatriudvalget", not "Ældre- og Psykiatriudvalget"."""
    longer = {lo + d.end: d for d in defining.values() if d.expansion.kind == "committee"}
    if not longer:
        return named
    out = []
    for mention in named:
        definition = longer.get(mention.end)
        if definition is not None and mention.kind == "committee" and lo + definition.start < mention.start:
            name = definition.expansion.name
            mention = mention_of(lo + definition.start, mention.end, "Organization", name, kind="committee")
        out.append(mention)
    return out


def _acronyms(
    text: str, segment: str, lo: int, named: list[Mention], expanded: Expansions, defining: set[int]
) -> list[Mention]:
    """The acronyms of the segment: a known body's abbreviation; one the document expands, as what it
    expands to (never a person's initials); else one used at least twice, as itself."""
    upper_lines: dict[int, bool] = {}  # line start -> whether the line is all capitals
    acronyms = [
        m
        for m in _ACRONYM.finditer(segment)
        if m.group(0) not in NOT_ORGANISATIONS and not _in_upper_case_line(segment, m.start(), upper_lines)
    ]
    counts = Counter(m.group(0) for m in acronyms)
    # "SAGER TIL BESLUTNING": a word the document also writes in lower case is a word in capitals
    capitalised = {word for word in counts if word not in BODY_ABBREVIATIONS and written_in_lower_case(text, word)}
    acronyms = [m for m in acronyms if m.group(0) not in capitalised]
    inferred = by_initials(m for m in named if m.kind == "committee")
    known = {word for word in counts if lookup_alias(word) is not None}  # the gazetteer's name wins
    # "Heimo Dalsgaard – HD" in the list of who attended: "HD udfærdiger pressemeddelelse" names a person (read
    # only for an acronym used twice that nothing else names)
    persons: frozenset[str] | None = None
    out = []
    for match in acronyms:
        word = match.group(0)
        body = BODY_ABBREVIATIONS.get(word) if expanded.get(word) is not PERSON else None
        if body:  # "ØU" is the Økonomiudvalget the document names in full elsewhere
            out.append(mention_of(lo + match.start(), lo + match.end(), "Organization", body, kind="committee"))
            continue
        expansion = None if word in known else expanded.get(word) or inferred.get(word)
        if expansion is PERSON or match.start() in defining:
            continue
        if expansion is not None:
            name, kind = expansion.name, expansion.kind
            out.append(mention_of(lo + match.start(), lo + match.end(), "Organization", name, kind=kind))
        # an acronym written once with nothing around it is as likely someone's initials
        elif counts[word] >= 2:
            if persons is None:
                persons = initials_beside_names(text) - known
            if word in persons:
                continue
            out.append(mention_of(lo + match.start(), lo + match.end(), "Organization", word))
    return out


def _named_by_form(segment: str, lo: int, hits: NameHits) -> list[Mention]:
    """Committees by their suffix, departments, associations and names ending in an organisation word."""
    out = []
    for match in _committees(segment, [pos - lo for pos in hits.suffixes]):
        name = _LEADING_ARTICLE.sub("", match.group(0))
        if name.split()[0].lower() in _LEADING_NOISE:
            name = " ".join(name.split()[1:])
        if not name:
            continue
        start = lo + match.end() - len(name)
        head = _TRAILING_GEOGRAPHY.sub("", name).lower()
        kind = "network" if head.endswith(NETWORK_SUFFIXES) else "committee"
        # a kind word opening the name: "Grundejerforeningen Vesterengen"
        end = head_name_end(segment, name, match.end(), len(segment))
        name = " ".join((name + segment[match.end() : end]).split())
        # the id of the name as written, the name shown capitalised
        out.append(
            mention_of(
                start,
                lo + end,
                "Organization",
                name[0].upper() + name[1:],
                kind=kind,
                node_id=ids.organization_id(name),
            )
        )
    for number, (_, org_kind) in enumerate(ORGANISATION_NAME_PATTERNS):
        words = [(start - lo, end - lo) for start, end in hits.words.get(f"organisation {number}", ())]
        for match in _organisation_names(segment, number, words):
            # a department's or an association's name runs on over its capitalised words: "Foreningen Dansk Fjernvarme"
            end = name_run_end(segment, match.start(), match.end(), len(segment)) if number < 2 else match.end()
            name = segment[match.start() : end]
            out.append(mention_of(lo + match.start(), lo + end, "Organization", name, kind=org_kind))
    return out


_LEADING_NOISE = frozenset(
    {"i", "på", "fra", "til", "med", "og", "af", "for", "hvis", "når", "mens", "om"}
    # a conjunction or an adverb opening the sentence before the body's name: "Ligesom Lokalrådet har forsøgt …"
    | {
        "ligesom",
        "også",
        "desuden",
        "derfor",
        "samtidig",
        "endvidere",
        "derudover",
        "herudover",
        "således",
        "selvom",
        "fordi",
        "men",
        "eller",
    }
    # a heading, a page header or a municipality's name left before the body's name on its line
    | {"beslutning", "referat", "dagsorden", "sagsfremstilling", "indstilling", "side", "kommune", "kommunes"}
)


# "(?<![\w-])[A-ZÆØÅ]{2,6}…" with the look-behind after the first capital: a pattern that opens
# with a character class is scanned for it at C speed, one that opens with a look-behind is not
_ACRONYM = re.compile(r"[A-ZÆØÅ](?<![\w-][A-ZÆØÅ])[A-ZÆØÅ]{1,5}(?:-[A-Z][a-z]+)?(?![\w-])")


_IN_ADDRESS = frozenset("./@_-")


def written_in_lower_case(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` in lower case as a word of its own ("til", not "Tilskud")."""
    lower = word.lower()
    if len(text) >= _WORDS_KEPT_FROM and lower.isalnum():
        return lower in _words_of_their_own(text)
    return _found_standing(text, lower)


def _found_standing(text: str, lower: str) -> bool:
    """``written_in_lower_case`` by searching ``text`` for ``lower``, each printing tried in turn."""
    start = 0
    while (found := text.find(lower, start)) >= 0:
        end = found + len(lower)
        before, after = text[found - 1 : found], text[end : end + 2]
        # a word of its own: not inside a longer word, an address or an e-mail ("www.lbr.dk", "lbr@x.dk")
        if not (before.isalnum() or before in _IN_ADDRESS) and not (
            after[:1].isalnum() or after[:1] in "@_-" or (after[:1] == "." and after[1:].isalnum())
        ):
            return True
        start = found + 1
    return False


# a text this long has its words of their own found once (``_words_of_their_own``, ~0.04 s a MB), not searched for per
# word asked: a long page asks for each acronym on it, each a search of the page (below this the searches cost less:
# from 20,000 characters the real corpus's documents took 0.009 -> 0.036 s in all)
_WORDS_KEPT_FROM = 100_000
# a run of letters and digits (``[^\W_]`` is ``str.isalnum``) standing as ``written_in_lower_case``'s loop keeps a
# word: nothing alphanumeric nor ".", "/", "@", "_", "-" before it; after it none of those but "." and "/", no "."
# before a letter or digit, and not the text's end (where the loop's empty ``after[:1] in "@_-"`` turns it away)
_WORD_OF_ITS_OWN = re.compile(r"(?<![\w./@-])[^\W_]+(?![\w@-]|\.[^\W_]|\Z)")


@lru_cache(maxsize=2)
def _words_of_their_own(text: str) -> frozenset[str]:
    """The words of letters and digits ``written_in_lower_case`` finds standing on their own in ``text``: a word of
    letters and digits stands so where a whole run of them is the word, so one pass over the runs answers each."""
    return frozenset(_WORD_OF_ITS_OWN.findall(text))


def _in_upper_case_line(segment: str, pos: int, known: dict[int, bool]) -> bool:
    start = start_of_line(segment, pos)
    if start in known:
        return known[start]
    known[start] = _upper_case_line(segment, start, pos)
    return known[start]


def _upper_case_line(segment: str, start: int, pos: int) -> bool:
    end = segment.find("\n", pos)
    line = segment[start : len(segment) if end < 0 else end]
    letters = list(filter(str.isalpha, line))  # the loops in C: real minutes have lines of pages
    return len(letters) > 6 and all(map(str.isupper, letters))
