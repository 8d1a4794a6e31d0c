"""Which body a decision heading names, set against the meeting's body (issue 12 item 6): "Beslutning i Byrådet den
29-01-2020", "Forretningsudvalgets beslutning den 8. november 2022", "Beslutning fra Teknik- og Miljøudvalget, 9.
september 2025, pkt. 74", "Social og Sundhed, 6. januar 2020, pkt. 123". Read by ``outcome_decision``, which takes the
decision headed by this meeting's body where several are printed and the dates do not choose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphbuild.extract.decision_rules import first_form
from graphbuild.models import Section
from graphbuild.vocab.bodies import ends_in_body_noun

# the heading's word before the body's name: "Beslutning i", "BESLUTNING:", "Beslutning fra", "Afgørelse"
_LEAD = re.compile(r"(?i)\s*(?:(?:beslutning(?:er)?|afgørelse)\b\s*:?\s*(?:(?:i|fra)\s+)?)?")
# where the body's name ends: its date ("den 3. maj", ", 31.10.2016", a digit), its meeting ("s møde den",
# "beslutning i mødet"), a weekday, the period it sits in ("(18-21)", "2018-2021"), a colon
_NAME_END = re.compile(
    r"(?i)(?:[,:(]|\d|\bden\b|\bd\.|\bmøde(?:t)?\b|\bbeslutning(?:er)?\b|\b(?:man|tirs|ons|tors|fre|lør|søn)dag\b)"
)
# the date right after the body's name, as a dated decision line prints it ("Byrådet, 22.11.2016", "Økonomiudvalget den
# 3. maj 2019", "Folkeoplysningsudvalget (18-21) den 27-02-2018", "Byrådet 9. oktober 2018")
_DATE_AFTER = re.compile(
    r"(?i)\s*(?:\(\d{2,4}\s*[-–]\s*\d{2,4}\)\s*|\d{4}\s*[-–]\s*\d{2,4}\s+)?(?:,\s*|(?:den|d\.)\s+)?"
    r"(?:[a-zæøå]+dag\s+(?:den\s+)?)?(?:\d{1,2}[.\-/]\s?\d{1,2}[.\-/]\d{2,4}|\d{1,2}\.\s*[a-zæøå]+\s+\d{4})"
)
_NAME_WORDS = 8
_WORD = re.compile(r"[^\W\d_]+")
_LINKING = frozenset({"og", "i", "for", "af", "til", "det", "den", "de"})
# the endings one body's name takes: "Udvalg", "Udvalget", "Udvalgets"; "Bestyrelse", "Bestyrelsen(s)"
_ENDINGS = frozenset({"", "s", "t", "et", "ets", "en", "ens", "n", "ns", "e", "es", "ne", "nes"})
# a municipality's council by either of its names: the Byråd is the Kommunalbestyrelse
_COUNCIL = {"kommunalbestyrelse": "byråd", "kommunalbestyrelsen": "byråd", "kommunalbestyrelsens": "byråd"}


def _words(name: str) -> list[str]:
    words = (word.lower() for word in _WORD.findall(name))
    return [_COUNCIL.get(word, word) for word in words if word not in _LINKING]


def _same_word(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in _ENDINGS and len(short) >= 3


def _within(few: list[str], many: list[str]) -> bool:
    return all(any(_same_word(word, other) for other in many) for word in few)


def heading_body(heading: str) -> str | None:
    """The body a decision heading names ("Beslutning i Økonomiudvalget den 3. maj 2019": "Økonomiudvalget"), or None
    when it names none ("Beslutning", "Referat"): a name ending in a body's noun, or any name its date follows."""
    lead = _LEAD.match(heading)
    rest = heading[lead.end() if lead else 0 :]
    end = _NAME_END.search(rest)
    cut = end.start() if end else len(rest)
    name = " ".join(rest[:cut].split()).strip(" -–")
    # a name, not the decision run on after the word ("Beslutning Sagen oversendes til Byrådet"): capitalised, a few
    # words, no verdict form
    if not _words(name) or not name[0].isupper() or len(name.split()) > _NAME_WORDS or first_form(name) is not None:
        return None
    return name if ends_in_body_noun(name) or _DATE_AFTER.match(rest, cut) else None


def names_this_body(heading: str, body: str | None) -> bool | None:
    """True when the heading names the meeting's body, False when it names another body, None when it names none or
    the meeting's body is not known."""
    named = heading_body(heading)
    if named is None or not body:
        return None
    heading_words, body_words = _words(named), _words(body)
    if not body_words:
        return None
    return _within(heading_words, body_words) or _within(body_words, heading_words)


def this_body_first(sections: Sequence[Section], body: str | None) -> list[Section]:
    """The decision sections the meeting's own is chosen from: where several are printed and one is headed by this
    meeting's body, those headed by another body are left out ("Beslutning i Byrådet den …" taken, "Beslutning i
    Økonomiudvalget den …" left, whichever is printed last); else all of them."""
    if body is None or len(sections) < 2:
        return list(sections)
    named = [names_this_body(section.heading, body) for section in sections]
    if True not in named:
        return list(sections)
    return [section for section, this in zip(sections, named, strict=True) if this is not False]


def this_body_heading(headings: Sequence[str], body: str | None) -> int | None:
    """Of the decision headings an item's text prints in turn ("Beslutning i Byrådet den :", then "Beslutning i
    Økonomiudvalget den :"), the last one naming this meeting's body where the last heading names another body;
    None where the last is to be read (it names this body or none, or no heading names this body)."""
    # the last heading read first: where it names this body or none (nearly every item), no other is read
    if len(headings) < 2 or not body or names_this_body(headings[-1], body) is not False:
        return None
    return next((k for k in range(len(headings) - 2, -1, -1) if names_this_body(headings[k], body)), None)
