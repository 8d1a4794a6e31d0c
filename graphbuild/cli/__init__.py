"""The `kommunegraf` command line: its commands gathered into one typer app, and ``main``.

Exit codes: 0 success; 1 a user error (one line on stderr, no traceback); 2 some inputs failed
and the rest were built or extracted.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from graphbuild import __version__
from graphbuild.cli.analyze_commands import analyze_adoption_curve, analyze_bridges, analyze_communities
from graphbuild.cli.build_commands import build, extract
from graphbuild.cli.graph_commands import changes, export, serve, stats
from graphbuild.cli.query_commands import cypher, packs, query
from graphbuild.cli.terminal import err, out
from graphbuild.cli.viz_commands import viz_diffusion, viz_ego, viz_membership, viz_overview, viz_query
from graphbuild.process_memory import command_of, run_with_one_malloc_arena

try:  # newer typer carries its own copy of click; older ones use click itself
    from typer._click.exceptions import UsageError as CommandLineError
except ImportError:  # pragma: no cover - depends on the installed typer
    from click.exceptions import UsageError as CommandLineError  # type: ignore[assignment]

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


@app.callback(invoke_without_command=True)
def main_options(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        out.print(f"kommunegraf {__version__}")
        raise typer.Exit(0)


for command in (build, extract, packs, query, cypher, stats, export, changes, serve):
    app.command()(command)
analyze_app.command("bridges")(analyze_bridges)
analyze_app.command("communities")(analyze_communities)
analyze_app.command("adoption-curve")(analyze_adoption_curve)
viz_app.command("overview")(viz_overview)
viz_app.command("ego")(viz_ego)
viz_app.command("diffusion")(viz_diffusion)
viz_app.command("membership")(viz_membership)
viz_app.command("query")(viz_query)


def main() -> None:
    """The console entry point: a mistyped command line is a user error (exit 1), as the README says;
    click's own code for it, 2, means "some inputs failed" here. A build restarts itself once, before
    anything else, so that its process runs with one malloc arena (graphbuild.process_memory)."""
    if command_of(sys.argv[1:]) == "build":  # started as `python -m graphbuild.cli`, not by graphbuild.console
        run_with_one_malloc_arena()
    try:
        code = app(standalone_mode=False)
    except CommandLineError as error:
        if type(error).__name__ == "NoArgsIsHelpError":  # a bare `kommunegraf viz`: its help is the answer
            error.show()
        else:  # one line, as every user error (click's own adds the usage and a hint on three more)
            where = error.ctx.command_path if error.ctx is not None else "kommunegraf"
            err.print(f"error: {error.format_message()} (see {where} --help)", highlight=False, markup=False)
        sys.exit(1)
    except typer.Abort:
        err.print("interrupted")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
