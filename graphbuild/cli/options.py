"""The options the commands share (the store, Neo4j, output formats, pack parameters), as typer reads
them, and the pack parameters read from ``--param key=value``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graphbuild.errors import UserError

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
CypherParamOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--param", "-p", help="A query parameter as key=value, read as $key; repeat for more.", show_default=False
    ),
]
OutOpt = Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")]


def parse_params(raw: list[str] | None) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in raw or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--param expects key=value, got {item!r}")
        params[key.strip()] = value
    return params
