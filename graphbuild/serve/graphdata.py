"""What the web app's pages ask the graph: parameterised Cypher on either engine.

Labels, relationship types and property names in these queries come from the schema (package
data); everything a visitor typed travels as a parameter.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from graphbuild.pack_model import QueryStore
from graphbuild.store.values import property_columns
from graphbuild.vocab.item_order import ItemNumberKey, item_number_key
from graphbuild.vocab.schema import REL_BASE_PROPERTIES, Schema, load_schema

EVIDENCE = ("doc", "item", "span_start", "span_end", "quote", "docs")
FACT_LIMIT = 100  # per relationship type and direction; a page says when there are more
DATE_KEYS = ("date", "valid_from", "as_of", "valid_to", "starts_at")


def id_prefix(label: str) -> str:
    return "item" if label == "AgendaItem" else label.lower()


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    name: str
    properties: dict[str, Any]


@dataclass(frozen=True)
class Fact:
    """One relationship seen from a node: its type, direction, the node at the other end, its own
    properties and its evidence."""

    type: str
    outgoing: bool
    other: Node
    properties: dict[str, Any]
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def when(self) -> str:
        for key in DATE_KEYS:
            value = self.properties.get(key) or self.other.properties.get(key)
            if value:
                return str(value)
        return ""

    @property
    def own(self) -> dict[str, Any]:
        return {k: v for k, v in self.properties.items() if v not in (None, "", [])}


class GraphData:
    """The page queries over one open store."""

    def __init__(self, store: QueryStore, schema: Schema | None = None) -> None:
        self.store = store
        self.schema = schema or load_schema()
        self.prefixes = {id_prefix(label): label for label in self.schema.nodes}

    def _query(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self.store.query(cypher, dict(params or {}), timeout_s=30.0)

    # --- nodes ------------------------------------------------------------------------------

    def node(self, node_id: str) -> Node | None:
        """The node with this id, or None. Its label is read from the id's prefix when it names one."""
        prefix = node_id.partition(":")[0]
        labels = [self.prefixes[prefix]] if prefix in self.prefixes else list(self.schema.nodes)
        for label in labels:
            properties = self.schema.nodes[label].properties
            rows = self._query(
                f"MATCH (n:`{label}`) WHERE n.id = $id RETURN {property_columns('n', properties)}", {"id": node_id}
            )
            if rows:
                row = rows[0]
                return Node(node_id, label, str(row.get("name") or node_id), row)
        return None

    def facts(
        self, node: Node, cut: list[str] | None = None, *, types: Collection[str] | None = None, limit: int = 0
    ) -> list[Fact]:
        """The relationships of ``node`` (both directions, of these ``types`` or all), with the other
        end, dated ones first by date: at most ``limit`` (FACT_LIMIT) of each type and direction;
        those cut short are added to ``cut``."""
        limit = limit or FACT_LIMIT
        found: list[Fact] = []
        for rel_type, spec in self.schema.relationships.items():
            if types is not None and rel_type not in types:
                continue
            for source, target in spec.endpoints:
                for outgoing, mine, theirs in ((True, source, target), (False, target, source)):
                    if mine != node.label:
                        continue
                    arrow = ("-[r:`{t}`]->" if outgoing else "<-[r:`{t}`]-").format(t=rel_type)
                    other_props = [p for p in ("id", "name", *DATE_KEYS) if p in self.schema.nodes[theirs].properties]
                    cypher = (
                        f"MATCH (n:`{mine}`){arrow}(m:`{theirs}`) WHERE n.id = $id "
                        f"RETURN {property_columns('r', spec.properties)}, {property_columns('m', other_props, 'm_')} "
                        f"ORDER BY m_id LIMIT {limit + 1}"
                    )
                    rows = self._query(cypher, {"id": node.id})
                    if len(rows) > limit:
                        del rows[limit:]
                        if cut is not None:
                            cut.append(f"{rel_type} {'→' if outgoing else '←'} {theirs}")
                    for row in rows:
                        other = Node(
                            str(row["m_id"]),
                            theirs,
                            str(row.get("m_name") or row["m_id"]),
                            {p: row.get(f"m_{p}") for p in other_props},
                        )
                        own = {p: row.get(p) for p in spec.properties if p not in REL_BASE_PROPERTIES}
                        evidence = {p: row.get(p) for p in EVIDENCE}
                        found.append(Fact(rel_type, outgoing, other, own, evidence))
        found.sort(key=lambda f: (f.when == "", f.when, f.type, f.other.name))
        return found

    # --- home -------------------------------------------------------------------------------

    def latest_meetings(self, limit: int = 15) -> list[dict[str, Any]]:
        return self._query(
            "MATCH (m:Meeting) RETURN m.id AS id, m.name AS name, m.body AS body, m.kind AS kind, "
            "m.starts_at AS starts_at ORDER BY coalesce(m.starts_at, '') DESC, m.id LIMIT $limit",
            {"limit": limit},
        )

    def initiatives(self) -> list[dict[str, Any]]:
        return self._query(
            "MATCH (i:Initiative) OPTIONAL MATCH (m:Municipality)-[:ADOPTED]->(i) "
            "WITH i, count(DISTINCT m) AS adopters "
            "RETURN i.id AS id, i.name AS name, adopters ORDER BY adopters DESC, name, id"
        )

    def networks(self) -> list[dict[str, Any]]:
        """Organisations that have members: networks, associations, bodies with member bodies."""
        return self._query(
            "MATCH (x)-[:MEMBER_OF]->(o:Organization) WITH o, count(DISTINCT x) AS members "
            "RETURN o.id AS id, o.name AS name, o.kind AS kind, members ORDER BY members DESC, name, id"
        )

    # --- meetings ---------------------------------------------------------------------------

    def meeting_items(self, meeting_id: str) -> list[dict[str, Any]]:
        rows = self._query(
            "MATCH (m:Meeting)-[:HAS_ITEM]->(a:AgendaItem) WHERE m.id = $id "
            "RETURN a.id AS id, a.number AS number, a.title AS title, a.public AS public, a.outcome AS outcome, "
            "a.decision AS decision, a.case_numbers AS case_numbers",
            {"id": meeting_id},
        )
        return sorted(rows, key=lambda r: item_order(str(r.get("number") or ""), str(r.get("id") or "")))

    def attendance(self, meeting_id: str) -> list[dict[str, Any]]:
        return self._query(
            "MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) WHERE m.id = $id "
            "RETURN p.id AS id, p.name AS name, r.status AS status, r.stands_in_for AS stands_in_for, "
            "r.doc AS doc, r.span_start AS span_start, r.span_end AS span_end, r.quote AS quote "
            "ORDER BY status, name, id",
            {"id": meeting_id},
        )

    def mentioned_in(self, document_ids: list[str], per_document: int = 8) -> dict[str, list[Node]]:
        """The entities the items of each document's meeting mention or concern, most mentioned first."""
        rows = self._query(
            "MATCH (d:Document)<-[:RECORDED_IN]-(:Meeting)-[:HAS_ITEM]->(:AgendaItem)-[:MENTIONS|CONCERNS]->(e) "
            "WHERE d.id IN $ids RETURN d.id AS doc, e.id AS id, e.name AS name, count(*) AS times "
            "ORDER BY doc, times DESC, name, id",
            {"ids": document_ids},
        )
        found: dict[str, list[Node]] = {}
        for row in rows:
            entities = found.setdefault(str(row["doc"]), [])
            if len(entities) < per_document:
                node_id = str(row["id"])
                label = self.prefixes.get(node_id.partition(":")[0], "")
                entities.append(Node(node_id, label, str(row["name"] or node_id), {}))
        return found

    def meetings_of_document(self, document_id: str) -> list[dict[str, Any]]:
        return self._query(
            "MATCH (m:Meeting)-[:RECORDED_IN]->(d:Document) WHERE d.id = $id RETURN m.id AS id, m.name AS name",
            {"id": document_id},
        )


def item_order(number: str, item_id: str) -> ItemNumberKey:
    """A meeting's items in document order: by number, then a repeated number or the items printed with none
    by their place among those (the id's "~k", ``vocab.ids.item_keys``), as ``vocab.item_order`` orders them."""
    _, _, place = item_id.rpartition(":")[2].partition("~")
    return item_number_key(f"{number}~{place}" if place.isdecimal() else number)
