"""One row per person from all the attendance forms: one spelling per person, whom an unnamed substitute
stood in for, a substitute outranking an absence and an absence a member list; per-item absences kept."""

from __future__ import annotations

import re

from graphbuild.models import Attendance
from graphbuild.parse.attendance_rows import Row
from graphbuild.vocab.item_order import item_number_key
from graphbuild.vocab.person_names import fuller_spellings, same_person
from graphbuild.vocab.reference import last_names

_RANK = {"present": 0, "absent": 1, "substitute": 2}


def _rank(row: Row) -> float:
    """A substitute outranks an absence, an absence a member list; one who came late ("Lis Holm (ankom kl.
    17.30)") outranks the apology they sent."""
    return 1.5 if row.late and row.status == "present" else _RANK[row.status]


def name_key(name: str) -> str:
    return " ".join(name.lower().split())


def one_row_per_person(rows: list[Row]) -> list[Attendance]:
    """One row per person: a substitute outranks an absence, an absence a member list; a per-item
    absence keeps the person present with the items they missed."""
    best: dict[str, Row] = {}
    missed: dict[str, list[str]] = {}
    order: list[str] = []
    for row in rows:
        row.name = _rejoined(row.name)
        row.for_ = _rejoined(row.for_) if row.for_ else row.for_
    rows = _pair_substitutes(_one_spelling(rows))
    for row in rows:
        key = name_key(row.name)
        if row.absent_items:
            missed.setdefault(key, [])
            missed[key] += [n for n in row.absent_items if n not in missed[key]]
        if key not in best:
            best[key] = row
            order.append(key)
            continue
        held = best[key]
        if row.per_item and not held.per_item:
            continue
        if _rank(row) > _rank(held) or (held.per_item and not row.per_item):
            row.for_ = row.for_ or (held.for_ if held.status == row.status else None)
            row.party = row.party or held.party
            row.role = row.role or held.role  # a member listed, then absent, keeps the list's role
            best[key] = row
        elif row.status == held.status:
            held.for_ = held.for_ or row.for_
            held.party = held.party or row.party
            held.role = held.role or row.role
        elif held.status == "absent" and row.status == "present":
            held.role = held.role or row.role  # absent, then in the member list: keeps the list's role
    out = []
    for key in order:
        row = best[key]
        items = missed.get(key, []) if row.status == "present" else []
        out.append(
            Attendance(
                name=row.name,
                status=row.status,
                for_=row.for_ if row.status == "substitute" else None,
                party=row.party,
                role=row.role,
                absent_items=sorted(items, key=item_number_key),
                start=row.start,
                end=row.end,
            )
        )
    return out


# a word a PDF's line break hyphenated, the hyphen left in the flattened text: "Knud Lar-sen" (a double surname's
# second part keeps its capital: "Hess-Nielsen")
_BROKEN_WORD = re.compile(r"(?<=[a-zæøå])-(?=[a-zæøå])")


def _rejoined(name: str) -> str:
    name = _BROKEN_WORD.sub("", name) if "-" in name else name
    tokens = name.split()
    if len(tokens) >= 3 and _DEFINITE_NOUN.fullmatch(tokens[-1]) and tokens[-1] not in last_names():
        # "Kim Valentin Politidirektøren", "Christian Ulrich Landbruget" (flattened): a title or a body in the
        # definite run on after the name is no surname
        return " ".join(tokens[:-1])
    return name


# a noun in the definite form: a title ("Politidirektøren", "Formanden") or a body ("Landbruget", "Sekretariatet")
_DEFINITE_NOUN = re.compile(
    r"[A-ZÆØÅ][a-zæøå]*(?:(?:direktør|chef|leder|konsulent|redaktør|sekretær|koordinator|formand)en|"
    r"(?:rådet|udvalget|sekretariatet|bruget|selskabet|forbundet|centret|centeret|museet|ministeriet))"
)


def _one_spelling(rows: list[Row]) -> list[Row]:
    """Rows of one person under two spellings take the spelling with fewer initials (its span too), and a
    first and last name the one longer name with both."""
    by_first: dict[str, dict[str, Row]] = {}
    for row in rows:
        by_first.setdefault(row.name.split()[0], {}).setdefault(row.name, row)
    first_row = {name: row for group in by_first.values() for name, row in group.items()}
    canonical = {name: first_row[other] for name, other in fuller_spellings(first_row).items()}
    for group in by_first.values():
        for name in group:
            # "Flemming Trojel (V) er indkaldt som stedfortræder" for "Flemming Valdemar Trojel" in the member
            # list: a first and last name with another status elsewhere in the text is the one longer name of
            # the rows with both, middle names dropped ("Michael Larsen, Michael Seiding Larsen" in one list
            # are two members)
            tokens, short = name.split(), group[name]
            if len(tokens) > 2 and "." not in name and name not in canonical:
                # "Bente Gertz Hansn" in the absent list for "Bente Gertz Hansen" in the member list: a name
                # misspelt with another status is the one spelt first
                earlier = [
                    row for other, row in group.items()
                    if row.start < short.start and row.status != short.status and "." not in other
                    and other not in canonical and same_person(other, name)
                ]  # fmt: skip
                if earlier:
                    canonical[name] = earlier[0]
                continue
            if len(tokens) != 2 or "." in name:
                continue
            longer = [row for other, row in group.items() if len(other.split()) > 2 and other.split()[-1] == tokens[-1]]
            if (
                len(longer) == 1
                and longer[0].status != short.status
                and (abs(longer[0].start - short.start) > 300 or _initials_between(longer[0].name))
            ):
                # "Walter G. Christophersen (O)" in the member list, "Fraværende med afbud: Walter Christophersen
                # (O)" under the first item: a middle initial dropped is the one member, however near
                canonical[name] = longer[0]
    for row in rows:
        for name_attr in ("name", "for_"):
            value = getattr(row, name_attr)
            if value in canonical:
                target = canonical[value]
                setattr(row, name_attr, target.name)
                if name_attr == "name":
                    row.start, row.end = target.start, target.end
    return rows


_INITIAL = re.compile(r"[A-ZÆØÅ]\.?")


def _initials_between(name: str) -> bool:
    """The words between a name's first and last are initials only ("Walter G. Christophersen", "Vagn E Larsen")."""
    middle = name.split()[1:-1]
    return bool(middle) and all(_INITIAL.fullmatch(word) for word in middle)


def _pair_substitutes(rows: list[Row]) -> list[Row]:
    """Whom a substitute stood in for where a sentence gave only a first name ("Anns suppleant"), then
    ``_pair_unnamed``."""
    absent_names = {r.name for r in rows if r.status == "absent"}
    unnamed: list[Row] = []
    for row in rows:
        if row.status == "substitute" and row.for_ and " " not in row.for_:
            # "deltog som Anns suppleant": the one absent member of that first name, else no one (and no other
            # absent member paired with the substitute below)
            named = {name for name in absent_names if name.split()[0] == row.for_}
            if len(named) == 1:
                row.for_ = named.pop()
            else:
                unnamed.append(row)
    _pair_unnamed(rows)
    for row in unnamed:
        row.for_ = None
    return rows


def _pair_unnamed(rows: list[Row]) -> None:
    """A substitute list with no one named as stood in for, and exactly as many absences without a
    substitute: paired in order (one "Afbud:" and one "Stedfortrædere:", or three and three)."""
    subs = [r for r in rows if r.status == "substitute" and not r.for_]
    if not subs:
        return
    covered = {name_key(r.for_) for r in rows if r.status == "substitute" and r.for_}
    sub_keys = {name_key(r.name) for r in rows if r.status == "substitute"}
    absent: list[Row] = []
    for r in rows:
        key = name_key(r.name)
        if r.status == "absent" and key not in covered | sub_keys and all(name_key(a.name) != key for a in absent):
            absent.append(r)
    unique_subs: list[Row] = []
    for r in subs:
        if all(name_key(u.name) != name_key(r.name) for u in unique_subs):
            unique_subs.append(r)
    pairs = _by_party(unique_subs, absent)
    unique_subs = [s for s in unique_subs if name_key(s.name) not in pairs]
    absent = [a for a in absent if a.name not in pairs.values()]
    if len(unique_subs) == len(absent):
        pairs |= {name_key(s.name): a.name for s, a in zip(unique_subs, absent, strict=True)}
    for r in subs:
        r.for_ = pairs.get(name_key(r.name))


def _party(row: Row) -> str:
    return " ".join((row.party or "").upper().split())


def _by_party(subs: list[Row], absent: list[Row]) -> dict[str, str]:
    """A stand-in comes from the absent member's own list: a substitute whose party (or municipality) is the
    one absence's of that party, no other substitute of it, stands in for that member ("Fraværende: Jens
    Hansen (A), Lise Jensen (V)" and "Stedfortræder: Ole Berg (V)")."""
    pairs: dict[str, str] = {}
    for sub in subs:
        party = _party(sub)
        if not party or sum(1 for other in subs if _party(other) == party) != 1:
            continue
        same = [a for a in absent if _party(a) == party]
        if len(same) == 1:
            pairs[name_key(sub.name)] = same[0].name
    return pairs
