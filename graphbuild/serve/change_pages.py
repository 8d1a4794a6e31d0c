"""What builds changed: the change log's page and Atom feed, of everything or of one node, and the
Atom feed of the rows each build added to and removed from a pack's answer."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from graphbuild.changes import read_log
from graphbuild.errors import KommunegrafError
from graphbuild.pack_files import get_pack
from graphbuild.querypacks import run_pack
from graphbuild.serve import feeds
from graphbuild.serve.rendering import Renderer
from graphbuild.serve.state import Opened
from graphbuild.serve.urls import changes_url, pack_feed_url, pack_url

ATOM = "application/atom+xml"


class ChangePages(Renderer):
    """The change log's page and feeds."""

    def _changes(self, request: Request) -> tuple[str | None, str, list[feeds.Change], set[str]]:
        """(the node asked about, title, its changes newest first, the documents they quote that the graph has)."""
        about = request.query_params.get("about") or None
        title = "What changed"
        with self.state.session() as opened:
            if about is not None:
                node = self.node_of(opened, about)
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
        return self.render(
            "changes.html", title=title, about=about, rows=rows[:500], feed_url=changes_url(about, feed=True)
        )

    def changes_feed(self, request: Request) -> Response:
        about, title, rows, documents = self._changes(request)
        feed = feeds.atom(rows, title, changes_url(about, feed=True), _site(request), changes_url(about), documents)
        return Response(feed, media_type=ATOM)

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
        self_url = pack_feed_url(name, given) or page
        title = f"kommunegraf: rows of {name} ({what}) each build added and removed"
        return Response(feeds.atom(rows, title, self_url, _site(request), page, documents), media_type=ATOM)


def _site(request: Request) -> str:
    """The scheme and host the request came to, which a feed's links are written under."""
    return f"{request.url.scheme}://{request.url.netloc}"
