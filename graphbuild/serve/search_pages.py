"""The home page, search (entities by name and documents by their words, a page at a time) and
``/find`` (a name from a table cell: its entity's page when it names one, else a search)."""

from __future__ import annotations

from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from graphbuild.search_terms import query_terms
from graphbuild.serve.rendering import Renderer
from graphbuild.serve.urls import bounded_int, entity_url
from graphbuild.unnamed_bodies import is_unnamed

PAGE_SIZE = 20


class SearchPages(Renderer):
    """The home page, search and find."""

    def home(self, request: Request) -> Response:
        with self.state.session() as opened:
            counts = opened.store.counts()
            return self.render(
                "home.html",
                title="kommunegraf",
                nodes={k: v for k, v in counts.items() if not k.isupper()},
                relationships=sum(v for k, v in counts.items() if k.isupper()),
                meetings=opened.graph.latest_meetings(),
                initiatives=opened.graph.initiatives(),
                networks=opened.graph.networks(),
                index_problem=opened.index_problem,
            )

    def search(self, request: Request) -> Response:
        text = request.query_params.get("q", "").strip()[:200]
        page = bounded_int(request.query_params.get("page"), 1, 1, 1000)
        with self.state.session() as opened:
            if opened.index is None:
                return self.render("error.html", 503, title="No search index", message=opened.index_problem)
            entities = opened.index.search_entities(text) if text else []
            if request.query_params.get("unnamed") != "show":  # documents' unnamed bodies only when asked
                entities = [hit for hit in entities if not is_unnamed(hit.name)]
            total, documents = (
                opened.index.search_documents(text, PAGE_SIZE, (page - 1) * PAGE_SIZE) if text else (0, [])
            )
            mentions = opened.graph.mentioned_in([f"document:{hit.doc}" for hit in documents]) if documents else {}
        pages = max(1, -(-total // PAGE_SIZE))
        return self.render(
            "search.html",
            title=f"Search: {text}" if text else "Search",
            q=text,
            terms=" ".join(query_terms(text)),
            entities=entities,
            documents=documents,
            mentions=mentions,
            total=total,
            page=page,
            pages=pages,
        )

    def find(self, request: Request) -> Response:
        """A name from a table cell: its entity page when the name is one entity's, else a search."""
        name = request.query_params.get("name", "").strip()[:200]
        with self.state.session() as opened:
            found = opened.index.entities_named(name) if opened.index is not None and name else []
        if len(found) == 1:
            return RedirectResponse(entity_url(found[0].id), status_code=303)
        return RedirectResponse("/search?" + urlencode({"q": name}), status_code=303)
