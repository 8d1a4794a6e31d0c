"""A real Neo4j 5.26 for the tests: testcontainers when a Docker engine answers, else the
in-process harness in tests/neo4j_server started with java. Outside CI a missing server skips
with a reason; under CI=true it fails. The server is stopped at the end of the session."""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fixtures_shared import require
from neo4j import Driver, GraphDatabase

from graphbuild.store.base import StoreTarget

SERVER_DIR = Path(__file__).resolve().parent / "neo4j_server"
IMAGE = "neo4j:5.26-community"
START_TIMEOUT_S = 240.0
TEST_USER = "neo4j"
TEST_PASSWORD = "kommunegraf-test"  # a throwaway server's password, never a real one


@dataclass(frozen=True)
class Neo4jServer:
    uri: str
    user: str
    password: str


def _docker_answers() -> bool:
    try:
        import docker

        client = docker.from_env(timeout=3)
        client.ping()
        client.close()
    except Exception:
        return False
    return True


def _from_container() -> Iterator[Neo4jServer]:
    from testcontainers.neo4j import Neo4jContainer

    with Neo4jContainer(IMAGE, password=TEST_PASSWORD) as container:
        yield Neo4jServer(container.get_connection_url(), TEST_USER, TEST_PASSWORD)


def _classpath() -> str | None:
    cp_file = SERVER_DIR / "cp.txt"
    if not cp_file.is_file() and shutil.which("mvn"):
        subprocess.run(
            ["mvn", "-q", "dependency:build-classpath", "-Dmdep.outputFile=cp.txt"],
            cwd=SERVER_DIR,
            check=False,
            capture_output=True,
            timeout=600,
        )
    return cp_file.read_text().strip() if cp_file.is_file() else None


def _first_line(process: subprocess.Popen[str], timeout_s: float) -> str | None:
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout_s).strip() or None
    except queue.Empty:
        return None


def _from_java() -> Iterator[Neo4jServer]:
    classpath = _classpath()
    require(shutil.which("java") is not None, "neither a Docker engine nor java is available for Neo4j")
    require(classpath is not None, f"no Neo4j harness classpath: run mvn dependency:build-classpath in {SERVER_DIR}")
    process = subprocess.Popen(
        ["java", "-cp", str(classpath), "Main.java"],
        cwd=SERVER_DIR,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        uri = _first_line(process, START_TIMEOUT_S)
        require(uri is not None and uri.startswith("bolt://"), "the Neo4j harness did not print a bolt URI")
        assert uri is not None
        # the harness runs without authentication; the driver's credentials are then ignored
        yield Neo4jServer(uri.rstrip("/"), TEST_USER, TEST_PASSWORD)
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jServer]:
    if _docker_answers():
        yield from _from_container()
    else:
        yield from _from_java()


@pytest.fixture(scope="session")
def neo4j_uri(neo4j_server: Neo4jServer) -> str:
    return neo4j_server.uri


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_server: Neo4jServer) -> Iterator[Driver]:
    driver = GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.user, neo4j_server.password))
    yield driver
    driver.close()


@pytest.fixture(scope="session")
def neo4j_target(neo4j_server: Neo4jServer) -> Iterator[StoreTarget]:
    """A StoreTarget for open_store; the credentials go where the CLI reads them, the environment."""
    saved = {key: os.environ.get(key) for key in ("NEO4J_USER", "NEO4J_PASSWORD")}
    os.environ["NEO4J_USER"] = neo4j_server.user
    os.environ["NEO4J_PASSWORD"] = neo4j_server.password
    yield StoreTarget(neo4j_uri=neo4j_server.uri)
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
