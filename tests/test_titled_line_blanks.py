r"""role_rosters' titled line, an entry of a title then the name ("Borgmester Mikael Smed (A), Vordingborg Kommune",
kl-kkr-sjaelland-webpage, dev-write): each blank run read once (possessive). A title never opens with a blank; after
it the blanks then a comma and blanks, or the blanks alone. As ``[ \t]*`` before the title's many words each blank
of a line of them was tried as the title's start against each word (0.42 s at 64,000). The caller reads the end: the
span and the title are the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import group_spans, random_texts

from graphbuild.extract.role_rosters import ROLE_WORDS, TITLED_LINE

OLD = re.compile(rf"[ \t]*(?P<title>{ROLE_WORDS})[ \t]*,?[ \t]+", re.IGNORECASE)


def test_a_title_before_a_name_is_read() -> None:
    match = TITLED_LINE.match("Borgmester Mikael Smed (A), Vordingborg Kommune")
    assert match is not None and (match["title"], match.end()) == ("Borgmester", 11)
    match = TITLED_LINE.match(" Formand ,  Bent Poulsen")
    assert match is not None and match.end() == 12
    # the near miss: a title glued to what follows is no title of a line
    assert TITLED_LINE.match("Formandens beretning") is None


def test_the_span_and_title_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", ",", "\n", "formand", "Borgmester", "næst", "direktør", "adm.", "1.", "og", "-", "x"]
    pieces += ["Mikael", "kommunal", "sekretær", "en"]
    found = 0
    for text in random_texts(pieces, seed=102, count=30_000, most=7):
        for pos in (0, 1):
            old = group_spans(OLD.match(text, pos))
            assert group_spans(TITLED_LINE.match(text, pos)) == old, (text, pos)
            found += old is not None
    assert found > 1_000


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    assert TITLED_LINE.match(" " * 200_000 + "x") is None
    assert TITLED_LINE.match("\t" * 100_000 + "formand" + "\t" * 100_000 + ",x") is not None
    match = TITLED_LINE.match(" " * 100_000 + "formand" + " " * 100_000 + "," + " " * 100_000 + "Bent")
    assert match is not None and match.end() == 300_008
