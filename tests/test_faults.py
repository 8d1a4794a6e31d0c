"""Faults during a build: a killed build, a full disk, a read-only store, a Neo4j that stops.

Each must end in one clear line (no traceback), keep the previous graph, and let the next build
succeed. Builds run as real `kommunegraf` processes so that a SIGKILL is a real one.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from bad_inputs import write_good

store_base = pytest.importorskip("graphbuild.store.base", reason="the store has not landed")
store_opening = pytest.importorskip("graphbuild.store.opening", reason="the store has not landed")


def cli(
    *args: str, preexec: Callable[[], None] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graphbuild.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=preexec,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "400"},
    )


def counts(store: Path) -> dict[str, int]:
    graph_store = store_opening.open_store(store_base.StoreTarget(store_dir=store), read_only=True)
    try:
        result: dict[str, int] = graph_store.counts()
        return result
    finally:
        graph_store.close()


def assert_one_clear_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines and lines[-1].startswith("error:"), result.stderr[-2000:]
    for word in words:
        assert word.lower() in result.stderr.lower(), (word, result.stderr[-2000:])


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("fault-corpora")
    small, large = root / "small", root / "large"
    write_good(small, 6)
    write_good(large, 240)
    return {"small": small, "large": large}


def build_ok(corpus: Path, store: Path, *extra: str) -> dict[str, Any]:
    result = cli("build", str(corpus), "--store", str(store), "--json", *extra)
    assert result.returncode == 0, result.stderr[-2000:]
    report: dict[str, Any] = json.loads(result.stdout)
    return report


# --- a killed build -------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_sigkill_at_any_moment_keeps_the_previous_graph_and_the_next_build_succeeds(
    corpora: dict[str, Path], tmp_path: Path
) -> None:
    store = tmp_path / "store"
    build_ok(corpora["small"], store)
    before = counts(store)
    command = [sys.executable, "-m", "graphbuild.cli", "build", str(corpora["large"]), "--store", str(store)]

    started = time.monotonic()  # how long a whole build takes here, so kills land inside it
    subprocess.run([*command, "--no-cache"], check=True, capture_output=True, timeout=240)
    whole = time.monotonic() - started
    after = counts(store)
    build_ok(corpora["small"], store)  # back to the small graph
    assert counts(store) == before

    killed_before_the_end = 0
    for fraction in (0.05, 0.2, 0.4, 0.6, 0.8, 0.95):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(whole * fraction)
        finished = process.poll() is not None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        if finished:
            break
        # A kill can land after the swap committed but before the process exited: then the new graph
        # is whole. Anything else than the whole old or the whole new graph is a torn store.
        now = counts(store)
        assert now in (before, after), f"a torn graph after a build killed at {fraction:.0%}"
        if now == after:
            build_ok(corpora["small"], store)
            continue
        killed_before_the_end += 1
    assert killed_before_the_end >= 3

    # The next build (reusing whatever the killed ones cached) converges to a clean build's graph.
    resumed = build_ok(corpora["large"], store)
    clean = build_ok(corpora["large"], tmp_path / "clean", "--no-cache")
    assert resumed["failures"] == [] and resumed["counts"] == clean["counts"]
    assert counts(store) == counts(tmp_path / "clean")


# --- a full disk ----------------------------------------------------------------------------


@contextlib.contextmanager
def tmpfs(mount_point: Path, size: str) -> Iterator[None]:
    """A small tmpfs at mount_point (needs root and a sandbox that allows mount), or skip."""
    mount_point.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root; the file-size-limit test covers the error path")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode(errors='replace').strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(path: Path, leave_bytes: int) -> None:
    """Fill the file system holding ``path`` until ``leave_bytes`` are free."""
    stat = os.statvfs(path)
    free = stat.f_bavail * stat.f_frsize
    with (path / "filler").open("wb") as handle:
        handle.write(b"\0" * max(free - leave_bytes, 0))


@pytest.mark.slow
@pytest.mark.timeout(180)
@pytest.mark.parametrize("free_kib", [256, 1024])
def test_a_full_disk_is_one_clear_error_and_keeps_the_previous_graph(
    corpora: dict[str, Path], tmp_path: Path, free_kib: int
) -> None:
    disk = tmp_path / "disk"
    with tmpfs(disk, "32m"):
        store = disk / "store"
        build_ok(corpora["small"], store)
        before = counts(store)
        fill(disk, free_kib * 1024)
        result = cli("build", str(corpora["large"]), "--store", str(store))
        assert_one_clear_error(result, str(store))
        assert counts(store) == before
        (disk / "filler").unlink()
        build_ok(corpora["large"], store)  # room again: the next build succeeds


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_full_disk_error_says_the_disk_is_full(corpora: dict[str, Path], tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with tmpfs(disk, "32m"):
        store = disk / "store"
        build_ok(corpora["small"], store)
        fill(disk, 256 * 1024)
        result = cli("build", str(corpora["large"]), "--store", str(store))
        assert_one_clear_error(result, str(store), "space")


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (2 * 1024 * 1024, 2 * 1024 * 1024))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of a signal


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_running_out_of_room_without_root_is_one_clear_error(corpora: dict[str, Path], tmp_path: Path) -> None:
    """ENOSPC simulated where no tmpfs can be mounted: a 2 MB file-size limit (write fails, EFBIG)."""
    store = tmp_path / "store"
    build_ok(corpora["small"], store)
    before = counts(store)
    result = cli("build", str(corpora["large"]), "--store", str(store), preexec=_limit_file_size)
    assert_one_clear_error(result, "file too large", str(store))
    assert counts(store) == before
    build_ok(corpora["large"], store)


# --- a read-only store ----------------------------------------------------------------------


@contextlib.contextmanager
def read_only(directory: Path) -> Iterator[None]:
    """Make ``directory`` read-only for this process: chmod for a normal user, a read-only
    tmpfs remount for root (whom chmod does not stop), else skip."""
    if os.geteuid() != 0:
        mode = directory.stat().st_mode
        for path in [directory, *directory.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o555)
        try:
            yield
        finally:
            for path in [directory, *directory.rglob("*")]:
                if path.is_dir() and not path.is_symlink():
                    path.chmod(0o755)
            directory.chmod(mode)
        return
    remount = subprocess.run(["mount", "-o", "remount,ro", str(directory.parent)], capture_output=True)
    if remount.returncode != 0:
        pytest.skip(f"cannot remount read-only: {remount.stderr.decode(errors='replace').strip()}")
    try:
        yield
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(directory.parent)], check=False)


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_read_only_store_directory_is_one_clear_error(corpora: dict[str, Path], tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    context = tmpfs(disk, "64m") if os.geteuid() == 0 else contextlib.nullcontext()
    with context:
        store = disk / "store"
        build_ok(corpora["small"], store)
        before = counts(store)
        with read_only(store):
            result = cli("build", str(corpora["large"]), "--store", str(store))
            assert_one_clear_error(result, str(store))
            assert "read-only" in result.stderr.lower() or "permission denied" in result.stderr.lower()
            assert counts(store) == before, "the previous graph can still be read"
        build_ok(corpora["large"], store)


def test_a_store_path_that_is_a_file_is_one_clear_error(corpora: dict[str, Path], tmp_path: Path) -> None:
    not_a_dir = tmp_path / "store"
    not_a_dir.write_text("a file, not a folder")
    result = cli("build", str(corpora["small"]), "--store", str(not_a_dir))
    assert_one_clear_error(result, str(not_a_dir))
    assert not_a_dir.read_text() == "a file, not a folder"


# --- Neo4j stopped mid-load -----------------------------------------------------------------


class CuttableProxy:
    """A TCP relay in front of Neo4j: ``cut`` drops every connection and refuses new ones (as a
    stopped server does), ``resume`` lets them through again. The server keeps its data."""

    def __init__(self, target_host: str, target_port: int) -> None:
        import socket
        import threading

        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = threading.Event()
        self.open.set()
        self.sockets: list[Any] = []
        self.lock = threading.Lock()
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open.is_set():
                client.close()  # refused, as by a server that is down
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=10)
            except OSError:
                client.close()
                continue
            for sock in (client, upstream):  # no Nagle delay on Bolt's small messages
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self.lock:
                self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: Any, sink: Any) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.close()

    def cut(self) -> None:
        import socket

        self.open.clear()
        with self.lock:
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                    sock.close()
            self.sockets.clear()

    def resume(self) -> None:
        self.open.set()

    def close(self) -> None:
        self.closed = True
        self.cut()
        self.listener.close()


def _graph_of_documents(folder: Path, count: int) -> Any:
    from graphbuild.build_extract import extract_corpus
    from graphbuild.resolve import resolve

    write_good(folder, count)
    return resolve(extract_corpus([folder], None, workers=1))


@pytest.mark.neo4j
@pytest.mark.slow
@pytest.mark.timeout(300)
def test_neo4j_lost_mid_load_is_a_clear_error_and_a_rebuild_converges(
    neo4j_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from urllib.parse import urlparse

    import neo4j

    from graphbuild.errors import StoreError

    # The driver retries a failed transaction for max_transaction_retry_time (30 s by default,
    # with back-off about a minute) before the store sees the error; shorten that window here only.
    real_driver = neo4j.GraphDatabase.driver
    monkeypatch.setattr(
        neo4j.GraphDatabase,
        "driver",
        lambda uri, **kwargs: real_driver(uri, **{"max_transaction_retry_time": 2.0, **kwargs}),
    )
    address = urlparse(neo4j_server.uri)
    proxy = CuttableProxy(address.hostname or "localhost", address.port or 7687)
    monkeypatch.setenv("NEO4J_USER", neo4j_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    target = store_base.StoreTarget(neo4j_uri=f"bolt://127.0.0.1:{proxy.port}")
    graph = _graph_of_documents(tmp_path / "large", 16)
    smaller = _graph_of_documents(tmp_path / "small", 5)
    try:
        store = store_opening.open_store(target, read_only=False)
        try:
            store.replace_graph(smaller)  # the previous graph

            def stop_server_midway(stage: str, done: int, total: int) -> None:
                if done == total // 2:
                    proxy.cut()

            with pytest.raises(StoreError) as caught:
                store.replace_graph(graph, stop_server_midway)
        finally:
            with contextlib.suppress(Exception):
                store.close()
        message = str(caught.value)
        assert f"127.0.0.1:{proxy.port}" in message and "\n" not in message
        assert neo4j_server.password not in message

        proxy.resume()  # the server is back
        store = store_opening.open_store(target, read_only=False)
        try:
            store.replace_graph(graph)
            back = store.read_graph()
            assert set(back.nodes) == set(graph.nodes)
            assert set(back.rels) == set(graph.rels)
            assert {k: v for k, v in store.counts().items() if v} == graph.counts()
            store.replace_graph(smaller)  # and a smaller graph leaves nothing of the larger behind
            assert set(store.read_graph().nodes) == set(smaller.nodes)
        finally:
            store.close()
    finally:
        proxy.close()
