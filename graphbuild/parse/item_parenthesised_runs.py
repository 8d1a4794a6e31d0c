"""Items numbered "N) Titel", the one reader of that form: a line over its item's section heading or case label
("1) Godkendelse af dagsorden" / "Beslutning"), and three or more such lines whose numbers go up by one ("208)
Godkendelse af dagsorden", "209) Spørgetid", "210) Økonomiske nøgletal ...") whatever stands below each (its text,
a decision, the title again). A recommendation's "1) at ..." opens in lower case and is none, nor a line of a run led
into by a sentence ("Direktionen indstiller, at" / "1) Budgettet godkendes"), whatever stands below it; a contents
list and the items under it make two runs, read as any listed contents."""

from __future__ import annotations

import re

from graphbuild.parse.item_headings import LEADS_IN
from graphbuild.parse.item_lines import ITEM_LABEL, SENTENCE_BREAK, Candidate, flat_title, next_text, previous_text
from graphbuild.parse.item_unnumbered import opens_item_text
from graphbuild.parse.lines import Line
from graphbuild.vocab.sentence_abbreviations import split_sentences

PARENTHESISED = re.compile(r"^(?P<num>\d{1,3})\)\s+(?P<title>[A-ZÆØÅ][\wæøå].{2,150})$")
# a piece of a flattened page that opens with "N) Titel" (``item_parenthesised_flat`` cut it there): its title runs on
# into its text, cut where the text begins
_FLAT_PARENTHESISED = re.compile(r"^(?P<num>\d{1,3})\)\s+(?P<title>[A-ZÆØÅ][\wæøå].{2,})$")
_TITLE_LENGTH = 150
_STOP = re.compile(r"\.\s+(?=[A-ZÆØÅ])")  # "DSF’s Årsmøde. Marie fremlægger …": the title's first sentence ends it
_RUN_LENGTH = 3  # two lines numbered one after the other may be two points of a list; three in order make a run


def parenthesised_runs(
    lines: list[Line], segmented: frozenset[int] | set[int] = frozenset()
) -> tuple[dict[int, Candidate], set[int]]:
    """The "N) Titel" item headings by line index: those over their item's text, and those of runs numbered up by
    one (each line joins the latest run whose last number is one below its own: a list interrupted by text goes on,
    else starts a run). And the indexes of the lines of runs a sentence leads into: points of a list, never items."""
    runs: list[list[Candidate]] = []
    points: set[int] = set()  # the runs (by position) a sentence leads into
    headed: dict[int, Candidate] = {}  # the lines over their item's section heading or case label
    for line in lines:
        cleaned = line.clean
        if not cleaned[:1].isdigit() or ")" not in cleaned[:4]:
            continue
        if line.index in segmented:  # a flattened page's piece: its title runs on into its text
            match = _FLAT_PARENTHESISED.match(cleaned)
            title = _flat_title(match["title"]) if match is not None else ""
        else:
            match = PARENTHESISED.match(cleaned)
            title = match["title"] if match is not None else ""
        if match is None or SENTENCE_BREAK.search(title) or len(title) > _TITLE_LENGTH:
            continue
        candidate = Candidate(str(int(match["num"])), title, line, explicit=False)
        if _over_item_text(lines, line):
            headed[line.index] = candidate
        if title.endswith((",", ";", ":")):
            continue  # "3) Ansøgning om medlemskab fra foreningen,": a clause that goes on, no title of a run
        number = int(match["num"])
        run = next((run for run in reversed(runs) if int(run[-1].number) == number - 1), None)
        if run is not None:
            run.append(candidate)
            continue
        if _led_into(lines, line):
            points.add(len(runs))
        runs.append([candidate])
    led = {c.line.index for k in points for c in runs[k]}
    items = {c.line.index: c for k, run in enumerate(runs) if len(run) >= _RUN_LENGTH and k not in points for c in run}
    items.update((index, c) for index, c in headed.items() if index not in led and index not in items)
    return items, led


def _over_item_text(lines: list[Line], line: Line) -> bool:
    """Whether a section heading that opens an item's text or a case label stands on the next lines."""
    below = next_text(lines, line.index, reach=3)
    return below is not None and (opens_item_text(below.clean) or ITEM_LABEL.match(below.clean) is not None)


def _led_into(lines: list[Line], line: Line) -> bool:
    """Whether the line before ends a sentence leading into a list: "Direktionen indstiller, at", "Følgende
    tidspunkter er aftalt:" (a heading with a colon, "Dagsorden:", leads into none)."""
    above = previous_text(lines, line.index)
    if above is None:
        return False
    text = above.clean.rstrip()
    return (text.endswith((":", ",")) or text.lower().endswith(" at")) and LEADS_IN.search(text) is not None


def _flat_title(raw: str) -> str:
    """A flattened piece's title: its first sentence (an abbreviation's full stop ends none), cut where its text
    begins."""
    return flat_title(split_sentences(_STOP, raw, maxsplit=1)[0]).rstrip(". ")
