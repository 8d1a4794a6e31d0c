r"""role_member_blocks' ENTRY_REST (what follows the name an entry of a member list opens with: "• Tobias Johansen
(V), Viceborgmester - Formand", Læsø's page of Færgeudvalget, dev-write): each blank run read once (possessive: the
bracket, the mark and the words never open with a blank, and the blanks and full stops at the line's end take what
the first run left). As ``[ \t]*`` beside ``[ \t.]*``, a run of blanks before a word was split every way (quadratic:
0.8 s at 4,000 blanks). It is called for its truth alone, which is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re
from pathlib import Path

from random_texts import random_texts
from text_facts import role_pairs_of_text

from graphbuild.extract.role_member_blocks import ENTRY_REST

OLD = re.compile(
    r"[ \t]*(?:\([^\n]*|[,–-][^\n]*|(?:valgt|udpeget|indstillet)[ \t]+(?:af|for)[ \t][^\n]*)?[ \t.]*(?=\n|$)"
)


def test_the_entries_of_a_member_list_are_read(tmp_path: Path) -> None:
    text = (
        "Færgeudvalget\n\nUdvalget er et rådgivende udvalg.\n\nMedlemmer i Færgeudvalget\n\n"
        " • Tobias Johansen (V), Viceborgmester - Formand\n • Karsten Nielsen (O), Borgmester\n"
        " • Lone Broe (V), Kommunalbestyrelsesmedlem\n • Flemming Nielsen, Chefkaptajn"
    )
    assert {("Karsten Nielsen", "medlem"), ("Lone Broe", "medlem")} <= role_pairs_of_text(tmp_path, text)
    assert ENTRY_REST.match(" (V), Viceborgmester - Formand\n")
    # the near miss: a name that goes on in a sentence
    assert ENTRY_REST.match(" blev valgt til formand\n") is None


def test_the_truth_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", ".", "(", ")", "A", ",", "–", "-", "valgt", "af", "for", "udpeget", "x", "\n", " af "]
    found = 0
    for text in random_texts(pieces, seed=86, count=20_000, most=8):
        for pos in (0, 1):
            for end in (len(text), max(pos, len(text) - 1)):
                old = OLD.match(text, pos, end) is not None
                assert (ENTRY_REST.match(text, pos, end) is not None) == old, (text, pos, end)
                found += old
    assert found > 10_000


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    assert ENTRY_REST.match(" " * 50_000 + "x") is None
    assert ENTRY_REST.match(" " * 50_000 + "valgt" + " " * 50_000 + "x") is None
    assert ENTRY_REST.match(" " * 50_000 + "valgt" + " " * 50_000 + "af" + " " * 50_000 + "x\n") is not None
