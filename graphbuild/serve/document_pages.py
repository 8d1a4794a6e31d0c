"""A document of the graph opened by its id, its text with the quoted span (or a search's words)
highlighted, and a pack row's evidence (a document's name and a quote) opened at the quote."""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from graphbuild.search_terms import hit_spans, query_terms, segments
from graphbuild.serve.rendering import Renderer
from graphbuild.serve.urls import bounded_int, document_url
from graphbuild.textindex import DOC_HEX


class DocumentPages(Renderer):
    """A document's page and a pack row's evidence."""

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
        start = bounded_int(request.query_params.get("start"), -1, 0, len(text))
        end = bounded_int(request.query_params.get("end"), -1, 0, len(text))
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
                return RedirectResponse(document_url(candidate.doc, *span), 303)
        if candidates:
            return RedirectResponse(document_url(candidates[0].doc), 303)
        return self.not_found(f"There is no document named {name!r} in the graph.")


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
