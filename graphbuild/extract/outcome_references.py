"""An item of minutes whose whole record is a reference to elsewhere ("Se formandens beretning", "Se referatet fra
lokalrådsmødet 2. februar 2017", "Høringssvar, se bilag", the item line "1. Meddelelser Se andre pkt."): no record of
this meeting's talk nor a verdict. Read by `outcomes`: under an information item's title the report referred to was
given, noted (as "Formanden henviser til beretningen" is); under any other title no decision text, none.
"""

from __future__ import annotations

import re

from graphbuild.extract.decision_rules import first_form

# the record: "Se …" or "Jf. …", after a word and a comma at most ("Høringssvar, se bilag"), on one line; the word
# after "se" no verb's particle or question of an action ("Se på mulighederne", "Se frem til", "Se om …")
_REFERENCE = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå-]*,[ \t]+)?(?:[Ss]e|[Jj]f\.?|[Jj]ævnfør)[ \t]+"
    r"(?!(?:på|frem|efter|til|om|ud|hvad|hvordan|hvor|nærmere\s+på)\b)[\wæøå][^\n]*$"
)
# the item line's reference after its heading, kept in the title by parse ("Meddelelser Se andre pkt."): "Se"
# capitalised after a word, a lower-case word after it, at the title's end
_REFERENCE_IN_TITLE = re.compile(r"(?<=\S)[ \t]+(?:Se|Jf\.?)[ \t]+(?!(?:på|frem|efter|til|om|ud)\b)[a-zæøå][^\n]*$")
# a reference is a few words: "Se referatet fra lokalrådsmødet 2. februar 2017" is seven
_MOST_WORDS = 8


def reference_only(record: str) -> bool:
    """Whether the record is one reference to elsewhere and nothing else: one line of eight words at most, opening
    "Se"/"Jf." (after a word and a comma at most), no verdict form in it."""
    text = record.strip()
    return (
        bool(text)
        and len(text.split()) <= _MOST_WORDS
        and _REFERENCE.match(text) is not None
        and first_form(text) is None
    )


def heading_before_reference(title: str) -> str | None:
    """The item line's heading before a reference kept in its title ("Meddelelser" of "Meddelelser Se andre pkt"),
    or None where the title holds none (at most eight words of reference, no verdict form in it)."""
    found = _REFERENCE_IN_TITLE.search(title)
    if found is None or len(found[0].split()) > _MOST_WORDS or first_form(found[0]) is not None:
        return None
    return title[: found.start()]
