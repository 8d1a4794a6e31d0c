"""An ordinal in brackets after a name on a flattened page, "(1. Viceborgmester)", is a role, no item
number: the member list it stands in is read as attendance and the items after it keep their numbers."""

from __future__ import annotations

from text_facts import meeting_of_text

_MEMBERS = ", ".join(
    f"{first} {last}(V)"
    for first, last in zip(
        ["Jakob", "Henning", "Bente", "Kurt", "Alex", "Karsten"],
        ["Lose", "Ravn", "Jensen", "Bjerrum", "Sørensen", "Degnbol"],
        strict=True,
    )
)
FLATTENED = (
    "1 Byrådsmøde Johnny Sørup (Borgmester)(V), Jesper Frost Madsen (1. Viceborgmester)(V), "
    f"{_MEMBERS}, Tommy Noer(V), Jens Vind(V), Henrik Vallø(C), John Snedker(A), Anders Kronborg(A), "
    "Mussa Utto (2. Viceborgmester)(A), Connie Geisler(A), Erik Christiansen(A), Ulla Koman(A), "
    "Hans Erik Møller(A), Jørgen Ahlquist(A), Søren Heide Lambertsen(A), Henning Overgaard(Ø), "
    "Sarah Nørris(Ø), Diana Mose Olsen(F), Freddie Madsen(D), Kim Madsen(D), Afbud: Anders Rohr Jørgensen (V), "
    "Sagsoversigt 1. Godkendelse af dagsorden Afbud: Anders Rohr Jørgensen Fraværende: Ingen Beslutning "
    "Byrådet den Fraværende: Anders Rohr Jørgensen Lars Boel (V) deltog som stedfortræder. "
    "2. Budgetrevision pr. 31. marts 2015 for alle udvalg Sagsfremstilling Byrådet skal godkende "
    "budgetrevisionen for alle udvalg. Beslutning Byrådet den Godkendt.\n"
)


def test_bracketed_ordinal_is_no_item() -> None:
    meeting = meeting_of_text(FLATTENED)
    titles = {item.number: item.title for item in meeting.items}
    assert titles.get("1", "").startswith("Godkendelse af dagsorden")
    assert titles.get("2", "").startswith("Budgetrevision")
    assert not any("Viceborgmester" in item.title for item in meeting.items)


def test_item_number_after_a_closing_bracket_still_cuts() -> None:
    # a number after a bracket's end, not inside one, is an item's: "... (Lukket) 3. Eventuelt"
    text = FLATTENED.replace("Godkendt.\n", "Godkendt. (Bilag vedlagt) 3. Eventuelt Beslutning Byrådet den Intet.\n")
    assert [item.number for item in meeting_of_text(text).items] == ["1", "2", "3"]
