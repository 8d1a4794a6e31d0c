"""The regular-expression pieces parse and extract share (`vocab/text_patterns`): a word of a person's name, a
list's bullet and what opens a list's entry, as the entry readers of names, line-ups and items use them."""

import re

from graphbuild.extract import name_siblings, role_lineups, role_member_blocks
from graphbuild.parse import item_lines
from graphbuild.vocab.text_patterns import BULLET, ENTRY_MARK, NAME_WORD


def test_a_name_word_takes_a_hyphenated_name_and_no_lower_case_word() -> None:
    assert re.fullmatch(NAME_WORD, "Svend-Erik")
    assert re.fullmatch(NAME_WORD, "Salah-Eldin")
    assert re.fullmatch(NAME_WORD, "Hess-nielsen")
    assert not re.fullmatch(NAME_WORD, "formand")
    assert not re.fullmatch(NAME_WORD, "KKR")  # an acronym is no word of a name


def test_an_entry_mark_is_a_bullet_or_a_number_at_most() -> None:
    for opening in (" • ", "▪ ", "● ", "◦ ", "* ", "- ", "– ", "3. ", "12) ", ""):
        assert re.fullmatch(ENTRY_MARK, opening), opening
    for not_opening in ("123. ", "a) ", "•• "):
        assert not re.fullmatch(ENTRY_MARK, not_opening), not_opening
    assert re.fullmatch(BULLET, "•") and not re.fullmatch(BULLET, "o")


def test_the_readers_share_one_entry_opening() -> None:
    # the same lines open an entry for the readers of a name's siblings, a body's line-up and a member block
    for line in (" • Lena Larsen - repræsentant", "2. Lena Larsen, kasserer", "– Lena Larsen (V)"):
        assert name_siblings.ENTRY.match(line), line
        opening = role_lineups.ENTRY_OPENING.match(line)
        assert opening is not None and line[opening.end() :].startswith("Lena Larsen")
        assert role_member_blocks.ENTRY_OPENING.match(line)
    # an item's bullet point is one of those bullets followed by white space, never a bare dash glued to a word
    assert item_lines.BULLET.match("▪ Orientering om budget")
    assert item_lines.BULLET.match("- Orientering om budget")
    assert not item_lines.BULLET.match("-Orientering")
