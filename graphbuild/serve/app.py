"""The web app: its routes over a read-only store, the security headers on every response, a Host
guard, and the state closed when the app stops.

Pages: home, search, an entity page per node, the meeting page, the document view (a document of
the graph by its id, the quoted span highlighted), the change log, and the query packs as forms with
CSV, JSON and XLSX downloads; each group of pages is a module of its own (``*_pages``), rendered
through graphbuild.serve.rendering. Nothing here writes to the store.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graphbuild.errors import KommunegrafError
from graphbuild.serve.change_pages import ChangePages
from graphbuild.serve.document_pages import DocumentPages
from graphbuild.serve.entity_pages import EntityPages
from graphbuild.serve.pack_pages import PackPages
from graphbuild.serve.search_pages import SearchPages
from graphbuild.serve.state import ServeState
from graphbuild.store.base import StoreTarget

SECURITY_HEADERS = {
    # the pages load nothing from elsewhere: styles and scripts are the package's own files
    "content-security-policy": "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


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


class Pages(SearchPages, EntityPages, DocumentPages, ChangePages, PackPages):
    """Every page of the app, over one state and one set of templates."""


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
