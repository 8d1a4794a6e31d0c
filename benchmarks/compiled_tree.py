"""Builds a copy of this checkout's ``graphbuild`` with its hot pure-Python readers compiled by mypyc, to
measure what compiling would give (issue 13 item 7). The checkout itself is never touched.

    python -m benchmarks.compiled_tree OUT                      # parse/ and vocab/ compiled (the default)
    python -m benchmarks.compiled_tree OUT --packages graphbuild/parse graphbuild/vocab graphbuild/extract
    python -m benchmarks.compiled_tree OUT --modules graphbuild/parse/attendance_entries.py ...
    python -m benchmarks.compiled_tree OUT --pure               # the same copy, nothing compiled

then, for instance:

    python -m benchmarks.bench_extract GEN tests/realworld/docs --against PURE --tree OUT --pairs 3 --stages
    python -m benchmarks.same_output check SNAPSHOT ...         # with OUT first on sys.path

OUT receives ``graphbuild`` (copied without caches), a ``mypy.ini`` holding this checkout's ``[tool.mypy]``
settings (a ``pyproject.toml`` there would make setuptools validate the project table) and a ``setup.py``
calling ``mypyc.build.mypycify``; each compiled module's extension lands beside its ``.py`` (the interpreter
prefers it) and one shared ``*__mypyc`` library in OUT, so OUT must come first on ``sys.path``. Needs gcc and
the Python headers.

``INTERPRETED`` names the modules that stay interpreted: their classes keep values in the instance's
``__dict__``, which a mypyc native class does not have.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("graphbuild/parse", "graphbuild/vocab")
# modules a mypyc native class (no instance __dict__) cannot hold: Line fills its __dict__ and caches its clean
# text there through a descriptor; the next two cache through functools.cached_property; word_gate builds a
# WordPlaces by cls.__new__(cls), which mypyc 2.4 cannot compile (an internal error). parse/__init__ stays
# interpreted so that bench_extract --stages can time parse's parts (a compiled caller would call them directly).
INTERPRETED = frozenset(
    {
        "graphbuild/parse/__init__.py",
        "graphbuild/parse/lines.py",
        "graphbuild/extract/document_index.py",
        "graphbuild/extract/role_chairs.py",
        "graphbuild/extract/word_gate.py",
    }
)

# one C file per module (multi_file): one file for all would take gcc -O3 most of an hour
SETUP = """from setuptools import setup
from mypyc.build import mypycify

setup(name="graphbuild-compiled", ext_modules=mypycify({modules!r}, opt_level="3", multi_file=True))
"""


def default_modules(packages: tuple[str, ...] = PACKAGES) -> list[str]:
    """Every module of ``packages`` but the ones that must stay interpreted."""
    found = sorted(str(path.relative_to(REPO)) for package in packages for path in (REPO / package).glob("*.py"))
    return [name for name in found if name not in INTERPRETED]


def _ini_value(value: Any) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def mypy_ini() -> str:
    """This checkout's ``[tool.mypy]`` table (and its overrides) as a mypy.ini."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    overrides = config.pop("overrides", [])
    config.pop("files", None)  # mypyc is given the modules to compile
    lines = ["[mypy]", *(f"{key} = {_ini_value(value)}" for key, value in config.items())]
    for override in overrides:
        modules = override.pop("module")
        for module in [modules] if isinstance(modules, str) else modules:
            lines += ["", f"[mypy-{module}]", *(f"{key} = {_ini_value(value)}" for key, value in override.items())]
    return "\n".join(lines) + "\n"


def build(out: Path, modules: list[str]) -> float:
    """Copy graphbuild to ``out`` and compile ``modules`` there; seconds taken."""
    started = time.monotonic()
    if (out / "graphbuild").exists():
        shutil.rmtree(out / "graphbuild")
    out.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "graphbuild", out / "graphbuild", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    (out / "mypy.ini").write_text(mypy_ini(), encoding="utf-8")
    if modules:
        (out / "setup.py").write_text(SETUP.format(modules=modules), encoding="utf-8")
        command = [sys.executable, "setup.py", "build_ext", "--inplace", "-j", str(os.cpu_count() or 1)]
        subprocess.run(command, cwd=out, check=True)  # OUT/build is kept: a rebuild compiles only changed modules
    return time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="folder to build the copy in")
    parser.add_argument("--modules", nargs="+", help="modules to compile, as paths from the checkout's root")
    parser.add_argument("--packages", nargs="+", default=list(PACKAGES), help="packages compiled without --modules")
    parser.add_argument("--pure", action="store_true", help="copy only, compile nothing")
    args = parser.parse_args(argv)
    modules = [] if args.pure else (args.modules or default_modules(tuple(args.packages)))
    seconds = build(args.out.resolve(), modules)
    print(f"{len(modules)} module(s) compiled into {args.out} in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
