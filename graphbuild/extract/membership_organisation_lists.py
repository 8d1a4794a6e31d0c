"""A body's members listed one a line (a bullet or not) under a line that says the body has them: "3.2 Pr. 11.
december 2019 har FlexDanmark følgende medlemmer:", "Foreningen har 12 medlemmer:", "Medlemmer af X:", "Xs
medlemmer:". Each listed organisation (or municipality) is a member of the body: the one the label names, or, when the
label calls it by its kind alone ("Foreningen", "Netværket"), the one the nearest heading line over it names.
Never a board's or a committee's members (their entries are people or the seats of those who appoint them: README
`memberships`), nor a list holding a person ("Formand Henrik Nielsen", "Jens Hansen (A)"). The water and nature
councils' lists are membership_council_seats'."""

from __future__ import annotations

import re

from graphbuild.extract.membership_municipalities import municipality_at
from graphbuild.extract.membership_network_forms import may_be_network
from graphbuild.extract.membership_relation import Context, named_network, relate
from graphbuild.vocab import ids
from graphbuild.vocab.reference import first_names

_NAME = r"[A-ZÆØÅ][\wæøåÆØÅ&/-]*+(?:[ \t]++(?:[A-ZÆØÅ][\wæøåÆØÅ&/-]*|og|for|i|af|A/S|I/S))*"
_COUNT = r"(?:følgende|\d{1,3}|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|[a-zæøå]+tyve|[a-zæøå]+t?sindstyve)"
_MEMBERS = r"(?:medlemmer|medlemsorganisationer|medlemskommuner)"
# the body has members: "Foreningen har 12 medlemmer:", after a fronted adverbial the verb first: "Pr. 11. december
# 2019 har FlexDanmark følgende medlemmer:"; the body's members: "Medlemmer af X:", "Xs medlemmer:"
LABEL = re.compile(
    rf"(?m)(?:^|[ \t])(?P<subject>{_NAME})[ \t]+har[ \t]+(?:(?:i[ \t]+dag|nu|pt\.|p\.t\.)[ \t]+)?"
    rf"{_COUNT}[ \t]+{_MEMBERS}|"
    rf"(?:^|[ \t])har[ \t]+(?P<inverted>{_NAME})[ \t]+(?:(?:i[ \t]+dag|nu)[ \t]+)?{_COUNT}[ \t]+{_MEMBERS}|"
    rf"^(?:Medlemmer|Medlemsorganisationer|Medlemskommuner)[ \t]+(?:af|i)[ \t]+(?P<of>{_NAME})|"
    rf"^(?P<genitive>{_NAME})(?<=s)[ \t]+{_MEMBERS}"
)
LABEL_END = re.compile(r"[ \t]*(?:er[ \t]+(?:følgende|nu)[ \t]*)?:[ \t]*$")
# a body that calls itself by its kind alone: the heading over the label names it
KIND_ALONE = re.compile(
    r"(?i:foreningen|netværket|samarbejdet|selskabet|partnerskabet|organisationen|klyngen|alliancen|fællesskabet|"
    r"interessentskabet|sammenslutningen|samrådet)"
)
# a board, a committee, a council, a group: its members are people or seats, no members of a network
SEATS_BODY = re.compile(
    r"(?i:bestyrelse|udvalg|råd(?:et|s)?$|rådet|styregruppe|repræsentantskab|kommission|sekretariat|direktion|"
    r"ledelse|gruppe|panel|præsidium|menighedsråd|forsamling)"
)
ENTRY = re.compile(
    r"[ \t]*(?:[•·▪*–-][ \t]*)?(?P<name>[A-ZÆØÅ][^\n:;]{0,80}?)[ \t]*(?:\([A-ZÆØÅ]{2,6}\))?[ \t]*"
    r"(?:,|\.|;|[ \t]og)?[ \t]*$"
)
ENTRY_MAX_WORDS = 8
LABEL_REACH = 200  # how far back from its line's end a label may start
MIN_MEMBERS = 2
PARTY = re.compile(r"\([A-ZÆØÅ]{1,2}\)")
HEADING_BEFORE = 1500  # how far over the label the heading that names a body called by its kind may stand
HEADING_LINE = re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÆØÅ][\wæøåÆØÅ&/-]*(?:[ \t]+[\wæøåÆØÅ&/-]+){0,5})[ \t]*$")


def add_organisation_lists(ctx: Context) -> None:
    """MEMBER_OF for each organisation or municipality a members' label lists under it, in the body it names."""
    text = ctx.text
    at = 0
    # each line that holds the members' word, once, and only one that ends in a colon
    while (word := text.find("edlem", at)) >= 0:
        line_end = text.find("\n", word)
        line_end = len(text) if line_end < 0 else line_end
        at = line_end + 1
        if not text[word:line_end].rstrip().endswith(":"):
            continue
        line_start = max(text.rfind("\n", 0, word) + 1, line_end - LABEL_REACH)
        _read_label(ctx, line_start, line_end)


def _read_label(ctx: Context, line_start: int, line_end: int) -> None:
    text = ctx.text
    label = LABEL.search(text, line_start, line_end)
    if label is None or LABEL_END.match(text, label.end(), line_end) is None:
        return
    subject = next(g for g in (label.group(k) for k in ("subject", "inverted", "of", "genitive")) if g)
    if label.group("genitive"):
        subject = subject[:-1]
    entries = _entries(text, line_end)
    if len(entries) < MIN_MEMBERS or any(_is_person(text[a:b]) for a, b in entries):
        return
    body = _body(text, subject, line_start)
    if body is None:
        return
    network = named_network(ctx, body)
    for start, end in entries:
        ref = municipality_at(text, start, end)
        if ref is not None and ref.end == end:
            relate(ctx, [ref], network)
            continue
        name = text[start:end]
        member = ctx.facts.entity(ids.organization_id(name), "Organization", name)
        if member != network and not ctx.facts.has_relation("MEMBER_OF", member, network):
            ctx.facts.relation("MEMBER_OF", member, network, ctx.ev(start, end))


def _body(text: str, subject: str, line_start: int) -> str | None:
    """The body the label names; one called by its kind alone is the one the nearest heading line over it names."""
    if KIND_ALONE.fullmatch(subject):
        for heading in reversed(list(HEADING_LINE.finditer(text, max(0, line_start - HEADING_BEFORE), line_start))):
            name = heading.group("name")
            if not SEATS_BODY.search(name) and may_be_network(name):
                return name
        return None
    if SEATS_BODY.search(subject) or not may_be_network(subject):
        return None
    return subject


def _entries(text: str, at: int) -> list[tuple[int, int]]:
    """Where each entry of the list under the label stands: one a line, a blank line before or between them."""
    out: list[tuple[int, int]] = []
    pos = at + 1
    blanks = 0
    spaced = False  # the entries stand a blank line apart: a blank line between them goes on with the list
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not text[pos:end].strip():
            blanks += 1
            if blanks > (1 if out else 2) or (len(out) > 1 and not spaced):
                break
            spaced = len(out) == 1
            pos = end + 1
            continue
        blanks = 0
        entry = ENTRY.match(text, pos, end)
        if entry is None or len(entry.group("name").split()) > ENTRY_MAX_WORDS or PARTY.search(entry.group("name")):
            break
        out.append((entry.start("name"), entry.end("name")))
        pos = end + 1
    return out


def _is_person(name: str) -> bool:
    """An entry that names a person: a known first name before a capitalised word ("Jens Hansen", "Formand Henrik
    Tolstrup Nielsen")."""
    words = name.split()
    names = first_names()
    return any(w in names and words[i + 1][:1].isupper() for i, w in enumerate(words[:-1]))
