"""The query packs as pages: the list, and each pack as a form whose rows show on the page or
download as CSV, JSON or XLSX."""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from graphbuild.errors import KommunegrafError
from graphbuild.pack_files import get_pack, list_packs
from graphbuild.pack_names import fetch_candidates
from graphbuild.pack_output import format_rows, xlsx_bytes
from graphbuild.querypacks import PackResult, run_pack
from graphbuild.serve.rendering import Renderer
from graphbuild.serve.state import Opened
from graphbuild.serve.urls import pack_feed_url, pack_url
from graphbuild.unnamed_bodies import is_unnamed

SUGGESTIONS = 500

DOWNLOAD_TYPES = {  # the formats a pack's rows download in, and their media types
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class PackPages(Renderer):
    """The packs' list and each pack's form, rows and downloads."""

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
            feed_url=pack_feed_url(pack.name, given) if result is not None else None,
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


def _download(name: str, result: PackResult, fmt: str) -> Response:
    """A pack's rows as a file to download, named after the pack."""
    if fmt not in DOWNLOAD_TYPES:
        return PlainTextResponse("format must be csv, json or xlsx", status_code=400)
    if fmt == "csv":
        body: str | bytes = format_rows(result, "csv")
    elif fmt == "json":
        body = json.dumps(result.records(), ensure_ascii=False, indent=2)
    else:
        body = xlsx_bytes(name, result)
    disposition = f'attachment; filename="{name}.{fmt}"'
    return Response(body, media_type=DOWNLOAD_TYPES[fmt], headers={"content-disposition": disposition})
