"""More agenda-item, contents and outcome forms of real minutes (issue 12 items 2, 3 and 6). Each
snippet is quoted (shortened) from a DEV document of tests/realworld/, named above it; the test split
is never read for rules or tests."""

from __future__ import annotations

from graphbuild.models import Meeting
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text


def parse(text: str) -> Meeting:
    return parse_meeting(source_from_text(text))


def numbered(meeting: Meeting) -> list[tuple[str, str, bool]]:
    return [(i.number, i.title, i.from_contents) for i in meeting.items]


# varde-byraadet-2019-09-03: a PUNKTER list whose titles hold a full stop ("Ekspropriation. Cykelsti
# ..."); each entry's number follows the one before, so the list goes on through them.
VARDE = """PUNKTER

455. Lokalplan for Ho minigolf og fiskesø
456. Ekspropriation. Cykelbaner langs Sønderskovvej, Øse-Nordenskov
457. Ekspropriation. Cykelsti Nørre Nebel - Sdr. Bork
458. Ekspropriation. Cykelsti ved Nymindegab
459. Tilkendegivelse af ekspropriation til kildeplads



455. Lokalplan for Ho minigolf og fiskesø

Sagsfremstilling

Lokalplanen giver mulighed for minigolf.
"""


def test_contents_entries_whose_titles_hold_a_full_stop() -> None:
    items = numbered(parse(VARDE))
    assert ("456", "Ekspropriation. Cykelbaner langs Sønderskovvej, Øse-Nordenskov", True) in items
    assert ("458", "Ekspropriation. Cykelsti ved Nymindegab", True) in items
    assert ("459", "Tilkendegivelse af ekspropriation til kildeplads", True) in items  # the list did not end at 456
    assert [n for n, _, contents in items if not contents] == ["455"]


def test_a_numbered_sentence_after_a_list_is_no_entry() -> None:
    text = VARDE.replace("459. Tilkendegivelse af ekspropriation til kildeplads", "461. Ekspropriation. Se bilag.")
    assert "461" not in [n for n, _, _ in numbered(parse(text))]
