"""Attendance in a run of names a PDF flattened with no separator, where a surname the name lists do not know
is left over by the word-by-word reading (issue 13, item 1): the run is cut so that every word is a name's.
Excerpts from dev documents (regionh-forretningsudvalget-2010-01-04, gribskov-beredskabskommissionen-2015-12-16)."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_names import NameHit
from graphbuild.parse.attendance_run_segments import covering_cut

P, A = "present", "absent"


def _rows(text: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(text)}


def test_unknown_surnames_of_a_flattened_member_list_stay_with_their_names() -> None:
    text = (
        "1 BESLUTNINGER REGION HOVEDSTADEN FORRETNINGSUDVALGET Mandag den 4. januar 2010 Møde nr. 1 Medlemmer: "
        "Vibeke Storm Rasmussen Leila Lindén Thor Buch Grønlykke Kirsten Lee Charlotte Fischer Julie Herdal Molbech "
        "Henrik Thorup Kenneth Kristensen Berth Bent Larsen Fraværende: Peer Wille-Jørgensen 1\n"
    )
    rows = _rows(text)
    assert {("Thor Buch Grønlykke", P), ("Julie Herdal Molbech", P), ("Kenneth Kristensen Berth", P)} <= rows
    assert {("Kirsten Lee", P), ("Charlotte Fischer", P), ("Peer Wille-Jørgensen", A)} <= rows
    assert not {name for name, _ in rows} & {"Thor Buch", "Julie Herdal", "Kenneth Kristensen"}


def test_a_title_between_two_names_is_no_surname() -> None:
    # a post's word on a flattened two-column table ("Observatør") is not glued to the name before it
    text = (
        "Medlemmer:\n\nKim Valentin Politidirektøren Nordsjællands Politi\nLasse Røssell Kirsten Madsen\n"
        "Børge Sørensen Observatør Søren Brandt\n   \n\nGodkendelse af dagsorden:\nGodkendt\n\nFraværende:\n"
        "Børge Sørensen\n"
    )
    names = {name for name, _ in _rows(text)}
    assert "Søren Brandt" in names
    assert not any("Observatør" in name for name in names)


def _hits(text: str, names: list[str]) -> list[NameHit]:
    hits = []
    for name in names:
        at = text.index(name)
        hits.append(NameHit(name, at, at + len(name), rest_start=at + len(name)))
    return hits


def test_a_word_left_over_after_most_names_is_a_column_not_surnames() -> None:
    # "Name Place Name Place": the same word after each name is whom they come for
    text = "Lis Holm Vestegnen Per Bak Vestegnen Ole Berg Vestegnen"
    assert covering_cut(text, 0, len(text), _hits(text, ["Lis Holm", "Per Bak", "Ole Berg"])) is None


def test_a_place_before_an_association_word_is_no_name() -> None:
    # fanoe-grundejerforeninger-moede-2019-04-11: "Name, Association" entries flattened, the association's place
    # ("Rindby Strand") no unknown first name before a surname
    text = (
        "Deltagere: Jørgen Elsted Hansen, Rindby Strand Grundejerforening Hans Peter Jepsen, Rindby Strand "
        "Grundejerforening Steen Jakobsen, Grøndal Grundejerforening\n\n1. Velkomst\n"
    )
    names = {name for name, _ in _rows(text)}
    assert {"Jørgen Elsted Hansen", "Hans Peter Jepsen", "Steen Jakobsen"} <= names
    assert not any("Rindby" in name or "Strand" in name for name in names)


def test_the_bracket_after_a_run_on_lists_last_name_is_read_as_in_a_comma_list() -> None:
    # a variant of the regionh excerpt: the last entry of the flattened run names whom the member stood in for
    text = (
        "Medlemmer: Vibeke Storm Rasmussen Leila Lindén Per Tærsbøl Lise Müller Henrik Thorup Bent Larsen "
        "(stedfortræder for Hans Andersen) Fraværende: Hans Andersen\n\n1. Godkendelse af dagsorden\n"
    )
    rows = {(row.name, row.status, row.for_) for row in find_attendance(text)}
    assert ("Bent Larsen", "substitute", "Hans Andersen") in rows
    assert ("Hans Andersen", A, None) in rows
    assert ("Henrik Thorup", P, None) in rows


def test_prose_after_a_run_on_lists_last_name_still_ends_the_list() -> None:
    # not a bracket of the entry's own: the sentence after the list is no entry's rest
    text = "Til stede: Lise Müller Henrik Thorup Bent Larsen ankom kl. 17.30 under behandlingen af punkt 2.\n"
    rows = {(row.name, row.status) for row in find_attendance(text)}
    assert ("Lise Müller", P) in rows
    assert not any(status == "substitute" for _, status in rows)


def test_a_first_name_the_lists_do_not_know_before_a_known_surname_opens_a_name() -> None:
    # names of the roedovre and regionsjaelland lists run together as a PDF flattens them
    text = (
        "Deltagere: Kirsten Rask Jorun Bech Lene Due Jan Kongebro Britt Jensen Afbud: Githa Nelander\n\n"
        "1. Godkendelse af dagsorden\n"
    )
    rows = _rows(text)
    assert {("Jorun Bech", P), ("Lene Due", P), ("Jan Kongebro", P), ("Britt Jensen", P)} <= rows
    assert "Lene Due Jan" not in {name for name, _ in rows}


def test_two_unknown_words_are_not_glued_to_the_name_before_as_four_words() -> None:
    text = "Fraværende: Ole Vestergaard Bjarne Nielsen Manu Sareen Britt Jensen Henrik Thorup\n\n1. Godkendelse\n"
    names = {name for name, _ in _rows(text)}
    assert "Bjarne Nielsen" in names
    assert not any(len(name.split()) == 4 for name in names)


def test_a_title_opening_the_run_is_cut_off_before_the_names_are_cut() -> None:
    # aab-organisationsbestyrelse-2012-12-05: "Næstformand" opens the flattened run, "Kuehn" a surname no list knows
    text = (
        "1 Referat af OB-møde Mødedato: 5. december 2012 kl Til stede: Bent Haupt Jensen, Formand Jørn Nielsen, "
        "Næstformand Michael Bagge Kuehn Jette Kragh Michael Bendixen Palle S. Madsen Käthe Pedersen David Jennow "
        "Afbud: Bjarne Lindqvist\n"
    )
    rows = _rows(text)
    assert {("Michael Bagge Kuehn", P), ("Jette Kragh", P), ("Michael Bendixen", P)} <= rows
    assert "Michael Bagge" not in {name for name, _ in rows}


def test_a_title_opening_the_run_is_never_read_into_a_name() -> None:
    # the title cut off stays no name's word, and a run every word of which the reading already took is not cut again
    text = "Til stede: Bent Jensen, Næstformand Michael Bagge Jette Kragh Michael Bendixen\n"
    names = {name for name, _ in _rows(text)}
    assert {"Michael Bagge", "Jette Kragh", "Michael Bendixen"} <= names
    assert not any("Næstformand" in name or "formand" in name.lower() for name in names)
