"""The stop of an abbreviation inside a flattened list ("medarb. repr.", "Turisterhv. - Naturama") ends no list
when a word in lower case or a dash follows it: no sentence opens so. A stop before a capital, and a number's stop
("25. juni"), still end one."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance


def _rows(text: str) -> dict[str, str]:
    return {row.name: row.status for row in find_attendance(text)}


def test_an_abbreviations_stop_before_a_word_in_lower_case_ends_no_list() -> None:
    # vaeksthus-hovedstadsregionen-bestyrelse-2014-04-04 (docplayer, the first page on one line)
    text = (
        "Deltagere: Søren Hyldgaard, kommunalbestyrelsesmedlem Rudersdal Kommune Max Damgaard, medarb. repr., "
        "Vækstkonsulent Væksthus Hovedstadsregionen Mette Annelie Rasmussen, observatør, medlem af "
        "borgerrepræsentationen, Københavns Kommune Marlene Haugaard, referent, Direktør Væksthus "
        "Hovedstadsregionen Vacant: Erhvervsrepræsentant udpeget af KKR\n"
    )
    rows = _rows(text)
    assert rows["Mette Annelie Rasmussen"] == "present"
    assert rows["Marlene Haugaard"] == "present"


def test_an_abbreviations_stop_before_a_dash_ends_no_list() -> None:
    # naturturisme-bestyrelse-2010-11-24 (docplayer, a page on one line)
    text = (
        "Afbud: Peter Lund Ærø Kommune René Larsen Langeland Kommune Jacob Salvig Turisterhv. - Naturama "
        "Torben Kjærulf Turistforeningerne\n"
    )
    assert _rows(text).get("Jacob Salvig") == "absent"


def test_a_stop_before_a_capital_or_after_a_number_still_ends_the_list() -> None:
    assert _rows("Afbud: Ole Berg. Mødet blev holdt i Anne Hansens kontor.\n") == {"Ole Berg": "absent"}
    # tonder-kommunalbestyrelsen-2015-06-25: an empty field, the next line a date, then the contents
    text = "Fraværende:\n25. juni 2015\nTønder Kommune – Kommunalbestyrelsen\nHøring Sydtrafik budget 2016\n"
    assert _rows(text) == {}
