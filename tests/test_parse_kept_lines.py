"""The parse stage's per-line answers kept give what reading each line again gives (speed work, no change of
output): a line's title (``title_from``)."""

from __future__ import annotations

from graphbuild.parse import item_lines

_TITLES = [
    "1. Godkendelse af dagsorden",
    "**2. Beslutningsforslag fra Jørn Ulrik Larsen (F)**",
    "3. Meddelelser <b>Lukket punkt</b>",
    "Indholdsfortegnelse ........ 4",
    "5. Salg af areal - Lukket",
    "Beslutning Byrådet den 29-05-2013",
    "x" * 500,  # longer than any kept title: read each time
]


def test_title_from_kept_answers_as_read():
    item_lines._kept_title.cache_clear()
    for raw in _TITLES:
        read = item_lines._title_from(raw)
        assert item_lines.title_from(raw) == read
        assert item_lines.title_from(raw) == read  # asked again: the kept answer
    assert item_lines.title_from("**2. Beslutningsforslag fra Jørn Ulrik Larsen (F)**") != "Beslutningsforslag"
