"""`python -m graphbuild.cli …`: the command line, as the `kommunegraf` script runs it."""

from graphbuild.cli import main

main()
