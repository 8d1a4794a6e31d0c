"""A numbered list of those present ("1. Kurt Andresen\n2. Egon Madsen") whose entries the item reader takes for
items: an item whose title is a person's name and nothing more (a bracket allowed) is the list's entry, no item that
ends the list (issue 13, item 1). A variant of a dev document's lists (aabenraa-teknik-miljoe-2021-09-01)."""

from __future__ import annotations

from text_facts import meeting_of_text

from graphbuild.parse.attendance_lists import names_a_person

P, A, S = "present", "absent", "substitute"

_TEXT = (
    "Referat\n\nTeknik- og Miljøudvalget\n\nonsdag den 1. september 2021 kl. 08:00\n\nDeltagere:\n"
    "1. Arne Leyh Petersen\n2. Kurt Andresen\n3. Eivind Underbjerg Hansen\n4. Jan Riber Jakobsen (stedfortræder for "
    "Thomas Juhl)\n5. Egon Madsen\n\nFraværende:\n1. Thomas Juhl\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\n"
    "Godkendt.\n\n2. Orientering om budget 2022\n\nBeslutning\n\nTaget til efterretning.\n"
)


def test_a_numbered_list_of_those_present_is_read_whole() -> None:
    meeting = meeting_of_text(_TEXT)
    rows = {(row.name, row.status, row.for_) for row in meeting.attendance}
    assert {("Arne Leyh Petersen", P, None), ("Eivind Underbjerg Hansen", P, None), ("Egon Madsen", P, None)} <= rows
    assert ("Jan Riber Jakobsen", S, "Thomas Juhl") in rows
    assert ("Thomas Juhl", A, None) in rows


def test_an_items_title_that_says_more_than_a_name_is_an_item() -> None:
    assert names_a_person("Kurt Andresen (A)")
    assert names_a_person("Jan Riber Jakobsen (stedfortræder for Thomas Juhl)")
    assert not names_a_person("Godkendelse af dagsorden")
    assert not names_a_person("Kurt Andresen orienterer om budget 2022")
