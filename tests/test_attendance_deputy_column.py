"""A member list with the members' deputies in a second column (issue 13, item 1): "Medlemmer<tab>Suppleanter" over
"Name (A)<tab>Deputy (A)", as a web page's table gives its cells (or the columns a PDF set three spaces or more
apart). The deputies column names each member's personal deputy: no member (`medlem`) and no one who came. Variants
of a dev-write roster (taarnby-groent-raad-webpage: "Medlem:   Suppleant:" over "1. Jan Jakobsen, Kommunalbestyrelsen,
Tårnby   Anders Krantz"); the near miss is a member list with no deputies' heading, whose rows all stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import role_pairs_of_text

from graphbuild.parse.attendance_lists import find_attendance

_HEAD = "Referat\nGrønt Råd\nMødedato: 14. maj 2015\n\n"
_TAIL = "\n\nAfbud: Ebbe Kyrø\n\n1. Godkendelse af dagsorden\nGodkendt.\n"


@pytest.mark.parametrize("gap", ["\t", "      "])
@pytest.mark.parametrize("heading", ["Suppleanter", "Personlige suppleanter", "Stedfortrædere"])
def test_the_deputies_column_of_a_member_list_is_no_member_and_no_one_who_came(
    tmp_path: Path, gap: str, heading: str
) -> None:
    text = (
        _HEAD + f"Medlemmer{gap}{heading}\nJan Jakobsen (A){gap}Anders Krantz (A)\n"
        f"Allan Holst (V){gap}Birger Larsen (V)" + _TAIL
    )
    names = {row.name for row in find_attendance(text)}
    assert "Anders Krantz" not in names
    assert "Birger Larsen" not in names
    pairs = role_pairs_of_text(tmp_path, text)
    assert ("Anders Krantz", "medlem") not in pairs
    assert ("Birger Larsen", "medlem") not in pairs


def test_the_members_column_keeps_its_rows() -> None:
    text = (
        _HEAD
        + "Medlemmer\tSuppleanter\nJan Jakobsen (A)\tAnders Krantz (A)\nAllan Holst (V)\tBirger Larsen (V)"
        + _TAIL
    )
    rows = {row.name: row for row in find_attendance(text)}
    assert rows["Jan Jakobsen"].status == "present"
    assert rows["Jan Jakobsen"].role == "medlem"
    assert rows["Allan Holst"].status == "present"


def test_a_member_list_with_no_deputies_heading_keeps_every_row() -> None:
    text = _HEAD + "Medlemmer\nJan Jakobsen (A)\tAnders Krantz (A)\nAllan Holst (V)\tBirger Larsen (V)" + _TAIL
    names = {row.name for row in find_attendance(text)}
    assert {"Jan Jakobsen", "Anders Krantz", "Allan Holst", "Birger Larsen"} <= names


@pytest.mark.parametrize("gap", ["\t", "      "])
def test_the_headings_with_their_colons_read_the_members_column(gap: str) -> None:
    # "Medlemmer:   Suppleanter:": the deputies' heading with its colon is no next label that ends the member list
    text = (
        _HEAD + f"Medlemmer:{gap}Suppleanter:\nJan Jakobsen (A){gap}Anders Krantz (A)\n"
        f"Allan Holst (V){gap}Birger Larsen (V)" + _TAIL
    )
    rows = {row.name: row for row in find_attendance(text)}
    assert rows["Jan Jakobsen"].status == "present"
    assert rows["Allan Holst"].status == "present"
    assert "Anders Krantz" not in rows


def test_a_deputies_label_with_names_on_its_line_still_ends_the_member_list() -> None:
    # near miss: "Suppleanter: NAME" after the member label's gap is a list of its own, not a column's heading
    text = _HEAD + "Medlemmer: Jan Jakobsen (A)   Suppleanter: Anders Krantz (A)" + _TAIL
    rows = {row.name: row for row in find_attendance(text)}
    assert rows["Jan Jakobsen"].status == "present"
    assert rows.get("Anders Krantz") is None or rows["Anders Krantz"].status != "present"


def test_the_deputies_column_under_the_headings_with_their_colons_keeps_its_seats(tmp_path: Path) -> None:
    # the members column read as attendance, the deputies beside it are still the members' personal deputies (their
    # seat, README roles: a standing post in a body's composition), no one who came
    text = (
        _HEAD
        + "Medlemmer:   Suppleanter:\nJan Jakobsen (A)   Anders Krantz (A)\nAllan Holst (V)   Birger Larsen (V)"
        + _TAIL
    )
    pairs = role_pairs_of_text(tmp_path, text)
    assert {("Anders Krantz", "suppleant"), ("Birger Larsen", "suppleant")} <= pairs
    assert ("Jan Jakobsen", "medlem") in pairs
    assert ("Jan Jakobsen", "suppleant") not in pairs
