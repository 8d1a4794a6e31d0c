""" "Fuldtallig" says that every member came (README: a sentence saying that all attended records attendance): as a
label its list is those present ("Fuldtallig: A, B, C", form of dev-write sjelle-byvarme-2024-07-02, names changed),
and in a sentence it makes a member list attendance ("Udvalget var fuldtalligt")."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance


def _rows(text: str) -> list[tuple[str, str, bool]]:
    return [(a.name, a.status, a.summoned) for a in find_attendance(text)]


def test_the_label_heads_the_list_of_those_present() -> None:
    text = "Referat af møde 2. juli 2024\n\nFremmødte\n\nFuldtallig: Jens Hansen, Lise Pedersen og Ole Berg\n\n"
    text += "1. Velkommen\n"
    assert _rows(text) == [
        ("Jens Hansen", "present", False),
        ("Lise Pedersen", "present", False),
        ("Ole Berg", "present", False),
    ]


def test_the_sentence_makes_a_member_list_attendance() -> None:
    members = "Referat\n\nMedlemmer: Jens Hansen, Lise Pedersen, Ole Berg\n\n{line}\n\n1. Godkendelse af dagsorden\n"
    assert all(not summoned for _, _, summoned in _rows(members.format(line="Udvalget var fuldtalligt.")))
    # without it the minutes record no attendance: the members are only summoned
    assert all(summoned for _, _, summoned in _rows(members.format(line="Mødet blev holdt i byrådssalen.")))


def test_without_its_colon_the_word_heads_no_list() -> None:
    text = "Referat\n\nFuldtallig bestyrelse Jens Hansen og Lise Pedersen drøftede budgettet.\n\n1. Budget\n"
    assert not any(status == "present" and not summoned for _, status, summoned in _rows(text))
