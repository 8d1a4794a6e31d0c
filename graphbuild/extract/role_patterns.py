"""Regular-expression pieces the role readers share: the words of a title ("direktør", "formanden"), the
name of a body in the genitive ("Movias", "KL's", "Friluftsrådets"), the seats a body's chair or board
holds, which titles a municipality's own people hold, and the pieces around a name several readers write
alike (a bracket after it, an affiliation between commas, a title before it); written once and used by
`roles` and the role readers."""

from __future__ import annotations

import re

from graphbuild.extract.role_abbreviations import ABBREVIATED_POSTS, ABBREVIATION_STEMS, expand_abbreviation
from graphbuild.extract.role_police_posts import is_police_post
from graphbuild.vocab.reference import job_titles
from graphbuild.vocab.text_patterns import SUSPENDED_COMPOUND_REST, words_alternation

# one capitalised word of a body's name: "Movia", "KL", "ARC", "Fælles-Net", "Ø&K"; its capital is read
# case-sensitively even inside a pattern compiled with re.IGNORECASE
_OWNER_WORD = r"(?-i:[A-ZÆØÅ])[\wæøå&-]*"


def owner_words(more: int) -> str:
    """A body's name of one capitalised word and up to `more` more (the genitive ending is the caller's:
    some read "s|'s|’s", one also a bare "'", one the "FKB s" a PDF left without its apostrophe)."""
    return rf"{_OWNER_WORD}(?:[ \t]+{_OWNER_WORD}){{0,{more}}}"


# the genitive ending: "Movias", "KL's", "KL’s"
GENITIVE_S = r"(?:s|'s|’s)"

# "social- og sundheds|direktør"; each run of white space read once ("\s++": "og" and the title open with no white
# space, so a run is never given back, and a compound title's prefix before a long run of blanks costs one read of it)
_AREA = r"(?:[a-zæøå]+-\s++(?:og|&)\s++)?"
ROLE_WORDS = (
    rf"{_AREA}[a-zæøå]*direktør(?:en)?|(?:administrerende|adm\.)\s+direktør(?:en)?|"
    # a mayor, a deputy, a lord mayor, a mayor of an area (Copenhagen's): "Sundheds- og omsorgsborgmester"; a deputy's
    # rank before, the ordinal glued to the word too: "2. viceborgmester", "1.viceborgmester"
    rf"(?:[1-3]\.\s*)?{_AREA}[a-zæøå]*borgmester(?:en)?|"
    # a council's chair and vice chair by the council's compound: "regionsrådsformand", "menighedsrådsformand",
    # "elevrådsnæstformand"
    r"[a-zæøå]{3,}råds(?:næst)?formand(?:en)?|"
    # a chair of a group, a union, a local branch, a chair shared; the gender-neutral word: "forperson"; a vice chair's
    # rank: "Signe Lund Winther er 2. næstformand i bestyrelsen", "som er 1. næstformand i Region Hovedstaden" (a rank
    # after a word on the line, or before the title in lower case: "  1. Næstformand – NAME" opening a list's entry is
    # the entry's number, "1. næstformand" on a line under a name a rank)
    r"(?:gruppe|lands|forbunds|afdelings|med)formand(?:en)?|(?:næst)?forperson(?:en)?|"
    r"(?:(?:(?<=\S[ \t])|(?=[1-3]\.\s*(?-i:n)))[1-3]\.\s*)?næstformand(?:en)?|"
    r"formand(?:en)?|"
    r"(?:bestyrelses|udvalgs|repræsentantskabs)(?:formand(?:en)?|medlem(?:met)?)|"
    rf"rådmand(?:en)?|{_AREA}(?:[a-zæøå]{{2,4}}-)?[a-zæøå]*chef(?:en)?|{_AREA}[a-zæøå]+leder(?:en)?|kredsformand(?:en)?|"
    # an officer's, a minister's, an observer's word at the end of a compound (one alternative: it scans the word
    # once); an officer by profession: "fagspecialist", "trafikplanlægger"
    r"[a-zæøå]*(?:konsulent|sekretær|koordinator|planlægger|specialist|minister|-?observatør|redaktør)(?:en)?|"
    # a staff post by its field, never the bare word: "informationsmedarbejder", "projektmedarbejder"; an
    # institution's head: "forstander"
    r"[a-zæøå]{3,}medarbejder(?:en)?|forstander(?:en)?|"
    # a representative of a group by a compound: "medarbejderrepræsentant", "forældrerepræsentant" (never one bare)
    r"[a-zæøå]{3,}-?repræsentant(?:en)?|"
    r"fuldmægtig(?:en)?|borgerrådgiver(?:en)?|jurist(?:en)?|økonom(?:en)?|"
    # … or a firm's, held where the text names it: "Poul Hvilsted, advokat i Horten", "Mark Watts, CEO i C40"; a
    # university's: "professor, dr.jur. NAME"
    r"advokat(?:en)?|revisor(?:en)?|arkitekt(?:en)?|ingeniør(?:en)?|professor(?:en)?|ceo|"
    r"byrådsmedlem(?:met)?|kommunalbestyrelsesmedlem(?:met)?|regions?rådsmedlem(?:met)?|folketingsmedlem(?:met)?|"
    # a seat in any council or board a compound names: "amtsrådsmedlem", "hovedbestyrelsesmedlem", "lokalrådsmedlem"
    r"[a-zæøå]{3,}(?:råds|bestyrelses|gruppe)medlem(?:met)?|"
    r"løsgænger(?:en)?|"
    # a member of parliament; a manager by the everyday word: "folketingsmedlem NAME", "daglig leder NAME"
    r"daglig\s+leder(?:en)?|"
    # … or the bare word with what it heads after it: "Leder af Unge- og Kulturcentret", "leder for Visitationen"
    r"leder(?:en)?(?=\s+(?:af|for)\s)|"
    r"kasserer(?:en)?|[a-zæøå]+udvalgsformand(?:en)?|"
    # a post abbreviated (role_abbreviations): "fmd. NAME", "NAME, nfm.", "kd. NAME", "udv.fmd. NAME"
    rf"{ABBREVIATED_POSTS}"
)
# a job or office title of the reference list (vocab/reference.job_titles: "sognepræst", "graver", "webmaster",
# "skibsfører") that no alternative above reads already, a whole word, in its definite form too ("graveren")
# (nor the seats and meeting officers the readers read beside ROLE_WORDS: "dirigent", "referent", "observatør")
_READ_BESIDE = (
    r"(?:bestyrelses)?medlem|repræsentant|(?:revisor|bestyrelses)?suppleant|stedfortræder|referent|dirigent|"
    r"ordstyrer|observatør"
)
JOB_TITLES = tuple(
    sorted(t for t in job_titles() if not re.fullmatch(rf"{ROLE_WORDS}|{_READ_BESIDE}", t, re.IGNORECASE))
)
ROLE_WORDS = rf"{ROLE_WORDS}|(?<![\wæøå-])(?:{words_alternation(JOB_TITLES)})(?:en)?(?![\wæøå-])"
# the words one of which every title of ROLE_WORDS holds (a pattern's `word_gate`): keep them with its alternatives
ROLE_STEMS = (
    "direktør", "borgmester", "formand", "forperson", "medlem", "rådmand", "chef", "leder", "konsulent", "sekretær",
    "koordinator", "planlægger", "specialist", "minister", "observatør", "redaktør", "medarbejder", "forstander",
    "repræsentant", "fuldmægtig", "borgerrådgiver", "jurist", "økonom", "advokat", "revisor", "arkitekt", "ingeniør",
    "professor", "ceo", "løsgænger", "kasserer", *ABBREVIATION_STEMS, *JOB_TITLES,
)  # fmt: skip
# the seats an election or a post names: a title, a member's, a representative's, a substitute's, a meeting's officers
SEATS = (
    rf"{ROLE_WORDS}|(?:bestyrelses)?medlem|repræsentant|(?:revisor|bestyrelses)?suppleant|stedfortræder|referent|"
    r"dirigent|ordstyrer"
)

# an optional bracket after a name, its party or affiliation: "Jens Hansen (V), formand", "NAME (Movia) er …"
NAME_BRACKET = r"(?:\s*\([^()\n]{1,40}\))?"
# the same on the name's own line
NAME_BRACKET_ON_LINE = r"(?:[ \t]*\([^()\n]{1,40}\))?"
# an optional affiliation between commas after a name: "NAME, Struer Kommune, er formand for X"
COMMA_AFFILIATION = r"(?:\s*,\s*[^,.;:\n]{1,60},)?"
# an optional title before a name: "… sammen med borgmester NAME"
TITLE_BEFORE = rf"(?:(?:{ROLE_WORDS})\s+)?"
# between the preposition and the body: "for den nordjyske erhvervspolitiske samarbejdsplatform Business …"
LOWER_WORDS = re.compile(r"(?:(?:den|det|de)\s+)?(?:[a-zæøå-]+\s+){0,4}")
# a company's or a body's name after its preposition: "I/S Infra Service", "Danfoss A/S"; a suspended compound
# read to the part that ends it, "Natur-, Klima- og Miljøudvalget", "Midt- og Vestjyllands Politi" (never cut at
# "Natur-")
COMPANY = re.compile(
    rf"(?:I/S[ \t]+)?[A-ZÆØÅ][\wæøå&-]*(?:{SUSPENDED_COMPOUND_REST}|"
    r"[ \t]+(?:[A-ZÆØÅ][\wæøå&/.-]*|A/S|ApS|I/S|a\.m\.b\.a\.?|amba|as))*"
)
# a firm's or a university's title (ROLE_WORDS' "advokat" … "ceo"): held where the text names the firm, no post
# without it ("Mark Holm, CEO, talte på mødet")
PROFESSIONS = frozenset({"advokat", "revisor", "arkitekt", "ingeniør", "professor", "ceo"})
# … a vice chair by rank too ("1. næstformand")
CHAIR_ROLES = frozenset({"formand", "næstformand", "1. næstformand", "2. næstformand", "3. næstformand"})
# seats in a body that is not named by them: the body's, as a chair's (never a municipality named before)
BOARD_ROLES = CHAIR_ROLES | frozenset(
    {
        "bestyrelsesformand",
        "bestyrelsesmedlem",
        "udvalgsformand",
        "udvalgsmedlem",
        "repræsentantskabsformand",
        "repræsentantskabsmedlem",
        "kasserer",  # an association's or a board's treasurer
    }
)


# a rank glued to its title: "1.viceborgmester" is "1. viceborgmester"
_GLUED_ORDINAL = re.compile(r"^([1-3]\.)(?=[a-zæøå])")


def role_of_word(word: str) -> str:
    """A title as facts name it: lower case, the definite ending off ("Direktøren" -> "direktør")."""
    word = _GLUED_ORDINAL.sub(r"\1 ", " ".join(word.lower().split()))
    if word.endswith("."):
        return expand_abbreviation(word)
    if word.endswith("formanden") or word == "lederen":
        return word.removesuffix("en")
    for suffix in ("met", "en"):
        if word.endswith(suffix) and len(word) > 5:  # "chefen" too
            base = word[: -len(suffix)]
            if re.fullmatch(ROLE_WORDS, base, re.IGNORECASE):
                return "administrerende direktør" if base == "adm. direktør" else base
    return "administrerende direktør" if word == "adm. direktør" else word


MUNICIPAL_ROLES = frozenset(
    {"borgmester", "viceborgmester", "kommunaldirektør", "stadsdirektør", "rådmand", "løsgænger"}
)

# the bracket a party's letter stands in after a name, holding "løsgænger" instead: "Claus Grimm (Løsgænger)",
# "Sonja Rasmussen(løsgænger)" is the member's place outside the parties, as "(A)" is a party's, no title
PARTY_BRACKET_WORD = re.compile(r"[ \t]*\([ \t]*løsgænger[ \t]*\)", re.IGNORECASE)


def in_party_bracket(text: str, role: str | None, name_end: int) -> bool:
    """Whether the title is only the word a party's bracket holds right after the name."""
    return role == "løsgænger" and PARTY_BRACKET_WORD.match(text, name_end) is not None


_ORDINAL = re.compile(r"^[1-3]\.\s+")  # "1. næstformand"


def is_staff(role: str) -> bool:
    """A title a municipality's own staff or politicians hold: its director, a chief, the mayor."""
    bare = role.removeprefix("daværende ")
    bare = _ORDINAL.sub("", bare)
    if is_police_post(bare):
        return False  # "politidirektør NAME": the police's, in a beredskabskommission's minutes too
    return (
        bare in MUNICIPAL_ROLES
        or bare == "overborgmester"
        or (bare.endswith("direktør") and bare != "direktør")  # "socialdirektør"; a bare director may be anyone's
        or (bare.endswith(("chef", "leder")) and bare not in ("chef", "leder"))
        or bare in ("byrådsmedlem", "kommunalbestyrelsesmedlem")
    )


def is_municipal(role: str) -> bool:
    """A title held in a municipality and nowhere else: its mayor (of an area too: "sundheds- og
    omsorgsborgmester"), its director, an alderman."""
    bare = _ORDINAL.sub("", role.removeprefix("daværende "))
    return bare in MUNICIPAL_ROLES or bare == "overborgmester" or bare.endswith("borgmester")
