"""An item of the meeting known only from another item's text, which names it by number and a title set apart (in
quotation marks, between dashes, after a colon or between a comma and a colon), is listed: lines of dev-write
minutes of Slagelse, Brønderslev, Københavns Kommune and Assens, quoted as printed. A reference in an attendance
sentence, another meeting's dated item, a number alone and an item's own heading stay none."""

from __future__ import annotations

from graphbuild.models import AgendaItem
from graphbuild.parse.item_named_references import named_items


def _named(text: str) -> list[tuple[str, str]]:
    """The items ``text`` names, with one item found spanning the whole text."""
    found = [AgendaItem(number="1", title="Godkendelse af dagsorden", start=0, end=len(text))]
    return [(item.number, item.title) for item in named_items(text, found)]


def test_an_item_postponed_in_the_agendas_approval_is_listed() -> None:
    text = (
        "Beslutning i Forebyggelses- og Seniorudvalget den 12. januar 2021:\nFraværende: \n"
        "Godkendt med den ændring, at Sag nr. 7 - Ældrerådsvalg 2021 - udsættes til mødet i februar på grund af de "
        "indkomne bemærkninger fra Ældrerådet.\n"
    )
    assert _named(text) == [("7", "Ældrerådsvalg 2021")]


def test_an_item_added_or_taken_off_is_listed() -> None:
    text = (
        "Daniel Nouri var fraværende uden afbud.\n\nGodkendt nyt pkt. 10: Fællesarrangement for uddannelse af "
        "flygtninge\n"
    )
    assert _named(text) == [("10", "Fællesarrangement for uddannelse af flygtninge")]
    text = (
        "    Rie Nielsen, V fremsatte forslag om, at punkt 8, ”lovliggørelse af tagterrasse på Blomstervænget 1A, 5610 "
        "Assens” ikke behandles på Byrådets møde den 25. oktober 2017\n"
    )
    assert _named(text) == [("8", "lovliggørelse af tagterrasse på Blomstervænget 1A, 5610 Assens")]


def test_material_sent_for_an_item_names_it() -> None:
    text = "Eftersendt materiale: \n\nTil pkt.4, Høringssvar vedr. Lynetteholm: \n\nUdkast til høringssvar.\n"
    assert _named(text) == [("4", "Høringssvar vedr. Lynetteholm")]


def test_attendance_another_meetings_item_a_bare_number_and_a_heading_are_none() -> None:
    attendance = (
        'Anna Hede (O) forlod mødet kl. 21.27 under behandling af punkt 30 "Medlemsforslag om nedlæggelse og '
        'reorganisering af jobcentrene i København".\n'
    )
    earlier = (
        "Årsregnskab 2024 med tilhørende bilag blev behandlet på Kommunalbestyrelsens møde den 24. april 2024 punkt "
        '56, hvor beslutningen blev: "Årsregnskab 2024 godkendes og afgives til revision".\n'
    )
    bare = "Formanden foreslog at sagen drøftes under pkt 5.\n"
    heading = "Punkt 3: Budgetopfølgning\n"
    for text in (attendance, earlier, bare, heading):
        assert _named(text) == []


def test_no_item_found_or_a_number_found_gives_none() -> None:
    text = "Godkendt nyt pkt. 10: Fællesarrangement for uddannelse af flygtninge\n"
    assert named_items(text, []) == []
    found = [AgendaItem(number="10", title="Fællesarrangement", start=0, end=len(text))]
    assert named_items(text, found) == []
