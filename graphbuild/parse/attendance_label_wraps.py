"""A label of two or more words a line break split ("Derudover\n\ndeltog:", "Fraværende med\nafbud:") joined
onto one line before the labels are read, offsets kept."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_labels import LABEL_STATUSES

# a label of two or more words a line break split, a blank line perhaps between ("Derudover\n\ndeltog:", "Fraværende
# med\nafbud:"): its first words alone on their line, the rest opening the next with the label's colon
_SPLITS = {
    (" ".join(words[:k]), " ".join(words[k:])) for words in map(str.split, LABEL_STATUSES) for k in range(1, len(words))
}
# any short line of words then a line opening with words and a colon, the pair then looked up in the splits: a
# character class scans faster than an alternation of the 34 first words at every line break
_HEAD_FIRST = "".join(sorted({head[0] for head, _ in _SPLITS} | {head[0].upper() for head, _ in _SPLITS}))
_WRAPPED_BODY = (
    rf"[ \t]*(?P<head>[{_HEAD_FIRST}][a-zæøå]*(?:[ \t][a-zæøå]+){{0,3}})[ \t]*(?P<breaks>\n(?:[ \t]*\n)?)"
    r"[ \t]*(?P<rest>[A-Za-zÆØÅæøå][a-zæøå]*(?:[ \t][a-zæøå]+){0,3})[ \t]*:"
)
_WRAPPED_LABEL = re.compile(rf"\n{_WRAPPED_BODY}")
_WRAPPED_LABEL_FIRST = re.compile(_WRAPPED_BODY)  # on the text's first line


def wrapped_labels_joined(text: str) -> str:
    """``text`` with a label a line break split joined onto one line ("Derudover\n\ndeltog: A, B" →
    "Derudover  deltog: A, B"), offsets kept: the breaks become spaces."""
    if "\n" not in text:
        return text
    pieces: list[str] = []
    last = 0
    first = _WRAPPED_LABEL_FIRST.match(text)
    for m in [*([first] if first else []), *_WRAPPED_LABEL.finditer(text)]:
        if (
            m.start("breaks") < last
            or (" ".join(m["head"].lower().split()), " ".join(m["rest"].lower().split())) not in _SPLITS
        ):
            continue
        pieces += [text[last : m.start("breaks")], " " * len(m["breaks"])]
        last = m.end("breaks")
    return "".join(pieces) + text[last:] if pieces else text
