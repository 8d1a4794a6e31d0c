"""The commands that ask the graph questions: `packs` (the query packs listed), `query` (a pack run,
its rows printed or written to a file) and `cypher` (ad hoc read-only Cypher)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from graphbuild.cli.options import AsJsonOpt, CypherParamOpt, JsonOpt, Neo4jOpt, ParamOpt, StoreOpt, parse_params
from graphbuild.cli.stores import reading
from graphbuild.cli.terminal import check_format, checked_format, err, out, print_json, reports_errors, write_rows
from graphbuild.errors import UserError, cannot_write

CYPHER_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def check_cypher_parameters(text: str, given: dict[str, str]) -> None:
    """Every $name the query uses must come with --param name=...: LadybugDB reads a missing one as
    null and answers nothing, Neo4j refuses the query; either way the user gets one line naming it."""
    from graphbuild.querypacks import _LITERALS as CYPHER_LITERALS  # strings and comments hold no parameters

    used = dict.fromkeys(CYPHER_PARAMETER.findall(CYPHER_LITERALS.sub(" ", text)))
    missing = [name for name in used if name not in given]
    if missing:
        wanted = " ".join(f"--param {name}=..." for name in missing)
        raise UserError(f"the query uses {', '.join('$' + name for name in missing)}: give {wanted}")


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
    check_format(fmt, ("table", "json", "csv", "xlsx"))
    params = parse_params(param)
    with reading(store, neo4j) as graph_store:
        result = run_pack(graph_store, pack, params)
        documents = documents_of(graph_store, result)
    # a table names a document by its meeting; scripts and spreadsheets get its full path too
    result = with_document_labels(result, documents) if fmt == "table" else with_document_paths(result, documents)
    if output is not None:
        text = format_rows(result, fmt, width=200) if fmt != "xlsx" else ""
        data = xlsx_bytes(pack, result) if fmt == "xlsx" else (("\ufeff" if excel else "") + text).encode("utf-8")
        try:  # a new folder is made, as `viz` and `export` make theirs
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_bytes(data)
        except OSError as error:
            raise cannot_write(output, error) from None
        err.print(f"wrote {len(result.rows)} rows to {output}", highlight=False, markup=False)
    else:
        write_rows(("\ufeff" if excel and fmt == "csv" else "") + format_rows(result, fmt), fmt)
    for note in result.notes(pack, params):
        err.print(note, highlight=False, markup=False)


@reports_errors
def cypher(
    text: Annotated[str, typer.Argument(help="A read-only Cypher query; use $name for parameters.")],
    param: CypherParamOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    timeout: Annotated[float, typer.Option(help="Seconds before the query is stopped.")] = 30.0,
    as_json: AsJsonOpt = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Run ad hoc Cypher read-only (writes are refused) on either engine."""
    from graphbuild.pack_output import format_rows
    from graphbuild.querypacks import run_read_only

    fmt = checked_format(fmt, as_json)
    if not timeout > 0:
        raise UserError(f"--timeout must be more than 0 seconds, not {timeout:g}")
    params = parse_params(param)
    check_cypher_parameters(text, params)
    with reading(store, neo4j) as graph_store:
        result = run_read_only(graph_store, text, params, timeout)
    write_rows(format_rows(result, fmt), fmt)
