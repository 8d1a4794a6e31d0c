"""Every module-level compiled pattern of graphbuild timed on hostile texts: which grow faster than linearly?

    python -m benchmarks.pattern_growth [--sizes 1000,4000] [--only NAME] [--all] [--limit 2] [--forms] [--match]

Each pattern held by a module of graphbuild (a global, or in a module-level tuple, list, set or dict) is run with
``finditer`` over each hostile text (benchmarks/bench_hostile's shapes, a few of white space, and the pattern's own
first words beside blank runs of three kinds, ``word_shapes``) at two sizes. Linear is a growth of the size's
factor (4x); a pattern is listed where the larger text takes ``--factor`` times the smaller at least (default 7x,
between linear and quadratic's 16x) and ``--min-seconds`` (0.02 s) at least, or runs past
``--limit`` seconds (a hang). Its uses are read from graphbuild's source (the module that defines it and those that
import it by name): a pattern only ever used with ``match``/``fullmatch`` is tried at one position and is left out
(``--all`` shows it); one used with ``search``/``finditer``/``findall``/``sub``/``subn``/``split`` is listed with each
call and the text it is called on (with its pos and endpos), so a reader can tell a whole text from a window (a
sentence, a line, the characters before a match); one used no way the source shows (passed to a helper, held in a
container) is listed as ``indirect``. A call on either branch of ``(A if c else B)`` or on a loop's variable over a
tuple of patterns (``for pattern in (A, B): pattern.match(…)``) counts as a call of each. ``--match`` times the
patterns used only with ``match``/``fullmatch`` (and the indirect ones) by one ``match`` at the text's start instead:
the cost of one try over a window that long. ``--forms`` lists, without timing, the patterns of the structural forms
benchmarks/white_space_runs.py reads (a pattern that opens with a run of white space it may try from inside one; two
runs side by side) and are searched or used indirectly.

A benchmark, not a test: it times, and the times depend on the machine. Run it from the worktree's root with ``-m``.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import FrameType

import graphbuild
from benchmarks.bench_hostile import SHAPES as HOSTILE_SHAPES
from benchmarks.bench_hostile import _repeat
from benchmarks.white_space_runs import opens_with_a_run, runs_side_by_side

SCANS = frozenset({"search", "finditer", "findall", "sub", "subn", "split"})
ANCHORED = frozenset({"match", "fullmatch"})

# white space in the runs the quadratic patterns of h-decgate and h-lintre read from each of their characters
WHITE_SHAPES: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: " " * n,
    "space and line break": lambda n: _repeat(" \n", n),
    "spaces, tabs, blank lines": lambda n: _repeat(" \t \n\n", n),
    "spaces then a word": lambda n: " " * n + "x",
    "label lines": lambda n: _repeat("Afbud:\n", n),
    "label then blanks": lambda n: _repeat("Afbud:   \n  ", n),
    "colon and space": lambda n: _repeat(": ", n),
    "capitals": lambda n: _repeat("ANDERS HANSEN ", n),
    "one letter run": lambda n: "x" * n,
}
SHAPES: dict[str, Callable[[int], str]] = {**HOSTILE_SHAPES, **WHITE_SHAPES}

# the pattern's own words beside runs of blanks: a run the pattern reads in two places, split every way, grows only
# where a word of the pattern stands between the runs or after them ("var" between blanks for attendance_labels'
# label tail, "og" repeated for adoption_adopters' join), which the shapes above, all of one kind, never print
BLANK_KINDS = {"spaces": " ", "tabs": " \t", "line breaks": " \n"}
_CLASSES_AND_ESCAPES = re.compile(r"\[(?:\\.|[^\]\\])*\]|\\.|\(\?P?<\w+>|\(\?[a-zA-Z-]+[:)]|\{\d*,?\d*\}")
_WORD = re.compile(r"[a-zæøåA-ZÆØÅ]{2,}")
WORDS_TRIED = 3  # the pattern's first distinct words


def pattern_words(pattern: re.Pattern[str]) -> list[str]:
    """The pattern's first ``WORDS_TRIED`` distinct literal words of two letters or more (lower case), its character
    classes, escapes, group names, flags and counts left out."""
    words: list[str] = []
    for word in _WORD.findall(_CLASSES_AND_ESCAPES.sub(" ", pattern.pattern)):
        if word.lower() not in words:
            words.append(word.lower())
    return words[:WORDS_TRIED]


def word_shapes(pattern: re.Pattern[str]) -> dict[str, Callable[[int], str]]:
    """Hostile texts of the pattern's own words beside blank runs of each kind: blanks, the word, blanks and another
    word; the word and blanks repeated; the word repeated ("ogog…")."""
    shapes: dict[str, Callable[[int], str]] = {}
    for word in pattern_words(pattern):
        for kind, blank in BLANK_KINDS.items():
            shapes[f"{kind}, '{word}', {kind}, a word"] = partial(_word_between_runs, word, blank)
            shapes[f"'{word}' and {kind} repeated"] = partial(_repeat, word + blank * 2)
        shapes[f"'{word}' repeated"] = partial(_repeat, word)
    return shapes


def _word_between_runs(word: str, blank: str, size: int) -> str:
    return _repeat(blank, size // 2) + word + _repeat(blank, size // 2) + "x"


@dataclass
class Use:
    path: str
    line: int
    method: str
    arguments: str  # the text searched and, where given, the window's pos and endpos


@dataclass
class Held:
    """A compiled pattern, the module and name that hold it, and its calls in graphbuild's source."""

    name: str
    module: str
    pattern: re.Pattern[str]
    uses: list[Use] = field(default_factory=list)

    @property
    def kind(self) -> str:
        methods = {use.method for use in self.uses}
        if methods & SCANS:
            return "scan"
        return "match" if methods else "indirect"


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield value
    elif depth < 2 and isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


# module-level caches of patterns compiled at run time (their content depends on what ran before): not the module's own
RUN_TIME_CACHES = frozenset(
    {("graphbuild.vocab.pattern_gate", "_GATED"), ("graphbuild.vocab.pattern_dispatch", "_DISPATCHED")}
)


def held_patterns() -> list[Held]:
    """Every compiled pattern a module of graphbuild holds, once, under the first module and name found holding it:
    the module that defines it where its name is its own (a global of that name, not imported)."""
    modules = []
    for info in pkgutil.walk_packages(graphbuild.__path__, "graphbuild."):
        if info.name.endswith("__main__"):
            continue
        try:
            modules.append(importlib.import_module(info.name))
        except Exception as error:  # a module that needs an optional package: its patterns are not timed
            print(f"skipped {info.name}: {error}", file=sys.stderr)
    owner: dict[int, Held] = {}
    for module in modules:
        for name, value in vars(module).items():
            if (module.__name__, name) in RUN_TIME_CACHES:
                continue
            for pattern in _patterns_in(value):
                held = owner.get(id(pattern))
                defined_here = getattr(value, "__module__", module.__name__) == module.__name__
                if held is None or (defined_here and held.name == name and held.module != module.__name__):
                    owner[id(pattern)] = Held(name, module.__name__, pattern)
    return list(owner.values())


def _source_files() -> dict[str, Path]:
    root = Path(graphbuild.__file__).parent
    return {
        "graphbuild." + ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__"): path
        for path in root.rglob("*.py")
    }


def read_uses(patterns: list[Held]) -> None:
    """Each pattern's calls ``NAME.method(text, …)`` in its module and in the modules importing it by name."""
    by_place = {(held.module, held.name): held for held in patterns}
    root = Path(graphbuild.__file__).parent
    for module, path in _source_files().items():
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        local: dict[str, Held] = {name: held for (owner, name), held in by_place.items() if owner == module}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    imported = by_place.get((node.module, alias.name))
                    if imported is not None:
                        local[alias.asname or alias.name] = imported
        looped = _loop_patterns(tree, local)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in SCANS | ANCHORED:
                continue
            held_here = _called_on(node.func.value, local, looped)
            if not held_here:
                continue
            # the text searched: sub's and subn's second argument, the others' first
            place = 1 if node.func.attr in {"sub", "subn"} else 0
            arguments = [ast.get_source_segment(source, argument) or "" for argument in node.args[place:]]
            arguments += [f"{word.arg}=…" for word in node.keywords if word.arg in {"pos", "endpos"}]
            use = Use(str(path.relative_to(root.parent)), node.lineno, node.func.attr, ", ".join(arguments))
            for held in held_here:
                held.uses.append(use)


def _called_on(target: ast.expr, local: dict[str, Held], looped: dict[str, list[Held]]) -> list[Held]:
    """The patterns a call's object is: a name, either branch of ``(A if c else B)``, or a loop's variable over a tuple
    or list of names (``for pattern in (A, B): pattern.match(…)``)."""
    if isinstance(target, ast.IfExp):
        return _called_on(target.body, local, looped) + _called_on(target.orelse, local, looped)
    if isinstance(target, ast.Name):
        if target.id in local:
            return [local[target.id]]
        return looped.get(target.id, [])
    return []


def _loop_patterns(tree: ast.AST, local: dict[str, Held]) -> dict[str, list[Held]]:
    """Each loop variable that walks a literal tuple or list of the module's patterns, with those patterns."""
    looped: dict[str, list[Held]] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.For)
            and isinstance(node.target, ast.Name)
            and isinstance(node.iter, (ast.Tuple, ast.List))
        ):
            names = [item.id for item in node.iter.elts if isinstance(item, ast.Name) and item.id in local]
            if names:
                looped.setdefault(node.target.id, []).extend(local[name] for name in names)
    return looped


class TooLong(BaseException):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise TooLong


def seconds(pattern: re.Pattern[str], text: str, limit: int, at_start: bool = False) -> float:
    """Seconds of one ``finditer`` over the text (``at_start``: one ``match`` at its start, a window's one try);
    infinity where it runs past ``limit`` seconds."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(limit)
    try:
        started = time.perf_counter()
        if at_start:
            pattern.match(text)
        else:
            for _ in pattern.finditer(text):
                pass
        return time.perf_counter() - started
    except TooLong:
        return float("inf")
    finally:
        signal.alarm(0)


@dataclass
class Growth:
    shape: str
    small: float
    large: float

    @property
    def factor(self) -> float:
        return self.large / self.small if self.small > 0 else float("inf")


def growths(pattern: re.Pattern[str], sizes: tuple[int, int], args: argparse.Namespace) -> list[Growth]:
    """The shapes on which the pattern grows faster than linearly from the smaller size to the larger."""
    found = []
    shapes = {**SHAPES, **word_shapes(pattern)}
    texts = {name: (build(sizes[0]), build(sizes[1])) for name, build in shapes.items()}
    for name, (small_text, large_text) in texts.items():
        small = seconds(pattern, small_text, args.limit, args.match)
        if small < args.min_seconds / args.factor and small != float("inf"):
            continue  # too fast to grow past the threshold: not timed at the larger size
        large = float("inf") if small == float("inf") else seconds(pattern, large_text, args.limit, args.match)
        if large == float("inf") or (large / small >= args.factor and large >= args.min_seconds):
            found.append(Growth(name, small, large))
    return found


def of_the_forms(patterns: list[Held]) -> dict[str, tuple[Held, str]]:
    """The searched or indirectly used patterns of the quadratic forms (no timing), by ``module.name`` (graphbuild's
    prefix dropped), with their forms: "opens", "side by side" or both."""
    found = {}
    for held in patterns:
        if held.kind == "match":
            continue
        forms = [
            form
            for form, test in (("opens", opens_with_a_run), ("side by side", runs_side_by_side))
            if test(held.pattern)
        ]
        if forms:
            found[f"{held.module.removeprefix('graphbuild.')}.{held.name}"] = (held, " and ".join(forms))
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,4000", help="two sizes in characters")
    parser.add_argument("--factor", type=float, default=7.0, help="growth from the smaller size that is listed")
    parser.add_argument("--min-seconds", type=float, default=0.02, help="the larger size's least time listed")
    parser.add_argument("--limit", type=int, default=2, help="seconds before a run counts as a hang")
    parser.add_argument("--only", action="append", help="only patterns whose module.name holds this")
    parser.add_argument("--all", action="store_true", help="also list patterns used only with match/fullmatch")
    parser.add_argument("--forms", action="store_true", help="list the patterns of the quadratic forms, untimed")
    parser.add_argument(
        "--match",
        action="store_true",
        help="time the patterns used only with match/fullmatch (or indirectly) by one match at the text's start",
    )
    args = parser.parse_args(argv)
    small_size, large_size = (int(size) for size in args.sizes.split(","))
    patterns = held_patterns()
    read_uses(patterns)
    if args.forms:
        for place, (held, forms) in sorted(of_the_forms(patterns).items()):
            print(f"{place}  [{held.kind}, {forms}]  {held.pattern.pattern[:100]!r}")
            for use in held.uses:
                print(f"    used: {use.path}:{use.line} .{use.method}({use.arguments[:80]})")
        return 0
    print(f"{len(patterns)} patterns, {len(SHAPES)} shapes, sizes {small_size} and {large_size}", flush=True)
    listed = 0
    for held in patterns:
        place = f"{held.module}.{held.name}"
        if args.only and not any(wanted in place for wanted in args.only):
            continue
        if (held.kind == "match" and not args.all and not args.match) or (args.match and held.kind == "scan"):
            continue
        grown = growths(held.pattern, (small_size, large_size), args)
        if not grown:
            continue
        listed += held.kind != "match" or args.match
        print(f"\n{place}  [{held.kind}]  {held.pattern.pattern[:100]!r}")
        for growth in grown:
            factor = "HANG" if growth.large == float("inf") else f"{growth.factor:.1f}x"
            print(f"    {growth.shape:36s} {growth.small:8.4f} {growth.large:8.4f}  {factor}")
        for use in held.uses:
            print(f"    used: {use.path}:{use.line} .{use.method}({use.arguments[:80]})")
    what = "matched at one position" if args.match else "searched"
    print(f"\nlisted ({what}, growing faster than linearly): {listed}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
