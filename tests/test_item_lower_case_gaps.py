"""An item whose title opens in lower case, printed as the items on either side of it and numbered between them, is
the list's own entry ("5. lndkomne forslag." between "4. Orientering …" and "6. Valg …"; "åbent 11 anlægsbevilling
til …" in a contents table of "åbent N Titel" rows): forms printed by Ældre Sagen Rødovre, Bornholm and Lejre
Ungdomsskole in dev-write, written here in their shape (the test split is never read). A recommendation's point ("5.
at …") or a line printed in another form stays none."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

HEAD = "Dagsorden\nÅrsmøde i lokalafdelingen\nLørdag den 6. marts 2021 kl. 14.00\n\nDAGSORDEN:\n"


def _titles(text: str) -> list[tuple[str, str]]:
    return [(i.number, i.title.rstrip(".")) for i in parse_meeting(source_from_text(HEAD + text)).items]


def test_a_lower_case_title_in_the_gap_is_an_item() -> None:
    text = (
        "1. Valg af dirigent.\n\n2. Beretning til godkendelse.\n\n3. Regnskab til udtalelse.\n\n"
        "4. Orientering om afdelingens virke.\n\n5. indkomne forslag.\n\n6. Valg af bestyrelsesmedlemmer.\n\n"
        "7. Eventuelt.\n"
    )
    assert [n for n, _ in _titles(text)] == ["1", "2", "3", "4", "5", "6", "7"]
    assert ("5", "indkomne forslag") in _titles(text)


def test_an_access_row_in_the_gap_is_an_entry() -> None:
    text = (
        "  åbent 9 Kompetencefordelingsplan for det tekniske område\n"
        "  åbent 10 Reduktion af anlægsbevillinger til stier\n"
        "  åbent 11 anlægsbevilling til belægningsvedligeholdelse på vejnettet 2015\n"
        "  åbent 12 Anlægsbevilling til reparationer af tage\n"
        "  åbent 13 Forslag til revideret spildevandsplan\n"
    )
    assert ("11", "anlægsbevilling til belægningsvedligeholdelse på vejnettet 2015") in _titles(text)


def test_a_recommendations_point_or_another_form_is_no_item() -> None:
    text = (
        "4. Orientering om afdelingens virke\nBestyrelsen indstiller,\n5. at orienteringen tages til efterretning\n\n"
        "6. Valg af bestyrelsesmedlemmer\n\n7. Eventuelt\n"
    )
    assert "5" not in [n for n, _ in _titles(text)]
    text = "4. Orientering om afdelingens virke\n5) indkomne forslag\n6. Valg af bestyrelsesmedlemmer\n7. Eventuelt\n"
    assert "5" not in [n for n, _ in _titles(text)]


def _lead_and_mark_by_pattern(clean: str, number: str) -> tuple[str, str] | None:
    """The line's form as the reader found it before it read with str.startswith: a pattern per number."""
    import re

    match = re.match(rf"^(?P<lead>(?:\S+\s+)?){re.escape(number)}(?P<mark>[.)]?)\s", clean)
    return (match["lead"].lower(), match["mark"]) if match is not None else None


def test_a_lines_form_is_read_as_the_pattern_read_it() -> None:
    """The lead and mark read with str.startswith are the pattern's on random lines built of numbers, full stops,
    brackets, blanks (a space, a tab, a no-break space, a line break) and words."""
    from graphbuild.parse.item_lower_case_gaps import _lead_and_mark
    from tests.random_texts import random_texts

    pieces = ["5", "11", "1", ".", ")", " ", "\t", "\u00a0", "\n", "åbent", "Åbent", "x", "5. ", "11 ", "-"]
    found = 0
    for number in ("5", "11", "1"):
        for clean in random_texts(pieces, seed=25, count=4000, most=7):
            expected = _lead_and_mark_by_pattern(clean, number)
            assert _lead_and_mark(clean, number) == expected, (number, clean)
            found += expected is not None
    assert found > 500
