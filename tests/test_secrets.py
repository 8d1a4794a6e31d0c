"""Secrets printed in minutes (passwords, logins, CPR numbers) reach no graph, export or page,
and the Neo4j credentials are never printed, logged or put on a command line."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from bad_inputs import minutes_text

from graphbuild.extract import extract_facts
from graphbuild.models import DocumentFacts, Graph
from graphbuild.parse import parse_meeting
from graphbuild.resolve import resolve
from graphbuild.sources import MARKER, read_source
from graphbuild.sources.redact import redact

# (how the secret is written, the secret). Every form seen in minutes, plus table cells as the
# DOCX and HTML readers produce them (tab-separated) and Markdown tables.
SECRET_LINES = [
    ("Password: {s}", "Hemmelig2021x"),
    ("Adgangskode: {s}", "Sommer2021xq"),
    ("Kodeord er: {s}", "Vinter22qz"),
    ("Brugernavn: {s}", "sundhed-kbhzz"),
    ("Login: Vores login navn i Kommunen er: {s}", "Sundhed-Byenzz"),
    ("Password: Vores password i Kommunen er:\n{s}", "42Hemmeligzz"),
    ("Adgangskode:\n\n{s}", "NaesteLinjezz"),
    ("Vi bruger login: fælles og password: {s} til portalen.", "Inline77zz"),
    ("**Password:** {s}", "FedSkrift9zz"),
    ("Login\t{s}", "TabelCelle1zz"),
    ("Password\t{s}", "TabelCelle2zz"),
    ("| Password | {s} |", "MarkdownCellezz"),
    ("Brugernavn / adgangskode: fælles / {s}", "Dobbelt55zz"),
    ("PIN-kode: {s}", "4455"),
    ("CPR-nr. {s} blev nævnt i sagen.", "010203-1234"),
    ("Borgerens cpr {s} er slettet.", "1512891234"),
    ("CPR: {s}.", "311299-4321"),
]
KEPT = ["Sagsnr.: 326-2017-43896", "Login og password er unikt for os", "KL Play"]


def run_stages(paths: Iterable[Path]) -> tuple[list[str], list[DocumentFacts], Graph]:
    docs = [read_source(path) for path in paths]
    facts = [extract_facts(parse_meeting(doc)) for doc in docs]
    return [doc.text for doc in docs], facts, resolve(facts)


def everything_written(texts: list[str], facts: list[DocumentFacts], graph: Graph) -> str:
    """Every string the build can store, export or print, as one haystack."""
    return "\n".join(
        [
            *texts,
            *(json.dumps(f.to_json_dict(), ensure_ascii=False) for f in facts),
            graph.model_dump_json(),
            json.dumps(graph.model_dump(mode="json"), ensure_ascii=True),  # \\u escapes too
        ]
    )


def render_pages(graph: Graph, out: Path) -> str:
    from kommunegraf_viz import render_membership, render_overview

    pages = [
        render_overview(graph, out / "overview.html", documents=True),
        render_membership(graph, out / "membership.html"),
    ]
    return "\n".join(Path(page.path).read_text(encoding="utf-8") for page in pages)


@pytest.fixture(scope="module")
def secret_corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("secrets")
    paths = []
    for index, (form, secret) in enumerate(SECRET_LINES):
        line = form.format(s=secret)
        extra = f"Login og password er unikt for os.\n\n{line}\n\nPå siden kan man se programmerne."
        suffix = ".md" if "|" in form else ".txt"
        path = folder / f"secret_{index:02d}{suffix}"
        path.write_text(minutes_text(extra=extra, day=1 + index), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize(("form", "secret"), SECRET_LINES, ids=[f for f, _ in SECRET_LINES])
def test_redact_removes_each_form(form: str, secret: str) -> None:
    text = f"Referat\n\n{form.format(s=secret)}\n\nSagsnr.: 326-2017-43896 og Login og password er unikt for os."
    result = redact(text)
    assert secret not in result.text and secret.replace("-", "") not in result.text
    assert result.count >= 1 and MARKER in result.text
    assert "Sagsnr.: 326-2017-43896" in result.text and "Login og password er unikt for os." in result.text


def test_generated_secrets_reach_no_output(secret_corpus: list[Path], tmp_path: Path) -> None:
    texts, facts, graph = run_stages(secret_corpus)
    haystack = everything_written(texts, facts, graph) + render_pages(graph, tmp_path)
    leaked = [secret for _, secret in SECRET_LINES if secret in haystack]
    assert leaked == []
    for kept in KEPT:
        assert kept in "\n".join(texts)
    assert graph.counts().get("Document", 0) == len(secret_corpus)


@pytest.mark.seeds
def test_seed_secrets_reach_no_output(seeds_dir: Path, gold: dict[str, Any], tmp_path: Path) -> None:
    banned = [s for doc in gold["documents"] for s in doc.get("must_not_store", [])]
    assert banned, "gold names the seed's password"
    paths = sorted(seeds_dir.glob("*.txt"))
    texts, facts, graph = run_stages(paths)
    haystack = everything_written(texts, facts, graph) + render_pages(graph, tmp_path)
    assert [s for s in banned if s in haystack] == []
    # the login name printed beside the password goes too
    assert "Sundhed-Albertslund" not in haystack


def _store_modules(*extra: str) -> None:
    for module in ("graphbuild.store.base", *extra):
        pytest.importorskip(module, reason=f"{module} has not landed")


@pytest.fixture(scope="module")
def secret_store(secret_corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The generated secret documents built by the CLI; returns the store and what it printed."""
    _store_modules()
    from typer.testing import CliRunner

    from graphbuild.cli import app

    store = tmp_path_factory.mktemp("secret-store") / "store"
    result = CliRunner().invoke(app, ["build", *map(str, secret_corpus), "--store", str(store), "--json"])
    assert result.exit_code == 0, result.stderr
    return store, [result.stdout, result.stderr]


def _leaked(outputs: list[str]) -> list[str]:
    # a secret as a whole token: the short PIN "4455" also occurs inside a generation's nanosecond name
    # ("01796304445563264718-…") or a timing's digits, which are no leak
    haystack = "\n".join(outputs)
    return [
        secret
        for _, secret in SECRET_LINES
        if re.search(rf"(?<![0-9A-Za-z]){re.escape(secret)}(?![0-9A-Za-z])", haystack) is not None
    ]


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_secrets_reach_no_store_file_query_or_page(secret_store: tuple[Path, list[str]], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from graphbuild.cli import app

    store, outputs = secret_store
    runner = CliRunner()
    outputs = list(outputs)
    for query in ("MATCH (n) RETURN n", "MATCH ()-[r]->() RETURN r"):
        answer = runner.invoke(app, ["cypher", query, "--format", "json", "--store", str(store)])
        assert answer.exit_code == 0, answer.stderr
        outputs.append(answer.stdout)
    page = tmp_path / "page.html"
    drawn = runner.invoke(app, ["viz", "overview", "--output", str(page), "--store", str(store)])
    assert drawn.exit_code == 0, drawn.stderr
    outputs.append(page.read_text(encoding="utf-8"))
    # the database files and the extraction cache on disk
    outputs.extend(p.read_bytes().decode("utf-8", errors="replace") for p in store.rglob("*") if p.is_file())
    assert len(outputs) > 6
    assert _leaked(outputs) == []


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_secrets_reach_no_export(secret_store: tuple[Path, list[str]], tmp_path: Path) -> None:
    _store_modules("graphbuild.export")
    from typer.testing import CliRunner

    from graphbuild.cli import app

    store, _ = secret_store
    outputs: list[str] = []
    for fmt, target in (("json", tmp_path / "g.json"), ("graphml", tmp_path / "g.graphml"), ("csv", tmp_path / "csv")):
        exported = CliRunner().invoke(app, ["export", "--format", fmt, "--output", str(target), "--store", str(store)])
        assert exported.exit_code == 0, exported.stderr
        files = [target] if target.is_file() else sorted(target.rglob("*"))
        outputs.extend(p.read_text(encoding="utf-8") for p in files if p.is_file())
    assert outputs
    assert _leaked(outputs) == []


# --- Neo4j credentials ---------------------------------------------------------------------

SENTINEL_USER = "kg-user-Sentinel-7"
SENTINEL_PASSWORD = "kg-pass-Sentinel-9"


UNREACHABLE = "bolt://127.0.0.1:9"  # the discard port: nothing answers


def _failing_stats(
    uri: str, env: dict[str, str], cwd: Path, launcher: tuple[str, ...] = ("-m", "graphbuild.cli")
) -> subprocess.CompletedProcess[str]:
    """``kommunegraf stats --neo4j uri`` run in a child Python (``launcher`` its arguments before the command's),
    which must fail cleanly: exit code 1, no traceback."""
    result = subprocess.run(
        [sys.executable, *launcher, "stats", "--neo4j", uri],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=50,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr[-2000:]
    return result


def test_no_command_accepts_credentials_on_the_command_line() -> None:
    _store_modules("graphbuild.store.neo4j")
    from typer.testing import CliRunner

    from graphbuild.cli import app

    for option in ("--password", "--user", "--neo4j-password", "--auth"):
        result = CliRunner().invoke(app, ["stats", "--neo4j", UNREACHABLE, option, "x"])
        assert result.exit_code == 2 and "No such option" in result.stderr, option


@pytest.mark.timeout(60)
def test_unreachable_neo4j_error_names_the_uri_not_the_credentials(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _store_modules("graphbuild.store.neo4j")
    env = {**os.environ, "NEO4J_USER": SENTINEL_USER, "NEO4J_PASSWORD": SENTINEL_PASSWORD}
    code = (
        "import logging, sys; logging.basicConfig(level=logging.DEBUG, stream=sys.stderr);"
        "from graphbuild.cli import app; sys.argv=['kommunegraf', *sys.argv[1:]]; app()"
    )
    result = _failing_stats(UNREACHABLE, env, tmp_path, launcher=("-c", code))
    assert "127.0.0.1:9" in result.stderr
    for secret in (SENTINEL_PASSWORD, SENTINEL_USER):
        assert secret not in result.stdout and secret not in result.stderr


def test_a_dotenv_password_is_not_printed_by_a_failing_command(tmp_path: Path) -> None:
    _store_modules("graphbuild.store.neo4j")
    (tmp_path / ".env").write_text(f"NEO4J_USER={SENTINEL_USER}\nNEO4J_PASSWORD={SENTINEL_PASSWORD}\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    result = _failing_stats(UNREACHABLE, env, tmp_path)
    assert "127.0.0.1:9" in result.stderr
    assert SENTINEL_PASSWORD not in result.stdout + result.stderr
    assert SENTINEL_USER not in result.stdout + result.stderr


def test_the_password_is_never_on_a_process_command_line(tmp_path: Path) -> None:
    """The CLI reads credentials from the environment; a child it starts must not get them in argv."""
    psutil = pytest.importorskip("psutil")
    _store_modules("graphbuild.store.neo4j")
    env = {**os.environ, "NEO4J_USER": SENTINEL_USER, "NEO4J_PASSWORD": SENTINEL_PASSWORD}
    process = subprocess.Popen(
        [sys.executable, "-m", "graphbuild.cli", "stats", "--neo4j", UNREACHABLE],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    seen: list[str] = []
    try:
        while process.poll() is None:
            try:
                parent = psutil.Process(process.pid)
                for proc in [parent, *parent.children(recursive=True)]:
                    seen.append(" ".join(proc.cmdline()))
            except psutil.Error:
                pass
    finally:
        process.wait(timeout=50)
    assert seen, "the command was observed at least once"
    assert not any(SENTINEL_PASSWORD in line or SENTINEL_USER in line for line in seen)


def test_neo4j_driver_debug_logging_does_not_carry_the_password(caplog: pytest.LogCaptureFixture) -> None:
    neo4j = pytest.importorskip("neo4j")
    caplog.set_level(logging.DEBUG)
    driver = neo4j.GraphDatabase.driver(UNREACHABLE, auth=(SENTINEL_USER, SENTINEL_PASSWORD), connection_timeout=1)
    try:
        with pytest.raises(Exception):  # noqa: B017 - the driver's own error types vary by version
            driver.verify_connectivity()
    finally:
        driver.close()
    assert SENTINEL_PASSWORD not in caplog.text


@pytest.mark.seeds
@pytest.mark.slow
@pytest.mark.timeout(180)
def test_seed_secrets_reach_no_store_or_query(seeds_dir: Path, gold: dict[str, Any], tmp_path: Path) -> None:
    _store_modules()
    from typer.testing import CliRunner

    from graphbuild.cli import app

    banned = [s for doc in gold["documents"] for s in doc.get("must_not_store", [])] + ["Sundhed-Albertslund"]
    runner = CliRunner()
    store = tmp_path / "store"
    built = runner.invoke(app, ["build", str(seeds_dir), "--store", str(store), "--json"])
    assert built.exit_code == 0, built.stderr
    outputs = [built.stdout, built.stderr]
    for query in ("MATCH (n) RETURN n", "MATCH ()-[r]->() RETURN r"):
        answer = runner.invoke(app, ["cypher", query, "--format", "json", "--store", str(store)])
        assert answer.exit_code == 0, answer.stderr
        outputs.append(answer.stdout)
    outputs.extend(p.read_bytes().decode("utf-8", errors="replace") for p in store.rglob("*") if p.is_file())
    haystack = "\n".join(outputs)
    assert [s for s in banned if s in haystack] == []
    assert "KL Play" in haystack, "the rest of the seed is there"


def test_credentials_in_the_uri_are_refused_without_echoing_them(tmp_path: Path) -> None:
    _store_modules("graphbuild.store.neo4j")
    env = {**os.environ, "NEO4J_PASSWORD": "x"}
    result = _failing_stats(f"bolt://neo4j:{SENTINEL_PASSWORD}@127.0.0.1:9", env, tmp_path)
    assert SENTINEL_PASSWORD not in result.stdout + result.stderr
    assert "NEO4J_PASSWORD" in result.stderr
