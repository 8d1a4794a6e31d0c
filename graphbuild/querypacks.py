"""Named Cypher query packs: load them, check their parameters, run them on either engine.

A pack is a ``.cypher`` file in ``queries/`` (shipped as the package ``graphbuild.packs``). The
file starts with a header of ``//`` comment lines, then one Cypher statement:

    // name: adopters
    // description: Which municipalities adopted an initiative, when, by which body; earliest first.
    // param: initiative: string (required) — name or alias, matched fuzzily
    // param: limit: int = 100 — at most this many rows
    // param: outcome: choice(approved|adopted|noted) = — optional; empty means any
    // resolve: initiative -> Initiative
    // one-of: network, municipality
    // order: date, municipality
    // example: kommunegraf query adopters --param initiative="KL Play"
    MATCH ...

Header keys:
- ``param: NAME: TYPE (required) — help`` or ``param: NAME: TYPE = DEFAULT — help``. TYPE is
  string, int, date (YYYY-MM-DD, or a prefix YYYY / YYYY-MM) or choice(a|b|c). An optional
  parameter with an empty default is passed to Cypher as '' (never null: LadybugDB cannot type a
  null parameter), so a pack tests ``$since = '' OR ...``.
- ``resolve: NAME -> Label, Label`` turns the user's text in NAME into the id of the one node of
  those labels it names, passed as ``$NAME_ids`` (a list), with the shared name matcher
  (graphbuild.vocab.matching: id, name, alias, then fuzzy on the whole name and on name tokens).
  A name that names several nodes or none raises UnmatchedName (a UserError listing the
  candidates, or the closest names). ``(all)`` after the labels passes every node the text could
  mean (for search). Without ``(all)`` the one id also comes as ``$NAME_id`` ('' when the
  parameter is not given): ``n.id = $NAME_id`` is a primary-key lookup on LadybugDB, where
  ``n.id IN $NAME_ids`` scans the label's table.
- ``one-of: A, B``: at least one of these parameters must be given.
- ``start-from-quieter: A, B`` (for path packs): when the node resolved from B has fewer
  relationships than the one from A, the two are swapped before the query runs, because a
  path search is much cheaper from the quieter end (a hub such as KL touches half the graph).
  The rows are then turned back: reversed and ``step`` renumbered (a step reads in its
  relationship's direction, from its source to its target, whichever way the path runs).
- ``order: COL, COL``: rows are sorted here by these columns, in natural order (item 9 before
  item 10), then cut to ``limit``. Cypher still limits what can grow: an arm of a UNION whose rows
  grow with the corpus picks its first ``$limit`` rows by one sort key (these columns joined, then
  the fact's id, so the order is total and the same on both engines); an arm small by nature (one
  person's roles) is not ordered there (an ORDER BY costs LadybugDB milliseconds even for a few
  rows) and all its rows come here. The sort here is stable, so rows equal on these columns keep
  the engine's order. Without ``order:`` the statement's own ORDER BY decides, and it must order
  by enough columns to make it total.

The Neo4j text (``NAME.cypher``) is the reference. Where LadybugDB needs other syntax, a variant
``NAME.ladybug.cypher`` stands beside it (its own ``//`` lines are ignored; the header is the
reference's). User text only ever travels as parameters; no Cypher is built from it.

``LIMIT $NAME`` takes an int parameter. LadybugDB needs a LIMIT's value to plan the statement,
so a statement with ``LIMIT $NAME`` is planned anew on every run (person: 14 of its 19 ms); on
LadybugDB the checked int is written into the text instead (``LIMIT 500``), and the statement is
planned once per limit and kept by the engine's client. Only ints checked by ``bind_params``
reach the text; every other value stays a parameter.

A text may hold several statements separated by a line ``// otherwise``: they run in order and the
first that returns rows answers (``connection`` on LadybugDB: a one-step path, else two steps, else
the shortest-path search, each cheaper than the one general search). Every statement returns the
same columns.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from operator import itemgetter
from typing import Any, Literal, Protocol
from weakref import WeakKeyDictionary

from graphbuild.errors import KommunegrafError, StoreError, UserError, first_line
from graphbuild.unnamed_bodies import with_body_labels
from graphbuild.vocab.matching import (
    CONTEXT_PROPS,
    CONTEXT_RELS,
    Candidate,
    Hit,
    NameIndex,
    UnmatchedName,
    context_of,
    with_context,
)

PACKAGE = "graphbuild.packs"
ENGINES = ("neo4j", "ladybug")
PARAM_TYPES = ("string", "int", "date", "choice")
DEFAULT_TIMEOUT_S = 30.0
MAX_MATCHES = 50


class QueryStore(Protocol):
    """The part of graphbuild.store's GraphStore that packs need."""

    engine: str

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, timeout_s: float | None = None
    ) -> list[dict[str, Any]]: ...

    def explain_is_read_only(self, cypher: str) -> bool: ...


# --- the pack model ------------------------------------------------------------------------


@dataclass(frozen=True)
class PackParam:
    name: str
    type: str
    required: bool
    default: str | None
    help: str
    choices: tuple[str, ...] = ()

    def type_text(self) -> str:
        return f"choice({'|'.join(self.choices)})" if self.type == "choice" else self.type

    def signature(self) -> str:
        if self.required:
            return f"{self.name}: {self.type_text()} (required)"
        return f"{self.name}: {self.type_text()} = {self.default or ''}".rstrip(" =")

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type_text(),
            "required": self.required,
            "default": self.default,
            "help": self.help,
        }


@dataclass(frozen=True)
class Resolve:
    param: str
    labels: tuple[str, ...]
    mode: Literal["one", "all"] = "one"


@dataclass(frozen=True)
class Pack:
    name: str
    description: str
    params: tuple[PackParam, ...]
    example: str
    texts: Mapping[str, tuple[str, ...]]  # engine -> its Cypher statements, tried in order
    resolves: tuple[Resolve, ...] = ()
    one_of: tuple[str, ...] = ()
    start_from_quieter: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()

    def statements_for(self, engine: str) -> tuple[str, ...]:
        """The engine's statements, tried in order: the first that returns rows answers."""
        return self.texts.get(engine, self.texts["neo4j"])

    def cypher_for(self, engine: str) -> str:
        """The engine's whole text (its statements one after another), for reading, not running."""
        return "\n".join(self.statements_for(engine))

    def param(self, name: str) -> PackParam | None:
        return next((p for p in self.params if p.name == name), None)

    def expected(self) -> str:
        return ", ".join(p.signature() for p in self.params) or "no parameters"

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "params": [p.to_json_dict() for p in self.params],
            "example": self.example,
            "columns": list(self.columns),
        }


@dataclass
class PackResult:
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    resolved: dict[str, list[Hit]] = field(default_factory=dict)  # parameter -> the nodes it named

    def notes(self, pack: str, typed: Mapping[str, str]) -> list[str]:
        """Lines for the reader beside the rows: which node a loosely typed name was taken to mean,
        and, when there are no rows, that the named nodes exist and the answer is empty."""
        notes = [
            f"{param}={typed.get(param, '')!r} read as {hits[0].candidate.describe()}"
            for param, hits in self.resolved.items()
            if len(hits) == 1 and hits[0].how == "fuzzy"
        ]
        named = [h.candidate.describe() for hits in self.resolved.values() for h in hits[:1]]
        if not self.rows and named:
            are, them = ("is", "it") if len(named) == 1 else ("are", "them")
            notes.append(
                f"no rows: {' and '.join(named)} {are} in the graph, but {pack} finds nothing for {them}"
                " with these parameters"
            )
        elif not self.rows:
            notes.append(f"no rows: {pack} finds nothing with these parameters")
        return notes

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


# --- parsing pack files --------------------------------------------------------------------

_PARAM_RE = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*:\s*(?P<type>\w+(?:\([^)]*\))?)\s*"
    r"(?:(?P<required>\(required\))|=\s*(?P<default>[^\s—]*))?\s*(?:(?:—|--)\s*(?P<help>.*))?$"
)
_RESOLVE_RE = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*->\s*(?P<labels>[\w,\s`]+?)\s*(?:\((?P<mode>all)\))?$")


class PackFormatError(ValueError):
    """A pack file in queries/ is malformed: a bug in the package, not the user's input."""


def _parse_param(pack: str, text: str) -> PackParam:
    match = _PARAM_RE.match(text.strip())
    if not match:
        raise PackFormatError(f"{pack}: cannot read parameter line {text!r}")
    raw_type = match["type"]
    choices: tuple[str, ...] = ()
    if raw_type.startswith("choice("):
        choices = tuple(c.strip() for c in raw_type[len("choice(") : -1].split("|") if c.strip())
        raw_type = "choice"
    if raw_type not in PARAM_TYPES:
        raise PackFormatError(f"{pack}: parameter {match['name']} has unknown type {raw_type!r}")
    required = match["required"] is not None
    default = None if required else (match["default"] or "")
    return PackParam(match["name"], raw_type, required, default, (match["help"] or "").strip(), choices)


def _parse_resolve(pack: str, text: str) -> Resolve:
    match = _RESOLVE_RE.match(text.strip())
    if not match:
        raise PackFormatError(f"{pack}: cannot read resolve line {text!r}")
    labels = tuple(label.strip() for label in match["labels"].split(",") if label.strip())
    return Resolve(match["name"], labels, "all" if match["mode"] == "all" else "one")


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//")).strip()


_OTHERWISE = re.compile(r"^\s*//\s*otherwise\b.*$", flags=re.MULTILINE)


def _statements(text: str) -> tuple[str, ...]:
    """A pack text's statements: one, or several separated by ``// otherwise`` lines (each tried
    when the ones before it returned no rows)."""
    return tuple(part for part in (_strip_comments(piece) for piece in _OTHERWISE.split(text)) if part)


_LIMIT_PARAM = re.compile(r"\bLIMIT\s+\$([A-Za-z_]\w*)\b", flags=re.IGNORECASE)


def _limit_params(cypher: str) -> set[str]:
    return set(_LIMIT_PARAM.findall(cypher))


_LABEL_PARAM = re.compile(r":\$([A-Za-z_]\w*)_label\b")
_LABEL_NAME = re.compile(r"[A-Z][A-Za-z]*")


def _label_params(cypher: str) -> set[str]:
    return set(_LABEL_PARAM.findall(cypher))


def labels_written(cypher: str, params: Mapping[str, Any], resolves: Sequence[Resolve]) -> str:
    """The statement with each ``(x:$NAME_label)`` holding the label of the node NAME resolved to
    (for LadybugDB, where a pattern over several labels reads each of their tables: connection's
    one-step statement 3.3 -> 1.8 ms CPU, its two-step one 10 -> 6 ms). The label is the resolved
    candidate's, checked here against the labels the pack's header lets NAME resolve to: never
    user text."""
    allowed = {r.param: r.labels for r in resolves if r.mode == "one"}

    def value(match: re.Match[str]) -> str:
        label = params.get(f"{match[1]}_label")
        if label not in allowed.get(match[1], ()) or not _LABEL_NAME.fullmatch(str(label)):
            raise TypeError(f"${match[1]}_label must be a label {match[1]} resolves to, got {label!r}")
        return f":{label}"

    return _LABEL_PARAM.sub(value, cypher)


def limits_written(cypher: str, params: Mapping[str, Any]) -> str:
    """The statement with each ``LIMIT $NAME`` holding its int value (for LadybugDB, which plans a
    parameterised LIMIT anew on every run). The values are ints, checked here again."""

    def value(match: re.Match[str]) -> str:
        number = params[match[1]]
        if number.__class__ is not int or number < 0:
            raise TypeError(f"LIMIT ${match[1]} must be a whole number, got {number!r}")
        return f"LIMIT {number}"

    return _LIMIT_PARAM.sub(value, cypher)


def collected(cypher: str, columns: Sequence[str]) -> str:
    """The statement's rows as one list in one record (for Neo4j, whose Python driver spends about
    15 µs on each record it decodes and little on a list: 741 rows of initiative-timeline, 15 -> 2 ms
    of client CPU). Only for packs whose rows are put in order here, so the order inside is free."""
    cells = ", ".join(f"`{column}`" for column in columns)
    return f"CALL () {{\n{cypher}\n}}\nRETURN collect([{cells}]) AS rows"


_RETURN = re.compile(r"\bRETURN\b", re.IGNORECASE)
_AFTER_RETURN = re.compile(r"\b(?:ORDER\s+BY|SKIP|LIMIT)\b", re.IGNORECASE)
_COLUMN_NAME = re.compile(r"\bAS\s+(\w+)", re.IGNORECASE)


def _return_columns(cypher: str) -> tuple[str, ...]:
    """The aliases of the last RETURN clause: every pack names its columns with AS."""
    last_return = list(_RETURN.finditer(cypher))[-1]
    tail = cypher[last_return.end() :]
    tail = _AFTER_RETURN.split(tail, maxsplit=1)[0]
    return tuple(_COLUMN_NAME.findall(tail))


def parse_pack(file_name: str, text: str, variants: Mapping[str, str] | None = None) -> Pack:
    header: dict[str, list[str]] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("//"):
            continue
        key, sep, value = stripped[2:].strip().partition(":")
        if sep:
            header.setdefault(key.strip().lower(), []).append(value.strip())
    name = (header.get("name") or [file_name.removesuffix(".cypher")])[0]
    if not header.get("description"):
        raise PackFormatError(f"{name}: the header has no description")
    params = tuple(_parse_param(name, line) for line in header.get("param", []))
    resolves = tuple(_parse_resolve(name, line) for line in header.get("resolve", []))
    known = {p.name for p in params}
    for resolve in resolves:
        if resolve.param not in known:
            raise PackFormatError(f"{name}: resolve names unknown parameter {resolve.param}")

    def names(key: str) -> tuple[str, ...]:
        return tuple(n.strip() for line in header.get(key, []) for n in line.split(",") if n.strip())

    texts = {"neo4j": _statements(text)}
    for engine, variant in (variants or {}).items():
        texts[engine] = _statements(variant)
    columns = _return_columns(texts["neo4j"][0])
    for engine, statements in texts.items():
        if any(_return_columns(body) != columns for body in statements):
            raise PackFormatError(f"{name}: the {engine} variant returns other columns than the reference")
    int_params = {p.name for p in params if p.type == "int"}
    for engine, statements in texts.items():
        if not set().union(*map(_limit_params, statements)) <= int_params:
            raise PackFormatError(f"{name}: the {engine} text has a LIMIT $parameter that is not an int parameter")
    one_name = {r.param for r in resolves if r.mode == "one"}
    for engine, statements in texts.items():
        if not set().union(*map(_label_params, statements)) <= one_name:
            raise PackFormatError(f"{name}: the {engine} text has a :$NAME_label whose NAME resolves to no one node")
    quieter = names("start-from-quieter")
    if quieter and (len(quieter) != 2 or not set(quieter) <= {r.param for r in resolves}):
        raise PackFormatError(f"{name}: start-from-quieter names two resolved parameters")
    order = names("order")
    if not set(order) <= set(columns):
        raise PackFormatError(f"{name}: order names columns the pack does not return")
    return Pack(
        name=name,
        description=header["description"][0],
        params=params,
        example=(header.get("example") or [""])[0],
        texts=texts,
        resolves=resolves,
        one_of=names("one-of"),
        start_from_quieter=names("start-from-quieter"),
        order=order,
        columns=columns,
    )


@cache
def _load_all() -> dict[str, Pack]:
    folder = resources.files(PACKAGE)
    files = {
        entry.name: entry.read_text(encoding="utf-8") for entry in folder.iterdir() if entry.name.endswith(".cypher")
    }
    packs: dict[str, Pack] = {}
    for file_name, text in sorted(files.items()):
        stem = file_name.removesuffix(".cypher")
        if "." in stem:  # a variant such as adopters.ladybug.cypher
            continue
        variants = {e: files[f"{stem}.{e}.cypher"] for e in ENGINES if f"{stem}.{e}.cypher" in files}
        pack = parse_pack(file_name, text, variants)
        packs[pack.name] = pack
    return packs


def list_packs() -> list[Pack]:
    return sorted(_load_all().values(), key=lambda pack: pack.name)


def get_pack(name: str) -> Pack:
    packs = _load_all()
    if name not in packs:
        raise UserError(f"unknown pack {name!r}; the packs are: {', '.join(sorted(packs))}")
    return packs[name]


# --- parameters ----------------------------------------------------------------------------

_DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _coerce(pack: Pack, param: PackParam, raw: str) -> str | int:
    def bad(what: str) -> UserError:
        return UserError(f"{pack.name}: parameter {param.name} {what}; expected: {pack.expected()}")

    value = raw.strip()
    if param.type == "int":
        try:
            number = int(value)
        except ValueError:
            raise bad(f"must be a whole number, got {raw!r}") from None
        if number < 0:
            raise bad(f"must not be negative, got {number}")
        return number
    if param.type == "date":
        if value and not _DATE_PREFIX.match(value):
            raise bad(f"must be a date like 2021-02-22 (or 2021, 2021-02), got {raw!r}")
        if len(value) == 10:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise bad(f"is not a real date: {raw!r}") from None
        return value
    if param.type == "choice" and value and value not in param.choices:
        raise bad(f"must be one of {'|'.join(param.choices)}, got {raw!r}")
    return value


def bind_params(pack: Pack, raw_params: Mapping[str, str]) -> dict[str, str | int]:
    """Check the user's key=value pairs against the pack's header and give them their types."""
    unknown = sorted(set(raw_params) - {p.name for p in pack.params})
    if unknown:
        raise UserError(f"{pack.name}: unknown parameter {', '.join(unknown)}; expected: {pack.expected()}")
    bound: dict[str, str | int] = {}
    for param in pack.params:
        given = raw_params.get(param.name)
        if given is None or given.strip() == "":
            if param.required:
                raise UserError(f"{pack.name}: missing parameter {param.name}; expected: {pack.expected()}")
            given = param.default or ""
        bound[param.name] = _coerce(pack, param, given)
    if pack.one_of and not any(bound.get(name) not in ("", None) for name in pack.one_of):
        raise UserError(f"{pack.name}: give at least one of {', '.join(pack.one_of)}; expected: {pack.expected()}")
    return bound


# --- name resolution -----------------------------------------------------------------------
# The matching itself is graphbuild.vocab.matching (shared with the pictures and the CLI); here
# the candidates come from the store. Labels and relationship types in these queries come from
# pack headers and the matcher's context table (package code), never from user text.


_INDEXES: WeakKeyDictionary[QueryStore, tuple[Hashable, dict[tuple[str, ...], NameIndex]]] = WeakKeyDictionary()


def graph_version(store: QueryStore) -> Hashable | None:
    """What names the graph the store reads now, cheaply: the same value means the same graph, so
    what was fetched for it still holds. None when the store cannot tell (then nothing is kept).

    A store says it through ``graph_version()`` (LadybugStore: the database generation a read-only
    reader opened, which never changes; Neo4jStore: the last transaction committed to the database,
    which any load moves). A store without the method is taken as changing, except an embedded one
    opened read-only."""
    version = getattr(store, "graph_version", None)
    if callable(version):
        value: Hashable | None = version()
        return value
    if store.engine == "ladybug" and getattr(store, "read_only", False) is True:
        return ("read-only", id(store))
    return None


def fetch_candidates(store: QueryStore, labels: Sequence[str]) -> list[Candidate]:
    """Every node of these labels, with its id, name and aliases."""
    found: list[Candidate] = []
    for label in labels:
        if store.engine == "neo4j":  # three lists in one record: the Bolt driver decodes records slowly
            cypher = (
                f"MATCH (n:`{label}`) RETURN collect(n.id) AS ids, collect(coalesce(n.name, '')) AS names, "
                "collect(coalesce(n.aliases, [])) AS aliases"
            )
            [columns] = store.query(cypher, {})
            rows = [
                {"id": i, "name": n, "aliases": a}
                for i, n, a in zip(columns["ids"], columns["names"], columns["aliases"], strict=True)
            ]
        else:
            rows = store.query(f"MATCH (n:`{label}`) RETURN n.id AS id, n.name AS name, n.aliases AS aliases", {})
        found += [Candidate(r["id"], label, r["name"] or "", tuple(r["aliases"] or ())) for r in rows]
    return found


class NameIndexes:
    """The name indexes of one graph version of a store: each set of labels fetched once while
    the version stays (ask ``name_indexes(store)`` again for each question: it checks the version)."""

    def __init__(self, store: QueryStore, kept: dict[tuple[str, ...], NameIndex] | None) -> None:
        self.store = store
        self.kept = kept

    def __call__(self, labels: Sequence[str]) -> NameIndex:
        if self.kept is None:
            return NameIndex(fetch_candidates(self.store, labels), labels)
        key = tuple(labels)
        if key not in self.kept:
            self.kept[key] = NameIndex(fetch_candidates(self.store, labels), labels)
        return self.kept[key]


def known_version(store: QueryStore) -> Hashable | None:
    """The graph version the store's last read saw, without asking again (Neo4jStore: the bookmark
    of its last read transaction); None when the store has not read yet or cannot tell."""
    last = getattr(store, "last_read_version", None)
    if callable(last):
        value: Hashable | None = last()
        return value
    return None


def name_indexes(store: QueryStore, version: Hashable | None = None) -> NameIndexes:
    """The store's name indexes for the graph it reads now: kept while its version stays, fetched
    again when it moves (a rebuild), never kept when the store cannot say. ``version``: one the
    caller already knows (it then checks it after reading, as ``run_pack`` does)."""
    version = graph_version(store) if version is None else version
    if version is None:
        return NameIndexes(store, None)
    entry = _INDEXES.get(store)
    if entry is None or entry[0] != version:
        entry = (version, {})
        _INDEXES[store] = entry
    return NameIndexes(store, entry[1])


def fetch_context(store: QueryStore, candidates: Iterable[Candidate]) -> dict[str, tuple[str, ...]]:
    """What tells these candidates apart (their municipality, region, owner ...), by node id."""
    ids_by_label: dict[str, list[str]] = {}
    for candidate in candidates:
        ids_by_label.setdefault(candidate.type, []).append(candidate.id)
    context: dict[str, tuple[str, ...]] = {}
    for label, ids in ids_by_label.items():
        props: dict[str, dict[str, Any]] = {i: {} for i in ids}
        prop = CONTEXT_PROPS.get(label)
        if prop:
            rows = store.query(
                f"MATCH (n:`{label}`) WHERE n.id IN $ids RETURN n.id AS id, n.{prop} AS value", {"ids": ids}
            )
            for row in rows:
                props[row["id"]][prop] = row["value"]
        far: dict[str, list[str]] = {i: [] for i in ids}
        types = CONTEXT_RELS.get(label, ())
        if types:
            cypher = (
                f"MATCH (n:`{label}`)-[:{'|'.join(types)}]->(m) WHERE n.id IN $ids RETURN n.id AS id, m.name AS name"
            )
            for row in store.query(cypher, {"ids": ids}):
                far[row["id"]].append(row["name"] or "")
        for node_id in ids:
            context[node_id] = context_of(props[node_id], label, far[node_id])
    return context


def resolve_name(store: QueryStore, text: str, labels: Sequence[str], indexes: NameIndexes | None = None) -> Hit:
    """The one node of these labels that ``text`` names, and how; UnmatchedName (a UserError
    listing the candidates or the closest names, with their context) when it names none or several."""
    match = (indexes or name_indexes(store))(labels).match(text)
    if match.status == "one" and match.how != "fuzzy":
        return match.hits[0]
    if match.status == "one":  # a near miss: say which node it was taken for, with its context
        return with_context(match, fetch_context(store, [match.hits[0].candidate])).hits[0]
    listed = match.hits + match.closest
    raise UnmatchedName(with_context(match, fetch_context(store, (h.candidate for h in listed))))


def search_names(store: QueryStore, text: str, labels: Sequence[str], indexes: NameIndexes | None = None) -> list[Hit]:
    """Every node of these labels that ``text`` could mean, best first (for search)."""
    index = (indexes or name_indexes(store))(labels)
    hits = index.rank(text)
    if not hits:
        match = index.match(text)
        raise UnmatchedName(with_context(match, fetch_context(store, (h.candidate for h in match.closest))))
    return hits[:MAX_MATCHES]


# --- running -------------------------------------------------------------------------------


_DIGITS = re.compile(r"(\d+)")


def _sort_key(value: Any) -> tuple[Any, ...]:
    """Nulls last; numbers before text; text in natural order, so item 9 comes before item 10."""
    if value is None:
        return (1,)
    if isinstance(value, bool | int | float):
        return (0, 0, value)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return (0, 1, _natural(text))


@lru_cache(maxsize=65_536)
def _natural(text: str) -> tuple[str | int, ...]:
    """Text and numbers alternating (text first, maybe empty), so two keys compare text with text
    and number with number at every position."""
    parts: list[str | int] = _DIGITS.split(text)
    parts[1::2] = [int(part) for part in parts[1::2]]
    return tuple(parts)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _rows(columns: Sequence[str], records: Iterable[Mapping[str, Any]]) -> list[list[Any]]:
    return [[_plain(v) if v.__class__ in _SEQUENCES else v for v in map(record.get, columns)] for record in records]


_SEQUENCES = (list, tuple)


@lru_cache(maxsize=65_536)
def _cell_key(value: Hashable) -> tuple[Any, ...]:
    """``_sort_key`` of a hashable cell, kept: a pack's rows repeat their dates, bodies and names."""
    return _sort_key(value)


def _row_key(positions: Sequence[int]) -> Callable[[Sequence[Any]], tuple[tuple[Any, ...], ...]]:
    """A row's sort key on these columns: ``_sort_key`` of each. The cells are picked and keyed in
    C (``itemgetter``, ``map`` over the kept ``_cell_key``), because a pack sorts up to 2 × limit
    rows of several columns on every call (initiative-timeline's 741 rows of 7 order columns: a
    Python loop per cell was about 2 ms); a row with an unhashable cell (a list) takes the plain way."""
    pick = itemgetter(*positions) if len(positions) > 1 else (lambda row: (row[positions[0]],))

    def key(row: Sequence[Any]) -> tuple[tuple[Any, ...], ...]:
        cells = pick(row)
        try:
            return tuple(map(_cell_key, cells))
        except TypeError:  # a list cell
            return tuple(map(_sort_key, cells))

    return key


def _degree(store: QueryStore, candidates: Sequence[Candidate]) -> int:
    total = 0
    for candidate in candidates:
        # The label comes from the pack header via the resolver, never from user text.
        cypher = f"MATCH (n:`{candidate.type}`)-[r]-() WHERE n.id = $id RETURN count(r) AS degree"
        rows = store.query(cypher, {"id": candidate.id})
        total += int(rows[0]["degree"]) if rows else 0
    return total


def _turn_back(columns: Sequence[str], rows: list[list[Any]]) -> list[list[Any]]:
    """Rows of a path found from its far end, read again from its near end: the steps reversed and
    renumbered (each step reads in its relationship's direction either way, so from/to stay)."""
    step = columns.index("step") if "step" in columns else None
    out: list[list[Any]] = []
    for number, row in enumerate(reversed(rows), start=1):
        new = list(row)
        if step is not None:
            new[step] = number
        out.append(new)
    return out


def run_pack(
    store: QueryStore, name: str, raw_params: Mapping[str, str], *, timeout_s: float = DEFAULT_TIMEOUT_S
) -> PackResult:
    """Run the pack ``name`` with the user's raw ``key=value`` parameters.

    The names are resolved against the candidates of one graph version. A store that remembers the
    version its last read saw (Neo4j: a bookmark) is not asked again before the pack (a round trip
    per run); instead the pack's own read tells the version it read, and if the graph moved in
    between (a load), the pack runs once more with the candidates of the graph it reads now."""
    pack = get_pack(name)
    seen = known_version(store) if pack.resolves else None
    result = _run_pack(store, pack, raw_params, timeout_s, seen)
    if seen is not None and known_version(store) != seen:
        result = _run_pack(store, pack, raw_params, timeout_s, None)
    return result


def _run_pack(
    store: QueryStore, pack: Pack, raw_params: Mapping[str, str], timeout_s: float, version: Hashable | None
) -> PackResult:
    params: dict[str, Any] = dict(bind_params(pack, raw_params))
    resolved: dict[str, list[Hit]] = {}
    indexes = name_indexes(store, version) if pack.resolves else None  # one graph version per run
    for resolve in pack.resolves:
        text = str(params[resolve.param])
        if text == "":
            found: list[Hit] = []
        elif resolve.mode == "all":
            found = search_names(store, text, resolve.labels, indexes)
        else:
            found = [resolve_name(store, text, resolve.labels, indexes)]
        resolved[resolve.param] = found
        params[f"{resolve.param}_ids"] = [h.candidate.id for h in found]
        if resolve.mode == "one":
            params[f"{resolve.param}_id"] = found[0].candidate.id if found else ""
            params[f"{resolve.param}_label"] = found[0].candidate.type if found else ""
    flipped = False
    if pack.start_from_quieter:
        first, second = pack.start_from_quieter
        ends = {name: [h.candidate for h in resolved[name]] for name in (first, second)}
        if _degree(store, ends[second]) < _degree(store, ends[first]):
            for key_a, key_b in ((first + s, second + s) for s in ("_ids", "_id", "_label") if first + s in params):
                params[key_a], params[key_b] = params[key_b], params[key_a]
            flipped = True
    records: list[dict[str, Any]] = []
    try:
        for statement in pack.statements_for(store.engine):  # the first that returns rows answers
            if store.engine == "ladybug":
                text = labels_written(limits_written(statement, params), params, pack.resolves)
                records = store.query(text, params, timeout_s=timeout_s)
            elif pack.order:  # one record holding every row
                [collected_rows] = store.query(collected(statement, pack.columns), params, timeout_s=timeout_s)
                records = [dict(zip(pack.columns, row, strict=True)) for row in collected_rows["rows"]]
            else:
                records = store.query(statement, params, timeout_s=timeout_s)
            if records:
                break
    except KommunegrafError:
        raise
    except Exception as error:  # the engines raise their own types; one line, not a traceback
        raise StoreError(f"pack {pack.name} failed on {store.engine}: {first_line(error)}") from None
    rows = with_body_labels(lambda text, args: store.query(text, args), pack.columns, _rows(pack.columns, records))
    result = PackResult(list(pack.columns), rows, resolved)
    if flipped:
        result.rows = _turn_back(result.columns, result.rows)
    if pack.order:
        positions = [pack.columns.index(column) for column in pack.order]
        # stable: rows equal on these columns keep the engine's order, which the pack makes total
        result.rows.sort(key=_row_key(positions))
        limit = params.get("limit")
        if isinstance(limit, int):
            del result.rows[limit:]
    return result


# --- ad hoc read-only Cypher ---------------------------------------------------------------

_WRITE_WORDS = re.compile(
    r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|ALTER|COPY|LOAD|INSTALL|ATTACH|IMPORT|EXPORT|"
    r"CHECKPOINT|BEGIN|COMMIT|ROLLBACK|FOREACH|USE)\b",
    flags=re.IGNORECASE,
)
_LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", flags=re.DOTALL)


def write_word(cypher: str) -> str | None:
    """The first clause keyword that writes (or reads files / changes the session), if any.

    String literals, quoted names and comments are blanked first, so a name such as 'Set' in a
    string does not count.
    """
    match = _WRITE_WORDS.search(_LITERALS.sub(" ", cypher))
    return match.group(1).upper() if match else None


def run_read_only(
    store: QueryStore,
    cypher: str,
    params: Mapping[str, Any] | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> PackResult:
    """Run ad hoc Cypher, refusing anything that writes. Both guards apply on both engines:
    a keyword check here, then the engine's own (Neo4j: EXPLAIN's query type must be read-only;
    LadybugDB: the store is opened read-only and refuses writes)."""
    if not cypher.strip():
        raise UserError("empty query")
    word = write_word(cypher)
    if word is not None:
        raise UserError(f"refused: {word} writes or leaves the graph; `kommunegraf cypher` is read-only")
    try:
        if not store.explain_is_read_only(cypher):
            raise UserError("refused: the query writes; `kommunegraf cypher` is read-only")
        records = store.query(cypher, dict(params or {}), timeout_s=timeout_s)
    except KommunegrafError:
        raise
    except Exception as error:  # the engines raise their own types; the user needs one line
        message = first_line(error)
        if "read-only" in message.lower() or "read only" in message.lower():
            raise UserError(f"refused: the query writes; `kommunegraf cypher` is read-only ({message})") from None
        raise UserError(f"query failed: {message}") from None
    columns = list(records[0]) if records else []
    return PackResult(columns, _rows(columns, records))
