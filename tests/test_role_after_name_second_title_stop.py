"""The body of a title said after a name (`role_after_name`) is read among the lower-case words after its preposition
only up to a second title joined by "og"/"samt" with a preposition of its own: "NAME er 2. næstformand i bestyrelsen
og byrådsmedlem i Lolland Kommune" holds the deputy's post in the board the text is about and the council seat in
Lolland, never the deputy's post in Lolland: Business Lolland-Falster's news (dev-write), as printed. A body named
before the "og" is still the first title's."""

from __future__ import annotations

from pathlib import Path

from tests.text_facts import facts_of_text, named_relations

# businesslf-news-lolland-falster-faelles-om-turismen (dev-write): a paragraph, as printed
LOLLAND_FALSTER = (
    "Lolland-Falster fælles om turismen\n\n"
    "Begge kommuner glæder sig over den fremtidige fælles indsats, fordi et styrket samarbejde vil løfte hele "
    "området. Signe Lund Winther er 2. næstformand i bestyrelsen og byrådsmedlem i Lolland Kommune. Hun har et "
    "klart billede af den fremtidige indsats.\n"
)

# the same sentence with the first title's body named: it stays the first title's
NAMED_FIRST = (
    "Lolland-Falster fælles om turismen\n\n"
    "Signe Lund Winther er næstformand i Foreningen Vild og byrådsmedlem i Lolland Kommune.\n"
)


def _held(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {(p, str(props.get("role")), t) for p, t, props in named_relations(facts, "HOLDS_ROLE")}


def test_the_second_title_keeps_its_own_body(tmp_path: Path) -> None:
    held = _held(tmp_path, LOLLAND_FALSTER)
    assert ("Signe Lund Winther", "byrådsmedlem", "Lolland") in held
    assert ("Signe Lund Winther", "2. næstformand", "Lolland") not in held
    assert ("Signe Lund Winther", "2. næstformand") in {(p, r) for p, r, _ in held}


def test_a_body_named_before_the_second_title_is_the_firsts(tmp_path: Path) -> None:
    held = _held(tmp_path, NAMED_FIRST)
    assert ("Signe Lund Winther", "næstformand", "Foreningen Vild") in held
    assert ("Signe Lund Winther", "byrådsmedlem", "Lolland") in held
