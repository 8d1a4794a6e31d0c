"""The commands over the stored graph as a whole: `stats` (counts by type), `export` (GraphML, GEXF,
JSON, CSV), `changes` (what each build changed) and `serve` (the local web app)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.table import Table

from graphbuild.cli.options import AsJsonOpt, FormatOpt, JsonOpt, Neo4jOpt, StoreOpt
from graphbuild.cli.stores import load_graph, reading
from graphbuild.cli.terminal import checked_format, err, out, print_json, print_rows, reports_errors
from graphbuild.config import resolve_target
from graphbuild.errors import UserError


@reports_errors
def stats(store: StoreOpt = None, neo4j: Neo4jOpt = None, as_json: JsonOpt = False) -> None:
    """Count the nodes and relationships of each type in the store."""

    with reading(store, neo4j) as graph_store:
        counts = graph_store.counts()
    if as_json:
        print_json(counts)
        return
    table = Table("type", "count")
    for name, count in counts.items():
        table.add_row(name, str(count))
    out.print(table)


@reports_errors
def export(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="graphml, gexf (Gephi, with a timeline), json or csv (neo4j-admin).")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="File (graphml, gexf, json) or folder (csv).")],
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Export the whole graph from either engine."""
    from graphbuild.export import export_graph

    formats: dict[str, Literal["graphml", "gexf", "json", "csv"]] = {
        "graphml": "graphml",
        "gexf": "gexf",
        "json": "json",
        "csv": "csv",
    }
    if fmt not in formats:
        raise UserError(f"--format must be graphml, gexf, json or csv, not {fmt!r}")
    written = export_graph(load_graph(store, neo4j), formats[fmt], output)
    for path in written:
        out.print(f"wrote {path}", highlight=False, markup=False)


@reports_errors
def changes(
    since: Annotated[
        str | None, typer.Option(help="Builds on or after this date (a prefix such as 2026-11 works).")
    ] = None,
    build_number: Annotated[
        int | None, typer.Option("--build", help="Only this build (1 is the first).", min=1)
    ] = None,
    fmt: FormatOpt = "table",
    as_json: AsJsonOpt = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """What each build changed: adoptions, roles, memberships, ownership and meetings added or removed."""
    from graphbuild.changes import read_log, rows, select
    from graphbuild.publish import index_dir

    fmt = checked_format(fmt, as_json)
    with reading(store, neo4j):  # a missing graph is "no graph at …", not "no change log"
        log = read_log(index_dir(resolve_target(store, neo4j)))
    if not log:
        raise UserError("no change log here yet: it is written by `kommunegraf build` (from this version on)")
    chosen = select(log, since=since, build=build_number)
    columns, found = rows(chosen)
    if not found:
        what = f"build {build_number}" if build_number is not None else f"builds since {since or 'the first'}"
        err.print(
            f"no changes recorded for {what} (builds 1-{log[-1].build} are in the log)", highlight=False, markup=False
        )
    print_rows(columns, found, fmt)


@reports_errors
def serve(
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on; any but 127.0.0.1 exposes the graph.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """A local, read-only web app over the graph: pages, search, documents and packs (Ctrl-C stops it)."""
    from graphbuild.serve.server import serve as run_server

    target = resolve_target(store, neo4j)
    run_server(target, host, port, say=lambda line: out.print(line, highlight=False, markup=False))
