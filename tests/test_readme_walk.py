"""README.md walked as a new user walks it: every `kommunegraf` command its code blocks show parses
with that command's options and, on the example minutes, runs; every option its command table names
exists; the claims it makes about names hold on the examples."""

from __future__ import annotations

import json
import re
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from graphbuild.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
CODE_BLOCK = re.compile(r"```sh\n(.*?)```", flags=re.DOTALL)
TABLE_COMMAND = re.compile(r"^\| `kommunegraf ([a-z-]+)([^`]*)`", flags=re.MULTILINE)
OPTION = re.compile(r"(?<![\w-])(--?[a-z][a-z0-9-]*)")

runner = CliRunner()
root: Any = typer.main.get_command(app)


def readme_commands() -> list[list[str]]:
    """Each `kommunegraf ...` command of README's shell blocks, split as a shell splits it."""
    commands = []
    for block in CODE_BLOCK.findall(README.read_text(encoding="utf-8")):
        for line in block.splitlines():
            for part in line.split("&&"):
                words = shlex.split(part, comments=True)
                if words[:1] == ["kommunegraf"]:
                    commands.append(words[1:])
    return commands


def command_of(words: list[str]) -> tuple[Any, list[str], list[str]]:
    """The click command the words name, the names leading to it and the words left for it."""
    command, names, rest = root, [], list(words)
    while rest and hasattr(command, "commands") and rest[0] in command.commands:
        names.append(rest[0])
        command = command.commands[rest.pop(0)]
    return command, names, rest


def options_of(command: Any) -> set[str]:
    return {option for param in command.params for option in (*param.opts, *param.secondary_opts)}


README_COMMANDS = readme_commands()


def test_the_readme_shows_commands() -> None:
    assert len(README_COMMANDS) >= 15 and ["packs"] in README_COMMANDS


@pytest.mark.parametrize("words", README_COMMANDS, ids=" ".join)
def test_every_readme_command_parses(words: list[str]) -> None:
    command, names, rest = command_of(words)
    assert names, f"no command named {words[0]!r}"
    with command.make_context(" ".join(["kommunegraf", *names]), rest) as context:
        assert context.params is not None


def test_every_option_the_command_table_names_exists() -> None:
    table = README.read_text(encoding="utf-8").split("## Commands", 1)[1].split("\n## ", 1)[0]
    rows = TABLE_COMMAND.findall(table)
    assert len(rows) >= 11
    for name, synopsis in rows:
        command = root.commands[name]
        accepted = options_of(command)
        if hasattr(command, "commands"):  # `viz overview|ego|... ...`: any of its commands' options
            accepted = accepted.union(*(options_of(c) for c in command.commands.values()))
        named = set(OPTION.findall(synopsis.replace("\\|", "|")))
        assert named <= accepted, f"kommunegraf {name}: README names {sorted(named - accepted)}"


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Path:
    store = tmp_path_factory.mktemp("store")
    result = runner.invoke(app, ["build", str(examples_dir), "--store", str(store), "--json"])
    assert result.exit_code == 0, result.stderr
    return store


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)  # the pictures and files README's commands write land here
    yield tmp_path


# what reads the graph; not `build` (the fixture's), `serve` (it never ends) nor Neo4j (no server in a clone)
ASKING = [w for w in README_COMMANDS if w[0] not in ("build", "serve") and "--neo4j" not in w]


@pytest.mark.parametrize("words", ASKING, ids=" ".join)
def test_every_readme_question_answers_on_the_examples(words: list[str], example_store: Path, in_tmp: Path) -> None:
    """A fresh clone has only examples/: the names README's commands ask about must be in it."""
    result = runner.invoke(app, [*words, "--store", str(example_store)] if words[0] != "packs" else words)
    assert result.exit_code == 0, f"kommunegraf {shlex.join(words)}: {result.stderr}"
    assert "error" not in result.stderr


def test_the_fuzzy_name_readme_promises_is_found(example_store: Path) -> None:
    prose = " ".join(README.read_text(encoding="utf-8").split())
    claim = re.search(r"`--param name=(\w+)` finds ([\w ]+?) \(in the examples\)", prose)
    assert claim is not None
    typed, meant = claim.groups()
    result = runner.invoke(
        app, ["query", "person", "--param", f"name={typed}", "--json", "--store", str(example_store)]
    )
    assert result.exit_code == 0, result.stderr
    assert {row["person"] for row in json.loads(result.stdout)} == {meant}
    assert f"read as {meant}" in result.stderr


INSTALL_EXTRAS = re.compile(r'pip install -e "\.\[([a-z,]+)\]"')
IMPORTED = re.compile(r"^\s*(?:from|import) ([A-Za-z_]\w*)", flags=re.MULTILINE)
REQUIREMENT_NAME = re.compile(r"^[A-Za-z0-9_.-]+")


def test_the_fuzz_install_line_brings_what_the_fuzz_targets_import() -> None:
    """README's Secrets section says how to install for fuzz/: that line must bring every package the
    targets (and the bad-input builders they borrow from tests/) import, or a target dies on import."""
    import tomllib
    from importlib.metadata import packages_distributions

    secrets = README.read_text(encoding="utf-8").split("## Secrets", 1)[1].split("\n## ", 1)[0]
    install = INSTALL_EXTRAS.search(" ".join(secrets.split()))
    assert install is not None
    project = tomllib.loads((README.parent / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in install.group(1).split(","):
        requirements += project["optional-dependencies"][extra]
    installed = {REQUIREMENT_NAME.match(r).group(0).lower() for r in requirements}  # type: ignore[union-attr]
    sources = [*sorted((README.parent / "fuzz").glob("*.py")), README.parent / "tests/bad_inputs/__init__.py"]
    modules = {m for path in sources for m in IMPORTED.findall(path.read_text(encoding="utf-8"))}
    distributions = packages_distributions()
    third_party = {m for m in modules if m in distributions and m not in sys.stdlib_module_names}
    third_party -= {"graphbuild", "viz", "kommunegraf_viz", "tests"}
    assert {"reportlab", "hypothesis"} <= third_party
    for module in third_party:
        assert {d.lower() for d in distributions[module]} & installed, f"{module}: not in {install.group(0)}"


JSON_COMMANDS = [
    ["packs"],
    ["query", "adopters", "--param", "initiative=KL Play"],
    ["cypher", "MATCH (m:Municipality) RETURN m.name LIMIT 3"],
    ["stats"],
    ["analyze", "bridges"],
    ["analyze", "communities"],
    ["analyze", "adoption-curve", "KL Play"],
    ["changes"],
]


def test_every_command_the_table_gives_json_is_listed_here() -> None:
    table = README.read_text(encoding="utf-8").split("## Commands", 1)[1].split("\n## ", 1)[0]
    with_json = {name for name, synopsis in TABLE_COMMAND.findall(table) if "--json" in synopsis}
    assert with_json - {"build", "extract"} == {words[0] for words in JSON_COMMANDS}


@pytest.mark.parametrize("words", JSON_COMMANDS, ids=" ".join)
def test_json_is_json(words: list[str], example_store: Path) -> None:
    store = [] if words[0] == "packs" else ["--store", str(example_store)]
    result = runner.invoke(app, [*words, "--json", *store])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)


def test_extract_json_is_one_object_a_line(examples_dir: Path) -> None:
    result = runner.invoke(app, ["extract", str(examples_dir / "kd-net"), "--json"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(json.loads(line)["items"] for line in lines)


BENCHMARK_COMMAND = re.compile(r"`python (-m benchmarks\.\w+|benchmarks/\w+\.py)")


def test_every_benchmark_command_the_readme_names_starts() -> None:
    """`python benchmarks/quality.py` died on `import benchmarks` (a script's folder is its sys.path, not
    the clone's root): every benchmark README names must start as written, from the clone's root."""
    import subprocess

    named = sorted(set(BENCHMARK_COMMAND.findall(README.read_text(encoding="utf-8"))))
    assert "-m benchmarks.quality" in named
    for command in named:
        done = subprocess.run(
            [sys.executable, *command.split(), "--help"], cwd=README.parent, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, f"python {command} --help: {done.stderr[-400:]}"


def summaries(command: Any, names: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """Each command's first paragraph of help, the line `kommunegraf --help` and its groups list it by."""
    for name, sub in getattr(command, "commands", {}).items():
        yield " ".join((*names, name)), (sub.help or "").strip().split("\n\n")[0]
        yield from summaries(sub, (*names, name))


def test_every_command_is_listed_on_one_line() -> None:
    """`kommunegraf viz --help` printed overview's summary broken in two ("(every" / " node with
    --documents)"): a command's summary is its help's first paragraph, kept on one line."""
    listed = dict(summaries(root))
    assert "viz overview" in listed and "build" in listed
    assert [name for name, summary in listed.items() if "\n" in summary] == []
