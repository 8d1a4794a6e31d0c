"""A contents list whose numbers stand one a line over their titles, a title wrapped onto the line with its leader
(item_contents_block's _wrapped_over_leader), and the header's lines above it that are no items."""

from __future__ import annotations

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

# modelled on norddjurs-kommunalbestyrelsen-2015-06-16 (dev-write): a PDF's text layer, the excerpt ending in the list
CONTENTS = (
    "Kommunalbestyrelsen\nBESLUTNINGSPROTOKOL\nSted:\nMødelokale 4, rådhuset\nDato:\nTirsdag den 16. juni 2015\n"
    "Indholdsfortegnelse\nSide\n"
    "1.\nEkstra anlæg - projektering af trafikafviklingsplan og forundersøgelser ved\n"
    "stationen Grenaa Syd ....................................1\n"
    "2.\nEkstra anlæg - ekstra asfalt ....................................5\n"
    "3.\nEtablering af skaterfaciliteter i Grenaa ....................................11\n"
)


def _items(text: str) -> list[tuple[str, str, bool]]:
    items, _ = find_items(text, split_lines(text))
    return [(item.number, item.title, item.from_contents) for item in items]


def test_a_title_wrapped_onto_its_leaders_line_is_one_entry() -> None:
    assert _items(CONTENTS) == [
        ("1", "Ekstra anlæg - projektering af trafikafviklingsplan og forundersøgelser ved stationen Grenaa Syd", True),
        ("2", "Ekstra anlæg - ekstra asfalt", True),
        ("3", "Etablering af skaterfaciliteter i Grenaa", True),
    ]


def test_a_line_over_a_leader_joins_it_only_under_a_number_column() -> None:
    text = CONTENTS.replace("1.\n", "").replace("2.\n", "").replace("3.\n", "")
    titles = [title for _, title, _ in _items(text)]
    assert "Kommunalbestyrelsen" not in titles
    assert not any(title.startswith("Ekstra anlæg - projektering") for title in titles)
