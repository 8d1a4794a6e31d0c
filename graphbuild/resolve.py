"""The resolve stage: the facts of all documents -> one graph, one node per real thing.

- Entities with the same id are one node (ids are normalised keys made by extract).
- Organisations and initiatives whose names or aliases normalise to the same key are one node
  ("KL Play" = "KL Play: Sundhed og Social"; "KKR-Midtjylland" = "KKR Midtjylland"); a known
  (gazetteer) id wins over a found one; a company's name with and without its legal form ("VEKS I/S",
  "VEKS") shares a key.
- An organisation named only by its kind and owned by no municipality ("Bestyrelsen", "Regionsrådet")
  is its document's own node, named with the file: five regions' councils are not one.
- An organisation named only by an acronym no document expands and the gazetteer does not know ("KFU")
  is its document's municipality's node ("KFU (Odder)"): Odder's KFU and Vejle's are not one.
- People of the same name stay apart when the documents give them different affiliations; a person
  named by one word alone ("Jens") is the person of the body whose minutes name them, their id scoped to
  that body, else to the document (graphbuild.resolve_people).
- One relationship per fact: relationships equal on type, endpoints and own properties (a role's
  dates, an adoption's date) are one, whatever number of documents or mentions state it; its
  evidence is the first statement (earliest meeting, then document, then position) and `docs`
  lists every document that states it.
- Every agenda item carries its meeting's date, body, municipality and document name
  (graphbuild.item_context), so packs read them in one hop.
- Every id is derived from normalised keys and every list is sorted, so a run is reproducible
  byte for byte on any machine.

It streams, so memory is set by the shared entities, not by the number of documents:

1. ``SharedIds`` (graphbuild.resolve_ids) sees every document's organisation and initiative names
   and people's affiliations (``shared_names`` of one document, small enough to come back from an
   extraction worker) and decides which ids merge and which people split.
2. ``Resolver`` then takes the documents in order, one group of documents with the same content at
   a time (``add_group``): the group's own nodes (Document, Meeting, AgendaItem) and every
   relationship touching them are complete when the group is, and go to the sink at once; the
   shared nodes (organisations, initiatives, people, municipalities, cases, laws) and the facts
   between them are gathered (graphbuild.resolve_records) and go to the sink at ``finish``.

``resolve(facts)`` runs both steps over documents in memory and returns a ``Graph``; the build runs
them over documents read back one at a time from disk (graphbuild.pipeline).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.item_context import add_item_context
from graphbuild.models import DocumentFacts, Graph
from graphbuild.resolve_document_ids import doc_of, document_own_entity
from graphbuild.resolve_ids import (
    IdMap,
    SharedIds,
    shared_names,
)
from graphbuild.resolve_records import (
    GraphSink,
    MergedFact,
    MergedNode,
    PendingStatement,
    Sink,
    StatementKey,
    add_counts,
    add_known,
    canonical_name,
    merged_nodes,
)
from graphbuild.spill import Partitions
from graphbuild.vocab import ids
from graphbuild.vocab.gazetteer import known_by_id
from graphbuild.vocab.schema import load_schema

# Nodes that belong to one document: their ids carry the document's hash, so no other document has them.
LOCAL_LABELS: frozenset[str] = frozenset({"Document", "Meeting", "AgendaItem"})
LOCAL_ID_KINDS: tuple[str, ...] = ("document:", "meeting:", "item:")
# Shared nodes that grow with the documents (every agenda item's case number is new): a build's main
# process keeps them on disk, partitioned by id, and merges one partition at a time at the end.
SPILLED_LABELS: frozenset[str] = frozenset({"Case"})
SPILLED_ID_KINDS: tuple[str, ...] = ("case:",)
SPILL_PARTITIONS = 64


def _is_local_id(node_id: str) -> bool:
    return node_id.startswith(LOCAL_ID_KINDS)


@dataclass
class Resolver:
    """Step 2. ``add_group`` takes the documents in (sha256, source) order, those with the same hash
    together; ``finish`` sends the shared nodes and facts. A Resolver is used once."""

    idmap: IdMap
    sink: Sink
    shared: dict[str, MergedNode] = field(default_factory=dict)
    facts: dict[str, MergedFact] = field(default_factory=dict)
    pending: list[PendingStatement] = field(default_factory=list)
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

        local: dict[str, MergedNode] = {}
        labels: dict[str, str] = {}
        for facts in group:
            for entity in facts["entities"]:
                entity = generic.get(entity["id"], entity)
                node_id, label = final(entity["id"]), entity["type"]
                labels.setdefault(node_id, label)
                nodes = local if label in LOCAL_LABELS else self.shared
                node = nodes.get(node_id)
                if node is None:
                    node = nodes[node_id] = MergedNode(label)
                node.add(entity)
        statements: dict[str, MergedFact] = {}
        waiting: list[PendingStatement] = []
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
                    waiting.append(PendingStatement(relation["type"], source, target, ends, key, record))
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
        """The group's ids that step 1 or the document changes: a split person's id -> its new id, and an entity
        whose id its document alone decides (a generic body, a person named by one word alone) -> its entity as
        the document gives it (`resolve_document_ids`)."""
        known = known_by_id()
        document_name = Path(group[0]["source"]).name
        people: dict[str, str] = {}
        generic: dict[str, dict[str, Any]] = {}
        for facts in group:
            for entity in facts["entities"]:
                own = document_own_entity(entity, facts, doc, document_name, known)
                if own is not None:
                    generic[entity["id"]] = own
                elif entity["type"] == "Person":
                    split = self.idmap.person(entity["id"], entity["properties"].get("affiliation"))
                    if split is not None:
                        people[entity["id"]] = split
        return people, generic

    def absorb(
        self, shared: dict[str, MergedNode], facts: dict[str, MergedFact], pending: list[PendingStatement]
    ) -> None:
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
            add_counts(mine.names, node.names)
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
            add_known(node_id, node)
        waiting = self.pending
        if self._spilled is not None:  # a partition of the spilled nodes at a time, with the statements naming them
            deferred: dict[int, list[PendingStatement]] = {}
            waiting = []
            for pending in self.pending:
                spilled_end = next((end for end in self._spilled_ends(pending)), None)
                if spilled_end is None:
                    waiting.append(pending)
                else:
                    deferred.setdefault(self._spilled.number(spilled_end), []).append(pending)
            for number, records in self._spilled.partitions():
                nodes = merged_nodes(records)
                for node_id, node in nodes.items():
                    add_known(node_id, node)
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

    def _spilled_ends(self, pending: PendingStatement) -> Iterator[str]:
        """The ends of a statement whose label is unknown and that may be a spilled node."""
        for label, end in zip(pending.labels, (pending.source, pending.target), strict=True):
            if label is None and end not in self.shared and end.startswith(SPILLED_ID_KINDS):
                yield end

    def _settle(self, pending: PendingStatement, spilled: Mapping[str, MergedNode]) -> None:
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
        home: dict[str, MergedFact], rel_id: str, key: StatementKey, record: dict[str, Any], labels: tuple[str, str]
    ) -> None:
        fact = home.get(rel_id)
        if fact is None:
            fact = home[rel_id] = MergedFact(key, record, labels)
        fact.add(key, record)

    def _send_node(self, node_id: str, node: MergedNode) -> None:
        name = canonical_name(node_id, node.names)
        record: dict[str, Any] = dict.fromkeys(self._node_props[node.label])
        record.update({k: v for k, v in node.props.items() if k in record})
        record["id"] = node_id
        record["name"] = name
        record["aliases"] = sorted(a for a in node.aliases if a != name)
        self.sink.node(node_id, node.label, record)

    def _send_fact(self, rel_id: str, fact: MergedFact) -> None:
        properties = fact.properties()
        source, target, rel_type = properties.pop("_ends")
        self.sink.rel(rel_id, rel_type, source, target, fact.labels, properties)


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
