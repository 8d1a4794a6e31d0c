"""ENTRY_MARK (what opens a list's entry: blanks, a bullet or a number at most, blanks) reads the blanks after the
mark only after a mark: two runs of blanks side by side read a line of blanks in quadratic time (bench_hostile's
"whitespace runs": extract 0.94 s at 10,000 characters, 28 s at 40,000, a hang at 160,000). The patterns built on it
find the same entries as with the old form."""

import random
import re

from graphbuild.extract import name_siblings, role_lineups, role_member_blocks
from graphbuild.vocab.text_patterns import BULLET, ENTRY_MARK, ENTRY_NUMBER

OLD_MARK = rf"[ \t]*(?:{BULLET}|{ENTRY_NUMBER})?[ \t]*"
PATTERNS = [name_siblings.ENTRY, role_lineups.ENTRY_OPENING, role_member_blocks.ENTRY_OPENING]


def _old(pattern: re.Pattern[str]) -> re.Pattern[str]:
    assert ENTRY_MARK in pattern.pattern
    return re.compile(pattern.pattern.replace(ENTRY_MARK, OLD_MARK), pattern.flags)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_entries_are_read_as_before() -> None:
    texts = [
        "• Rashid Mohamed - valgt blandt borgere\n• Lena Larsen - repræsentant fra Muskelsvindfonden\n",
        "8. Jørgen Jensen, afdelingschef\n  9.  Anne Lauridsen (-)\n\t- Birte Rerup\n",
        "Formand: Jens Hansen\n  – Fmd.: Lise Holm\n12) Næstformand Bo Ek\n",
    ]
    for pattern in PATTERNS:
        old = _old(pattern)
        for text in texts:
            assert _found(pattern, text) == _found(old, text)
    assert [m["name"] for m in name_siblings.ENTRY.finditer(texts[1])] == [
        "Jørgen Jensen",
        "Anne Lauridsen",
        "Birte Rerup",
    ]


def test_entries_are_read_as_before_on_random_texts() -> None:
    pieces = [" ", "\t", "  ", "\n", "-", "–", "•", "1.", "12)", "3", "Anne", "Hansen", "Fmd.:", "Formand", ":", ","]
    pieces += ["(V)", "x", "Ek", "B."]
    rng = random.Random(5)
    for pattern in PATTERNS:
        old = _old(pattern)
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
            assert _found(pattern, text) == _found(old, text), text


def test_a_line_of_blanks_is_read_in_linear_time() -> None:
    # the near miss of an entry: blanks and no name after them
    text = "Beslutning\n" + " \t " * 20000
    assert list(name_siblings.ENTRY.finditer(text)) == []
