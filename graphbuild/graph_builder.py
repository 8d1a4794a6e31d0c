"""Graphs built by hand rather than by the pipeline: the tests' sample graph, the viz synthetic graph
and the benchmarks' large graph all come from this one builder.

Node ids come from the id makers of ``vocab.ids`` (so a hand-built graph meets a built one on the
same ids), every schema property is present (None where not given), and every fact is checked
against the schema as it is added: an unknown label, property or endpoint, or a value of the wrong
type, raises ``SchemaError``, as extract's facts do. Relationship ids are ``ids.relationship_id``
of type, endpoints and evidence; adding the same fact twice is an error. An agenda item carries
its meeting's date, body, municipality and document name (``item_context``, as resolve writes
them), kept true whatever order items and links are added in.

It builds ``models.Graph`` (what resolve returns), imports only models, ``item_context`` and the
vocabulary, and so
sits beside them: viz, benchmarks and tests import it, and it imports none of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from graphbuild.item_context import (
    CONTEXT_LINKS,
    ITEM_TIMELINE_LINKS,
    adoption_timeline,
    item_context,
    item_timeline_keys,
    props_of,
)
from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.vocab import ids
from graphbuild.vocab.schema import SchemaError, check_properties, load_schema


class GraphBuilder:
    def __init__(self) -> None:
        self.graph = Graph()
        self.schema = load_schema()
        self._links: dict[str, dict[str, str]] = defaultdict(dict)  # OF, PART_OF, ... : source -> target
        self._items: dict[str, list[str]] = defaultdict(list)  # meeting -> its items
        self._meetings: dict[str, list[str]] = defaultdict(list)  # body -> its meetings
        self._item_rels: dict[str, list[RelRecord]] = defaultdict(list)  # item -> its MENTIONS and CONCERNS

    # --- any node, any relationship ----------------------------------------------------------

    def node(self, label: str, node_id: str, name: str, aliases: Iterable[str] = (), **props: Any) -> str:
        node_type = self.schema.nodes.get(label)
        if node_type is None:
            raise SchemaError(f"{label!r} is not a node label of the schema")
        check_properties(label, node_type.properties, props)
        properties: dict[str, Any] = dict.fromkeys(node_type.properties)
        properties.update(props, id=node_id, name=name, aliases=list(aliases))
        self.graph.nodes[node_id] = NodeRecord.model_construct(id=node_id, label=label, properties=properties)
        return node_id

    def rel(
        self,
        rel_type: str,
        source: str,
        target: str,
        doc: str,
        item: str | None = None,
        quote: str | None = None,
        **props: Any,
    ) -> str:
        """``doc`` is the evidence document's short hash, ``item`` its agenda item number; the quote
        is the target's name unless given."""
        ends = [self.graph.nodes.get(source), self.graph.nodes.get(target)]
        if ends[0] is None or ends[1] is None:
            raise SchemaError(f"{rel_type}: {source if ends[0] is None else target} is not a node of the graph")
        source_label, target_label = ends[0].label, ends[1].label
        if not self.schema.endpoint_allowed(rel_type, source_label, target_label):
            raise SchemaError(f"{rel_type} does not run from {source_label} to {target_label}")
        spec = self.schema.relationships[rel_type]
        check_properties(rel_type, spec.properties, props)
        quote = str(ends[1].properties["name"]) if quote is None else quote
        rel_id = ids.relationship_id(rel_type, source, target, doc, item, quote)
        if rel_id in self.graph.rels:
            raise ValueError(f"{rel_type} {source} -> {target} with this evidence is in the graph already")
        properties: dict[str, Any] = dict.fromkeys(spec.properties)
        properties.update(
            props, id=rel_id, doc=ids.document_id(doc), item=item, span_start=0, span_end=len(quote), quote=quote
        )
        record = self.graph.rels[rel_id] = RelRecord.model_construct(
            id=rel_id,
            type=rel_type,
            source=source,
            target=target,
            source_label=source_label,
            target_label=target_label,
            properties=properties,
        )
        if rel_type in CONTEXT_LINKS:
            self._link(rel_type, source, target)
        elif rel_type in ITEM_TIMELINE_LINKS:  # the timeline properties, as resolve writes them
            self._item_rels[source].append(record)
            item_timeline_keys(ends[0].properties, self._item_rels[source])
        elif rel_type == "ADOPTED":
            properties.update(
                adoption_timeline(properties, ends[0].properties, props_of(self.graph.nodes, properties["doc"]))
            )
        return rel_id

    def _link(self, rel_type: str, source: str, target: str) -> None:
        """Note a link an item's context is read through, and write the context of the items it touches."""
        links = self._links[rel_type]
        links[source] = min(links.get(source, target), target)
        if rel_type == "HAS_ITEM":
            self._items[source].append(target)
            meetings = [source]
        elif rel_type == "OF":
            self._meetings[target].append(source)
            meetings = [source]
        elif rel_type == "PART_OF":
            meetings = list(self._meetings.get(source, ()))
        else:  # RECORDED_IN
            meetings = [source]
        for meeting in meetings:
            for item in self._items.get(meeting, ()):
                self._write_context(item, meeting)

    def _write_context(self, item: str, meeting: str) -> None:
        def props(node_id: str | None) -> dict[str, Any] | None:
            node = self.graph.nodes.get(node_id) if node_id else None
            return node.properties if node else None

        body = self._links["OF"].get(meeting)
        municipality = self._links["PART_OF"].get(body) if body else None
        document = self._links["RECORDED_IN"].get(meeting)
        context = item_context(props(meeting), props(body), props(municipality), props(document))
        self.graph.nodes[item].properties.update(context)
        item_timeline_keys(self.graph.nodes[item].properties, self._item_rels.get(item, ()))

    # --- one method per node kind, with its id maker -----------------------------------------

    def municipality(self, code: str, name: str, aliases: Iterable[str] = (), **props: Any) -> str:
        return self.node("Municipality", ids.municipality_id(code), name, aliases, code=code, **props)

    def organization(
        self,
        name: str,
        municipality_code: str | None = None,
        aliases: Iterable[str] = (),
        *,
        key: str | None = None,
        **props: Any,
    ) -> str:
        """``key`` names the id where the gazetteer's differs from the name ("DSD" for Den
        Storkøbenhavnske Digitaliseringsforening)."""
        node_id = ids.organization_id(key or name, municipality_code)
        return self.node("Organization", node_id, name, aliases, **props)

    def person(self, name: str, aliases: Iterable[str] = (), **props: Any) -> str:
        return self.node("Person", ids.person_id(name), name, aliases, **props)

    def initiative(self, name: str, aliases: Iterable[str] = (), **props: Any) -> str:
        return self.node("Initiative", ids.initiative_id(name), name, aliases, **props)

    def law(self, name: str, aliases: Iterable[str] = (), **props: Any) -> str:
        return self.node("Law", ids.law_id(name), name, aliases, **props)

    def case(self, number: str, **props: Any) -> str:
        return self.node("Case", ids.case_id(number), number, number=number, **props)

    def document(self, doc: str, file: str, **props: Any) -> str:
        """A document by its short hash; its sha256 starts with it, its format is txt unless given."""
        props.setdefault("sha256", (doc * 4)[:64])
        props.setdefault("format", "txt")
        return self.node("Document", ids.document_id(doc), file, **props)

    def meeting(
        self,
        doc: str,
        body: str,
        starts_at: str,
        *,
        file: str,
        kind: str = "referat",
        name: str | None = None,
        path: str | None = None,
    ) -> str:
        """A meeting of ``body`` (an Organization id) recorded in the document ``doc`` (named
        ``file``): the Meeting and Document nodes, OF and RECORDED_IN."""
        body_name = str(self.graph.nodes[body].properties["name"])
        meeting = self.node(
            "Meeting",
            ids.meeting_id(doc),
            name or f"{body_name} {starts_at[:10]}",
            kind=kind,
            body=body_name,
            starts_at=starts_at,
        )
        self.rel("OF", meeting, body, doc, None, body_name)
        self.rel("RECORDED_IN", meeting, self.document(doc, file, path=path, body=body_name), doc, None, file)
        return meeting

    def item(self, doc: str, number: str, title: str, *, name: str | None = None, **props: Any) -> str:
        """Agenda item ``number`` of the meeting recorded in ``doc``, and its HAS_ITEM."""
        props.setdefault("public", True)
        item = self.node(
            "AgendaItem",
            ids.item_id(doc, number),
            name or title,
            number=number,
            title=title,
            doc=ids.document_id(doc),
            **props,
        )
        self.rel("HAS_ITEM", ids.meeting_id(doc), item, doc, number, title)
        return item
