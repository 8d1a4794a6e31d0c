"""A body's member list by municipality, found and built here: a list whose label states the body's members
("Medlemskommuner", "Ejerkommuner", "Deltagende kommuner", "Interessenter", "Ejere") over its municipalities
(named with "Kommune", or heading a table's rows one a line: "Assens\t41.000\t30 %"),
and a list whose lines open with a municipality ("Lejre Kommune: …"). A board's seats by municipality under
any other label ("Kommuner" over "• Pernille Beckmann (V), Greve kommune", "MEDLEMMER: Borgmester Erik
Fabrin (EF), Rudersdal Kommune", "Underskriftsark Holbæk Kommune Name Name …", "Kommunale medlemmer:") are
found but give no membership: by the written rule (tests/realworld/README.md, `memberships`) they state
where each person sits for, as do municipality lines each right under a person's name line ("Astrid Ejlersen\n
Svendborg Kommune", a board page's cards). Never an attendance list ("Deltagere", "Til stede"). The body is the one the
document's heading names, else the meeting's body when it is a network."""

from __future__ import annotations

import re

from graphbuild.extract.line_scan import finditer_on_lines
from graphbuild.extract.membership_item_titles import title_network
from graphbuild.extract.membership_municipalities import AFFILIATION_BEFORE, MunicipalityRef, municipality_at
from graphbuild.extract.membership_networks import (
    NetworkRef,
    body_is_network,
    heading_body,
    network_id,
    networks_of,
)
from graphbuild.extract.membership_relation import Context, named_network, relate
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.near import Word, asked_of_whole_documents, finditer_near
from graphbuild.vocab.reference import first_names

MEMBER_LIST_LABEL = re.compile(
    r"(?m)^[ \t]*(?:Kommuner|KOMMUNER|Medlemmer|MEDLEMMER|Bestyrelsesmedlemmer|Bestyrelsen\s+består\s+af|"
    r"(?:Medlems|Ejer|Deltager|Interessent)kommuner(?:ne)?|MEDLEMSKOMMUNER|EJERKOMMUNER|Deltagende\s+kommuner|"
    r"Interessenter|Ejere)[ \t]*:?[ \t]*$|"
    r"(?<![\w-])(?:Medlemmer|MEDLEMMER|Bestyrelsesmedlemmer)[ \t]*:|(?<![\w-])Underskriftsark(?![\w-])|"
    # a board's own label: "Bestyrelsens medlemmer:", "Repræsentantskabet:", "Bestyrelsen består af følgende:"
    r"(?<![\w-])(?:Bestyrelsens|Repræsentantskabets|Styregruppens|Kommissionens)[ \t]+medlemmer[ \t]*:|"
    r"^[ \t]*(?:Bestyrelse|Bestyrelsen|Repræsentantskab|Repræsentantskabet|Styregruppe|Styregruppen)[ \t]*:[ \t]*$|"
    r"(?<![\w-])(?:Bestyrelsen|Repræsentantskabet|Styregruppen|Kommissionen)[ \t]+består[ \t]+af[ \t]+"
    r"(?:følgende(?:[ \t]+medlemmer)?)?[ \t]*:|"
    # a group of a joint committee's seats: "Kommunale medlemmer:", "5 medlemmer udpeget af KKR Hovedstaden:"
    r"^[ \t]*(?:\d{1,2}|Kommunale|KOMMUNALE)[ \t]+(?:medlemmer|MEDLEMMER)\b[^\n:]{0,100}:[ \t]*$|"
    # a line ending in the members' word and a colon over their list: "Budgettet sendes til ejerkommunerne:"
    r"^[^\n:]{0,80}?(?<![\w-])(?i:(?:medlems|ejer|deltager|interessent)kommuner(?:ne)?)[ \t]*:[ \t]*$"
)
MEMBER_LIST_WORDS: tuple[Word, ...] = (
    # the two common words only where a label can hold them: before a colon that ends their line ("Ejerkommuner:",
    # "Kommunale medlemmer udpeget af KKR:", and any such word in the line's run-in before "… ejerkommunerne:"), before
    # a colon ("Bestyrelsesmedlemmer: NAME"), or at their line's end ("Medlemskommuner")
    ("kommuner", re.compile(r"kommuner(?:ne)?[ \t]*$|kommuner[^\n:]*+:[ \t]*$", re.IGNORECASE | re.MULTILINE)),
    ("medlemmer", re.compile(r"medlemmer(?:[ \t]*:|[ \t]*$|[^\n:]*+:[ \t]*$)", re.IGNORECASE | re.MULTILINE)),
    "bestyrelse", "underskriftsark", "interessent", "ejere", "repræsentantskab", "styregruppe", "kommissionen",
)  # fmt: skip
asked_of_whole_documents(MEMBER_LIST_WORDS)  # over the whole text: read from the document's one pass
MEMBER_LIST_LABEL_REACH = 80  # how far from a label's start (and past it) its word may stand
MEMBER_LIST_END = re.compile(
    r"(?<![\w-])(?i:fraværende|afbud|endvidere\s+deltog|deltagere|til\s+stede|mødedeltagere|"
    r"indholdsfortegnelse|dagsorden|sagsfremstilling|beslutning)(?![\w-])"
)
MEMBER_LIST_REACH = 1500
# a label that calls the seats the municipalities': the body they sit in is a joint one
MUNICIPAL_SEATS = re.compile(r"[ \t]*(?i:kommunale)[ \t]")
# a label that names the members of what the page is about ("Medlemskommuner", "Ejerkommuner", "Interessenter"):
# the page's first line names it, whatever its words ("Gate 21")
MEMBERS_LABEL = re.compile(
    r"\s*(?i:(?:medlems|ejer|deltager|interessent)kommuner|deltagende\s+kommuner|interessenter|ejere)"
)
# a label that ends in the members' word: "Fordeling på ejerkommuner:"
MEMBERS_ENDING = re.compile(r"(?i:(?:medlems|ejer|deltager|interessent)kommuner(?:ne)?)[ \t]*:[ \t]*$")
# a municipality's own council: its member list names the council's members, whatever seats they hold
COUNCIL = re.compile(r"(?i)byråd|kommunalbestyrelse|borgerrepræsentation|magistrat")


def member_lists(text: str) -> list[list[MunicipalityRef]]:
    """The municipalities of each member list that names two or more, each named with "Kommune" as a
    member's seat (after a comma, a dash, a line break or a name; not "borgmester i X Kommune")."""
    return [seats for _, _, seats in labelled_member_lists(text)]


def labelled_member_lists(text: str) -> list[tuple[bool, bool, list[MunicipalityRef]]]:
    """(whether its label calls the seats the municipalities' ("Kommunale medlemmer:"), whether it names
    the members of what the page is about ("Medlemskommuner"), seats) of each member list that names two
    municipalities or more."""
    out: list[tuple[bool, bool, list[MunicipalityRef]]] = []
    for label in finditer_near(MEMBER_LIST_LABEL, text, MEMBER_LIST_WORDS, MEMBER_LIST_LABEL_REACH):
        hi = min(len(text), label.end() + MEMBER_LIST_REACH)
        end = MEMBER_LIST_END.search(text, label.end(), hi)
        hi = end.start() if end else hi
        seats = [
            ref
            for ref in _seats(text, label.end(), hi)
            if not AFFILIATION_BEFORE.search(text[max(0, ref.start - 12) : ref.start])
        ]
        members_label = (
            MEMBERS_LABEL.match(label.group(0)) is not None or MEMBERS_ENDING.search(label.group(0)) is not None
        )
        if members_label and len({ref.info.code for ref in seats}) < 2:
            seats = row_heads(text, label.end(), hi)
        if len({ref.info.code for ref in seats}) >= 2:
            municipal = MUNICIPAL_SEATS.match(label.group(0)) is not None
            out.append((municipal, members_label, seats))
    return out


ROW_BULLET = re.compile(r"[ \t]*(?:[•·▪*–-][ \t]*)?")
# what follows a municipality that heads a row: nothing, a table's next cell, a number, a share, a bracket
ROW_REST = re.compile(r"[ \t]*(?:$|\t|\d|\()")
HEAD_ROWS = 2  # a table's heading rows over its first municipality ("Kommune\tIndbyggere\tAndel")


def row_heads(text: str, lo: int, hi: int) -> list[MunicipalityRef]:
    """The municipalities that head the rows of a list or table in text[lo:hi], one a line ("Assens\t41.000\t12 %",
    "• Assens Kommune", "Nyborg"), from its first row to the first line that is no such row; a table's heading
    rows over it are passed over."""
    out: list[MunicipalityRef] = []
    skipped = 0
    pos = text.find("\n", lo, hi) + 1 if text.find("\n", lo, hi) >= 0 else hi  # from the line after the label's
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        start, pos = ROW_BULLET.match(text, pos, end).end(), end + 1  # type: ignore[union-attr]
        if start >= end:
            if out:
                break
            continue
        ref = municipality_at(text, start, end)
        if ref is not None and ROW_REST.match(text, ref.end, end):
            out.append(ref)
        elif out or skipped >= HEAD_ROWS or "." in text[start:end]:
            break
        else:
            skipped += 1
    return out


SEAT_KOMMUNE = re.compile(r"(?<=[ \t])(?:Kommune|kommune)(?![\w-])")
# a seat named after a member's party without "Kommune": "Nils Borring (A), Favrskov", "… (V), Ikast-Brande
# (næstformand)"
SEAT_AFTER_PARTY = re.compile(r"\([A-ZÆØÅ]{1,3}\)\)?,[ \t]+(?=[A-ZÆØÅ])")
SEAT_END = re.compile(r"[ \t]*(?:\(|\n|$)")
WORD_BEFORE = re.compile(r"([A-ZÆØÅ][\wæøåÆØÅ-]*)[ \t]+$")


def _seats(text: str, lo: int, hi: int) -> list[MunicipalityRef]:
    """Each "X Kommune" in text[lo:hi], X read back from "Kommune" (one or two words), so a name right
    before it ("Brian Ahlquist Kalundborg Kommune", a flattened list) does not hide it; and each "X" that
    ends a member's line after their party ("Nils Borring (A), Favrskov")."""
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
    for party in SEAT_AFTER_PARTY.finditer(text, lo, hi):
        ref = municipality_at(text, party.end(), hi)
        if ref is not None and SEAT_END.match(text, ref.end, hi):
            out.append(ref)
    return sorted(out, key=lambda ref: ref.start)


def listing_body(ctx: Context, municipal_seats: bool, members_label: bool = False) -> str | None:
    """The body a member list belongs to: the document's heading when it names a body, else the
    meeting's body when that is a network, or when the list calls its seats the municipalities'
    ("Kommunale medlemmer:") and the body is no council: a joint body ("Sundhedskoordinationsudvalget")."""
    heading = heading_body(ctx, any_name=members_label)
    if heading is not None:
        return heading
    body = ctx.meeting.body
    if body is None:
        return None
    if municipal_seats and not COUNCIL.search(body):
        # a page about the body records no meeting, so the body may have no entity yet
        return ctx.body_id or named_network(ctx, body)
    return ctx.body_id if ctx.body_id is not None and body_is_network(ctx.meeting) else None


# a member list grouped by the municipality each member sits for: a line that opens with the municipality
# and "Kommune", then a colon, a bracket or the line's end ("Lejre Kommune: Name, Name", "Roskilde Kommune"
# over its members' lines, "Kolding Kommune (formand)")
MUNICIPALITY_LINE = re.compile(
    r"(?m)^[ \t]*(?:[•·▪*–-][ \t]*)?(?P<name>[A-ZÆØÅ][\wæøåÆØÅ-]*(?:[ \t]+[A-ZÆØÅ][\wæøåÆØÅ-]*)?)[ \t]+"
    r"[Kk]ommune[ \t]*(?=[:(]|\r?\n|$)"
)
MUNICIPALITY_LINE_WORDS = ("Kommune", "kommune")  # every match of MUNICIPALITY_LINE holds one
MUNICIPALITY_LINE_GAP = 300  # the most text between two municipalities' lines of one list
# who came, not who is a member: a grouped list right after such a label gives no membership
ATTENDANCE_BEFORE = re.compile(r"(?i:deltagere|til\s+stede|fraværende|afbud|fremmødt|deltog)")


# a person after a municipality's line ("Lejre Kommune: Carsten Rasmussen", "Roskilde Kommune" over its member's
# line): the seat a person fills, no membership (README `memberships`: "X Kommune Name" in a board's list)
# (the blanks around the colon read once each, "[ \t]*+(?::[ \t]*+)?": as "[ \t]*:?[ \t]*", two runs side by side, a
# line of blanks after a municipality was shared between them every way; the same strings)
PERSON_AFTER = re.compile(r"[ \t]*+(?::[ \t]*+)?(?:\r?\n[ \t]*+(?:[•·▪*–-][ \t]*+)?)?(?P<word>[A-ZÆØÅ][\wæøå-]*)")


def _seat_line(text: str, end: int) -> bool:
    """Whether a municipality's line ending at ``end`` goes on with a person's name, on it or on the next line."""
    after = PERSON_AFTER.match(text, end)
    return after is not None and after["word"] in first_names()


# a person's line right over a municipality's line ("Astrid Ejlersen\nSvendborg Kommune", a board page's card):
# its first word, after a bullet
PERSON_LINE = re.compile(r"[ \t]*+(?:[•·▪*–-][ \t]*+)?(?P<word>[A-ZÆØÅ][\wæøå-]*)[ \t]+[A-ZÆØÅ]")


def _seat_under_person(text: str, start: int) -> bool:
    """Whether the line right over a municipality's line (no blank line between) opens with a person's first name
    and a second capitalised word: the card of a person who sits for the municipality, no membership (README
    `memberships`: a seat list by municipality)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    person = PERSON_LINE.match(text, above, line_start - 1)
    return person is not None and person["word"] in first_names()


def grouped_member_lists(text: str) -> list[list[MunicipalityRef]]:
    """The municipalities of each list whose lines open with the municipality a member sits for, when
    two or more municipalities head lines of it; never right after an attendance label, nor a list of the
    seats people fill."""
    out: list[list[MunicipalityRef]] = []
    group: list[MunicipalityRef] = []
    seats: set[int] = set()
    for line in finditer_on_lines(MUNICIPALITY_LINE, text, MUNICIPALITY_LINE_WORDS):
        info = municipality_named(line["name"])
        if info is None:
            continue
        ref = MunicipalityRef(info, line.start("name"), line.end())
        if _seat_line(text, line.end()) or _seat_under_person(text, ref.start):
            seats.add(ref.start)
        if group and ref.start - group[-1].end > MUNICIPALITY_LINE_GAP:
            out.append(group)
            group = []
        group.append(ref)
    if group:
        out.append(group)
    return [
        g
        for g in out
        if len({ref.info.code for ref in g}) >= 2
        and not ATTENDANCE_BEFORE.search(text, max(0, g[0].start - 200), g[0].start)
        and not any(ref.start in seats for ref in g)
    ]


def add_member_lists(ctx: Context) -> None:
    """MEMBER_OF for each municipality of each member list, in the body the list belongs to."""
    found: list[list[NetworkRef]] = []

    def networks() -> list[NetworkRef]:  # the document's networks, found once and only when a list asks
        if not found:
            found.append(networks_of(ctx))
        return found[0]

    # only a label that states the members of a body ("Medlemskommuner", "Ejerkommuner", "Interessenter");
    # a board's seats by municipality ("Medlemmer:", "Kommunale medlemmer:", a signature sheet) state where
    # each person sits for, not the municipality's membership (tests/realworld/README.md, `memberships`)
    lists = [(municipal, label, seats) for municipal, label, seats in labelled_member_lists(ctx.text) if label]
    if lists:
        network = listing_body(ctx, any(m for m, _, _ in lists), True)
        for _, _, items in lists:
            body = (
                network or network_named_before(ctx, items[0].start, networks()) or title_network(ctx, items[0].start)
            )
            if body is not None:
                relate(ctx, items, body)
    grouped = grouped_member_lists(ctx.text) if " Kommune" in ctx.text or " kommune" in ctx.text else []
    if grouped:
        # a network's own page or minutes list its members so; in another body's minutes (a committee's) the
        # list belongs to the network named right before it, never to that body (README `memberships`)
        network = listing_body(ctx, False)
        for items in grouped:
            # a network named right before the list is the one it lists, whatever the page's own body
            body = network_named_before(ctx, items[0].start, networks()) or network
            if body is not None:
                relate(ctx, items, body)


LIST_NETWORK_BEFORE = 400  # how far before a list its network may be named ("Bestyrelsen i Gate 21:")


def network_named_before(ctx: Context, start: int, networks: list[NetworkRef]) -> str | None:
    """The network named last in the stretch right before a list, when the document's heading names none."""
    before = [n for n in networks if start - LIST_NETWORK_BEFORE <= n.end <= start]
    return network_id(ctx, before[-1]) if before else None
