"""A name the attendance list reads, found again where the text prints it once more (`people_listed_again`): a
first name no names list knows is read in the list's structure only, and its post later in the minutes is the
same person's (DJ Kreds Fyn's minutes, quoted). Never a part of a longer name."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import role_pairs_of_text

from graphbuild.extract import people_listed_again
from graphbuild.extract.people import PersonMention
from graphbuild.extract.people_listed_again import listed_again

MINUTES = (
    "Referat af bestyrelsesmøde i DJ Kreds Fyn 5. januar 2016 i Odense.\n\n"
    "Til stede: Kir Klysner, Holger Kofoed, Bodil Reimers, Silja Smith, Mogens Rasmussen og Teit Rasmussen "
    "(referent).\n\nAfbud: Michael Lorenzen.\n\n"
)


def test_a_listed_name_printed_again_takes_its_post(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, MINUTES + "1. Valg af ordstyrer: Silja Smith.")
    assert ("Silja Smith", "ordstyrer") in found


def test_never_a_part_of_a_longer_name(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, MINUTES + "1. Valg af ordstyrer: Kir Silja Smith.")
    assert ("Silja Smith", "ordstyrer") not in found


def test_only_where_no_person_is_read_and_never_a_name_of_one_word() -> None:
    text = "Til stede: Silja Smith og Kir.\nSilja Smithsen kom. Silja Smith talte. Kir talte."
    first = PersonMention(11, 22, "Silja Smith")
    people = listed_again(text, [first], [(11, "Silja Smith"), (26, "Kir")])
    assert [(p.start, p.name) for p in people] == [
        (11, "Silja Smith"),
        (text.index("Silja Smith talte"), "Silja Smith"),
    ]


def test_a_long_page_finds_the_names_again_in_one_pass_as_the_searches_did(monkeypatch: pytest.MonkeyPatch) -> None:
    # a page of 20,000 characters or more is passed once for every listed name (one automaton), not searched once per
    # name: the same printings, a name's places that overlap the one before skipped as the search from its end did
    page = MINUTES + "Silja Smith talte. Bodil Reimers Bodil Reimers. Mogens Rasmussen og Teit Rasmussen. " * 300
    listed = [(page.index(name), name) for name in ("Silja Smith", "Bodil Reimers", "Teit Rasmussen", "Kir Klysner")]
    assert len(page) >= people_listed_again._ONE_PASS_FROM
    found = [(p.start, p.name) for p in listed_again(page, [], listed)]
    monkeypatch.setattr(people_listed_again, "_ONE_PASS_FROM", len(page) + 1)
    assert found == [(p.start, p.name) for p in listed_again(page, [], listed)]
    assert sum(name == "Silja Smith" for _, name in found) == 301
    names_after = ("Silja Smith", "Silja Smith Silja Smith", "Silja SmithSilja Smith")
    for text in names_after:  # short texts: overlapping and glued printings, as the search reads them
        assert people_listed_again._printings(text, {"Silja Smith"}).get("Silja Smith", []) == (
            people_listed_again._found(text, "Silja Smith")
        )
