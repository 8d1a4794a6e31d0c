"""Scores parse + extract on the real-document corpus (tests/realworld/) per split: date, body,
municipality (wrong counted apart from missing), items and attendance recall; roles ((person, role)
pairs; `roles: target` those also held where the gold says) and memberships ((member, network) pairs), recall
and precision. The test split's totals are printed only for the coordinator, who merges
(KOMMUNEGRAF_COORDINATOR=1); nobody reads its documents through this.

    python -m benchmarks.realworld                # the table: dev (and test for the coordinator)
    python -m benchmarks.realworld --misses       # also what each dev-write document missed
    python -m benchmarks.realworld --json         # totals per split, group, group/body and split/form, as JSON
    python -m benchmarks.realworld --no-urls      # text only: the documents' web addresses not given
    python -m benchmarks.realworld --groups       # totals per working group: dev-write, dev-check, test
    python -m benchmarks.realworld --by-body      # … and per group, by whether the gold names a meeting's body
    python -m benchmarks.realworld --misses --hold-out tests/realworld/batches/B.txt   # B's misses never printed

The working groups (benchmarks.realworld_sources.group_of): rule writers read dev-write documents and their
misses; dev-check is their own held-out check, scored by totals only; test is scored by the coordinator
before a merge and never read. ``--misses`` lists dev-write documents only, with or without ``--groups``, and
never those of the ``--hold-out`` batches (a batch collected while rules are written stays unread until its
first run is recorded).

Each document is read as a user's folder would be: tests/realworld/sources.csv is the folder's manifest,
so read_source finds each document's address there (its ``file`` and ``url`` columns) and the pipeline
may use the address (the publisher's municipality); ``--no-urls`` reads the text alone.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.realworld_sources import CORPUS, group_of, split_of
from graphbuild.extract import extract_facts
from graphbuild.extract.core import failures_of
from graphbuild.parse import parse_meeting
from graphbuild.sources import read_source
from graphbuild.vocab.gazetteer import lookup_alias
from graphbuild.vocab.ids import normalise
from graphbuild.vocab.municipality_names import municipality_named

COORDINATOR = os.environ.get("KOMMUNEGRAF_COORDINATOR") == "1"

# the fields the scorer reports, in the order the reports list them
REPORTED_FIELDS = (
    "items",
    "items precision",
    "outcomes",
    "date",
    "body",
    "kind",
    "municipality",
    "municipality wrong",
    "attendance",
    "attendance: present",
    "attendance: absent",
    "attendance: substitute",
    "attendance precision",
    "stands in for",
    "roles",
    "roles: titled",
    "roles: medlem",
    "roles: target",
    "roles precision",
    "memberships",
    "memberships precision",
    "persons",
    "persons precision",
    "adoptions",
    "adoptions precision",
    "steps failed",
)


def _same_name(expected: str | None, found: str | None) -> bool:
    """One name's words all among the other's ("Økonomiudvalget" is "Økonomiudvalget i Holbæk"), or two
    names of one known body. Whole words only: "kl" is not "klimaudvalget", "udvalget" not "miljøudvalget"."""
    if not expected or not found:
        return False
    a, b = _content_words(expected), _content_words(found)
    return (bool(a and b) and (_words_within(a, b) or _words_within(b, a))) or _same_known_body(expected, found)


# the README's body rule names a board or general meeting "X's bestyrelse" or "<Owner>, bestyrelsen": one body, so
# "Kulturchefforeningens bestyrelse" is "Kulturchefforeningen, bestyrelsen" (the genitive's "s" dropped)
_OWNERS_GENITIVE = re.compile(r"\b(\w{3,})s (?=(?:bestyrelse|generalforsamling)(?:en|n)?\b)")


def _same_body(expected: str | None, found: str | None) -> bool:
    """``_same_name``, an owner's genitive before its board's or general meeting's word read as the owner."""
    if _same_name(expected, found):
        return True
    if not expected or not found:
        return False
    return _same_name(_OWNERS_GENITIVE.sub(r"\1 ", normalise(expected)), _OWNERS_GENITIVE.sub(r"\1 ", normalise(found)))


# words that link a body to its owner: "Bestyrelsen for Sydtrafik", "Bestyrelsen i Sydtrafik" and "Sydtrafiks
# bestyrelse" name one body (the genitive's "s" is a word of its own after normalise: "nt s bestyrelse")
_LINKING_WORDS = frozenset({"i", "for", "af", "ved", "på", "paa", "til", "s"})


def _content_words(name: str) -> list[str]:
    words = normalise(name).split()
    return [w for w in words if w not in _LINKING_WORDS] or words


_DEFINITE_ENDINGS = ("n", "en", "et", "t", "ne")


def _same_word(a: str, b: str) -> bool:
    """Equal, or one the other with a definite ending ("bestyrelse"/"bestyrelsen", "udvalg"/"udvalget")."""
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short) and long[len(short) :] in _DEFINITE_ENDINGS)


def _words_within(few: list[str], many: list[str]) -> bool:
    return all(any(_same_word(w, m) for m in many) for w in few)


def _same_outcome(found: str, expected: str) -> bool:
    """The gold's "none" (no decision recorded, as on an agenda) is the model's "proposed" or "none"."""
    return found == expected or (expected == "none" and found == "proposed")


def _same_known_body(expected: str, found: str) -> bool:
    """Two names of one body the gazetteer knows ("KD-Net" is "kommunaldirektørnetværket i ...")."""
    known_expected, known_found = lookup_alias(expected), lookup_alias(found)
    return known_expected is not None and known_found is not None and known_expected.id == known_found.id


def _title_words(title: str | None) -> set[str]:
    """A title's words that tell it from another ("af", "og", "til" tell nothing)."""
    return {w for w in normalise(title or "").split() if len(w) > 1 and w not in _TITLE_FILLERS}


_TITLE_FILLERS = frozenset(
    {"af", "og", "til", "for", "om", "med", "fra", "ved", "på", "paa", "en", "et", "den", "det", "de", "samt", "i"}
)


def _title_overlap(gold_title: str | None, found_title: str | None) -> float:
    """Dice overlap of two titles' words: 1 for the same words, 0 for none shared."""
    a, b = _title_words(gold_title), _title_words(found_title)
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _paired_by_title(
    golds: list[int], founds: list[int], gold_items: list[dict[str, Any]], items: list[Any]
) -> dict[int, int]:
    """Gold index -> found index among items that share a repeated number: the best title overlap first,
    each item paired once; an item whose title shares no word with any left is paired with none."""
    scored = sorted(
        (-overlap, g, f)
        for g in golds
        for f in founds
        if (overlap := _title_overlap(gold_items[g].get("title"), items[f].title)) > 0
    )
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _score, g, f in scored:
        if g not in pairs and f not in used:
            pairs[g] = f
            used.add(f)
    return pairs


def _matching_item(gold_item: dict[str, Any], items: list[Any], taken: set[int]) -> Any | None:
    """The free found item that is this gold item: by number, else by title at word starts (a found "Sag"
    is not the gold's "Sagsbehandling af …"); an item the text prints with neither (its heading lost) is the
    next free found item that has neither either, in order."""
    free = [item for item in items if id(item) not in taken]
    if not gold_item.get("number") and not (gold_item.get("title") or "").strip():
        return next((item for item in free if not item.number and not (item.title or "").strip()), None)
    if gold_item.get("number"):
        return next((i for i in free if i.number == gold_item["number"]), None)
    if wanted := normalise(gold_item.get("title") or "")[:40]:
        return next(
            (
                item
                for item in free
                if (title := normalise(item.title or ""))
                and (f" {wanted}" in f" {title}" or f" {title[:40]} " in f" {wanted} ")
            ),
            None,
        )
    return None


def paired_items(gold_items: list[dict[str, Any]], items: list[Any]) -> list[Any | None]:
    """The found item each gold item is (None where none is), each found item paired with one gold item at
    most: a title run together from three contents entries is one item found, not three. A number printed
    once among the gold and once among the found items pairs them; a number repeated on either side (a list
    that lost its numbering prints every item "1.") pairs the items that share it by title, the best overlap
    first; an unnumbered gold item pairs by title at word starts. A found item paired with none is an extra."""
    gold_at: dict[str, list[int]] = defaultdict(list)
    found_at: dict[str, list[int]] = defaultdict(list)
    for g, gold_item in enumerate(gold_items):
        if gold_item.get("number"):
            gold_at[gold_item["number"]].append(g)
    for f, item in enumerate(items):
        if item.number:
            found_at[item.number].append(f)
    by_title: dict[int, int] = {}
    for number, golds in gold_at.items():
        founds = found_at.get(number, [])
        if founds and (len(golds) > 1 or len(founds) > 1):
            by_title.update(_paired_by_title(golds, founds, gold_items, items))
    repeated = {
        g for number, golds in gold_at.items() for g in golds if len(golds) > 1 or len(found_at.get(number, [])) > 1
    }
    taken = {id(items[f]) for f in by_title.values()}
    paired: list[Any | None] = []
    for g, gold_item in enumerate(gold_items):
        if g in repeated:
            paired.append(items[by_title[g]] if g in by_title else None)
            continue
        found = _matching_item(gold_item, items, taken)
        if found is not None:
            taken.add(id(found))
        paired.append(found)
    return paired


def score_document(
    gold: dict[str, Any], misses: list[str] | None = None, facts: Any = None, *, addresses: bool = True
) -> dict[str, tuple[int, int]]:
    """field -> (right, expected); 'municipality wrong' counts a wrong value where one was expected or none.
    When `misses` is given, a line per miss is appended to it. `facts`: the document's facts when the
    caller read it otherwise (flattened by script), else read from its file; with `addresses` its web
    address from the corpus's manifest, as a user's folder gives it."""
    if facts is None:
        facts = extract_facts(parse_meeting(read_source(CORPUS / gold["file"], addresses=addresses)))
    out: dict[str, tuple[int, int]] = {}
    miss = misses.append if misses is not None else (lambda _line: None)
    # a step that raised is noted, not raised: its document's scores fall without an error in sight
    failed = failures_of(list(getattr(facts, "errors", [])))
    out["steps failed"] = (int(bool(failed)), 1)
    for note in failed:
        miss(f"step failed: {note}")
    # kind: referat or dagsorden for minutes and agendas; none (no meeting) for news and web pages
    expected_kind = gold["kind"] if gold["kind"] in ("referat", "dagsorden") else None
    out["kind"] = (int(facts.kind == expected_kind), 1)
    if not out["kind"][0]:
        miss(f"kind: expected {expected_kind}, found {facts.kind}")
    if gold["kind"] in ("referat", "dagsorden"):
        if gold.get("date"):
            out["date"] = (int((facts.start or "")[:10] == gold["date"]), 1)
            if not out["date"][0]:
                miss(f"date: expected {gold['date']}, found {facts.start}")
        if gold.get("body"):
            out["body"] = (int(_same_body(gold["body"], facts.body)), 1)
            if not out["body"][0]:
                miss(f"body: expected {gold['body']!r}, found {facts.body!r}")
        found = facts.municipality.name if facts.municipality else None
        expected = gold.get("municipality")
        if expected:
            out["municipality"] = (int(_same_name(expected, found)), 1)
        out["municipality wrong"] = (int(found is not None and not _same_name(expected, found)), 1)
        if (expected or found) and not _same_name(expected, found):
            miss(f"municipality: expected {expected!r}, found {found!r}")
        hits = outcome_hits = outcome_expected = 0
        paired = paired_items(gold.get("items", []), facts.items)
        for gold_item, item in zip(gold.get("items", []), paired, strict=True):
            hits += item is not None
            if item is None:
                miss(f"item missed: {gold_item.get('number')} {gold_item.get('title')!r}")
            if not gold_item.get("from_contents") and gold_item.get("outcome"):
                outcome_expected += 1
                right = item is not None and _same_outcome(item.outcome, gold_item["outcome"])
                outcome_hits += right
                if item is not None and not right:
                    miss(f"outcome of {gold_item.get('number')}: expected {gold_item['outcome']}, found {item.outcome}")
        out["items"] = (hits, len(gold.get("items", [])))
        # precision from the pairing itself: an extra is a found item no gold item paired with, whatever its number
        paired_ids = {id(item) for item in paired if item is not None}
        out["items precision"] = (len(paired_ids), len(facts.items))
        out["outcomes"] = (outcome_hits, outcome_expected)
        for item in facts.items:
            if id(item) not in paired_ids:
                miss(f"item not in gold: {item.number} {(item.title or '')[:60]!r}")
        people = {(normalise(a.name), a.status) for a in facts.attendance}
        attendance = gold.get("attendance", [])
        out["attendance"] = (sum((normalise(a["name"]), a["status"]) in people for a in attendance), len(attendance))
        for status in ("present", "absent", "substitute"):  # recall per status
            rows = [a for a in attendance if a["status"] == status]
            out[f"attendance: {status}"] = (sum((normalise(a["name"]), status) in people for a in rows), len(rows))
        for row in attendance:
            if (normalise(row["name"]), row["status"]) not in people:
                miss(f"attendance missed: {row['name']} {row['status']}")
        wanted = {(normalise(a["name"]), a["status"]) for a in attendance}
        # every row found counts, also where the gold lists none (an agenda's summoned members are no rows)
        right_rows = sum((normalise(a.name), a.status) in wanted for a in facts.attendance)
        out["attendance precision"] = (right_rows, len(facts.attendance))
        stand_ins = {normalise(a.name): normalise(a.for_ or "") for a in facts.attendance if a.status == "substitute"}
        substitutes = [a for a in attendance if a["status"] == "substitute" and a.get("for")]
        out["stands in for"] = (
            sum(stand_ins.get(normalise(a["name"])) == normalise(a["for"]) for a in substitutes),
            len(substitutes),
        )
        for found_row in facts.attendance:
            if (normalise(found_row.name), found_row.status) not in wanted:
                miss(f"attendance not in gold: {found_row.name} {found_row.status}")
    else:  # a page that is no meeting has no items: every item found is wrong
        out["items precision"] = (0, len(facts.items))
        for item in facts.items:
            miss(f"item not in gold (no meeting): {item.number} {(item.title or '')[:60]!r}")
    out.update(_roles_and_memberships(gold, facts, miss))
    out.update(_persons_and_adoptions(gold, facts, miss))
    return out


def _persons_and_adoptions(gold: dict[str, Any], facts: Any, miss: Any) -> dict[str, tuple[int, int]]:
    """persons: the gold's natural persons found as Person entities, by their normalised names;
    adoptions: (municipality, initiative) pairs, the initiative by any of its names. Recall, and
    precision as `… precision`."""
    people = {normalise(e.name) for e in facts.entities if e.type == "Person"}
    wanted = {normalise(name) for name in gold.get("persons", [])}
    for name in sorted(wanted - people):
        miss(f"person missed: {name}")
    for name in sorted(people - wanted):
        miss(f"person not in gold: {name}")
    expected = [(a["municipality"], a["initiative"]) for a in gold.get("adoptions", [])]
    return {
        "persons": (len(wanted & people), len(wanted)),
        "persons precision": (len(wanted & people), len(people)),
        **_scored_pairs("adoptions", expected, _named_ends(facts, "ADOPTED"), _same_pair, miss),
    }


def _named_ends(facts: Any, rel_type: str) -> list[tuple[str, list[str]]]:
    """(source's name, target's names) of each relation of ``rel_type``."""
    entities = {e.id: e for e in facts.entities}
    return [
        (entities[r.source].name, [entities[r.target].name, *entities[r.target].aliases])
        for r in facts.relations
        if r.type == rel_type and r.source in entities and r.target in entities
    ]


def _scored_pairs(
    field: str, expected: list[Any], found: list[Any], match: Callable[[Any, Any], bool], miss: Any
) -> dict[str, tuple[int, int]]:
    """Recall (``field``) and precision (``field precision``) of pairs, a line per miss."""
    hits = [g for g in expected if any(match(g, f) for f in found)]
    right = [f for f in found if any(match(g, f) for g in expected)]
    for g in expected:
        if g not in hits:
            miss(f"{field} missed: {g[0]} / {g[1]}")
    for f in found:
        if f not in right:
            miss(f"{field} not in gold: {f[0]} / {f[1][0] if isinstance(f[1], list) else f[1]}")
    return {field: (len(hits), len(expected)), f"{field} precision": (len(right), len(found))}


# Abbreviations of role words as minutes and annotators write them: "adm. direktør" is
# "administrerende direktør" whichever of the two the gold or the extractor wrote.
_ROLE_ABBREVIATIONS = {
    "adm": "administrerende",
    "kst": "konstitueret",
    "konst": "konstitueret",
    "fmd": "formand",
    "nfm": "næstformand",
    "næstfmd": "næstformand",
}


def _words(role: str | None) -> set[str]:
    words = normalise(role or "").split()
    return {_ROLE_ABBREVIATIONS.get(w, w) for w in words if not w.isdigit()}


def _same_role(expected: str | None, found: str | None) -> bool:
    """One role's words within the other's: "direktør" is "administrerende direktør", "medlem" is
    "medlem af repræsentantskabet"; "formand" is not "næstformand"."""
    a, b = _words(expected), _words(found)
    return bool(a and b) and (a <= b or b <= a)


def _is_member_row(role: str | None) -> bool:
    """A gold role that is membership of a body ("medlem", "medlem af repræsentantskabet"), not a title."""
    words = normalise(role or "").split()
    return bool(words) and words[0] == "medlem"


def _member_key(name: str | None) -> str:
    """A member by its municipality's official name where it is one, in any spelling ("Nordfyn" and
    "Nordfyns Kommune" are one member), else by its folded name."""
    text = name or ""
    info = municipality_named(text) or municipality_named(text + "s")
    return normalise(info.name) if info else normalise(text).removesuffix(" kommune")


def _same_pair(expected: tuple[str, str], found: tuple[str, list[str]]) -> bool:
    """(municipality, network or initiative) pairs: the municipality by name, the other by any of its names."""
    return _member_key(expected[0]) == _member_key(found[0]) and any(_same_name(expected[1], n) for n in found[1])


# words a role's target may carry or leave out and still name one body: "Holbæk Kommune" is "Holbæk"
_TARGET_NOISE = frozenset({"kommune", "kommunes"})
# a municipality's council by its name ("Holbæk Byråd"): a body of the municipality, not the municipality
_COUNCIL_WORDS = frozenset({"byraad", "byraadet", "kommunalbestyrelse", "kommunalbestyrelsen"})


# a municipality the extractor adds to a municipal body's name to tell it from another's: "Seniorrådet (Hørsholm)"
_QUALIFIER = re.compile(r"\s*\(([^()]+)\)\s*$")


def _target_words(name: str) -> list[str]:
    """A target's folded words (case, hyphens and punctuation aside), "kommune"/"kommunes" and the linking
    words left out ("Bestyrelsen for Sydtrafik" is "Bestyrelsen i Sydtrafik"), a trailing municipality in
    brackets too ("Seniorrådet (Hørsholm)" is "Seniorrådet")."""
    qualifier = _QUALIFIER.search(name)
    if qualifier and qualifier.start() > 0 and municipality_named(qualifier.group(1)) is not None:
        name = name[: qualifier.start()]
    words = [w for w in normalise(name).split() if w not in _TARGET_NOISE]
    return [w for w in words if w not in _LINKING_WORDS] or words


def _municipality_code(name: str) -> str | None:
    """The code of the municipality a target is, in any spelling ("Københavns Kommune", "København"), else None.
    A municipality's council ("Holbæk Byråd") is a body of it, not the municipality."""
    words = _target_words(name)
    if not words or words[-1] in _COUNCIL_WORDS:
        return None
    info = municipality_named(" ".join(words))
    return info.code if info is not None else None


# a board's word: "Bestyrelsen for Movia", "Movia, bestyrelsen", "Movias bestyrelse" are Movia's board, and a post
# on a board is held in the organisation it governs (the roles annotation log's board convention)
_BOARD_WORDS = frozenset({"bestyrelse", "bestyrelsen"})
# an owner's genitive "s" before its board's word ("Movias bestyrelse"), 3 letters of name before it at least
_GENITIVE_OWNER = re.compile(r"^(\w{3,})s$")
# a board's word compounded with its owner's, the joining "s" left out: "ungdomsskolebestyrelsen", "skolebestyrelse"
_COMPOUND_BOARD = re.compile(r"^(\w{4,}?)s?bestyrelsen?$")


# a body of an organisation by its kind's word: a general meeting ("Generalforsamlingen i X", "X, generalforsamlingen",
# "X's generalforsamling" are X's general meeting in three word orders; the body field's `_same_body` reads them
# alike), an annual meeting, a council of representatives, an executive committee, a chairmanship, a steering group,
# a directorate — X's body in any word order, and never X itself (the roles annotation log's sub-body convention)
_SUB_BODY_WORDS = (
    "generalforsamling",
    "aarsmoede",
    "repraesentantskab",
    "forretningsudvalg",
    "formandskab",
    "styregruppe",
    "direktion",
)


def _is_sub_body_word(word: str) -> bool:
    return any(_same_word(kind, word) for kind in _SUB_BODY_WORDS)


def _sub_body_first(words: list[str]) -> list[str] | None:
    """An owner's body of a kind in `_SUB_BODY_WORDS` written owner first ("X, generalforsamlingen", "Xs
    generalforsamling", "KL's formandskab") in the order the body's word first: "generalforsamlingen X"; None for any
    other target."""
    if len(words) < 2 or not _is_sub_body_word(words[-1]):
        return None
    owner = words[:-1]
    genitive = _GENITIVE_OWNER.match(owner[-1])
    if genitive:
        owner = [*owner[:-1], genitive.group(1)]
    return [words[-1], *owner]


# a body's kind by the end of its word: a council ("Idrætsrådet"), a committee, a board, a tribunal, a commission,
# a forum, a group — the word that names what a body is, where an owner's or a place's name does not
_BODY_KIND_ENDINGS = re.compile(
    r"(raad|udvalg|bestyrelse|naevn|kommission|forum|gruppe|komite|forsamling|skab|moede|direktion)(et|en|n)?$"
)


def _own_body(words: list[str], own_body: str | None) -> tuple[str, bool] | None:
    """The document's body as one side read it (`own_body`) where that side's target is the body's kind word alone
    ("Bestyrelsen", "Styregruppen", "Idrætsrådet") and the body names more than that word, an owner or a place
    ("Bestyrelsen for X", "UU Nordvestjyllands styregruppe", "Rudersdal Idrætsråd"): a body's word alone in its own
    minutes is that body. With whether that reading replaces the word's own: a board's or an organisation's sub-body's
    word alone ("Bestyrelse", "Generalforsamling") names no particular body, a council's or a committee's
    ("Idrætsrådet") still names itself. None where the side read no body, or one that is that word alone or with a
    term ("Folkeoplysningsudvalget (18-21)": nothing known of its owner)."""
    if not own_body or len(words) != 1 or not _BODY_KIND_ENDINGS.search(words[0]):
        return None
    body = [w for w in _target_words(own_body) if not any(c.isdigit() for c in w)]
    if len(body) < 2 or not (_same_word(words[0], body[0]) or _same_word(words[0], body[-1])):
        return None
    return own_body, words[0] in _BOARD_WORDS or _is_sub_body_word(words[0])


def _target_readings(name: str, own_body: str | None = None) -> list[list[str]]:
    """A target's words (`_target_words`), and, when it names an organisation's board ("Bestyrelsen for X",
    "Bestyrelsen (X)", "X, bestyrelsen", "X's bestyrelse", "Xs bestyrelse"), the organisation's words too: the
    board and its organisation are one target. Only the word "bestyrelse(n)" itself, first or last: a committee,
    a council or a general meeting of X is not X, nor is a municipality's board (its council) the municipality;
    and a board's word compounded with its owner's, as a target's one word ("Ungdomsskolebestyrelsen": Ungdomsskolen's
    board; never "Kommunalbestyrelsen", a council). An owner's general meeting, council of representatives,
    executive committee, chairmanship or steering group in any word order (`_sub_body_first`), never the owner.
    A body by its kind's word alone ("Bestyrelsen") in the minutes of a body of that kind that names more
    (`own_body`, "Bestyrelsen for X", as the side read the document's body) is that body: the document's own."""
    words = _target_words(name)
    owned = _own_body(words, own_body)
    if owned is not None:
        body, replaces = owned
        return _target_readings(body) + ([] if replaces else [words])
    readings = [words]
    sub_body_first = _sub_body_first(words)
    if sub_body_first is not None:
        return [*readings, sub_body_first]
    compound = _COMPOUND_BOARD.match(words[0]) if len(words) == 1 and words[0] not in _COUNCIL_WORDS else None
    if compound is not None:  # "Ungdomsskolebestyrelsen" is the board of Ungdomsskolen: "Ungdomsskolens bestyrelse"
        owner = [compound.group(1)]
        return readings + ([owner] if municipality_named(owner[0]) is None else [])
    if len(words) < 2:
        return readings
    if words[0] in _BOARD_WORDS:
        owners = [words[1:]]
    elif words[-1] in _BOARD_WORDS:
        owners = [words[:-1]]
        genitive = _GENITIVE_OWNER.match(words[-2])
        if genitive:
            owners.append([*words[:-2], genitive.group(1)])
    else:
        return readings
    readings += [owner for owner in owners if municipality_named(" ".join(owner)) is None]
    return readings


# a role word that is a seat on a municipality's council or its chair: "byrådsmedlem", "kommunalbestyrelsesmedlem",
# "borgmester", "1. viceborgmester", "sundheds- og omsorgsborgmester" (a mayor is the council's chair and the
# municipality's head, so the seat's place may be written as either)
_COUNCIL_SEAT = re.compile(r"byraadsmedlem|kommunalbestyrelsesmedlem|borgerrepraesentationsmedlem|borgmester$")
# a municipality's governing council by its word (a magistrat is an executive committee, not the council)
_COUNCIL_BODY_WORDS = _COUNCIL_WORDS | {"borgerrepraesentation", "borgerrepraesentationen"}


def _is_council_seat(role: str | None) -> bool:
    return any(_COUNCIL_SEAT.search(word) for word in normalise(role or "").split())


def _council_code(name: str, seat: bool, place: str | None) -> str | None:
    """The code of the municipality whose council a target names, else None (the roles annotation log's council
    convention): "Byrådet i X", "X Byråd", "X Kommunes kommunalbestyrelse", "Kommunalbestyrelsen (X)" are X's
    council; the council's word alone is the council of `place` (the document's municipality, as its side read it),
    none when no place is known; and for a council seat (`seat`, `_is_council_seat`) the municipality itself,
    "X Kommune", is its council too. A committee of the council ("teknisk udvalg i byrådet"), an organisation's
    name that holds a council word, or a council whose other words name no municipality is no council here."""
    qualifier = _QUALIFIER.search(name)
    qualified = municipality_named(qualifier.group(1)) if qualifier and qualifier.start() > 0 else None
    if qualified is not None and qualifier is not None:
        name = name[: qualifier.start()]
    words = [w for w in normalise(name).split() if w not in _TARGET_NOISE and w not in _LINKING_WORDS]
    if not words:
        return None
    if words[0] in _COUNCIL_BODY_WORDS or words[-1] in _COUNCIL_BODY_WORDS:
        # a council's term ("Kommunalbestyrelsen 2022-25") is no part of its owner's name
        owner = [w for w in (words[1:] if words[0] in _COUNCIL_BODY_WORDS else words[:-1]) if not w.isdigit()]
        if not owner:
            return qualified.code if qualified is not None else place
        named = municipality_named(" ".join(owner))
        if named is None or (qualified is not None and qualified.code != named.code):
            return None
        return named.code
    return _municipality_code(name) if seat and qualified is None else None


def _committee_reading(name: str, place: str | None) -> tuple[list[str], str | None, bool] | None:
    """A committee's words without the municipality written with it ("X Kommune, Udvalget for A", "Udvalget for A
    i X Kommune", "X Kommunes Økonomiudvalg", "Økonomiudvalget (X)"), that municipality's code (else `place`, the
    document's), and whether its words wrote it; None for a target that is no committee."""
    words = _target_words(name)
    qualifier = _QUALIFIER.search(name)
    qualified = municipality_named(qualifier.group(1)) if qualifier and qualifier.start() > 0 else None
    for cut in range(1, min(3, len(words) - 1) + 1):
        for owner, rest in ((words[:cut], words[cut:]), (words[-cut:], words[:-cut])):
            named = municipality_named(" ".join(owner))
            if named is not None and any("udvalg" in w for w in rest):
                return rest, named.code, True
    if not any("udvalg" in w for w in words):
        return None
    return words, qualified.code if qualified is not None else place, False


def _same_words(want: list[str], got: list[str]) -> bool:
    return len(got) == len(want) and all(_same_word(a, b) for a, b in zip(want, got, strict=True))


def _same_target(
    expected: str | None, found: list[str], own_board: str | None = None, found_body: str | None = None
) -> bool:
    """A gold role's target (the body, organisation or municipality it is held in) named by any of a found
    target's names: the same words in the same order, case, hyphens, a definite ending and "Kommune"/"Kommunes"
    aside ("Byrådet" is "byråd"; "Grønt Råd" is not "Friluftsrådet", "Bestyrelsen" not "Bestyrelsen for
    Sydtrafik"); an organisation's board the organisation, in any written form, on either side ("Bestyrelsen for
    Movia" is "Movia" and "Movia, bestyrelsen"), and in the minutes of a board (`own_board`, the gold's body) the
    gold's board by its word alone ("Bestyrelsen") that board, and a found target that is a body's word alone the
    body the pipeline read for the document (`found_body`) where it read more than that word — each side's word
    alone read with that side's own body, never the other's (a pipeline that read only "Bestyrelse" names no
    particular board); a municipality is the same municipality in any spelling ("Københavns Kommune" is
    "København")."""
    if not expected:
        return False
    code = _municipality_code(expected)
    if code is not None:
        return any(_municipality_code(name) == code for name in found)
    if any(_same_known_body(expected, name) for name in found):
        return True  # a short name and its full name the gazetteer knows as one ("KL", "Kommunernes Landsforening")
    wants = _target_readings(expected, own_board)
    return any(
        _same_words(want, got) for name in found for got in _target_readings(name, found_body) for want in wants if want
    )


def _place_code(name: str | None) -> str | None:
    info = municipality_named(name) if name else None
    return info.code if info is not None else None


def _same_seat(
    expected: str | None,
    found: list[str],
    seat: bool,
    places: tuple[str | None, str | None],
    own_board: str | None,
    found_body: str | None = None,
) -> bool:
    """`_same_target`, a municipality's council compared by its municipality (`_council_code`) where both sides
    name one: the gold's with the gold's place, the found's with the found document's place (`places`)."""
    if expected:
        want = _council_code(expected, seat, places[0])
        got = {code for name in found if (code := _council_code(name, seat, places[1])) is not None}
        if want is not None and got:
            return want in got
        # a committee with its municipality written on either side is that municipality's committee: the other
        # side's with the same words, held in the same municipality (its own place where it names none)
        wanted = _committee_reading(expected, places[0])
        readings = [r for name in found if (r := _committee_reading(name, places[1])) is not None]
        if wanted is not None and any(wanted[2] or r[2] for r in readings):
            return any(
                _same_words(wanted[0], r[0]) and wanted[1] is not None and wanted[1] == r[1]
                for r in readings
                if wanted[2] or r[2]
            ) or _same_target(expected, found, own_board, found_body)
    return _same_target(expected, found, own_board, found_body)


def _roles_and_memberships(gold: dict[str, Any], facts: Any, miss: Any) -> dict[str, tuple[int, int]]:
    """roles: (person, role) pairs; memberships: (member, network) pairs, a network matched by its name
    or any alias. Recall as `roles`/`memberships`, precision as `… precision`."""
    entities = {e.id: e for e in facts.entities}
    found_roles = sorted(
        {
            (entities[r.source].name, r.properties.get("role"))
            for r in facts.relations
            if r.type == "HOLDS_ROLE" and r.source in entities and r.properties.get("role")
        }
    )
    gold_roles = [(r["person"], r["role"]) for r in gold.get("roles", [])]

    def role_match(g: tuple[str, str], f: tuple[str, str | None]) -> bool:
        return normalise(g[0]) == normalise(f[0]) and _same_role(g[1], f[1])

    # each found role with its target's names, for `roles: target` (who holds which role where)
    held_in = [
        ((entities[r.source].name, r.properties.get("role")), [entities[r.target].name, *entities[r.target].aliases])
        for r in facts.relations
        if r.type == "HOLDS_ROLE" and r.source in entities and r.target in entities and r.properties.get("role")
    ]
    # the document's municipality as each side read it, for a council named by its word alone ("Byrådet")
    gold_place = None if gold.get("cross_municipal") else _place_code(gold.get("municipality"))
    found_place = _place_code(facts.municipality.name if facts.municipality else None)
    # the body the pipeline read for the document, in which a found target that is the body's word alone is held
    found_body = next(
        (entities[r.target].name for r in facts.relations if r.type == "OF" and r.target in entities), None
    )
    targeted = 0
    for row in gold.get("roles", []):
        places = [names for f, names in held_in if role_match((row["person"], row["role"]), f)]
        seat = _is_council_seat(row["role"])
        if any(
            _same_seat(row.get("target"), names, seat, (gold_place, found_place), gold.get("body"), found_body)
            for names in places
        ):
            targeted += 1
        elif places:
            found_at = " | ".join(sorted({names[0] for names in places}))
            miss(f"roles target wrong: {row['person']} / {row['role']} in {row.get('target')!r}, found {found_at!r}")
    gold_members = [(m["member"], m["network"]) for m in gold.get("memberships", [])]
    # the README's rule 2 gives "medlem" to everyone a body's member list names; a title is the rest
    titled = [g for g in gold_roles if not _is_member_row(g[1])]
    members = [g for g in gold_roles if _is_member_row(g[1])]
    return {
        **_scored_pairs("roles", gold_roles, found_roles, role_match, miss),
        "roles: titled": (sum(any(role_match(g, f) for f in found_roles) for g in titled), len(titled)),
        "roles: medlem": (sum(any(role_match(g, f) for f in found_roles) for g in members), len(members)),
        "roles: target": (targeted, len(gold_roles)),
        **_scored_pairs("memberships", gold_members, _named_ends(facts, "MEMBER_OF"), _same_pair, miss),
    }


Totals = dict[str, dict[str, list[int]]]  # group -> field -> [right, expected]


def score_corpus(
    show_misses: bool = False, *, addresses: bool = True, held_out: frozenset[str] = frozenset()
) -> list[tuple[dict[str, Any], dict[str, tuple[int, int]]]]:
    """Every gold document with its scores; with `show_misses`, a dev-write document's misses are printed (never
    a dev-check one's: dev-check is scored by totals only, nor one of `held_out`: documents a rule writer keeps
    unread, such as a batch collected while the rules are written); without `addresses`, the
    documents are read without their web addresses (text only)."""
    scored = []
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        misses: list[str] = []
        scores = score_document(gold, misses, addresses=addresses)
        shown = gold["id"] not in held_out and group_of(gold["id"], gold.get("publisher")) == "dev-write"
        if show_misses and shown and misses:
            print(f"## {gold['id']}  ({gold['file']})")
            print("\n".join(f"  - {line}" for line in misses))
        scored.append((gold, scores))
    return scored


def body_named(scores: dict[str, tuple[int, int]]) -> str:
    """Whether a document's gold names a meeting's body (its scores hold "body": minutes or an agenda with one),
    "body", else "no body" (a web page, a news item, a report, or a meeting whose body the gold leaves null)."""
    return "body" if "body" in scores else "no body"


def totals_by(scored: list[tuple[dict[str, Any], dict[str, tuple[int, int]]]], group: str) -> Totals:
    """Sums per `group`: "split", "group" (dev-write, dev-check, test), "group/body" (each group by `body_named`,
    e.g. "dev-check/no body") or "split/form" (e.g. "test/pdf-flattened")."""
    totals: Totals = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for gold, scores in scored:
        if group == "split":
            key = split_of(gold["id"])
        elif group == "group":
            key = group_of(gold["id"], gold.get("publisher"))
        elif group == "group/body":
            key = f"{group_of(gold['id'], gold.get('publisher'))}/{body_named(scores)}"
        else:
            key = f"{split_of(gold['id'])}/{gold.get('form', '?')}"
        for field, (right, expected) in scores.items():
            totals[key][field][0] += right
            totals[key][field][1] += expected
    return totals


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.realworld", description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="also what each dev (dev-write) document missed")
    parser.add_argument(
        "--json", action="store_true", help="totals per split, group, group/body and split/form, as JSON"
    )
    parser.add_argument("--no-urls", action="store_true", help="text only: the documents' web addresses not given")
    parser.add_argument(
        "--hold-out",
        nargs="+",
        default=[],
        metavar="BATCH",
        help="batch files (tests/realworld/batches/*.txt) whose documents --misses never prints",
    )
    parser.add_argument("--groups", action="store_true", help="totals per working group: dev-write, dev-check, test")
    parser.add_argument(
        "--by-body",
        action="store_true",
        help="totals per working group and, within each, by whether the gold names a meeting's body",
    )
    return parser.parse_args()


def _batch_documents(batch_files: list[str]) -> frozenset[str]:
    """The document ids listed in batch files (one per line; blank lines and # comments aside)."""
    ids: set[str] = set()
    for batch_file in batch_files:
        lines = Path(batch_file).read_text(encoding="utf-8").splitlines()
        ids.update(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))
    return frozenset(ids)


def _shown(key: str) -> bool:
    """The test split's totals are the coordinator's (KOMMUNEGRAF_COORDINATOR=1): a rule writer sees dev only."""
    return COORDINATOR or not key.startswith("test")


def main() -> None:
    arguments = _arguments()
    scored = score_corpus(
        show_misses=arguments.misses, addresses=not arguments.no_urls, held_out=_batch_documents(arguments.hold_out)
    )
    if arguments.json:
        groups = {group: totals_by(scored, group) for group in ("split", "group", "group/body", "split/form")}
        shown = {
            group: {key: fields for key, fields in totals.items() if _shown(key)} for group, totals in groups.items()
        }
        print(json.dumps(shown, indent=1))
        return
    totals = totals_by(scored, "group" if arguments.groups or arguments.by_body else "split")
    broken = sum(fields["steps failed"][0] for fields in totals.values())
    shown_keys: tuple[str, ...] = (
        ("dev-write", "dev-check", "test") if arguments.groups or arguments.by_body else ("dev", "test")
    )
    if arguments.by_body:  # each group, then its documents by whether the gold names a meeting's body
        totals.update(totals_by(scored, "group/body"))
        shown_keys = tuple(f"{key}{part}" for key in shown_keys for part in ("", "/body", "/no body"))
    print("| split | field | right | of | share |\n|---|---|---|---|---|")
    for split in shown_keys:
        if not _shown(split):
            continue
        for field, (right, expected) in sorted(totals[split].items()):
            share = f"{right / expected:.0%}" if expected else "-"
            print(f"| {split} | {field} | {right} | {expected} | {share} |")
    if broken:
        print(
            f"warning: a parse or extract step raised on {broken} documents; their fields score what was found "
            "before it (dev ones are listed by --misses)",
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
