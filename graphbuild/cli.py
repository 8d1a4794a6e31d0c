"""The `kommunegraf` command line.

Exit codes: 0 success; 1 a user error (one line on stderr, no traceback); 2 some inputs failed
and the rest were built or extracted.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graphbuild import __version__
from graphbuild.config import cache_dir_for, resolve_target
from graphbuild.errors import KommunegrafError, UserError
from graphbuild.process_memory import command_of, run_with_one_malloc_arena

try:  # newer typer carries its own copy of click; older ones use click itself
    from typer._click.exceptions import UsageError as CommandLineError
except ImportError:  # pragma: no cover - depends on the installed typer
    from click.exceptions import UsageError as CommandLineError  # type: ignore[assignment]

if TYPE_CHECKING:
    from graphbuild.store.base import GraphStore

app = typer.Typer(
    name="kommunegraf",
    help="Build a knowledge graph from Danish municipalities' minutes and ask it questions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
viz_app = typer.Typer(help="Write an interactive, self-contained HTML picture of the graph.", no_args_is_help=True)
app.add_typer(viz_app, name="viz")
analyze_app = typer.Typer(help="Network analytics over the graph (networkx).", no_args_is_help=True)
app.add_typer(analyze_app, name="analyze")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

P = ParamSpec("P")
R = TypeVar("R")

StoreOpt = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="Embedded graph directory (LadybugDB). Default: $KOMMUNEGRAF_STORE or ./.kommunegraf/store.",
        show_default=False,
    ),
]
Neo4jOpt = Annotated[
    str | None,
    typer.Option(
        "--neo4j",
        help="Neo4j Bolt URI, e.g. bolt://localhost:7687. Credentials come from NEO4J_USER and "
        "NEO4J_PASSWORD (or a .env file), never from the command line.",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of tables.")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")]
AsJsonOpt = Annotated[bool, typer.Option("--json", help="The same as --format json.")]
ParamOpt = Annotated[
    list[str] | None,
    typer.Option("--param", "-p", help="A pack parameter as key=value; repeat for more.", show_default=False),
]
OutOpt = Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")]


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn the errors a user can act on into one line on stderr and a meaningful exit code."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except KommunegrafError as error:
            err.print(f"[red]error:[/red] {escape(str(error))}", highlight=False)
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None

    return wrapper


@contextmanager
def reading(store: Path | None, neo4j: str | None) -> Iterator[GraphStore]:
    """The graph opened read-only for one command, closed whatever happens."""
    from graphbuild.store.opening import open_store

    graph_store = open_store(resolve_target(store, neo4j), read_only=True)
    try:
        yield graph_store
    finally:
        graph_store.close()


def parse_params(raw: list[str] | None) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in raw or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--param expects key=value, got {item!r}")
        params[key.strip()] = value
    return params


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, sort_keys=False) + "\n")


def progress_bar(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not enabled,
        transient=True,
    )


@app.callback(invoke_without_command=True)
def main_options(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        out.print(f"kommunegraf {__version__}")
        raise typer.Exit(0)


@app.command()
@reports_errors
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of minutes and agendas.")],
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    as_json: JsonOpt = False,
    workers: Annotated[int | None, typer.Option(help="Processes for parse+extract (default: cores).")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Extract every document again.")] = False,
) -> None:
    """Build the graph from PATHS into the store, replacing the previous graph atomically."""
    from graphbuild.pipeline import build as run_build

    target = resolve_target(store, neo4j)
    with progress_bar(enabled=not as_json and err.is_terminal) as bar:
        tasks: dict[str, Any] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        report = run_build(
            paths,
            target,
            cache_dir=None if no_cache else cache_dir_for(target),
            workers=workers,
            progress=progress,
        )
    if as_json:
        print_json(
            {
                "documents": report.documents,
                "extracted": report.extracted,
                "from_cache": report.from_cache,
                "failures": report.failures,
                "warnings": report.warnings,
                "counts": report.counts,
                "seconds": round(report.seconds, 3),
                "stages": report.stages,
                "peak_rss_mb": report.peak_rss_mb,
                "engine": report.engine,
                "store": str(target),
            }
        )
    else:
        for failure in report.failures:
            err.print(f"[yellow]skipped:[/yellow] {escape(failure)}", highlight=False)
        for warning in report.warnings:
            err.print(f"[yellow]warning:[/yellow] {escape(warning)}", highlight=False)
        nodes = sum(v for k, v in report.counts.items() if not k.isupper())
        rels = sum(v for k, v in report.counts.items() if k.isupper())
        out.print(
            f"built {report.documents - len(report.failures)} of {report.documents} documents "
            f"({report.extracted} extracted, {report.from_cache} from cache) into {escape(str(target))}: "
            f"{nodes} nodes, {rels} relationships in {report.seconds:.1f} s",
            highlight=False,
        )
    raise typer.Exit(report.exit_code)


@app.command()
@reports_errors
def extract(
    files: Annotated[list[Path], typer.Argument(help="Files or folders to read.")],
    as_json: Annotated[
        bool, typer.Option("--json/--text", help="One JSON object per document per line, or a short text summary.")
    ] = True,
) -> None:
    """Show what the pipeline reads from each document (one JSON object per line); stores nothing."""
    from graphbuild.build_extract import read_and_extract
    from graphbuild.sources import collect_paths

    paths, errors = collect_paths(files)
    failures = [str(e) for e in errors]
    for path in paths:
        try:
            facts = read_and_extract(path)
        except KommunegrafError as error:
            failures.append(str(error))
            continue
        if as_json:
            print_json(facts.to_json_dict())
        else:
            out.print(f"{facts.source}: {facts.kind or '?'} {facts.body or '?'} {facts.start or ''}", markup=False)
            for item in facts.items:
                out.print(f"  {item.number}. {item.title} [{item.outcome}]", highlight=False, markup=False)
    for failure in failures:
        err.print(f"[yellow]skipped:[/yellow] {escape(failure)}", highlight=False)
    if failures and not paths:
        raise typer.Exit(1)
    raise typer.Exit(2 if failures else 0)


@app.command()
@reports_errors
def packs(as_json: JsonOpt = False) -> None:
    """List the query packs with their description and parameters."""
    from graphbuild.pack_files import list_packs

    found = list_packs()
    if as_json:
        print_json([pack.to_json_dict() for pack in found])
        return
    table = Table("pack", "description", "parameters", show_lines=False)
    for pack in found:
        table.add_row(pack.name, pack.description, ", ".join(p.signature() for p in pack.params))
    out.print(table)


@app.command()
@reports_errors
def query(
    pack: Annotated[str, typer.Argument(help="The pack's name; `kommunegraf packs` lists them.")],
    param: ParamOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json, csv or xlsx (with --output).")] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the rows to this file instead of printing them.")
    ] = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="CSV for Excel: a UTF-8 byte order mark, so æ, ø and å open right.")
    ] = False,
    as_json: AsJsonOpt = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Run a named query pack with parameters and print its rows (or write them with --output)."""
    from graphbuild.document_labels import documents_of, with_document_labels, with_document_paths
    from graphbuild.pack_output import format_rows, xlsx_bytes
    from graphbuild.querypacks import run_pack

    fmt = "json" if as_json else fmt
    if output is not None and fmt == "table":  # a file gets the format its name says, never a terminal table
        fmt = {".csv": "csv", ".json": "json", ".xlsx": "xlsx"}.get(output.suffix.lower(), "table")
    if excel and fmt != "csv":
        raise UserError("--excel makes CSV for Excel: use it with --format csv or an --output FILE.csv")
    if fmt == "xlsx" and output is None:
        raise UserError("--format xlsx writes a workbook: give it a file with --output FILE.xlsx")
    if fmt != "xlsx":
        check_format(fmt)
    params = parse_params(param)
    with reading(store, neo4j) as graph_store:
        result = run_pack(graph_store, pack, params)
        documents = documents_of(graph_store, result)
    # a table names a document by its meeting; scripts and spreadsheets get its full path too
    result = with_document_labels(result, documents) if fmt == "table" else with_document_paths(result, documents)
    if output is not None:
        text = format_rows(result, fmt, width=200) if fmt != "xlsx" else ""
        data = xlsx_bytes(pack, result) if fmt == "xlsx" else (("\ufeff" if excel else "") + text).encode("utf-8")
        try:
            output.write_bytes(data)
        except OSError as error:
            raise UserError(f"cannot write {output}: {error.strerror}") from None
        err.print(f"wrote {len(result.rows)} rows to {output}", highlight=False, markup=False)
    else:
        write_rows(("\ufeff" if excel and fmt == "csv" else "") + format_rows(result, fmt), fmt)
    for note in result.notes(pack, params):
        err.print(note, highlight=False, markup=False)


@app.command()
@reports_errors
def cypher(
    text: Annotated[str, typer.Argument(help="A read-only Cypher query; use $name for parameters.")],
    param: ParamOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    timeout: Annotated[float, typer.Option(help="Seconds before the query is stopped.")] = 30.0,
    as_json: AsJsonOpt = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Run ad hoc Cypher read-only (writes are refused) on either engine."""
    from graphbuild.pack_output import format_rows
    from graphbuild.querypacks import run_read_only

    fmt = "json" if as_json else fmt
    check_format(fmt)
    with reading(store, neo4j) as graph_store:
        result = run_read_only(graph_store, text, parse_params(param), timeout)
    write_rows(format_rows(result, fmt), fmt)


@app.command()
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


@app.command()
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


@app.command()
@reports_errors
def changes(
    since: Annotated[
        str | None, typer.Option(help="Builds on or after this date (a prefix such as 2026-11 works).")
    ] = None,
    build_number: Annotated[int | None, typer.Option("--build", help="Only this build (1 is the first).")] = None,
    fmt: FormatOpt = "table",
    as_json: AsJsonOpt = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """What each build changed: adoptions, roles, memberships, ownership and meetings added or removed."""
    from graphbuild.changes import read_log, rows, select
    from graphbuild.pack_output import format_rows
    from graphbuild.publish import index_dir
    from graphbuild.querypacks import PackResult

    fmt = "json" if as_json else fmt
    check_format(fmt)
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
    write_rows(format_rows(PackResult(columns, found), fmt), fmt)


@app.command()
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


def print_analysis(table: Any, fmt: str, empty: str) -> None:
    from graphbuild.pack_output import format_rows
    from graphbuild.querypacks import PackResult

    if not table.rows:
        err.print(empty, highlight=False, markup=False)
    write_rows(format_rows(PackResult(table.columns, table.rows), fmt), fmt)


@analyze_app.command("bridges")
@reports_errors
def analyze_bridges(
    top: Annotated[int, typer.Option(help="How many to list.")] = 20,
    fmt: FormatOpt = "table",
    as_json: AsJsonOpt = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Municipalities and people that bridge networks (betweenness on memberships and roles)."""
    from graphbuild.analyze import bridges

    fmt = "json" if as_json else fmt
    check_format(fmt)
    print_analysis(bridges(load_graph(store, neo4j), top), fmt, "no memberships or roles link networks here")


@analyze_app.command("communities")
@reports_errors
def analyze_communities(
    min_shared: Annotated[int, typer.Option(help="Link two municipalities sharing at least this many.")] = 1,
    fmt: FormatOpt = "table",
    as_json: AsJsonOpt = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Communities of municipalities by the networks they share and the initiatives they adopted."""
    from graphbuild.analyze import communities

    fmt = "json" if as_json else fmt
    check_format(fmt)
    print_analysis(communities(load_graph(store, neo4j), min_shared), fmt, "no memberships or adoptions found")


@analyze_app.command("adoption-curve")
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

    fmt = "json" if as_json else fmt
    check_format(fmt)
    with reading(store, neo4j) as graph_store:
        hit = resolve_name(graph_store, initiative, ["Initiative"])
        graph = graph_store.read_graph()
    name = hit.candidate.name
    print_analysis(adoption_curve(graph, [hit.candidate.id]), fmt, f"no adoption of {name} is recorded")


def load_graph(store: Path | None, neo4j: str | None) -> Any:
    with reading(store, neo4j) as graph_store:
        return graph_store.read_graph()


def check_format(fmt: str) -> None:
    if fmt not in {"table", "json", "csv"}:
        raise UserError(f"--format must be table, json or csv, not {fmt!r}")


def write_rows(rendered: str, fmt: str) -> None:
    if fmt == "table":
        out.print(rendered, highlight=False, markup=False)
    else:
        sys.stdout.write(rendered if rendered.endswith("\n") else rendered + "\n")


def report_viz(report: Any) -> None:
    note = f" ({report.note})" if report.note else ""
    out.print(
        f"wrote {report.path}: {report.node_count} nodes, {report.edge_count} edges{note}",
        highlight=False,
        markup=False,
    )


@viz_app.command("overview")
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
    """The graph's entities, linked directly and through the meetings that discussed them (every
    node with --documents); reduced to the best-connected nodes when large."""
    from kommunegraf_viz import render_overview

    graph = load_graph(store, neo4j)
    report_viz(render_overview(graph, output, max_nodes=max_nodes, documents=documents, unnamed=unnamed))


@viz_app.command("ego")
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


@viz_app.command("diffusion")
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


@viz_app.command("membership")
@reports_errors
def viz_membership(output: OutOpt, store: StoreOpt = None, neo4j: Neo4jOpt = None) -> None:
    """Municipalities and the networks and bodies they belong to (only those links are read)."""
    from kommunegraf_viz import render_membership
    from kommunegraf_viz.views import read_membership

    with reading(store, neo4j) as graph_store:
        part = read_membership(graph_store)
    report_viz(render_membership(part, output))


@viz_app.command("query")
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


def main() -> None:
    """The console entry point: a mistyped command line is a user error (exit 1), as the README says;
    click's own code for it, 2, means "some inputs failed" here. A build restarts itself once, before
    anything else, so that its process runs with one malloc arena (graphbuild.process_memory)."""
    if command_of(sys.argv[1:]) == "build":  # started as `python -m graphbuild.cli`, not by graphbuild.console
        run_with_one_malloc_arena()
    try:
        code = app(standalone_mode=False)
    except CommandLineError as error:
        error.show()
        sys.exit(1)
    except typer.Abort:
        err.print("interrupted")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
