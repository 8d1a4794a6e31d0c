"""Item headings run into the line before them in a text that is not flattened.

A web page or a word processor's export may lose the line break before an item's heading: the heading
follows the last sentence of the item before ("Med tilføjelsen godkendtes referatet.2. Budget 2015,",
"... (måske er det gået galt mht. dagsordenen?). 1. Godkendelse af referat:"), or a short agenda is
printed on one line ("3 1. Godkendelse af dagsorden 2. Møde med ... 3. DK2020 ..."). The document's own
numbering run tells these headings from numbers inside a sentence: a number is cut from its line only
where it is the next number of the run the document's headings make (the headings that open lines, and
the numbers cut before), and only after a sentence's end, or glued to the word before it, or as one of
three or more numbers following each other on one line.
"""

from __future__ import annotations

import re

from graphbuild.parse.lines import Line

# "2. Budget 2015", "Pkt. 3 Deltagelse i ...": a heading's number opening a line, its title after it
_LINE_HEAD = re.compile(r"^\s*(?P<label>(?:Punkt|Pkt\.)\s*)?(?P<num>\d{1,3})(?(label)\.?|\.)\s*(?=[A-ZÆØÅa-zæøå])")
# a number inside a line with the title after it, after white space, a sentence's end (".", "?", "!", ")") or a
# word it is glued to ("dialogmødet6. orientering"); which of them may open a heading is asked of each. A match
# opens with "P" or a digit: the look-ahead tests that first, so the look-behinds are tried only there (half the cost)
_DIGIT = re.compile(r"\d")  # a line with no digit after its first character holds no heading run in
_INSIDE = re.compile(
    r"(?=[P\d])(?:(?<=[.?!)\s])|(?<=[a-zæøå]))(?P<head>(?P<label>(?:Punkt|Pkt\.)\s*)?(?P<num>\d{1,3})(?(label)\.?|\.))"
    r"\s*(?P<next>[A-ZÆØÅa-zæøå])"
)
# "referatet.2. Budget", "dagsordenen?). 1. Godkendelse": a sentence's end before a number; not an abbreviation's
# full stop ("Pkt. 1. Godkendelse", "ca. 3.") nor a number's ("15. 1. Økonomiske ...", "15) 1. ...": a title's own)
_SENTENCE_END = re.compile(r"(?:[^\W\d_]{4}\.|[?!]\.?|[^\d\s(]\)\.?)\s?$")
# a sentence's end is at most six characters long ("ordet. "), seven before a line break: searched for in those
# characters before the number, not from the line's start (a pattern anchored at its end is tried at every position)
_SENTENCE_END_REACH = 7
_RUN = 3  # numbers following each other on one line that make a list whatever stands before each


def run_in_cuts(lines: list[Line], long_from: int) -> dict[int, set[int]]:
    """Where, by line position, a heading run into the line before it starts (offsets in the line); lines of
    ``long_from`` characters or more are flattened pages, cut by their own rules, and only followed for the run."""
    found: dict[int, set[int]] = {}
    last = 0
    heads = [_LINE_HEAD.match(line.text) for line in lines]  # each line's opening number, matched once
    # the numbers that open lines: a run whose first heading was run in opens at a number whose next opens a line
    opening = {int(m["num"]) for m in heads if m}
    for position, (line, head) in enumerate(zip(lines, heads, strict=True)):
        text = line.text
        if head is not None:
            number = int(head["num"])
            if last == 0 or number in (1, last + 1):  # a run may open at a yearly running number ("14. ...")
                last = number
        # a number inside the line has a full stop after it or "Punkt" before it: a line with neither holds none
        if len(text) >= long_from or ("." not in text and "Punkt" not in text) or _DIGIT.search(text, 1) is None:
            continue
        inside = [m for m in _INSIDE.finditer(text) if m.start("head") > (head.end() if head else 0)]
        run = _numbered_run(inside, last)
        for match in inside:
            number = int(match["num"])
            in_run = match in run
            if not in_run and number != last + 1 and not (last == 0 and (number == 1 or number + 1 in opening)):
                continue
            at = match.start("head")
            sentence_end = _SENTENCE_END.search(text, max(0, at - _SENTENCE_END_REACH), at) is not None
            glued = text[at - 1 : at].isalpha()
            if not (in_run or ((sentence_end or glued) and (match["next"].isupper() or glued))):
                continue
            found.setdefault(position, set()).add(at)
            last = number
    return found


def _numbered_run(matches: list[re.Match[str]], last: int) -> list[re.Match[str]]:
    """The numbers of one line that follow each other from the run's next number (or from 1), three at least,
    each with a capital after it: a list printed on one line."""
    run: list[re.Match[str]] = []
    for match in matches:
        number = int(match["num"])
        if not match["next"].isupper():
            continue
        if run and number == int(run[-1]["num"]) + 1:
            run.append(match)
        elif len(run) < _RUN and number in (1, last + 1):
            run = [match]
    return run if len(run) >= _RUN else []
