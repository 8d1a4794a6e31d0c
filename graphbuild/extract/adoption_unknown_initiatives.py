"""An initiative the gazetteer does not know, read by ``adoptions`` from the sentence's shape: named after
its kind ("projektet Grøn Vækst", "Partnerskab for Grøn Mobilitet"), or right after a cue that only joins,
quoted or as a name that says what it is ("tilslutter sig Verdensmålsalliancen", "har underskrevet Charter
for Sund Mad", "samarbejdsaftalen 2023-2026"), or a shared agreement a council approves named by its kind
and what it is about ("godkendte den endelige samarbejdsaftale om nyt beredskabssamarbejde mellem …"); none
whose name is about something only possible or to come ("en hensigtserklæring om et muligt fremtidigt …")."""

from __future__ import annotations

import re

from graphbuild.extract.mention_record import Mention, mention_of

# an initiative the gazetteer does not know, named after its kind right after a cue: "tilslutte sig
# initiativet Compact of Mayors", "deltage i projektet 'Grøn Vækst Fyn'", "har tilsluttet sig alliancen
# "Cykelbyer i Danmark"": quoted, or capitalised words (joined by "of", "for", "i", "og", "på", "om")
_KINDS = r"(?:projekt|initiativ|partnerskab|program|kampagne|alliance|pagt|forsøg|indsats)"
_CAPITALISED = r"(?-i:[A-ZÆØÅ][\wæøå&-]+)(?:[ \t]+(?:(?:of|for|i|og|på|om)[ \t]+)?(?-i:[A-ZÆØÅ0-9][\wæøå&-]*))*"
_KIND_NAMED = re.compile(
    r"\s+(?:sig\s+)?(?:(?:i|til|på)\s+)?(?:(?:det|den|et|en)\s+)?(?:(?:nye|nationale|landsdækkende|europæiske|"
    rf"internationale|globale|fælles|tværkommunale)\s+)?(?:[a-zæøå-]*{_KINDS}(?:et|en|t|n)?\s+"
    r"(?:[\"“”'‘’«»„](?P<quoted>[^\"“”'‘’«»„\n]{3,60}?)[\"“”'‘’«»]|"
    rf"(?P<name>{_CAPITALISED}))|"
    # the kind opening the name: "Partnerskab for Grøn Mobilitet", "Klimaalliancen for Fyn"
    rf"(?P<titled>(?=(?-i:[A-ZÆØÅ]))[a-zæøå-]*{_KINDS}(?:et|en)?[ \t]+(?:for|om|mod|til)[ \t]+{_CAPITALISED}))",
    re.IGNORECASE,
)
# a kind word before a name, matched at a word's start: a participation cue may name an initiative the
# gazetteer does not know ("partnerskabet Grøn Vækst", "klimaprojektet 'X'", "Partnerskab for Grøn Mobilitet")
_KIND_WORD_AT = re.compile(
    rf"[a-zæøå-]*{_KINDS}(?:et|en|t|n)?[ \t]+[\"“”'‘’«»„]?(?-i:[A-ZÆØÅ])|(?=(?-i:[A-ZÆØÅ]))[a-zæøå-]*{_KINDS}[ \t]",
    re.IGNORECASE,
)
_KIND_STEMS = ("projekt", "initiativ", "partnerskab", "program", "kampagne", "alliance", "pagt", "forsøg", "indsats")


def names_a_kind(text: str, low: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] names something by its kind and a name after it; ``low`` is the text in lower
    case (offsets kept): each kind word is found by ``str.find`` and checked from its word's start."""
    for stem in _KIND_STEMS:
        at = low.find(stem, lo, hi)
        while at >= 0:
            start = at
            while start > lo and (text[start - 1].isalpha() or text[start - 1] == "-"):
                start -= 1
            if _KIND_WORD_AT.match(text, start, hi):
                return True
            at = low.find(stem, at + len(stem), hi)
    return False


# what the name is about is only possible or to come: "en hensigtserklæring om et muligt fremtidigt kompagniskab med
# A og B" declares an intent to work towards something, and adopts nothing yet (README adoptions: not a proposal,
# nor a decision to investigate)
_ONLY_POSSIBLE = re.compile(
    r"[ \t]+(?:om|vedrørende|for)[ \t]+(?:(?:et|en|at)[ \t]+)?"
    r"(?:muligt?|eventuelt?|evt\.|fremtidigt?|potentielt?)(?![\wæøå])",
    re.IGNORECASE,
)


def only_possible(text: str, name_end: int) -> bool:
    """Whether the initiative named up to ``name_end`` is about something only possible or to come."""
    return _ONLY_POSSIBLE.match(text, name_end) is not None


def kind_named(text: str, at: int, hi: int, in_sentence: list[Mention], bare: bool = False) -> list[Mention]:
    """The initiative a cue ending at ``at`` names by its kind and its name right after it; none where the
    name is one the sentence already names (an organisation, a municipality, a known initiative).
    ``bare``: after a cue that can only join something shared ("tilslutter sig", "har underskrevet"), a
    name with no kind word before it counts too (``bare_named``)."""
    match = _KIND_NAMED.match(text, at, hi)
    if match is None:
        return bare_named(text, at, hi, in_sentence) if bare else []
    group = next(g for g in ("quoted", "name", "titled") if match.group(g))
    start, end = match.span(group)
    if any(m.start < end and m.end > start for m in in_sentence):
        return []
    name = text[start:end].strip()
    if only_possible(text, end):
        return []
    return [mention_of(start, end, "Initiative", name)]


# a shared agreement approved, named by its kind and what it is about when the gazetteer does not know it:
# "godkendte den endelige samarbejdsaftale om nyt beredskabssamarbejde mellem Stevns, …", "godkendte
# samarbejdsaftalen mandag den 25. november", "har godkendt rammeaftalen for 2025-2026"
AGREEMENT_NAMED = re.compile(
    r"(?:(?:den|det|de|endelige|nye|reviderede|fælles)\s+)*"
    r"(?P<name>[a-zæøå]*(?:ramme|sundheds|samarbejds|partnerskabs)aftale(?:n|r|rne)?"
    r"(?:[ \t]+(?:for[ \t]+)?(?:19|20)\d{2}(?:[ \t]*[-–][ \t]*(?:19|20)?\d{2,4})?)?"
    r"(?:[ \t]+(?:om|for|mellem|på)[ \t]+[^.,;:!?\n]{3,100}?(?=[.,;:!?\n]|[ \t]+(?:og|som|der|mens|samt)[ \t]|$))?)",
    re.IGNORECASE,
)


def agreement_named(text: str, at: int, hi: int, in_sentence: list[Mention]) -> list[Mention]:
    """The shared agreement an approval cue ending at ``at`` names right after it (``AGREEMENT_NAMED``),
    when the sentence names nothing there but the municipalities it is between."""
    match = AGREEMENT_NAMED.match(text, at, hi)
    if match is None:
        return []
    start, end = match.span("name")
    # the parties it names are part of its name ("… mellem Stevns, Solrød og Køge kommuner"); nothing else
    if any(m.start < end and m.end > start and m.type != "Municipality" for m in in_sentence):
        return []
    name = text[start:end].strip()
    return [mention_of(start, end, "Initiative", name)]


# a shared thing named with no kind word before it, right after a joining cue: quoted ("tilsluttet sig
# 'Danmark for målene'"), capitalised words ("tilslutter sig Verdensmålsalliancen", "har underskrevet
# Charter for Sund Mad"), or a compound of an agreement's or alliance's kind with its years
# ("tilsluttede sig samarbejdsaftalen 2023-2026", "tilslutter sig rammeaftalen")
_AGREEMENT_KINDS = r"(?:aftale|pagt|alliance|partnerskab|charter|erklæring|samarbejde|netværk|program|projekt)"
# a lower-case compound names an agreement, a pact or an alliance ("samarbejdsaftalen 2023-2026"), not a
# project or network ("klimaprojektet" names no one project; joining a network is a membership)
_COMPOUND_KINDS = r"(?:aftale|pagt|alliance|partnerskab|charter|erklæring)"
_BARE_NAMED = re.compile(
    r"\s+(?:sig\s+)?(?:(?:i|til|på)\s+)?(?:(?:det|den|de|et|en)\s+)?(?:(?:nye|nationale|landsdækkende|europæiske|"
    r"internationale|globale|fælles|tværkommunale|endelige|reviderede)\s+)?"
    r"(?:[\"“”'‘’«»„](?P<quoted>[^\"“”'‘’«»„\n]{3,60}?)[\"“”'‘’«»]|"
    rf"(?P<compound>(?-i:[a-zæøå]{{3,}}-?){_COMPOUND_KINDS}(?:en|et|n|t)?(?:[ \t]+(?:for[ \t]+)?(?:19|20)\d{{2}}"
    r"(?:[ \t]*[-–/][ \t]*(?:19|20)?\d{2})?)?(?![\wæøå]))|"
    rf"(?P<name>{_CAPITALISED}))",
    re.IGNORECASE,
)
# what a bare name may not be: a body's or a person's act ("tilslutter sig Økonomiudvalgets indstilling"), the
# municipality's own business ("Budget 2024"), or a name whose last word is a genitive
_NOT_SHARED = re.compile(
    r"udvalg|råd\b|rådet|bestyrelse|forvaltning|administration|borgmester|direktør|direktion|kommune|region|"
    r"budget|lokalplan|kommuneplan|politik|regulativ|vedtægt|indstilling|forslag|beslutning|\w+s$",
    re.IGNORECASE,
)


_SAYS_ITS_KIND = re.compile(rf"{_AGREEMENT_KINDS}(?:en|et|n|t|er|erne)?(?![\wæøå])", re.IGNORECASE)


def bare_named(text: str, at: int, hi: int, in_sentence: list[Mention]) -> list[Mention]:
    """The shared initiative a joining cue ending at ``at`` names right after it with no kind word
    (``_BARE_NAMED``); none where the sentence names something else there (an organisation, a municipality,
    a person) or the name is a body's act or the municipality's own business (``_NOT_SHARED``)."""
    match = _BARE_NAMED.match(text, at, hi)
    if match is None:
        return []
    group = next(g for g in ("quoted", "compound", "name") if match.group(g))
    start, end = match.span(group)
    name = text[start:end].strip()
    if any(m.start < end and m.end > start for m in in_sentence) or _NOT_SHARED.search(name):
        return []
    if only_possible(text, end):
        return []
    if group == "name" and not _SAYS_ITS_KIND.search(name):
        return []  # a capitalised name must say what it is ("Verdensmålsalliancen", "Charter for Sund Mad")
    return [mention_of(start, end, "Initiative", name)]
