"""A real build killed with SIGKILL at several moments leaves the previous graph readable."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_graphs import chain_graph

from graphbuild.store.base import StoreTarget
from graphbuild.store.generations import GENERATIONS, current_generation
from graphbuild.store.opening import open_store

TESTS = Path(__file__).resolve().parent

BUILD_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from store_graphs import chain_graph
from graphbuild.store.base import StoreTarget
from graphbuild.store.opening import open_store
graph = chain_graph({people}, doc="big")
print("graph ready", flush=True)
store = open_store(StoreTarget(store_dir=Path({store!r})), read_only=False)
store.replace_graph(graph)
store.close()
print("build done", flush=True)
"""


def counts_and_sample(store_dir: Path) -> tuple[dict[str, int], list[dict[str, object]]]:
    store = open_store(StoreTarget(store_dir=store_dir))
    try:
        rows = store.query(
            "MATCH (p:Person)-[a:ATTENDED]->(m:Meeting) RETURN p.id AS person, m.id AS meeting ORDER BY person LIMIT 5"
        )
        return store.counts(), rows
    finally:
        store.close()


def start_build(store_dir: Path, people: int) -> subprocess.Popen[str]:
    script = BUILD_SCRIPT.format(tests=str(TESTS), people=people, store=str(store_dir))
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=os.environ.copy())


@pytest.mark.slow
def test_sigkill_during_a_build_keeps_the_previous_graph(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    writer = open_store(StoreTarget(store_dir=store_dir), read_only=False)
    writer.replace_graph(chain_graph(300, doc="old"))
    writer.close()

    # How long one whole build takes here, so the kills land inside the store write.
    timing = start_build(store_dir, 60_000)
    assert timing.stdout is not None
    assert timing.stdout.readline().strip() == "graph ready"
    started = time.monotonic()
    assert timing.wait(timeout=300) == 0
    write_seconds = time.monotonic() - started
    full_counts = {k: v for k, v in counts_and_sample(store_dir)[0].items() if v}
    writer = open_store(StoreTarget(store_dir=store_dir), read_only=False)
    writer.replace_graph(chain_graph(300, doc="old"))
    writer.close()
    before = counts_and_sample(store_dir)
    live = current_generation(store_dir)

    killed_mid_write = 0
    for fraction in (0.0, 0.05, 0.15, 0.3, 0.45, 0.6):
        build = start_build(store_dir, 60_000)
        assert build.stdout is not None
        assert build.stdout.readline().strip() == "graph ready"
        time.sleep(write_seconds * fraction)
        finished = build.poll() is not None
        build.send_signal(signal.SIGKILL)
        build.wait(timeout=60)
        build.stdout.close()
        if finished:
            break
        if current_generation(store_dir) == live:
            killed_mid_write += 1
            assert counts_and_sample(store_dir) == before
        else:  # killed after the swap: then the new graph is there whole
            assert counts_and_sample(store_dir)[0] == {**before[0], **full_counts}
            break
    assert killed_mid_write >= 3

    # The next build succeeds and clears what the killed builds left behind.
    writer = open_store(StoreTarget(store_dir=store_dir), read_only=False)
    writer.replace_graph(chain_graph(400, doc="new"))
    writer.close()
    assert counts_and_sample(store_dir)[0]["Person"] == 400
    assert len(list((store_dir / GENERATIONS).iterdir())) == 1
