"""A known first name with one capital after it for its surname, as a small body's minutes name a member: "Helle G
er kommet i gang med bogføring", "• Kasper J.: Det burde nævnes …", "(Birthe A) Reklame for …", "Iver og Poul C har
været til …". The person is the one fuller name the document prints with that first name and a surname of that
capital ("… opbevares af Helle F." beside "Helle Frederiksen"), none when two fit, else the name as printed. Only
where the name ends: a bracket, a comma, a colon, a dash, the line's end, or a lower-case word with a vowel in it
(a page of letters spaced apart, "Lis O ls e n", is none); never a longer name's part (a capitalised word or an
initial right before it on its line, "Jens Peter A", a capitalised word after it, "Jens A. Hansen"), never a first
name the document also writes in lower case ("Maj", "Tage"), never where a person is read already."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from graphbuild.extract.name_words import is_first_name
from graphbuild.extract.people import PersonMention
from graphbuild.vocab.person_names import written_in_lower_case

_INITIAL_NAME = re.compile(
    r"(?P<first>[A-ZÆØÅ](?<![\wæøåÆØÅ.&/-].)[a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)[ \t](?P<initial>[A-ZÆØÅ])\.?"
    r"(?=[ \t]*[,;:)]|[ \t]*(?:\n|$)|[ \t]+[–-][ \t]|[ \t]+(?=[a-zæøå]*[aeiouyæøå])[a-zæøå]+(?![\wæøå.-]))"
)
# where such a name may end, found cheaply: one capital alone after a lower-case letter and a space ("…e G"); the name
# is read from its word's start there
_GATE = re.compile(r"[ \t][A-ZÆØÅ](?![\wæøåÆØÅ])(?<=[a-zæøå][ \t].)")
# a capitalised word or an initial right before on the line: the name is a longer name's end ("Jens Peter A")
_CAPITAL_BEFORE = re.compile(r"(?<![\wæøå])[A-ZÆØÅ](?:\.|[\wæøå-]*)[ \t]+$")


def initial_surnames(text: str, people: list[PersonMention], listed: Iterable[tuple[int, str]]) -> list[PersonMention]:
    """The people, with each first name read with one capital for its surname where no person was read (``listed``:
    the attendance list's rows' starts and names, whose fuller spellings name the person too), sorted by start."""
    added: list[PersonMention] = []
    names: list[str] | None = None
    lower_case: dict[str, bool] = {}
    for match in _matches(text):
        first, initial = match["first"], match["initial"]
        if not is_first_name(first):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _CAPITAL_BEFORE.search(text, max(line_start, match.start() - 40), match.start()):
            continue
        if any(p.start < match.end() and match.start() < p.end for p in people):
            continue
        if first not in lower_case:
            lower_case[first] = written_in_lower_case(text, first.lower())
        if lower_case[first]:
            continue
        if names is None:
            names = list(dict.fromkeys([p.name for p in people] + [" ".join(name.split()) for _, name in listed]))
        fuller = [n for n in names if _fits(n.split(), first, initial)]
        if len(fuller) > 1:
            continue
        name = fuller[0] if fuller else match.group(0)
        added.append(PersonMention(match.start(), match.end(), name))
    return sorted([*people, *added], key=lambda p: p.start) if added else people


def _fits(words: list[str], first: str, initial: str) -> bool:
    """A fuller name of the first name whose surname opens with the capital ("Helle Frederiksen" for "Helle F.")."""
    return len(words) >= 2 and words[0] == first and words[-1][0] == initial and len(words[-1].rstrip(".")) > 1


def _matches(text: str) -> Iterator[re.Match[str]]:
    """``_INITIAL_NAME``'s matches, each tried only from the start of the word before a gate's capital."""
    for gate in _GATE.finditer(text):
        start = gate.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1
        match = _INITIAL_NAME.match(text, start)
        if match is not None:
            yield match
