"""Regular-expression pieces parse and extract write alike, each with one name: a capitalised word of a
name as the readers of bodies and posts take it ("Movia", "Hess-Nielsen", "Fælles-Net"), and a run of
such words with its own count; the rest of a suspended compound after its first part's hyphen ("Natur-, Klima- og
Miljøudvalget"); a word of a person's name ("Svend-Erik"); a list's bullet, an entry's number
and the two together as what opens a list's entry ("• ", "3. ", "- ")."""

from __future__ import annotations

import re
from collections.abc import Iterable

# a capitalised word: a capital, then any word characters or hyphens
CAPITALISED_WORD = r"[A-ZÆØÅ][\wæøå-]*"
# the rest of a suspended compound, after a word that ends in its hyphen ("Natur-", "Midt-", "Dansk Kyst-"): the
# parts listed with commas, each with its hyphen, then the part after "og" or "&" that ends the compound, in either
# case (", Klima- og Miljøudvalget", " og Vestjyllands", " og naturturisme"); a word with no hyphen of its own is
# never continued ("Økonomiudvalget og Byrådet" are two bodies)
SUSPENDED_COMPOUND_REST = (
    r"(?<=[\wæøå]-)(?:,[ \t]+[A-ZÆØÅa-zæøå][\wæøå]*-)*[ \t]+(?:og|&)[ \t]+[A-ZÆØÅa-zæøå][\wæøå&-]*"
)
# a capitalised word of a person's name, a hyphenated one too ("Svend-Erik", "Salah-Eldin")
NAME_WORD = r"[A-ZÆØÅ][a-zæøåéü']+(?:-[A-ZÆØÅa-zæøå][a-zæøåéü']+)*"
# a list's bullet: a dot, a square, a circle, a star or a dash
BULLET = r"[•·▪●◦*–-]"
# a list entry's number: "3.", "12)"
ENTRY_NUMBER = r"\d{1,2}[.)]"
# what opens a list's entry, one a line, before its text: a bullet or a number at most, blanks around it (the blanks
# after it read only after a bullet or a number: two runs of blanks side by side would read a line of blanks in
# quadratic time)
ENTRY_MARK = rf"[ \t]*(?:(?:{BULLET}|{ENTRY_NUMBER})[ \t]*)?"


def capitalised_run(count: str, across_lines: bool = False) -> str:
    """A capitalised word and ``count`` more ("?", "{0,3}"), each after blanks on the line, or with
    ``across_lines`` after any white space."""
    gap = r"\s+" if across_lines else r"[ \t]+"
    return rf"{CAPITALISED_WORD}(?:{gap}{CAPITALISED_WORD}){count}"


_Tree = dict[str, "_Tree"]  # a character to the words' rest after it; "" where a word ends


def words_alternation(words: Iterable[str]) -> str:
    """One alternation of the words, written as a tree of their shared beginnings ("gra(?:ver|fiker)"), so a
    pattern holding hundreds of words tries each character once rather than each word at each position."""
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _alternation(tree)


def _alternation(node: _Tree) -> str:
    ends = "" in node
    branches = [re.escape(char) + _alternation(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body
