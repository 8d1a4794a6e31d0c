"""Pieces of the benchmark runner that need no timing: parameters for every pack from a generated
truth, the median-and-range format, and the page it writes (targets are never asserted here)."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from benchmarks.generate import generate_corpus
from benchmarks.packs import truth_candidates
from benchmarks.run import Report, Row, pack_params, pack_size, render, spread
from graphbuild.pack_files import list_packs


def test_every_pack_gets_its_required_parameters_from_the_truth(tmp_path: Path) -> None:
    truth = generate_corpus(120, seed=4, out=tmp_path, formats=["txt"])
    params = pack_params(truth)
    for pack in list_packs():
        given = params.get(pack.name, {})
        missing = [p.name for p in pack.params if p.required and not given.get(p.name)]
        assert not missing, (pack.name, missing)
    named = {p for d in truth.documents for p in d["persons"]}
    assert params["person"]["name"] in named


def test_spread_is_the_median_with_its_range() -> None:
    assert spread([3.0, 1.0, 2.0]) == "2.00 (1.00–3.00, n=3)"
    assert spread([5.0], 1) == "5.0 (n=1)"


def test_packs_run_on_the_10k_build_or_the_largest_below_it() -> None:
    assert pack_size([1000, 10000, 50000]) == 10000
    assert pack_size([100, 300]) == 300
    assert pack_size([20000]) == 20000


def test_a_missed_target_is_said_on_the_page() -> None:
    report = Report()
    report.rows += [Row("parse+extract", "0.5", "≥ 5", False), Row("packs", "12", "< 100 ms", True), Row("read", "3")]
    report.profiles.append("### profile\n\n```\nframe\n```")
    page = render(report, {"CPU": "test"}, argparse.Namespace(quick=True, given=["--quick"]), 60.0)
    assert "| parse+extract | 0.5 | ≥ 5 | **missed** |" in page
    assert "| packs | 12 | < 100 ms | met |" in page
    assert "## Targets missed" in page and "### profile" in page


def test_every_pack_gets_ten_distinct_parameter_sets_from_the_truth(tmp_path: Path) -> None:
    truth = generate_corpus(200, seed=4, out=tmp_path, formats=["txt"])
    for pack in list_packs():
        sets = truth_candidates(truth, pack, random.Random(1))
        assert len(sets) >= 10, (pack.name, len(sets))
        assert len({tuple(sorted(s.items())) for s in sets}) == len(sets), pack.name
        for params in sets:
            missing = [p.name for p in pack.params if p.required and not params.get(p.name)]
            assert not missing, (pack.name, params)
            assert set(params) <= {p.name for p in pack.params}, (pack.name, params)
            if pack.one_of:
                assert any(params.get(name) for name in pack.one_of), (pack.name, params)
