"""Numbered item headings whose title runs on into the item's minute on the same line, in minutes that are not
flattened: "1. Temadag om liturgi , Lørdag d. 30 november indkaldt af biskoppen. En orientering v. Julie.", "3. Ny
strategi/Vision for musikskolen. Forslag blev gennemgået, og der var ingen …", "2: Regionalt årsmøde i arkivsamvirket
…: Fra Agerskov deltog John. Og nedenstående blev drøftet", and a welcome numbered 0 before item 1, "0. Gæsteforelæsning
og debat … Victoria havde meldt afbud …". The heading readers turn such a line down (a numbered sentence is a list's
point as often as an item's heading). It is an item's heading, its title the first sentence, where it stands set apart
(a blank line above) and its number is one up from the heading before it, read or run on (0 or 1 before any). A line a
sentence leads into ("indstiller, at", "Følgende emner blev nævnt:") and a number that goes back under an item's
heading ("1. Meddelelse fra formanden" / "1. Afbud. …" / "2. Formandsbeslutning. …") open a list inside the item's
text: its run-on points are none until the next heading read; a first sentence with a finite verb ("1. Udvalget
godkendte sagen. Herefter …") is a sentence, and a title longer than a title is none either."""

from __future__ import annotations

import re

from graphbuild.parse.item_headings import leads_into_list
from graphbuild.parse.item_lines import ABBREVIATION, Candidate, previous_text
from graphbuild.parse.lines import Line

# "1. Title …", "2: Title …", "0. Title …": a number, a full stop or colon, a capitalised title
_RUN_ON = re.compile(r"^(?P<num>\d{1,2})\s?[.:]\s+(?P<rest>[A-ZÆØÅ][a-zæøå].*)$")
# the end of a title's first sentence: a word's full stop or a question mark before a capitalised word
_FIRST_STOP = re.compile(r"(?<=[\wæøå)])(?:\.|\?|:)\s+(?=[A-ZÆØÅ][a-zæøå])")
_LONGEST_TITLE = 150
# a finite verb makes the first sentence a sentence, no title: "1. Udvalget godkendte sagen. Herefter …", "2. Udgiften
# vedr. Skolen er afholdt af puljen. Der er …" (an auxiliary or a common verb's present or past, a past in "-ede")
_FINITE = re.compile(
    r"(?<=\s)(?:er|var|blev|bliver|har|havde|skal|skulle|kan|kunne|vil|ville|må|måtte|bør|får|fik|gik|kom|tog|gav"
    r"|godkendte|godkender|vedtog|vedtager|valgte|sendte|udsatte|[a-zæøå]{3,}ede)(?=[\s,.]|$)"
)


def _run_on(line: Line) -> Candidate | None:
    """The heading a line opens with its title's first sentence, when the line runs on after it."""
    match = _RUN_ON.match(line.clean)
    if match is None:
        return None
    rest = match["rest"]
    stop = _FIRST_STOP.search(ABBREVIATION.sub(lambda m: "#" * len(m[0]), rest))
    if stop is None:
        return None
    title = rest[: stop.start()].strip(" ,")
    if not title or len(title) > _LONGEST_TITLE or _FINITE.search(title):
        return None
    return Candidate(str(int(match["num"])), title, line, explicit=False)


def run_on_headings(lines: list[Line], candidates: list[Candidate], skip: set[int]) -> list[Candidate]:
    """The candidates with the run-on headings among their neighbours, in the text's order."""
    taken = {candidate.line.index for candidate in candidates}
    found: list[Candidate] = []
    led: set[int] = set()  # the ids of the run-on lines a sentence leads into
    for line in lines:
        if line.index in taken or line.index in skip or not line.clean[:1].isdigit():
            continue
        heading = _run_on(line)
        above = lines[line.index - 1].text.strip() if line.index > 0 else ""
        if heading is None or above:
            continue
        previous = previous_text(lines, line.index)
        if previous is not None and leads_into_list(previous.clean):
            # "indstiller, at" / "1. Byrådet godkender …. Beløbet …", "Følgende emner blev nævnt:" / "1. Afbud. …": a
            # list's first point, the points after it its own
            led.add(id(heading))
        found.append(heading)
    if not found:
        return candidates
    return _in_sequence(candidates, found, led)


def _in_sequence(candidates: list[Candidate], found: list[Candidate], led: set[int]) -> list[Candidate]:
    """The candidates with the run-on headings whose number is one up from the heading before them (read or run on;
    0 or 1 before any); a run-on number that goes back ("1. Afbud. …" under item 1) opens a list inside the item's
    text, whose later run-on points are none until the next heading read."""
    run_on = {id(heading) for heading in found}
    kept: list[Candidate] = []
    last: int | None = None
    inside = False  # a list inside an item's text is open
    for heading in sorted([*candidates, *found], key=lambda c: c.line.index):
        number = int(heading.number) if heading.number.isdecimal() else None
        if id(heading) not in run_on:
            kept.append(heading)
            last, inside = (number if number is not None else last), False
            continue
        if id(heading) in led:
            inside = True
            continue
        if number is None or inside:
            continue
        if (last is None and number in (0, 1)) or (last is not None and number == last + 1):
            kept.append(heading)
            last = number
        elif last is not None and number <= last:
            inside = True
    return kept
