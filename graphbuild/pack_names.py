"""A pack's names resolved to nodes of the store: the user's text in a parameter → the one node it
names (``resolve_name``) or every node it could mean (``search_names``). The matching itself is
graphbuild.vocab.matching (shared with the pictures and the CLI); here the candidates come from the
store, fetched once per graph version (``graph_version``) and kept while it stays. Labels and
relationship types in these queries come from pack headers and the matcher's context table
(package code), never from user text."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any
from weakref import WeakKeyDictionary

from graphbuild.pack_model import QueryStore
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

MAX_MATCHES = 50

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
