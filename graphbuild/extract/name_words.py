"""What one capitalised word says about the name it stands in, by the word alone: a word that ends any
name (a job title or contact label, a section heading, an organisation's word, a street, a place, a company
or school, a body's name, a title joined to a place, "Randers-borgmester"), a known first name, a
municipality's name as a separator between two names, and a known "-sen" surname before a word no name
list knows (where a roster printed without separators goes on to the next name). ``people`` cuts its runs
of capitalised words into names by these."""

from __future__ import annotations

import re
from functools import lru_cache

from graphbuild.vocab.person_names import NOT_NAME_WORDS, ROLE_WORDS, is_body_genitive, is_body_name, is_title_word
from graphbuild.vocab.reference import NOT_NAME_WORDS_COMMON, first_names, last_names, municipality_by_name

# Capitalised words that follow a first name without being a surname: a job title or a contact label
# printed after a name in a list ("Teamleder Henrik Norup Økonom Jørgen Fischer", "Sagsbehandler: Lone
# Mossin Tlf.:", "Ole Jacobsen Øvrige: Direktør ..."), and an organisation's word ("Nordsjælland Politi",
# "Frivillige Rudersdal").
NOT_SURNAMES = NOT_NAME_WORDS_COMMON | frozenset(
    [
        "Chefforum",
        "Play",
        "Salon",
        "Social",
        "Sundhed",
        # titles and labels
        "Økonom",
        "Jurist",
        "Arkitekt",
        "Ingeniør",
        "Sagsbehandler",
        "Konst",
        "Tlf",
        "Kontakt",
        "Kontaktperson",
        "Kontaktpersoner",
        "Telefon",
        "Mobil",
        "Mail",
        # the same labels on a web page's contact line or footer, also in English ("© 2022 Christen Axelsson
        # Contact Me", "Jens Hansen Fax 12 34 56 78")
        "E-mail",
        "Email",
        "Fax",
        "Adresse",
        "Hjemmeside",
        "Contact",
        "Phone",
        "Website",
        "Øvrige",
        "Dagsordenen",
        # a case's section headings ("Indledning/Baggrund Pernille Madsen, centerchef for ...")
        "Baggrund",
        "Indledning",
        "Resume",
        "Sagsresume",
        "Sagsforløb",
        "Høring",
        "Emne",
        # ("… Sagsbehandler: Jens Hansen Beslutningstema …": a flattened page's next heading after the case handler's
        # name; each printed as a heading by three or more publishers)
        "Beslutningstema",
        "Beslutningskompetence",
        "Sagsbeskrivelse",
        "Sagsnr",
        "Økonomi",
        # organisations
        "Danmarks",
        "Museet",
        "Politi",
        "Politiet",
        "Frivillige",
    ]
)
# A run holding one of these names a street, a place or a company, never a person.
_PLACE_WORDS = frozenset(
    [
        "Vej",
        "Vejen",
        "Allé",
        "Plads",
        "Pladsen",
        "Torv",
        "Torvet",
        "Stræde",
        "Boulevard",
        "Hotel",
        "Center",
        "Centret",
        "Centeret",
        "Agency",
        "Care",
        "Group",
        "Holding",
        "ApS",
        "A/S",
        "I/S",
        "Kro",
        "Hallen",
        "Rådhus",
        "Rådhuset",
        "Havn",
        "Havnen",
        "Park",
        "Parken",
        # schools and colleges ("Kirsten Ravn Bundgaard University College Nordjylland", "Keld Skovsgaard
        # Tech College Aalborg", "Business Academy Aarhus")
        "University",
        "College",
        "Academy",
        "Akademi",
        "Erhvervsakademi",
        "Institute",
        "School",
        "Skole",
        "Skolen",
        "Gymnasium",
        "Højskole",
        "Professionshøjskole",
        "Efterskole",
        "Seminarium",
    ]
)
# a sentence's or clause's first word a flattened line capitalised after a name, a conjunction, an interrogative or an
# adverb, never a name's ("… og Kontorchef Svend Rubak Hvor vi forelagde …")
_FUNCTION_WORDS = frozenset(
    [
        "Hvor",
        "Hvis",
        "Hvad",
        "Hvordan",
        "Hvorfor",
        "Hvornår",
        "Hvilket",
        "Hvilke",
        "Når",
        "Men",
        "Samt",
        "Eller",
        "Fordi",
        "Selvom",
        "Mens",
        "Idet",
        "Derfor",
        "Dog",
        "Også",
        "Herefter",
        "Endvidere",
        "Desuden",
    ]
)
_STREET = re.compile(r"\w\w(?:vej|vejen|gade|allé|plads|pladsen|torv|stræde|vænget|boulevard|parken)$")
# how an organisation's or a service's name ends ("Kastrup Lufthavn", "Randers Fjord Færgefart", "Sydfyns
# Elforsyning", "Fælles Hjælpemiddeldepot", "Særligt Tilrettelagt Ungdomsuddannelse", "Fjord Turisme"), and a
# building's ("Regionshuset", "Medborgerhuset", "Kulturhuset"), and a fund's or a legacy's, which a person's name
# in the genitive may open ("Inga Marie Lassens Mindelegat", "Husejer C. Frandsens Alderdomsfond": the person named
# without the fund)
_ORGANISATION_END = re.compile(
    r"(?i)(?:lufthavn|lufthavnen|færgefart|turisme|forsyning|depot|uddannelse|uddannelsen|\w\whuset|"
    r"legat|legatet|fond|fonden)$"
)


def is_street_or_company(token: str) -> bool:
    return (
        token in _PLACE_WORDS
        or token in NOT_NAME_WORDS
        or bool(_STREET.search(token))
        or bool(_ORGANISATION_END.search(token))
    )


def _titled_by_place(token: str) -> bool:
    """A title joined to a place by a hyphen ("Randers-borgmester"): a title, never part of a name."""
    head, dash, tail = token.rpartition("-")
    return bool(dash and head) and tail.lower() in ROLE_WORDS


def is_first_name(token: str) -> bool:
    return token in first_names() or ("-" in token and token.split("-")[0] in first_names())


def is_place(token: str, following: str | None) -> bool:
    """A municipality's name as a separator: "Jens Hansen Aarhus Kommune", "Leon Sebbelin Rebild"."""
    return token.lower() in municipality_by_name() or (following == "Kommune")


@lru_cache(maxsize=1 << 14)
def breaks_a_name(token: str) -> bool:
    """Whether a word ends any name it stands in, by the word alone (worked out once per word: the
    same words recur in every run)."""
    return (
        token in NOT_SURNAMES
        or token in _FUNCTION_WORDS
        or token in NOT_NAME_WORDS
        or is_street_or_company(token)
        or is_title_word(token)
        or _titled_by_place(token)
        or is_body_genitive(token)
        or is_body_name(token)
        or (token.isupper() and len(token) > 1 and not token.endswith("."))
    )


def patronymic_then_unknown(previous: str, token: str) -> bool:
    """A known "-sen" surname followed by a word no name list knows, in a run that goes on: in a roster
    printed without separators the "-sen" surname ends one name and the unknown word opens the next
    ("Peter Jacobsen Thure Dan Petersen", "Troels Christensen Emrah Tuncer Jørgen Topsøe Jensen")."""
    return (
        previous.endswith("sen")
        and previous in last_names()
        and not token.endswith(".")
        and token not in first_names()
        and token not in last_names()
    )
