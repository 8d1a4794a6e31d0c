"""The forms of taking part in a named initiative that web pages, news items and minutes state (beside
the decisions in ``adoption_cues.ADOPTION_PATTERNS``), and the hedges that say none holds.

Taking part, stated as a state or an entry: "X Kommune er med i DK2020", "at være med i Cykelalliance
Syd", "deltager nu i DK2020", "indtrådte i november 2020 i DK2020-samarbejdet", "har besluttet at
indtræde i", "X er blevet Klimakommune", "Viborg har været frikommune 2012-2015", "blev i 2011 udpeget
som frikommune", "blev godkendt som frikommune", "kommunens deltagelse i DK2020". Each needs the
initiative the sentence names within a few words after it (``reach``), and none holds when the
sentence hedges it before the cue ("overvejer", "ikke", "mulighed for", "ansøgning om")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.extract.mentions import Mention
from graphbuild.parse.dates import DANISH_MONTHS

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
