"""The parse stage's per-line answers kept and lines shared give what reading each line again gives (speed work,
no change of output): a line's title (``title_from``), whether a line opens an item's text (``opens_item_text``),
and the items' text split into lines sharing the document's unchanged ``Line``\\ s (``split_lines_like``)."""

from __future__ import annotations

from graphbuild.parse import item_lines, item_unnumbered
from graphbuild.parse.lines import split_lines, split_lines_like
from graphbuild.parse.mirror_chrome import blank_mirror_chrome
from graphbuild.parse.page_heads import blank_page_heads

# aabenraa-byraadet-2013-05-29 (dev-write), as printed
_MINUTES = (
    "Beslutningsprotokol\n\nonsdag den 29. maj 2013 kl. 17:00\n\nMødested: Byrådssalen, Skelbækvej\nUdvalg: Byrådet\n"
    "Udskriv hele dagsordnen\n  • Udskriv\n    Sagsid.: 13/18514, Sagsinitialer: dlj\n\n    Sagsfremstilling\n\n"
    "    Baggrund.\n\n    Beslutning Byrådet den 29-05-2013\n\n    Forslaget blev ikke godkendt, idet 27 stemte imod.\n"
)
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
    item_lines.title_from.kept.cache_clear()
    for raw in _TITLES:
        read = item_lines.title_from.read(raw)
        assert item_lines.title_from(raw) == read
        assert item_lines.title_from(raw) == read  # asked again: the kept answer
    assert item_lines.title_from("**2. Beslutningsforslag fra Jørn Ulrik Larsen (F)**") != "Beslutningsforslag"


def test_opens_item_text_kept_answers_as_read():
    item_unnumbered.opens_item_text.kept.cache_clear()
    for line in [*_MINUTES.split("\n"), "Beslutning:", "Referat", "Sagsfremstilling", "Baggrund."]:
        cleaned = " ".join(line.split())
        read = item_unnumbered.opens_item_text.read(cleaned)
        assert item_unnumbered.opens_item_text(cleaned) is read
        assert item_unnumbered.opens_item_text(cleaned) is read
    assert item_unnumbered.opens_item_text("Sagsfremstilling")
    assert not item_unnumbered.opens_item_text("Referat")  # the document's kind, no item's heading
    assert not item_unnumbered.opens_item_text("Baggrund.")


def test_split_lines_like_shares_the_unchanged_lines():
    lines = split_lines(_MINUTES)
    blanked = _MINUTES.replace("Udskriv hele dagsordnen", " " * len("Udskriv hele dagsordnen"))
    shared = split_lines_like(blanked, lines)
    assert shared == split_lines(blanked)
    changed = [k for k, line in enumerate(shared) if line is not lines[k]]
    assert [shared[k].text for k in changed] == [" " * len("Udskriv hele dagsordnen")]
    # a copy with a line more or less, or moved lines, is split again
    assert split_lines_like(_MINUTES + "\nTillæg", lines) == split_lines(_MINUTES + "\nTillæg")
    shifted = "X" + _MINUTES  # every line after the first one character on
    assert split_lines_like(shifted, lines) == split_lines(shifted)
    assert all(a is not b for a, b in zip(split_lines_like(shifted, lines), lines, strict=True))


def test_split_lines_like_on_the_items_text_parse_reads():
    # the items' text parse reads is the document with a mirror's chrome and running page heads blanked
    pages = "".join(
        f"{n} Byrådet Aabenraa Kommune 29. maj 2013 " + "Forslaget blev ikke godkendt. " * 30 + "\n"
        for n in range(2, 6)
    )
    for text in (_MINUTES, pages, _MINUTES + pages):
        items_text = blank_page_heads(blank_mirror_chrome(text))
        assert split_lines_like(items_text, split_lines(text)) == split_lines(items_text)
