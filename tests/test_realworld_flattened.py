"""The script that flattens dev documents for benchmarks.realworld_flattened: a page per line, the
page number first, every word kept in order."""

from __future__ import annotations

from benchmarks.realworld_flattened import flatten


def test_flatten_puts_pages_on_numbered_lines_and_keeps_every_word() -> None:
    text = "Referat\n\n- Godkendelse af dagsorden\n- Eventuelt\n\n" + "Ord og sætninger i teksten. " * 300
    flat = flatten(text, page=500)
    pages = [line for line in flat.split("\n") if line]
    assert len(pages) > 10
    assert [page.split()[0] for page in pages] == [str(k + 1) for k in range(len(pages))]
    assert all(len(page) < 600 for page in pages)
    words = [word for page in pages for word in page.split()[1:]]
    assert words == text.replace("- ", "• ").split()
