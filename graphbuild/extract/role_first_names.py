"""A known first name printed alone, read as a person's name where its clause states a post with it (read by
`roles`): an association's or a council's minutes name their own officers by their first names ("Jørgen valgt som
referent", "Lisbet valgt som mødeleder og Mogens som ordstyrer", "Carina fortsætter som revisor", "Bjarke er
stoppet som sekretær for Udsatterådet"). The name is the fuller spelling the document prints when it names one
person so ("Preben blev valgt som referent" beside "Preben Skovbjerg"); a first name two printed names share names
no one. Never a word of a longer name ("Poul Erik blev valgt"), never a member's seat (the member readers')."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from graphbuild.extract.mentions import Mention
from graphbuild.extract.name_words import is_first_name
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_patterns import SEATS
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES, finditer_in_windows, lines_holding, lowered
from graphbuild.vocab.text_runs import runs_after, runs_back

# the post stated right after the name: elected to it, kept on in it, or left ("er stoppet som sekretær")
_STATED = (
    r"(?:[ \t]+(?:er|blev|bliver|var))?[ \t]+(?:(?:gen|ny)?valgt|fortsætter|fortsatte|(?:er[ \t]+)?stoppet|stopper)"
    r"[ \t]+(?:som|til)[ \t]+"
)
# … or the next name of an election's list: "Lisbet valgt som mødeleder og Mogens som ordstyrer"
_LISTED = r"[ \t]+som[ \t]+"
_SEAT = rf"(?:ny[ \t]+|nyt[ \t]+)?(?:[1-9]\.[ \t]+)?(?!medlem)(?:{SEATS})(?![\wæøå-])"
LONE_NAME = re.compile(
    r"(?<![\wæøå.&/-])(?P<name>(?-i:[A-ZÆØÅ])[a-zæøå]+(?:-(?-i:[A-ZÆØÅ])[a-zæøå]+)?)"
    rf"(?:(?={_STATED}{_SEAT})|(?P<listed>(?={_LISTED}{_SEAT})))",
    re.IGNORECASE,
)
# what stands before the next name of an election's list: "… valgt som mødeleder og "
_LIST_BEFORE = re.compile(r"valgt[ \t]+(?:som|til)[ \t]+[^.;:\n]{1,40}?(?:,|[ \t]og)[ \t]+$", re.IGNORECASE)
# a capitalised word or an initial right before on the line: the name is a longer name's last word ("Poul Erik",
# "Hans J. Berg"); a sentence's full stop before it is no initial ("4. Meddelelser. Bjarke er stoppet som …")
_CAPITAL_BEFORE = re.compile(r"(?<![\wæøå])(?-i:[A-ZÆØÅ])(?:\.|[\wæøå-]*)[ \t]+$")
# the verbs' words (lower case) one of which stands on a kept name's line: _STATED's verb follows the name over
# spaces and tabs only, and a listed name is kept only after _LIST_BEFORE's "valgt" on its line (or at the end of
# the line before, which `$` reads before a newline); the seat may run on over the next lines (SEATS' "\s+")
_VERB_WORDS = ("valgt", "fortsætter", "fortsatte", "stoppe")
_RUNS_PAST_LINE = 10  # a listed name opening the next line, "som", "ny", "1." and a seat of up to four runs


_NAME_RUNS_BEFORE = 4  # the name, an auxiliary ("blev") and "er" before "stoppet", and the verb's own run ("genvalgt")
_LISTED_REACH = 80  # a listed name stands within the 80 characters after "valgt" that _LIST_BEFORE is searched in


def _verb_windows(text: str, low: str) -> list[tuple[int, int]]:
    """Around each verb's word on a line holding one: from the name's run before it (``_STATED`` reads the name, an
    auxiliary and the verb over blanks only) to ``_RUNS_PAST_LINE`` runs past the last place a name listed after
    "valgt" may start (``_LIST_BEFORE`` reads the 80 characters before it), each within the line's own window (the
    line, and the runs past its end the look-ahead reads): a flattened page's line of thousands of characters is
    searched only near its verbs."""
    windows: list[tuple[int, int]] = []
    for line_start, line_end in lines_holding(text, low, _VERB_WORDS):
        line_window_end = min(len(text), runs_after(text, line_end, _RUNS_PAST_LINE) + 1)
        for word in _VERB_WORDS:
            at = low.find(word, line_start, line_end)
            while at >= 0:
                start = runs_back(text, at, _NAME_RUNS_BEFORE, line_start)
                end = min(line_window_end, runs_after(text, at + _LISTED_REACH, _RUNS_PAST_LINE) + 1)
                windows.append((start, end))
                at = low.find(word, at + 1, line_end)
    return windows


def _lone_name_matches(text: str) -> Iterator[re.Match[str]]:
    """``LONE_NAME.finditer(text)``'s matches that can be kept: searched only near the verbs' words (`_verb_windows`,
    on the text lowered once) and the runs after them its look-ahead reads; a text holding a letter the case-blind
    pattern reads otherwise than ``str.lower`` ("ſ") is searched whole."""
    low = lowered(text)
    if any(char in low for char in CASE_BLIND_LOOKALIKES):
        return LONE_NAME.finditer(text)
    return finditer_in_windows(LONE_NAME, text, _verb_windows(text, low))


def with_lone_first_names(text: str, people: list[PersonMention], mentions: list[Mention]) -> list[PersonMention]:
    """`people` and each known first name printed alone with a post stated after it that nothing found overlaps,
    named by the one fuller name the document gives that first name, if any; sorted by start."""
    if "som" not in text:
        return people
    taken = sorted([(p.start, p.end) for p in people] + [(m.start, m.end) for m in mentions])
    starts = [a for a, _ in taken]
    fuller: dict[str, set[str]] = {}
    for p in people:
        fuller.setdefault(p.name.split()[0], set()).add(p.name)
    added: list[PersonMention] = []
    for match in _lone_name_matches(text):
        name, start, end = match["name"], match.start(), match.end()
        if not is_first_name(name) or _CAPITAL_BEFORE.search(text, max(0, start - 40), start):
            continue
        if match["listed"] is not None and not _LIST_BEFORE.search(text, max(0, start - 80), start):
            continue
        index = bisect_left(starts, end)
        if any(a < end and start < b for a, b in taken[max(0, index - 8) : index]):
            continue
        spellings = fuller.get(name, set())
        if len(spellings) > 1:
            continue  # two people the document names by this first name: which one is not said
        added.append(PersonMention(start, end, next(iter(spellings)) if spellings else name))
    return sorted([*people, *added], key=lambda p: p.start) if added else people
