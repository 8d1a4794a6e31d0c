"""Queries run on either engine: a named pack with the user's parameters (``run_pack``), or ad hoc
read-only Cypher (``run_read_only``), each answering a ``PackResult``.

A pack run binds its parameters (graphbuild.pack_params), resolves its names to node ids against one
graph version of the store (graphbuild.pack_names), starts a path search from its quieter end, tries
the engine's statements in order until one returns rows (its text as the engine needs it:
graphbuild.pack_statements), and sorts the rows here in natural order when the pack's header says
``order:``. The pack file format is described in graphbuild.pack_files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

from graphbuild.errors import KommunegrafError, StoreError, UserError, first_line
from graphbuild.pack_files import get_pack
from graphbuild.pack_model import Pack, QueryStore
from graphbuild.pack_names import known_version, name_indexes, resolve_name, search_names
from graphbuild.pack_params import bind_params
from graphbuild.pack_statements import collected, labels_written, limits_written
from graphbuild.unnamed_bodies import with_body_labels
from graphbuild.vocab.matching import Candidate, Hit

DEFAULT_TIMEOUT_S = 30.0


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
