"""A body's members listed one a line under a label of its members, as web pages and minutes print them (read by
`roles`): a label line that names members and no one ("Medlemmer", "Medlemmerne er:", "Medlemmer i Færgeudvalget",
"5 medlemmer udpeget af regionsrådet:", "Politiske repræsentanter:", "… er der konstitueret nyt udvalg:"), then a
block of lines each opening with a name ("• Tobias Johansen (V), Viceborgmester - Formand", "Regionsrådsmedlem
Flemming Pless (A)", "Allan Clifford (V), Byrådsmedlem, Viborg"), blank lines and bullets between them. Each listed
person is `medlem` of the body the label names by its own name ("Derfor har Skægkærområdets Lokalråd følgende
sammensætning:", `role_label_bodies`), else of the body the text is about there, unless the entry prints a seat in it
("Formand", "formand for Beredskabskommissionen", "(observatør …)", "suppleant"): that seat is the person's there, and
no `medlem` beside it.
A list of who attended or was absent ("Deltagere:", "Fraværende medlemmer:") is no member list. A list of who was
elected ("Følgende er valgt:", "… er følgende valgt til regionsrådet i valgperioden …:") is one, its entries under
their parties' headings ("A. Socialdemokratiet", "V", "Socialdemokratiet (A)") as election results print them. A
label a sentence of its own glosses ("Kredsrådet består af politidirektøren samt borgmestrene …") heads the block
under that sentence."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact, Target, placed_titles, role_fact
from graphbuild.extract.role_label_bodies import label_body
from graphbuild.extract.role_list_seats import chair_in_bracket, prints_own_seat
from graphbuild.vocab import ids
from graphbuild.vocab.near import lowered
from graphbuild.vocab.text_patterns import ENTRY_MARK

# a label of members: "Medlemmer", "medlemmerne er:", "repræsentanter:", "består af:", "… konstitueret nyt udvalg:"
MEMBER_CUES = ("medlem", "repræsentant", "består af", "sammensat", "sammensætning", "konstituer", "valgt")
# a label of who was elected ("Følgende er valgt:", "Movias nye bestyrelse er valgt for perioden 2018-2021:",
# "… er følgende valgt til regionsrådet i valgperioden …:") ends in its colon and may be a sentence
ELECTED_CUE = "valgt"
ELECTED_WORD = re.compile(r"(?<![\wæøå])(?:gen|ny)?valgte?(?![\wæøå])", re.IGNORECASE)  # never "udvalgte", "fravalgt"
ELECTED_LABEL_MAX = 250
# a label of who attended, left or was absent, or of members before or after their time, is none of a body's members
NOT_A_MEMBER_LABEL = re.compile(
    r"fravær|afbud|forfald|deltag|til[ \t]*stede|mødt|fremmødt|ikke|tidligere|udtr|afgå|fratr|kontaktperson|antal|"
    r"nye?[ \t]+medlem|valg[ \t]+af|indstill|foresl|kandidat|suppleant|stedfortræder",
    re.IGNORECASE,
)
LABEL_MAX = 120  # a label is a line of its own, not a paragraph
# a line between entries naming only a party the entries below it belong to: "V", "A. Socialdemokratiet",
# "I.  Liberal Alliance", "Socialdemokratiet (A)", "V. Venstre, Danmarks Liberale Parti"
PARTY_HEADING = re.compile(
    r"[ \t]*(?:[A-ZÆØÅ]{1,2}|[A-ZÆØÅ]\.[ \t]+[A-ZÆØÅ][\wæøå-]*(?:[ ,\t]+[\wæøå-]+){0,4}|"
    r"[A-ZÆØÅ][\wæøå-]+(?:[ \t]+[\wæøå-]+){0,3}[ \t]+\([A-ZÆØÅ]{1,2}\))[ \t]*"
)
# what opens an entry before its name: a bullet or a number, then a title of up to four words ("Regionsrådsmedlem",
# "Sundheds- og omsorgsborgmester", "Formand for PLO-Hovedstaden"); never a label's colon or a sentence's comma
ENTRY_OPENING = re.compile(rf"{ENTRY_MARK}(?:[\wæøåÆØÅ.'’/-]+[ \t]+){{0,4}}")
# what follows the name in an entry: nothing, a bracket (a party, a title), a comma or a dash and the rest
# … or who appointed the member: "Jørgen Brendstrup valgt af Lemming Sogns Borgerforening", "NAME udpeget af KKR"
# (each blank run read once, possessive: the bracket, the mark and the words never open with a blank, and the blanks
# and full stops at the end take what the first run left; as `[ \t]*` beside `[ \t.]*`, a run of blanks before a word
# was split every way, quadratic: 0.8 s at 4,000)
ENTRY_REST = re.compile(
    r"[ \t]*+(?:\([^\n]*|[,–-][^\n]*|(?:valgt|udpeget|indstillet)[ \t]+(?:af|for)[ \t][^\n]*)?[ \t.]*+(?=\n|$)"
)
# a contact line under an entry, skipped: "Kan træffes over mail x@y.dk", "Tlf. 86 85 90 25", "Send e-mail til NAME"
CONTACT_LINE = re.compile(
    r"[^\n]*?(?:@|(?<![\wæøå])(?:tlf|telefon|mobil|e-?mail|mail)(?![\wæøå])|\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2})",
    re.IGNORECASE,
)
MIN_ENTRIES = 2
PAGE_OPENING = 200  # a seat "for" the body the page opens with is in the list's body too
GLOSS_MAX = 250  # a gloss under a label is one sentence


def members_in_blocks(
    text: str, people: list[PersonMention], chair_at: Callable[[int], Target], found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` for each person of a block of entries under a label of members, in the body the text is about
    there (`chair_at`); a person the entry prints a seat of that body for is left to the readers of titles."""
    lower = lowered(text)  # one character for one: a label's place in it is its place in the text
    starts = [p.start for p in people]
    if not any(cue in lower for cue in MEMBER_CUES):
        return []
    labels = _labels(text, lower, starts)
    known = placed_titles(found)
    out: list[RoleFact] = []
    for label_start, label_end in sorted(labels):
        entries = _entries(text, people, starts, label_end)
        # "Medlemmer af Sundhedskoordinationsudvalget:", "Beredskabskommissionen består af følgende medlemmer:"
        named = label_body(text, label_start, label_end)
        label_names = named[1] if named is not None else None
        glossed = not entries
        if glossed:  # the body a gloss under the label names is not the listed members' ("… fra Nordjyllands Politi")
            entries = _entries_after_gloss(text, lower, people, starts, label_end)
        for p, entry_end in entries:
            entry = text[text.rfind("\n", 0, p.start) + 1 : entry_end]
            bodies = f"{lower[label_start:label_end]}\n{lower[:PAGE_OPENING]}"
            if chair_in_bracket(text, p.end) or prints_own_seat(entry, bodies):
                continue
            if (p.name, "medlem") not in known:
                known.add((p.name, "medlem"))
                held_in = chair_at(label_start if glossed else p.start)
                if label_names is not None and _name_of(held_in).lower() != label_names.lower():
                    # the body the label names, not the one named last before the list
                    held_in = (ids.organization_id(label_names), label_names, "Organization")
                out.append(role_fact(p, "medlem", held_in, p.start, p.end))
    return out


def _labels(text: str, lower: str, starts: list[int]) -> list[tuple[int, int]]:
    """The labels of members: a short line, with a cue of members, ending in a colon or with no sentence's full
    stop; or the same label and its colon before the first entry on its line ("Udvalgsmedlemmer:\tNAME (A)").
    Found from the cues' places (no scan of the whole text by a pattern)."""
    labels: dict[int, tuple[int, int]] = {}
    for cue in MEMBER_CUES:
        at = lower.find(cue)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            cue_at, at = at, lower.find(cue, end)
            index = bisect_left(starts, start)
            first = starts[index] if index < len(starts) and starts[index] < end else None
            if first is not None:
                # a person on the label's line: its first entry after the label's colon, else no label
                colon = text.rfind(":", start, first)
                if colon < cue_at or text[colon + 1 : first].strip():
                    continue
                end = colon + 1
            line = text[start:end].strip()
            longest = ELECTED_LABEL_MAX if line.endswith(":") and ELECTED_CUE in line.lower() else LABEL_MAX
            if cue == ELECTED_CUE and not (ELECTED_WORD.search(line) and "følgende" in line.lower()):
                continue  # "Udvalgte sager:", "fravalgt": no election
            if start in labels or not line or len(line) > longest or NOT_A_MEMBER_LABEL.search(line):
                continue
            if "," in line or not (line.endswith(":") or _opens_with_cue(line.lower())):
                continue  # "NAME, etnisk repræsentant": an entry whose name was not read, no label
            labels[start] = (start, end)
    return list(labels.values())


def next_line(text: str, pos: int, separator: str = "\n") -> tuple[int, int]:
    """The next line (or, with separator "\n\n", paragraph) from pos: its start past blanks, and its end."""
    while pos < len(text) and text[pos] in "\n \t\r\xa0":
        pos += 1
    end = text.find(separator, pos)
    return pos, len(text) if end < 0 else end


def _opens_with_cue(line: str) -> bool:
    """A heading of members with no colon opens with its cue: "Medlemmer", "Medlemmer i Færgeudvalget"."""
    return any(cue in " ".join(line.split()[:2]) for cue in MEMBER_CUES)


def _entries(text: str, people: list[PersonMention], starts: list[int], pos: int) -> list[tuple[PersonMention, int]]:
    """The entries of the block after pos: each a line opening with a name, blank lines between; the block ends
    at the first line that does not (a heading, a sentence, a label). Fewer than two entries are no block."""
    entries: list[tuple[PersonMention, int]] = []
    while pos < len(text):
        pos, end = next_line(text, pos)
        index = bisect_left(starts, pos)
        opens_at = people[index].start if index < len(people) and people[index].start < end else end
        if entries and CONTACT_LINE.match(text, pos, opens_at):
            pos = end  # the entry's contact line: "Kan træffes over mail …", "Send e-mail til NAME"
            continue
        if (index >= len(people) or people[index].start >= end) and _party_heading(text, pos, end):
            pos = end  # a party's heading over its members' entries
            continue
        if index >= len(people) or people[index].start >= end:
            break
        p = people[index]
        opening = ENTRY_OPENING.match(text, pos, p.start)
        if opening is None or opening.end() != p.start or ENTRY_REST.match(text, p.end, end) is None:
            break
        entries.append((p, end))
        pos = end
    return entries if len(entries) >= MIN_ENTRIES else []


def _entries_after_gloss(
    text: str, lower: str, people: list[PersonMention], starts: list[int], label_end: int
) -> list[tuple[PersonMention, int]]:
    """The block under a label whose next line glosses it in a sentence of its own that names no one and says
    what the members are ("Kredsrådets medlemmer:\nKredsrådet består af politidirektøren samt borgmestrene fra de
    9 kommuner.\n • Borgmester NAME (Aalborg)")."""
    start = label_end
    while start < len(text) and text[start] in "\n \t\r\xa0":
        start += 1
    end = text.find("\n", start)
    if end < 0 or end - start > GLOSS_MAX or not text[start:end].rstrip().endswith("."):
        return []
    index = bisect_left(starts, start)
    if index < len(starts) and starts[index] < end:
        return []  # a line with a name is an entry or a sentence about someone, no gloss
    gloss = lower[start:end]
    if not any(cue in gloss for cue in MEMBER_CUES) or NOT_A_MEMBER_LABEL.search(gloss):
        return []
    return _entries(text, people, starts, end)


def _party_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a line naming only a party: a letter, or a letter and the party's name."""
    return end - start <= 60 and PARTY_HEADING.fullmatch(text, start, end) is not None


def _name_of(target: Target) -> str:
    """The name of a body a reader holds a seat in (a mention's or an implied one's)."""
    return target[1] if isinstance(target, tuple) else target.name
