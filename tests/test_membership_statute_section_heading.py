"""A statute's section heading right over a sentence that opens with a reference back ("§ 3 Medlemskreds" over
"Foreningens medlemmer er …") is no part of a network's name: the reference back takes the body the statute is
for (membership_unknown_networks). The form of the statutes of joint bodies (§ 60 fællesskaber, associations of
municipalities): a numbered section, its heading on the line, its text on the next."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

STATUTE = "Vedtægter for Fjordklyngen\n\n§ 1 Navn\nForeningens navn er Fjordklyngen.\n\n"
MEMBERS = {"Frederikssund", "Halsnæs", "Egedal"}


@pytest.mark.parametrize(
    "section",
    [
        "§ 3 Medlemskreds\nForeningens medlemmer er Frederikssund, Halsnæs og Egedal Kommuner.\n",
        "§ 3. Medlemmer\nForeningens medlemmer er Frederikssund, Halsnæs og Egedal Kommuner.\n",
        "§ 3 Ejerforhold\nSelskabets ejere er Frederikssund, Halsnæs og Egedal Kommuner.\n",
    ],
)
def test_section_heading_is_no_part_of_the_name(tmp_path: Path, section: str) -> None:
    got = member_pairs_of_text(tmp_path, STATUTE + section)
    assert {m for m, n in got if n == "Fjordklyngen"} == MEMBERS
    assert {n for _, n in got} == {"Fjordklyngen"}


def test_a_name_wrapped_over_two_lines_is_kept(tmp_path: Path) -> None:
    # a sentence a PDF wrapped between a name's words: both lines are the name (no reference back opens the second)
    text = (
        "Referat\n\nPunkt 1: Orientering\n\nDet oplyses, at Business\n"
        "Region Fyn består af Odense, Nyborg og Kerteminde Kommuner.\n"
    )
    assert {n for _, n in member_pairs_of_text(tmp_path, text)} == {"Business Region Fyn"}
