"""The synthetic benchmark corpus: deterministic by seed, and its truth agrees with its files."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.generate import LAYOUTS, Truth, generate_corpus
from benchmarks.generate_formats import ALL_FORMATS
from benchmarks.generate_world import INITIATIVES
from graphbuild.sources import read_source


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Truth]:
    out = tmp_path_factory.mktemp("generated")
    return out, generate_corpus(160, seed=11, out=out)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    generate_corpus(40, seed=5, out=tmp_path / "a")
    generate_corpus(40, seed=5, out=tmp_path / "b")
    first, second = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_another_seed_gives_another_corpus(tmp_path: Path) -> None:
    generate_corpus(20, seed=1, out=tmp_path / "a", formats=["txt"])
    generate_corpus(20, seed=2, out=tmp_path / "b", formats=["txt"])
    assert _files(tmp_path / "a") != _files(tmp_path / "b")


def test_truth_lists_every_file_and_only_those(corpus: tuple[Path, Truth]) -> None:
    out, truth = corpus
    on_disk = {p.name for p in out.iterdir()} - {"truth.json"}
    assert {d["file"] for d in truth.documents} == on_disk
    assert len(on_disk) == 160
    assert json.loads((out / "truth.json").read_text(encoding="utf-8"))["seed"] == 11


def test_every_format_and_layout_is_written(corpus: tuple[Path, Truth]) -> None:
    _, truth = corpus
    assert {d["format"] for d in truth.documents} == set(ALL_FORMATS)
    layouts = {d["layout"] for d in truth.documents}
    assert {"punkt", "byraad", "agenda", "labelled", "real"} <= layouts <= {*LAYOUTS, "news"}


def test_formats_can_be_restricted(tmp_path: Path) -> None:
    truth = generate_corpus(30, seed=3, out=tmp_path, formats=["txt", "html"])
    assert {d["format"] for d in truth.documents} <= {"txt", "html"}
    with pytest.raises(ValueError, match="formats"):
        generate_corpus(1, seed=3, out=tmp_path / "x", formats=["rtf"])


def test_what_the_truth_names_is_in_the_text(corpus: tuple[Path, Truth]) -> None:
    """Read back through the real sources stage, so pdf/docx/html are checked too."""
    out, truth = corpus
    for doc in truth.documents:
        text = " ".join(read_source(out / doc["file"]).text.split())  # a PDF wraps long lines
        for name in doc["persons"]:
            assert name in text, (doc["file"], name)
        for adoption in doc["adoptions"]:
            assert f"{adoption['adopter']} Kommune" in text, (doc["file"], adoption)
        for item in doc["items"]:
            if item["title"] is None:  # a page that lost its item headings: the truth keeps the untitled item
                assert "headless_items" in doc["forms"], doc["file"]
            else:
                assert item["title"] in text, (doc["file"], item["title"])
            for number in item["case_numbers"]:
                assert number in text
                assert doc["municipality"] and number.startswith(f"{int(doc['municipality'])}-")
            for amount in item["amounts_dkk"]:
                assert f"{amount:,}".replace(",", ".") + " kr." in text
        for member in doc["members"]:
            assert member["member"] in text and member["network"] in text


def test_adoptions_follow_the_initiative_and_happen_once(corpus: tuple[Path, Truth]) -> None:
    _, truth = corpus
    launches = {i.name: i.launch.isoformat() for i in INITIATIVES}
    acts = [a for a in truth.adoptions if a["date_is"] == "on"]
    assert all(a["date"] >= launches[a["initiative"]] for a in truth.adoptions)
    per_pair = Counter((a["adopter"], a["initiative"]) for a in acts)
    assert max(per_pair.values()) == 1, "a municipality decides to join an initiative once"
    kl_play = {a["date"] for a in acts if a["initiative"].startswith("KL Play")}
    assert len(kl_play) >= 3, "KL Play spreads over several municipalities on different dates"


def test_a_director_moving_is_told_with_both_ends(tmp_path: Path) -> None:
    truth = generate_corpus(600, seed=2, out=tmp_path, formats=["txt"])
    moves = [r for d in truth.documents for r in d["roles"] if "until" in r or "since" in r]
    assert moves, "600 documents over six years tell at least one move"
    for role in moves:
        if "until" in role:
            assert any(r["person"] == role["person"] and "since" in r and r["target"] != role["target"] for r in moves)
