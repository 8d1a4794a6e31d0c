"""An entity's page (its facts with their evidence, its meeting's items and attendance, the packs
about it run for it and linked) and its interactive picture, embedded in the page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from graphbuild.errors import KommunegrafError
from graphbuild.pack_files import get_pack
from graphbuild.querypacks import run_pack
from graphbuild.serve import graphdata, pictures
from graphbuild.serve.graphdata import Fact, Node
from graphbuild.serve.rendering import Renderer
from graphbuild.serve.state import Opened
from graphbuild.serve.urls import pack_url
from graphbuild.unnamed_bodies import UNNAMED_KIND, body_label, is_unnamed

ENTITY_PACK_ROWS = 100
# the picture is kommunegraf_viz's self-contained page: inline script and style, no request at all
PICTURE_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
    "font-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
)
# The packs an entity page shows, by label: (title, pack, parameter that takes the entity's id).
ENTITY_PACKS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "Initiative": (("Adopters", "adopters", "initiative"),),
    "Person": (("Roles and meetings", "person", "name"),),
    "Municipality": (("Networks", "network-members", "municipality"),),
    "Organization": (("Members", "network-members", "network"), ("Role holders", "role-holders", "organization")),
}
# ... and the packs it links to without running them (slower on a large graph: a body's decisions
# scan every meeting of it, a timeline every item that mentions the initiative).
ENTITY_PACK_LINKS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "Initiative": (("Timeline: every mention and decision", "initiative-timeline", "initiative"),),
    "Municipality": (("Decisions in the municipality", "decisions", "municipality"),),
    "Organization": (("Decisions of the body", "decisions", "body"),),
}


class EntityPages(Renderer):
    """An entity's page and its picture."""

    def entity(self, request: Request) -> Response:
        node_id = str(request.path_params["node_id"])
        with self.state.session() as opened:
            node = self.node_of(opened, node_id)
            if node is None:
                return self.not_found(f"There is no node {node_id!r} in the graph.")
            cut: list[str] = []
            facts = opened.graph.facts(node, cut)
            doc_names = self._document_names(opened, facts)
            context: dict[str, Any] = {}
            if node.label == "Meeting":
                context["items"] = opened.graph.meeting_items(node.id)
                context["attendance"] = opened.graph.attendance(node.id)
            if node.label == "Document":
                context["document_hex"] = node.id.removeprefix("document:")
            if node.properties.get("kind") == UNNAMED_KIND:  # the body of a document, not a body with a name
                docs = sorted({str(f.evidence.get("doc") or "") for f in facts} - {""})
                context["unnamed_documents"] = [(d.removeprefix("document:"), doc_names.get(d, d)) for d in docs]
            tables = [self._entity_pack(opened, node, *spec) for spec in ENTITY_PACKS.get(node.label, ())]
            return self.render(
                "entity.html",
                title=body_label(node.name, None) if is_unnamed(node.name) else node.name,
                node=node,
                properties={
                    k: v for k, v in node.properties.items() if k not in ("id", "name") and v not in (None, "", [])
                },
                facts=[f for f in facts if not _shown_elsewhere(node, f)],
                doc_names=doc_names,
                cut=cut,
                fact_limit=graphdata.FACT_LIMIT,
                tables=[t for t in tables if t is not None],
                views=pictures.views_for(node, facts),
                pack_links=[
                    (title, pack_url(pack, {param: node.id}))
                    for title, pack, param in ENTITY_PACK_LINKS.get(node.label, ())
                ],
                **context,
            )

    @staticmethod
    def _document_names(opened: Opened, facts: Sequence[Fact]) -> dict[str, str]:
        """Evidence's document id (``document:<hex>``) -> its file name."""
        if opened.index is None:
            return {}
        ids = {str(f.evidence.get("doc") or "") for f in facts} - {""}
        names = opened.index.names(doc.removeprefix("document:") for doc in ids)
        return {doc: names.get(doc.removeprefix("document:"), doc) for doc in ids}

    @staticmethod
    def _entity_pack(opened: Opened, node: Node, title: str, pack: str, param: str) -> dict[str, Any] | None:
        params = {param: node.id}
        if get_pack(pack).param("limit") is not None:
            params["limit"] = str(ENTITY_PACK_ROWS)  # the rest is one click away, in the pack's own page
        try:
            result = run_pack(opened.store, pack, params)
        except KommunegrafError:
            return None
        if not result.rows:
            return None
        return {"title": title, "pack": pack, "params": params, "result": result}

    def picture(self, request: Request) -> Response:
        """The node's picture (embedded in its entity page): ?view=ego, diffusion or membership."""
        node_id = str(request.path_params["node_id"])
        with self.state.session() as opened:
            node = self.node_of(opened, node_id)
            if node is None:
                return self.not_found(f"There is no node {node_id!r} in the graph.")
            views = pictures.views_for(node, opened.graph.facts(node, types=pictures.DECIDING, limit=1))
            view = request.query_params.get("view") or views[0]
            if view not in views:
                return self.not_found(f"There is no {view!r} picture of {node.name}.")
            page = pictures.picture_html(opened.store, opened.graph, node, view)
        return HTMLResponse(page, headers={"content-security-policy": PICTURE_CSP, "x-frame-options": "SAMEORIGIN"})


def _shown_elsewhere(node: Node, fact: Fact) -> bool:
    """A meeting's items and attendance have their own tables on its page."""
    return node.label == "Meeting" and fact.type in ("HAS_ITEM", "ATTENDED")
