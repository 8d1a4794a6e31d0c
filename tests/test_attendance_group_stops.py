"""A full stop that closes one group of an attendance list on a page flattened onto one line, the next group's heading
and its names after it (graphbuild/parse/attendance_group_stops.py): the stop ends the group, not the list. The cases
quote dev-write excerpts as a page flattened onto one line prints them (skovboskolen-skolebestyrelsen-2008-04-16,
kk-folkeoplysningsudvalget-2012-09-06-punkt-1); the near misses keep a one-post field, a sentence and a group's
heading with no names after the stop ending the list."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

P, A = "present", "absent"

_SKOVBOSKOLEN = (
    "Referat af Skolebestyrelsesmøde Skovboskolen, mødelokale K2 onsdag den 16. april 2008 kl. 18.30 - 20.30 "
    "Dirigent: Peter Knappmann Referent: Erling Grøn-Jensen Til stede: Forældrevalgte: Peter Knappmann, Nette Schultz, "
    "Rikke Søndergaard. Skolerepræsentanter: Birgit Pedersen, Lene Fog Jørgensen, Erling Grøn-Jensen. "
    "Elevrepræsentanter: Kaja Schuster Damgaard. Fraværende: Forældrevalgte: Dorte Myhre Therkildsen. "
    "1. Udvalg: Skolebestyrelsens tidligere liste blev gennemgået. 2. Eventuelt Intet.\n"
)

_KK = (
    "1. Godkendelse af dagsorden Beslutning I mødet deltog: Borgerrepræsentanter: Leslie Arentoft, Bjarne Fey, "
    "Simon Strange. Fra den folkeoplysende voksenundervisning: Poul Henrik Glasius, Peter Hollbaum-Hansen og Ole "
    "Sørensen. Fra det frivillige folkeoplysende foreningsområde: Per Vandrup (mødeleder), Jan Barslev og Peter "
    "Bøgelund. Dagsordenen blev godkendt.\n"
)


def _rows(text: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(text)}


def test_the_groups_after_a_stop_are_of_the_list() -> None:
    rows = _rows(_SKOVBOSKOLEN)
    assert {("Rikke Søndergaard", P), ("Birgit Pedersen", P), ("Lene Fog Jørgensen", P)} <= rows
    assert ("Kaja Schuster Damgaard", P) in rows
    assert ("Dorte Myhre Therkildsen", A) in rows


def test_delegations_after_a_stop_are_of_the_list() -> None:
    rows = _rows(_KK)
    assert {("Simon Strange", P), ("Poul Henrik Glasius", P), ("Ole Sørensen", P)} <= rows
    assert {("Per Vandrup", P), ("Peter Bøgelund", P)} <= rows


def test_a_one_post_field_after_a_stop_ends_the_list() -> None:
    # near miss: "Referent:" names one post's holder, no group of those present
    text = _SKOVBOSKOLEN.replace("Rikke Søndergaard. Skolerepræsentanter:", "Rikke Søndergaard. Referent:")
    rows = _rows(text)
    assert ("Rikke Søndergaard", P) in rows
    assert ("Birgit Pedersen", P) not in rows


def test_a_sentence_after_a_stop_ends_the_list() -> None:
    # near miss: the sentence after the last group's stop is no entry
    rows = _rows(_KK)
    assert not any(name.startswith("Dagsorden") for name, _ in rows)


def test_a_groups_heading_with_no_names_after_it_ends_the_list() -> None:
    # near miss: "Fra forvaltningen: deltog ingen" names nobody; the list ended at the stop
    text = _KK.replace(
        "Fra det frivillige folkeoplysende foreningsområde: Per Vandrup (mødeleder), Jan Barslev og",
        ("Fra forvaltningen: deltog ingen. Til orientering: Per Vandrup (mødeleder), Jan Barslev og"),
    )
    rows = _rows(text)
    assert ("Simon Strange", P) in rows
    assert ("Jan Barslev", P) not in rows
