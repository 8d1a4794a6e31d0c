"""`kommunegraf analyze`: network analytics over the graph (bridges, communities, an initiative's
adoption curve), printed as a pack's rows are."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from graphbuild.cli.options import AsJsonOpt, FormatOpt, Neo4jOpt, StoreOpt
from graphbuild.cli.stores import load_graph, reading
from graphbuild.cli.terminal import checked_format, err, print_rows, reports_errors


def print_analysis(table: Any, fmt: str, empty: str) -> None:
    if not table.rows:
        err.print(empty, highlight=False, markup=False)
    print_rows(table.columns, table.rows, fmt)


@reports_errors
def analyze_bridges(
    top: Annotated[int, typer.Option(help="How many to list.", min=1)] = 20,
    fmt: FormatOpt = "table",
    as_json: AsJsonOpt = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Municipalities and people that bridge networks (betweenness on memberships and roles)."""
    from graphbuild.analyze import bridges

    fmt = checked_format(fmt, as_json)
    print_analysis(bridges(load_graph(store, neo4j), top), fmt, "no memberships or roles link networks here")


@reports_errors
def analyze_communities(
    min_shared: Annotated[int, typer.Option(help="Link two municipalities sharing at least this many.", min=1)] = 1,
    fmt: FormatOpt = "table",
    as_json: AsJsonOpt = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Communities of municipalities by the networks they share and the initiatives they adopted."""
    from graphbuild.analyze import communities

    fmt = checked_format(fmt, as_json)
    print_analysis(communities(load_graph(store, neo4j), min_shared), fmt, "no memberships or adoptions found")


@reports_errors
def analyze_adoption_curve(
    initiative: Annotated[str, typer.Argument(help="The initiative's name or an alias, matched fuzzily.")],
    fmt: FormatOpt = "table",
    as_json: AsJsonOpt = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Adopters of an initiative over time, cumulative, overall and per region."""
    from graphbuild.analyze import adoption_curve
    from graphbuild.pack_names import resolve_name

    fmt = checked_format(fmt, as_json)
    with reading(store, neo4j) as graph_store:
        hit = resolve_name(graph_store, initiative, ["Initiative"])
        graph = graph_store.read_graph()
    name = hit.candidate.name
    print_analysis(adoption_curve(graph, [hit.candidate.id]), fmt, f"no adoption of {name} is recorded")
