"""A name the attendance list reads, found again where the text prints it once more (`people_listed_again`): a
first name no names list knows is read in the list's structure only, and its post later in the minutes is the
same person's (DJ Kreds Fyn's minutes, quoted). Never a part of a longer name."""

from __future__ import annotations

from pathlib import Path

from text_facts import role_pairs_of_text

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
