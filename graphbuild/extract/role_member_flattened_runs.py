"""The names a label of members lists inside a line a PDF's text layer flattened, read by `roles`: "… Slut kl.: 21:10
Medlemmer: Jan Petersen (A) Inger K. Andersen (O) … Helle Plougmann (Løsgænger) Fraværende: …", "… 42 Anbefalinger til
det kommende handicapråd. Medlemmer: Bente Ullits Eckmann DH Annelise Hansen DH … Godkendelse af dagsorden:" (a list
whose end the line does not say). The list opens with a name right after the label's colon and runs while name
follows name with nothing between but a party's or an organisation's brackets, an organisation's initials in capitals,
a comma or "og"; it ends at anything else (the next label, a heading, an item number). Each name is `medlem` of the
body the text is about there, unless a title in that body was read for the person or the brackets after the name
print a post (the council's own chair too: "Michael Ziegler (borgmester) (C)"); the run's last name is left out when
two capitalised words follow it (its surname may be the first of them). Only on a line of FLAT_LINE characters or
more (a list on a line of its own is `role_member_lists`'), never under a label of who attended or was absent
(`role_member_lists.NOT_MEMBERS`), and two names at least."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact, Target, placed_titles, role_fact
from graphbuild.extract.role_list_seats import chair_in_bracket
from graphbuild.extract.role_member_lists import NOT_MEMBERS, POST_INSIDE

FLAT_LINE = 1000  # characters: a line this long is a flattened page's (`parse.flatten.FLAT_LENGTH`)
# the label, capitalised as a label is, after white space or a full stop inside the line: "Medlemmer:",
# "Udvalgsmedlemmer:", "Bestyrelsens medlemmer:"
MEMBERS_LABEL = re.compile(
    r"(?<=[ \t.])(?P<label>(?:[A-ZÆØÅ][\wæøå-]*[ \t]+medlemmer|[A-ZÆØÅ][a-zæøå-]*medlemmer|Medlemmer)(?:ne)?)"
    r"[ \t]*:[ \t]+(?=[A-ZÆØÅ])"
)
# between two names of the run: brackets (a party's, an organisation's, one or two, a misprinted double opening
# "((V)"), an organisation's initials in capitals ("DH"), a comma, "og"
BETWEEN = re.compile(
    r"(?:[ \t]*\(?\([^()\n]{1,40}\)){0,2}(?:[ \t]+[A-ZÆØ]{2,4}(?![\wæøå]))?[ \t]*,?[ \t]*(?:og[ \t]+)?"
)
MIN_NAMES = 2
# after the run's last name, two capitalised words with no label's colon after the first: the name reader may have cut
# the name short ("Jesper Hagen Behrensdorff Godkendelse af dagsorden"), so the last name is left out
CUT_SHORT = re.compile(r"[ \t]+[A-ZÆØÅ][\wæøå-]*[ \t]+[A-ZÆØÅ]")


def members_in_flattened_runs(
    text: str, people: list[PersonMention], chair_at: Callable[[int], Target], found: list[RoleFact]
) -> list[RoleFact]:
    """Each name of a run of names after a label of members inside a flattened line: `medlem` of the body there."""
    if "edlemmer" not in text:
        return []
    starts = [p.start for p in people]
    known = placed_titles(found)
    out: list[RoleFact] = []
    at = text.find("edlemmer")
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        label = MEMBERS_LABEL.search(text, max(line_start, at - 40), min(line_end, at + 30))
        at = text.find("edlemmer", at + 8)
        if label is None or line_end - line_start < FLAT_LINE or NOT_MEMBERS.search(label["label"]):
            continue
        index = bisect_left(starts, label.end())
        if index >= len(people) or people[index].start != label.end():
            continue
        run = [people[index]]
        posts: set[int] = set()
        for p in people[index + 1 :]:
            gap = BETWEEN.match(text, run[-1].end, p.start)
            if gap is None or gap.end() != p.start or p.start > line_end:
                break
            if POST_INSIDE.search(text, run[-1].end, p.start):
                posts.add(len(run) - 1)
            run.append(p)
        if CUT_SHORT.match(text, run[-1].end):
            run.pop()  # "… Dorte Ballhorn Soll Bemærkninger:": the last name may have lost its surname to the next word
        if len(run) < MIN_NAMES:
            continue
        for i, p in enumerate(run):
            if i in posts or (p.name, "medlem") in known or chair_in_bracket(text, p.end):
                continue
            known.add((p.name, "medlem"))
            out.append(role_fact(p, "medlem", chair_at(p.start), p.start, p.end))
    return out
