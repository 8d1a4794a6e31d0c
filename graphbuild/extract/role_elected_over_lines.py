"""The names listed on the lines under a line announcing an election, read by `role_board_elections`: "De valgte
er", "På valgforsamlingen … blev følgende valgt til menighedsrådet i Vor Frue Sogn:", "Kandidaterne, der blev valgt,
er i alfabetisk rækkefølge:", "Som stedfortrædere blev valgt:" (a line ending in its colon, or a short one alone),
over a line of names joined by commas and "og", one name a line, or a list's entries each opening with a name; each
the seat the line names (a substitute's, else `medlem`) in the body the line names after its "til", else the body
the text is about there. Never under a line with a name of its own, a hedge, a denial, an auditor, a post's word
("Som formand blev valgt:"), nor a proposal, nor a group label right under an entry's name ("NAME\nUdpeget af DA",
the caption of who appointed that member, `vocab.group_labels`)."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_elected_names import TAIL, names_after
from graphbuild.extract.role_facts import Target
from graphbuild.extract.role_member_appositions import body_after
from graphbuild.extract.role_posts import proposed
from graphbuild.vocab.group_labels import is_group_label

# a line that announces an election over the names elected, on the lines below it: "De valgte er", "På
# valgforsamlingen … blev følgende valgt til menighedsrådet i Vor Frue Sogn:", "Kandidaterne, der blev valgt, er i
# alfabetisk rækkefølge:", "Som stedfortrædere blev valgt:" (a line ending in its colon, or a short one alone)
ELECTED_OVER = re.compile(r"(?<![\wæøå])(?:(?:gen|ny)?valgt(?:e|es)?|(?:gen)?udpeget)(?![\wæøå])", re.IGNORECASE)
ELECTED_OVER_SHORT = 40
# the line's own words that say the list is no seat as elected: a hedge, a denial, an auditor; a post the line
# names, whose holder is the title readers' ("Som formand blev valgt:", "Valgt som dirigent:")
NOT_ELECTED_OVER = re.compile(
    r"(?<![\wæøå])(?:ikke|hvis|skal|kan|revisor(?:er)?|kandidatliste)(?![\wæøå])|"
    r"formand|forperson|kasserer|sekretær|dirigent|referent|ordstyrer|stemmetæller|observatør",
    re.IGNORECASE,
)
# the line's body after its "til": "valgt til menighedsrådet i Vor Frue Sogn:"
BODY_IN_LINE = re.compile(r"(?<![\wæøå])til[ \t]+(?=\S)", re.IGNORECASE)
# a list's entry marker on its line: "  • ", "- "
BULLET = re.compile(r"[ \t]*(?:[•*-][ \t]+)?")
ENTRY_MARK = re.compile(r"[•*-]")


def elected_over_lines(
    text: str, lower: str, people: list[PersonMention], starts: list[int], mentions: list[Mention], chairs: ChairOf
) -> list[tuple[list[PersonMention], Target, str]]:
    """The names listed on the lines under a line announcing an election ("De valgte er", "… blev følgende valgt
    til menighedsrådet i X:"), each the seat the line names (a substitute's, else `medlem`) in the body the line
    names after its "til", else the body the text is about there: a line of names joined by commas and "og", one
    name a line, or a list's entries each opening with a name."""
    out: list[tuple[list[PersonMention], Target, str]] = []
    lines: set[int] = set()
    for word in ("valgt", "udpeget"):
        at = lower.find(word)
        while at >= 0:  # each line once, from its first such word on (a search resumed at the line's end)
            lines.add(text.rfind("\n", 0, at) + 1)
            line_end = text.find("\n", at)
            at = lower.find(word, line_end) if line_end >= 0 else -1
    for line_start in sorted(lines):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].strip()
        if not (line.endswith(":") or (len(line) <= ELECTED_OVER_SHORT and not line.endswith("."))):
            continue
        if not ELECTED_OVER.search(line) or NOT_ELECTED_OVER.search(line) or proposed(text, line_start):
            continue
        if bisect_left(starts, line_start) != bisect_left(starts, line_end):
            continue  # a name on the announcing line itself: a sentence the other passes read
        if is_group_label(line) and _under_a_name(text, starts, line_start):
            continue  # "NAME\nUdpeget af DA": the caption of the entry above, no announcement over the names below
        names = _names_below(text, people, starts, line_end)
        if not names:
            continue
        folded = line.lower()
        seat = "stedfortræder" if "stedfortræder" in folded else "suppleant" if "suppleant" in folded else "medlem"
        into = BODY_IN_LINE.search(text, line_start, line_end)
        body = body_after(text, into.end(), mentions, chairs) if into is not None else None
        out.append((names, body or chairs(line_start) or chairs.last_named(line_start) or chairs.unnamed, seat))
    return out


def _names_below(text: str, people: list[PersonMention], starts: list[int], pos: int) -> list[PersonMention]:
    """The names listed from the first line after pos that is not blank: its names joined by commas and "og" when
    they fill the line, else one name a line (a bracket after it: "NAME (nyvalgt)"), or the name opening each of a
    list's entries ("  • NAME, skoleleder på …"), up to the first line that opens with none."""
    out: list[PersonMention] = []
    while pos < len(text):
        line_start = pos + 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        pos = line_end
        if not text[line_start:line_end].strip():
            if out:
                break
            continue
        marker = BULLET.match(text, line_start)
        opening = marker.end() if marker is not None else line_start
        names = names_after(text, people, starts, opening)
        if not names:
            break
        if ENTRY_MARK.search(text, line_start, opening):
            out.append(names[0])  # a list's entry: its first name, whatever describes it after
            continue
        rest = TAIL.match(text, names[-1].end)
        rest_end = rest.end() if rest is not None else names[-1].end
        if text[rest_end:line_end].strip() not in ("", "."):
            break
        out += names
        if len(names) > 1:
            break
    return out


def _under_a_name(text: str, starts: list[int], line_start: int) -> bool:
    """Whether the line right above line_start (no blank line between) has a name on it: an entry's name."""
    if line_start < 2 or text[line_start - 1] != "\n":
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return bisect_left(starts, above) != bisect_left(starts, line_start - 1)
