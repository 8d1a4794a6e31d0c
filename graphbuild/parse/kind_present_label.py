"""Whether a document records who came to the meeting under a label that says they were there: "Til stede:",
"Tilstede var:", "Tilstedeværende:", "Fremmødte:", "Deltog:", "Mødte:", over the names, or the groups a club's
meeting lists ("Tilstede: Fodbold, Håndbold, Gymnastik …"). An agenda names whom it summons ("Deltagere:",
"Medlemmer:"); the guards reject what an agenda may still print under these words: an empty field, the next label
right after it ("Til stede:" / "Afbud:"), who is expected ("Forventet til stede: …", "Inviteret til stede: …"),
and who attends one item ("Til stede under punkt 3: …", no label of its own)."""

from __future__ import annotations

import re

from graphbuild.vocab.near import finditer_near

_WORDS = ("stede", "fremmødt", "deltog", "mødte")
# the label, then (on its line or one of the next two) a capitalised word that is no label of its own
_PRESENT = re.compile(
    r"(?i)(?<![\w-])(?:til[ \t]*stede(?:[ \t]+var)?|tilstedeværende|fremmødte|fremmødt|deltog|mødte)[ \t]*:"
    r"[ \t]*(?:\n[ \t]*){0,2}(?-i:[A-ZÆØÅ])(?![\wæøå-]*[ \t]*:)"
)
_REACH = 60  # the label, "var", a colon and up to two line breaks before the first name
# who is expected or invited, not who came: "Forventet til stede:", "Inviteret til stede:"
_EXPECTED = re.compile(r"(?i)\b(?:forvent\w*|inviter\w*|indbud\w*|indkald\w*|ventes|skal|vil)[ \t]+$")
_BEFORE_REACH = 30


def expected_before(text: str, at: int) -> bool:
    """Whether the label at ``at`` says who is expected or invited, "Forventet til stede:", not who came: the
    words before it on its line."""
    line_start = text.rfind("\n", 0, at) + 1
    return _EXPECTED.search(text[max(line_start, at - _BEFORE_REACH) : at]) is not None


def present_label(text: str) -> bool:
    """Whether the text lists who came under a label saying they were present, not an empty or expected field."""
    body = text[:30000]
    return any(not expected_before(body, match.start()) for match in finditer_near(_PRESENT, body, _WORDS, _REACH))
