"""The build's process runs with one glibc malloc arena (issue 17 item 1).

glibc gives each thread that allocates at the same time as another an arena of its own and keeps
their freed memory; the engine's load (LadybugDB's threads, pyarrow) makes several, and the store
stage's growth then rises with the corpus (measured in docs/benchmarks-log.md: 156 MB with the default
against 107 MB with one arena at 10k documents). glibc reads ``MALLOC_ARENA_MAX`` once, when the
process starts; ``mallopt`` later leaves the arenas already made in use. So the `kommunegraf build`
entry re-executes itself once, the same program with the same arguments, with the variable set:
``execve`` keeps the process (its id, its parent, its terminal, its signals and exit code), so Ctrl-C,
a SIGKILL and the workers' end with it behave as before, and no second process exists.

A user who set ``MALLOC_ARENA_MAX`` (to any value, or ``glibc.malloc.arena_max`` in ``GLIBC_TUNABLES``)
keeps it; on a system without glibc nothing is done.
"""

from __future__ import annotations

import ctypes
import gc
import os
import sys
from collections.abc import Mapping, Sequence

ARENA_VARIABLE = "MALLOC_ARENA_MAX"
ONE_ARENA = "1"
TUNABLE = "glibc.malloc.arena_max"  # the same setting through GLIBC_TUNABLES


def command_of(arguments: Sequence[str]) -> str | None:
    """The command a command line names: its first word that is not an option."""
    return next((word for word in arguments if not word.startswith("-")), None)


def glibc() -> bool:
    """Whether this process's C library is glibc (the only one that reads ``MALLOC_ARENA_MAX``)."""
    try:
        return (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")
    except (ValueError, OSError, AttributeError):  # the name is unknown: not glibc
        return False


def restart_command(executable: str, orig_argv: Sequence[str]) -> list[str] | None:
    """The command line that starts this program again as it was started (interpreter options,
    ``-m module`` or ``-c code``, the arguments), with the interpreter named by its full path; None
    when it is not known."""
    if not executable or not orig_argv:
        return None
    return [executable, *orig_argv[1:]]


def needs_one_arena(environ: Mapping[str, str]) -> bool:
    """Unset by the user (neither ``MALLOC_ARENA_MAX`` nor glibc's tunable of the same), on glibc."""
    user_set = ARENA_VARIABLE in environ or TUNABLE in environ.get("GLIBC_TUNABLES", "")
    return not user_set and glibc() and not getattr(sys, "frozen", False)


def run_with_one_malloc_arena() -> None:
    """Re-execute this process with ``MALLOC_ARENA_MAX=1`` unless it is set already (or the user set
    it, or this is not glibc); returns only when nothing was to be done or the restart failed (the
    build then runs with malloc's default, as before)."""
    if not needs_one_arena(os.environ):
        return
    command = restart_command(sys.executable, getattr(sys, "orig_argv", ()))
    if command is None:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execve(command[0], command, {**os.environ, ARENA_VARIABLE: ONE_ARENA})
    except OSError:
        return


def return_freed_memory(*, collect_cycles: bool = True) -> None:
    """Collect what this process no longer holds (unless ``collect_cycles`` is false) and hand the freed
    heap back to the system: pyarrow's pool (mimalloc keeps what it freed, when pyarrow is in use here)
    and glibc's (``malloc_trim``), so a process that read one large batch does not keep that batch's
    pages for the rest of the build."""
    if collect_cycles:
        gc.collect()
    pyarrow = sys.modules.get("pyarrow")
    if pyarrow is not None:
        pyarrow.default_memory_pool().release_unused()
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc: nothing to trim
        return
    libc.malloc_trim(0)
