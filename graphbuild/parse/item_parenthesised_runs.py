"""Items numbered "N) Titel" read from the document's own numbering: three or more such lines whose numbers go up by
one ("208) Godkendelse af dagsorden", "209) Spørgetid", "210) Økonomiske nøgletal ...") number the items, whatever
stands below each (its text, a decision, the title again, a section heading). A recommendation's "1) at ..." opens
in lower case and is none; a contents list and the items under it make two runs, read as any listed contents."""

from __future__ import annotations

import re

from graphbuild.parse.item_lines import SENTENCE_BREAK, Candidate
from graphbuild.parse.lines import Line

PARENTHESISED = re.compile(r"^(?P<num>\d{1,3})\)\s+(?P<title>[A-ZÆØÅ][\wæøå].{2,150})$")
_RUN_LENGTH = 3  # two lines numbered one after the other may be two points of a list; three in order make a run


def parenthesised_runs(lines: list[Line]) -> dict[int, Candidate]:
    """The "N) Titel" lines of runs numbered up by one, by line index: each line joins the latest run whose last
    number is one below its own (a list interrupted by text goes on), else starts a run."""
    runs: list[list[Candidate]] = []
    for line in lines:
        cleaned = line.clean
        if not cleaned[:1].isdigit() or ")" not in cleaned[:4]:
            continue
        match = PARENTHESISED.match(cleaned)
        if match is None or SENTENCE_BREAK.search(match["title"]):
            continue
        candidate = Candidate(str(int(match["num"])), match["title"], line, explicit=False)
        number = int(match["num"])
        run = next((run for run in reversed(runs) if int(run[-1].number) == number - 1), None)
        if run is None:
            runs.append([candidate])
        else:
            run.append(candidate)
    return {c.line.index: c for run in runs if len(run) >= _RUN_LENGTH for c in run}
