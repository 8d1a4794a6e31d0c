"""The `kommunegraf` console entry point, kept light: a build restarts itself with one malloc arena
(graphbuild.process_memory) before the command line's modules (typer, rich, the models) are imported,
so the restart costs a bare interpreter start instead of two imports of the whole command line.
Everything else is graphbuild.cli's ``main``."""

from __future__ import annotations

import sys

from graphbuild.process_memory import command_of, run_with_one_malloc_arena


def main() -> None:
    """Restart a build with one malloc arena first (a no-op when it runs with it already), then run
    the command line."""
    if command_of(sys.argv[1:]) == "build":
        run_with_one_malloc_arena()
    from graphbuild.cli import main as run_command_line

    run_command_line()


if __name__ == "__main__":  # `python -m graphbuild.console …`, as the `kommunegraf` script runs it
    main()
