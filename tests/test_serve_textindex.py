"""graphbuild.textindex on its own: folding, the FTS5 query a visitor's text becomes, and the
highlighting of hits in the original text."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import pytest
from fixtures_shared import EXAMPLES

from graphbuild.search_terms import fold_with_offsets, hit_spans, indexed_form, match_expression, query_terms, snippet
from graphbuild.sources import read_source
from graphbuild.sources.paths import collect_paths
from graphbuild.textindex import _SCHEMA, IndexMissing, IndexWriter, SearchIndex, fold


def hit_spans_by_folding(text: str, terms: Sequence[str], limit: int = 200) -> list[tuple[int, int]]:
    """Where the terms start a word of ``text`` once it is folded, as original (start, end) spans: the
    reference ``hit_spans`` is tested against (this one folds every character in Python)."""
    if not terms:
        return []
    folded, where = fold_with_offsets(text)
    # a term may stand hyphenated in the text ("kdnet" is indexed for "KD-Net"): one break allowed between letters
    alternatives = "|".join(" ?".join(map(re.escape, term)) for term in sorted(terms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![a-z0-9])(?:{alternatives})")
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(folded):
        spans.append((where[match.start()], where[match.end() - 1] + 1))
        if len(spans) >= limit:
            break
    return spans


def test_fold_meets_danish_spellings_case_and_hyphens() -> None:
    assert fold("Åbenrå") == fold("AABENRAA") == fold("aabenraa") == "aabenraa"
    assert fold("Næstved Rådhus") == "naestved raadhus"
    assert fold("Social- og Sundhedsudvalget") == "social og sundhedsudvalget"
    assert indexed_form("KD-Net").split() == ["kd", "net", "kdnet"]


@pytest.mark.parametrize("hostile", ['" OR 1 *', "NEAR(a b)", "kl* -play ^x", "a:b", "'; DROP TABLE documents; --"])
def test_a_visitors_text_is_never_fts_syntax(hostile: str) -> None:
    connection = sqlite3.connect(":memory:")
    for statement in _SCHEMA:
        connection.execute(statement)
    connection.execute("INSERT INTO document_words (rowid, words) VALUES (1, ?)", (indexed_form("near or drop table"),))
    terms = query_terms(hostile)
    if terms:  # a query of punctuation only has no terms and is not run
        connection.execute("SELECT rowid FROM document_words WHERE document_words MATCH ?", (match_expression(terms),))
    assert all(re.fullmatch(r"[a-z0-9]+", term) for term in terms)


def test_hits_in_the_original_text_are_those_of_the_folded_text() -> None:
    paths, _errors = collect_paths([EXAMPLES])
    texts = [read_source(path).text for path in paths]
    words = sorted({w for text in texts for w in re.findall(r"\w{4,}", text)})
    assert len(words) > 300
    checked = 0
    for number, word in enumerate(words[::7]):
        terms = query_terms(word)
        text = texts[number % len(texts)]
        assert hit_spans(text, terms, limit=1000) == hit_spans_by_folding(text, terms, limit=1000), word
        checked += bool(hit_spans(text, terms))
    assert checked > 10  # some of the words were found, so the comparison compared something


def test_snippet_marks_the_hit_where_it_stands() -> None:
    text = "Indledning. " * 30 + "Byrådet i Åbenrå drøftede sagen." + " Afslutning." * 30
    pieces, at = snippet(text, query_terms("aabenraa"))
    assert at == text.index("Åbenrå")
    assert [p.text for p in pieces if p.hit] == ["Åbenrå"]
    assert pieces[0].text == "…" and pieces[-1].text == "…"


def test_an_index_written_in_another_format_asks_for_a_new_build(tmp_path: Path) -> None:
    """An index folded the old way would miss the words a query folds the new way: it is refused
    with a clear error, never read."""
    path = tmp_path / "index.sqlite"
    IndexWriter(path).close()
    SearchIndex(path)  # this version's own index opens
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE meta SET value = '1' WHERE key = 'format'")
        connection.commit()
    with pytest.raises(IndexMissing, match="format 1, this one reads 2"):
        SearchIndex(path)
