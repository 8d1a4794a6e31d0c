"""The items a numbered run of items leaves out where the heading readers rejected their lines: a number in the
gap between two items of the run, or one before its first or past its last, printed in the run's form (the
same word and mark around the number, the same indentation), whose line runs its title on into its text ("3.
Kommunikationshjælp – I forlængelse af drøftelsen …", "5. Økonomien blev alle informeret om. Var ok.", "1.
Godkendelse af dagsordenen. Godkendt.") or writes it in lower case ("2. til stede" / "3. formanden"). Minutes of
associations and boards number their items so; the heading readers take such a line for a numbered sentence
of an item's text, which the run's numbering shows it is not.

Guards: the run's own numbers go up through the document in one form; a gap's lines must hold every missing number,
in order, and no other number in the run's form (a list inside an item's text starts again from 1, or numbers
past the gap); one past the last item is the first line in the run's form after it; one before the first is the
last line in the run's form before it and numbered 1 below a first item numbered 2; where the run's items hold
section headings ("Beslutning"), an item in a gap holds one too (a numbered sentence in an item's decision holds
none); a point a sentence leads into ("foreslår, at", "… orienterer om:"), a recommendation's point or a date
("at …", "5. juni") is none; a flattened page's pieces are not read."""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.parse.item_lines import TITLE_ABBREVIATION, Candidate, title_from
from graphbuild.parse.lines import Line
from graphbuild.parse.sections import heading_kind

# "3. ", "åbent 11 ", "  2) ": a word before the number (or none), the number, its mark and the text after it
# (a mark's space may be missing before a capital: "1.Godkendelse af dagsorden" / "2. Meddelelser" is one form)
_NUMBERED = re.compile(
    r"^(?P<lead>(?:[^\W\d]+\s+)?)(?P<num>\d{1,3})(?P<mark>[.)]?)(?:\s+|(?<=[.)])(?=[A-ZÆØÅ][a-zæøå]))(?P<rest>\S.*)$"
)
# "5. at godkende …", "5. juni …": a recommendation's point or a date, never an item
_NO_TITLE_START = re.compile(
    r"(?i)^(?:at|og|samt|eller|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b"
)
# where a title runs on into its text: a sentence's end before a capitalised word; in a long line, also a spaced
# dash before one or a comma set apart ("3. Kommunikationshjælp – I forlængelse af drøftelsen …", "1. Temadag om
# liturgi , Lørdag d. 30 november indkaldt af biskoppen. …")
# (or before a lettered sub-point: "3. Kirkegårdsvedtægt/takstblad. a. Kirkegårdsvedtægt: Forslag til ny tekst")
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[A-ZÆØÅ]|[a-h][.)]\s)")
_SPACED_BREAK = re.compile(r"\s+[–-]\s+(?=[A-ZÆØÅ])|\s,\s")
_WHOLE = 100  # a line this short after its number is its title whole, dashes and all ("Mødested: X - Y")
# a line that leads into a list of points: "Forvaltningen foreslår, at", "… følgende punkter:", "… orienterer om:"
# (a capitalised label ending a line, "Afbud:", "Dagsorden:", is a header's, no lead-in)
_LEADS_IN = re.compile(r"(?:,|\bat|\b[a-zæøå]+:)$")
_SHORTEST = 2  # "Evt" is a title
_LONGEST = 150  # a title cut from its text is a phrase, not a paragraph


def _form(line: Line) -> tuple[str, str, int, int] | None:
    """A numbered line's form (the word before the number, its mark, its indentation) and its number."""
    match = _NUMBERED.match(line.clean)
    if match is None:
        return None
    indent = len(line.text) - len(line.text.lstrip())
    return match["lead"].lower(), match["mark"], indent, int(match["num"])


def _title(line: Line) -> str | None:
    """The title a numbered line opens, cut where it runs on into the item's text; None for no title."""
    match = _NUMBERED.match(line.clean)
    if match is None:
        return None
    rest = match["rest"]
    masked = TITLE_ABBREVIATION.sub(lambda m: "_" * len(m[0]), rest)  # "vedr." ends no title
    sentence = _SENTENCE_END.search(masked)
    end = sentence.start() if sentence else len(rest)
    if end > _WHOLE and (spaced := _SPACED_BREAK.search(masked, 0, end)) is not None:
        end = spaced.start()
    title = title_from(rest[:end])
    if len(title) < _SHORTEST or len(title) > _LONGEST or _NO_TITLE_START.match(title) or not title[:1].isalpha():
        return None
    return title


def _in_form(lines: list[Line], form: tuple[str, str, int]) -> list[tuple[int, Line]]:
    """The lines numbered in a run's form, with their numbers."""
    out: list[tuple[int, Line]] = []
    for line in lines:
        opening = line.clean[:1]
        found = _form(line) if opening.isdigit() or (form[0] and opening.isalpha()) else None
        if found is not None and found[:3] == form:
            out.append((found[3], line))
    return out


def _gap(
    lines: list[Line], wanted: list[int], form: tuple[str, str, int], document: list[Line], sectioned: bool
) -> list[Candidate]:
    """The candidates numbered ``wanted`` in lines that hold those numbers in the form, in order, and no other;
    none when a line of them is a point of a list a sentence leads into, or, where the run's items hold section
    headings (``sectioned``), when no section heading follows it before the next numbered line."""
    numbered = _in_form(lines, form)
    if [number for number, _ in numbered] != wanted:
        return []
    if any(_led_into(line, document) for _, line in numbered):
        return []
    if sectioned:
        bounds = [line.index for _, line in numbered[1:]] + [lines[-1].index + 1]
        for (_, line), bound in zip(numbered, bounds, strict=True):
            if not any(heading_kind(other.clean) for other in document[line.index + 1 : bound]):
                return []  # a numbered sentence in an item's text: "2. Udgiften … er afholdt af puljen. …"
    out = [Candidate(str(number), title, line, explicit=False) for number, line in numbered if (title := _title(line))]
    return out if len(out) == len(wanted) else []


def _led_into(line: Line, document: list[Line]) -> bool:
    """Whether the text line before a numbered line leads into a list ("… foreslår, at", "… følgende punkter:")."""
    previous = next((other.clean for other in reversed(document[: line.index]) if other.clean), "")
    return _LEADS_IN.search(previous) is not None


def run_gap_items(chosen: list[Candidate], lines: list[Line], flattened: bool) -> list[Candidate]:
    """The chosen items with those the run's numbering leaves out added, in the document's order."""
    run = [c for c in chosen if c.number.isdecimal()]
    if flattened or len(run) < 2 or len(run) != len(chosen):
        return chosen
    if any(b.line.index <= a.line.index or int(b.number) <= int(a.number) for a, b in pairwise(run)):
        return chosen  # a list that starts again, or numbers out of the document's order: no one run
    forms = [_form(c.line) for c in run]
    if any(f is None or int(c.number) != f[3] for c, f in zip(run, forms, strict=True)):
        return chosen
    form = forms[0][:3] if forms[0] else None
    if form is None or any(f is None or f[:3] != form for f in forms):
        return chosen
    # the run's items hold section headings ("Beslutning"): an item in a gap holds one too
    sectioned = any(heading_kind(line.clean) for line in lines[run[0].line.index + 1 : run[-1].line.index])
    added: list[Candidate] = []
    for a, b in pairwise(run):
        wanted = list(range(int(a.number) + 1, int(b.number)))
        if wanted:
            added.extend(_gap(lines[a.line.index + 1 : b.line.index], wanted, form, lines, sectioned))
    last = run[-1]
    after = _in_form(lines[last.line.index + 1 :], form)
    following: list[Line] = []
    for number, line in after:
        if number != int(last.number) + 1 + len(following):
            break
        following.append(line)
    if following:  # the first lines in the form after the last item, numbered on from it
        wanted = list(range(int(last.number) + 1, int(last.number) + 1 + len(following)))
        end = after[len(following)][1].index if len(after) > len(following) else len(lines)
        added.extend(_gap(lines[last.line.index + 1 : end], wanted, form, lines, sectioned))
    if run[0].number == "2":
        before = _in_form(lines[: run[0].line.index], form)
        if before and before[-1][0] == 1:
            added.extend(_gap(lines[before[-1][1].index : run[0].line.index], [1], form, lines, sectioned))
    if not added:
        return chosen
    return sorted([*chosen, *added], key=lambda c: c.line.index)
