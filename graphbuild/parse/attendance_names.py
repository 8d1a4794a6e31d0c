"""People's names where minutes put them in a structured place: attendance lists, "Name (Party)",
"Name, X Kommune", "stedfortræder for Name". There the place says it is a name, so a first name
missing from the name list is no reason to reject it; streets, places, bodies and companies still are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graphbuild.vocab.reference import NOT_NAME_WORDS_COMMON, first_names, last_names, municipality_by_name

_UPPER = "A-ZÆØÅÉÈÁÀÍÓÚÜÖÄÇŞĞÑ"
_LOWER = "a-zæøåéèáàíóúüöäëïçşğıñâêîôû"
WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*"
# "J.", "N.J.", and the short forms of first names in lists ("Niels Kr. Kirketerp", "Peder Chr. Kirkegaard")
NAME_ABBREVIATIONS = ("Chr", "Kr", "Th", "Fr", "Joh", "Jac", "Wm", "Ths", "Chs", "Vilh")
INITIAL = rf"[{_UPPER}]\.(?:-?[{_UPPER}]\.)*|(?:{'|'.join(NAME_ABBREVIATIONS)})\.(?=[ \t]+[{_UPPER}])"
PARTICLE = r"(?:de|von|van|der|den|la|le|af|du|da|di)"
_TOKEN = re.compile(rf"{INITIAL}|{WORD}|{PARTICLE}(?=[ \t]+[{_UPPER}])")
# a run of name tokens, at most one space or tab apart
NAME_RUN = re.compile(
    rf"(?<![\w.-])(?:{INITIAL}|{WORD})(?:[ \t]{{1,2}}(?:{PARTICLE}[ \t]+)?(?:{INITIAL}|{WORD}))+(?![\w-])"
)
PARTY = re.compile(rf"\s*\((?P<party>[{_UPPER}][^()\n]{{0,29}})\)")

# Words that introduce a name without being part of it ("Formand Erik Nielsen", "Rådmand X").
ROLE_WORDS = frozenset(
    [
        "formand",
        "næstformand",
        "borgmester",
        "viceborgmester",
        "rådmand",
        "udvalgsformand",
        "kommunaldirektør",
        "direktør",
        "løsgænger",
        "medlem",
        "suppleant",
        "stedfortræder",
        "stedfortræderen",
        "suppleanten",
        "kommunalbestyrelsesmedlem",
        "byrådsmedlem",
        "chef",
        "konsulent",
        "sekretær",
        "referent",
        "mødeleder",
        "gæst",
    ]
)
# Capitalised words that are never part of a person's name.
NOT_NAME_WORDS = NOT_NAME_WORDS_COMMON | frozenset(
    [
        "Afbud",
        "Agency",
        "Alliance",
        "Allé",
        "Alternativet",
        "April",
        "August",
        "Bemærkninger",
        "Bestyrelse",
        "Bestyrelsen",
        "Borgmester",
        "Byrådets",
        "Care",
        "Center",
        "Centeret",
        "Centret",
        "Dagsorden",
        "Dansk",
        "Dato",
        "December",
        "Deltager",
        "Deltagere",
        "Der",
        "Direktion",
        "Efter",
        "Enhedslisten",
        "Februar",
        "Folkeparti",
        "Fond",
        "Fonden",
        "Forening",
        "Foreningen",
        "Formand",
        "Forum",
        "Forvaltning",
        "Forvaltningen",
        "Fraværende",
        "Fredag",
        "Group",
        "Gæster",
        "Hallen",
        "Holding",
        "Hotel",
        "Hus",
        "Huset",
        "Ingen",
        "Intet",
        "Januar",
        "Juli",
        "Juni",
        "Kirke",
        "Kirken",
        "Kommunalbestyrelse",
        "Kommunalbestyrelsen",
        "Konservative",
        "Liberal",
        "Lokale",
        "Lørdag",
        "Løsgænger",
        "Maj",
        "Mandag",
        "Marts",
        "Medlemmer",
        "Mødedato",
        "Mødedeltagere",
        "Mødested",
        "Mødetidspunkt",
        "Netværk",
        "Netværket",
        "November",
        "Næstformand",
        "Oktober",
        "Onsdag",
        "Pkt",
        "Plads",
        "Pladsen",
        "Radikale",
        "Referat",
        "Regions",
        "Rådhus",
        "Rådhuset",
        "Rådmand",
        "SF",
        "Sag",
        "Sagen",
        "Sekretariat",
        "Sekretariatet",
        "Selskab",
        "Selskabet",
        "September",
        "Side",
        "Skole",
        "Skolen",
        "Socialdemokratiet",
        "Som",
        "Sted",
        "Stedfortræder",
        "Stedfortrædere",
        "Suppleant",
        "Suppleanter",
        "Søndag",
        "Tid",
        "Tilstede",
        "Tirsdag",
        "Torsdag",
        "Torv",
        "Torvet",
        "Udvalget",
        "Udvalgets",
        "Under",
        "Ved",
        "Vej",
        "Vejen",
        "Venstre",
        "Åben",
    ]
)
_PLACE_SUFFIX = re.compile(
    r"(?i)\w\w(?:vej|vejen|gade|gaden|allé|alle|plads|pladsen|torv|stræde|vænge|boulevard|parken|centret|"
    r"center|hotel|huset|skolen|hallen|kirke|kommune|udvalg|udvalget|rådet|byråd|byrådet|forum|net)$"
)
_SURNAME_SUFFIX = re.compile(
    r"(?:sen|søn|gaard|gård|rup|strup|holm|bæk|berg|borg|lund|skov|dal|høj|kjær|bjerg|strøm|mann|"
    r"mose|vad|hus|by|toft|feldt|felt|ager|sted|stad|bo|ved|hauge|lyng|ris|kær)$"
)


_BULLETS = re.compile(r"[\s•·*_\-–]*")
NON_SPACE = re.compile(r"\S+")
_WORD = re.compile(WORD)
_WORD_OR_INITIAL = re.compile(rf"{INITIAL}|{WORD}")
_ROLE_LEAD = re.compile(r"[\s•·*_\-–]*(?:\d+\.\s*)?(?P<w>[A-Za-zæøåÆØÅ]+)\b:?\s*")


@dataclass(frozen=True)
class NameHit:
    name: str
    start: int  # offsets in the text the name was read from
    end: int
    party: str | None = None
    role: str | None = None
    rest_start: int = 0  # where the text after the name (and its party) begins


@cache
def _municipality_names() -> frozenset[str]:
    return frozenset(municipality_by_name())


def is_municipality(text: str) -> bool:
    """True for "Faxe", "Assens Kommune", "Faaborg-Midtfyn Kommune", "Region Nordjylland"."""
    words = text.strip(" .,;").split()
    if words and words[-1] in ("Kommune", "Kommunes"):
        words = words[:-1]
    elif len(words) == 2 and words[0] == "Region":
        return True
    return bool(words) and " ".join(words).lower() in municipality_by_name()


def plausible(tokens: list[str]) -> bool:
    """Tokens of one person's name: two or more, ending in a whole word, none a word that is never a name."""
    words = [t for t in tokens if not t.endswith(".") and t[0].isupper()]
    if len(tokens) < 2 or not words or tokens[-1].endswith(".") or len(words) > 5:
        return False
    if any(t in NOT_NAME_WORDS or t.lower() in ROLE_WORDS for t in tokens):
        return False
    if any(_PLACE_SUFFIX.search(t) and t not in last_names() for t in tokens[1:]):
        return False
    if tokens[0] not in first_names() and tokens[0].lower() in _municipality_names():
        return False  # "Lolland Lene": a place, then a name cut off
    if tokens[0].endswith(".") and len(words) < 1:
        return False
    return not (len(tokens) == 2 and is_municipality(" ".join(tokens)))


def surname_like(token: str) -> bool:
    return token in last_names() or token in first_names() or bool(_SURNAME_SUFFIX.search(token)) or "-" in token


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
    if not plausible(tokens):
        # "Sekretariat Rasmus Engsig", "Faxe Hans Barlach": a leading non-name word is dropped
        return None
    name = " ".join(tokens)
    stop = run.end()
    party = PARTY.match(text, stop, end)
    rest = party.end() if party else stop
    return NameHit(name, run.start(), run.end(), party["party"].strip() if party else None, role, rest)


def split_run(text: str, start: int, end: int) -> list[NameHit]:
    """Names run together without separators, as a flattened table leaves them: "Birgit Hansen
    Frederikshavn Kommune Lene Kjelgaard Jensen Thisted Kommune", "Frank Laybourn Lead Agency"."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in NON_SPACE.finditer(text[start:end])]
    hits: list[NameHit] = []
    i = 0
    while i < len(tokens):
        word = tokens[i][2].strip(",;")
        if word not in first_names():
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j][2] in first_names() and j - i < 2:
            j += 1  # double first names: "Hans Ejner", "Niels Erik"
        if j >= len(tokens) or not _WORD_OR_INITIAL.fullmatch(tokens[j][2]):
            i = j
            continue
        k = j + 1  # the first surname is taken whatever it is; further ones only when they look like one
        while k < len(tokens) and k - i < 4 and _WORD.fullmatch(tokens[k][2]) and surname_like(tokens[k][2]):
            if tokens[k][2] in first_names() and tokens[k][2] not in last_names():
                break
            if k + 1 < len(tokens) and tokens[k + 1][2] in ("Kommune", "Kommunes"):
                break
            if tokens[k][2].lower() in _municipality_names():
                break  # "Lene Jensen Thisted Anne Holm Aalborg": the municipality each one comes from
            k += 1
        name_tokens = [t[2] for t in tokens[i:k]]
        if plausible(name_tokens):
            s, e = start + tokens[i][0], start + tokens[k - 1][1]
            hits.append(NameHit(" ".join(name_tokens), s, e, rest_start=e))
        i = k
    return hits
