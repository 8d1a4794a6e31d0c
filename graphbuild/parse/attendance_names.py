"""People's names where minutes put them in a structured place: attendance lists, "Name (Party)",
"Name, X Kommune", "stedfortræder for Name". There the place says it is a name, so a first name
missing from the name list is no reason to reject it; streets, places, bodies and companies still are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from graphbuild.parse.attendance_heading_after_surname import heading_after_surname
from graphbuild.parse.attendance_initial_firsts import initials_first_end
from graphbuild.parse.attendance_unknown_first import unknown_first_name_end
from graphbuild.vocab.person_names import (
    DEPUTY_SHORT,
    DOUBLE_PARTICLE,
    INITIAL,
    NAME_ABBREVIATIONS,
    NAME_RUN,
    NON_SPACE,
    NOT_NAME_WORDS,
    PARTICLE,
    PARTY,
    ROLE_WORDS,
    WORD,
    is_body_genitive,
    listed_first_name,
    municipality_names,
    plausible,
    surname_like,
)
from graphbuild.vocab.reference import first_names, last_names
from graphbuild.vocab.sentence_start import opens_sentence

# The titles minutes put by a person's name, defined once for the attendance modules:
# a council member's office ("Lise Jensen (V), næstformand, afbud", "Rådmand Kristian Würtz")
COUNCIL_OFFICE = r"(?:formand|næstformand|borgmester|viceborgmester|rådmand)"
# the last part of a staff or board title ("direktør", "områdechef", "Udvalgssekretær", "bestyrelsesmedlem")
_TITLE_ENDINGS = r"direktør|chef|leder|konsulent|redaktør|sekretær|koordinator|medlem|formand|medarbejder|ansvarlig"
TITLE_WORD = rf"[a-zæøå]*(?:{_TITLE_ENDINGS})"
_TITLE_TOKEN = re.compile(rf"(?i){TITLE_WORD}")

_BULLETS = re.compile(r"[\s•·*_\-–]*")
_WORD = re.compile(WORD)
_PARTICLE = re.compile(PARTICLE)
_DOUBLE_PARTICLE = re.compile(DOUBLE_PARTICLE)
# words that begin a sentence or a heading and are never part of a name
_FUNCTION_WORDS = frozenset({"til", "om", "af", "på", "fra", "ved", "med", "der", "det", "som", "og", "i", "for"})
_WORD_OR_INITIAL = re.compile(rf"{INITIAL}|{WORD}")
_INITIAL_ALONE = re.compile(INITIAL)
_INITIAL_TOKEN = re.compile(r"[A-ZÆØÅ]\.")  # one middle initial: "Jan S. Kristensen"
_ABBREVIATED = re.compile(rf"(?:{'|'.join(NAME_ABBREVIATIONS)})\.")
_ROLE_LEAD = re.compile(r"[\s•·*_\-–]*(?:\d+\.\s*)?(?P<w>[A-Za-zæøåÆØÅ]+)\b:?\s*")
# an association's name word: in a list of "Name, Association" entries ("Steen Jakobsen, Grøndal Grundejerforening",
# "Jørn Stålfos - Landliggersammenslutningen Gribskov Vest") it names whom the member comes for, never a person
_ASSOCIATION_WORD = re.compile(
    r"(?i)\w\w(?:forening|foreningen|foreninger|foreningerne|sammenslutning|sammenslutningen|forbund|forbundet|"
    r"selskab|selskabet|organisation|organisationen|arkiv|arkivet|museum|museet|klub|klubben|bibliotek|biblioteket)$"
)


def person_name(tokens: list[str]) -> bool:
    """Tokens of one person's name (``plausible``), none of them an association's name word or a title
    ("Fagchef Plan og Byg" is whom the member is)."""
    return _person_name(tuple(tokens))


@lru_cache(maxsize=16384)
def _person_name(tokens: tuple[str, ...]) -> bool:
    # a pure test of the tokens against fixed word lists, and the same names recur through a document's lists
    words = list(tokens)
    return plausible(words) and not any(_ASSOCIATION_WORD.search(t) or _TITLE_TOKEN.fullmatch(t) for t in words)


@dataclass(frozen=True)
class NameHit:
    name: str
    start: int  # offsets in the text the name was read from
    end: int
    party: str | None = None
    role: str | None = None
    rest_start: int = 0  # where the text after the name (and its party) begins


def read_name(text: str, pos: int = 0, end: int | None = None) -> NameHit | None:
    """The name that starts ``text[pos:]`` after optional role words ("Formand", "1. suppleant"),
    with its party letter in brackets, or None."""
    end = len(text) if end is None else end
    role = None
    while True:
        m = _ROLE_LEAD.match(text, pos, end)
        if m is None or m["w"].lower() not in ROLE_WORDS:
            break
        if not text[m.end() : m.end() + 1].isupper() and m["w"][0].islower():
            break
        role, pos = m["w"].lower(), m.end()
    m = _BULLETS.match(text, pos, end)
    pos = m.end() if m else pos
    run = NAME_RUN.match(text, pos, end)
    if run is None:
        return None
    tokens = run.group(0).split()
    stop = run.end()
    begin = run.start()
    if len(tokens) >= 3 and _ROOM.search(tokens[0]) and tokens[0] not in first_names() and tokens[1] in first_names():
        # "Fraværende: Byrådssalen Erik Lund, …", "Prøvestenen Lars Løgstrup deltog som suppleant": a flattened
        # header's meeting room run on before the name
        begin = run.start() + len(run.group(0)) - len(run.group(0)[_span_of(run.group(0), 1) :].lstrip())
        tokens = tokens[1:]
    # "Jan Eriksen Friluftsrådets direktør", "Thyge Steffensen Region Nordjylland": whom they are there for
    cut = next((i for i, t in enumerate(tokens) if i >= 2 and (is_body_genitive(t) or t == "Region")), None)
    if cut is not None:
        tokens = tokens[:cut]
        stop = begin + _span_of(text[begin:stop], cut)
    kept = len(tokens)
    if kept > 2 and _split_heading_at(text, tokens[-1], stop, end):
        kept -= 1  # "… Per Stig Sørensen Bemærkninge r": a heading the PDF split before its last letter
    elif (
        kept > 2
        and _PAGE_OR_FIELD.match(text, stop - len(tokens[-1]), end)
        and not STATUS_VALUE.match(text, stop + 1, end)
    ):
        kept -= 1  # "… Lis Holm Side 2 af 12", "… Lis Holm Sagsnr.: 12/345": the page's footer or a field run on
    if kept > 2 and kept == len(tokens) and tokens[0] in first_names() and opens_sentence(text, tokens[-1], stop, end):
        # "Afbud: Bjarne Lindqvist Næste møde 6. februar": the next sentence's first word run on after a name that
        # opens with a first name (never "Lederen af Stevns Ejendomme fortalte": no name before it)
        kept -= 1
    elif (
        kept > 2
        and kept == len(tokens)
        and tokens[0] in first_names()
        and heading_after_surname(text, tokens[-1], tokens[-2], stop, end)
    ):
        # "Fraværende: Morten Weiss-Pedersen Åbne sager Lukkede sager": the next heading's first word run on after a
        # name that already ends in its surname
        kept -= 1
    while kept > 2 and (
        tokens[kept - 1].lower() in _FUNCTION_WORDS
        or heading_word(tokens[kept - 1])
        or tokens[kept - 1].lower() in ROLE_WORDS
    ):
        # "Peter Uno Andersen Til toppen", "Søren Elbæk Referat": the next words on a flattened line;
        # "Heino Knudsen Formand (A)": the member's title between name and party in a flattened table
        kept -= 1
    if kept < len(tokens):
        tokens = tokens[:kept]
        stop = begin + _span_of(text[begin:stop], kept)
    if not person_name(tokens):
        # "Sekretariat Rasmus Engsig", "Faxe Hans Barlach": a leading non-name word is dropped
        return None
    name = " ".join(tokens)
    party = party_after(text, stop, end)
    rest = party.end() if party else stop
    return NameHit(name, begin, stop, party["party"].strip() if party else None, role, rest)


# a bracket after a name that notes the member's status or stand-in, capitalised as a party's is: "(Afbud)",
# "(Fraværende)", "(Deltog ikke)", "(Stedfortræder for Lis Holm)" (a portal writes stand-ins so), "(Suppleant)"
_NOTE_BRACKET = re.compile(
    rf"(?i)\s*\(\s*(?:stedfortræder|suppleant|{DEPUTY_SHORT}|afbud|forfald|fravær|deltog|deltager|mødt|mødte|ikke\b|"
    r"orlov|syg\b|sygdom|forhindret|udeblev|i\s+stede|"
    # the one who came instead, a name and the verb of coming in the bracket: "(Lene Ibsen deltog i stedet)" (a
    # party's name has no such verb, however short the name before it)
    r"(?-i:[A-ZÆØÅ][\w.-]*(?:[ \t]+[A-ZÆØÅ][\w.-]*)+)[ \t]+"
    r"(?:deltog|deltager|mødte|mødt|indkaldt|indtrådte|indtræder)\b)"
)


def party_after(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The party's bracket right after a name ("(A)", "(Venstre)"), never a bracket that notes the member's status
    or stand-in ("(Afbud)", "(Stedfortræder for Lis Holm)"): that is the entry's rest."""
    party = PARTY.match(text, pos, end)
    return None if party is None or _NOTE_BRACKET.match(text, pos, end) else party


# a page's footer or a field's label run on after a list's last name on a flattened page: "Side 2", "side 2 af
# 12", "Side 2/12", "Sagsnr.:", "Sagsid.:" (a word and a colon, a full stop before it or not)
_PAGE_OR_FIELD = re.compile(r"(?:[Ss]ide[ \t]+\d|[A-ZÆØÅ][a-zæøå]+\.?:)")

# a status as an entry's value after its colon, no label of its own: "Arne Leyh Petersen: Afbud", "Kurt Andresen:
# Mødt", "Lis Holm: Deltog ikke," ("Bemærkninger: Afbud: Lis Holm" is a label before a label)
STATUS_VALUE = re.compile(
    r"[ \t]*(?i:afbud|forfald|fraværende|mødt|ikke[ \t]+mødt|deltog(?:[ \t]+ikke)?|til[ \t]+stede)[ \t]*(?=[(,;\n]|$)"
)

_SPLIT_TAIL = re.compile(r"[ \t]([a-zæøå]{1,2})(?![\w-])")


def _split_heading_at(text: str, token: str, stop: int, end: int) -> bool:
    """Whether ``token`` and the one or two lower-case letters set apart after it make a heading word: a PDF's
    text layer breaks a word before its last letters ("Bemærkninge r", "Mødetidspun kt")."""
    tail = _SPLIT_TAIL.match(text, stop, end)
    return tail is not None and heading_word(token + tail[1])


# a meeting room's or place's name, never a first name: "Byrådssalen", "Prøvestenen", "Mødelokalet"
_ROOM = re.compile(r"\w\w(?:salen|lokale|lokalet|stuen|stenen|gården|huset|hallen|centret|rådhuset|kroen)$")


def _unknown_first_at(
    text: str, start: int, tokens: list[tuple[int, int, str]], words: list[str], i: int, hits: list[NameHit]
) -> int | None:
    """The end (a token index) of a name opening at ``tokens[i]`` with a first name the lists do not know, where an
    entry starts: the run's first word, or the word right after the name read before it
    (``attendance_unknown_first``); None elsewhere."""
    if i > 0 and not (hits and hits[-1].end == start + tokens[i - 1][1]):
        return None
    if heading_word(words[i]) or words[i].lower() in ROLE_WORDS or words[i] in NOT_NAME_WORDS:
        return None
    return unknown_first_name_end(text, words, i, person_name)


def _span_of(run: str, count: int) -> int:
    """The length of the first ``count`` tokens of a run (its own spacing kept)."""
    tokens = list(NON_SPACE.finditer(run))
    return tokens[count - 1].end()


def split_run(text: str, start: int, end: int) -> list[NameHit]:
    """Names run together without separators, as a flattened table leaves them: "Birgit Hansen
    Frederikshavn Kommune Lene Kjelgaard Jensen Thisted Kommune", "Frank Laybourn Lead Agency"."""
    return list(split_run_lazily(text, start, end))


def split_run_lazily(text: str, start: int, end: int) -> Iterator[NameHit]:
    """``split_run``'s names one by one, each read when asked for: a reader that needs the first one or two stops
    the word-by-word walk there (a hit depends on the words and the hits before it, never on a later hit)."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in NON_SPACE.finditer(text[start:end])]
    hits: list[NameHit] = []
    words = [t[2] for t in tokens]
    i = 0
    while i < len(tokens):
        word = tokens[i][2].strip(",;")
        if not listed_first_name(word):
            # "… Palle S. Madsen Käthe Pedersen David Jennow": where an entry opens, a first name the lists do not
            # know before a surname they know; or a first name of initials only ("… Kommune H.C. Rasmussen …")
            after_hit = bool(hits) and i > 0 and hits[-1].end == start + tokens[i - 1][1]
            k = initials_first_end(words, i, after_hit) or _unknown_first_at(text, start, tokens, words, i, hits)
            if k is not None:
                s, e = (
                    start + tokens[i][0],
                    start + tokens[k - 1][1] - (len(words[k - 1]) - len(words[k - 1].rstrip(",;"))),
                )
                hits.append(NameHit(" ".join(w.rstrip(",;") for w in words[i:k]), s, e, rest_start=e))
                yield hits[-1]
            i = k if k is not None else i + 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j][2] in first_names() and j - i < 2:
            if j + 1 < len(tokens) and listed_first_name(tokens[j + 1][2]) and _surname_follows(tokens, j + 2):
                break  # "Birgitte Hannibal Karsten Lomholt": a first name and a surname follow, so a surname
            if tokens[j][2] in last_names() and _first_name_then_word(tokens, j + 1):
                break  # "Lone Mark Hans Buck": a first name that is a surname too, before the next name
            j += 1  # double first names: "Hans Ejner", "Niels Erik"
        # "Dorthe la Cour", "Christian de Jonquiéres", "Michel van der Linden": the particles go with the surname
        particles = _particles_at(tokens, j)
        if particles and j + particles < len(tokens) and _WORD.fullmatch(tokens[j + particles][2]):
            j += particles
        if j + 1 < len(tokens) and _ABBREVIATED.fullmatch(tokens[j][2]):
            j += 1  # "Hans Chr. Jeppesen": an abbreviated middle name, the surname after it
        if (
            (j >= len(tokens) or not _WORD_OR_INITIAL.fullmatch(tokens[j][2]))
            and j - i == 2
            and tokens[j - 1][2] in last_names()
        ):
            j -= 1  # "… Bo Sørensen Lone Mark": two first names and nothing after, the second one the surname
        if j >= len(tokens) or not _WORD_OR_INITIAL.fullmatch(tokens[j][2]):
            i = j
            continue
        k = j + 1  # the first surname is taken whatever it is; further ones only when they look like one
        if _INITIAL_ALONE.fullmatch(tokens[j][2]):
            # "Niels O. Grønlykke", "Emilly L. K. Pedersen": after the middle initials the surname, whatever it is
            while k < len(tokens) and _INITIAL_ALONE.fullmatch(tokens[k][2]) and k - i < 3:
                k += 1
            if k < len(tokens) and _WORD.fullmatch(tokens[k][2]) and not heading_word(tokens[k][2]):
                k += 1
        while k < len(tokens) and k - i < 4 and _WORD.fullmatch(tokens[k][2]) and surname_like(tokens[k][2]):
            if listed_first_name(tokens[k][2]) and (
                tokens[k][2] not in last_names() or _name_word_follows(tokens, k + 1)
            ):
                # "Birgitte Hannibal Karsten Lomholt": a first name and a surname start the next name; "Bo Sørensen
                # Lone Mark": so does a first name that is also a surname before one more name word
                break
            if listed_first_name(tokens[k][2]) and _INITIAL_TOKEN.fullmatch(tokens[k - 2][2]):
                break  # "Jan S. Kristensen Mona Kyndi": after a middle initial's surname a first name starts a name
            if k + 1 < len(tokens) and tokens[k + 1][2] in ("Kommune", "Kommunes"):
                break
            if tokens[k][2].lower() in municipality_names():
                break  # "Lene Jensen Thisted Anne Holm Aalborg": the municipality each one comes from
            k += 1
        if k == len(tokens) - 1 and k - i == 2 and _ends_line(text, start + tokens[k][1], end):
            word = tokens[k][2]  # "… Sisse Krøll Willemoes\n": the line's last word ends the name it follows
            if (
                _WORD.fullmatch(word)
                and not word.isupper()
                and word not in NOT_NAME_WORDS
                and word.lower() not in municipality_names()
            ):
                k += 1
        entry_start = _line_starts(text, start + tokens[0][0]) or _after_entry(text, start + tokens[0][0])
        if not hits and i >= 2 and entry_start and surname_like(tokens[i - 1][2]):
            # "Jannich Petersen Lone Birgit Halskov Møller": the name before the first one known, at the line's
            # start (or after the entry before's closing bracket: "Hans Peter Geil (afbud) Erwin Andresen Inger
            # Donslund"), when it ends in a surname
            lead = [t[2] for t in tokens[:i]]
            if len(lead) <= 3 and all(_WORD.fullmatch(t) for t in lead) and person_name(lead):
                hits.append(NameHit(" ".join(lead), start + tokens[0][0], start + tokens[i - 1][1],
                                    rest_start=start + tokens[i - 1][1]))  # fmt: skip
                yield hits[-1]
        name_tokens = [t[2] for t in tokens[i:k]]
        if k == j + 1 and j - i == 2 and not person_name(name_tokens) and tokens[j - 1][2] in last_names():
            # "Lone Mark Netværk af Aktive Kystbyer": the second of two first names is the surname when the word
            # after them is none (whom the member comes for)
            k, name_tokens = j, name_tokens[:2]
        if person_name(name_tokens):
            s, e = start + tokens[i][0], start + tokens[k - 1][1]
            hits.append(NameHit(" ".join(name_tokens), s, e, rest_start=e))
            yield hits[-1]
        i = k


_HEADINGS = frozenset(
    {"referat", "dagsorden", "bemærkninger", "beslutning", "sagsfremstilling", "indstilling", "bilag", "punkt"}
    # the next attendance list's label run on after a list's last name: "… Githa Nelander Fraværende:"
    | {"fraværende", "afbud", "deltagere", "medlemmer", "fravær", "fremmødte", "mødested"}
    # a heading of the next page run on: "… Kurt Mortensen Dagsordenen", "… Inge Juul Knudsen Sagsoversigt"
    | {"dagsordenen", "sagsoversigt", "indholdsfortegnelse", "referatet"}
    # a page's number field run on: "… Kurt Mortensen Sagsoversigt Side 01."
    | {"side"}
)
_NOUN_ENDINGS = ("else", "ning", "ninger", "ningen", "eren", "erne", "ingen")
_DEFINITE_ENDINGS = ("et",)


def heading_word(token: str) -> bool:
    """A capitalised common noun that follows a name on a flattened line ("Indholdsfortegnelse",
    "Borgmesteren", "Referat"), never a surname."""
    lower = token.lower()
    if token.isupper() and len(token) >= 4 and token.isalpha():
        return True  # "… Kjeld Kjeldsen GODKENDELSE AF FORSLAG": a heading in capitals run on
    if lower in _HEADINGS or (lower.endswith(_NOUN_ENDINGS) and len(lower) > 7 and not surname_like(token)):
        # a surname of eight letters ends in "-ning" as a place's name does ("Tina Tving Stauning", "Skaaning"); a
        # heading in "-ning" is longer ("Beslutning", "Opfølgning")
        return not (lower.endswith("ning") and len(lower) == 8)
    # a noun's definite form opening the next sentence on a flattened line: "Afbud: Michael Burgess Mødet blev
    # gennemført …"
    return lower.endswith(_DEFINITE_ENDINGS) and len(lower) > 4 and not surname_like(token)


def _particles_at(tokens: list[tuple[int, int, str]], j: int) -> int:
    """How many particles open a surname at token j: two ("van der"), one ("la") or none."""
    if j + 1 < len(tokens) and _DOUBLE_PARTICLE.fullmatch(f"{tokens[j][2]} {tokens[j + 1][2]}"):
        return 2
    return int(j < len(tokens) and bool(_PARTICLE.fullmatch(tokens[j][2])))


def _surname_follows(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """tokens[k] is a surname and no first name ("Lomholt" after "Karsten"), or a middle initial and then
    one ("S. Kristensen" after "Jan")."""
    if k < len(tokens) and _INITIAL_TOKEN.fullmatch(tokens[k][2]):
        k += 1
    if k >= len(tokens):
        return False
    word = tokens[k][2]
    return bool(_WORD.fullmatch(word)) and surname_like(word) and not listed_first_name(word)


def _first_name_then_word(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """tokens[k] is a first name and tokens[k + 1] a word that is none ("Hans Buck")."""
    if k + 1 >= len(tokens) or not listed_first_name(tokens[k][2]):
        return False
    word = tokens[k + 1][2]
    return bool(_WORD.fullmatch(word)) and not listed_first_name(word) and not heading_word(word)


def _name_word_follows(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """tokens[k] is a surname, or a first name that is also one ("Mark" after "Lone")."""
    if _surname_follows(tokens, k):
        return True
    return k < len(tokens) and tokens[k][2] in last_names() and listed_first_name(tokens[k][2])


def _ends_line(text: str, pos: int, end: int) -> bool:
    return not text[pos:end].strip(" \t") or text[pos:end].lstrip(" \t").startswith("\n")


def _after_entry(text: str, pos: int) -> bool:
    """``pos`` follows the bracket that closed the entry before ("(afbud) ", "(A) ")."""
    return text[max(0, pos - 4) : pos].rstrip(" \t")[-1:] == ")"


def _line_starts(text: str, pos: int) -> bool:
    return not text[text.rfind("\n", 0, pos) + 1 : pos].strip(" \t")


# a person's title before the name in a list entry: "Borgmester", "Koncerndirektør", "Adm. direktør",
# "Formand for sammenlægningsudvalg", "Direktør for Regional Udvikling", "Restauratør", "Rektor"
_LEAD_ENDINGS = rf"{_TITLE_ENDINGS}|rektor|rådmand|minister|borgmester"
_TITLE_LEAD = re.compile(
    r"[\s•·*_\-–]*(?P<title>(?:"
    r"(?:(?:Adm\.|Administrerende|Konstitueret|Fungerende)[ \t]+[a-zæøå]*|(?=[A-ZÆØÅ]))"
    rf"(?i:[a-zæøå]*(?:{_LEAD_ENDINGS}|mester|ejer|tør|nør|ør|or))|"
    # in lower case only a title by its own word: "sekretariatschef Lise Holm", not "for Lise Holm"
    rf"(?:(?:adm\.|administrerende|konstitueret|fungerende)[ \t]+)?[a-zæøå]*(?:{_LEAD_ENDINGS}))"
    # "Direktør for Regional Udvikling", "Koncerndirektør fra Region Hovedstaden"
    r"(?:[ \t]+(?:for|fra|i|af|ved)[ \t]+[\wæøåÆØÅ-]+)?)[ \t]+"
)


def read_titled_name(text: str, pos: int = 0, end: int | None = None) -> NameHit | None:
    """The name after a title that opens a list entry ("Koncerndirektør Hans Kirk, Danfoss A/S",
    "Formand for sammenlægningsudvalg Tove Larsen (S)", "Direktør C.C. Nielsen"), the title as its role."""
    end = len(text) if end is None else end
    lead = _TITLE_LEAD.match(text, pos, end)
    if lead is None:
        return None
    run = NAME_RUN.match(text, lead.end(), end)
    if run is None:
        return None
    spans = [(m.start(), m.group(0)) for m in NON_SPACE.finditer(run.group(0))]
    # "Regional Udvikling Kjeld Zacho Jørgensen": the title's own capitalised words before a first name;
    # with no first name in the run, the title says the whole run is the name ("Rektor Tyge Skovgaard")
    given = [i for i, (_, t) in enumerate(spans[:-1]) if t in first_names() or _INITIAL_ALONE.fullmatch(t)]
    first = given[0] if given else 0
    tokens = [t for _, t in spans[first:]]
    if not person_name(tokens):
        return None
    start = run.start() + spans[first][0]
    party = party_after(text, run.end(), end)
    rest = party.end() if party else run.end()
    title = " ".join(lead["title"].lower().split())
    return NameHit(" ".join(tokens), start, run.end(), party["party"].strip() if party else None, title, rest)


def two_names(text: str, hit: NameHit) -> list[NameHit]:
    """One run read as one name that is two: a first name after a surname inside it."""
    spans = [(m.start(), m.end(), m.group(0)) for m in NON_SPACE.finditer(text, hit.start, hit.end)]
    cuts = [
        i
        for i in range(2, len(spans) - 1)
        if spans[i][2] in first_names() and spans[i - 1][2] not in first_names() and not spans[i - 1][2].endswith(".")
    ]
    if len(cuts) != 1:
        return [hit]
    i = cuts[0]
    a = NameHit(" ".join(t for _, _, t in spans[:i]), spans[0][0], spans[i - 1][1], rest_start=spans[i - 1][1])
    b = NameHit(" ".join(t for _, _, t in spans[i:]), spans[i][0], spans[-1][1], rest_start=spans[-1][1])
    return [a, b] if person_name(a.name.split()) and person_name(b.name.split()) else [hit]
