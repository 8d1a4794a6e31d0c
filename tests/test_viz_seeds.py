"""The pages drawn from the real seed documents, through every stage, checked against gold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from store_graphs import loaded
from test_viz import page_data

from graphbuild.extract import extract_facts
from graphbuild.models import Graph
from graphbuild.parse import parse_meeting
from graphbuild.resolve import resolve
from graphbuild.sources import read_source
from graphbuild.store.base import GraphStore, StoreTarget
from kommunegraf_viz import render_diffusion, render_membership, render_overview

pytestmark = pytest.mark.seeds


@pytest.fixture(scope="module")
def seed_graph(seeds_dir: Path) -> Graph:
    paths = sorted(p for p in seeds_dir.iterdir() if p.is_file())
    return resolve([extract_facts(parse_meeting(read_source(p))) for p in paths])


def gold_adoptions(gold: dict[str, Any]) -> list[dict[str, Any]]:
    return [{**adoption, "file": doc["file"]} for doc in gold["documents"] for adoption in doc.get("adoptions", [])]


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory, seed_graph: Graph) -> Iterator[GraphStore]:
    with loaded(StoreTarget(store_dir=tmp_path_factory.mktemp("seed-viz") / "store"), seed_graph) as store:
        yield store


def test_diffusion_follows_the_gold_adoptions(tmp_path: Path, seed_store: GraphStore, gold: dict[str, Any]) -> None:
    for initiative in {a["initiative"] for a in gold_adoptions(gold)}:
        expected = sorted((a for a in gold_adoptions(gold) if a["initiative"] == initiative), key=lambda a: a["date"])
        data = page_data(render_diffusion(seed_store, initiative, tmp_path / "d.html").path)
        munis = sorted((n for n in data["nodes"] if n["t"] == "Municipality"), key=lambda n: (n["x"], n["y"]))
        names = [data["tips"]["nodes"][n["id"]]["name"] for n in munis]
        assert names == [a["adopter"] for a in expected]
        for node, adoption in zip(munis, expected, strict=True):
            tip = data["tips"]["nodes"][node["id"]]
            assert any(fact[0] == "adopted" and fact[1].startswith(adoption["date"]) for fact in tip["facts"])
            evidence = [ev for ev in tip["evidence"] if "ADOPTED" in ev["rel"]]
            assert any(ev["doc"] == adoption["file"] and ev.get("item") == adoption["item"] for ev in evidence)


def test_pages_never_carry_what_must_not_be_stored(tmp_path: Path, seed_graph: Graph, gold: dict[str, Any]) -> None:
    secrets = [s for doc in gold["documents"] for s in doc.get("must_not_store", [])]
    assert secrets
    for render, name in ((render_overview, "o.html"), (render_membership, "m.html")):
        html = render(seed_graph, tmp_path / name).path.read_text(encoding="utf-8")
        assert not any(secret in html for secret in secrets)
