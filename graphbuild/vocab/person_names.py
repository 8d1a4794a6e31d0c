"""People's names as Danish minutes print them, shared by parse (attendance) and extract (people):
the shape of a name ("Anders J. Jørgensen", "Hans-Christian", "Niels Kr. Kirketerp", "Christian de
Jonquiéres"), the title words that introduce one, the capitalised words that are never part of one,
whether a run of words can be one person's name, and whether two spellings in one document are one
person ("Inger B. Nehm", "Inger Bojsen Nehm")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import cache, lru_cache

from graphbuild.vocab.reference import NOT_NAME_WORDS_COMMON, first_names, last_names, municipality_by_name

_UPPER = "A-ZÆØÅÉÈÁÀÍÓÚÜÖÄÇŞĞÑ"
_LOWER = "a-zæøåéèáàíóúüöäëïçşğıñâêîôû"
WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*"
# "J.", "N.J.", and the short forms of first names in lists ("Niels Kr. Kirketerp", "Peder Chr. Kirkegaard")
NAME_ABBREVIATIONS = ("Chr", "Kr", "Th", "Fr", "Joh", "Jac", "Wm", "Ths", "Chs", "Vilh")
INITIAL = rf"[{_UPPER}]\.(?:-?[{_UPPER}]\.)*|(?:{'|'.join(NAME_ABBREVIATIONS)})\.(?=[ \t]+[{_UPPER}])"
PARTICLE = r"(?:de|von|van|der|den|la|le|af|du|da|di)"
# the two particles a surname may open with ("Michel van der Linden", "Maria de la Cruz"); only these pairs, so a
# sentence's "af den" or "for de" after a name never joins it to the capitalised words after them
DOUBLE_PARTICLE = r"(?:van|von)[ \t]+(?:der|den|de)|de[ \t]+la"
# the words of a deputy's seat, the head of "stedfortræderen", "suppleanter", "1. suppleant for X"
DEPUTY_WORD = r"(?:stedfortræder|suppleant)"
# the same word cut short with its full stop, as a list's note prints it: "(supp.)", "(suppl. for Karen Lund)",
# "stedf. for", "stf. Ole Berg"
DEPUTY_SHORT = r"(?:supp|suppl|stedf|stf)\."
# a run of name tokens, at most one space or tab apart
# a middle initial printed without its dot, between two words: "Vagn E Larsen"
BARE_INITIAL = rf"(?<=[{_LOWER}][ \t])[{_UPPER}](?=[ \t][{_UPPER}][{_LOWER}])"
# The first token, "(?<![\w.-])(?:{INITIAL}|{WORD})" with its capital taken first and the look-behind
# after it: a pattern that opens with a character class is scanned for it at C speed, one that opens
# with a look-behind is tried at every position. Each branch goes on after the capital (an abbreviation
# checks its own capital by a look-behind).
_ABBREVIATION_AFTER_CAPITAL = "|".join(f"(?<={short[0]}){short[1:]}" for short in NAME_ABBREVIATIONS)
_FIRST_TOKEN = (
    rf"[{_UPPER}](?<![\w.-].)"
    rf"(?:\.(?:-?[{_UPPER}]\.)*|(?:{_ABBREVIATION_AFTER_CAPITAL})\.(?=[ \t]+[{_UPPER}])"
    rf"|[{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*)"
)
_PARTICLES_BEFORE = rf"(?:(?:{DOUBLE_PARTICLE}|{PARTICLE})[ \t]+)?"
NAME_RUN = re.compile(
    rf"{_FIRST_TOKEN}(?:[ \t]{{1,2}}{_PARTICLES_BEFORE}(?:{INITIAL}|{BARE_INITIAL}|{WORD}))+(?![\w-])"
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
# a title compounded with its body or rank: "Regionsrådsformand", "Amtsrådsmedlem", "Koncerndirektør",
# "Kontorchef", "Skoleleder", "Rektor": never part of a name
TITLE_COMPOUND_ENDINGS = (
    "formand",
    "medlem",
    "direktør",
    "chef",
    "borgmester",
    "rådmand",
    "minister",
    "konsulent",
    "sekretær",
    "koordinator",
    "leder",
)
_TITLE_COMPOUND = re.compile(r"(?:\w{2,}(?:" + "|".join(TITLE_COMPOUND_ENDINGS) + r")|(?:pro|vice)?rektor)$")


def is_title_word(token: str) -> bool:
    """A role word ("formand", "Borgmester") or a title compounded with its body or rank."""
    lower = token.lower()
    return lower in ROLE_WORDS or bool(_TITLE_COMPOUND.fullmatch(lower))


# Capitalised words that are never part of a person's name.
NOT_NAME_WORDS = NOT_NAME_WORDS_COMMON | frozenset(
    [
        "Afbud",
        "Agency",
        "Alliance",
        "Alle",
        "Allé",
        "Alternativet",
        "April",
        "August",
        "Bemærkninger",
        "Bestyrelse",
        "Bestyrelsen",
        "Borgmester",
        "Byrådets",
        "Cafe",
        "Café",
        "Care",
        "Center",
        "Centeret",
        "Centret",
        "Dagsorden",
        "Dansk",
        # the national adjective in the plural opens an organisation's name ("Danske Handicaporganisationer",
        # "Danske Regioner", "Danske Ældreråd"), never a person's
        "Danske",
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
        "Fremmøde",
        "Fredag",
        "Frivillige",
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
        "Lovgrundlag",
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
        "Mødt",
        "Netværk",
        "Netværket",
        "November",
        "Navn",
        "Næstformand",
        "Oktober",
        "Onsdag",
        "Parti",
        "Pkt",
        "Plads",
        "Politi",
        "Politiet",
        "Pladsen",
        "Radikale",
        "Referat",
        "Regions",
        "Restaurant",
        "Resume",
        "Resumé",
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
        # the parties founded since 2015 a flattened member list prints after a name ("Susanne Zimmer Frie Grønne"),
        # beside the older ones above ("Venstre", "Socialdemokratiet", "Alternativet")
        "Borgerlige",
        "Danmarksdemokraterne",
        "Frie",
        "Kristendemokraterne",
        "Moderaterne",
        # a decision line's first word run on into the names it records ("Godkendt Emilly L. K. Pedersen og
        # … var fraværende"), an item heading's ("Konstituering af Handicaprådet")
        "Godkendt",
        "Vedtaget",
        "Tiltrådt",
        "Konstituering",
    ]
)
# an association's or a meeting's officer's post, capitalised: it ends a name run on before its label ("Næstformand:
# Lars Wahlqvist Kasserer: Karl Anker Jensen" flattened) but vouches for no name as ROLE_WORDS' titles do ("Ole Hansen -
# kasserer" before a line makes no name of that line)
OFFICER_POSTS = frozenset({"Kasserer", "Dirigent", "Ordstyrer"})
NOT_NAME_WORDS |= OFFICER_POSTS
# a title's qualifier abbreviated, capitalised before its title: "Christian Høgsbro Adm. direktør" (administrerende),
# "Jørgen Bruun Konst. direktør" (konstitueret): it ends the name before it, never a surname
TITLE_QUALIFIER_ABBREVIATIONS = frozenset({"Adm", "Konst", "Kst"})
NOT_NAME_WORDS |= TITLE_QUALIFIER_ABBREVIATIONS
# a street's, place's or body's word ending a token; "alle" (allé unaccented) never after a "b": the
# surnames "Kragballe", "Gadballe", "Hvalballe" are no avenues
_PLACE_SUFFIX = re.compile(
    r"(?i)\w\w(?:vej|vejen|gade|gaden|allé|(?<!b)alle|plads|pladsen|torv|stræde|vænge|boulevard|parken|centret|"
    r"center|hotel|huset|skolen|hallen|kirke|kommune|udvalg|udvalget|rådet|byråd|byrådet|forum|net)$"
)
# a body's name in the genitive ("Friluftsrådets direktør", "Kommunens sekretariat"): never a surname
_BODY_GENITIVE = re.compile(
    r"\w\w(?:rådets|udvalgets|bestyrelsens|sekretariatets|forvaltningens|kommunes|kommunens|regionens|"
    r"netværkets|foreningens|selskabets|centrets|husets|skolens|forbunds|forbundets)$"
)
# a body's name in the definite form ("Naturstyrelsen", "Nationalparksekretariatet", "Digelagene",
# "Nationalparkrådet") or its indefinite compound ("Thy Erhvervsråd", "Danmarks Jægerforbund"), printed
# before its representative in a list of members: never part of a name
_BODY_DEFINITE = re.compile(
    r"\w\w(?:styrelsen|sekretariatet|rådet|udvalget|lagene|laget|forbundet|foreningen|selskabet|"
    r"instituttet|museet|kontoret|tilsynet|ministeriet|råd|forbund|forening|selskab)$"
)
_SURNAME_SUFFIX = re.compile(
    r"(?:sen|søn|gaard|gård|rup|strup|holm|bæk|berg|borg|lund|skov|dal|høj|kjær|bjerg|strøm|mann|"
    r"mose|vad|hus|by|toft|feldt|felt|ager|sted|stad|bo|ved|hauge|lyng|ris|kær)$"
)
NON_SPACE = re.compile(r"\S+")


@cache
def municipality_names() -> frozenset[str]:
    return frozenset(municipality_by_name())


def is_municipality(text: str) -> bool:
    """True for "Faxe", "Assens Kommune", "Faaborg-Midtfyn Kommune", "Region Nordjylland"."""
    words = text.strip(" .,;").split()
    if words and words[-1] in ("Kommune", "Kommunes"):
        words = words[:-1]
    elif len(words) == 2 and words[0] == "Region":
        return True
    return bool(words) and " ".join(words).lower() in municipality_by_name()


def is_body_genitive(token: str) -> bool:
    return bool(_BODY_GENITIVE.search(token)) and token not in last_names()


def is_body_name(token: str) -> bool:
    return bool(_BODY_DEFINITE.search(token)) and token not in last_names()


# a room's word, where a meeting is held, printed before the members a flattened header lists ("Mødelokale:
# Medlemmer: Byrådssal Michael Ziegler (borgmester) (C)", "Byrådssalen", "Mødelokale", "Udvalgsværelset")
_ROOM = re.compile(r"(?i)\w{4,}(?:sal|salen|lokale|lokalet|værelse|værelset)$")


def names_no_one(token: str) -> bool:
    """A word that names no person and is never in a name, a title in the definite (the post's holder: "Formanden
    Aase Windeballe bød velkommen", "Borgmesteren", "Kommunaldirektøren") or a room's word ("Byrådssal"); never a
    name the lists know ("Søren", "Karen", "Faysal")."""
    if token in first_names() or token in last_names():
        return False
    lower = token.lower()
    return bool(_ROOM.search(lower)) or any(
        lower.endswith(ending) and is_title_word(lower[: -len(ending)]) for ending in ("en", "n")
    )


def doubled_at(tokens: list[str]) -> int | None:
    """Where a capitalised word is printed twice in a row in a name's tokens (the second one's index), or None: a
    name never repeats a word, the second one opens what is named after the person, a firm run on after the name in
    a flattened list ("Poul Bjergved Bjergved Consult")."""
    return next((i for i in range(1, len(tokens)) if tokens[i] == tokens[i - 1] and tokens[i][:1].isupper()), None)


# a common noun in the definite: eight letters or more ending "-en" or "-et" ("Kantinen", "Visitationsenheden",
# "Regionshuset", "Prøvestenen"); an unknown first name is shorter ("Tedijen Ulrik Larsen")
_DEFINITE_NOUN = re.compile(r"[A-ZÆØÅ][a-zæøå]{5,}(?:en|et)")


def definite_lead(tokens: list[str]) -> bool:
    """Whether a name's run opens with a noun in the definite before a known first name, a place, a building or a
    unit run on before the person in a flattened list ("Visitationsenheden Birgitte Nystrup", "Prøvestenen Lars
    Løgstrup", "Kantinen Jens Hansen"); never a word the name lists know or a surname's shape ("Kristen Marie")."""
    lead = tokens[0]
    return (
        len(tokens) > 2
        and tokens[1] in first_names()
        and _DEFINITE_NOUN.fullmatch(lead) is not None
        and lead not in first_names()
        and lead not in last_names()
        and not surname_shaped(lead)
    )


def plausible(tokens: list[str]) -> bool:
    """Tokens of one person's name: two or more, ending in a whole capitalised word (a surname, never a particle:
    "Valgt af" under a name in a list is what the line says of it), none a word that is never a name."""
    words = [t for t in tokens if not t.endswith(".") and t[0].isupper()]
    if len(tokens) < 2 or not words or tokens[-1].endswith(".") or not tokens[-1][0].isupper() or len(words) > 5:
        return False
    if any(t in NOT_NAME_WORDS or t.lower() in ROLE_WORDS for t in tokens):
        return False
    if names_no_one(tokens[0]):  # before the name; one run on after it is dropped where the name is read
        return False
    if definite_lead(tokens):
        return False
    if doubled_at(tokens) is not None:
        return False  # "Poul Bjergved Bjergved": the repeated surname opens the firm named after the person
    if any((_PLACE_SUFFIX.search(t) or _BODY_GENITIVE.search(t)) and t not in last_names() for t in tokens[1:]):
        return False
    if any(is_body_name(t) for t in tokens):
        return False  # "Nationalparksekretariatet John Frikke": a body, then its representative
    if tokens[0] not in first_names() and tokens[0].lower() in municipality_names():
        return False  # "Lolland Lene": a place, then a name cut off
    if tokens[0].endswith(".") and len(words) < 1:
        return False
    return not (len(tokens) == 2 and is_municipality(" ".join(tokens)))


def surname_shaped(token: str) -> bool:
    """A word in a surname's form by its ending alone ("-sen", "-gaard", "-rup", "-holm", …)."""
    return bool(_SURNAME_SUFFIX.search(token))


def surname_like(token: str) -> bool:
    return token in last_names() or token in first_names() or bool(_SURNAME_SUFFIX.search(token)) or "-" in token


def same_person(a: str, b: str) -> bool:
    """Two spellings of one name in one document: the same first name, middle names that agree
    (an initial for a name: "Inger B. Nehm", "Inger Bojsen Nehm") and the same or a nearly
    identical surname ("Ovidiu G. Neuhitoi", "Ovidiu George Nechitoi")."""
    x, y = a.split(), b.split()
    if len(x) < 3 or len(y) < 3 or x[0] != y[0] or len(x) != len(y) or a == b:
        return False
    for p, q in zip(x[1:-1], y[1:-1], strict=True):
        if p != q and not (p.endswith(".") and q.startswith(p[:-1])) and not (q.endswith(".") and p.startswith(q[:-1])):
            return False
    last_x, last_y = x[-1].lower(), y[-1].lower()
    return last_x == last_y or (
        min(len(last_x), len(last_y)) >= 5 and SequenceMatcher(None, last_x, last_y).ratio() >= 0.8
    )


def misprinted(name: str, other: str) -> bool:
    """Whether ``other`` spells ``name`` with its surname's letters swapped: the same first name, a surname of the
    same letters in another order, its first letter kept ("Thomas Dalhgaard" for "Thomas Dahlgaard"; not "Thomas
    Jensen" for "Thomas Hansen", nor "Thomas Lassen" for "Thomas Larsen")."""
    first, last = name.split()[0], name.split()[-1]
    words = other.split()
    return (
        len(words) > 1
        and words[0] == first
        and words[-1][:1] == last[:1]
        and words[-1] != last
        and sorted(words[-1].lower()) == sorted(last.lower())
    )


def shorter_spellings(names: Iterable[str]) -> dict[str, str]:
    """Of one document's names, each shorter spelling mapped to the one fuller spelling of the same person it
    fits: the middle names left out ("Jesper Stange" -> "Jesper Normand Stange", "Hanne Heilmann" -> "Hanne D.
    Heilmann"), or the surname left out after a double first name ("Poul Erik" -> "Poul Erik Schallert"); none
    when two fuller spellings fit ("Anders Nielsen" beside "Anders Bo Nielsen" and "Anders Kr. Nielsen")."""
    longer: dict[str, list[tuple[list[str], str]]] = {}  # the names of three words or more, by their first name
    short: list[tuple[str, str, str]] = []  # (first name, second word, the name as given)
    for name in dict.fromkeys(names):
        tokens = name.split()
        if len(tokens) > 2:
            longer.setdefault(tokens[0], []).append((tokens, name))
        elif len(tokens) == 2 and "." not in name:
            short.append((tokens[0], tokens[1], name))
    shorter: dict[str, str] = {}
    for first, second, given in short:
        double_first = first in first_names() and second in first_names() and second not in last_names()
        fits = [
            full
            for other, full in longer.get(first, [])
            if other[-1] == second or (double_first and other[1] == second)
        ]
        if len(fits) == 1:
            shorter[given] = fits[0]
    return shorter


def fuller_spellings(names: Iterable[str]) -> dict[str, str]:
    """Of one document's names, each spelled with initials mapped to the spelling of the same person
    with fewer ("Inger B. Nehm" -> "Inger Bojsen Nehm"); names are compared within their first name,
    in the order given (the last fuller spelling that is the same person wins)."""
    by_first: dict[str, list[str]] = {}
    for name in dict.fromkeys(names):
        by_first.setdefault(name.split()[0], []).append(name)
    fuller: dict[str, str] = {}
    for group in by_first.values():
        for name in group:
            if "." not in name:
                continue
            for other in group:
                if other.count(".") < name.count(".") and same_person(name, other):
                    fuller[name] = other
    return fuller


# a run of letters, digits and hyphens: the whole words ``written_in_lower_case`` reads (``[^\W_]`` is ``str.isalnum``)
_WORD_RUN = re.compile(r"(?:[^\W_]|-)+")
_WORDS_KEPT_FROM = 20_000  # a text this long has its whole words found once, not searched for each word asked


@lru_cache(maxsize=2)
def _whole_words(text: str) -> frozenset[str]:
    return frozenset(_WORD_RUN.findall(text))


def written_in_lower_case(text: str, word: str) -> bool:
    """``word`` (in lower case) stands as a whole word somewhere in ``text``: a common noun, when a capitalised twin
    of it is read as a name."""
    if len(text) >= _WORDS_KEPT_FROM and word and all(c.isalnum() or c == "-" for c in word):
        # a word of letters, digits and hyphens stands whole where a run of them is the word (a long page asks for
        # one word per name on it, each a search of the page)
        return word in _whole_words(text)
    at = text.find(word)
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + len(word) : at + len(word) + 1]
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            return True
        at = text.find(word, at + 1)
    return False


# the endings of the nouns that name a post ("Observatør", "Repræsentant", "Referent", "Politiker", "Kurator")
POST_ENDING = re.compile(r"(?:ør|ant|ent|iker|log|tor)$")


def listed_first_name(word: str) -> bool:
    """A first name of the list, or two joined by a hyphen ("Anne-Merete", "Hans-Christian")."""
    return word in first_names() or ("-" in word and all(part in first_names() for part in word.split("-")))
