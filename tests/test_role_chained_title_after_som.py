"""A title chained before another title before a name ("den nyudnævnte formand, borgmester NAME":
`role_title_before._chained_title`) is not the name's when "som" opens it: in a run of posts ("NAME som kasserer,
administrationsleder NAME2 som sekretær") it is the post of the name before. Excerpt of a dev-write document of
tests/realworld, with the facts it must give and the one it must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import role_pairs_of_text


def test_a_post_after_som_is_the_name_before_s(tmp_path: Path) -> None:
    # dit-roskilde-news-domkirke-menighedsraad-konstituering-2020 (shortened)
    text = (
        "Nyt fra menighedsrådet\n\n"
        "Undertegnede blev genvalgt som formand, Jesper Kejlhof som næstformand, Bjarne Hald som kasserer, "
        "administrationsleder Lars Bang Petersen som sekretær og Henrik Bondo Nielsen som kontaktperson.\n"
    )
    found = role_pairs_of_text(tmp_path, text)
    assert {("Bjarne Hald", "kasserer"), ("Lars Bang Petersen", "sekretær")} <= found
    assert ("Lars Bang Petersen", "administrationsleder") in found
    assert ("Lars Bang Petersen", "kasserer") not in found


def test_a_chained_title_with_no_som_is_still_the_name_s(tmp_path: Path) -> None:
    # guard: a title chained by a comma alone stays the name's ("den nyudnævnte formand, borgmester NAME")
    text = "Referat\n\nDen nyudnævnte formand, borgmester Jan Petersen bød velkommen.\n"
    found = role_pairs_of_text(tmp_path, text)
    assert {("Jan Petersen", "formand"), ("Jan Petersen", "borgmester")} <= found
