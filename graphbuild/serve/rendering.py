"""The pages' rendering: the Jinja2 environment (autoescape on, so text from documents is never
markup; the URL builders and cell formatting as the templates' globals) and ``Renderer``, the base of
every group of pages: the state it reads, a template rendered with the page's common context, the
not-found page, and a node looked up by the id a URL gave."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.responses import HTMLResponse

from graphbuild.pack_output import cell_text
from graphbuild.serve.graphdata import Node
from graphbuild.serve.state import Opened, ServeState
from graphbuild.serve.urls import document_url, entity_url, evidence_url, find_url, pack_url
from graphbuild.sources.manifest import web_address

ENTITY_COLUMNS = frozenset(
    {
        "municipality", "initiative", "person", "organization", "network", "member", "body", "stands_in_for",
        "entity", "from_entity", "to_entity", "from_organization", "to_organization", "other", "name", "meeting",
    }
)  # fmt: skip
MAX_NODE_ID = 500  # longer ids in a URL name no node; they are not looked up


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


class Renderer:
    """What every group of pages shares: the app's state and its templates."""

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

    @staticmethod
    def node_of(opened: Opened, node_id: str) -> Node | None:
        """The node a URL names by its id; None when there is none (or the id is too long to be one)."""
        return opened.graph.node(node_id) if len(node_id) <= MAX_NODE_ID else None
