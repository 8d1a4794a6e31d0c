"""The web app: Starlette routes rendering Jinja2 templates (autoescaped) over a read-only store.

Pages: home, search, an entity page per node, the meeting page, the document view (a document of
the graph by its id, the quoted span highlighted), and the query packs as forms with CSV, JSON
and XLSX downloads. Nothing here writes to the store.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graphbuild.changes import read_log
from graphbuild.errors import KommunegrafError
from graphbuild.pack_files import get_pack, list_packs
from graphbuild.pack_names import fetch_candidates
from graphbuild.pack_output import cell_text, format_rows, xlsx_bytes
from graphbuild.querypacks import PackResult, run_pack
from graphbuild.serve import feeds, graphdata, pictures
from graphbuild.serve.graphdata import Fact, Node
from graphbuild.serve.state import Opened, ServeState
from graphbuild.sources.manifest import web_address
from graphbuild.store.base import StoreTarget
from graphbuild.textindex import DOC_HEX, hit_spans, query_terms, segments
from graphbuild.unnamed_bodies import UNNAMED_KIND, body_label, is_unnamed

SECURITY_HEADERS = {
    # the pages load nothing from elsewhere: styles and scripts are the package's own files
    "content-security-policy": "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}
ENTITY_COLUMNS = frozenset(
    {
        "municipality", "initiative", "person", "organization", "network", "member", "body", "stands_in_for",
        "entity", "from_entity", "to_entity", "from_organization", "to_organization", "other", "name", "meeting",
    }
)  # fmt: skip
PAGE_SIZE = 20
ENTITY_PACK_ROWS = 100
# the picture is kommunegraf_viz's self-contained page: inline script and style, no request at all
PICTURE_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
    "font-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
)
SUGGESTIONS = 500
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


# --- URLs the templates build ----------------------------------------------------------------


def entity_url(node_id: str) -> str:
    return "/entity/" + quote(node_id, safe=":")


def document_url(doc: str | None, start: Any = None, end: Any = None) -> str:
    """The document view of a Document node id (``document:<hex>``) or its hex, at a span."""
    hex_id = (doc or "").removeprefix("document:")
    if isinstance(start, int) and isinstance(end, int) and end > start:
        return f"/document/{hex_id}?{urlencode({'start': start, 'end': end})}#quote"
    return f"/document/{hex_id}"


def evidence_url(document: str, quote_text: str) -> str:
    return "/evidence?" + urlencode({"document": document, "quote": quote_text})


def find_url(name: str) -> str:
    return "/find?" + urlencode({"name": name})


def pack_url(name: str, params: Mapping[str, str], fmt: str | None = None) -> str:
    query = {k: v for k, v in params.items() if v != ""}
    if fmt:
        query["format"] = fmt
    return f"/packs/{quote(name)}" + ("?" + urlencode(query) if query else "")


# --- the app ---------------------------------------------------------------------------------


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {bytes(name).lower() for name, _value in headers}
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def make_environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("graphbuild.serve", "templates"),
        autoescape=True,  # every template, every value: text from documents is never markup
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(
        entity_url=entity_url,
        document_url=document_url,
        evidence_url=evidence_url,
        find_url=find_url,
        pack_url=pack_url,
        cell_text=cell_text,
        web_link=web_address,
        entity_columns=ENTITY_COLUMNS,
    )
    return environment


class Pages:
    def __init__(self, state: ServeState) -> None:
        self.state = state
        self.templates = make_environment()

    def render(self, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        html = self.templates.get_template(template).render(
            store=str(self.state.target), notice=self.state.notice(), **context
        )
        return HTMLResponse(html, status_code=status_code)

    def not_found(self, what: str) -> HTMLResponse:
        return self.render("error.html", 404, title="Not found", message=what)

    # --- home and search ---------------------------------------------------------------------

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
        page = _int(request.query_params.get("page"), 1, 1, 1000)
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

    # --- entities ----------------------------------------------------------------------------

    def entity(self, request: Request) -> Response:
        node_id = str(request.path_params["node_id"])
        with self.state.session() as opened:
            node = opened.graph.node(node_id) if len(node_id) <= 500 else None
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
            node = opened.graph.node(node_id) if len(node_id) <= 500 else None
            if node is None:
                return self.not_found(f"There is no node {node_id!r} in the graph.")
            views = pictures.views_for(node, opened.graph.facts(node, types=pictures.DECIDING, limit=1))
            view = request.query_params.get("view") or views[0]
            if view not in views:
                return self.not_found(f"There is no {view!r} picture of {node.name}.")
            page = pictures.picture_html(opened.store, opened.graph, node, view)
        return HTMLResponse(page, headers={"content-security-policy": PICTURE_CSP, "x-frame-options": "SAMEORIGIN"})

    # --- documents ---------------------------------------------------------------------------

    def document(self, request: Request) -> Response:
        doc = str(request.path_params["doc"])
        if not DOC_HEX.fullmatch(doc):
            return self.not_found("Documents are opened by their id; this is not one.")
        with self.state.session() as opened:
            found = opened.index.document(doc) if opened.index is not None else None
            if found is None:
                return self.not_found(f"There is no document {doc} in the graph.")
            meetings = opened.graph.meetings_of_document(f"document:{doc}")
            node = opened.graph.node(f"document:{doc}")
        url = node.properties.get("url") if node is not None else None
        text = found.text or ""
        spans: list[tuple[int, int]] = []
        start = _int(request.query_params.get("start"), -1, 0, len(text))
        end = _int(request.query_params.get("end"), -1, 0, len(text))
        if 0 <= start < end:
            spans.append((start, end))
        quoted = _find_quote(text, request.query_params.get("quote", "")[:5000]) if not spans else None
        if quoted is not None:  # a feed entry's link: the quote, found in the text
            spans.append(quoted)
        terms = query_terms(request.query_params.get("q", "")[:200])
        if terms and not spans:
            spans = hit_spans(text, terms)
        return self.render(
            "document.html",
            title=found.name,
            document=found,
            meetings=meetings,
            url=url if isinstance(url, str) else None,
            pieces=segments(text, spans) if text else [],
            highlighted=bool(spans),
            q=" ".join(terms),
        )

    def evidence(self, request: Request) -> Response:
        """A pack row's evidence (document name and quote) opened at the quote."""
        name = request.query_params.get("document", "")[:500]
        quoted = request.query_params.get("quote", "")[:5000]
        with self.state.session() as opened:
            candidates = opened.index.documents_named(name) if opened.index is not None and name else []
        for candidate in candidates:
            span = _find_quote(candidate.text or "", quoted)
            if span is not None:
                return RedirectResponse(f"/document/{candidate.doc}?start={span[0]}&end={span[1]}#quote", 303)
        if candidates:
            return RedirectResponse(f"/document/{candidates[0].doc}", 303)
        return self.not_found(f"There is no document named {name!r} in the graph.")

    # --- packs ---------------------------------------------------------------------------------

    # --- what builds changed ---------------------------------------------------------------------

    def _changes(self, request: Request) -> tuple[str | None, str, list[feeds.Change], set[str]]:
        """(the node asked about, title, its changes newest first, the documents they quote that the graph has)."""
        about = request.query_params.get("about") or None
        title = "What changed"
        with self.state.session() as opened:
            if about is not None:
                node = opened.graph.node(about) if len(about) <= 500 else None
                if node is None:
                    raise HTTPException(404, f"There is no node {about!r} in the graph.")
                title = f"What changed about {node.name}"
            rows = feeds.changes_about(read_log(opened.generation), about)
            return about, title, rows, self._documents_present(opened, rows)

    @staticmethod
    def _documents_present(opened: Opened, rows: list[feeds.Change]) -> set[str]:
        wanted = feeds.documents_of(rows[: feeds.FEED_ENTRIES])
        return set(opened.index.names(wanted)) if opened.index is not None else set()

    def changes(self, request: Request) -> Response:
        about, title, rows, _documents = self._changes(request)
        feed_url = "/changes.atom" + (f"?{urlencode({'about': about})}" if about else "")
        return self.render("changes.html", title=title, about=about, rows=rows[:500], feed_url=feed_url)

    def changes_feed(self, request: Request) -> Response:
        about, title, rows, documents = self._changes(request)
        self_url = "/changes.atom" + (f"?{urlencode({'about': about})}" if about else "")
        base = f"{request.url.scheme}://{request.url.netloc}"
        page_url = "/changes" + (f"?{urlencode({'about': about})}" if about else "")
        return Response(feeds.atom(rows, title, self_url, base, page_url, documents), media_type="application/atom+xml")

    def pack_feed(self, request: Request) -> Response:
        """The rows each build added to and removed from a pack's answer, for its parameters."""
        name = str(request.path_params["name"])
        followed = feeds.FOLLOWED_PACKS.get(name)
        if followed is None:
            return self.not_found(f"There is no feed of the pack {name!r}: its rows are not facts the builds record.")
        pack = get_pack(name)
        given = {p.name: request.query_params.get(p.name, "")[:500] for p in pack.params}
        given = {k: v for k, v in given.items() if v != ""}
        with self.state.session() as opened:
            try:
                result = run_pack(opened.store, name, given)
            except KommunegrafError as error:
                return PlainTextResponse(str(error), status_code=400)
            ids = {
                param: {hit.candidate.id for hit in hits} for param, hits in result.resolved.items() if param in given
            }
            rows = feeds.pack_changes(read_log(opened.generation), followed, ids, given)
            documents = self._documents_present(opened, rows)
        what = ", ".join(f"{k}={v}" for k, v in given.items() if k != "limit") or "every row"
        page = pack_url(name, {k: v for k, v in given.items() if k != "limit"})
        self_url = _pack_feed_url(name, given) or page
        base = f"{request.url.scheme}://{request.url.netloc}"
        title = f"kommunegraf: rows of {name} ({what}) each build added and removed"
        return Response(feeds.atom(rows, title, self_url, base, page, documents), media_type="application/atom+xml")

    def packs(self, request: Request) -> Response:
        return self.render("packs.html", title="Query packs", packs=list_packs())

    def pack(self, request: Request) -> Response:
        name = str(request.path_params["name"])
        try:
            pack = get_pack(name)
        except KommunegrafError:
            return self.not_found(f"There is no query pack {name!r}.")
        given = {p.name: request.query_params.get(p.name, "")[:500] for p in pack.params}
        fmt = request.query_params.get("format", "html")
        run = any(v for v in given.values()) or "run" in request.query_params
        result: PackResult | None = None
        problem = ""
        with self.state.session() as opened:
            if run:
                try:
                    result = run_pack(opened.store, pack.name, {k: v for k, v in given.items() if v != ""})
                except KommunegrafError as error:
                    problem = str(error)
            suggestions = self._suggestions(opened, pack.name) if fmt == "html" else {}
        if fmt != "html":
            if result is None:
                return PlainTextResponse(problem or "give the pack's parameters", status_code=400)
            return _download(pack.name, result, fmt)
        return self.render(
            "pack.html",
            400 if problem else 200,
            title=f"Pack: {pack.name}",
            pack=pack,
            given=given,
            result=result,
            problem=problem,
            suggestions=suggestions,
            notes=result.notes(pack.name, given) if result is not None else [],
            permalink=pack_url(pack.name, given),
            feed_url=_pack_feed_url(pack.name, given) if result is not None else None,
        )

    @staticmethod
    def _suggestions(opened: Opened, name: str) -> dict[str, list[str]]:
        """Names a resolved parameter can take (for the form's datalist), at most SUGGESTIONS each."""
        out: dict[str, list[str]] = {}
        for resolve in get_pack(name).resolves:
            # a document's unnamed body is no name to pick from a list: its document's pages reach it
            candidates = fetch_candidates(opened.store, resolve.labels)
            names = sorted({c.name for c in candidates if c.name and not is_unnamed(c.name)})
            out[resolve.param] = names[:SUGGESTIONS]
        return out


def _pack_feed_url(name: str, given: Mapping[str, str]) -> str | None:
    """The Atom feed of a pack's rows for these parameters, when its rows are facts builds record."""
    if name not in feeds.FOLLOWED_PACKS:
        return None
    url = pack_url(name, {k: v for k, v in given.items() if k != "limit"})
    return url.replace(f"/packs/{quote(name)}", f"/packs/{quote(name)}.atom", 1)


def _shown_elsewhere(node: Node, fact: Fact) -> bool:
    """A meeting's items and attendance have their own tables on its page."""
    return node.label == "Meeting" and fact.type in ("HAS_ITEM", "ATTENDED")


def _int(raw: str | None, default: int, low: int, high: int) -> int:
    try:
        value = int(raw or "")
    except ValueError:
        return default
    return value if low <= value <= high else default


def _find_quote(text: str, quoted: str) -> tuple[int, int] | None:
    """Where a quote stands in the text: exactly, or with any run of white space between its words."""
    if not quoted.strip():
        return None
    at = text.find(quoted)
    if at >= 0:
        return at, at + len(quoted)
    words = quoted.split()[:200]
    match = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return (match.start(), match.end()) if match else None


def _download(name: str, result: PackResult, fmt: str) -> Response:
    if fmt == "csv":
        return Response(
            format_rows(result, "csv"),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{name}.csv"'},
        )
    if fmt == "json":
        return Response(
            json.dumps(result.records(), ensure_ascii=False, indent=2),
            media_type="application/json",
            headers={"content-disposition": f'attachment; filename="{name}.json"'},
        )
    if fmt == "xlsx":
        return Response(
            xlsx_bytes(name, result),
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers={"content-disposition": f'attachment; filename="{name}.xlsx"'},
        )
    return PlainTextResponse("format must be csv, json or xlsx", status_code=400)


def closing_state(state: ServeState) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            state.close()

    return lifespan


def create_app(target: StoreTarget, *, allowed_hosts: Sequence[str] | None = ("127.0.0.1", "localhost")) -> Starlette:
    """The ASGI app over the store at ``target``. ``allowed_hosts`` guards against DNS rebinding
    (a web page elsewhere reaching this local server by a name of its own); None allows any."""
    state = ServeState(target)
    pages = Pages(state)

    async def not_found(request: Request, exc: Exception) -> Response:
        detail = exc.detail if isinstance(exc, HTTPException) else "Not found"
        status = exc.status_code if isinstance(exc, HTTPException) else 404
        return pages.render("error.html", status, title="Not found" if status == 404 else "Error", message=detail)

    async def server_error(request: Request, exc: Exception) -> Response:
        message = str(exc) if isinstance(exc, KommunegrafError) else "Something went wrong; the log has the details."
        return pages.render("error.html", 500, title="Error", message=message)

    routes = [
        Route("/", pages.home),
        Route("/search", pages.search),
        Route("/find", pages.find),
        Route("/entity/{node_id:path}", pages.entity),
        Route("/picture/{node_id:path}", pages.picture),
        Route("/document/{doc}", pages.document),
        Route("/evidence", pages.evidence),
        Route("/changes", pages.changes),
        Route("/changes.atom", pages.changes_feed),
        Route("/packs", pages.packs),
        Route("/packs/{name}.atom", pages.pack_feed),
        Route("/packs/{name}", pages.pack),
        Mount("/static", app=StaticFiles(packages=[("graphbuild.serve", "static")]), name="static"),
    ]
    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts is not None:
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)))
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={404: not_found, 405: not_found, 500: server_error},
        lifespan=closing_state(state),
    )
    app.state.serve = state
    return app
