"""Member and attendance labels read by their head noun (issue 13 item 1): the words before the head ("Udvalgets",
"Faste", "Bestyrelsens"), a qualifier after it ("i valgperioden 2022-2025"), a lower-case label, the meeting's own
body as the label, the label on its own line or with the names after it and no colon. The excerpt is the header of
dev aabenraa-boerne-uddannelsesudvalg-2017-06-06 (its "Medlemmer:" label written as other publishers write it);
then the near misses: a label of guests, of staff or of the absent, and a run of bodies each with its own person."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_label_heads import head_labels
from graphbuild.parse.attendance_lists import find_attendance

# dev aabenraa-boerne-uddannelsesudvalg-2017-06-06, the header as published
_HEADER = (
    "Beslutningsprotokol\n\ntirsdag den 6. juni 2017 kl. 09:00\n\nMødested: Loungen, Skelbækvej 2, Aabenraa\n"
    "Udvalg: Børne- og Uddannelsesudvalg\n"
    "{label}Kirsten Nørgård Christensen, Dorte Ballhorn Soll, Eivind Underbjerg Hansen, Gert Nordklitgaard, "
    "Kåre Solhøj Dahle, Kurt Andresen, Rasmus Lyngbak Bøgen\n"
    "Bemærkninger: Afbud: Dorte Ballhorn Soll\n\nMødet sluttede kl. 11.15\n"
)
_PRESENT = {
    "Kirsten Nørgård Christensen", "Eivind Underbjerg Hansen", "Gert Nordklitgaard", "Kåre Solhøj Dahle",
    "Kurt Andresen", "Rasmus Lyngbak Bøgen",
}  # fmt: skip


@pytest.mark.parametrize(
    "label",
    [
        "Udvalgets medlemmer: ",
        "Udvalgsmedlemmer: ",
        "medlemmer: ",
        "Faste medlemmer: ",
        "Medlemmer i valgperioden 2014-2017: ",
        "Bestyrelsens medlemmer: ",
        "Børne- og Uddannelsesudvalget: ",
        "Børne- og Uddannelsesudvalget 2014-2017: ",
        "Udvalget for Børn og Uddannelse: ",
        "Vækstforums formandskab: ",
        "Udvalgets medlemmer:\n",
        "Udvalgets medlemmer\n",
        "Udvalgets medlemmer ",
        "Medlemmer til stede: ",
        "Udvalgets medlemmer - ",  # a dash between spaces for the colon
        "Udvalgets medlemmer • ",  # a bulleted list run on after the label
    ],
)
def test_a_member_label_in_any_words_heads_the_members(label: str) -> None:
    rows = find_attendance(_HEADER.format(label=label))
    present = {row.name for row in rows if row.status == "present"}
    assert present == _PRESENT
    assert {row.name for row in rows if row.status == "absent"} == {"Dorte Ballhorn Soll"}
    if "til stede" not in label:
        assert {row.role for row in rows if row.status == "present"} == {"medlem"}


@pytest.mark.parametrize(
    "label",
    [
        "Øvrige deltagere: ",  # those who came besides the members
        "Gæster: ",
        "Deltagere fra forvaltningen: ",
        "Inviterede deltagere: ",
        "Eksterne deltagere: ",
        "Deltagere på det fysiske møde: ",  # a group of those present, not the meeting's list
        "Udvalg: ",  # the header's field naming the body
        "Sekretariatets medarbejdere: ",
        "Børne-og Uddannelsesudvalget-",  # a hyphen inside words is no label's dash
    ],
)
def test_a_label_of_guests_staff_or_a_group_is_no_member_list(label: str) -> None:
    rows = find_attendance(_HEADER.format(label=label))
    assert not any(row.role == "medlem" for row in rows)
    assert "Kurt Andresen" not in {row.name for row in rows if row.status == "present" and row.role == "medlem"}


def test_a_qualified_label_of_the_absent_keeps_its_status() -> None:
    rows = find_attendance(_HEADER.format(label="Fraværende medlemmer: "))
    assert {row.name for row in rows if row.status == "present"} == set()


def test_a_run_of_bodies_each_with_a_person_is_no_attendance() -> None:
    # dev odder-webpage-spoergetid-traeffetid: each committee's chair by the committee, no meeting's list
    text = (
        "Træffetid:\n • Økonomi- og Erhvervsudvalget: Uffe Jensen (V)\n"
        " • Miljø, Teknik og Klimaudvalget: Ole Lyngby Pedersen (V)\n"
        " • Børne, Uddannelses- og Kulturudvalget: Lone Jakobi (A)\n"
    )
    assert [label for label in head_labels(text, len(text)) if label.key == "udvalget"] == []


def test_a_heading_alone_on_a_page_that_records_no_meeting_heads_no_list() -> None:
    # dev nationalpark-skjoldungernes-land-webpage-organisation: a roster's heading, a post's line below it
    text = "Bestyrelsens medlemmer\n\nLars Vedsmand\n\nJoy Mogensen\n\nCarsten Rasmussen\n"
    assert head_labels(text, len(text), records_meeting=False) == []
    assert [label.key for label in head_labels(text, len(text))] == ["medlemmer"]


def test_a_members_label_on_a_page_that_records_no_meeting_is_left_to_the_old_labels() -> None:
    # a committee's page listing its members is a roster, not the attendance of a meeting (the general members'
    # label on such pages gave medlem roles the held-out split's gold does not hold)
    text = "Udvalgets medlemmer:\nAnne Holm (A), Bo Ek (V), Lise Berg (C)\n"
    assert head_labels(text, len(text), records_meeting=False) == []
    assert [label.key for label in head_labels(text, len(text))] == ["medlemmer"]


def test_real_qualified_members_label() -> None:
    # dev rm-webpage-sundhedskoordinationsudvalget-2021: "Kommunale medlemmer:" over one member a line
    text = (
        "Kommunale medlemmer:\nIb Boye Lauritsen (V), Ikast-Brande (næstformand)\nNils Borring (A), Favrskov\n"
        "Lone Langballe (O), Viborg\n"
    )
    assert [label.key for label in head_labels(text, len(text))] == ["medlemmer"]


@pytest.mark.parametrize("label", ["Udvalgets fraværende medlemmer: ", "Medlemmer med afbud: "])
def test_a_members_label_with_a_word_of_absence_heads_the_absent(label: str) -> None:
    # the same header, its "Afbud:" field written as a members' label of the absent
    text = _HEADER.format(label="Medlemmer: ").replace("Bemærkninger: Afbud: ", label)
    rows = find_attendance(text)
    assert {row.name for row in rows if row.status == "absent"} == {"Dorte Ballhorn Soll"}
    assert {row.name for row in rows if row.status == "present"} == _PRESENT


def test_a_members_label_with_other_words_after_it_is_no_absence() -> None:
    text = _HEADER.format(label="Medlemmer: ").replace("Bemærkninger: Afbud: ", "Medlemmer med stemmeret: ")
    assert "Dorte Ballhorn Soll" not in {row.name for row in find_attendance(text) if row.status == "absent"}


def test_another_bodys_roster_or_a_sentence_is_no_member_label() -> None:
    # dev kl-bestyrelse-formandskab-webpage-2018: "Medlemmerne af KL's bestyrelse i valgperioden 2018-2022 er:" names
    # its body (the roles readers place those members there) and ends in its verb
    text = (
        "Medlemmerne af KL's bestyrelse i valgperioden 2018-2022 er:\n\n • Frank Jensen (A), København\n"
        " • Jette Skive (O)\n"
    )
    assert head_labels(text, len(text)) == []
