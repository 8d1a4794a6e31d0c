"""A header's labels a PDF's text layer put one after another before their values ("Mødested: Deltagere:
Fraværende: Referent: Dronningeværelset, det gamle rådhus Lisbet Rosendahl, Mads Sørensen, … Erhardt Jull Ingen
Pia Koch Hauge"): the table's label column came out first, then its value column. The comma list of names
among the values is the list of those present; what follows its last entry is the later labels' values (the
absent, the referent), so only the comma list is read. Among the later labels one is another field's (a
referent's, a place's); when all are attendance labels the header is a two-column one, read elsewhere."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_labels import status_of_label
from graphbuild.parse.attendance_merge import name_key
from graphbuild.parse.attendance_names import read_name, split_run
from graphbuild.parse.attendance_rows import Row
from graphbuild.vocab.person_names import PARTY

# one or more labels, each a capitalised word or two and a colon, with nothing between them ("Fraværende:
# Referent:"), right after the list's own label; on one line or one a line (a PDF's plain text), no blank line; a
# header printing its labels in capitals prints them all so ("DELTAGERE: FRAVÆRENDE: REFERENT:")
_LABEL_WORDS_ONE = r"(?:[A-ZÆØÅ][a-zæøå]+(?:[ \t][a-zæøå]+)?|[A-ZÆØÅ]{2,}(?:[ \t][A-ZÆØÅ]{2,})?)"
# (the blanks before and after a line break read once each, "[ \t]*+(?:\n[ \t]*+)?": as "[ \t]*\n?[ \t]*", two runs side
# by side, a line of blanks after a label was shared between them every way; the same strings)
_LABEL_RUN = re.compile(rf"(?:[ \t]*+(?:\n[ \t]*+)?{_LABEL_WORDS_ONE}\.?:)+[ \t]*+(?:\n[ \t]*+)?")
_LABEL_WORDS = re.compile(r"([^\s:][^:]*?):")
_VALUES = 600  # the values of a header's table, the place's words before the names
_FEWEST = 3  # a comma list of this many names says it is the list, not a place's words


def stacked_values(text: str, label_end: int, *, closes_run: bool = False) -> list[Row]:
    """The names of the comma list among the values after a run of labels that starts at ``label_end``; with
    ``closes_run``, the label ending at ``label_end`` is the last of its run ("Mødested: Afbud fra: Fraværende:
    Mødedeltagere: <place> Ingen. A, B, C"): the values start there, and its list is the last of them."""
    run = None if closes_run else _LABEL_RUN.match(text, label_end)
    if not closes_run and (
        run is None or all(status_of_label(label.rstrip(".")) for label in _LABEL_WORDS.findall(run.group(0)))
    ):
        return []  # "Medlemmer: Afbud: <place> A, B, C D, E": a two-column header, read by attendance_two_columns
    start = run.end() if run is not None else label_end
    stop = text.find("\n\n", start, start + _VALUES)
    stop = start + _VALUES if stop < 0 else stop
    stop = min(stop, len(text))
    labels = _LABEL_WORDS.findall(run.group(0)) if run is not None else []
    statuses = {status_of_label(label.rstrip(".")) for label in labels}
    comma = text.find(",", start, stop)
    while comma >= 0:
        # the name just before a comma opens the list, the place's words before it left out ("Dronningeværelset,
        # det gamle rådhus Lisbet Rosendahl, …"); a name whose first name the lists know, so no place word starts it
        hits = split_run(text, start, comma)
        party = PARTY.match(text, hits[-1].end, comma) if hits else None  # "Ole Berg (A), …"
        if hits and not text[party.end() if party else hits[-1].end : comma].strip():
            rows = _comma_list(text, hits[-1].start, stop)
            if rows:
                if "absent" in statuses:
                    _absent_repeated(text, rows, stop)
                return rows
        start, comma = comma + 1, text.find(",", comma + 1, stop)
    return []


def _comma_list(text: str, pos: int, stop: int) -> list[Row]:
    """Names each followed by a comma from ``pos``, and the name after the last comma, when there are at least
    ``_FEWEST`` of them and nothing else between them."""
    rows: list[Row] = []
    while True:
        hit = read_name(text, pos, stop)
        if hit is None or hit.start != pos:
            break
        after = hit.rest_start
        if text[after : after + 1] != ",":
            break
        two = split_run(text, hit.start, hit.end)
        if len(two) > 1 and two[0].start == hit.start:
            # "…, Erhardt Jull Ole Berg, Lis Holm Pia Koch Hauge": the list's last entry run on into the next
            # label's comma list; the list ends with its first name
            rows.append(Row(two[0].name, "present", two[0].start, two[0].end))
            return rows if len(rows) >= _FEWEST else []
        rows.append(Row(hit.name, "present", hit.start, hit.end, party=hit.party))
        pos = after + 1
        while pos < stop and text[pos] in " \t\n":
            pos += 1
    if len(rows) + 1 < _FEWEST:
        return []
    last = split_run(text, pos, stop)  # "Erhardt Jull Ingen Pia Koch Hauge": the last entry, then other values
    if last and last[0].start == pos:
        rows.append(Row(last[0].name, "present", last[0].start, last[0].end))
    return rows if len(rows) >= _FEWEST else []


def _absent_repeated(text: str, rows: list[Row], stop: int) -> None:
    """A name after the list's last entry that repeats one of the list is the absence label's value: the list
    named every member, the next value the absent one ("A, B, C D B Pia Koch Hauge": B is absent)."""
    listed = {name_key(row.name): row for row in rows}
    for hit in split_run(text, rows[-1].end, stop):
        row = listed.get(name_key(hit.name))
        if row is not None and row is not rows[-1]:
            row.status = "absent"
