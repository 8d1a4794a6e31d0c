"""A flattened contents title that ends in a preposition the cut's list of binding words does not hold ("langs",
"omkring", "blandt"): no title ends in a preposition, so the capitalised word after it is its object, a name, not
the next title's first word ("... byudvikling langs | Helsingørmotorvejen 9 27", "... struktur omkring |
Ungdomsskolens aktiviteter"). A word a title opens with or a standing item after it still opens a title (the
preposition's object the text layer lost), and so does a name whose next word is capitalised too ("... omkring |
Metalbuen Måløvhøj Vandværk - godkendelse ..."): where that name ends and the next title begins is not told."""

from __future__ import annotations

from graphbuild.parse.flatten_title_words import CLOSING_WORDS, OPENS_TITLE

# prepositions that govern the noun after them, not among flatten_titles' BINDING
GOVERNING = frozenset({"langs", "omkring", "blandt", "gennem", "igennem", "angående", "via"})


def governs_name(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, a capitalised word, is the object of the preposition before it: the word before is one
    of ``GOVERNING``, ``words[k]`` is no word a title opens with ("Godkendelse", "Forslag", "Lokalplan") nor a
    standing item ("Meddelelser", "Eventuelt"), and the word after it (if any) is no capitalised word."""
    after = words[k + 1] if k + 1 < len(words) else ""
    return (
        k > 0
        and words[k - 1].lower() in GOVERNING
        and OPENS_TITLE.match(words[k]) is None
        and words[k] not in CLOSING_WORDS
        and not after[:1].isupper()
    )
