"""The forms unknown organisations are named in: a committee's suffix ("udvalget", "netværket"), a department, an
association, capitalised words ending in an organisation word; and the words each form cannot match without, which
the name automaton (mention_known) finds in one pass."""

from __future__ import annotations

import re

ORG_SUFFIXES = (
    "udvalget|udvalg|styregruppen|styregruppe|arbejdsgruppen|arbejdsgruppe|gruppen|gruppe|(?<!om)rådet|"
    "forum|kredsen|sekretariatet|bestyrelsen|netværket|direktionen|forvaltningen|centret|centeret|"
    "kontoret|afdelingen|foreningen|forening"
)
GEOGRAPHY = "Syd|Nord|Øst|Vest|Midt|Sjælland|Fyn|Hovedstaden|Midtjylland|Nordjylland|Syddanmark|Sydjylland"
NETWORK_SUFFIXES = ("netværket", "netværk", "kredsen", "foreningen", "forening", "forum")
ORG_WORDS = (
    r"Consulting|A/S|ApS|Universitet|Universitetshospital|Fonden|Fond|Akademi|Styrelsen|Styrelse|Hospital|"
    # a partnership's form after its name ("AVV I/S"), a utility by its trade ("Holte Fjernvarme", "Tønder
    # Forsyning", "Næstved Varmeværk", "Måløvhøj Vandværk")
    r"I/S|Fjernvarme|Forsyning|Varmeværk|Vandværk"
)


# Unknown organisations named by their form: a department, an association, or capitalised words
# ending in an organisation word. (pattern, kind)
ORGANISATION_NAME_PATTERNS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (
        re.compile(
            r"(?<![\w-])(?:Forvaltningen|Afdelingen|Centret|Center)(?:[ \t]+for)?[ \t]+[A-ZÆØÅ][\wæøå]*"
            r"(?:(?:,[ \t]+|[ \t]+(?:&|og)[ \t]+)[A-ZÆØÅ][\wæøå]*)*"
        ),
        "department",
    ),
    (re.compile(r"(?<![\w-])(?:Foreningen|Fonden|Selskabet|Netværket)[ \t]+[A-ZÆØÅ][\wæøå-]+"), "association"),
    # … also in the genitive, its ending no part of the name: "Holte Fjernvarmes adm. direktør"
    (re.compile(rf"(?<![\w-])((?:[A-ZÆØÅ][\wæøå&-]+\s+){{1,3}})({ORG_WORDS})(?=(?:s|'s|’s)?(?![\w-]))"), None),
)


COMMITTEE = re.compile(
    rf"(?<![\w-])(?:(?:Den|Det)[ \t]+)?(?:[A-ZÆØÅ][a-zæøå]+(?:-[ \t]+og)?[ \t]+)?"
    rf"[A-ZÆØÅ][a-zæøå-]{{2,}}(?:{ORG_SUFFIXES})(?:[ \t]+(?:{GEOGRAPHY}))?(?![\w-])"
)
# The words each pattern cannot match without (automaton kinds): a committee's suffix, and the
# organisation words of ORGANISATION_NAME_PATTERNS in order.
ORGANISATION_WORDS = {
    "suffix": re.sub(r"\(\?<!\w+\)", "", ORG_SUFFIXES).split("|"),
    "organisation 0": ["Forvaltningen", "Afdelingen", "Centret", "Center"],
    "organisation 1": ["Foreningen", "Fonden", "Selskabet", "Netværket"],
    "organisation 2": ORG_WORDS.split("|"),
}


NAME_PATTERN_KINDS = frozenset(ORGANISATION_WORDS) - {"suffix"}
