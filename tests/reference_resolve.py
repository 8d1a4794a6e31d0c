"""A reference for the streaming resolve: the whole-graph resolve as it was before streaming, kept so
tests can compare the two. It shares `item_context` with the code under test (the rule is one
function, tested on its own in tests/test_item_context.py), so a comparison with it checks where
the streaming build applies that rule, not the rule itself.

The resolve stage: the facts of all documents -> one Graph, one node per real thing.

- Entities with the same id are one node (ids are normalised keys made by extract).
- Organisations and initiatives whose names or aliases normalise to the same key are one node
  ("KL Play" = "KL Play: Sundhed og Social"; "KKR-Midtjylland" = "KKR Midtjylland"); a known
  (gazetteer) id wins over a found one.
- An organisation named only by an acronym the gazetteer does not know ("KFU") is its document's
  municipality's: "organization:<code>-kfu", named "KFU (<municipality>)", never joined by name.
- People of the same name stay apart when the documents give them different affiliations.
- One relationship per fact: relationships equal on type, endpoints and own properties (a role's
  dates, an adoption's date) are one, whatever number of documents or mentions state it; its
  evidence is the first statement (earliest meeting, then document, then position) and `docs`
  lists every document that states it.
- Every id is derived from normalised keys and every list is sorted, so a run is reproducible
  byte for byte on any machine.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from graphbuild.item_context import add_item_context
from graphbuild.models import DocumentFacts, Entity, Graph, NodeRecord, NodeType, Relation, RelRecord
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import is_generic_body_name, is_kind_word_name, is_one_of_many_body_name
from graphbuild.vocab.gazetteer import known_by_id
from graphbuild.vocab.ids import normalise, organization_id, slug
from graphbuild.vocab.schema import load_schema

MERGED_BY_NAME: frozenset[str] = frozenset({"Organization", "Initiative"})
LEADING_ARTICLES = ("den ", "det ", "de ")


LEGAL_FORMS = (" i s", " a s", " aps", " p s", " k s", " amba", " a m b a", " smba", " f m b a", " ivs")


def name_key(name: str) -> str:
    """The key two names must share to be one thing: normalised, without a leading article or a
    trailing legal form ("VEKS I/S" = "VEKS")."""
    key = normalise(name)
    for article in LEADING_ARTICLES:
        if key.startswith(article):
            key = key[len(article) :]
    for form in LEGAL_FORMS:
        if key.endswith(form) and len(key) > len(form):
            return key[: -len(form)]
    return key


def _document_own(entity: Entity) -> bool:
    """An organisation named only by its kind ("Bestyrelsen") and of no municipality: its document's own."""
    if entity.type != "Organization" or entity.id in known_by_id() or entity.properties.get("kind") == "unnamed body":
        return False
    if is_one_of_many_body_name(entity.name):  # "Bestyrelse (Holbæk)": a municipality has many
        return True
    return entity.properties.get("kind") != "municipality body" and is_generic_body_name(entity.name)


def _kind_word(entity: Entity) -> bool:
    """An organisation named by its kind in one word ("Menighedsrådet"): its municipality's, else its document's."""
    return (
        entity.type == "Organization"
        and entity.properties.get("kind") not in ("municipality body", "unnamed body")
        and entity.id not in known_by_id()
        and is_kind_word_name(entity.name)
        and not _document_own(entity)
    )


_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,6}(?:-[A-Z][a-z]+)?")


def _bare_abbreviation(entity: Entity) -> bool:
    """An organisation named only by an acronym (of no kind) the gazetteer does not know."""
    return (
        entity.type == "Organization"
        and entity.properties.get("kind") is None
        and entity.id not in known_by_id()
        and _ACRONYM.fullmatch(entity.name) is not None
    )


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


def _doc_of(facts: DocumentFacts) -> str:
    return facts.sha256[:16]


def _person_ids(documents: list[DocumentFacts]) -> dict[tuple[str, str], str]:
    """(doc, person id) -> resolved id. Same name, different affiliations: different people."""
    affiliations: dict[str, set[str]] = defaultdict(set)
    for facts in documents:
        for entity in facts.entities:
            if entity.type == "Person" and entity.properties.get("affiliation"):
                affiliations[entity.id].add(str(entity.properties["affiliation"]))
    mapping: dict[tuple[str, str], str] = {}
    for facts in documents:
        for entity in facts.entities:
            if entity.type != "Person" or len(affiliations[entity.id]) < 2:
                continue
            affiliation = entity.properties.get("affiliation")
            if affiliation:
                mapping[(_doc_of(facts), entity.id)] = f"{entity.id}--{slug(str(affiliation))}"
    return mapping


def _merge_ids(entities: list[Entity]) -> dict[str, str]:
    """Entity id -> canonical id, joining organisations and initiatives that share a name key."""
    known = known_by_id()
    uf = _UnionFind()
    owner_of_key: dict[tuple[str, str], str] = {}
    for entity in sorted(entities, key=lambda e: e.id):
        uf.find(entity.id)
        if entity.type not in MERGED_BY_NAME or entity.properties.get("kind") == "municipality body":
            continue
        if _document_own(entity) or _kind_word(entity):
            continue
        names = [entity.name, *entity.aliases]
        if entity.id in known:
            names += list(known[entity.id].aliases)
        for name in names:
            key = (entity.type, name_key(name))
            if not key[1]:
                continue
            if key in owner_of_key:
                uf.union(owner_of_key[key], entity.id)
            else:
                owner_of_key[key] = entity.id
    groups: dict[str, list[str]] = defaultdict(list)
    for entity_id in sorted(uf.parent):
        groups[uf.find(entity_id)].append(entity_id)
    mapping: dict[str, str] = {}
    for members in groups.values():
        known_members = sorted(m for m in members if m in known)
        canonical = known_members[0] if known_members else min(members, key=lambda m: (len(m), m))
        for member in members:
            mapping[member] = canonical
    return mapping


def _canonical_name(node_id: str, names: Counter[str]) -> str:
    known = known_by_id().get(node_id)
    if known is not None:
        return known.name
    return sorted(names.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def _node_properties(label: str) -> list[str]:
    return list(load_schema().nodes[label].properties)


def _rel_properties(rel_type: str) -> list[str]:
    return list(load_schema().relationships[rel_type].properties)


def _own_rel_properties(rel_type: str) -> list[str]:
    """The properties that tell two facts of one type apart (a role's dates), not their evidence nor
    the statement's own (a role's as_of)."""
    return load_schema().relationships[rel_type].identifying


def resolve(facts: Iterable[DocumentFacts]) -> Graph:
    documents = sorted(facts, key=lambda f: (f.sha256, f.source))
    person_map = _person_ids(documents)
    # (doc, id) -> (the acronym's scoped id, its municipality's name)
    municipal: dict[tuple[str, str], tuple[str, str]] = {
        (_doc_of(f), e.id): (organization_id(e.name, f.municipality.code), f.municipality.name)
        for f in documents
        if f.municipality is not None
        for e in f.entities
        if (_bare_abbreviation(e) or _kind_word(e)) and not _document_own(e)
    }
    all_entities = [e for f in documents for e in f.entities if (_doc_of(f), e.id) not in municipal]
    merged = _merge_ids(all_entities)
    own = {
        (_doc_of(f), e.id): Path(f.source).name
        for f in documents
        for e in f.entities
        if _document_own(e) or (_kind_word(e) and f.municipality is None)
    }

    def final_id(doc: str, entity_id: str) -> str:
        if (doc, entity_id) in own:
            return f"{entity_id}--{doc}"
        if (doc, entity_id) in municipal:
            return municipal[(doc, entity_id)][0]
        return merged.get(person_map.get((doc, entity_id), entity_id), person_map.get((doc, entity_id), entity_id))

    labels: dict[str, NodeType] = {}
    names: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    props: dict[str, dict[str, Any]] = defaultdict(dict)
    for f in documents:
        doc = _doc_of(f)
        for entity in f.entities:
            node_id = final_id(doc, entity.id)
            labels.setdefault(node_id, entity.type)
            name = entity.name
            if (doc, entity.id) in own:
                aliases[node_id].add(name)
                name = f"{name} ({own[(doc, entity.id)]})"
            elif (doc, entity.id) in municipal:
                aliases[node_id].add(name)
                name = f"{name} ({municipal[(doc, entity.id)][1]})"
            names[node_id][name] += 1
            aliases[node_id].update(entity.aliases)
            aliases[node_id].add(name)
            for key, value in entity.properties.items():
                if value is not None and props[node_id].get(key) is None:
                    props[node_id][key] = value
    for node_id in labels:
        known = known_by_id().get(node_id)
        if known is not None:
            aliases[node_id].update(known.aliases)
            props[node_id].setdefault("kind", known.kind)
            if known.region:
                props[node_id].setdefault("region", known.region)

    nodes: dict[str, NodeRecord] = {}
    for node_id in sorted(labels):
        label = labels[node_id]
        name = _canonical_name(node_id, names[node_id])
        record: dict[str, Any] = {key: None for key in _node_properties(label)}
        record.update({k: v for k, v in props[node_id].items() if k in record})
        record["id"] = node_id
        record["name"] = name
        record["aliases"] = sorted(a for a in aliases[node_id] if a != name)
        nodes[node_id] = NodeRecord(id=node_id, label=label, properties=record)

    schema = load_schema()
    statements: dict[str, list[tuple[tuple[str, str, int], RelRecord]]] = defaultdict(list)
    for f in documents:
        doc = _doc_of(f)
        for relation in f.relations:
            rel = _rel_record(relation, final_id(doc, relation.source), final_id(doc, relation.target), nodes)
            if rel is not None and schema.endpoint_allowed(rel.type, rel.source_label, rel.target_label):
                statements[rel.id].append(((f.start or "9999", doc, relation.evidence.start), rel))
    rels = {rel_id: _one_fact(stated) for rel_id, stated in statements.items()}
    add_item_context(nodes, rels.values())  # as main's whole-graph resolve did before streaming
    return Graph(nodes=nodes, rels=dict(sorted(rels.items())))


def _one_fact(statements: list[tuple[tuple[str, str, int], RelRecord]]) -> RelRecord:
    """The first statement carries the evidence; `docs` names every document that states the fact."""
    statements.sort(key=lambda pair: pair[0])
    first = statements[0][1]
    docs = sorted({rel.properties["doc"] for _, rel in statements} - {first.properties["doc"]})
    return first.model_copy(update={"properties": {**first.properties, "docs": [first.properties["doc"], *docs]}})


def _rel_record(relation: Relation, source: str, target: str, nodes: dict[str, NodeRecord]) -> RelRecord | None:
    if source not in nodes or target not in nodes or source == target:
        return None
    ev = relation.evidence
    own = {key: relation.properties.get(key) for key in _own_rel_properties(relation.type)}
    rel_id = ids.relationship_id(relation.type, source, target, *own.items())
    record: dict[str, Any] = {key: None for key in _rel_properties(relation.type)}
    record.update(own)
    record.update({key: relation.properties.get(key) for key in load_schema().relationships[relation.type].statement})
    record.update(id=rel_id, doc=ids.document_id(ev.document), item=ev.item)
    record.update(span_start=ev.start, span_end=ev.end, quote=ev.quote)
    return RelRecord(
        id=rel_id,
        type=relation.type,
        source=source,
        target=target,
        source_label=nodes[source].label,
        target_label=nodes[target].label,
        properties=record,
    )
