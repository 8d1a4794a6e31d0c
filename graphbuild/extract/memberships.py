"""Municipalities as members of a network or association, from the prose that says so. One rule,
one module: it finds the statement and builds the MEMBER_OF relation (Municipality -> Organization).

- a list after the statement: "Medlemskommunerne i KD-Net er Favrskov, …, Viborg og Aarhus Kommune",
  "X er et fælleskommunalt affaldsselskab, der ejes af A, B og C", "X er et tværkommunalt samarbejde mellem",
  "De ni kommuner i foreningen er A, B, …", "Netværket består af kommunerne A, B og C",
  "Foreningen blev stiftet af A, B og C", "… medlem af DSD sammen med Ballerup, Brøndby, …",
  "organiseret på tværs af 12 kommuner Hedensted, Horsens, …" (a bare count is believed only when the
  list that follows has that many municipalities), "ledet af de syv borgmestre i Kolding, Vejle, …";
- the subject before it: "Albertslund Kommune er medlem af DSD", "Struer Kommune er med i DASSOS",
  "A, B og C er gået sammen om at stifte X", "A og B har allerede i 2007 stiftet et § 60-fællesskab: X",
  "borgerne i A, B og C Kommuner har haft ét fælles beredskab … X", "… med A, B og C kommuner som ejere",
  "A, B og C Kommuner står bag X", "… ejer i fællesskab X", "… indgår i (samarbejdet) X";
- joining: "X er (blevet) (nyt) medlem af", "at blive medlem i", "er blevet en del af", "melde sig ind (i)",
  "melde X Kommune ind i", "indtræder pr. 1. januar 2016 i"; the subject after the verb ("Nu er X Kommune
  også medlem af"); a council for its municipality ("Byrådet i X har besluttet at melde sig ind i");
- a joint body's members after "fælles … for/mellem": "den fælles Beredskabskommission for A og B kommuner";
- a body's member list by the municipality each member sits for, under "Medlemmer", "Kommuner",
  "Bestyrelsesmedlemmer" or a signature sheet ("• Pernille Beckmann (V), Greve kommune"), never under an
  attendance label ("Deltagere", "Til stede"); the body named by the document's heading, else the meeting's
  body when it is a network;
- the network by name (a known network or association, a name with a network head word, "Business
  Region X", "Samarbejdet i Trekantområdet", a joint fire and rescue service: "Sydvestjysk Brandvæsen",
  "Brand & Redning MidtVest", "Beredskab & Sikkerhed"), or by a reference back to it ("foreningen",
  "netværket", "samarbejdet", "organisationen"): the network named or stated last before, else the
  meeting's own body when it is a network; a sentence that names none continues the statement right
  before it ("… har meldt sig ind i X. Også A, B og C kommuner har meldt sig ind.").

Municipality names are read with their spellings (aa or å, a space or a hyphen, a genitive s,
"Kommune", "Kommuner"). A name inside a longer name is no member ("Business Region Aarhus", "Aarhus
Vand A/S", "Vejle Fjord"), nor is a municipality named as someone's affiliation ("direktør i Struer
Kommune", "fra Vejle Kommune"); a sentence that denies or ends a membership gives none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol

from graphbuild.extract.builder import FactsBuilder
from graphbuild.extract.mentions import Mention
from graphbuild.models import Evidence, Meeting
from graphbuild.vocab import ids
from graphbuild.vocab.gazetteer import lookup_alias
from graphbuild.vocab.ids import normalise
from graphbuild.vocab.municipality_names import municipalities_by_key, municipality_named
from graphbuild.vocab.near import Word, finditer_near, lowered
from graphbuild.vocab.reference import MunicipalityInfo

NETWORK_KINDS = frozenset({"network", "association"})
NUMBERS = {
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10,
    "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17,
    "atten": 18, "nitten": 19, "tyve": 20,
}  # fmt: skip
_NUMBER = r"\d{1,2}|" + "|".join(NUMBERS)
# members named before the cue (its subject)
SUBJECT_CUE = re.compile(
    r"\ber\s+(?:nu\s+|også\s+|allerede\s+|blandt\s+andet\s+)*(?:(?:nyt?\s+)?medlem(?:mer|skommuner?)?\b|med\s+i\b)|"
    # becoming one: "er (nu) blevet medlem af", "at blive medlem i", "bliver medlem af", "er blevet en del af"
    r"\b(?:er\s+(?:nu\s+)?blevet|blive|bliver|blev)\s+(?:nu\s+)?(?:(?:nyt\s+)?medlem(?:mer)?\s+"
    r"(?:af|i)|(?:en\s+)?del\s+af)\b|"
    r"\b(?:er\s+)?deltager(?:kommune)?\s+i\b|\bdeltagerkommuner\s+i\b|"
    r"\b(?:er\s+gået|gik|går|gå|har\s+slået\s+sig)\s+sammen\s+(?:om\s+at\s+(?:stifte|etablere|danne)|i|"
    r"og\s+(?:stifte|etablere|danne|oprette))\b|"
    # "A, B og C har dannet deres eget nye affaldsselskab, X"
    r"\bhar\s+(?:dannet|oprettet|etableret)\s+(?:[\wæøå-]+\s+){0,3}?[\wæøå-]*"
    r"(?:selskab|fællesskab|samarbejde|beredskab|brandvæsen|netværk|forening|partnerskab)\b|"
    r"\b(?:stiftede|har\s+(?:[\wæøå]+\s+){0,4}?stiftet)\b|\bsamarbejder\s+i\b|"
    # "A, B og C Kommuner har (haft) ét fælles beredskab": what they share they are members of
    r"\b(?:har|haft|fik|får)\s+(?:et|ét|en|én)\s+fælles\s+[\wæøå-]*"
    r"(?:beredskab|brandvæsen|selskab|fællesskab|samarbejde|sekretariat|forsyning|netværk|råd)\b|"
    # "etableret i 2015 med Greve, …, og Stevns kommuner som ejere", "… Kommuner som deltagere"
    r"\bsom\s+(?:ejere|deltagere|medlemmer|interessenter|(?:ejer|medlems|deltager)kommuner)\b|"
    # "A, B og C Kommuner står bag X", "… ejer i fællesskab X", "… indgår i samarbejdet X": the network
    # right after the cue, not any network of the sentence ("Aalborg Kommune indgår i dialog med X")
    r"\b(?:står\s+bag|ejer\s+(?:i\s+fællesskab|sammen|tilsammen)|(?:indgår|indgik)\s+i"
    r"(?:\s+(?:samarbejdet|fællesskabet|netværket|partnerskabet))?)\s+(?=(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
# joining, a subject cue too: "træde ind i", "har meldt sig ind i", "indtræder som medlem af"
JOIN_CUE = re.compile(
    r"\b(?:træde|træder|trådte|er\s+trådt)\s+ind\s+i\b|\b(?:melde|meldt|melder|meldte)\s+sig\s+ind\b(?:\s+i\b)?|"
    # "indtræder som medlem af X", "der indtræder fra dags dato i X", "indtræder pr. 1. januar 2016 i X"
    r"\b(?:indtræder|indtrådte|er\s+indtrådt)\s+(?:(?:fra|pr\.|per|med)\s+(?:[\wæøå.]+\s+){1,3}?)?"
    r"(?:som\s+medlem\s+)?(?:af|i)\b(?!\s+stedet)|"
    # "har vedtaget at melde Hedensted Kommune ind i X": the municipality before the cue
    r"(?:(?<=ommune\s)|(?<=ommunen\s))ind\s+i\b",
    re.IGNORECASE,
)
# members listed after it
LIST_CUE = re.compile(
    r"\b(?:medlems|deltager|ejer)kommuner(?:ne)?\b|\bmedlemmer(?:ne)?\s+(?:af|i)\b|\bkommunerne\s+(?:i|bag)\b|"
    r"\bbestår\s+af\b|\b(?:blev\s+|er\s+)?stiftet\s+(?:i\s+\d{4}\s+)?af\b|"
    r"\b(?:dækker|omfatter)\s+(?=kommunerne|de\s+\w+\s+kommuner|(?-i:[A-ZÆØÅ]))|\bsamarbejdet?\s+mellem\b|"
    r"\b(?:deltagende|følgende)\s+kommuner\b|\binteressent(?:er|erne|kommuner(?:ne)?)?\b|"
    r"\b(?:er\s+)?ejet\s+af\b|\bejes\s+af\b|\b(?:fællesskab|selskab|partnerskab)\s+mellem\b|"
    # the subject after the verb (a sentence that opens with an adverb): "Nu er Vesthimmerlands Kommune også
    # medlem af X", "Dermed er A og B Kommuner medlemmer af X"
    r"\ber\s+(?=(?-i:[A-ZÆØÅ])[^.;:\n]{0,80}?\s(?:nu\s+|også\s+|allerede\s+)*(?:nyt?\s+)?medlem(?:mer)?\s+(?:af|i)\b)|"
    r"\bborgmestre(?:ne)?\s+(?:i|fra)\b|"  # "ledet af de syv borgmestre i Kolding, Vejle, … og Haderslev kommuner"
    # "den fælles Beredskabskommission for Viborg og Silkeborg kommuner"
    r"\bfælles\s+(?:[\wæøå§-]+\s+){0,2}?(?:for|mellem)\s+(?=(?:kommunerne\s+)?(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
# a network only with two owners or more ("Ballerup Kommune har etableret et selskab, X" is its company)
OWNED = re.compile(r"(?:er\s+)?ejet\s+af\b|ejes\s+af\b|har\s+(?:dannet|oprettet|etableret)\b", re.IGNORECASE)
# lists under a label or after "Med i …": "Medlemmer: A, B", "Nye medlemmer er A og B", "Med i netværket er A, B"
LABELLED_LIST_CUE = re.compile(
    r"(?<![\w-])(?:Medlemmer|Medlemskommuner|Deltagere|Deltagerkommuner)[ \t]*:|\b(?:nye\s+)?medlemmer\s+er\b|"
    r"(?<![\w-])Med\s+i\s+(?=[^.;:\n]{1,60}?\ber\s)",
    re.IGNORECASE,
)
# a word each of the two above holds near its start: MORE_CUES runs only around them (vocab.near)
MORE_CUE_WORDS: tuple[Word, ...] = (
    ("ind", re.compile(r"ind\s+i\b", re.IGNORECASE)),  # "træder ind i", "meldt sig ind i"
    "sig ind",  # "har meldt sig ind."
    "indtr",
    ("med", re.compile(r"med(?:lem|\s+i\b)", re.IGNORECASE)),  # "Medlemmer:", "medlemmer er", "Med i"
    "deltager",
)
# "de ni medlemskommuner", "de seks ejer kommuner" (a compound written apart), "seks nordsjællandske
# kommuner", "syv midt- og vestjyske kommuner", "de 11 nordjyske kommuner"
COUNT_CUE = re.compile(
    rf"\b(?:de\s+|alle\s+)?({_NUMBER})\s+(?:[\wæøå]+-\s+og\s+)?(?:[\wæøå]+ske\s+)?"
    r"(?:(?:medlems|deltager|ejer)[ -]?)?kommuner\b",
    re.IGNORECASE,
)
KOMMUNER = re.compile(r"kommuner\b", re.IGNORECASE)  # where a count cue can end: found first, it is fast
CUES = re.compile(rf"(?P<subject>{SUBJECT_CUE.pattern})|(?P<list>{LIST_CUE.pattern})", re.IGNORECASE)
# a word every cue holds near its start: the pass runs only around them (vocab.near)
CUE_REACH = 80  # how far from its start (and past it) a cue may hold that word
CUE_WORDS: tuple[Word, ...] = (
    ("med", re.compile(r"med(?:lem|\s+i\b)", re.IGNORECASE)),  # "medlem…", "er med i"
    ("blev", re.compile(r"blev(?:et)?\s+(?:nu\s+)?(?:en\s+)?del\s+af\b", re.IGNORECASE)),  # "er blevet en del af"
    ("blive", re.compile(r"bliver?\s+(?:nu\s+)?(?:en\s+)?del\s+af\b", re.IGNORECASE)),
    ("sammen", re.compile(r"sammen\s+(?:om\s+at\s+(?:stifte|etablere|danne)|i|og)\b", re.IGNORECASE)),
    ("har", re.compile(r"har\s+(?:dannet|oprettet|etableret)\b", re.IGNORECASE)),
    "deltager", "stifte", "samarbejde", "kommuner", "består", "dækker", "omfatter", "interessent", "ejet", "ejes",
    "mellem", "borgmestre", "fælles",
    ("som", re.compile(r"som\s+(?:ejer|deltager|medlem|interessent)", re.IGNORECASE)),
    ("står", re.compile(r"står\s+bag\b", re.IGNORECASE)),
    ("ejer", re.compile(r"ejer\s+(?:i\s+fællesskab|sammen|tilsammen)\b", re.IGNORECASE)),
    ("indg", re.compile(r"indg(?:år|ik)\s+i\b", re.IGNORECASE)),
)  # fmt: skip
MORE_CUES = re.compile(rf"(?P<subject>{JOIN_CUE.pattern})|(?P<list>{LABELLED_LIST_CUE.pattern})", re.IGNORECASE)
# where a list may begin: right after one of these (and white space or a colon)
LIST_OPENER = re.compile(
    r"(?:\ber|:|\(|\bsammen\s+med|\bbestår\s+af|\baf|\bkommunerne|\bkommuner|\bmellem|\bherunder|\bnemlig|"
    r"\bomfatter|\bdækker|\bborgmestre(?:ne)?\s+(?:i|fra)|\bmellem\s+[\wæøå]+\s+i|"
    r"\bfælles\b[^.\n]{0,40}?\s(?:for|mellem)|"
    r"\bblandt\s+andre|\bbl\.\s*a\.|\bsom\s+er|;)\s*:?\s*$",
    re.IGNORECASE,
)
# a member's seat in a board is a person's role, not a municipality's membership
SEAT = re.compile(
    r"\bmedlem(?:mer)?\s+(?:af|i)\s+(?:\w+\s+)?"
    r"(?:bestyrelsen|styrelsen|udvalget|repræsentantskabet|styregruppen|arbejdsgruppen|præsidiet)\b",
    re.IGNORECASE,
)
PERSONAL = re.compile(rf"\bsom\s+(?:\w+\s+)?medlem|{SEAT.pattern}", re.IGNORECASE)
DENIED = re.compile(r"\bikke\b|\budtræd|\budtrådt|\budmeld|\bophør|\bforlad|\bopsig|\bkunne\s+blive\b", re.IGNORECASE)
BACK_REFERENCE = re.compile(
    r"(?<![\w-])(?i:foreningen|netværket|samarbejdet|partnerskabet|kredsen|fællesskabet|organisationen|"
    r"interessentskabet|interessenterne|interessent)"
    r"(?![\w-])(?![ \t]+[A-ZÆØÅ])"  # not the head of a name: "Foreningen Nordvand"
)
# the members named as the members of what the text is about: "Ejerkommunerne er …", "Deltagende
# kommuner: …", "Medlemmer: …" (a reference back, as "foreningen" is)
MEMBERS_WORD = re.compile(
    r"(?<![\w-])(?i:(?:medlems|deltager|ejer)kommuner(?:ne)?|deltagende\s+kommuner)(?![\w-])(?!\s+i\s)|"
    r"(?<![\w-])(?:Medlemmer|Deltagere)[ \t]*:|\b(?:nye\s+)?medlemmer\s+er\b"
)
# a network no list knows, named where the statement puts it: "Trekantområdet består af kommunerne …",
# "Medlemskommunerne i Movia er …", "… gået sammen om at stifte Vestdata"
_NAME = r"(?:[A-ZÆØÅ][\wæøå&/-]*|I/S|A/S)(?:[ \t]+(?:[A-ZÆØÅ][\wæøå&/-]*|og|for|I/S|A/S)){0,5}"
NAME_BEFORE_CUE = re.compile(
    rf"({_NAME})[ \t]+(?:består\s+af|blev\s+stiftet|er\s+stiftet|dækker|omfatter|er\s+et\s+samarbejde|"
    r"er\s+ejet\s+af|ejes\s+af|"
    # "AffaldPlus er et fælleskommunalt affaldsselskab, der ejes af …", "X er et tværkommunalt samarbejde mellem"
    r"er\s+(?:et|en)\s+(?:[\wæøå§-]+\s+){0,3}?[\wæøå-]*(?:samarbejde|fællesskab|selskab|partnerskab|netværk)"
    r"(?:\s+mellem|,?\s+(?:der|som)\s+(?:ejes\s+af|er\s+ejet\s+af|består\s+af|dækker|omfatter)))\b"
)
NAME_AFTER_CUE = re.compile(
    r"(?i:(?:medlems|deltager|ejer)kommuner(?:ne)?\s+i|kommunerne\s+(?:i|bag)|medlemmer(?:ne)?\s+(?:af|i)|"
    r"om\s+at\s+(?:stifte|etablere|danne)|samarbejder\s+i|er\s+(?:nu\s+|også\s+)?(?:nyt?\s+)?medlem(?:mer)?\s+af|er\s+med\s+i|"
    # "Nu er Vesthimmerlands Kommune også medlem af X"
    r"(?:(?<=ommune\s)|(?<=ommuner\s))(?:nu\s+|også\s+|allerede\s+)*(?:nyt?\s+)?medlem(?:mer)?\s+(?:af|i)|"
    r"(?:er\s+(?:nu\s+)?blevet|blive|bliver|blev)\s+(?:nu\s+)?"
    r"(?:(?:nyt\s+)?medlem(?:mer)?\s+(?:af|i)|(?:en\s+)?del\s+af)|"
    # "… gå sammen og oprette det kommunalt ejede affaldsselskab, X", "har dannet deres eget nye selskab, X"
    r"(?:stifte|etablere|danne|oprette|stiftet|etableret|dannet|oprettet)\s+(?:[\wæøå-]+\s+){0,4}?"
    r"[\wæøå-]*(?:selskab|fællesskab|samarbejde|beredskab)\s*[,:]|"
    r"(?:indtræder|indtrådte|er\s+indtrådt)\s+(?:(?:fra|pr\.|per|med)\s+(?:[\wæøå.]+\s+){1,3}?)?"
    r"(?:som\s+medlem\s+)?(?:af|i)|"
    rf"(?:melde|meldt|melder|meldte)\s+sig\s+ind\s+i|(?:(?<=ommune\s)|(?<=ommunen\s))ind\s+i|(?:træde|træder|trådte)\s+ind\s+i|"
    # "A, B og C Kommuner står bag X", "… ejer i fællesskab X", "… indgår i (samarbejdet) X"
    r"står\s+bag|ejer\s+(?:i\s+fællesskab|sammen|tilsammen)|"
    r"(?:indgår|indgik)\s+i(?:\s+(?:samarbejdet|fællesskabet|netværket|partnerskabet))?|"
    # "Samarbejdet i Trekantområdet er politisk ledet af de syv borgmestre i …": the network it names
    rf"(?<![\w-])(?:samarbejdet|netværket|partnerskabet|fællesskabet)\s+i)\s+({_NAME})"
)
NOT_NETWORK_NAMES = re.compile(
    r"^(?:Det|Den|De|Der|Dette|Denne|Kommunen|Kommunerne|Byrådet|Kommunalbestyrelsen|Udvalget|Bestyrelsen|"
    r"Styregruppen|Region|Regionen|Danmark|KKR|KL|"
    # an agreement, a plan or a project covering municipalities is no network
    r"(?:\w*(?:[Aa]ftale|[Pp]rojekt|[Oo]rdning|[Pp]ulje|[Pp]lan|[Ss]trategi|[Ii]ndsats|[Pp]rogram|[Kk]ontrakt|"
    r"[Uu]dbud|[Aa]nalyse|[Uu]ndersøgelse|[Ii]nitiativ))(?:en|et|n|t)?)\b"
)
# networks named by their form: a business region, a partnership of municipalities (an I/S)
NAMED_NETWORK = re.compile(
    r"(?<![\w-])Business[ \t]+Region[ \t]+[A-ZÆØÅ][\wæøå-]*(?:[ \t]+[A-ZÆØÅ][\wæøå-]*)?|"
    r"(?<![\w/-])I/S[ \t]+[A-ZÆØÅ][\wæøå-]*(?:[ \t]+[A-ZÆØÅ][\wæøå-]*){0,3}|"
    r"(?<![\w-])[A-ZÆØÅ][\wæøå-]*(?:[ \t]+[A-ZÆØÅ][\wæøå-]*){0,3}[ \t]+I/S(?![\w/])"
)
# a joint fire and rescue service (the § 60 companies of the 2016 reform) named by its form: "Sydvestjysk
# Brandvæsen", "Midtjysk Brand & Redning", "Brand & Redning MidtVest", "Beredskab & Sikkerhed",
# "Hovedstadens Beredskab", "Brand og Redning Sønderjylland", "Beredskab Fyn"; one municipality's own
# ("Allerød Brandvæsen") is no network
FIRE_SERVICE = re.compile(
    r"(?<![\w-])(?P<area>[A-ZÆØÅ][\wæøå]*(?:-[A-ZÆØÅ][\wæøå]*)?(?:[ \t]+[A-ZÆØÅ][\wæøå]*)?)[ \t]+"
    r"(?:Brandvæsen|Beredskab|Brand[ \t]*(?:&|og)[ \t]*Redning|Brand-[ \t]*(?:&|og)[ \t]*Redningsberedskab)(?![\wæøå])|"
    r"(?<![\w-])(?:Brand|Beredskab)[ \t]*(?:&|og)[ \t]*(?:Redning|Sikkerhed)(?![\wæøå])"
    r"(?:[ \t]+(?:[A-ZÆØÅ][\wæøåÆØÅ]*(?![ \t]+Kommune)))?|"
    r"(?<![\w-])Beredskab[ \t]+(?:Øst|Vest|Nord|Syd|Fyn|\d+K)(?![\wæøå])"
)
NOT_AREA = re.compile(r"^(?:Det|Den|De|Et|En|Vores|Kommunens|Kommunernes|Fælles|Nyt?|Samlet|Kommunalt|Statens)\b")
# "samarbejdet mellem de syv kommuner i Trekantområdet": a cooperation named by where its members are
COOPERATION_OF = re.compile(r"kommuner(?:ne)? (?:i|bag) (?P<name>[A-ZÆØÅ][\wæøå-]+(?:[ \t]+[A-ZÆØÅ][\wæøå-]+){0,2})")
AREA = re.compile(
    r"(?:(?:Nord|Syd|Øst|Vest|Midt|Sønder|Midt- og Vest)?(?:jylland|sjælland|fyn|Jylland|Sjælland|Fyn)|"
    r"Danmark|Syddanmark|Hovedstaden|Hovedstadsområdet|Hovedstadsregionen|Storkøbenhavn|Landet|Regionen)"
)
NETWORK_BODY = re.compile(r"netværk|kreds|forening|forum|fora\b|business\s*region", re.IGNORECASE)
COUNCIL_OF = re.compile(
    r"(?<![\w-])(?:Byrådet|Byrådene|Kommunalbestyrelsen|Kommunalbestyrelserne|Borgerrepræsentationen)[ \t]+i[ \t]+$"
)
AFFILIATION_BEFORE = re.compile(r"(?:\b(?:fra|i|ved|hos|for|til|af|med)|[(/])\s*$", re.IGNORECASE)
WORD = re.compile(r"[A-ZÆØÅ][\wæøåÆØÅ]*(?:-[\wæøåÆØÅ]+)*")
KOMMUNE_AFTER = re.compile(r"[ \t]+(?:Kommuner?s?|kommuner?s?|Byråd|Kommunalbestyrelse)(?![\w-])")
SEPARATOR = re.compile(r"\s*(?:,\s*(?:og\s+|samt\s+)?|\s+og\s+|\s+samt\s+|\s*&\s*)")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\d•])|\n[ \t]*\n|\n[ \t]*[•·▪*–-][ \t]")
WINDOW = 800


@dataclass(frozen=True)
class MunicipalityRef:
    info: MunicipalityInfo
    start: int
    end: int


@dataclass(frozen=True)
class NetworkRef:
    start: int
    end: int
    mention: Mention | None  # a gazetteer or found network
    name: str | None = None  # a network named by its form ("Business Region Aarhus")


class Context(Protocol):
    """What the step needs of the document being extracted (extract/core's working state)."""

    text: str
    mentions: list[Mention]
    facts: FactsBuilder
    meeting: Meeting
    body_id: str | None

    def add_mention(self, m: Mention) -> str: ...

    def ev(self, start: int, end: int) -> Evidence: ...


def municipality_at(text: str, pos: int, hi: int) -> MunicipalityRef | None:
    """The municipality named at pos (one or two capitalised words, then maybe "Kommune"), or None when
    the words there are not one, or are part of a longer name ("Aarhus Vand", "Vejle Fjord")."""
    first = WORD.match(text, pos, hi)
    if first is None:
        return None
    candidates = []
    second = re.compile(r"[ \t]+([A-ZÆØÅ][\wæøå-]*)").match(text, first.end(), hi)
    if second is not None:
        candidates.append(second.end())
    candidates.append(first.end())
    for end in candidates:
        info = municipality_named(text[pos:end])
        if info is None:
            continue
        kommune = KOMMUNE_AFTER.match(text, end, hi)
        if kommune is not None:
            return MunicipalityRef(info, pos, kommune.end())
        following = re.compile(r"[ \t]+[A-ZÆØÅ]").match(text, end, hi)
        if following is not None:
            return None  # a longer name: "Aarhus Vand A/S"
        return MunicipalityRef(info, pos, end)
    return None


@cache
def _first_words() -> frozenset[str]:
    """The first word of every municipality's name, as a comparison key ("hoeje", "aabenraa")."""
    return frozenset(key.split()[0] for key in municipalities_by_key())


@lru_cache(maxsize=1 << 16)
def _may_start_a_name(word: str) -> bool:
    """Whether a capitalised word can open a municipality's name; asked once per distinct word (a
    document's words repeat: the same few hundred capitalised words are most of its tests)."""
    key = normalise(word).split(" ", 1)[0] if word else ""
    first = _first_words()
    return key in first or (key.endswith("s") and key[:-1] in first)


def municipalities_in(text: str, lo: int, hi: int) -> list[MunicipalityRef]:
    """Every municipality named in text[lo:hi] on its own (not inside a longer capitalised name)."""
    out: list[MunicipalityRef] = []
    pos = lo
    for word in WORD.finditer(text, lo, hi):
        if word.start() < pos or not _may_start_a_name(word.group(0)):
            continue
        before = text[max(lo, word.start() - 2) : word.start()]
        if re.search(r"[A-ZÆØÅa-zæøå][ \t]$", before) and _capitalised_before(text, word.start(), lo):
            continue  # the tail of a longer name: "Business Region Aarhus"
        ref = municipality_at(text, word.start(), hi)
        if ref is not None:
            out.append(ref)
            pos = ref.end
    return out


def _capitalised_before(text: str, pos: int, lo: int) -> bool:
    """Whether a capitalised word stands right before pos (so the word at pos ends a longer name), not
    counting a list's own head: "Kommunerne Herning, Holstebro og Struer", "Ejerkommuner: …"."""
    match = re.search(r"([\wæøåÆØÅ-]+)[ \t]+$", text[max(lo, pos - 40) : pos])
    return match is not None and match.group(1)[0].isupper() and not LIST_HEAD.search(match.group(1))


# words a name's head cannot be: a list's own head ("Kommunerne A, B og C", "Ø-kommunen Ærø"), a word that
# opens a sentence ("Også Kolding, Viborg og Favrskov kommuner har meldt sig ind", "Nu er Ærø med i X")
LIST_HEAD = re.compile(
    r"(?i)kommune(?:n|r|rne)$|"
    r"^(?-i:Også|Nu|Både|Dermed|Derfor|Desuden|Derudover|Herunder|Heriblandt|Endelig|Samtidig|Fremover|Hermed|"
    r"Og|Men|Da|Når|Hvor|At|Som|Mens|Hvis)$"
)


def list_at(text: str, pos: int, hi: int) -> list[MunicipalityRef]:
    """A list of municipalities beginning at pos: "A, B, C og D Kommune", "A og B Kommuner"."""
    out: list[MunicipalityRef] = []
    while pos < hi:
        ref = municipality_at(text, pos, hi)
        if ref is None:
            break
        out.append(ref)
        sep = SEPARATOR.match(text, ref.end, hi)
        if sep is None or sep.end() == ref.end:
            break
        pos = sep.end()
    return out


VERTICAL_OPENER = re.compile(r"(?::|\ber|\baf|\bkommuner(?:ne)?)$", re.IGNORECASE)
LIST_LINE = re.compile(r"[ \t]*(?:[•·▪*–-][ \t]*|\d{1,2}[.)][ \t]+)?(?=\S)")
LINE_TAIL = re.compile(r"[ \t]*[,;.]?[ \t]*(?:\n|$)")


def vertical_list_after(text: str, cue: int) -> list[MunicipalityRef]:
    """A list one municipality a line, after a line that ends with a colon or an opener ("… består af
    følgende kommuner:", "Medlemskommuner:", "Medlemskommunerne i DSD er"): bullets and numbers
    allowed, a blank line before or between items."""
    line_end = text.find("\n", cue)
    if line_end < 0 or not VERTICAL_OPENER.search(text[cue:line_end].rstrip()):
        return []
    out: list[MunicipalityRef] = []
    pos = line_end + 1
    while pos < len(text):
        if text[pos] == "\n":
            pos += 1  # one blank line before or between items
        bullet = LIST_LINE.match(text, pos)
        if bullet is None:
            break
        ref = municipality_at(text, bullet.end(), len(text))
        tail = LINE_TAIL.match(text, ref.end) if ref else None
        if ref is None or tail is None:
            break
        out.append(ref)
        pos = tail.end()
    return out if len(out) >= 2 else []


def sentence_at(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around text[start:end], across wrapped lines (a PDF's), within [lo, hi)."""
    left = max(lo, start - WINDOW)
    for match in SENTENCE_END.finditer(text, left, start):
        left = match.end()
    stop = SENTENCE_END.search(text, end, min(hi, end + WINDOW))
    return left, stop.start() if stop else min(hi, end + WINDOW)


def _networks(ctx: Context) -> list[NetworkRef]:
    found = [
        NetworkRef(m.start, m.end, m) for m in ctx.mentions if m.type == "Organization" and m.kind in NETWORK_KINDS
    ]
    taken = [(n.start, n.end) for n in found]
    for start, end, name in [*named_networks(ctx.text), *defined_networks(ctx.text)]:
        if not any(a < end and start < b for a, b in taken):
            found.append(NetworkRef(start, end, None, name))
            taken.append((start, end))
    return sorted(found, key=lambda n: n.start)


# a network a page defines before it lists the members: "Beredskab Øst er etableret pr. 1. januar 2016 som
# et fælleskommunalt selskab … Interessenterne er A, B og C", "Gate 21 er et partnerskab mellem kommuner, …
# Medlemskommunerne er A, B og C"
DEFINED_NETWORK = re.compile(
    r"(?<![\wæøå-])(?P<name>[A-ZÆØÅ][\wæøå&/-]*(?:[ \t]+(?:[A-ZÆØÅ\d][\wæøå&/-]*|og|for|I/S|A/S)){0,4})[ \t]+"
    r"(?:er|blev)\s+(?:etableret\s+[^.\n]{0,60}?\s+som\s+|stiftet\s+[^.\n]{0,60}?\s+som\s+)?(?:et|en)\s+"
    r"(?:[\wæøå§-]+\s+){0,3}?[\wæøå-]*(?:samarbejde|fællesskab|selskab|partnerskab|netværk|forening|"
    r"interessentskab)\b"
)


# the head word ends the match: a name (up to 5 words), "er etableret … som" (up to 60) and 3 words before it
DEFINED_NETWORK_WORDS: tuple[Word, ...] = (
    "samarbejde", "fællesskab", "selskab", "partnerskab", "netværk", "forening", "interessentskab",
)  # fmt: skip
DEFINED_NETWORK_REACH = 260


def defined_networks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each network DEFINED_NETWORK finds: never a municipality, a council or a
    word that refers back ("Foreningen er en …")."""
    out = []
    for m in finditer_near(DEFINED_NETWORK, text, DEFINED_NETWORK_WORDS, DEFINED_NETWORK_REACH):
        name = re.sub(r"[ \t]+(?:og|for)$", "", " ".join(m["name"].split()))
        if (
            NOT_NETWORK_NAMES.match(name)
            or BACK_REFERENCE.fullmatch(name.lower())
            or KOMMUNE_AFTER.search(name)
            or municipality_named(name) is not None
        ):
            continue
        out.append((m.start("name"), m.start("name") + len(name), name))
    return out


@lru_cache(maxsize=4)
def named_networks(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of NAMED_NETWORK's matches, and of the place the municipalities of a
    cooperation are "i" when it is neither a municipality, a region nor a part of the country ("de
    syv kommuner i Trekantområdet"). Found once per document: the roles and the memberships step
    both ask (a tuple, so no caller changes what the other reads)."""
    found = (
        [(m.start(), m.end(), " ".join(m.group(0).split())) for m in NAMED_NETWORK.finditer(text)]
        if "Business" in text or "I/S" in text
        else []
    )
    if "Brand" in text or "Beredskab" in text:
        found += fire_services(text)
    if "kommune" in text:
        for m in COOPERATION_OF.finditer(text):
            name = m["name"]
            if not NOT_NETWORK_NAMES.match(name) and not AREA.fullmatch(name) and municipality_named(name) is None:
                found.append((m.start("name"), m.end("name"), " ".join(name.split())))
    return tuple(sorted(found))


def fire_services(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each joint fire and rescue service FIRE_SERVICE names: not one
    municipality's own ("Allerød Brandvæsen"), nor a generic one ("Kommunens Beredskab")."""
    out = []
    for m in FIRE_SERVICE.finditer(text):
        area = m["area"]
        if area is not None and (NOT_AREA.match(area) or municipality_named(area) is not None):
            continue
        out.append((m.start(), m.end(), " ".join(m.group(0).split())))
    return out


def body_is_network(meeting: Meeting) -> bool:
    """Whether the meeting's body is a network or an association (a known one, or by its name)."""
    if not meeting.body:
        return False
    known = lookup_alias(meeting.body)
    if known is not None:
        return known.kind in NETWORK_KINDS
    return NETWORK_BODY.search(meeting.body) is not None


def _network_id(ctx: Context, network: NetworkRef) -> str:
    if network.mention is not None:
        return ctx.add_mention(network.mention)
    name = network.name or ""
    return ctx.facts.entity(ids.organization_id(name), "Organization", name, kind="network")


class _Refs:
    """The municipalities a document names, found once (when a membership cue asks), by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._refs: list[MunicipalityRef] | None = None
        self._starts: list[int] = []

    def between(self, lo: int, hi: int) -> list[MunicipalityRef]:
        if self._refs is None:
            self._refs = municipalities_in(self.text, 0, len(self.text))
            self._starts = [r.start for r in self._refs]
        return self._refs[bisect_left(self._starts, lo) : bisect_left(self._starts, hi)]


def _members(
    refs: _Refs, lo: int, hi: int, cue_start: int, subject: bool, names: list[NetworkRef]
) -> list[MunicipalityRef]:
    """The municipalities a membership sentence names as members: its subject (before the cue) and
    the lists that begin right after an opener at or after the cue."""
    text = refs.text
    inside = [(n.start, n.end) for n in names]
    out: list[MunicipalityRef] = []
    if subject:
        group: list[MunicipalityRef] = []  # a list after a preposition: all in or all out
        taken = True
        for ref in refs.between(lo, cue_start):
            if ref in group:
                if taken:
                    out.append(ref)
            elif not AFFILIATION_BEFORE.search(text[max(lo, ref.start - 12) : ref.start]):
                group, taken = [], True
                out.append(ref)
            else:
                # "borgerne i Esbjerg, Fanø og Varde Kommuner har haft ét fælles beredskab": a group;
                # "Borgmestrene i Esbjerg og Varde Kommuner", "Ole Hansen fra Esbjerg": affiliations
                group = _plural_list(text, ref.start, cue_start) or list_at(text, ref.start, cue_start)
                taken = len(group) >= 2 and _plural_list(text, ref.start, cue_start) == group
                # "Kommunalbestyrelsen i Billund Kommune har besluttet, at kommunen skal være medlem af X":
                # a council speaks for its municipality
                taken = taken or COUNCIL_OF.search(text, max(lo, ref.start - 40), ref.start) is not None
                if taken:
                    out.append(ref)
    pos = cue_start
    for ref in refs.between(cue_start, hi):
        if ref.start < pos:
            continue
        if not LIST_OPENER.search(text[max(cue_start, ref.start - 40) : ref.start]):
            continue
        items = list_at(text, ref.start, hi)
        out += items
        pos = items[-1].end if items else ref.end
    return [r for r in out if not any(a <= r.start < b for a, b in inside)]


def _personal(text: str, start: int, end: int, hi: int) -> bool:
    """Whether the cue at text[start:end] states a person's seat: it begins as one ("som medlem af X")
    or holds one ("er medlemmer af bestyrelsen for X"); "indtræder som medlem af X" is a municipality's."""
    if PERSONAL.match(text, start, hi):
        return True
    match = SEAT.search(text, start, hi)
    return match is not None and match.start() <= end


# people named by their post before a list: "Borgmestrene i A, B og C Kommuner" (their seats are theirs)
PEOPLE_OF = re.compile(
    r"(?i:borgmest|direktør|formand|formænd|næstformand|medlem|repræsentant|politiker|chef|rådmand|rådmænd|"
    r"byrådsmedlem|leder)[\wæøå]*[ \t]+\S+[ \t]*$"
)


def _plural_list(text: str, pos: int, hi: int) -> list[MunicipalityRef]:
    """The list at pos when it names two municipalities or more as "… Kommuner" (a group, not one
    person's affiliation: "borgerne i A, B og C Kommuner"), else []; never after people named by their
    post ("Borgmestrene i A, B og C Kommuner")."""
    if PEOPLE_OF.search(text, max(0, pos - 40), pos):
        return []
    items = list_at(text, pos, hi)
    if len(items) < 2 or not re.search(r"[Kk]ommuner$", text[items[-1].start : items[-1].end]):
        return []
    return items


def _count_cues(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """COUNT_CUE's matches in text[lo:hi], read only where "kommuner" is: KOMMUNER's matches, found by
    ``str.find`` in the document's lower-cased text (made once per document) and a word's end after."""
    out = []
    find = lowered(text).find
    at = find("kommuner", lo, hi)
    while at >= 0:
        end = at + len("kommuner")
        if end == hi or not (text[end].isalnum() or text[end] == "_"):  # KOMMUNER's \b
            match = COUNT_CUE.search(text, max(lo, at - 40), end)
            if match is not None and match.end() == end:
                out.append(match)
        at = find("kommuner", end, hi)
    return out


def _count_lists(refs: _Refs, lo: int, hi: int) -> list[tuple[int, list[MunicipalityRef]]]:
    """(cue start, list) for "N kommuner … A, B, …" where the list has N municipalities."""
    text = refs.text
    out = []
    for count in _count_cues(text, lo, hi):
        raw = count.group(1).lower()
        wanted = int(raw) if raw.isdigit() else NUMBERS[raw]
        for ref in refs.between(count.end(), min(hi, count.end() + 80)):
            # a colon or semicolon may open the list: "de tre kommuner; Roskilde, Lejre og Frederikssund"
            gap = re.sub(r"[;:]\s*$", "", text[count.end() : ref.start])
            if re.search(r"[.;!?]", gap) or not LIST_OPENER.search(text[count.start() : ref.start]):
                continue
            items = list_at(text, ref.start, hi)
            if len(items) == wanted:
                out.append((count.start(), items))
            break
    return out


def add_memberships(ctx: Context) -> None:
    """MEMBER_OF for every membership the text states in prose."""
    text = ctx.text
    networks = _networks(ctx)
    starts = [n.start for n in networks]
    body_network = ctx.body_id is not None and body_is_network(ctx.meeting)
    more = finditer_near(MORE_CUES, text, MORE_CUE_WORDS, CUE_REACH)
    cues = sorted(
        [(m.start(), m.end(), m.lastgroup == "subject") for m in finditer_near(CUES, text, CUE_WORDS, CUE_REACH)]
        + [(m.start(), m.end(), m.lastgroup == "subject") for m in more]
        + [(m.start(), m.end(), False) for m in _count_cues(text, 0, len(text))]
    )
    cue_starts = [c[0] for c in cues]
    done: set[tuple[int, int]] = set()
    stated: list[tuple[int, int, str]] = []  # (sentence start, end, network) of each statement, in order
    refs = _Refs(text)
    for cue_start, cue_end, _ in cues:
        lo, hi = sentence_at(text, cue_start, cue_end, 0, len(text))
        if (lo, hi) in done:
            continue
        done.add((lo, hi))
        sentence = text[lo:hi]
        if DENIED.search(sentence):
            continue
        here = cues[bisect_left(cue_starts, lo) : bisect_left(cue_starts, hi)]
        named = networks[bisect_left(starts, lo) : bisect_left(starts, hi)]
        first = min(s for s, _, _ in here)
        members: list[MunicipalityRef] = []
        # people's seats ("Borgmestrene i A, B og C er medlemmer af bestyrelsen for X") are no municipality's,
        # and a list in their sentence names the people's municipalities; another subject cue of the sentence
        # still stands ("A er medlem af X, og borgmesteren er medlem af bestyrelsen for foreningen")
        if any(subject and _personal(text, s, e, hi) for s, e, subject in here):
            here = [(s, e, True) for s, e, subject in here if subject and not _personal(text, s, e, hi)]
            if not here:
                continue
        subject_cues = [s for s, _, subject in here if subject]
        list_cues = [s for s, e, subject in here if not subject and not COUNT_CUE.match(text, s, e)]
        if subject_cues:
            # the first cue with a subject: "KL har etableret X, hvor A og B allerede er medlemmer"
            for cue in subject_cues:
                members = _members(refs, lo, hi, cue, True, named)
                if members:
                    break
        elif list_cues:
            members += _members(refs, lo, hi, list_cues[0], False, named)
        for _, items in _count_lists(refs, lo, hi):
            members += [r for r in items if r not in members]
        if (subject_cues or list_cues) and len(members) <= 1:
            vertical = vertical_list_after(text, max(s for s, _, _ in here))
            members = vertical if len(vertical) > len(members) else members
        if not members or (len(members) < 2 and all(OWNED.match(text, s, e) for s, e, _ in here)):
            continue  # one owner is a company's, not a network's: "Forsyningen er ejet af Aarhus Kommune"
        named = [n for n in named if not _listed_with(text, n, members)]
        network = _network_of(ctx, named, networks, starts, text, lo, hi, first, body_network, stated)
        if network is None:
            continue
        stated.append((lo, hi, network))
        _relate(ctx, members, network)
    for name, items in joint_bodies(text):
        _relate(ctx, items, ctx.facts.entity(ids.organization_id(name), "Organization", name, kind="network"))
    lists = member_lists(text)
    if lists:
        network = _listing_body(ctx)
        for items in lists:
            if network is not None:
                _relate(ctx, items, network)


# a body's member list by the municipality each member sits for (a board page, a signature sheet, a
# commission's header): "Kommuner" over "• Pernille Beckmann (V), Greve kommune", "MEDLEMMER: Borgmester
# Erik Fabrin (EF), Rudersdal Kommune, …", "Underskriftsark Holbæk Kommune Name Name Kalundborg Kommune …",
# "Bestyrelsesmedlemmer: Indstillet af: Name / Roskilde Kommune"; never an attendance list ("Deltagere",
# "Til stede": who came, not who is a member)
MEMBER_LIST_LABEL = re.compile(
    r"(?m)^[ \t]*(?:Kommuner|KOMMUNER|Medlemmer|MEDLEMMER|Bestyrelsesmedlemmer|Bestyrelsen\s+består\s+af)"
    r"[ \t]*:?[ \t]*$|"
    r"(?<![\w-])(?:Medlemmer|MEDLEMMER|Bestyrelsesmedlemmer)[ \t]*:|(?<![\w-])Underskriftsark(?![\w-])"
)
MEMBER_LIST_WORDS: tuple[Word, ...] = ("kommuner", "medlemmer", "bestyrelse", "underskriftsark")
MEMBER_LIST_END = re.compile(
    r"(?<![\w-])(?i:fraværende|afbud|endvidere\s+deltog|deltagere|til\s+stede|mødedeltagere|"
    r"indholdsfortegnelse|dagsorden|sagsfremstilling|beslutning)(?![\w-])"
)
MEMBER_LIST_REACH = 1500


def member_lists(text: str) -> list[list[MunicipalityRef]]:
    """The municipalities of each member list that names two or more, each named with "Kommune" as a
    member's seat (after a comma, a dash, a line break or a name; not "borgmester i X Kommune")."""
    out: list[list[MunicipalityRef]] = []
    if "ommune" not in text:
        return out
    for label in finditer_near(MEMBER_LIST_LABEL, text, MEMBER_LIST_WORDS, CUE_REACH):
        hi = min(len(text), label.end() + MEMBER_LIST_REACH)
        end = MEMBER_LIST_END.search(text, label.end(), hi)
        hi = end.start() if end else hi
        seats = [
            ref
            for ref in _seats(text, label.end(), hi)
            if not AFFILIATION_BEFORE.search(text[max(0, ref.start - 12) : ref.start])
        ]
        if len({ref.info.code for ref in seats}) >= 2:
            out.append(seats)
    return out


SEAT_KOMMUNE = re.compile(r"(?<=[ \t])(?:Kommune|kommune)(?![\w-])")
WORD_BEFORE = re.compile(r"([A-ZÆØÅ][\wæøåÆØÅ-]*)[ \t]+$")


def _seats(text: str, lo: int, hi: int) -> list[MunicipalityRef]:
    """Each "X Kommune" in text[lo:hi], X read back from "Kommune" (one or two words), so a name right
    before it ("Brian Ahlquist Kalundborg Kommune", a flattened list) does not hide it."""
    out: list[MunicipalityRef] = []
    for kommune in SEAT_KOMMUNE.finditer(text, lo, hi):
        last = WORD_BEFORE.search(text, max(lo, kommune.start() - 40), kommune.start())
        if last is None:
            continue
        first = WORD_BEFORE.search(text, max(lo, last.start() - 40), last.start())
        for start in ([first.start(1)] if first else []) + [last.start(1)]:
            info = municipality_named(text[start : last.end(1)])
            if info is not None:
                out.append(MunicipalityRef(info, start, kommune.end()))
                break
    return out


# a body's name as a page or minutes head it: a line of its own with a body's head word
BODY_HEADING = re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÆØÅ][\wæøåÆØÅ&-]*(?:[ \t]+[\wæøåÆØÅ&-]+){0,5})[ \t]*$")
BODY_HEAD_WORD = re.compile(
    r"(?i)udvalg|råd(?:et)?\b|forum|netværk|kommission|samarbejde|fællesskab|forening|kulturregion|nationalpark|"
    r"beredskab|brandvæsen|business\s+region"
)


SMALL_WORDS = frozenset({"og", "i", "for", "af", "på", "til", "ved"})


def _listing_body(ctx: Context) -> str | None:
    """The body a member list belongs to: the document's heading when it names a body, else the
    meeting's body when that is a network."""
    heading = _heading_body(ctx)
    if heading is not None:
        return heading
    return ctx.body_id if ctx.body_id is not None and body_is_network(ctx.meeting) else None


def _heading_body(ctx: Context) -> str | None:
    """The body one of the document's first lines names, a line of its own with a body's head word."""
    for heading in BODY_HEADING.finditer(ctx.text, 0, min(len(ctx.text), 400)):
        name = " ".join(heading["name"].split())
        if BODY_HEAD_WORD.search(name) and municipality_named(name) is None and not NOT_NETWORK_NAMES.match(name):
            if name.isupper():  # "KULTURREGION MIDT- OG VESTSJÆLLAND"
                name = " ".join(w.lower() if w.lower() in SMALL_WORDS else w.capitalize() for w in name.split())
            return ctx.facts.entity(ids.organization_id(name), "Organization", name, kind="network")
    return None


# a joint body named by its members: "Grønt Råd i Tårnby og Dragør Kommuner", "Den fælles
# Beredskabskommission for Rudersdal og Hørsholm Kommuner"
JOINT_BODY = re.compile(
    r"(?P<head>(?:(?:[Dd]en|[Dd]et)[ \t]+fælles[ \t]+|[Ff]ælles[ \t]+)?"
    r"[A-ZÆØÅ][\wæøå-]*(?:[ \t]+[A-ZÆØÅ][\wæøå-]*){0,2})"
    r"[ \t]+(?:for|i)[ \t]+(?=[A-ZÆØÅ][^.\n]{0,80}?[ \t]Kommuner\b)"
)
JOINT_HEAD = re.compile(r"(?i)(?:kommission|råd|nævn|forum|netværk|samarbejde|fællesskab|beredskab|brandvæsen)$")


def joint_bodies(text: str) -> list[tuple[str, list[MunicipalityRef]]]:
    """(name, members) of each joint body whose name lists its two or more member municipalities."""
    out: list[tuple[str, list[MunicipalityRef]]] = []
    if " Kommuner" not in text:
        return out
    for m in JOINT_BODY.finditer(text):
        head = " ".join(m["head"].split())
        if not JOINT_HEAD.search(head) or head.lower().startswith(("byråd", "kommunalbestyrelse")):
            continue
        items = list_at(text, m.end(), min(len(text), m.end() + 120))
        if len(items) < 2 or not text.endswith(" Kommuner", 0, items[-1].end):
            continue
        out.append((" ".join(text[m.start() : items[-1].end].split()), items))
    return out


def _listed_with(text: str, network: NetworkRef, members: list[MunicipalityRef]) -> bool:
    """Whether the network is one more item of the members' list ("de tre kommuner; Roskilde, Lejre og
    Frederikssund, Danmarks Naturfredningsforening, …"): a fellow member, not what they are members of."""
    before = [m for m in members if m.end <= network.start]
    return bool(before) and CO_LISTED.fullmatch(text, before[-1].end, network.start) is not None


# what stands between a list's last municipality and a fellow member named after it: more items, each
# a capitalised name after a comma, "og", "samt" or "&"
CO_LISTED = re.compile(r"(?:\s*(?:,|\bog\b|\bsamt\b|&)\s*[A-ZÆØÅ][^,.;:!?()\n]{0,60}?)*\s*(?:,|\bog\b|\bsamt\b|&)\s*")


def _network_of(
    ctx: Context,
    named: list[NetworkRef],
    networks: list[NetworkRef],
    starts: list[int],
    text: str,
    lo: int,
    hi: int,
    cue: int,
    body_is_network: bool,
    stated: list[tuple[int, int, str]],
) -> str | None:
    """The network a membership sentence text[lo:hi] names (the one nearest its cue), else the one it
    refers back to ("foreningen", "organisationen", "Medlemskommunerne"): the network named last
    before it, or stated last by a membership sentence before it ("X Kommune har meldt sig ind i Y.
    … Z Kommune meldte sig ind i organisationen"), else the meeting's own body when it is a network;
    a sentence that names none and refers back to none continues the statement right before it ("Ærø
    Kommune har meldt sig ind i X. Også Kolding og Viborg kommuner har meldt sig ind.")."""
    if named:
        nearest = min(named, key=lambda n: (n.mention is not None and n.mention.kind != "network", abs(n.start - cue)))
        return _network_id(ctx, nearest)
    unknown = _unknown_network(text, lo, hi)
    if unknown is not None:
        return ctx.facts.entity(ids.organization_id(unknown), "Organization", unknown, kind="network")
    back = BACK_REFERENCE.search(text, lo, hi) or MEMBERS_WORD.search(text, lo, hi)
    if back is None:
        return stated[-1][2] if stated and not text[stated[-1][1] : lo].strip() else None
    earlier = networks[: bisect_left(starts, lo)]
    if stated and (not earlier or stated[-1][0] > earlier[-1].start):
        return stated[-1][2]
    if earlier:
        return _network_id(ctx, earlier[-1])
    return ctx.body_id if body_is_network else _heading_body(ctx)


def _unknown_network(text: str, lo: int, hi: int) -> str | None:
    """The name a statement gives its network when no list knows it; never a municipality, a region,
    a council or a back reference ("Netværket består af …")."""
    for pattern in (NAME_BEFORE_CUE, NAME_AFTER_CUE):
        match = pattern.search(text, lo, hi)
        if match is None:
            continue
        name = " ".join(match.group(1).split())
        name = re.sub(r"[ \t]+(?:og|for)$", "", name)
        if NOT_NETWORK_NAMES.match(name) or BACK_REFERENCE.fullmatch(name) or municipality_named(name) is not None:
            continue
        return name
    return None


def _relate(ctx: Context, members: list[MunicipalityRef], network: str) -> None:
    for ref in members:
        info = ref.info
        member = ctx.facts.entity(
            ids.municipality_id(info.code), "Municipality", info.name, code=info.code, region=info.region
        )
        if member == network or ctx.facts.has_relation("MEMBER_OF", member, network):
            continue
        ctx.facts.relation("MEMBER_OF", member, network, ctx.ev(ref.start, ref.end))
