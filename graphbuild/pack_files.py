"""The pack files: each `queries/*.cypher` read into a `Pack`, its header checked, once per process.

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

import re
from collections.abc import Mapping
from functools import cache
from importlib import resources

from graphbuild.errors import UserError
from graphbuild.pack_model import Pack, PackParam, Resolve
from graphbuild.pack_statements import label_params, limit_params, return_columns, statements_of

PACKAGE = "graphbuild.packs"
ENGINES = ("neo4j", "ladybug")
PARAM_TYPES = ("string", "int", "date", "choice")

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

    texts = {"neo4j": statements_of(text)}
    for engine, variant in (variants or {}).items():
        texts[engine] = statements_of(variant)
    columns = return_columns(texts["neo4j"][0])
    for engine, statements in texts.items():
        if any(return_columns(body) != columns for body in statements):
            raise PackFormatError(f"{name}: the {engine} variant returns other columns than the reference")
    int_params = {p.name for p in params if p.type == "int"}
    for engine, statements in texts.items():
        if not set().union(*map(limit_params, statements)) <= int_params:
            raise PackFormatError(f"{name}: the {engine} text has a LIMIT $parameter that is not an int parameter")
    one_name = {r.param for r in resolves if r.mode == "one"}
    for engine, statements in texts.items():
        if not set().union(*map(label_params, statements)) <= one_name:
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
