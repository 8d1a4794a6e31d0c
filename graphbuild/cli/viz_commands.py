"""`kommunegraf viz`: the interactive pictures (overview, ego, diffusion, membership, a pack's
answer) written by kommunegraf_viz, each reading only what it draws."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from graphbuild.cli.options import Neo4jOpt, OutOpt, ParamOpt, StoreOpt, parse_params
from graphbuild.cli.stores import load_graph, reading
from graphbuild.cli.terminal import err, out, reports_errors
from graphbuild.errors import UserError


def report_viz(report: Any) -> None:
    note = f" ({report.note})" if report.note else ""
    out.print(
        f"wrote {report.path}: {report.node_count} nodes, {report.edge_count} edges{note}",
        highlight=False,
        markup=False,
    )


@reports_errors
def viz_overview(
    output: OutOpt,
    max_nodes: Annotated[int, typer.Option(help="Reduce larger graphs to this many nodes.")] = 5000,
    documents: Annotated[
        bool, typer.Option("--documents", help="Draw documents, meetings and agenda items too.")
    ] = False,
    unnamed: Annotated[
        bool, typer.Option("--unnamed", help="Draw the bodies documents never name too (one per document).")
    ] = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """The graph's entities, linked directly and through the meetings that discussed them.

    Every node with --documents; reduced to the best-connected nodes when large."""
    from kommunegraf_viz import render_overview

    graph = load_graph(store, neo4j)
    report_viz(render_overview(graph, output, max_nodes=max_nodes, documents=documents, unnamed=unnamed))


@reports_errors
def viz_ego(
    entity: Annotated[str, typer.Argument(help="An entity's name, alias or id.")],
    output: OutOpt,
    depth: Annotated[int, typer.Option(help="How many steps out from the entity.")] = 1,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """An entity and its neighbourhood (only that part of the graph is read from the store)."""
    from graphbuild.pack_names import resolve_name
    from kommunegraf_viz import render_ego
    from kommunegraf_viz.lookup import ENTITY_TYPES

    if depth < 0:
        raise UserError("depth must be 0 or more")
    with reading(store, neo4j) as graph_store:
        centre = resolve_name(graph_store, entity, ENTITY_TYPES).candidate.id
        around = graph_store.read_neighbourhood(centre, depth)
    report_viz(render_ego(around, centre, output, depth=depth))


@reports_errors
def viz_diffusion(
    initiative: Annotated[str, typer.Argument(help="An initiative's name or alias.")],
    output: OutOpt,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Municipalities in order of adopting an initiative, along time (the adopters pack's rows)."""
    from kommunegraf_viz import render_diffusion

    with reading(store, neo4j) as graph_store:
        report = render_diffusion(graph_store, initiative, output)
    report_viz(report)


@reports_errors
def viz_membership(output: OutOpt, store: StoreOpt = None, neo4j: Neo4jOpt = None) -> None:
    """Municipalities and the networks and bodies they belong to (only those links are read)."""
    from kommunegraf_viz import render_membership
    from kommunegraf_viz.views import read_membership

    with reading(store, neo4j) as graph_store:
        part = read_membership(graph_store)
    report_viz(render_membership(part, output))


@reports_errors
def viz_query(
    pack: Annotated[str, typer.Argument(help="The pack whose answer to draw.")],
    output: OutOpt,
    param: ParamOpt = None,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """The entities a query pack's answer names and how they are linked (only they are read)."""
    from kommunegraf_viz import render_query

    with reading(store, neo4j) as graph_store:
        params = parse_params(param)
        picture = render_query(graph_store, pack, params, output)
    report_viz(picture.report)
    for note in picture.result.notes(pack, params):
        err.print(note, highlight=False, markup=False)
