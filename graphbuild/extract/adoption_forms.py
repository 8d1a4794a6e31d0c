"""The forms of taking part in a named initiative that web pages, news items and minutes state (beside
the decisions in ``adoptions.ADOPTION_PATTERNS``), and who takes part when a sentence names several.

Taking part, stated as a state or an entry: "X Kommune er med i DK2020", "at være med i Cykelalliance
Syd", "deltager nu i DK2020", "indtrådte i november 2020 i DK2020-samarbejdet", "har besluttet at
indtræde i", "X er blevet Klimakommune", "Viborg har været frikommune 2012-2015", "blev i 2011 udpeget
som frikommune", "blev godkendt som frikommune", "kommunens deltagelse i DK2020". Each needs the
initiative the sentence names within a few words after it (``reach``), and none holds when the
sentence hedges it before the cue ("overvejer", "ikke", "mulighed for", "ansøgning om").

An initiative the gazetteer does not know is read from the sentence's shape: named after its kind
("projektet Grøn Vækst"), or right after a cue that only joins, quoted or as a name that says what it is
("tilslutter sig Verdensmålsalliancen", "har underskrevet Charter for Sund Mad", "samarbejdsaftalen
2023-2026"), or a shared agreement a council approves named by its kind and what it is about ("godkendte
den endelige samarbejdsaftale om nyt beredskabssamarbejde mellem …").

Who: the municipality named last before the cue, and with it the municipalities listed with it ("Aarhus,
Randers og Viborg Kommuner har tilsluttet sig DK2020"); a generic subject ("Yderligere 46 kommuner har
tilsluttet sig DK2020:", "Følgende kommuner deltager i DK2020:") takes the list of municipalities that
follows the colon."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from graphbuild.extract.mentions import Mention
from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.vocab import ids

_MONTHS = f"(?:{'|'.join(DANISH_MONTHS)})"
# "i 2011", "i november 2020", "i perioden 2010-2014", "nu", "også", "fortsat", "blevet"
_YEAR = r"(?:19|20)\d{2}"
_WHEN = (
    rf"(?:i\s+(?:{_MONTHS}\s+)?{_YEAR}\s+|i\s+perioden\s+(?:fra\s+)?{_YEAR}\s*[-–]\s*(?:til\s+)?(?:19|20)?\d{{2}}\s+)"
)
_NOW = r"(?:nu\s+|også\s+|fortsat\s+|allerede\s+|stadig\s+)"
# the subject after the verb (Danish verb-second order): "Af samme grund har Struer Kommune underskrevet",
# "Sammen med 43 kommuner indtrådte Lyngby-Taarbæk i"; one to three capitalised words, "kommunen", "vi"
INVERTED = (
    r"(?:(?:(?-i:[A-ZÆØÅ])[\wæøå-]*\s+){1,3}(?:[Kk]ommunes?\s+)?|(?:kommunen|byrådet|kommunalbestyrelsen|vi)\s+)?"
)


# a day a decision states: "den 11. december 2024 ", "d. 24.06.2019 ", "30. april 2019 "
_DAY = rf"(?:(?:den|d\.)\s+)?\d{{1,2}}\.\s*(?:{_MONTHS}|\d{{1,2}}\.?)\s*{_YEAR}\s+"


@dataclass(frozen=True)
class ParticipationForm:
    pattern: re.Pattern[str]
    words: tuple[str, ...]  # one of these (lower case) stands in the stretch when the pattern can match
    reach: int  # the most characters between the cue's end and the initiative's start
    date_is: str
    subject_next: bool = False  # the adopter must stand right before the cue
    between: re.Pattern[str] | None = None  # what may stand between the cue and the initiative, if not _BETWEEN
    dated: bool = False  # a day the cue states ("godkendte på mødet den 11. december 2024") is the adoption's


PARTICIPATION_FORMS: tuple[ParticipationForm, ...] = (
    # "er med i", "være med i", "er nu med i", "kommer med i", "er gået med i", "går med i"
    ParticipationForm(
        re.compile(
            rf"\b(?:er|være|blive|bliver|kom|kommer|(?:er|har)\s+gået|går|gik)\s+{_NOW}?med\s+i\b", re.IGNORECASE
        ),
        ("med i",),
        40,
        "on or before",
    ),
    # "deltager (nu) i DK2020" (a state: the initiative right after)
    ParticipationForm(
        re.compile(rf"\bdeltager\s+{INVERTED}{_NOW}?i\b", re.IGNORECASE), ("deltager",), 40, "on or before"
    ),
    # the subject after the verb, a list to follow: "I Region Midtjylland deltager følgende kommuner (i X):"
    ParticipationForm(
        re.compile(
            rf"\b(?:deltager|er)\s+{_NOW}?(?:følgende|disse|de|alle)\s+(?:\d+\s+)?(?:[a-zæøå]+\s+)?kommuner"
            r"(?:\s+med)?(?:\s+i\b|(?=\s*:))",
            re.IGNORECASE,
        ),
        ("kommuner",),
        40,
        "on or before",
    ),
    # "indtrådte i november 2020 i DK2020-samarbejdet", "indtræder i", "er indtrådt i", "at indtræde i"
    ParticipationForm(
        re.compile(rf"\b(?:indtrådte|indtræder|indtrådt|indtræde)\s+{INVERTED}{_WHEN}?i\b", re.IGNORECASE),
        ("indtr",),
        40,
        "on or before",
    ),
    # "er blevet Klimakommune", "har været frikommune", "var i perioden 2010 - 2014 klimakommune", "blev
    # (i 2011) udpeget som frikommune", "blev udvalgt som frikommune", "er godkendt som frikommune": the
    # initiative is the status itself, so it must follow at once; "A, B og C Kommuner har status som frikommuner"
    # (the law naming the frikommuner), "fik status som frikommune"
    ParticipationForm(
        re.compile(
            rf"\b(?:(?:er|var|blev|bliver|blive|har\s+været)\s+{_NOW}?(?:blevet\s+)?{_WHEN}?"
            r"(?:(?:udpeget|udvalgt|godkendt|optaget)\s+(?:som|til)\s+)?|(?:har|fik|får)\s+(?:nu\s+)?status\s+som\s+)"
            r"(?:en\s+)?(?=\S)",
            re.IGNORECASE,
        ),
        ("er ", "var ", "blev", "været", "status"),
        0,
        "on or before",
        True,
    ),
    # "er blandt de 46 nye DK2020-kommuner", "var blandt de ni udvalgte frikommuner": a count and an
    # adjective or two before the status
    ParticipationForm(
        re.compile(rf"\b(?:er|var|blev)\s+{_NOW}?blandt\s+de\s+", re.IGNORECASE),
        ("blandt de",),
        30,
        "on or before",
        True,
        re.compile(r"(?:(?:\d+|[a-zæøå]+)\s+){0,3}"),
    ),
    # "Egedal Kommune er nu en del af DK2020", "blev en del af DK2020-samarbejdet" (the municipality itself,
    # not "Arbejdet med X Kommunes klimaplan er en del af …")
    ParticipationForm(
        re.compile(rf"\b(?:er|blev|bliver)\s+{_NOW}?(?:blevet\s+)?{_WHEN}?en\s+del\s+af\b", re.IGNORECASE),
        ("en del af",),
        40,
        "on or before",
        True,
    ),
    # a council's approval of a shared agreement named right after it, on the day it states: "Byrådet
    # godkendte på mødet den 11. december 2024 Rammeaftale 2025-2026 for …", "Kommunalbestyrelsen har
    # den 24. juni 2019 godkendt Sundhedsaftalen 2019-2023", "… godkendte 30. april 2019 Sundhedsaftalen",
    # "Solrød Kommune godkendte den endelige Samarbejdsaftale 2020" (only the statutory and cooperation
    # agreements a municipality enters with others, not its own plans; a committee's approval is none)
    ParticipationForm(
        re.compile(
            rf"\b(?:godkendte(?:\s+(?:byrådet|kommunalbestyrelsen|borgerrepræsentationen))?|"
            rf"har\s+(?:nu\s+|også\s+|{_DAY})?godkendt)\s+(?:på\s+(?:sit\s+|et\s+)?\w*møde(?:t)?\s+)?"
            rf"(?:{_DAY})?"
            r"(?=(?:(?:den|det|de|endelige|nye|reviderede|fælles)\s+)*"
            r"(?:ramme|sundheds|samarbejds|partnerskabs)aftale)",
            re.IGNORECASE,
        ),
        ("godkend",),
        40,
        "on or before",
        between=re.compile(r"(?:(?:den|det|de|endelige|nye|reviderede|fælles)\s+)*", re.IGNORECASE),
        dated=True,
    ),
    # "kommunens deltagelse i DK2020", "Odder Kommunes deltagelse i DK2020"
    ParticipationForm(
        re.compile(r"\b(?:kommunens|[Kk]ommunes)\s+deltagelse\s+i\b"),
        ("deltagelse",),
        40,
        "on or before",
    ),
)

# a hedge before the cue in its sentence: not (yet) taking part
HEDGE = re.compile(
    r"\b(?:ikke|overvej\w*|undersøg\w*|muligheden|mulighed|ønske[rs]?|ønsket|eventuel\w*|evt\.|hvis|"
    r"hvorvidt|ansøgning|ansøge|ansøger|søge|søgt|afslag|inviteres|opfordre\w*|kan|kunne|vil|skal|bør|"
    r"forslag|foreslå\w*|anbefal\w*|indstill\w*|drøfte\w*|tidligere|fremover|udtræde\w*|opsige\w*|opsagt)\b",
    re.IGNORECASE,
)
# what may stand between the cue and the initiative it names: articles, "det nationale", a kind word
_BETWEEN = re.compile(
    r"^[\s\"“”'‘’»«(]*(?:(?:den|det|de|en|et|nationale|fælles|europæiske|EU's|EU’s|landsdækkende|"
    r"klimaprojektet|klimapartnerskabet|klimasamarbejdet|projektet|samarbejdet|partnerskabet|programmet|"
    r"netværket|initiativet|ordningen|forsøget|[a-zæøå]+initiativ)[\s\"“”'‘’»«]+)*$",
    re.IGNORECASE,
)


def names_it(text: str, cue_end: int, initiative: Mention, reach: int, between: re.Pattern[str] | None = None) -> bool:
    """Whether the initiative is what the cue takes part in: within ``reach`` characters after it, with
    only articles and kind words between ("er med i det nationale DK2020")."""
    gap = text[cue_end : initiative.start]
    fits = (between or _BETWEEN).fullmatch(gap) if between else _BETWEEN.match(gap)
    return initiative.start >= cue_end and len(gap) <= max(reach, 0) + 2 and bool(fits)


# a municipality list's joins: ", ", " og ", " samt ", "/" and line breaks of a list
_JOIN = re.compile(r"^(?:\s*(?:,|og|samt|&|/|\n|•|-|–|\*|\([^()\n]{1,40}\))\s*)+$")
_PLURAL_TAIL = re.compile(r"^\s*(?:[Kk]ommuner(?:ne)?)?\s*$")


def listed_with(text: str, named: list[Mention], last: int) -> list[Mention]:
    """``named[last]`` and the municipalities listed right before it ("Aarhus, Randers og Viborg")."""
    run = [named[last]]
    i = last
    while i > 0 and _JOIN.match(text[named[i - 1].end : named[i].start]):
        run.insert(0, named[i - 1])
        i -= 1
    return run


_PLACE = re.compile(r"\b(?:i|fra|af)\s*$", re.IGNORECASE)


def acting(text: str, organisations: list[Mention]) -> list[Mention]:
    """The organisations that may act in a sentence: not a region named as a place ("I Region
    Midtjylland deltager følgende kommuner")."""
    return [m for m in organisations if not (m.kind == "region" and _PLACE.search(text, max(0, m.start - 6), m.start))]


# what may stand between a subject municipality and its cue: "Kommuner", "har", "nu", "også", "alle" and the like
_SUBJECT_GAP = re.compile(
    r"[\s,]*(?:[Kk]ommuner(?:ne)?\s+)?(?:(?:har|er|nu|også|allerede|alle|begge|sammen|i\s+\d{4})\s+)*"
    # "A, B og C er blandt de (46) kommuner, der har tilsluttet sig X"
    r"(?:blandt\s+de\s+(?:\d+\s+|[a-zæøå]+\s+){0,2}kommuner,?\s+(?:der|som)\s+(?:(?:har|er|nu|også)\s+)*)?"
)


def next_to_cue(text: str, municipality: Mention, cue_start: int) -> bool:
    """Whether a municipality (or a list ending with it) is the subject right before the cue: only
    "Kommuner", "har", "nu", "også", "alle" and the like between, or "er blandt de kommuner, der"."""
    gap = text[municipality.end : cue_start]
    return len(gap) <= 60 and bool(_SUBJECT_GAP.fullmatch(gap))


# the municipality itself as the subject right before a participation cue, in its own minutes:
# "Kommunen er med i DK2020", "Vi deltager i DK2020", "Byrådet har været frikommune"
OWN_SUBJECT = re.compile(r"\b(?:kommunen|vi|byrådet|kommunalbestyrelsen)\s+(?:har\s+)?$", re.IGNORECASE)


# the subject before the others it acts with: "Randers Kommune har sammen med Aarhus og Viborg Kommuner …"
WITH_LIST = re.compile(r"\b(?:sammen|i\s+fællesskab)\s+med\s", re.IGNORECASE)
_SUBJECT_WITH = re.compile(
    r"[\s,]*(?:[Kk]ommuner?\s+)?(?:har|er)\s+(?:sammen|i\s+fællesskab)\s+med\s+(?:[Kk]ommunerne\s+)?"
)


def with_subject(text: str, named: list[Mention], run: list[Mention]) -> list[Mention]:
    """``run`` (the municipalities after "sammen med") and the subject listed before it, when the gap
    between them is only "(Kommune) har sammen med"."""
    at = next((i for i, m in enumerate(named) if m is run[0]), 0)
    if at == 0 or not _SUBJECT_WITH.fullmatch(text, named[at - 1].end, run[0].start):
        return run
    return listed_with(text, named, at - 1) + run


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
    return [Mention(start, end, ids.initiative_id(name), "Initiative", name)]


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
    return [Mention(start, end, ids.initiative_id(name), "Initiative", name)]


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
    if group == "name" and not _SAYS_ITS_KIND.search(name):
        return []  # a capitalised name must say what it is ("Verdensmålsalliancen", "Charter for Sund Mad")
    return [Mention(start, end, ids.initiative_id(name), "Initiative", name)]


# a generic plural subject: "46 kommuner", "Følgende kommuner", "Disse kommuner", "kommunerne"
GENERIC_SUBJECT = re.compile(r"\b(?:kommuner|kommunerne)\b", re.IGNORECASE)
_LIST_END = re.compile(r"\n\s*\n|[.!?](?:\s|$)")


_BLANK = re.compile(r"\s*")


def listed_after_colon(text: str, municipalities: list[Mention], after: int, hi: int) -> list[Mention]:
    """The municipalities listed after the first colon at or after ``after`` (the cue's sentence ends
    there), up to the list's end: "…: Favrskov, Hedensted, Herning og Holstebro."."""
    colon = text.find(":", after, min(hi, after + 200))
    if colon < 0 or "\n\n" in text[after:colon]:
        return []
    stop = _LIST_END.search(text, colon + 1, hi)
    end = stop.start() if stop else hi
    listed = [m for m in municipalities if colon < m.start < end]
    if not listed or not _BLANK.fullmatch(text[colon + 1 : listed[0].start]):
        return []
    run = [listed[0]]
    for a, b in pairwise(listed):
        if not (_JOIN.match(text[a.end : b.start]) or _UNKNOWN_ITEM.fullmatch(text, a.end, b.start)):
            break
        run.append(b)
    return run


# an item of the list the gazetteer does not know between two it knows (a short form, a spelling: "Albertslund,
# Lyngby og Faxe"): a capitalised name of one to three words between two joins, skipped, not ending the list
_ITEM_JOIN = r"(?:\s*(?:,|og|samt|&|/|\n|•|-|–|\*)\s*)+"
_UNKNOWN_ITEM = re.compile(
    rf"{_ITEM_JOIN}(?-i:[A-ZÆØÅ][\wæøå-]*)(?:[ \t]+(?-i:[A-ZÆØÅ][\wæøå-]*)){{0,2}}(?:[ \t]+[Kk]ommune)?{_ITEM_JOIN}"
)


# --- the item form: an agenda item decides the adoption ---------------------------------------------
# Real council minutes decide a shared initiative as an item of its own: the title names it
# ("Sundhedsaftale 2024-2027 for Region Sjælland - godkendelse", "Rammeaftale 2025-2026 for det
# specialiserede socialområde", "Tilslutning til fælles udbud af …"), the indstilling proposes to approve
# or join it ("at rammeaftalen for 2025-2026 godkendes", "at det godkendes, at X Kommune tilslutter sig
# …") and the decision approves it ("Godkendt", "Byrådet godkendte Økonomiudvalgets indstilling").

# the compound heads of agreements every municipality enters with others (the statutory health and
# social framework agreements, cooperation and partnership agreements), not its own budget or plans
SHARED_AGREEMENT = re.compile(
    r"(?P<stem>(?:ramme|sundheds|samarbejds|partnerskabs)aftale)(?:n|r|rne)?\b", re.IGNORECASE
)
# a title that names what is joined with its verb noun: "Tilslutning til X", "Deltagelse i X",
# "Tiltrædelse af X", "Indtræden i X" (X up to " - ", ", godkendelse" or the title's end), or after it:
# "X - tilslutning", "X - tiltrædelse og godkendelse"
_JOINING_NOUN = r"(?:tilslutning\s+til|tiltrædelse\s+af|deltagelse\s+i|indtræden\s+i)"
JOINING_TITLE = re.compile(
    rf"^(?:godkendelse\s+af\s+)?{_JOINING_NOUN}\s+(?P<what>[^\n]{{4,120}}?)\s*(?:\s[-–]\s.*|,\s*godkendelse.*|\s*\(.*)?$"
    r"|^(?P<before>[^\n]{4,120}?)\s+[-–]\s+(?:godkendelse\s+af\s+)?(?:tilslutning|tiltrædelse|deltagelse|indtræden)"
    r"(?:\s+(?:til|i|af)\b[^\n]*|\s+og\s+[^\n]*)?$",
    re.IGNORECASE,
)
# a title's part that names a shared agreement: "Sundhedsaftale for Region Sjælland - godkendelse"
TITLE_PART = re.compile(r"\s+[-–]\s+|,\s*godkendelse\b|\s*\(")
# what the title names may not be the municipality's own: "deltagelse i møde", "… i budgetforhandlinger"
OWN_OR_EVENT = re.compile(
    r"\b(?:møde\w*|konference\w*|budget\w*|folkemøde\w*|kursus\w*|studietur\w*|høring\w*|arrangement\w*)\b",
    re.IGNORECASE,
)
# an indstilling that proposes to approve or join: "godkendes", "godkender", "tiltrædes", "tilslutter
# sig", "tilslutning til", "indgår i", "deltager i", "deltagelse i"
APPROVING_PROPOSAL = re.compile(
    r"\b(?:godkend\w*|tiltræd\w*|tilslut\w*\s+sig|tilslutning\s+til|indgå\w*\s+i|deltag\w*\s+i)\b",
    re.IGNORECASE,
)
# a proposal that turns it down or puts it off
DECLINING_PROPOSAL = re.compile(
    r"\b(?:ikke|udtræde\w*|udtrædelse|opsige\w*|opsigelse|udsætte\w*|afvise\w*)\b", re.IGNORECASE
)
