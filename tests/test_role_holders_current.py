"""role-holders and person mark the current holder: not ended and not followed by another person's later
statement; person dates a role by its start, else by the meeting that stated it (as_of)."""

from __future__ import annotations

from pathlib import Path

from store_graphs import loaded

from graphbuild.graph_builder import GraphBuilder
from graphbuild.querypacks import run_pack
from graphbuild.store.base import StoreTarget


def dassos_and_kosu() -> GraphBuilder:
    b = GraphBuilder()
    dassos = b.organization("DASSOS", kind="network")
    kosu = b.organization("KOSU", kind="network")
    b.rel("HOLDS_ROLE", b.person("Jesper Møller"), dassos, "aaaaaaaaaaaaaaaa", role="formand", as_of="2020-01-24")
    b.rel("HOLDS_ROLE", b.person("Lise Jakobsen"), dassos, "bbbbbbbbbbbbbbbb", role="formand", valid_from="2022-03-01")
    b.rel("HOLDS_ROLE", b.person("Anne Holm"), dassos, "bbbbbbbbbbbbbbbb", role="næstformand", as_of="2019-05-01")
    b.rel("HOLDS_ROLE", b.person("Per Bak"), kosu, "cccccccccccccccc", role="formand", valid_to="2021-12-31")
    b.rel("HOLDS_ROLE", b.person("Jesper Møller"), kosu, "cccccccccccccccc", role="medlem", valid_from="2018-02-01")
    return b


def test_the_latest_statement_of_a_role_is_the_current_holder(tmp_path: Path) -> None:
    with loaded(StoreTarget(store_dir=tmp_path / "store"), dassos_and_kosu().graph) as store:
        rows = run_pack(store, "role-holders", {"role": "formand"}).records()
    current = {(r["organization"], r["person"]): r["current"] for r in rows}
    assert current == {
        ("DASSOS", "Jesper Møller"): False,  # a later chair was stated
        ("DASSOS", "Lise Jakobsen"): True,
        ("DASSOS", "Anne Holm"): True,  # næstformand holds "formand" in its words, but another role: not superseded
        ("KOSU", "Per Bak"): False,  # ended
    }


def test_a_persons_roles_in_time_order_with_as_of_and_the_current_mark(tmp_path: Path) -> None:
    with loaded(StoreTarget(store_dir=tmp_path / "store"), dassos_and_kosu().graph) as store:
        rows = run_pack(store, "person", {"name": "Jesper Møller"}).records()
    roles = [(r["organization"], r["role"], r["date"], r["as_of"], r["current"]) for r in rows if r["kind"] == "role"]
    assert roles == [
        ("KOSU", "medlem", "2018-02-01", None, True),
        ("DASSOS", "formand", "2020-01-24", "2020-01-24", False),  # stated at a meeting; Lise Jakobsen followed
    ]
