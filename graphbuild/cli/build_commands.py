"""`kommunegraf build` (the graph from files into the store) and `kommunegraf extract` (what the
pipeline reads from each file, stored nowhere)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from graphbuild.cli.options import JsonOpt, Neo4jOpt, StoreOpt
from graphbuild.cli.terminal import err, out, print_json, progress_bar, reports_errors
from graphbuild.config import cache_dir_for, resolve_target
from graphbuild.errors import KommunegrafError


@reports_errors
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of minutes and agendas.")],
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    as_json: JsonOpt = False,
    workers: Annotated[int | None, typer.Option(help="Processes for parse+extract (default: cores).", min=1)] = None,
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
                "built": report.extracted + report.from_cache,
                "extracted": report.extracted,
                "from_cache": report.from_cache,
                "failures": report.failures,
                "warnings": report.warnings,
                "counts": report.counts,
                "seconds": round(report.seconds, 3),
                "stages": report.stages,
                "peak_rss_mb": report.peak_rss_mb,
                "cpu_seconds": report.cpu_seconds,
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
        built = report.extracted + report.from_cache  # path errors are failures but never documents
        out.print(
            f"built {built} of {built + len(report.failures)} documents "
            f"({report.extracted} extracted, {report.from_cache} from cache) into {escape(str(target))}: "
            f"{nodes} nodes, {rels} relationships in {report.seconds:.1f} s",
            highlight=False,
        )
    raise typer.Exit(report.exit_code)


@reports_errors
def extract(
    files: Annotated[list[Path], typer.Argument(help="Files or folders to read.")],
    as_json: Annotated[
        bool, typer.Option("--json/--text", help="One JSON object per document per line, or a short text summary.")
    ] = True,
) -> None:
    """Show what the pipeline reads from each document (one JSON object per line); stores nothing.

    Ids are the graph's where the document alone decides them: a body named only by its kind ("Bestyrelsen") is the
    document's own, a person named by one word alone the body's; names merged across documents are joined only by a
    build."""
    from graphbuild.build_extract import read_and_extract
    from graphbuild.resolve_document_ids import with_document_ids
    from graphbuild.sources import collect_paths
    from graphbuild.vocab.ids import item_name

    paths, errors = collect_paths(files)
    failures = [str(e) for e in errors]
    read = 0
    for path in paths:
        try:
            facts = read_and_extract(path)
        except KommunegrafError as error:
            failures.append(str(error))
            continue
        read += 1
        if as_json:
            print_json(with_document_ids(facts.to_json_dict()))
        else:
            out.print(f"{facts.source}: {facts.kind or '?'} {facts.body or '?'} {facts.start or ''}", markup=False)
            for item in facts.items:
                name = item_name(item.number, item.title, item.case_numbers)  # "(no title, case …)" when both lost
                out.print(f"  {name} [{item.outcome}]", highlight=False, markup=False)
    for failure in failures:
        err.print(f"[yellow]skipped:[/yellow] {escape(failure)}", highlight=False)
    if failures and read == 0:  # nothing could be read at all: a user error, not a partial success
        raise typer.Exit(1)
    raise typer.Exit(2 if failures else 0)
