"""The parse stage's per-line answers kept give what reading each line again gives (speed work, no change of
output): a line's title (``title_from``), whether a line opens an item's text (``opens_item_text``)."""

from __future__ import annotations

from graphbuild.parse import item_lines, item_unnumbered

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
    item_lines._kept_title.cache_clear()
    for raw in _TITLES:
        read = item_lines._title_from(raw)
        assert item_lines.title_from(raw) == read
        assert item_lines.title_from(raw) == read  # asked again: the kept answer
    assert item_lines.title_from("**2. Beslutningsforslag fra Jørn Ulrik Larsen (F)**") != "Beslutningsforslag"


def test_opens_item_text_kept_answers_as_read():
    item_unnumbered._opens_item_text.cache_clear()
    for line in [*_MINUTES.split("\n"), "Beslutning:", "Referat", "Sagsfremstilling", "Baggrund."]:
        cleaned = " ".join(line.split())
        read = item_unnumbered._reads_as_item_text(cleaned)
        assert item_unnumbered.opens_item_text(cleaned) is read
        assert item_unnumbered.opens_item_text(cleaned) is read
    assert item_unnumbered.opens_item_text("Sagsfremstilling")
    assert not item_unnumbered.opens_item_text("Referat")  # the document's kind, no item's heading
    assert not item_unnumbered.opens_item_text("Baggrund.")
