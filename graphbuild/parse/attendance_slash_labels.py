"""Two words joined by a slash as one field's label, as small bodies' forms print them: "Indkaldt/tilstedeværende:"
over the names (those called were those present), "Afbud fra/fraværende:", "Mødedeltagelse / Afbud". A label
after a slash whose first word is no label heads its list by the label's status, with its colon only; a slash pair
of two labels of different statuses ("Tilstede/fraværende") is a heading of both, the list of neither."""

from __future__ import annotations

import re
from collections.abc import Collection

# a capitalised word and its slash right before a label, opening the label: "Indkaldt/" before "tilstedeværende:"
_SLASH_LEAD = re.compile(r"(?<![\w/-])[A-ZÆØÅ][a-zæøå]+/\Z")
_LEAD_REACH = 30  # how far back the word before the slash is looked for

# a slash and a word in lower case straight after a label: "/fraværende" after "Tilstede"
_SLASH_NEXT = re.compile(r"/(?P<word>[a-zæøå]+(?:[ \t]+fra)?)(?![\w])")


def label_after_slash(text: str, at: int, labels: Collection[str]) -> bool:
    """Whether the label at ``at`` (in lower case) follows a capitalised word that is none of ``labels`` and a slash,
    which open the field's label: "Indkaldt/tilstedeværende:"."""
    if at == 0 or text[at - 1] != "/":
        return False
    lead = _SLASH_LEAD.search(text, max(0, at - _LEAD_REACH), at)
    return lead is not None and lead.group(0)[:-1].lower() not in labels


def second_label_words(text: str, label_end: int) -> str | None:
    """The words after a label's slash, "fraværende" of "Tilstede/fraværende", or None."""
    m = _SLASH_NEXT.match(text, label_end)
    return " ".join(m["word"].split()) if m else None
