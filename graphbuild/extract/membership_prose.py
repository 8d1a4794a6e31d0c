"""Memberships stated in a sentence of prose, found and built here:

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
- a list under a label or after "Med i": "Medlemmer: A, B", "Nye medlemmer er A og B", "Med i netværket er A, B";
- setting it up: "Byrådene i A, B og C kommuner har … godkendt dannelsen af X" (the councils' decision).

The network is the one the sentence names (membership_networks); a sentence that names none continues
the statement right before it ("… har meldt sig ind i X. Også A, B og C kommuner har meldt sig ind.").
A municipality named as someone's affiliation ("direktør i Struer Kommune", "fra Vejle Kommune") is no
member, nor are people's seats ("Borgmestrene i A og B er medlemmer af bestyrelsen"); a sentence that
denies or ends a membership gives none. The network is the cue's own object when one stands right after it
("A har bedt X om bistand, og B er medlem af Y": Y, and only B, the subject of the cue's clause); a cue whose
object is an activity or a thing a body owns joins no body ("deltager i et møde i X", "er med i X'
arbejdsgruppe"); "…, mens B er medlem af Y" is a statement of its own. The members a sentence names are read
by ``membership_prose_members``, what makes it state none by ``membership_not_stated``."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.adoption_forms import HEDGE
from graphbuild.extract.membership_cues import (
    COUNT_CUE,
    CUE_REACH,
    CUE_WORDS,
    CUES,
    MORE_CUE_WORDS,
    MORE_CUES,
    OWNED,
)
from graphbuild.extract.membership_implied import has_no_object, implied_network
from graphbuild.extract.membership_municipalities import (
    MunicipalityRef,
    fellow_members,
    municipality_refs,
    vertical_list_after,
)
from graphbuild.extract.membership_naming import named_later
from graphbuild.extract.membership_networks import (
    NetworkRef,
    body_is_network,
    dissolved,
    heading_body,
    listed_with,
    network_id,
    network_of,
    networks_of,
)
from graphbuild.extract.membership_not_stated import (
    denied,
    excepted,
    joinable_bodies,
    marked_observer,
    not_a_body,
    on_condition,
    only_considered,
    personal_seat,
    seat_opens,
    sub_body_composed,
    supposed,
    undecided,
)
from graphbuild.extract.membership_own_subject import own_subject
from graphbuild.extract.membership_proposed import proposed_only
from graphbuild.extract.membership_prose_members import (
    Cue,
    count_cues,
    count_lists,
    prose_members,
    right_after,
    subject_members,
)
from graphbuild.extract.membership_relation import Context, named_network, relate, relate_fellows
from graphbuild.vocab.near import finditer_near
from graphbuild.vocab.pattern_dispatch import dispatched
from graphbuild.vocab.sentence_abbreviations import ends_sentence, sentence_stops

# a statement's end: a sentence's, a blank line, a bullet, or a contrasting clause ("A er medlem af X, mens B er
# medlem af Y": two statements; not ";", which also joins a list's items)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\d•])|\n[ \t]*\n|\n[ \t]*[•·▪*–-][ \t]|,[ \t]+(?=mens[ \t])")
WINDOW = 800


# a character no match of SENTENCE_END holds (every match is white space, a comma or a bullet, what it looks around at
# aside): a pass that starts right after one finds the same matches from there on as a pass that started before it
_IN_A_STOP = frozenset(",•·▪*–-")
STEP_BACK = 160  # how far back from a cue each look for the last sentence end reaches at first


def sentence_at(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around text[start:end], across wrapped lines (a PDF's), within [lo, hi)."""
    floor = max(lo, start - WINDOW)
    left = floor
    # the last sentence end before start that a pass from floor finds, looked for in steps back from start, each
    # from a place no stop can hold
    at = start
    while at > floor:
        scanned, at = at, max(floor, at - STEP_BACK)
        while at > floor and (text[at - 1].isspace() or text[at - 1] in _IN_A_STOP):
            at -= 1
        last = None
        # (one character past start: a stop's look at the capital after it sees the statement's own first letter, so
        # a statement that opens a sentence starts there, "… om plads i vandrådet. De 20 kommuner er: …")
        for match in SENTENCE_END.finditer(text, at, min(len(text), start + 1)):
            if match.start() >= scanned or match.end() > start:
                break  # read by the step before, which found no sentence end there
            if ends_sentence(text, match):
                last = match
        if last is not None:
            left = last.end()
            break
    stop = next(sentence_stops(SENTENCE_END, text, end, min(hi, end + WINDOW)), None)
    return left, stop.start() if stop else min(hi, end + WINDOW)


COUNTED_NETWORK_BEFORE = 300  # how far before "De syv kommuner er A, B, …" the network it counts may be named


def _counted_network(ctx: Context, networks: list[NetworkRef], starts: list[int], lo: int) -> str | None:
    """The network a counted list names no network for ("… døbt: 'Nordsjællands digitaliseringssamarbejde'.
    De syv kommuner er A, B, …", "… så det i dag tæller de 7 kommuner: A, B, …"): the network named just
    before it, else the subject of a page of no one municipality and no council (its first line)."""
    before = networks[: bisect_left(starts, lo)]
    if before and before[-1].end >= lo - COUNTED_NETWORK_BEFORE:
        return network_id(ctx, before[-1])
    if ctx.meeting.municipality is None and (ctx.meeting.body is None or body_is_network(ctx.meeting)):
        return heading_body(ctx, any_name=True)
    return None


# a new body of a kind as the object of the cue, its name given in the next sentence: "A, B og C kommuner er gået
# sammen i et nyt destinationsselskab, der skal … . Med … bliver Destination NordVestkysten et af landets største
# …", "har stiftet et fælles selskab. Selskabet hedder X", "er gået sammen om at danne en ny forening. X får …"
NEW_BODY = re.compile(
    r"\s+(?:om\s+at\s+(?:stifte|etablere|danne|oprette)\s+)?(?:et|en)\s+(?:(?:nyt?|fælles|tvær[\wæøå]*|"
    r"fælleskommunal[te]?)\s+){1,2}[\wæøå-]*(?:selskab|samarbejde|fællesskab|forening|netværk|partnerskab|"
    r"beredskab|brandvæsen|organisation)\b",
    re.IGNORECASE,
)
NEXT_SENTENCE_REACH = 400
SPACE = re.compile(r"\s*")


def _named_next(
    ctx: Context, networks: list[NetworkRef], starts: list[int], cue_ends: list[int], hi: int
) -> str | None:
    """The network the sentence after a statement names first, when the statement's cue joins a new body of a
    kind it does not name ("er gået sammen i et nyt destinationsselskab")."""
    text = ctx.text
    if not any(NEW_BODY.match(text, e) for e in cue_ends):
        return None
    nxt = SPACE.match(text, hi).end()  # type: ignore[union-attr]
    _, end = sentence_at(text, nxt, nxt, nxt, min(len(text), nxt + NEXT_SENTENCE_REACH))
    following = networks[bisect_left(starts, hi) : bisect_left(starts, end)]
    return network_id(ctx, following[0]) if following else None


def _own_subject(
    ctx: Context, here: list[Cue], lo: int, named: list[NetworkRef]
) -> tuple[list[MunicipalityRef], list[NetworkRef]]:
    """The own municipality as the subject of the sentence's first subject cue it stands right before, in its own
    minutes, and the networks named right after that cue."""
    own_minutes = not body_is_network(ctx.meeting)
    for start, end, subject in here:
        members = own_subject(ctx.text, start, lo, ctx.meeting, ctx.municipality, own_minutes) if subject else []
        if members:
            return members, [n for n in named if right_after(ctx.text, end, n.start)]
    return [], []


def _all_cues(text: str) -> list[Cue]:
    """Every cue of a membership statement in the text, in order."""
    # (the windows searched by the alternatives that can start with each word's letter, each place found matched
    # again with the pattern: the same matches)
    more = finditer_near(MORE_CUES, text, MORE_CUE_WORDS, CUE_REACH, searcher=dispatched(MORE_CUES))
    cues = finditer_near(CUES, text, CUE_WORDS, CUE_REACH, searcher=dispatched(CUES))
    return sorted(
        [(m.start(), m.end(), m.lastgroup == "subject") for m in cues]
        + [(m.start(), m.end(), m.lastgroup == "subject") for m in more]
        + [(m.start(), m.end(), False) for m in count_cues(text, 0, len(text))]
    )


def add_prose_memberships(ctx: Context) -> None:
    """MEMBER_OF for every membership a sentence of the text states."""
    text = ctx.text
    networks = networks_of(ctx)
    starts = [n.start for n in networks]
    body_network = ctx.body_id is not None and body_is_network(ctx.meeting)
    cues = _all_cues(text)
    cue_starts = [c[0] for c in cues]
    done: set[tuple[int, int]] = set()
    stated: list[tuple[int, int, str]] = []  # (sentence start, end, network) of each statement, in order
    refs = municipality_refs(text)
    alive: set[str] = set()  # the networks the text does not say were dissolved
    for cue_start, cue_end, _ in cues:
        lo, hi = sentence_at(text, cue_start, cue_end, 0, len(text))
        if (lo, hi) in done:
            continue
        done.add((lo, hi))
        here = cues[bisect_left(cue_starts, lo) : bisect_left(cue_starts, hi)]
        last_cue_end = max(e for _, e, _ in here)
        if (
            denied(text, lo, hi, last_cue_end)
            or on_condition(text, lo, hi, last_cue_end)
            or supposed(text, lo, hi, last_cue_end)
        ):
            continue
        named = networks[bisect_left(starts, lo) : bisect_left(starts, hi)]
        first = min(s for s, _, _ in here)
        members: list[MunicipalityRef] = []
        # people's seats ("Borgmestrene i A, B og C er medlemmer af bestyrelsen for X") are no municipality's,
        # and a list in their sentence names the people's municipalities; another subject cue of the sentence
        # still stands ("A er medlem af X, og borgmesteren er medlem af bestyrelsen for foreningen")
        # a cue whose object is an activity ("deltager i et møde i X", "er med i arbejdet i X") joins no body
        # (or a thing a body owns: "er med i Business Region Aarhus' arbejdsgruppe", "deltager i Gate 21's netværk")
        if any(subject and not_a_body(text, e, hi) for s, e, subject in here):
            here = [(s, e, subject) for s, e, subject in here if not (subject and not_a_body(text, e, hi))]
            if not here:
                continue
        joinable = joinable_bodies(text, named, max(e for _, e, _ in here), hi)
        if named and not joinable:
            continue  # every body named is an owner of what is joined or a partner
        named = joinable
        if any(subject and personal_seat(text, s, e, hi) for s, e, subject in here):
            here = [(s, e, True) for s, e, subject in here if subject and not personal_seat(text, s, e, hi)]
            if not here:
                continue
        # a list cue that opens a person's seat ("Xs medlemmer af bestyrelsen er borgmestrene i A og B") lists people
        if any(not subject and seat_opens(text, s, hi) for s, _, subject in here):
            here = [(s, e, subject) for s, e, subject in here if subject or not seat_opens(text, s, hi)]
            if not here:
                continue
        # a sub-body's composition ("styregruppen, som … består af A, B og C") names the parties in its seats
        if any(not subject and sub_body_composed(text, lo, s) for s, _, subject in here):
            here = [(s, e, subject) for s, e, subject in here if subject or not sub_body_composed(text, lo, s)]
            if not here:
                continue
        subject_cues = [s for s, _, subject in here if subject]
        list_cues = [s for s, e, subject in here if not subject and not COUNT_CUE.match(text, s, e)]
        object_of: list[NetworkRef] = []  # the network right after the subject cue that names the members
        object_name: str | None = None  # or the name of one no list knows, when all it names stand before the cue
        if subject_cues:
            members, object_of, object_name = subject_members(text, refs, (lo, hi), here, named)
            if not members:  # "Kommunen er medlem af X" in its own minutes
                members, object_of = _own_subject(ctx, here, lo, named)
        elif list_cues:
            members += prose_members(refs, lo, hi, list_cues[0], False, named)
        counted = False
        for _, items in count_lists(refs, lo, hi):
            members += [r for r in items if r not in members]
            counted = True
        if (subject_cues or list_cues) and len(members) <= 1:
            # from the last cue's end: a wrapped cue's line is the one it ends on ("Medlemmer\naf X:")
            vertical = vertical_list_after(text, max(s for s, _, _ in here), max(e for _, e, _ in here))
            members = vertical if len(vertical) > len(members) else members
        # the ones an exception leaves out: "Alle kommuner undtagen A og B er medlemmer af X"
        members = [m for m in members if not excepted(text, lo, m.start)]
        # the ones marked observers: "A, B og C (observatør) er medlemmer af X"
        members = [m for m in members if not marked_observer(text, m.end)]
        if not members or (len(members) < 2 and all(OWNED.match(text, s, e) for s, e, _ in here)):
            continue  # one owner is a company's, not a network's: "Forsyningen er ejet af Aarhus Kommune"
        named = [n for n in named if not listed_with(text, n, members)]
        # the cue's own object is the network, not one named elsewhere in the sentence ("A har bedt X om bistand,
        # og B er medlem af Y": Y)
        named = object_of[:1] or named
        if only_considered(text, first, named):
            continue
        if object_name is not None:
            network: str | None = named_network(ctx, object_name)
        else:
            network = network_of(ctx, named, networks, starts, text, lo, hi, first, body_network, stated)
        if network is None and counted:
            network = _counted_network(ctx, networks, starts, lo)
        if network is None and subject_cues:
            network = _named_next(ctx, networks, starts, [e for _, e, subject in here if subject], hi)
        if network is None:
            network = named_later(ctx, networks, starts, lo, hi)
        if network is None and any(subject and has_no_object(text, s, e) for s, e, subject in here):
            network = implied_network(ctx, networks, starts, lo, stated)
        if network is None:
            continue
        if ctx.facts.type_of(network) == "Initiative" and HEDGE.search(text, lo, first):
            continue  # taking part in a programme only considered, wished or proposed (adoption_forms.HEDGE)
        if undecided(text, lo, first):
            continue  # a membership only applied for, considered or proposed (README `memberships`: none)
        if proposed_only(ctx, lo, hi):
            continue  # proposed, and no decision of the item approves it (an agenda, a rejection)
        if network not in alive and dissolved(ctx, network):
            continue
        alive.add(network)
        stated.append((lo, hi, network))
        relate(ctx, members, network)
        relate_fellows(ctx, fellow_members(text, members), network)
