r"""role_chair_posts' gap before a later name of a plural chair list ("Næstformændene er A, Norddjurs Kommune, og B"):
each blank run read once (possessive runs; the words after a comma open with their first letter, or the comma is
followed by blanks alone). As ``\s*,\s*[^,.;:\n]{1,40}?`` beside ``\s*,?\s*(?:og|samt)``, a run of blanks between
two names was split every way (0.13 s at 16,000 blanks). The pattern is called for its truth alone, which is the old
pattern's (kept here) on random gaps."""

from __future__ import annotations

import random
import re
from pathlib import Path

from text_facts import role_pairs_of_text

from graphbuild.extract.role_chair_posts import NEXT_IN_LIST
from graphbuild.extract.role_patterns import TITLE_BEFORE

OLD = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?(?:\s*,\s*[^,.;:\n]{{1,40}}?)?\s*,?\s*(?:og|samt)\s+{TITLE_BEFORE}$", re.IGNORECASE
)
# business-region-aarhus-organisering (dev-write)
_DEV = (
    "Business Region Aarhus\n\nNæstformændene er Kasper Bjerregaard, Norddjurs Kommune, og Jacob Bundsgaard, "
    "Aarhus Kommune.\n"
)


def test_a_later_name_of_a_plural_chair_list_is_read(tmp_path: Path) -> None:
    assert role_pairs_of_text(tmp_path, _DEV) >= {
        ("Kasper Bjerregaard", "næstformand"),
        ("Jacob Bundsgaard", "næstformand"),
    }
    # the near miss: a gap that joins no list ("mens … er medlem")
    near = _DEV.replace(", og Jacob Bundsgaard, Aarhus Kommune.", ", mens Jacob Bundsgaard, Aarhus Kommune, er medlem.")
    assert ("Jacob Bundsgaard", "næstformand") not in role_pairs_of_text(tmp_path, near)
    assert NEXT_IN_LIST.match(", Norddjurs Kommune, og ")
    assert not NEXT_IN_LIST.match(", Norddjurs Kommune, mens ")


def test_the_truth_is_the_old_patterns_on_random_gaps() -> None:
    pieces = [" ", "  ", "\t", "\n", "\r", ",", "og", " og ", "samt", "(V)", "(", ")", "x", "Kommune", "formand"]
    pieces += ["borgmester", ".", " x", "o", "xxxxxxx"]
    rng = random.Random(17)
    found = 0
    for _ in range(30_000):
        gap = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        old = OLD.match(gap) is not None
        assert (NEXT_IN_LIST.match(gap) is not None) == old, gap
        found += old
    assert found > 300


def test_a_long_run_of_blanks_between_two_names_is_read_in_time() -> None:
    assert NEXT_IN_LIST.match(" " * 50_000 + "x") is None
    assert NEXT_IN_LIST.match("," + " " * 50_000 + "x") is None
    assert NEXT_IN_LIST.match(" " * 50_000 + "," + " " * 50_000 + "og" + " " * 50_000) is not None
