"""The meeting's municipality as the header names it: a body named with its municipality, the
publisher's "X Kommune" heading the document, the one municipality the header names before the first
item ("X Kommune", "X Rådhus"; a postcode says where a body met, not whose it is), a former
municipality's name or town hall, a meeting place that is a municipality's name; several municipalities
named (representatives of each) name none, nor does a person's ("Jan Henriksen, Middelfart Kommune")."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from graphbuild.models import MunicipalityRef
from graphbuild.parse.former_municipalities import FormerMunicipality, before_reform, named_former
from graphbuild.parse.header_affiliations import SEVERAL, is_affiliation
from graphbuild.parse.header_hosts import names_a_host
from graphbuild.parse.header_labels import LABEL_KEYS
from graphbuild.parse.header_participants import names_a_participant
from graphbuild.parse.header_role_labels import in_a_role_field
from graphbuild.parse.lines import Line
from graphbuild.parse.municipality_in_titles import is_contents_entry
from graphbuild.vocab.gazetteer import is_municipal_body
from graphbuild.vocab.municipality_names import (
    NamedMunicipality,
    after_a_party_word,
    municipality_named,
    named_as_a_party,
    named_municipalities,
)
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES
from graphbuild.vocab.reference import MunicipalityInfo
from graphbuild.vocab.self_partners import joined_with_the_self

# the councils every municipality has by law (Handicaprådet, Ældrerådet or Seniorrådet, Integrationsrådet,
# Det Lokale Beskæftigelsesråd): a municipality's body, whose meeting place ("Brønderslev Rådhus") is its
# town hall; a region's ("Regionsældreråd") is not one of them
_MUNICIPAL_COUNCIL = re.compile(
    r"(?i)^(?:det\s+)?(?:lokale\s+)?(?:handicap|ældre|senior|integrations|beskæftigelses)råd(?:et)?\b"
)
_PUBLISHER_REACH = 400


def is_municipal_council(body: str | None) -> bool:
    """Whether the body is one of the councils every municipality has by law (Handicaprådet, Ældrerådet,
    Seniorrådet, Integrationsrådet, Det Lokale Beskæftigelsesråd)."""
    return bool(body and _MUNICIPAL_COUNCIL.match(body.strip()))


_HEADER_REACH = 3000


def header_municipality(
    lines: list[Line], body: str | None, day: date | None = None, items_start: int | None = None
) -> MunicipalityRef | None:
    """The municipality the header names as the meeting's own: a body named with its municipality
    ("Frederikshavn Byråd"), "X Kommune" in the first lines (the publisher), or the one municipality
    the header names ("X Kommune", "X Rådhus"; not "4600 Køge", the meeting place's postcode) before
    `items_start`, the minutes' first item. Several municipalities in the header (representatives of
    each) name none; a person's ("Jan Henriksen, Middelfart Kommune") is no meeting's."""
    if body:
        for named in named_municipalities(body):
            if named.how == "council":
                return _ref(named.info)
        led_by = _led_by_municipality(body)
        if led_by is not None:
            return _ref(led_by)
    nonblank = [line for line in lines if line.clean][:30]
    naming, naming_former = _lines_that_may_name(nonblank)
    found = [
        (position, named)
        for position, line in enumerate(nonblank)
        if position in naming
        for named in named_municipalities(line.text)
    ]
    top = nonblank[0].start if nonblank else 0

    def at(position: int, named: NamedMunicipality) -> int:
        return nonblank[position].start + named.start - top

    # the header is its first lines and characters, before the minutes' first item: a flattened document's lines
    # are whole pages, and a municipality an item's text names ("deltog som repræsentant for Københavns Kommune")
    # is its matter's or a person's

    def before_items(offset: int) -> bool:
        return items_start is None or offset < items_start

    def in_header(position: int, named: NamedMunicipality) -> bool:
        return at(position, named) < _HEADER_REACH and before_items(nonblank[position].start + named.start)

    found = [(position, named) for position, named in found if in_header(position, named)]
    # "Jan Henriksen, Middelfart Kommune": a person's municipality, not the meeting's; the people of several
    # municipalities meet for several, none of them the meeting's own
    affiliated = [(position, named) for position, named in found if is_affiliation(nonblank[position].text, named)]
    if len({named.info.code for _, named in affiliated}) >= SEVERAL:
        return None
    found = [pair for pair in found if pair not in affiliated]
    # "4. Favrskov kommunes erfaringer med ...": a municipality whose doings the text tells of, not the
    # meeting's own
    found = [(position, named) for position, named in found if not _told_of(nonblank[position].text, named)]
    # "3. Telekørsel i Nordfyns Kommune", "Flextur i Lemvig Kommune ........ 5": a contents entry names its matter's
    # place, not the meeting's municipality
    found = [(position, named) for position, named in found if not is_contents_entry(nonblank[position].text)]
    # "i Roskilde, Lejre og Frederikssund Kommune": the last of several municipalities listed, none of them
    # the meeting's own
    listed = {code for position, named in found for code in listed_with_others(nonblank[position].text, named)}
    found = [(position, named) for position, named in found if named.info.code not in listed]
    if nonblank and (alone := municipality_named(nonblank[0].clean.strip(" .:|-–"))) is not None:
        return _ref(alone)  # "Kalundborg" alone on the first line: the publisher's name over its page
    formers = [
        (position, named, nonblank[position].start + named.start - top)
        for position, line in enumerate(nonblank)
        if position in naming_former
        for named in named_former(line.text)
        if nonblank[position].start + named.start - top < _HEADER_REACH
        and before_items(nonblank[position].start + named.start)
    ]
    # "et samarbejde mellem kommunen og Skive Kommune": the self's partner, neither the publisher nor the owner
    found = [
        (position, named)
        for position, named in found
        if not joined_with_the_self(nonblank[position].text, named.start, named.end)
    ]
    unknown_reach = not is_municipal_body(body) and not _MUNICIPAL_COUNCIL.match(body or "")
    if unknown_reach:
        # "sekretariat Torvegade 7, 8450 Hammel Favrskov Kommune": the municipality of a contact's address,
        # the host of a secretariat, not the owner of a body of unknown reach
        found = [(position, named) for position, named in found if not _in_address(nonblank[position].text, named)]
        # "Mødested: Vejle Kommune, mødelokale 2", "Sekretariatet Næstved Kommune": a body of unknown reach's host,
        # not its owner
        found = [
            (position, named) for position, named in found if not _in_meeting_place(nonblank[position].text, named)
        ]
        # "Til Silkeborg Kommune", "Samarbejde med Skive Kommune" in the first lines: an addressee or a partner, no
        # publisher of a body of unknown reach's minutes ("Referat fra Vejle Kommune" may be the publisher's own)
        found = [
            (position, named)
            for position, named in found
            if not _addressed_or_partnered(nonblank[position].text, named)
        ]
        # "Afbud: Vejle Kommune", "Vejle Kommune: Ole Berg, Lis Holm": a participant's, not a body of unknown reach's
        found = [
            (position, named)
            for position, named in found
            if not names_a_participant(nonblank[position].text, named.start, named.end)
        ]
    publisher = next(
        ((position, named) for position, named in found
         if position < 3 and at(position, named) < _PUBLISHER_REACH and named.how in ("kommune", "council")),
        None,
    )  # fmt: skip
    former_publisher = next(
        ((position, named, offset) for position, named, offset in formers
         if position < 3 and offset < _PUBLISHER_REACH and named.how == "kommune"),
        None,
    )  # fmt: skip
    if former_publisher and (publisher is None or former_publisher[2] < at(*publisher)):
        # "THYHOLM KOMMUNE. Økonomiudvalg, tirsdag den 9. november 2004": before the reform, that municipality
        # by its own name (none of today's: not the one it became part of, nor one its minutes name); from
        # 2007 on, the one it became part of
        return _former_ref(former_publisher[1].former, day)
    if publisher is not None:
        # the publisher's name heads the document: in its first three lines, and within its first
        # characters (a flattened page is one line: "X Kommune" deep in it names a participant's)
        return _ref(publisher[1].info)
    if unknown_reach:
        # a place ("Vejle Rådhus", "6000 Kolding") says where a body of unknown reach met, not whose it is
        found = [(position, named) for position, named in found if named.how in ("kommune", "council")]
    # "Milling Hotel Park, Viaduktvej 28, 5500 Middelfart": a postcode tells where the meeting was held, not whose
    found = [(position, named) for position, named in found if named.how != "postcode"]
    # "så vi kan modtage tilskud fra Hjørring Kommune": the municipality a matter comes from or goes to, not the owner
    found = [(position, named) for position, named in found if not named_as_a_party(nonblank[position].text, named)]
    distinct = {named.info.code for _, named in found}
    if len(distinct) == 1 and not listed:
        return _ref(found[0][1].info)
    own_formers = {named.former.code: named.former for _, named, _ in formers if named.how == "kommune"}
    if not distinct and len(own_formers) == 1 and before_reform(day) and is_municipal_body(body):
        # "Referat for Kommunalbestyrelsen torsdag den 24. juni 2004 … Spøttrup Kommune": the one municipality
        # before the reform a municipal body's header names, by its own name
        return _former_ref(next(iter(own_formers.values())), day)
    halls = {named.former.code: named.former for _, named, _ in formers if named.how == "rådhus"}
    if not distinct and len(halls) == 1 and is_municipal_body(body):
        # "Mødested: Rådhussalen, Juelsminde Rådhus": a former municipality's town hall, now its successor's
        return _former_ref(next(iter(halls.values())), day)
    return None


# what a line names a municipality by (``named_municipalities``: "Kommune", a council's word, "Rådhus", a postcode)
# and a former one (``named_former``: "Kommune", "Rådhus"), lower case; the letters a case-blind pattern also reads
# as "i", "s" or "k" make every line a candidate
_NAMING_WORDS = ("kommun", "byråd", "borgerrepræsentation", "magistrat", "rådhus")
_FORMER_WORDS = ("kommun", "rådhu")
_FOUR_DIGITS = re.compile(r"\d{4}")


def _lines_that_may_name(lines: list[Line]) -> tuple[set[int], set[int]]:
    """The positions of the lines that may name a municipality, and a former one: those holding a word each
    form needs, found by a few searches over the lines joined (a line without is spared its pattern passes)."""
    joined = "\n".join(line.text for line in lines)
    lower = joined.lower()
    if len(lower) != len(joined) or any(ch in joined for ch in CASE_BLIND_LOOKALIKES):
        every = set(range(len(lines)))
        return every, every
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line.text) + 1)

    def holding(words: tuple[str, ...]) -> set[int]:
        out: set[int] = set()
        for word in words:
            at = lower.find(word)
            while at >= 0:
                out.add(bisect_right(starts, at) - 1)
                at = lower.find(word, at + 1)
        return out

    digits = {bisect_right(starts, m.start()) - 1 for m in _FOUR_DIGITS.finditer(joined)}
    return holding(_NAMING_WORDS) | digits, holding(_FORMER_WORDS)


_ADDRESS_BEFORE = re.compile(r"\b\d{4}\s+[A-ZÆØÅ][\wæøå.-]*(?:\s+[A-ZÆØÅ][\wæøå.-]*)?[\s,]+$")  # "8450 Hammel "
_ADDRESS_REACH = 40


def _in_address(line: str, named: NamedMunicipality) -> bool:
    """ "… Torvegade 7, 8450 Hammel Favrskov Kommune": the name right after an address's postcode and town."""
    return bool(_ADDRESS_BEFORE.search(line[max(0, named.start - _ADDRESS_REACH) : named.start]))


# a meeting place's label with its value up to the name ("Mødested: ", "Sted: Rådhuset, ", "Lokale 2, "), or the
# secretariat a municipality hosts ("Sekretariatet Næstved Kommune", "sekretariat: ")
_ADDRESSED_BEFORE = re.compile(r"(?i)\b(?:til|med|mellem)[ \t]+$")


def _addressed_or_partnered(line: str, named: NamedMunicipality) -> bool:
    """ "Til Silkeborg Kommune", "Samarbejde med Skive Kommune": "X Kommune" right after "til", "med" or "mellem"."""
    return named.how == "kommune" and bool(_ADDRESSED_BEFORE.search(line[max(0, named.start - 8) : named.start]))


_HOST_BEFORE = re.compile(
    r"(?i)\b(?:" + "|".join(re.escape(key) for key in LABEL_KEYS["location"]) + r")\b\s*:?[^:\n]{0,60}$"
    r"|\bsekretariat(?:et)?\b\s*:?[^.:\n]{0,20}$"
)
_HOST_REACH = 80


def _in_meeting_place(line: str, named: NamedMunicipality) -> bool:
    """ "Mødested: Vejle Kommune", "Sted: Rådhuset, Holbæk Kommune", "Sekretariatet Næstved Kommune": the
    municipality that hosts a meeting or its body's secretariat."""
    return (
        bool(_HOST_BEFORE.search(line[max(0, named.start - _HOST_REACH) : named.start]))
        or names_a_host(line, named.start)
        or in_a_role_field(line, named.start)
    )


def hosts_or_addresses(text: str, start: int) -> bool:
    """Whether the "X Kommune" at ``start`` of ``text`` is a meeting place's or a secretariat's ("Mødested: Vejle
    Kommune", "Sekretariat: Horsens Kommune"), a contact's address's ("Torvegade 7, 8450 Hammel Favrskov Kommune")
    or named as a party ("Kopi til Horsens Kommune"): the host or a party, no owner of a body of unknown reach."""
    before = text[max(0, start - max(_HOST_REACH, _ADDRESS_REACH)) : start]
    return bool(
        _HOST_BEFORE.search(before[-_HOST_REACH:])
        or _ADDRESS_BEFORE.search(before[-_ADDRESS_REACH:])
        or after_a_party_word(text, start)
        or names_a_host(text, start)
        or in_a_role_field(text, start)
    )


_GENITIVE_THEN_NOUN = re.compile(r"\s+[a-zæøå]{3,}")
# "Roskilde, Lejre og ": names joined by commas and "og"/"eller" right before a "X Kommune"
_NAMES_BEFORE = re.compile(r"(?:[A-ZÆØÅ][\wæøå-]+(?:\s*,\s*|\s+(?:og|eller|samt)\s+))+$")
_LIST_REACH = 120  # characters before the mention a list of names is looked for in


_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:og|eller|samt)\b")


# "Lemvig Kommune, Struer Kommune og ", ", Struer Kommune og Holstebro Kommune": a list whose names each carry the
# word, before a "X Kommune" or after it
_FULL_NAME = r"[A-ZÆØÅ][\wæøå-]+(?:[ \t]+[A-ZÆØÅ][\wæøå-]+)?[ \t]+(?:[Kk]ommune|KOMMUNE)"
_SEPARATOR = r"(?:[ \t]*,[ \t]*|[ \t]+(?:og|eller|samt)[ \t]+)"
_FULL_NAMES_BEFORE = re.compile(rf"(?:{_FULL_NAME}{_SEPARATOR})+$")
_FULL_NAMES_AFTER = re.compile(rf"(?:{_SEPARATOR}{_FULL_NAME}\b)+")


def listed_with_others(line: str, named: NamedMunicipality) -> set[str]:
    """The codes of the mention and of the municipalities named in a list right before it ("Roskilde,
    Lejre og Frederikssund Kommune"), or, for a "X Kommune", in a list of names each with the word around it
    ("Lemvig Kommune, Struer Kommune og Holstebro Kommune"), when the list names another; else none."""
    names: list[str] = []
    window = line[max(0, named.start - _LIST_REACH) : named.start]
    before = _NAMES_BEFORE.search(window)
    if before is not None:
        names += _LIST_SEPARATOR.split(before[0])
    if named.how == "kommune":
        full_before = _FULL_NAMES_BEFORE.search(window)
        full_after = _FULL_NAMES_AFTER.match(line, named.end)
        for run in (full_before, full_after):
            if run is not None:
                names += [_without_the_word(part) for part in _LIST_SEPARATOR.split(run[0])]
    codes = {info.code for name in names if (info := _named(name.strip())) is not None}
    return codes | {named.info.code} if codes - {named.info.code} else set()


def _without_the_word(part: str) -> str:
    """ "Struer Kommune" -> "Struer": a listed name without its word."""
    return part[: -len("kommune")].rstrip() if part.lower().endswith("kommune") else part


def _named(name: str) -> MunicipalityInfo | None:
    """The municipality a listed name is, or its last word ("Fælleserklæring Holstebro": a heading's word before)."""
    return municipality_named(name) or (municipality_named(name.split()[-1]) if " " in name else None)


def _told_of(line: str, named: NamedMunicipality) -> bool:
    """ "Favrskov kommunes erfaringer": a municipality's genitive before a common noun."""
    return line[named.start : named.end].lower().endswith("kommunes") and bool(
        _GENITIVE_THEN_NOUN.match(line, named.end)
    )


def _led_by_municipality(body: str) -> MunicipalityInfo | None:
    """ "Fredensborg Seniorråd", "Rudersdal Ældreråd", "Lyngby-Taarbæk Handicapråd": a council every
    municipality has by law, or one of its committees, named with its municipality's name first."""
    words = body.split()
    for size in (1, 2):
        if len(words) <= size:
            break
        rest = " ".join(words[size:])
        if not (_MUNICIPAL_COUNCIL.match(rest) or is_municipal_body(rest)):
            continue
        info = municipality_named(" ".join(words[:size]))
        if info is not None:
            return info
    return None


def _former_ref(former: FormerMunicipality, day: date | None) -> MunicipalityRef:
    """A former municipality's meeting: before the reform, that municipality by its own name and code (none of
    today's); from 2007 on, or undated, the municipality it became part of."""
    if before_reform(day):
        return MunicipalityRef(name=former.name, code=former.code)
    return _ref(former.successor)


def _ref(info: MunicipalityInfo) -> MunicipalityRef:
    return MunicipalityRef(name=info.name, code=info.code)


def placed_in(location: str | None, body: str | None, day: date | None) -> MunicipalityRef | None:
    """ "Mødested: Hvidovre", "Sted: Byrådssalen, Tønder": a municipal body's meeting place given as its
    municipality's name alone (one part of the place), from the 2007 reform on."""
    if not location or before_reform(day) or not is_municipal_body(body):
        return None
    named = {
        info.code: info for part in location.split(",") if (info := municipality_named(part.strip(" ."))) is not None
    }
    return _ref(next(iter(named.values()))) if len(named) == 1 else None
