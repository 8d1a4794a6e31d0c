"""The heads of labels run together on one line ("Medlemmer: Afbud: Fraværende:"), found in one pass: the same
heads as the walk back from each label that it replaced (which cost quadratic time on a text of nothing but
labels, bench_hostile's "repeated labels")."""

from __future__ import annotations

import pytest

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_labels import ListLabel, list_labels
from graphbuild.parse.attendance_lists import _run_heads, document_cues
from graphbuild.parse.attendance_rows import lowered


def _walked_back(text: str, labels: list[tuple[ListLabel, AttendanceStatus]], index: int) -> int:
    head = index
    while head > 0 and not text[labels[head - 1][0].end() : labels[head][0].start()].strip():
        previous, current = labels[head - 1][0], labels[head][0]
        if "\n" in text[previous.start() : current.end()] or not (previous["colon"] or not current["colon"]):
            break
        head -= 1
    return head


TEXTS = [
    "Medlemmer: Afbud: Fraværende: Anne Hansen, Bo Berg Ingen Ingen\n\n1. Godkendelse\n",
    "Deltagere: Afbud: Anne Hansen, Bo Berg Carl Lund\nFraværende: Dorte Holm\n\n1. Godkendelse\n",
    "Deltagere:\nAnne Hansen\nAfbud:\nBo Berg\nFraværende: Stedfortræder: Carl Lund\n",
    "Afbud: " * 50,
]


@pytest.mark.parametrize("text", TEXTS)
def test_run_heads_are_the_walked_back_heads(text: str) -> None:
    labels = list(list_labels(text, lowered(text), len(text), True, document_cues(lowered(text))))
    assert len(labels) >= 2
    heads = _run_heads(text, labels)
    assert heads == [_walked_back(text, labels, i) for i in range(len(labels))]


def test_labels_run_together_share_the_first_as_head() -> None:
    text = TEXTS[0]
    labels = list(list_labels(text, lowered(text), len(text), True, document_cues(lowered(text))))
    assert _run_heads(text, labels)[:3] == [0, 0, 0]
