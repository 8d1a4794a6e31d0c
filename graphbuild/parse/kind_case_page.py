"""Whether an undated page is one agenda item's case as a portal prints it: an item read from a heading in the text
whose sections open under a case's own heading, "Sagsfremstilling", "Resume", "Indstilling", "Beslutningstema"
(PolWeb's ShowAgenda.asp, an aggregator's copy of a FirstAgenda item). Such a page is a meeting's document though
it names neither kind nor day: an agenda's, unless it records minutes. A heading a web page or an article prints
too ("Baggrund", "Beskrivelse", "Økonomi", "Bilag", "Sammenfatning") says nothing of a meeting, an item listed only
in a contents list holds no case, and a meeting's items under a header the text lost (several, or one beside the
contents list of all) may as well be minutes."""

from __future__ import annotations

from graphbuild.models import AgendaItem

# the headings only an agenda item's case opens (lower case, without the colon): sections.HEADINGS' case kinds less
# the words a web page or an article heads its own paragraphs with
_CASE_HEADINGS = frozenset(
    {
        "sagsfremstilling",
        "supplerende sagsfremstilling",
        "sagsfremstilling og økonomi",
        "sagsbeskrivelse",
        "sagens baggrund",
        "resume",
        "resumé",
        "sagsresume",
        "sagsresumé",
        "resume og sagens baggrund",
        "beslutningstema",
        "indstilling",
        "administrationens indstilling",
        "forvaltningens indstilling",
        "direktionens indstilling",
        "direktørens indstilling",
        "indstilling til beslutning",
    }
)


def case_page(items: list[AgendaItem]) -> bool:
    """Whether the page is one item's: its one item read from the text, no contents list beside it, its case under a
    case's own heading. A meeting's items under a header the text lost (several, or one under the contents list of
    all) say nothing of whether they were decided."""
    return (
        len(items) == 1
        and not items[0].from_contents
        and any(section.heading.rstrip(":").strip().lower() in _CASE_HEADINGS for section in items[0].sections)
    )


def presents_a_case(items: list[AgendaItem]) -> bool:
    """Whether an item read from the text presents a case under a case's own heading ("Sagsfremstilling",
    "Indstilling"): an agenda's, whatever its title names (a portal's page for the item "SAMARBEJDSAFTALE MELLEM …")."""
    return any(
        not item.from_contents
        and any(section.heading.rstrip(":").strip().lower() in _CASE_HEADINGS for section in item.sections)
        for item in items
    )
