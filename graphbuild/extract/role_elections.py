"""Elections and appointments (read by `roles`): "NAME (A) blev valgt som formand", "… og NAME (V) som
næstformand", "NAME vælges som repræsentant til Sydfyns Elforsynings repræsentantskab", "Som formand valgtes NAME",
"Bestyrelsen i Fjernvarme Fyn har valgt NAME som ny formand" (the electing board), "NAME (DF) løb med posten som 2.
viceborgmester", "NAME blev budt velkommen som nyt medlem af Ældrerådet", "udpegede den 14/12 2005 rådmand NAME som
medlem af bestyrelsen for I/S Infra Service" (a seat in a board), "… som næstformand sammen med
regionsrådsformand NAME" (the same seat); with the dates the statement gives."""

from __future__ import annotations

import re
from collections.abc import Callable

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_clauses import clause_end, dates_of
from graphbuild.extract.role_denials import denied
from graphbuild.extract.role_facts import PENDING, UNPLACED, RoleFact, Target, placed_titles, role_fact
from graphbuild.extract.role_patterns import (
    BOARD_ROLES,
    CHAIR_ROLES,
    COMMA_AFFILIATION,
    COMPANY,
    LOWER_WORDS,
    ROLE_WORDS,
    SEATS,
    TITLE_BEFORE,
    is_municipal,
    role_of_word,
)
from graphbuild.extract.role_posts import proposed
from graphbuild.extract.role_sentence import Reading, Sentence, ending, next_mention
from graphbuild.extract.role_titles import named_target
from graphbuild.extract.word_gate import WordGate
from graphbuild.vocab import ids
from graphbuild.vocab.near import finditer_around
from graphbuild.vocab.text_patterns import capitalised_run

# the member one called in stands in for, named or described: "for NAME", "for partiets sygemeldte byrådsmedlem"
# (never a time: "indkaldes som stedfortræder for resten af valgperioden" takes the seat)
STANDS_IN_FOR_ANYONE = re.compile(r"\s+for\s+(?:[A-ZÆØÅ]|(?:partiets|gruppens|listens|hans|hendes)\s)")

# (re-elections and re-appointments too: "genvalgt", "genudpeget som formand for Eksternt Råd")
ELECT_VERB = (
    # … a first election too ("nyvalgt som 1. suppleant"), a hire or a start in a post ("er ansat som ny
    # afdelingsleder", "er tiltrådt som skolechef")
    r"(?:gen|ny)?valgt(?:es)?|(?:gen)?vælges|(?:gen)?udpeg(?:et|es|edes)|(?:gen)?udnævn(?:t|es)|konstitue(?:ret|res)|"
    r"ansættes|ansat|tiltrådt|"
    r"(?:overtager|overtog|fik|får|tager|tog|løb\s+med)\s+posten|(?:fik|får|har\s+fået)\s+(?:nyt\s+)?job|"
    # the subject after the verb too: "Efter generalforsamlingen konstituerede bestyrelsen sig med NAME som formand"
    r"indkaldes|konstituerede\s+(?:(?:bestyrelsen|rådet|udvalget|nævnet|styregruppen)\s+)?sig|har\s+konstitueret\s+sig|(?:gen)?valgte|(?:gen)?udpegede|(?:gen)?udnævnte|"
    # … in the present tense, as a decision states it: "Kommunalbestyrelsen udpeger NAME med NAME2 som stedfortræder"
    r"(?:gen)?vælger|(?:gen)?udpeger|(?:gen)?udnævner"
)
WELCOME = r"(?:budt|bød|bydes)\s+(?:[a-zæøå]+\s+)?velkommen"
ELECT = rf"{ELECT_VERB}|{WELCOME}(?:\s+til)?"
# "NAME blev budt velkommen som nyt medlem af Ældrerådet", "Formanden bød velkommen til NAME som nyt medlem";
# after a name the welcome is the name's seat only before "som": in "NAME bød velkommen til næstformand
# NAME2" the seat is NAME2's
ELECT_AFTER_NAME = rf"{ELECT_VERB}|{WELCOME}(?=\s+som\b)"
# a word before the seat that says how it is held, the seat still the post: "valgt som ny formand", "valgt som fast
# næstformand i udvalget", "NAME (R) som midlertidig formand", "udpeget som konstitueret direktør"
POST_QUALIFIER = r"(?:(?:nyt?|nyvalgte?|fast|faste|midlertidigt?|konstitueret|fungerende)\s+)?"
ELECTED_AFTER = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?{COMMA_AFFILIATION}(?:\s*,)?\s+(?:(?:er|blev|bliver|var)\s+)?"
    rf"(?:(?!(?:{ELECT})\b)[a-zæøå]+\s+){{0,2}}(?:{ELECT_AFTER_NAME})\s+(?:som|til)\s+{POST_QUALIFIER}"
    # … the body in the genitive before the seat: "blev genvalgt som lokalrådets revisor"
    r"(?:[a-zæøå]*(?:rådet|udvalget|bestyrelsen|foreningen|nævnet)s\s+)?"
    rf"(?P<role>(?:[1-9]\.\s+)?(?:{SEATS}))(?![\wæøå])"
    r"(?P<of>\s+(?:for|i|af|til|ved)\s+)?",
    re.IGNORECASE,
)
# … the person's municipality or body between: "Bestyrelsen genvalgte kommunalbestyrelsesmedlem NAME fra Høje
# Taastrup Kommune som næstformand i VEKS"
# … or between commas: "KKR udpegede borgmester i Vallensbæk, Henrik Rasmussen, som formand for …", "Bestyrelsen
# valgte NAME, Vejle Kommune, som formand"; "til" a post too: "Udvalget valgte NAME (A) til formand"
# "NAME (V), Aarhus, som formand for …": each blank run read once (possessive; "som"/"til" and a bracket open with
# their first character, a comma after `\s*+`), as `\s*,?\s+som` split a run of blanks between name and seat
SOM_AFTER = re.compile(
    rf"^(?:\s*+\([^)]{{1,40}}\))?(?:\s++fra\s++{capitalised_run('{0,3}')})?{COMMA_AFFILIATION}(?:\s*+,)?"
    rf"\s++(?P<prep>som|til)\s+{POST_QUALIFIER}(?P<role>{SEATS})"
    r"(?![\wæøå])"
    r"(?P<of>\s+(?:for|i|af|til|ved)\s+)?",
    re.IGNORECASE,
)
ELECTED_BEFORE = re.compile(rf"\b(?:som|til)\s+(?P<role>{SEATS})\s+(?:{ELECT}|blev\s+(?:gen)?valgt)\s+$", re.IGNORECASE)
TOGETHER = re.compile(rf"\bsom\s+(?P<role>{SEATS})\s+sammen\s+med\s+{TITLE_BEFORE}$", re.IGNORECASE)
ELECTION = re.compile(rf"\b(?:{ELECT})\b", re.IGNORECASE)
# seats in a board, by appointment: "… som (nyt eksternt) medlem af bestyrelsen for I/S Infra Service"
SEAT = re.compile(
    r"\bsom\s+(?:nyt?\s+)?(?:eksternt?\s+)?(?P<seat>medlem|repræsentant|suppleant|formand|næstformand)\s+"
    r"(?P<prep>af|i|til)\s+(?P<board>[a-zæøå]*(?:bestyrelse|repræsentantskab|styregruppe|råd)(?:n|en|et)?)\s+"
    r"(?:for|i)\s+",
    re.IGNORECASE,
)
# the board that elects, as the clause's subject: "Bestyrelsen i Fjernvarme Fyn har valgt …", "Bestyrelsen for X
# konstituerede sig med …"
ELECTING_BOARD = re.compile(
    r"(?:bestyrelsen|repræsentantskabet)\s+(?:i|for)\s+"
    r"(?P<owner>(?-i:[A-ZÆØÅ])[\wæøå&-]*(?:[ \t]+(?-i:[A-ZÆØÅ])[\wæøå&-]*){0,3})"
    r"\s+(?:har|have|blev|er)?\s*(?:(?:gen)?valgt|konstituere[dt]?|udpeget)",
    re.IGNORECASE,
)

# a denial of the election: "NAME blev ikke valgt som formand", "Udvalget valgte ikke NAME som formand", "NAME kunne
# aldrig vælges som næstformand" (the words between the name and its seat, or right before the name)
# … or only proposed: "NAME blev foreslået valgt som formand", "NAME er indstillet valgt som næstformand"
DENIAL = re.compile(
    r"(?<![\wæøå])(?:ikke|aldrig|foreslå(?:et|s)|indstille[ts]|anbefale[ts]|nominere[ts])(?![\wæøå])", re.IGNORECASE
)
DENIED_BEFORE = re.compile(r"(?<![\wæøå])(?:ikke|aldrig)\s+$", re.IGNORECASE)
DENIED_AFTER = re.compile(r"(?:\s*\([^)]{1,40}\))?\s+(?:ikke|aldrig)(?![\wæøå])", re.IGNORECASE)
# … or only expected or possible, not done: "NAME forventes valgt som formand", "NAME bliver formentlig valgt som
# formand", "NAME kan vælges som formand" (a modal right before the verb of electing)
HEDGED = re.compile(
    r"(?<![\wæøå])(?:forventes|forventeligt|formentlig|sandsynligvis|muligvis|eventuelt|evt\.|måske|"
    r"(?:kan|kunne|bør)[ \t]+(?:blive[ \t]+)?(?:gen)?(?:vælges|valgt|udpeges|udpeget|udnævnes))(?![\wæøå])",
    re.IGNORECASE,
)
# … or the name the subject of a condition or an expectation: "Hvis NAME vælges som formand, …", "Det forventes, at
# NAME bliver valgt som formand"; a sentence opened by a condition states no election at all ("Såfremt A trækker sig,
# vælges NAME som formand")
NOT_YET_BEFORE = re.compile(
    r"(?<![\wæøå])(?:hvis|såfremt|forudsat,?[ \t]+at|forvente[rs]?,?[ \t]+at|regner[ \t]+med,?[ \t]+at|"
    r"håber,?[ \t]+at)[ \t]+$",
    re.IGNORECASE,
)
CONDITION_OPENS = re.compile(r"[\W\d]*(?:hvis|såfremt|forudsat)(?![\wæøå])", re.IGNORECASE)

# a word every form of ELECT holds, lower-cased: none of them in the words around a name, no election
_ELECT_WORDS = (
    "valgt", "vælge", "udpeg", "udnævn", "konstitue", "ansæt", "ansat", "tiltrådt", "posten", "job", "indkaldes",
    "velkommen",
)  # fmt: skip
_ELECT_GATE = WordGate(_ELECT_WORDS)  # one automaton pass, and "ı", "ſ", "İ" read in full (word_gate)


def _may_name_an_election(words: str) -> bool:
    return _ELECT_GATE.may_match(words, 0, len(words))


_FINAL_S = re.compile(r"s$")


def elected(s: Sentence, r: Reading) -> None:
    """ "NAME blev valgt som formand [for X]", "valgtes NAME som næstformand", "Som formand valgtes NAME";
    a municipal post ("konstitueres som kommunaldirektør") is held in the municipality, never a body."""
    text, hi, p, before, after, orgs = s.text, s.hi, r.p, r.before, r.after, s.orgs
    clause = s.clause_start(p.start)
    if not _may_name_an_election(f"{before}\n{text[clause : p.start]}\n{after}"):
        return  # none of the three readings below can match without one of ELECT's words
    match = ELECTED_AFTER.match(after)
    if match is None and ELECTION.search(text, clause, p.start):
        match = SOM_AFTER.match(after)
        if match is not None and any(p.end < q.start < p.end + match.start("role") for q in s.here):
            return  # "valgte A, B og C, som …": the seat is no one name's
        if match is not None and match["prep"].lower() == "til" and role_of_word(match["role"]) == "medlem":
            match = None  # "udpegede NAME til medlem af X": a seat the member readers place, not a title
    role_end = p.end + match.end() if match else p.start
    if match is None:
        match = ending(ELECTED_BEFORE, before, 0, len(before)) if ELECTION.search(before) else None
        if match is None:
            return
    if proposed(text, p.start) or _denied(text, clause, p, role_end, match):
        return
    role = role_of_word(match.group("role"))
    seat_end = p.end + match.end("role") if role_end > p.end else p.start
    som = text.rfind("som", p.end, seat_end)
    if role in ("medlem", "repræsentant", "suppleant") and som >= 0 and SEAT.match(text, som):
        return  # "som medlem af bestyrelsen for X": the seat rule's, named by its board
    called_in = "indkald" in text[p.end : seat_end].lower()
    if called_in and role in ("stedfortræder", "suppleant") and STANDS_IN_FOR_ANYONE.match(text, seat_end):
        # "indkaldes som stedfortræder for NAME", "… for partiets sygemeldte byrådsmedlem": standing in at a meeting
        # for a member away (attendance), not a post
        return
    target: Target | None = None
    of = match.groupdict().get("of")
    if of:
        target = next_mention(orgs, role_end, min(hi, role_end + 60))
        if target is not None and not LOWER_WORDS.fullmatch(text, role_end, target.start):
            target = None  # "som direktør for Metroselskabet & Hovedstadens Letbane": not the region inside it
        if target is None:
            company = COMPANY.match(text, role_end, hi)
            if company is not None:
                name = _FINAL_S.sub("", company.group(0).rstrip(" .,")) if company.group(0).endswith("s") else ""
                name = name or company.group(0).rstrip(" .,")
                target = (ids.organization_id(name), name, "Organization")
    if target is None and is_municipal(role):
        target = s.own if s.own is not None else PENDING
    if target is None:
        target = s.body if s.body is not None else s.chair(p.start)
    if target is None or target == UNPLACED:
        # "Bestyrelsen i Fjernvarme Fyn har valgt NAME som …": the electing board, before a chair never named
        target = _electing_board(text, clause, p.start, orgs) or target
    if target is None:
        return
    statement = text[clause : clause_end(text, max(p.end, role_end), hi)]
    valid_from, valid_to = dates_of(statement)
    s.add(p, role, target, valid_from, valid_to)


def _denied(text: str, clause: int, p: PersonMention, role_end: int, match: re.Match[str]) -> bool:
    """Whether the election of the name at p is denied: a "not" between the name and the seat after it, right
    before the name ("valgte ikke NAME som formand") or, the seat before the name, right after it; or only expected,
    possible or on a condition (the clause from `clause` opening with "Hvis", "Såfremt")."""
    if DENIED_BEFORE.search(text, max(0, p.start - 12), p.start):
        return True
    if NOT_YET_BEFORE.search(text, max(0, p.start - 30), p.start) or CONDITION_OPENS.match(text, clause, p.start):
        return True  # "Hvis NAME vælges som formand", "Det forventes, at NAME bliver valgt"
    if role_end > p.end:
        gap_end = p.end + match.start("role")
        return DENIAL.search(text, p.end, gap_end) is not None or HEDGED.search(text, p.end, gap_end) is not None
    return DENIED_AFTER.match(text, p.end) is not None


def _electing_board(text: str, clause: int, pos: int, orgs: list[Mention]) -> Target | None:
    """The board named as the subject of the clause that elects the name at pos."""
    board = ELECTING_BOARD.search(text, clause, pos)
    if board is None:
        return None
    return named_target(text, board.start("owner"), board.end("owner"), orgs)


_SOM = re.compile(r"\bsom\s")


def board_seat(s: Sentence, p: PersonMention) -> None:
    """ "udpegede den 14/12 2005 rådmand NAME som medlem af bestyrelsen for I/S Infra Service"."""
    text, hi = s.text, s.hi
    window = text[p.end : min(hi, p.end + 60)]
    if "som" not in window or proposed(text, p.start):
        return
    for match in _SOM.finditer(window):
        start = p.end + match.start()
        if start - p.end > 40:
            break
        rest = text[start : min(hi, start + 160)]
        seat = SEAT.match(rest)
        if seat is None:
            continue
        if denied(text, p.start, p.end, start):
            return  # "udpegede ikke NAME som medlem af bestyrelsen for X"
        company = COMPANY.match(text, start + seat.end(), hi)
        if company is None:
            continue
        name = company.group(0).rstrip(" .,")
        board = seat.group("board").lower()
        kind = seat.group("seat").lower()
        # "som medlem af bestyrelsen": the README's rule 2 gives `medlem`, a "bestyrelsesmedlem" only printed; a chair
        # is its title ("som formand i bestyrelsen for X": "formand"); another seat as printed, its preposition kept
        # ("som repræsentant i repræsentantskabet", "som suppleant til bestyrelsen")
        if kind == "medlem" and board.startswith("bestyrelse"):
            role = "medlem"
        elif kind in CHAIR_ROLES:
            role = kind
        else:
            role = f"{kind} {seat.group('prep').lower()} {board}"
        # the sentence may end early at the company's own dots ("A.m.b.a."): read on to the clause's end
        statement = text[s.clause_start(p.start) : clause_end(text, company.end(), company.end() + 200)]
        valid_from, valid_to = dates_of(statement, verb=statement)
        s.add(p, role, (ids.organization_id(name), name, "Organization"), valid_from, valid_to)
        return


def seat_shared(s: Sentence, r: Reading) -> None:
    """ "… som næstformand sammen med regionsrådsformand Mads Duedahl": the same seat, the same body."""
    if "sammen" not in r.before:
        return
    together = ending(TOGETHER, r.before, 0, len(r.before), 10)
    if together is None or proposed(s.text, r.p.start):
        return
    shared_role = role_of_word(together.group("role"))
    shared = s.chair(r.p.start) if shared_role in BOARD_ROLES else None
    if shared is not None:
        s.add(r.p, shared_role, shared)


# a post announced before whom it went to: "Rikke Lauritzen stillede op til posten som formand. Der var ingen andre
# kandidater og Rikke Lauritzen blev valgt enstemmigt.", "Der skulle vælges næstformand. … NAME blev valgt."; one post,
# not two ("Valg af formand og næstformand")
POST_ANNOUNCED = re.compile(
    r"(?:stillede\s+op\s+til\s+posten\s+som|(?:skulle|skal)\s+(?:der\s+)?vælges(?:\s+en)?|(?-i:V)alg\s+af(?:\s+ny)?)"
    rf"\s+(?P<role>{SEATS})(?![\wæøå-])(?!\s+og\s)",
    re.IGNORECASE,
)
NAME_ELECTED = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?\s+(?:blev\s+)?(?:herefter\s+)?(?:enstemmigt\s+)?(?:gen)?valgt\b(?!\s+(?:som|til)\s)"
)
# the words each announcement holds ("Valg af" with its capital V and its "af"): the pass reads only within
# POST_ANNOUNCED_RUNS runs of non-space characters around them (near.finditer_around): four words after "stillede", a
# seat of up to five, and the two its "og" look-ahead reads
POST_ANNOUNCED_WORDS = ("stillede", "vælges", ("valg", re.compile(r"V(?i:alg\s+af)")))
POST_ANNOUNCED_RUNS = 12
ANNOUNCED_REACH = 250
# the next item's heading ends an announced post's reach: "1. Valg af dirigent … 4. Valg til bestyrelsen\nKasserer
# NAME blev genvalgt" re-elects the treasurer, not the chair of the meeting
NEXT_ITEM = re.compile(r"\n[ \t]*(?:[1-9]\d?[.)]|[Pp]kt\.|[Pp]unkt)[ \t]*[A-ZÆØÅ\d]")
# a title printed right before the one elected is the post re-elected: "Kasserer NAME blev genvalgt"
TITLE_RIGHT_BEFORE = re.compile(rf"(?<![\wæøå-])(?:{ROLE_WORDS})[ \t]+$", re.IGNORECASE)


def elected_to_an_announced_post(
    text: str,
    people: list[PersonMention],
    chair: Callable[[int], Target],
    own: Mention | None,
    found: list[RoleFact],
) -> list[RoleFact]:
    """The one person "blev valgt" within a few lines after a post is announced holds that post."""
    if "stillede op" not in text and "vælges" not in text and "Valg af" not in text:
        return []  # (the pattern, case-blind, is read over the whole text only where it may match)
    known = placed_titles(found)
    out: list[RoleFact] = []
    announced = list(finditer_around(POST_ANNOUNCED, text, POST_ANNOUNCED_WORDS, POST_ANNOUNCED_RUNS))
    for index, post in enumerate(announced):
        end = min(len(text), post.end() + ANNOUNCED_REACH)
        if index + 1 < len(announced):
            end = min(end, announced[index + 1].start())
        next_item = NEXT_ITEM.search(text, post.end(), end)
        end = next_item.start() if next_item else end
        elected = {p.name: p for p in people if post.end() <= p.start < end and NAME_ELECTED.match(text, p.end)}
        if len(elected) != 1:
            continue
        person = next(iter(elected.values()))
        if TITLE_RIGHT_BEFORE.search(text, max(0, person.start - 40), person.start):
            continue
        role = role_of_word(post["role"])
        if (person.name, role) in known or proposed(text, person.start):
            continue
        target = (own or PENDING) if is_municipal(role) else chair(person.start)
        known.add((person.name, role))
        out.append(role_fact(person, role, target, person.start, person.end))
    return out
