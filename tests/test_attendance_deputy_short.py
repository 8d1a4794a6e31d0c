"""The deputy's word cut short with its full stop ("supp.", "suppl.", "stedf.", "stf.") read wherever the readers
of list entries read it written out (issue 13, item 1): a note after a name ("Name (supp.)"), a stand-in named in
the member's bracket ("Name (stedf.: Y)"), "Y (supp. for Name)", and a deputy after the absent member's comma
("Afbud: Name, supp. Y deltog"), whose full stop ends no list. Each case quotes a dev-write excerpt (named) with the
word cut short as other publishers print it; the near misses keep their readings."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"

# vallensbaek-kommunalbestyrelsen-2014-03-26 (shortened), the member list of a flattened header whose last entry
# the source notes "(stedfortræder)"
_VALLENSBAEK = (
    "Kommunalbestyrelsen Referat Dato: Onsdag den 26. marts 2014 Mødetidspunkt: 16:30 Medlemmer: Henrik Rasmussen "
    "(borgmester), Søren Wiborg, Anette Eriksen, Carina Kristensen Berth (orlov), Morten Schou Jørgensen, Gitte "
    "Lumby Hansen ({note}) Ingen Ingen\n"
)

# gentofte-kommunalbestyrelsen-2015-08-31 (shortened): the source prints "(stedfortræder: Per B. Andersen)"
_GENTOFTE = (
    "Referat Kommunalbestyrelsen 31. august 2015 Deltagere: Louise Feilberg Levy, Poul V. Jensen, Per B. Andersen "
    "og Gitte H. Terndrup Fraværende: Marianne Zangenberg ({first} Per B. Andersen) og Anne Hjorth ({second} Gitte "
    "H. Terndrup) Indholdsfortegnelse\n"
)


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(row.name, row.status, row.for_) for row in find_attendance(text)}


@pytest.mark.parametrize("note", ["supp.", "suppl.", "stedf.", "stedfortræder"])
def test_a_deputys_note_after_a_name(note: str) -> None:
    rows = _rows(_VALLENSBAEK.format(note=note))
    assert any(name == "Gitte Lumby Hansen" and status == S for name, status, _ in rows)
    assert ("Carina Kristensen Berth", A, None) in rows


@pytest.mark.parametrize(("first", "second"), [("stedf.:", "supp."), ("suppl.", "stf.:"), ("stedfortræder:", "supp.")])
def test_the_stand_in_named_in_the_absent_members_bracket(first: str, second: str) -> None:
    rows = _rows(_GENTOFTE.format(first=first, second=second))
    assert {("Marianne Zangenberg", A, None), ("Per B. Andersen", S, "Marianne Zangenberg")} <= rows
    assert {("Anne Hjorth", A, None), ("Gitte H. Terndrup", S, "Anne Hjorth")} <= rows


def test_whom_for_after_the_short_word() -> None:
    text = (
        "Referat 31. august 2015\nDeltagere: Louise Feilberg Levy, Poul V. Jensen, Per B. Andersen (supp. for Anne "
        "Hjorth)\n"
    )
    rows = _rows(text)
    assert {("Per B. Andersen", S, "Anne Hjorth"), ("Anne Hjorth", A, None)} <= rows


def test_a_deputy_after_the_absent_members_comma() -> None:
    # affaldplus-bestyrelsen-2016-01-29 prints "Afbud: Kurt Munck, suppleant Martin Hillerup deltog"
    rows = _rows(
        "Referat 29. januar 2016\nDeltagere: Jens Hansen, Lis Holm\nAfbud: Kurt Munck, supp. Martin Hillerup deltog\n"
    )
    assert {("Kurt Munck", A, None), ("Martin Hillerup", S, "Kurt Munck")} <= rows


def test_a_deputy_who_sent_apologies_too_stays_absent() -> None:
    # near miss, skagen-byting-bestyrelse-2020-11-24 as printed: the deputy joined by "samt" to the absent
    text = (
        "Referat 24. november 2020\nTilstede var formand Erik Hatt, kasserer Jørgen Fink Petersen, Michael Jørgensen, "
        "Helle Christensen & Hanne D. Heilmann. Afbud fra Chresten Sloth Christensen samt suppl. Hans Nielsen.\n"
    )
    rows = _rows(text)
    assert ("Chresten Sloth Christensen", A, None) in rows
    assert not any(name == "Hans Nielsen" and status != A for name, status, _ in rows)


def test_a_word_cut_short_that_is_no_deputys_is_a_party_bracket() -> None:
    # near miss: a party's bracket after the name stays the party, the entry present
    rows = _rows(_VALLENSBAEK.format(note="A"))
    assert ("Gitte Lumby Hansen", P, None) in rows
