"""A label of members whose names run over several lines (`role_member_runs`), found by the stress round of issue 13
item 4: dev-write member lists whose label was printed the way other publishers print it ("Udvalgets medlemmer:",
"Faste medlemmer:") lost their names, since only a label parse knows made them attendance rows. Each excerpt is
quoted from the dev-write document named above it; where its label is rewritten, the comment says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import role_pairs_of_text

Pairs = set[tuple[str, str]]  # (person, role)

CASES: list[tuple[str, str, Pairs, Pairs]] = [
    (
        # gribskov-byraadet-2017-09-25, its label "Medlemmer:" printed "Byrådets medlemmer:": a council's members
        # in two columns
        "names in two columns under the label",
        "Referat\n\nByrådet\n\nByrådets medlemmer:\n\nFlemming Valdemar Trojel Bo Jul Nielsen\n"
        "Jannich Petersen Lone Birgit Halskov Møller\n\nFraværende:\n\nBo Jul Nielsen\n",
        {("Flemming Valdemar Trojel", "medlem"), ("Bo Jul Nielsen", "medlem")},
        set(),
    ),
    (
        # regionsyddanmark-forretningsudvalget-2007-12-05, its label "Medlemmer:" printed "Udvalgets medlemmer:"
        "a comma-separated list on the line under the label",
        "Referat\n\nForretningsudvalget\n\nUdvalgets medlemmer:\nCarl Holst, Poul Weber, Bo Libergren, Bent Poulsen, "
        "Jens Andersen.\n\nAfbud:\nBo Libergren\n",
        {("Carl Holst", "medlem"), ("Poul Weber", "medlem"), ("Jens Andersen", "medlem")},
        set(),
    ),
    (
        # viborg-oekonomiudvalget-2012-12-12, its label "Medlemmer:" printed "Faste medlemmer:": a list the page
        # wrapped, one name split over the line break
        "a list wrapped over lines, a name split by the wrap",
        "Referat\n\nØkonomiudvalget\n\nFaste medlemmer: Søren Pape Poulsen, Per Møller Jensen, Niels Dueholm, "
        "Mette<br />\n\nNielsen, Søren Gytz Olesen, Inger Jakobsen, Holger Andersen,<br />\n\n"
        "Nina Hygum, Ib Bjerregaard<br />\n",
        {("Søren Pape Poulsen", "medlem"), ("Søren Gytz Olesen", "medlem"), ("Ib Bjerregaard", "medlem")},
        set(),
    ),
    (
        # after viborg-oekonomiudvalget-2012-12-12: a list that runs on into a sentence is no wrapped list of names
        # for this reader, but parse's members' label (attendance_label_heads) reads the names before the sentence as
        # the body's members, and they are: the label says so
        "a list that runs on into a sentence: the names before it, no one after it",
        "Referat\n\nØkonomiudvalget\n\nFaste medlemmer: Søren Pape Poulsen, Per Møller Jensen,\n"
        "Niels Dueholm samt en repræsentant for hver forvaltning deltager i drøftelsen.\n",
        {("Søren Pape Poulsen", "medlem"), ("Niels Dueholm", "medlem")},
        {("en repræsentant", "medlem")},
    ),
    (
        # near miss: a label of who was absent lists no members
        "a label of absent members gives none",
        "Referat\n\nØkonomiudvalget\n\nFraværende medlemmer:\nSøren Pape Poulsen,\nPer Møller Jensen\n",
        set(),
        {("Søren Pape Poulsen", "medlem"), ("Per Møller Jensen", "medlem")},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_members_listed_over_lines(tmp_path: Path, text: str, present: Pairs, absent: Pairs) -> None:
    found = role_pairs_of_text(tmp_path, text)
    assert present <= found, present - found
    assert not (absent & found), absent & found
