"""The resolve stage: the facts of all documents -> one graph, one node per real thing.

- Entities with the same id are one node (ids are normalised keys made by extract).
- Organisations and initiatives whose names or aliases normalise to the same key are one node
  ("KL Play" = "KL Play: Sundhed og Social"; "KKR-Midtjylland" = "KKR Midtjylland"); a known
  (gazetteer) id wins over a found one; a company's name with and without its legal form ("VEKS I/S",
  "VEKS") shares a key.
- An organisation named only by its kind and owned by no municipality ("Bestyrelsen", "Regionsrådet")
  is its document's own node, named with the file: five regions' councils are not one.
- People of the same name stay apart when the documents give them different affiliations.
- One relationship per fact: relationships equal on type, endpoints and own properties (a role's
  dates, an adoption's date) are one, whatever number of documents or mentions state it; its
  evidence is the first statement (earliest meeting, then document, then position) and `docs`
  lists every document that states it.
- Every agenda item carries its meeting's date, body, municipality and document name
  (graphbuild.item_context), so packs read them in one hop.
- Every id is derived from normalised keys and every list is sorted, so a run is reproducible
  byte for byte on any machine.

It streams, so memory is set by the shared entities, not by the number of documents:

1. ``SharedIds`` sees every document's organisation and initiative names and people's affiliations
   (``shared_names`` of one document, small enough to come back from an extraction worker) and
   decides which ids merge and which people split.
2. ``Resolver`` then takes the documents in order, one group of documents with the same content at
   a time (``add_group``): the group's own nodes (Document, Meeting, AgendaItem) and every
   relationship touching them are complete when the group is, and go to the sink at once; the
   shared nodes (organisations, initiatives, people, municipalities, cases, laws) and the facts
   between them are gathered and go to the sink at ``finish``.

``resolve(facts)`` runs both steps over documents in memory and returns a ``Graph``; the build runs
them over documents read back one at a time from disk (graphbuild.pipeline).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from graphbuild.item_context import add_item_context
from graphbuild.models import DocumentFacts, Graph, NodeRecord, RelRecord
from graphbuild.spill import Partitions
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import is_generic_body_name
from graphbuild.vocab.gazetteer import known_by_id
from graphbuild.vocab.ids import normalise, slug
from graphbuild.vocab.schema import load_schema

MERGED_BY_NAME: frozenset[str] = frozenset({"Organization", "Initiative"})
# an organisation of these kinds is one municipality's or one document's: never joined with another by name
NOT_MERGED_KINDS: frozenset[str] = frozenset({"municipality body", "unnamed body"})
# Nodes that belong to one document: their ids carry the document's hash, so no other document has them.
LOCAL_LABELS: frozenset[str] = frozenset({"Document", "Meeting", "AgendaItem"})
LOCAL_ID_KINDS: tuple[str, ...] = ("document:", "meeting:", "item:")
LEADING_ARTICLES = ("den ", "det ", "de ")
# A company's legal form after its name ("VEKS I/S", "Vestforbrænding I/S", "AffaldPlus A/S") names the
# same company as the bare name, which minutes use as often; folded, "I/S" reads "i s".
TRAILING_LEGAL_FORMS = (" i s", " a s", " aps", " p s", " k s", " amba", " a m b a", " smba", " f m b a", " ivs")
# Shared nodes that grow with the documents (every agenda item's case number is new): a build's main
# process keeps them on disk, partitioned by id, and merges one partition at a time at the end.
SPILLED_LABELS: frozenset[str] = frozenset({"Case"})
SPILLED_ID_KINDS: tuple[str, ...] = ("case:",)
SPILL_PARTITIONS = 64

# What a document tells the first step: its (type, id, names) to merge by name, its (person id, affiliation).
Names = list[tuple[str, str, tuple[str, ...]]]
Affiliations = list[tuple[str, str]]
StatementKey = tuple[str, str, int]  # (meeting start, document, position): the first statement wins


def name_key(name: str) -> str:
    """The key two names must share to be one thing: normalised, without a leading article or a
    trailing legal form."""
    key = normalise(name)
    for article in LEADING_ARTICLES:
        if key.startswith(article):
            key = key[len(article) :]
    for legal_form in TRAILING_LEGAL_FORMS:
        if key.endswith(legal_form) and len(key) > len(legal_form):
            key = key[: -len(legal_form)]
            break
    return key


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller id becomes the root, so the result does not depend on the order of calls
            low, high = sorted((ra, rb))
            self.parent[high] = low


def doc_of(sha256: str) -> str:
    return sha256[:16]


# --- step 1: which ids are one thing --------------------------------------------------------------


def shared_names(facts: Mapping[str, Any]) -> tuple[Names, Affiliations]:
    """What the first step needs of one document (``facts`` as ``DocumentFacts.to_json_dict``):
    the names of its organisations and initiatives, and its people's affiliations."""
    names: Names = []
    affiliations: Affiliations = []
    known = known_by_id()
    for entity in facts["entities"]:
        kind, props = entity["type"], entity["properties"]
        if kind == "Person" and props.get("affiliation"):
            affiliations.append((entity["id"], str(props["affiliation"])))
        elif (
            kind in MERGED_BY_NAME and props.get("kind") not in NOT_MERGED_KINDS and not _is_generic_body(entity, known)
        ):
            names.append((kind, entity["id"], (entity["name"], *entity["aliases"])))
    return names, affiliations


def _is_generic_body(entity: Mapping[str, Any], known: Mapping[str, object]) -> bool:
    """An organisation named only by its kind ("Bestyrelsen", "Regionsrådet") with no municipality to
    own it: one body of the document that names it, never joined with another document's by name."""
    return (
        entity["type"] == "Organization"
        and entity["properties"].get("kind") not in NOT_MERGED_KINDS
        and entity["id"] not in known
        and is_generic_body_name(entity["name"])
    )


def _scoped_to_document(entity: Mapping[str, Any], doc: str, document_name: str) -> dict[str, Any]:
    """A generic body's entity as its document's own: its id and name carry the document."""
    name = entity["name"]
    return {
        **entity,
        "id": f"{entity['id']}--{doc}",
        "name": f"{name} ({document_name})",
        "aliases": [name, *entity["aliases"]],
    }


class SharedIds:
    """Step 1: organisations and initiatives sharing a name key are joined, people with more than one
    affiliation split. Order-free: documents may come in any order (as extraction workers finish)."""

    def __init__(self) -> None:
        self._uf = _UnionFind()
        self._owner_of_key: dict[tuple[str, str], str] = {}
        self._affiliations: dict[str, set[str]] = {}

    def observe(self, shared: tuple[Names, Affiliations]) -> None:
        known = known_by_id()
        names, affiliations = shared
        for person_id, affiliation in affiliations:
            self._affiliations.setdefault(person_id, set()).add(affiliation)
        for kind, entity_id, own_names in names:
            self._uf.find(entity_id)
            every = [*own_names, *(known[entity_id].aliases if entity_id in known else ())]
            for name in every:
                key = (kind, name_key(name))
                if not key[1]:
                    continue
                owner = self._owner_of_key.setdefault(key, entity_id)
                if owner != entity_id:
                    self._uf.union(owner, entity_id)

    def finish(self) -> IdMap:
        known = known_by_id()
        groups: dict[str, list[str]] = {}
        for entity_id in self._uf.parent:
            groups.setdefault(self._uf.find(entity_id), []).append(entity_id)
        merged: dict[str, str] = {}
        for members in groups.values():
            if len(members) < 2:
                continue
            known_members = sorted(m for m in members if m in known)
            canonical = known_members[0] if known_members else min(members, key=lambda m: (len(m), m))
            merged.update({member: canonical for member in members if member != canonical})
        split = frozenset(pid for pid, affiliations in self._affiliations.items() if len(affiliations) >= 2)
        return IdMap(merged, split)


@dataclass(frozen=True)
class IdMap:
    """The outcome of step 1: id -> canonical id for merged ones; people who split by affiliation."""

    merged: dict[str, str]
    split_people: frozenset[str]

    def person(self, entity_id: str, affiliation: object) -> str | None:
        """The id of this person as one document states them, when they are split by affiliation."""
        if entity_id in self.split_people and affiliation:
            return f"{entity_id}--{slug(str(affiliation))}"
        return None


# --- step 2: nodes and facts ------------------------------------------------------------------------


class Sink(Protocol):
    """Where resolved nodes and relationships go: a Graph in memory, or table files on disk."""

    def node(self, node_id: str, label: str, properties: dict[str, Any]) -> None: ...

    def rel(
        self, rel_id: str, rel_type: str, source: str, target: str, labels: tuple[str, str], properties: dict[str, Any]
    ) -> None: ...


class _Node:
    """One node's fragments merged: how often each name was stated (a plain dict, cheaper to make
    than a Counter for each of the many nodes stated once), the aliases and the first value of each
    property."""

    __slots__ = ("aliases", "label", "names", "props")

    def __init__(self, label: str) -> None:
        self.label = label
        self.names: dict[str, int] = {}
        self.aliases: set[str] = set()
        self.props: dict[str, Any] = {}

    def add(self, entity: Mapping[str, Any]) -> None:
        name = entity["name"]
        self.names[name] = self.names.get(name, 0) + 1
        self.aliases.update(entity["aliases"])
        self.aliases.add(entity["name"])
        for key, value in entity["properties"].items():
            if value is not None and self.props.get(key) is None:
                self.props[key] = value


class _Fact:
    """One relationship: its first statement so far, and every document that states it."""

    __slots__ = ("docs", "key", "labels", "record")

    def __init__(self, key: StatementKey, record: dict[str, Any], labels: tuple[str, str]) -> None:
        self.key = key
        self.record = record
        self.labels = labels
        self.docs: set[str] = set()

    def add(self, key: StatementKey, record: dict[str, Any]) -> None:
        self.docs.add(record["doc"])
        if key < self.key:
            self.key, self.record = key, record

    def properties(self) -> dict[str, Any]:
        first = self.record["doc"]
        return {**self.record, "docs": [first, *sorted(self.docs - {first})]}


@dataclass
class _Pending:
    """A statement naming a shared node its document does not declare: whether that node exists is
    known only at the end."""

    rel_type: str
    source: str
    target: str
    labels: tuple[str | None, str | None]
    key: StatementKey
    record: dict[str, Any]


def _add_counts(counts: dict[str, int], more: Mapping[str, int]) -> None:
    """``Counter.update``: the counts of ``more`` added, new names after the known ones."""
    for name, count in more.items():
        counts[name] = counts.get(name, 0) + count


def _canonical_name(node_id: str, names: Mapping[str, int]) -> str:
    known = known_by_id().get(node_id)
    if known is not None:
        return known.name
    return sorted(names.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def _is_local_id(node_id: str) -> bool:
    return node_id.startswith(LOCAL_ID_KINDS)


def _add_known(node_id: str, node: _Node) -> None:
    """A gazetteer entity's aliases, kind and region, added to its node at the end."""
    entity = known_by_id().get(node_id)
    if entity is not None:
        node.aliases.update(entity.aliases)
        node.props.setdefault("kind", entity.kind)
        if entity.region:
            node.props.setdefault("region", entity.region)


def _merged_nodes(records: Iterable[list[Any]]) -> dict[str, _Node]:
    """Spilled node fragments (id, label, names, aliases, properties), merged in the order they were
    spilled, as ``Resolver.absorb`` merges them in memory."""
    nodes: dict[str, _Node] = {}
    for node_id, label, names, aliases, props in records:
        node = nodes.get(node_id)
        if node is None:
            node = nodes[node_id] = _Node(label)
        _add_counts(node.names, names)
        node.aliases.update(aliases)
        for key, value in props.items():
            if value is not None and node.props.get(key) is None:
                node.props[key] = value
    return nodes


@dataclass
class Resolver:
    """Step 2. ``add_group`` takes the documents in (sha256, source) order, those with the same hash
    together; ``finish`` sends the shared nodes and facts. A Resolver is used once."""

    idmap: IdMap
    sink: Sink
    shared: dict[str, _Node] = field(default_factory=dict)
    facts: dict[str, _Fact] = field(default_factory=dict)
    pending: list[_Pending] = field(default_factory=list)
    spill_dir: Path | None = None  # where absorbed Case nodes wait, partitioned by id, until finish

    def __post_init__(self) -> None:
        self._spilled = Partitions(self.spill_dir, "cases", SPILL_PARTITIONS) if self.spill_dir else None
        schema = load_schema()
        self._schema = schema
        self._node_props = {label: list(node.properties) for label, node in schema.nodes.items()}
        self._own = {rel_type: rel.identifying for rel_type, rel in schema.relationships.items()}
        self._statement = {rel_type: rel.statement for rel_type, rel in schema.relationships.items()}
        self._empty_record: dict[str, dict[str, Any]] = {
            rel_type: dict.fromkeys(rel.properties) for rel_type, rel in schema.relationships.items()
        }

    def add_group(self, group: Sequence[Mapping[str, Any]]) -> None:
        """Documents with the same content hash (``DocumentFacts.to_json_dict`` each)."""
        doc = doc_of(group[0]["sha256"])
        people, generic = self._own_ids(group, doc)
        merged = self.idmap.merged

        def final(entity_id: str) -> str:
            scoped = generic.get(entity_id)
            if scoped is not None:
                return str(scoped["id"])
            person = people.get(entity_id, entity_id)
            return merged.get(person, person)

        local: dict[str, _Node] = {}
        labels: dict[str, str] = {}
        for facts in group:
            for entity in facts["entities"]:
                entity = generic.get(entity["id"], entity)
                node_id, label = final(entity["id"]), entity["type"]
                labels.setdefault(node_id, label)
                nodes = local if label in LOCAL_LABELS else self.shared
                node = nodes.get(node_id)
                if node is None:
                    node = nodes[node_id] = _Node(label)
                node.add(entity)
        statements: dict[str, _Fact] = {}
        waiting: list[_Pending] = []
        for facts in group:
            start = facts.get("start") or "9999"
            for relation in facts["relations"]:
                source, target = final(relation["source"]), final(relation["target"])
                if source == target:
                    continue
                ends = (labels.get(source), labels.get(target))
                if (ends[0] is None and _is_local_id(source)) or (ends[1] is None and _is_local_id(target)):
                    continue  # a node of this document it does not declare exists nowhere
                rel_id, record = self._record(relation, source, target)
                key = (start, doc, int(relation["evidence"]["start"]))
                if ends[0] is None or ends[1] is None:
                    waiting.append(_Pending(relation["type"], source, target, ends, key, record))
                    continue
                known_ends = (ends[0], ends[1])
                if not self._schema.endpoint_allowed(relation["type"], *known_ends):
                    continue
                home = statements if (known_ends[0] in LOCAL_LABELS or known_ends[1] in LOCAL_LABELS) else self.facts
                self._state(home, rel_id, key, record, known_ends)
        for pending in waiting:
            rel_id = pending.record["id"]
            if rel_id in statements or rel_id in self.facts:  # stated here with both ends: both exist
                fact = statements.get(rel_id) or self.facts[rel_id]
                fact.add(pending.key, pending.record)
            else:
                self.pending.append(pending)
        for node_id in sorted(local):
            self._send_node(node_id, local[node_id])
        for rel_id in sorted(statements):
            self._send_fact(rel_id, statements[rel_id])

    def _own_ids(
        self, group: Sequence[Mapping[str, Any]], doc: str
    ) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
        """The group's ids that step 1 or the document changes: a split person's id -> its new id, and a
        generic body's id -> its entity as this document's own."""
        document_name = Path(group[0]["source"]).name
        known = known_by_id()
        people: dict[str, str] = {}
        generic: dict[str, dict[str, Any]] = {}
        for facts in group:
            for entity in facts["entities"]:
                if entity["type"] == "Person":
                    split = self.idmap.person(entity["id"], entity["properties"].get("affiliation"))
                    if split is not None:
                        people[entity["id"]] = split
                elif _is_generic_body(entity, known):
                    generic[entity["id"]] = _scoped_to_document(entity, doc, document_name)
        return people, generic

    def absorb(self, shared: dict[str, _Node], facts: dict[str, _Fact], pending: list[_Pending]) -> None:
        """What another Resolver gathered from the documents right after this one's (a batch of a
        build worker): merged as if this one had read them."""
        for node_id, node in shared.items():
            if self._spilled is not None and node.label in SPILLED_LABELS:
                self._spilled.add(node_id, [node_id, node.label, dict(node.names), sorted(node.aliases), node.props])
                continue
            mine = self.shared.get(node_id)
            if mine is None:
                self.shared[node_id] = node
                continue
            _add_counts(mine.names, node.names)
            mine.aliases |= node.aliases
            for key, value in node.props.items():
                if value is not None and mine.props.get(key) is None:
                    mine.props[key] = value
        for rel_id, fact in facts.items():
            known = self.facts.get(rel_id)
            if known is None:
                self.facts[rel_id] = fact
                continue
            known.docs |= fact.docs
            if fact.key < known.key:
                known.key, known.record = fact.key, fact.record
        self.pending.extend(pending)

    def finish(self) -> None:
        for node_id, node in self.shared.items():
            _add_known(node_id, node)
        waiting = self.pending
        if self._spilled is not None:  # a partition of the spilled nodes at a time, with the statements naming them
            deferred: dict[int, list[_Pending]] = {}
            waiting = []
            for pending in self.pending:
                spilled_end = next((end for end in self._spilled_ends(pending)), None)
                if spilled_end is None:
                    waiting.append(pending)
                else:
                    deferred.setdefault(self._spilled.number(spilled_end), []).append(pending)
            for number, records in self._spilled.partitions():
                nodes = _merged_nodes(records)
                for node_id, node in nodes.items():
                    _add_known(node_id, node)
                for pending in deferred.pop(number, []):
                    self._settle(pending, nodes)
                for node_id in sorted(nodes):
                    self._send_node(node_id, nodes[node_id])
            waiting += [pending for left in deferred.values() for pending in left]  # their node is nowhere
        for pending in waiting:
            self._settle(pending, {})
        for node_id in sorted(self.shared):
            self._send_node(node_id, self.shared[node_id])
        for rel_id in sorted(self.facts):
            self._send_fact(rel_id, self.facts[rel_id])

    def _spilled_ends(self, pending: _Pending) -> Iterator[str]:
        """The ends of a statement whose label is unknown and that may be a spilled node."""
        for label, end in zip(pending.labels, (pending.source, pending.target), strict=True):
            if label is None and end not in self.shared and end.startswith(SPILLED_ID_KINDS):
                yield end

    def _settle(self, pending: _Pending, spilled: Mapping[str, _Node]) -> None:
        """A statement naming a shared node its document does not declare, now that every shared node is known."""

        def label_of(node_id: str) -> str | None:
            node = spilled.get(node_id)
            return node.label if node is not None else self._shared_label(node_id)

        source_label = pending.labels[0] or label_of(pending.source)
        target_label = pending.labels[1] or label_of(pending.target)
        if not source_label or not target_label:
            return
        if not self._schema.endpoint_allowed(pending.rel_type, source_label, target_label):
            return
        self._state(self.facts, pending.record["id"], pending.key, pending.record, (source_label, target_label))

    # --- helpers -----------------------------------------------------------------------------------

    def _shared_label(self, node_id: str) -> str | None:
        node = self.shared.get(node_id)
        return node.label if node is not None else None

    def _record(self, relation: Mapping[str, Any], source: str, target: str) -> tuple[str, dict[str, Any]]:
        """The statement's id and record; keys in the order of the schema's properties, then the
        statement's own, so every record of a type lists its properties alike."""
        rel_type, props, ev = relation["type"], relation["properties"], relation["evidence"]
        own = [(key, props.get(key)) for key in self._own[rel_type]]
        rel_id = ids.relationship_id(rel_type, source, target, *own)
        record = self._empty_record[rel_type].copy()
        for key, value in own:
            record[key] = value
        for key in self._statement[rel_type]:
            record[key] = props.get(key)
        record["id"] = rel_id
        record["doc"] = ids.document_id(ev["document"])
        record["item"] = ev.get("item")
        record["span_start"] = ev["start"]
        record["span_end"] = ev["end"]
        record["quote"] = ev["quote"]
        record["_ends"] = (source, target, rel_type)
        return rel_id, record

    @staticmethod
    def _state(
        home: dict[str, _Fact], rel_id: str, key: StatementKey, record: dict[str, Any], labels: tuple[str, str]
    ) -> None:
        fact = home.get(rel_id)
        if fact is None:
            fact = home[rel_id] = _Fact(key, record, labels)
        fact.add(key, record)

    def _send_node(self, node_id: str, node: _Node) -> None:
        name = _canonical_name(node_id, node.names)
        record: dict[str, Any] = dict.fromkeys(self._node_props[node.label])
        record.update({k: v for k, v in node.props.items() if k in record})
        record["id"] = node_id
        record["name"] = name
        record["aliases"] = sorted(a for a in node.aliases if a != name)
        self.sink.node(node_id, node.label, record)

    def _send_fact(self, rel_id: str, fact: _Fact) -> None:
        properties = fact.properties()
        source, target, rel_type = properties.pop("_ends")
        self.sink.rel(rel_id, rel_type, source, target, fact.labels, properties)


# --- in memory -------------------------------------------------------------------------------------


class GraphSink:
    """A Sink that collects a ``Graph``."""

    def __init__(self) -> None:
        self.nodes: dict[str, NodeRecord] = {}
        self.rels: dict[str, RelRecord] = {}

    def node(self, node_id: str, label: str, properties: dict[str, Any]) -> None:
        self.nodes[node_id] = NodeRecord(id=node_id, label=label, properties=properties)

    def rel(
        self, rel_id: str, rel_type: str, source: str, target: str, labels: tuple[str, str], properties: dict[str, Any]
    ) -> None:
        self.rels[rel_id] = RelRecord(
            id=rel_id,
            type=rel_type,
            source=source,
            target=target,
            source_label=labels[0],
            target_label=labels[1],
            properties=properties,
        )

    def graph(self) -> Graph:
        return Graph(nodes=dict(sorted(self.nodes.items())), rels=dict(sorted(self.rels.items())))


def groups_by_content(documents: Iterable[Mapping[str, Any]]) -> Iterator[list[Mapping[str, Any]]]:
    """Documents already in (sha256, source) order, those with the same hash (its first 16 hex
    digits, a document's id) together."""
    group: list[Mapping[str, Any]] = []
    for facts in documents:
        if group and doc_of(group[0]["sha256"]) != doc_of(facts["sha256"]):
            yield group
            group = []
        group.append(facts)
    if group:
        yield group


def resolve_into(
    documents: Sequence[Mapping[str, Any]] | Callable[[], Iterable[Mapping[str, Any]]], idmap: IdMap, sink: Sink
) -> None:
    """Step 2 over documents in (sha256, source) order: a sequence, or a function giving them anew."""
    resolver = Resolver(idmap, sink)
    for group in groups_by_content(documents() if callable(documents) else documents):
        resolver.add_group(group)
    resolver.finish()


def resolve(facts: Iterable[DocumentFacts]) -> Graph:
    """Both steps over documents in memory."""
    documents = [f.model_dump(by_alias=True) for f in sorted(facts, key=lambda f: (f.sha256, f.source))]
    shared = SharedIds()
    for document in documents:
        shared.observe(shared_names(document))
    sink = GraphSink()
    resolve_into(documents, shared.finish(), sink)
    graph = sink.graph()
    add_item_context(graph.nodes, graph.rels.values())  # an item's meeting date, body, municipality, document
    return graph
