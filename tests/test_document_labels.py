"""A pack's documents shown by the meeting they record in a table, with their full path for scripts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graphbuild.document_labels import (
    PATH_COLUMN,
    DocumentInfo,
    documents_of,
    with_document_labels,
    with_document_paths,
)
from graphbuild.querypacks import PackResult, run_pack
from graphbuild.store.base import GraphStore


def test_a_table_names_a_document_by_its_meeting_and_scripts_get_its_path(ladybug_store: GraphStore) -> None:
    result = run_pack(ladybug_store, "adopters", {"initiative": "KL Play"})
    documents = documents_of(ladybug_store, result)
    assert documents, "the sample graph's adoptions cite documents"
    table = with_document_labels(result, documents).records()
    for labelled, row in zip(table, result.records(), strict=True):
        info = documents[row["document"]]
        assert labelled["document"] == f"{row['body']} {row['date']} · {row['document']}"
        assert info.path.endswith(row["document"])
    scripted = with_document_paths(result, documents)
    assert scripted.columns[scripted.columns.index("document") + 1] == PATH_COLUMN
    assert all(r[PATH_COLUMN] == documents[r["document"]].path for r in scripted.records())


class TwoFilesOneName:
    engine = "ladybug"

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, timeout_s: float | None = None
    ) -> list[dict[str, Any]]:
        return [
            {"name": "referat.pdf", "path": "a/referat.pdf", "body": "Byrådet", "date": "2021-01-01"},
            {"name": "referat.pdf", "path": "b/referat.pdf", "body": "Byrådet", "date": "2021-02-01"},
            {"name": "dagsorden.pdf", "path": "c/dagsorden.pdf", "body": None, "date": None},
        ]


def test_a_name_two_files_share_stays_bare_and_a_document_without_a_meeting_keeps_its_name() -> None:
    result = PackResult(["document", "quote"], [["referat.pdf", "q"], ["dagsorden.pdf", "q"], [None, "q"]])
    documents = documents_of(TwoFilesOneName(), result)
    assert documents == {"dagsorden.pdf": DocumentInfo("c/dagsorden.pdf", None, None)}
    assert [r[0] for r in with_document_labels(result, documents).rows] == ["referat.pdf", "dagsorden.pdf", None]
    assert [r[1] for r in with_document_paths(result, documents).rows] == [None, "c/dagsorden.pdf", None]
