"""The web app's hold on the store: requests read side by side, a new build goes live under running
requests without breaking them, and an index that does not belong to the graph is said so."""

from __future__ import annotations

import html
import re
import shutil
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fixtures_shared import EXAMPLES
from starlette.testclient import TestClient

from graphbuild.pipeline import build
from graphbuild.publish import index_dir
from graphbuild.serve.app import create_app
from graphbuild.serve.state import ServeState
from graphbuild.store.base import StoreTarget
from graphbuild.textindex import INDEX_FILE

NODES = ["initiative:kl-play-sundhed-og-social", "organization:kd-net", "municipality:0370", "meeting:2e7aaf3b15353c73"]


def built(root: Path, towns: list[str]) -> StoreTarget:
    corpus = root / "docs"
    shutil.rmtree(corpus, ignore_errors=True)
    for town in towns:
        shutil.copytree(EXAMPLES / town, corpus / town)
    target = StoreTarget(store_dir=root / "store")
    assert not build([corpus], target, cache_dir=root / "cache", workers=1).failures
    return target


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> StoreTarget:
    return built(tmp_path_factory.mktemp("state"), ["kalundborg", "naestved", "aarhus", "kd-net", "silkeborg"])


@pytest.fixture
def state(target: StoreTarget) -> Iterator[ServeState]:
    opened = ServeState(target, readers=2)
    yield opened
    opened.close()


def test_two_requests_read_at_the_same_time(state: ServeState) -> None:
    """Both sessions must be inside at once to pass the barrier: one lock for all would time out."""
    inside = threading.Barrier(2, timeout=20)

    def request(node_id: str) -> str:
        with state.session() as opened:
            inside.wait()
            node = opened.graph.node(node_id)
            assert node is not None
            return node.name

    with ThreadPoolExecutor(2) as pool:
        names = list(pool.map(request, NODES[:2]))
    assert names == ["KL Play: Sundhed og Social", "KD-Net"]


def test_no_more_readers_than_allowed_and_the_same_answers(state: ServeState) -> None:
    lock = threading.Lock()
    now = most = 0

    def request(node_id: str) -> list[tuple[str, str]]:
        nonlocal now, most
        with state.session() as opened:
            with lock:
                now += 1
                most = max(most, now)
            node = opened.graph.node(node_id)
            assert node is not None
            facts = [(f.type, f.other.id) for f in opened.graph.facts(node)]
            time.sleep(0.05)  # long enough for the others to be waiting
            with lock:
                now -= 1
            return facts

    alone = [request(node_id) for node_id in NODES]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(request, NODES * 6))
    assert together == alone * 6
    assert most == 2  # readers=2: the other requests waited for a connection


def test_a_new_build_goes_live_under_a_running_request(tmp_path: Path) -> None:
    target = built(tmp_path, ["kalundborg"])
    state = ServeState(target)
    try:
        with state.session() as old:
            first = old.generation
            built(tmp_path, ["kalundborg", "naestved"])  # publishes a new generation, removes the old one
            with state.session() as new:
                assert new.generation != first and new.generation == index_dir(target)
                assert new.graph.node("municipality:0370") is not None  # Næstved, only in the new build
            assert old.graph.node("municipality:0370") is None  # the running request still reads its own build
            assert old.graph.node("municipality:0326") is not None
        with state.session() as later:
            assert later.generation == index_dir(target)
    finally:
        state.close()


def test_an_index_of_another_build_is_said_to_be_stale(target: StoreTarget, tmp_path: Path) -> None:
    with TestClient(create_app(target), base_url="http://127.0.0.1") as client:
        assert 'class="problem stale"' not in client.get("/").text  # graph and index of one build
    # this graph beside the index (and change log) of a smaller build: what a Neo4j side folder can hold
    other = index_dir(built(tmp_path / "other", ["kalundborg"]))
    assert target.store_dir is not None and other is not None
    shutil.copytree(target.store_dir, tmp_path / "store")
    mixed = StoreTarget(store_dir=tmp_path / "store")
    live = index_dir(mixed)
    assert live is not None
    for name in (INDEX_FILE, "changes.jsonl"):
        shutil.copy(other / name, live / name)
    with TestClient(create_app(mixed), base_url="http://127.0.0.1") as client:
        for page in ("/", "/search?q=kl+play", "/entity/organization:kd-net"):
            notice = re.search(r'<p class="problem stale" role="alert">([^<]*)</p>', client.get(page).text)
            assert notice is not None, page
    text = html.unescape(notice.group(1))
    assert text.startswith("The search index is stale: it was written by build 1 (")
    assert "documents of the graph are not in it" in text and "Municipality: 1 names in it" in text
