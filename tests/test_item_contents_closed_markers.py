"""A flattened contents page's closed items whose titles it leaves out, each only its marker in capitals
("LUKKEDE SAGER LUKKET PUNKT: LUKKET PUNKT:... 24"): one entry per marker (parse.flatten_titles' cut and
item_contents_flattened's reading of the page), not an all-caps heading between the titles and no prose because of
their colons. Runs of dev-write contents pages of Nordfyns Kommune, quoted as printed; the gold lists each as an
item "LUKKET PUNKT:" (closed). A marker before its title, a group's heading alone, a marker with no colon, page
numbers and dates are no entries of their own."""

from __future__ import annotations

from graphbuild.parse.flatten_titles import split_title_run
from graphbuild.parse.item_contents_flattened import read_flattened_page, run_pieces
from graphbuild.parse.item_lines import ContentsEntry
from graphbuild.parse.lines import split_lines

# nordfyn-oekonomiudvalget-2009-06-17 (dev-write), the end of its flattened contents page
CLOSING_RUN = (
    "Status på grundsalg Meddelelser Orientering fra Direktionen...24 LUKKEDE SAGER LUKKET PUNKT: LUKKET PUNKT:... 24"
)

# nordfyn-kommunalbestyrelsen-2009-01-29 (dev-write): the contents page, flattened onto one line after its header
CONTENTS_PAGE = (
    "INDHOLDSFORTEGNELSE SAGER TIL KOMMUNALBESTYRELSENS AFGØRELSE "
    "Fjernvarme Fyn - Kommunegaranti...3 Samarbejdsaftale mellem kommunerne i region Syddanmark...3 "
    "Selskabsdannelse på spildevandsområdet...5 "
    "Tilsyn med Nordfyns Kommunes renseanlæg...8 Regulativ for private vandværker i Nordfyns Kommune...10 "
    "SAGER TIL EFTERRETNING Orientering fra Borgmesteren Brugertilfredshedsundersøgelse på ældreområdet...26 "
    "LUKKEDE SAGER LUKKET PUNKT: LUKKET PUNKT: LUKKET PUNKT:... 27\n\n"
    "3 Kommunalbestyrelsen 29. januar 2009 Side: 3 TIL KOMMUNALBESTYRELSENS AFGØRELSE 562. Fjernvarme Fyn - "
    "Kommunegaranti Sagsnr J.nr Fjernvarme Fyn A/S anmoder på baggrund af forventet regnskab om en kommunegaranti. "
    "Beslutning Godkendt.\n"
)


def test_each_bare_closed_marker_is_an_entry() -> None:
    assert run_pieces(CLOSING_RUN)[-2:] == ["LUKKET PUNKT:", "LUKKET PUNKT:"]
    assert split_title_run("Orientering fra Borgmesteren LUKKEDE SAGER LUKKET PUNKT: LUKKET PUNKT: LUKKET PUNKT:") == [
        "Orientering fra Borgmesteren",
        "LUKKET PUNKT:",
        "LUKKET PUNKT:",
        "LUKKET PUNKT:",
    ]


def test_a_contents_page_with_bare_closed_markers_is_read() -> None:
    entries: list[ContentsEntry] = []
    read_flattened_page(split_lines(CONTENTS_PAGE), set(), entries, set())
    titles = [entry.title for entry in entries]
    assert titles[-3:] == ["LUKKET PUNKT:", "LUKKET PUNKT:", "LUKKET PUNKT:"]
    assert "Selskabsdannelse på spildevandsområdet" in titles
    assert not any(title.startswith("LUKKEDE SAGER") for title in titles)


def test_a_marker_before_its_title_and_a_heading_alone_are_no_bare_entries() -> None:
    # the marker opens its title as before; the group's heading alone is no entry
    assert split_title_run("Meddelelser Lukket punkt: Låneoptagelse vedrørende Holme Skole") == [
        "Meddelelser",
        "Lukket punkt:",
        "Låneoptagelse vedrørende Holme Skole",
    ]
    assert split_title_run("Meddelelser Orientering fra Direktionen LUKKEDE SAGER") == [
        "Meddelelser",
        "Orientering fra Direktionen",
    ]
    # no colon: the capitals are a heading's words between the titles, as before
    assert "LUKKET" not in split_title_run("Meddelelser LUKKET PUNKT Salg af grund")


def test_page_numbers_dates_and_points_beside_markers_are_no_entries() -> None:
    pieces = run_pieces("Orientering fra Direktionen...24 LUKKEDE SAGER LUKKET PUNKT: 12 LUKKET PUNKT:... 24")
    assert pieces[-2:] == ["LUKKET PUNKT:", "LUKKET PUNKT:"]
    assert not any(piece.strip(" .").isdigit() or piece.startswith(("At ", "5. juni")) for piece in pieces)
