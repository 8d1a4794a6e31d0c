"""Seats on a body announced by their count, then filled by name (read by `roles`): "Der skal blev valgt 4 medlemmer til
bestyrelsen. Det var: A, B, C som alle genvalgtes samt D, som nyvalgtes.", "…, skulle der først udpeges et nyt medlem
til Kulturskolens bestyrelse, og byrådet valgte enstemmigt Lene Aalestrup (C).". The announcement counts the seats
("et nyt medlem", "4 medlemmer", "to nye medlemmer") and names the body right after "til", "af" or "i"; the names
come after it, in the rest of its sentence or, when that names no one, in the next one, beside a word of an election
or an appointment done ("valgte", "genvalgtes", "blev valgt", "udpegede"). Each is `medlem` (the README's roles rule
2: a person the text elects or appoints to a body) of the body the text is about there, unless the list prints the
person's chair. Never where the two sentences speak of a proposal, a candidacy, a substitute, a successor's
predecessor, a denial or leaving: who is proposed, stands in or left holds no seat by them."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_facts import RoleFact
from graphbuild.extract.role_member_cooccurring import BODY_WORD, NO_SEAT_WORDS
from graphbuild.extract.role_member_sentences import seat_listed
from graphbuild.vocab.near import finditer_near
from graphbuild.vocab.sentence_abbreviations import sentence_stops

# seats counted, then the body they are on: "et nyt medlem til", "4 medlemmer til", "to nye medlemmer af"
SEATS_ANNOUNCED = re.compile(
    r"(?<![\wæøå])(?:et|ét|nyt|\d{1,2}|to|tre|fire|fem|seks|syv|otte|ni|ti)[ \t]+(?:nye?[ \t]+)?"
    r"medlem(?:mer)?[ \t]+(?:til|af|i)[ \t]+(?P<body>(?:[^\s.,;:!?]+[ \t]+){0,4}[^\s.,;:!?]+)",
    re.IGNORECASE,
)
SEAT_WORDS = ("medlem",)
SEAT_REACH = 80
# an election or appointment done: "valgte", "genvalgtes", "nyvalgtes", "blev valgt", "er genvalgt", "udpegede"
ELECTED = re.compile(
    r"(?<![\wæøå])(?:(?:gen|ny)?valg(?:te|tes)|(?:blev|er|var)[ \t]+(?:gen|ny)?valgt|udpegede|(?:blev|er)[ \t]+"
    r"udpeget)(?![\wæøå])",
    re.IGNORECASE,
)
# … in the passive, between a name before the seats and them: the name is who was elected ("NAME blev valgt til nyt
# medlem af udvalget"), never who elected ("Borgmester NAME udpegede et nyt medlem til bestyrelsen")
ELECTED_PASSIVE = re.compile(
    r"(?<![\wæøå])(?:(?:gen|ny)?valgtes|(?:blev|er|var)[ \t]+(?:gen|ny)?valgt|(?:blev|er)[ \t]+udpeget)(?![\wæøå])",
    re.IGNORECASE,
)
# what makes the names hold no seat by the statement: the words `role_member_cooccurring` also reads (a proposal or
# candidacy, a substitute, leaving, a denial) and this reader's own, a predecessor ("afløser", "i stedet for"), as the
# names beside seats filled may be whom they replace; not that reader's own words of attendance, thanks or a modal
# verb: a modal may open this reader's own announcement ("Der skal blev valgt 4 medlemmer til bestyrelsen")
NOT_FILLED = re.compile(
    rf"(?<![\wæøå])(?:{NO_SEAT_WORDS}|afløse\w*|erstat\w*|stedet|efterfølge\w*)(?![\wæøå])",
    re.IGNORECASE,
)
# a sentence's end: a full stop, never a day's or an ordinal's ("den 4. marts"), a question mark, or a line break
SENTENCE_STOP = re.compile(r"(?<![\s(]\d)(?<![\s(]\d\d)[.!?](?=\s)|\n")
WINDOW_REACH = 300
MAX_NAMED = 8  # a longer run of names is some other list


def members_of_seats_filled(
    text: str, people: list[PersonMention], chairs: ChairOf, found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` for each person named, in the sentence announcing a body's seats by their count or the next, as
    elected or appointed to them."""
    if not people:
        return []
    starts = [p.start for p in people]
    seated = {fact.person.name for fact in found if fact.role == "medlem"}
    chaired = {fact.person.name for fact in found if fact.role in ("formand", "næstformand")}
    out: list[RoleFact] = []
    for seats in finditer_near(SEATS_ANNOUNCED, text, SEAT_WORDS, SEAT_REACH):
        if not BODY_WORD.search(seats.group("body")):
            continue
        lo = _start_of_sentence(text, seats.start())
        end = _end_of_names(text, seats.end(), starts)
        if not ELECTED.search(text, lo, end):
            continue
        # the names after the announcement, unless the words from it on deny the seats; those before it in its
        # sentence elected in the passive ("A blev valgt til nyt medlem af udvalget"), when the sentence denies none
        named = people[bisect_left(starts, seats.end()) : bisect_left(starts, end)]
        if NOT_FILLED.search(text, seats.start(), end):
            named = []
        before = people[bisect_left(starts, lo) : bisect_left(starts, seats.start())]
        if (
            before
            and ELECTED_PASSIVE.search(text, before[-1].end, seats.start())
            and not NOT_FILLED.search(text, lo, end)
        ):
            named = [*before, *named]
        if not named or len(named) > MAX_NAMED or named[-1].end > end:
            continue
        target = chairs(seats.start()) or chairs.last_named(seats.start()) or chairs.unnamed
        out.extend(seat_listed(text, named, target, seated, chaired))
    return out


def _start_of_sentence(text: str, pos: int) -> int:
    """Where the sentence holding pos starts, within WINDOW_REACH before it."""
    lo = max(0, pos - WINDOW_REACH)
    stops = list(sentence_stops(SENTENCE_STOP, text, lo, pos))
    return stops[-1].end() if stops else lo


def _end_of_names(text: str, pos: int, starts: list[int]) -> int:
    """Where the names filling the seats announced up to pos end: the end of its sentence when a name follows in it,
    else the end of the next sentence (never past the next one: "Fraværende medlemmer: …" under it is none of them),
    within WINDOW_REACH."""
    hi = min(len(text), pos + WINDOW_REACH)
    stops = sentence_stops(SENTENCE_STOP, text, pos, hi)
    first = next(stops, None)
    if first is None:
        return hi
    if bisect_left(starts, first.start()) > bisect_left(starts, pos):
        return first.start()
    # the next sentence: past the stop and any blank lines after it
    second = next((s for s in stops if text[first.end() : s.start()].strip()), None)
    return second.start() if second is not None else hi
