"""The members of a board or a council as a list names them (read by `roles`):

- a seat on the board named right after a name in a list of those present: "Egon Østergaard Friluftsrådets
  bestyrelse (fra punkt 3)", "Jens Hansen, Movias bestyrelse", "Jacob Christensen, FKB s bestyrelse";
- the people "<X's> bestyrelse består af" or "… er valgt ind i Movias bestyrelse, er …" lists, and
  "Integrationsrådet består af:" (a member's seat in the council it names); with no owner named, the body
  a chair's title points to, the body named last, or on a web page the owner of the same board named in
  its heading ("Om ARCs bestyrelse"); a chair's title right after a listed name is the chair's;
- "Udvalget består af syv regionsrådsmedlemmer:" (the body by its kind's word) and a list one a line below, or
  "Udvalget består af: borgmester A (V), …" with the list after the colon: a seat in the body of that kind the text
  spoke of last ("et strukturudvalg"), else the body the text is about, else its unnamed body;
- a composition announced other ways: "Bestyrelsen for X ser … således ud:", "består KL’s formandskab derfor af:",
  "Den nye bestyrelse, der …, består af …", "De seks valgte til formandskabet er A, formand, B, …"; a chair's title
  opening a bulleted entry ("• Formand borgmester A") is that entry's seat.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Protocol

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact, Target, placed_titles, role_fact
from graphbuild.extract.role_patterns import GENITIVE_S, NAME_BRACKET_ON_LINE, owner_words
from graphbuild.extract.role_rosters import listed_one_a_line
from graphbuild.vocab import ids
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.near import Word, case_blind_key, finditer_near
from graphbuild.vocab.reference import first_names
from graphbuild.vocab.sentence_abbreviations import sentence_stops


class ChairOf(Protocol):
    """The body an unnamed chair or board at a position belongs to (`roles`' reading of the text)."""

    def __call__(self, pos: int) -> Target | None: ...

    def last_named(self, pos: int, reach: int = 1500) -> Mention | None: ...

    @property
    def unnamed(self) -> Target: ...  # the body a document is about but never names


# an entry of a list of those present: "Egon Østergaard Friluftsrådets bestyrelse (fra punkt 3)", "Jens
# Hansen, Movias bestyrelse"
# blank runs read once (possessive; an owner and a bracket open with their first character, a comma after
# `[ \t]*+`), as `[ \t]*,?[ \t]+` split a run of blanks after the name
BOARD_AFTER_NAME = re.compile(
    rf"(?:[ \t]*+\([^()\n]{{1,40}}\))?(?:[ \t]*+,)?[ \t]++(?P<owner>{owner_words(3)})"
    r"(?:s|(?<=[A-ZÆØÅ])[ \t]s)[ \t]+(?P<board>(?i:bestyrelse|repræsentantskab))(?![\wæøå])"
)  # … and "Jacob Christensen, FKB s bestyrelse": an abbreviation's genitive whose apostrophe a PDF lost


def board_after_name(
    text: str, people: list[PersonMention], mentions: list[Mention], found: list[RoleFact]
) -> list[RoleFact]:
    """A seat on the board named right after a name, as a list of those present gives it."""
    if "bestyrelse" not in text and "repræsentantskab" not in text:
        return []
    known = placed_titles(found)
    out: list[RoleFact] = []
    for p in people:
        board = BOARD_AFTER_NAME.match(text, p.end, min(len(text), p.end + 100))
        if board is None:
            continue
        role = BOARD_SEATS[case_blind_key(board["board"])]
        owner = " ".join(board["owner"].split())
        if (p.name, role) in known or municipality_named(owner.removesuffix(" Kommune")) is not None:
            continue
        known.add((p.name, role))
        named = next((m for m in mentions if m.start == board.start("owner") and m.type == "Organization"), None)
        target: Target = named if named is not None else (ids.organization_id(owner), owner, "Organization")
        out.append(role_fact(p, role, target, p.start, p.end))
    return out


# "Hirtshals Havns bestyrelse består derudover af direktør Sven Buhrkall, borgmester Arne Boelt, … og byrådsmedlem
# Ole Ørnbøl", "Bestyrelsen består af Andreas Keil (A), formand – Københavns Kommune Thyge Enevoldsen (Ø), …"
# "Integrationsrådet består af:\n\n • Martin Bech - …": a council, a committee or a commission named by its own name
NAMED_BODY = r"[A-ZÆØÅ][\wæøå-]*(?:rådet|udvalget|kommissionen|styregruppen|forummet|netværket)"
# the body a text is about by its kind's word alone: "Udvalget består af syv regionsrådsmedlemmer:"
KIND_BODY = r"Udvalget|Rådet|Kommissionen|Styregruppen|Arbejdsgruppen|Følgegruppen|Forummet|Netværket"
# a board, or the chairs' circle a board elects among its members ("KL’s formandskab består derfor af:")
BOARD_WORD = r"(?i:bestyrelse|repræsentantskab|formandskab)"
BOARD_CONSISTS = re.compile(
    rf"(?:(?:(?P<owner>{owner_words(3)}){GENITIVE_S}[ \t]+)?(?:nye[ \t]+)?"
    rf"(?P<board>{BOARD_WORD})(?:en|n|et)?(?:[ \t]+for[ \t]+(?P<owner_after>{owner_words(3)}))?"
    rf"|(?P<named>{NAMED_BODY})|(?P<kind>{KIND_BODY}))"
    # … a relative clause between: "Den nye bestyrelse, der konsoliderer sig den 4. marts, består af …"
    r"(?:[ \t]*,[ \t]+(?:der|som)[ \t]+(?:[^,.:;\n]|(?<=\d)\.){1,60},)?[ \t]+"
    r"(?:(?:består|bestod)[ \t]+(?:(?:derudover|desuden|herudover|nu|fremover|derfor|herefter|fortsat)[ \t]+)?"
    # "… består af: borgmester Hans Rex (V), 1. viceborgmester …", "… består herefter af følgende: A, B og C" (the list
    # after the colon on its line), "… består af følgende medlemmer:", "… består af syv regionsrådsmedlemmer:" and the
    # list below it
    r"af(?:(?P<colon>(?:[ \t]+følgende(?:[ \t]+(?:medlemmer|personer))?)?[ \t]*:[ \t]+)|"
    r"[ \t]+(?:[\wæøå]+[ \t]+){0,2}[a-zæøå]+[ \t]*:?(?=[ \t]*\n)|[ \t]+|[ \t]*:?(?=[ \t]*\n))|"
    r"(?:er|blev)[ \t]+(?:valgt|udpeget|sammensat)[^:.\n]{0,40}:\s*|"  # "Movias nye bestyrelse er valgt for …:"
    # "Bestyrelsen for Destination Limfjorden ser efter den stiftende generalforsamling således ud:" and its list
    r"ser[ \t]+(?:[^:.\n]{0,60}?[ \t]+)?således[ \t]+ud[ \t]*:(?=[ \t]*\n))"
)
# the same said the other way round, its list one a line below: "… består KL’s formandskab derfor af:"
BOARD_CONSISTS_INVERTED = re.compile(
    rf"\b(?:består|bestod)[ \t]+(?:(?P<owner>{owner_words(3)}){GENITIVE_S}[ \t]+)?(?:nye[ \t]+)?"
    rf"(?P<board>{BOARD_WORD})(?:en|n|et)?[ \t]+(?:(?:derfor|nu|fremover|herefter)[ \t]+)?af[ \t]*:?(?=[ \t]*\n)"
)
# "De seks valgte til formandskabet er C.C. Nielsen, formand, Anker Boye, …": those elected to a board, named
BOARD_ELECTED_TO = re.compile(
    r"\b(?:valgte|udpegede)[ \t]+(?:til|i)[ \t]+"
    rf"(?:(?P<owner>{owner_words(3)}){GENITIVE_S}[ \t]+)?(?P<board>{BOARD_WORD})(?:en|n|et)?[ \t]+er[ \t]+"
)
# "De fire nye borgmestre, som er valgt ind i Movias bestyrelse, er borgmester Benedikte Kiær, …"
BOARD_JOINED = re.compile(
    r"\b(?:er|blev|bliver)[ \t]+(?:(?:nu|nyt?)[ \t]+)?(?:valgt|udpeget|indtrådt)[ \t]+(?:ind[ \t]+)?i[ \t]+"
    rf"(?:(?P<owner>{owner_words(3)})s[ \t]+)?"
    r"(?P<board>(?i:bestyrelse|repræsentantskab))(?:en|n|et)?[ \t]*,[ \t]*(?:er|bliver|blev)[ \t]+"
)
# a chair's title that opens the listed entry before the name: "  • Næstformand Erik Fabrin (V), Rudersdal Kommune"
CHAIR_BEFORE_ENTRY = re.compile(
    r"(?:^|\n)[ \t]*[•*·–-]?[ \t]*(?P<role>(?i:bestyrelsesformand|næstformand|formand))"
    r"(?:[ \t]+[a-zæøå.-]+){0,2}[ \t]+$"
)  # … and the post beside it: "• Formand borgmester Erik Nielsen (S), Rødovre Kommune"
CHAIR_BEFORE_REACH = 30
# a chair's title right after a listed name: "• Kirsten Jensen, bestyrelsesformand og borgmester i Hillerød (A)"
LISTED_CHAIR = re.compile(
    rf"{NAME_BRACKET_ON_LINE}"
    r"[ \t]*,[ \t]*(?P<role>(?i:bestyrelsesformand|næstformand|formand))"
    r"(?=[ \t]+og[ \t]|[ \t]*[,(\n]|[ \t]*$|[ \t]+[–-][ \t])"
)  # "… , formand – Københavns Kommune": the entry's municipality after a dash
# … or in brackets after the name and its party: "- Niels Erik Iversen (A) (formand)",
# "Birgit Marie Christensen (A)(næstformand)"
BRACKETED_CHAIR = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\)){0,2}?[ \t]*\([ \t]*(?P<role>(?i:bestyrelsesformand|næstformand|formand))[ \t]*\)"
)
# the board a web page is about, named in its heading: "Om ARCs bestyrelse", "Movias bestyrelse"
BOARD_OWNER_BEFORE = re.compile(
    rf"(?<![\wæøå&-])(?P<owner>{owner_words(3)}){GENITIVE_S}[ \t]+"
    r"(?P<board>bestyrelse|repræsentantskab)(?![\wæøå])",
    re.IGNORECASE,
)
# … or after it: "Den nye bestyrelse for Partnerskab for Vestkystturisme udgør …"
BOARD_FOR_BEFORE = re.compile(
    rf"(?<![\wæøå])(?P<board>bestyrelse|repræsentantskab)(?:n|en|et)?[ \t]+for[ \t]+(?P<owner>{owner_words(3)})",
    re.IGNORECASE,
)
PAGE_WORDS = frozenset({"Om", "Til", "Fra", "Se", "Læs", "Her", "I", "På", "Med", "For"})
BOARD_OWNER_REACH = 1500
BOARD_SEATS = {"bestyrelse": "bestyrelsesmedlem", "repræsentantskab": "repræsentantskabsmedlem"}
# the cues' verbs: the two patterns above are tried only this near one (an owner of four words and the
# board before it, the list's opening after it), not at every position of every text
# "valgt", "udpeget" and "sammensat" stand in BOARD_CONSISTS only as "er valgt for …:", a colon at most 40 characters
# on in the line and sentence: a window opens only where that colon follows (the words are common in minutes)
_PARTICIPLE_COLON = r"[^:.\n]{0,40}:"
BOARD_TEXT_WORDS = ("består", "bestod", "valgt", "udpeget", "sammensat", "således")  # a text with none: no cue
BOARD_CONSISTS_WORDS: tuple[Word, ...] = (
    "består",
    "bestod",
    ("valgt", re.compile("valgt" + _PARTICIPLE_COLON)),
    ("udpeget", re.compile("udpeget" + _PARTICIPLE_COLON)),
    ("sammensat", re.compile("sammensat" + _PARTICIPLE_COLON)),
    "således",
)
# … and in BOARD_JOINED only as "valgt ind i", "udpeget i"
_PARTICIPLE_IN = r"[ \t]+(?:ind[ \t]+)?i[ \t]"
BOARD_JOINED_WORDS: tuple[Word, ...] = tuple(
    (word, re.compile(word + _PARTICIPLE_IN)) for word in ("valgt", "udpeget", "indtrådt")
)
BOARD_ELECTED_WORDS = ("valgte", "udpegede")
BOARD_CUE_REACH = 250
TITLE_WORDS_ONLY = re.compile(r"[\s•·*–-]*(?:[a-zæøå.-]+[ \t]+){0,3}")
LIST_GAP = 120  # the most text between two names of one list (a title, a party, a municipality)


def board_consists_of(
    text: str, people: list[PersonMention], mentions: list[Mention], chairs: ChairOf
) -> list[RoleFact]:
    """Each person listed after "<X's> bestyrelse består af" holds a seat on that board: of X when the
    text names it, else of the body the text is about; after "Integrationsrådet består af:", a member's
    seat in the council it names; after "…, som er valgt ind i Movias bestyrelse, er", a seat on that board.
    The list runs on in its sentence, or, when the cue ends its line, down
    the lines that open with a name."""
    if not any(word in text for word in BOARD_TEXT_WORDS):
        return []
    out: list[RoleFact] = []
    starts = [p.start for p in people]
    cues = (
        *finditer_near(BOARD_CONSISTS, text, BOARD_CONSISTS_WORDS, BOARD_CUE_REACH),
        *finditer_near(BOARD_CONSISTS_INVERTED, text, ("består", "bestod"), BOARD_CUE_REACH),
        *finditer_near(BOARD_JOINED, text, BOARD_JOINED_WORDS, BOARD_CUE_REACH),
        *finditer_near(BOARD_ELECTED_TO, text, BOARD_ELECTED_WORDS, BOARD_CUE_REACH),
    )
    for cue in cues:
        one_a_line = listed_one_a_line(text, cue.end(), people)
        first = bisect_left(starts, cue.end())
        end = _sentence_stop(text, starts[first] if first < len(starts) else cue.end())
        listed = one_a_line or people[first : bisect_left(starts, end)]
        if not listed or not (one_a_line or TITLE_WORDS_ONLY.fullmatch(text, cue.end(), listed[0].start)):
            continue  # "Bestyrelsen består af seks medlemmer, hvoraf …": the list opens with a name (and a title)
        groups = cue.groupdict()
        owner, named, kind = cue["owner"] or groups.get("owner_after"), groups.get("named"), groups.get("kind")
        if kind and not one_a_line and not groups.get("colon"):
            continue  # "Udvalget består af A, B og C" in running prose may be any committee the text names
        target: Target | None = None
        if named:
            target = next((m for m in mentions if m.start == cue.start("named") and m.type == "Organization"), None)
            target = target or (ids.organization_id(named), named, "Organization")
        elif owner:
            at = cue.start("owner") if cue["owner"] else cue.start("owner_after")
            target = next((m for m in mentions if m.start == at and m.type == "Organization"), None)
            target = target or (ids.organization_id(owner), " ".join(owner.split()), "Organization")
        elif kind:
            target = _kind_named_before(mentions, cue) or chairs(cue.start()) or chairs.unnamed
        else:
            target = _board_owner_before(text, cue) or chairs(cue.start()) or chairs.last_named(cue.start())
            # those elected to a board, each named: its members also where the text names the board's owner nowhere
            target = target or (chairs.unnamed if cue.re is BOARD_ELECTED_TO else None)
        if target is None:
            continue
        seat = "medlem"  # the README's rule 2: a list of a body's members gives `medlem`, "bestyrelsesmedlem" unprinted
        previous_end = cue.end()
        for p in listed:
            if p.start - previous_end > LIST_GAP and not one_a_line:
                break
            previous_end = p.end
            chair = (
                LISTED_CHAIR.match(text, p.end)
                or BRACKETED_CHAIR.match(text, p.end)
                or CHAIR_BEFORE_ENTRY.search(text, max(0, p.start - CHAIR_BEFORE_REACH), p.start)
            )
            role = chair["role"].lower() if chair else seat
            out.append(role_fact(p, role, target, p.start, p.end))
    return out


KIND_STEMS = {"Udvalget": "udvalg", "Rådet": "råd", "Kommissionen": "kommission", "Styregruppen": "styregruppe",
              "Arbejdsgruppen": "arbejdsgruppe", "Følgegruppen": "følgegruppe", "Forummet": "forum",
              "Netværket": "netværk"}  # fmt: skip


COMPOUND_WORD = re.compile(r"[a-zæøå][a-zæøå-]+")


def _kind_named_before(mentions: list[Mention], cue: re.Match[str]) -> Mention | None:
    """The body of the kind "Udvalget" names that the text named last before it (the page's heading: "Udvalg
    for digital sundhed … Udvalget består af"), within BOARD_OWNER_REACH."""
    stem = KIND_STEMS[cue["kind"]]
    # the body the text spoke of last, also in lower case: "… at der skal nedsættes et strukturudvalg, … Udvalget
    # består af:" is the "Strukturudvalg" a heading named, not the "Økonomiudvalget" named between
    before = cue.string[max(0, cue.start() - BOARD_OWNER_REACH) : cue.start()].lower()
    spoken = [w for w in COMPOUND_WORD.findall(before) if stem in w and not w.startswith(stem)]
    if spoken:
        named = [m for m in mentions if m.start < cue.start() and m.type == "Organization"]
        last = spoken[-1]
        same = next((m for m in reversed(named) if m.name.lower() in (last, last.removesuffix("et"))), None)
        if same is not None:
            return same
    for m in reversed(mentions):
        if m.start >= cue.start() or m.type != "Organization":
            continue
        if cue.start() - m.start > BOARD_OWNER_REACH:
            return None
        if stem in m.name.lower():
            return m
    return None


def _board_owner_before(text: str, cue: re.Match[str]) -> Target | None:
    """The owner of "Bestyrelsen" (no owner named) on a page about one board: the owner of the same board
    named last before it in the genitive ("Om ARCs bestyrelse … Bestyrelsen består af"); a person, a
    municipality or a page's own words ("Om", "Læs") are no owner."""
    board = (cue["board"] or "").lower()
    if not board:
        return None
    owner = None
    lo = max(0, cue.start() - BOARD_OWNER_REACH)
    for match in (
        *BOARD_OWNER_BEFORE.finditer(text, lo, cue.start()),
        *BOARD_FOR_BEFORE.finditer(text, lo, cue.start()),
    ):
        if match["board"].lower() == board and (owner is None or match.start() > owner.start()):
            owner = match
    if owner is None:
        return None
    words = owner["owner"].split()
    while words and words[0] in PAGE_WORDS:
        words = words[1:]
    name = " ".join(words)
    if not words or words[0] in first_names() or municipality_named(name.removesuffix(" Kommune")) is not None:
        return None
    return (ids.organization_id(name), name, "Organization")


def _sentence_stop(text: str, pos: int) -> int:
    """Where the sentence from pos ends: a full stop before a capital, a blank line, or 600 characters on."""
    stop = next(sentence_stops(SENTENCE_STOP, text, pos, min(len(text), pos + 600)), None)
    return stop.start() if stop else min(len(text), pos + 600)


SENTENCE_STOP = re.compile(r"(?<![A-ZÆØÅ])\.(?=\s+[A-ZÆØÅ•]|[A-ZÆØÅ])|\n[ \t]*\n")
