"""Where a text names a municipality as one: "X Kommune" in any case and in the genitive
("GENTOFTE KOMMUNE", "Københavns Kommune", "Esbjerg Kommunes …"), its council ("Kolding Byråd",
"Thisted Kommunalbestyrelse", "Byrådet i Greve"), its town hall ("Brønderslev Rådhus") or a postcode with its name as
the town ("4600 Køge")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graphbuild.vocab.ids import normalise
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES, asked_of_whole_documents, finditer_near, lowered
from graphbuild.vocab.pattern_dispatch import dispatched
from graphbuild.vocab.reference import MunicipalityInfo, municipalities, municipality_by_name
from graphbuild.vocab.self_counterparts import set_against_the_self
from graphbuild.vocab.self_partners import joined_with_the_self

# Other spellings and older names a document may use, with the municipality they are today ("Nordfyn Kommune" for
# the official "Nordfyns Kommune", whose name ends in an s that is no genitive).
FORMER_NAMES = {
    "århus": "aarhus",
    "brønderslev-dronninglund": "brønderslev",
    "kjøbenhavn": "københavn",
    "nordfyn": "nordfyns",
}
# "Byrådet i Greve", "Kommunalbestyrelsen i Rødovre Kommune": the council of the municipality named after it
_COUNCIL_OF = r"(?:byrådet|kommunalbestyrelsen|borgerrepræsentationen|magistraten)"
_COUNCIL = r"(?:byråd(?:et)?|kommunalbestyrelse(?:n)?|borgerrepræsentation(?:en)?|magistrat(?:en)?)"


@dataclass(frozen=True)
class NamedMunicipality:
    info: MunicipalityInfo
    how: str  # kommune, council, rådhus, postcode
    start: int
    end: int


@cache
def municipalities_by_key() -> dict[str, MunicipalityInfo]:
    """Every municipality by its comparison key (``normalise``d name), former names included."""
    out = {normalise(m.name): m for m in municipalities()}
    for old, new in FORMER_NAMES.items():
        out[normalise(old)] = out[normalise(new)]
    return out


_KIND_AFTER_NAME = re.compile(r" (?:(?:regions)?kommuner?s?|byraad|kommunalbestyrelse)$")


def _capitalised(spelling: str) -> str:
    """A lower-case spelling written as names are, each word and each part of a hyphened name capitalised:
    "høje taastrup" -> "Høje Taastrup", "lyngby-tårbæk" -> "Lyngby-Tårbæk"."""
    return "-".join(" ".join(word[:1].upper() + word[1:] for word in part.split(" ")) for part in spelling.split("-"))


def _respellings(name: str) -> set[str]:
    """The ways a name is spelt besides its own, lower case: "aa" for "å" and back ("Århus", "Ålborg",
    "Åbenrå"), a space for the hyphen and back ("Høje Taastrup", "Faaborg Midtfyn")."""
    out = {name.lower()}
    out |= {s.replace("å", "aa") for s in set(out)} | {s.replace("aa", "å") for s in set(out)}
    out |= {s.replace("-", " ") for s in set(out)} | {s.replace(" ", "-") for s in set(out)}
    return out - {name.lower()}


@cache
def municipality_spellings() -> dict[str, MunicipalityInfo]:
    """Every other way a document writes a municipality's own name, as written (capitalised), with the
    municipality: the spellings of ``_respellings`` of each of today's 98 names (municipalities.csv) and of
    ``FORMER_NAMES`` ("Nordfyn", "Århus", "Kjøbenhavn"); none that is another municipality's own name."""
    by_name = municipality_by_name()
    out: dict[str, MunicipalityInfo] = {}
    sources = [(info.name, info) for info in by_name.values()]
    sources += [(old, by_name[new]) for old, new in FORMER_NAMES.items()]
    for name, info in sources:
        for spelling in sorted(_respellings(name) | ({name.lower()} if name in FORMER_NAMES else set())):
            if spelling not in by_name:
                out.setdefault(_capitalised(spelling), info)
    return out


def municipality_named(name: str) -> MunicipalityInfo | None:
    """The municipality a name is, in any case and spelling, genitive -s and a trailing "Kommune" or
    council allowed: "KØBENHAVNS" -> København, "Åbenrå", "Høje Taastrup", "Aarhus Kommunes"."""
    key = _KIND_AFTER_NAME.sub("", normalise(name))
    by_key = municipalities_by_key()
    return by_key.get(key) or (by_key.get(key[:-1]) if key.endswith("s") else None)


@cache
def _alternatives() -> str:
    return "|".join(re.escape(n) for n in sorted(set(_names()), key=lambda n: (-len(n), n)))


def _named(name: str) -> re.Pattern[str]:
    """A municipality named as one, its name read by ``name``."""
    return re.compile(
        rf"(?<![\w-])(?:(?P<council_of>{_COUNCIL_OF})\s+i\s+)?(?P<postcode>\d{{4}}\s+)?{name}s?"
        rf"(?:\s+(?P<kommune>(?:regions)?kommunes?)|\s+(?P<council>{_COUNCIL})s?|\s+(?P<raadhus>rådhus)(?:et)?)?(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _pattern() -> re.Pattern[str]:
    return _named(f"(?P<name>{_alternatives()})")


@cache
def _searcher() -> re.Pattern[str]:
    """``_pattern`` with the names grouped by the letter each opens with (``pattern_dispatch``: a name's place tries
    only the names of its letter): the same strings at each place, so it matches wherever ``_pattern`` matches, to be
    matched again there with ``_pattern`` (``near``'s windows)."""
    return _named(f"(?:{dispatched(re.compile(_alternatives(), re.IGNORECASE)).pattern})")


@cache
def _names() -> tuple[str, ...]:
    """Every name the pattern knows, lower case, the other spellings of ``municipality_spellings`` with today's
    names ("Høje Taastrup Kommune", "Fåborg-Midtfyn Kommune"): where a match's name may stand (vocab.near)."""
    official = {info.name.lower() for info in municipality_by_name().values()}
    return tuple(sorted({*official, *FORMER_NAMES, *(spelling.lower() for spelling in municipality_spellings())}))


@cache
def _names_asked() -> tuple[str, ...]:
    """``_names``, asked over whole documents: registered, when first asked, as a vocabulary of the document's one
    pass (``near.asked_of_whole_documents``)."""
    names = _names()
    asked_of_whole_documents(names)
    return names


_REACH = 80  # a postcode before the name; the name, "s" and "borgerrepræsentationen" after its start


# every place named as a municipality holds one of these (any case) or a postcode's four digits: "Kommune",
# a council's word ("Byrådet i …", "… Magistraten"), "Rådhus"; the four letters a case-blind pattern also reads as
# "i", "s" or "k" keep the pattern asked
_HOW_WORDS = ("kommun", "byråd", "borgerrepræsentation", "magistrat", "rådhus")
_FOUR_DIGITS = re.compile(r"\d{4}")


def _may_name_one(text: str) -> bool:
    low = text.lower() if len(text) <= _REACH * 2 else lowered(text)
    return (
        any(word in low for word in _HOW_WORDS)
        or _FOUR_DIGITS.search(text) is not None
        or any(ch in text for ch in CASE_BLIND_LOOKALIKES)
    )


def named_municipalities(text: str) -> list[NamedMunicipality]:
    """Every place ``text`` names a municipality as one, in order."""
    if not _may_name_one(text):
        return []  # a name alone is no municipality named as one: most lines are spared the pattern
    out = []
    for match in finditer_near(_pattern(), text, _names_asked(), _REACH, searcher=_searcher()):
        name = match["name"]
        if not name[0].isupper():
            continue  # "aarhus" in a web address, "lejre" in prose
        if match["kommune"]:
            how = "kommune"
        elif match["council"] or match["council_of"]:
            how = "council"
        elif match["raadhus"]:
            how = "rådhus"
        elif match["postcode"]:
            how = "postcode"
        else:
            continue
        info = municipality_named(name)
        if info is not None:
            out.append(NamedMunicipality(info, how, match.start("name"), match.end()))
    return out


# "tilskud fra Hjørring Kommune", "Henvendelse fra Ballerup Kommune", "aftale med Rødovre Kommune": the municipality
# a matter comes from or goes to, another party than the one who writes
_PARTY_BEFORE = re.compile(r"\b(?:fra|til|med|mellem)\s+$", re.IGNORECASE)
_PARTY_REACH = 12


def after_a_party_word(text: str, start: int) -> bool:
    """Whether the word before ``start`` is "fra", "til", "med" or "mellem"."""
    return bool(_PARTY_BEFORE.search(text[max(0, start - _PARTY_REACH) : start]))


def named_as_a_party(text: str, named: NamedMunicipality) -> bool:
    """Whether "X Kommune" follows "fra"/"til"/"med"/"mellem" or is joined by "og" to the writer's own ("kommunen og
    Skive Kommune"): a party to a matter, not the writer's own."""
    return named.how == "kommune" and (
        after_a_party_word(text, named.start)
        or joined_with_the_self(text, named.start, named.end)
        or set_against_the_self(text, named.start, named.end)
    )
