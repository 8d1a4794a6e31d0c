"""Who stood in for whom where a list entry says so: "Name (stedfortræder: Y)", "Name (afbud, suppleant Y)",
"Y, suppleant for Name", "Name for Y", "X mødte som stedfortræder", "suppleant Y deltog", "Y indkaldt" in a list of
the absent, and lines like "Suppleant for Mette Jensen: Karin Holm (A)"; the rests after a name that give a status or
a role."""

from __future__ import annotations

import re

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_deputy_away import deputy_away
from graphbuild.parse.attendance_history import OtherMeetings
from graphbuild.parse.attendance_names import COUNCIL_OFFICE, NameHit, read_name, two_names
from graphbuild.parse.attendance_rows import Row
from graphbuild.parse.lines import end_of_line
from graphbuild.vocab.person_names import DEPUTY_SHORT, DEPUTY_WORD

THEIR_SUBSTITUTE = re.compile(rf"(?i)^(?:dennes|hans|hendes)\s+{DEPUTY_WORD}\w*\s+(?=[A-ZÆØÅ])")

ATTACHED = re.compile(rf"(?i)^(?:(?:suppleant|stedfortræder|i\s+stedet)\w*\b|{DEPUTY_SHORT})")

# "(stedfortræder: Per B. Andersen)": the name after the word starts with a capital ("stedfortræder for X" is not it);
# "(afbud, suppleant Per Lund)", "(fraværende – stedfortræder: Per Lund)": the member's absence said first, one bracket
_ABSENCE_FIRST = r"(?:(?:meldt[ \t]+)?afbud|forfald|fraværende|forhindret|syg)\)?[ \t]*[,;:\-–(][\s,;:(\-–]*"
SUB_IN_REST = re.compile(
    rf"(?i)^[\s,(\-–]*(?:{_ABSENCE_FIRST})?(?:{DEPUTY_WORD}\w*|{DEPUTY_SHORT})\s*:?\s*(?-i:(?=[A-ZÆØÅ]))"
)
# the same with the absence said: the entry's note, no prose after the list, "Lene Holm (V) (afbud) (suppleant Y)"
ABSENT_THEN_SUB_REST = re.compile(
    rf"(?i)^[\s,(\-–]*{_ABSENCE_FIRST}(?:{DEPUTY_WORD}\w*|{DEPUTY_SHORT})\s*:?\s*(?-i:(?=[A-ZÆØÅ]))"
)

# the deputy word written out or cut short: "suppleant for", "(suppl. for Karen Lund)", "(stedf. for …)"
_DEPUTY = rf"(?:{DEPUTY_WORD}\w*|{DEPUTY_SHORT})"

# the deputy's seat qualified before its word: "(1. suppleant for X)", "(personlig stedfortræder for X)"
_SEAT = r"(?:\d\.[ \t]*|personlig[ \t]+)?"

_SUB_FOR_REST = re.compile(rf"(?i)^[\s,(]*(?:(?:som|deltog\s+som|mødte\s+som)\s+)?{_SEAT}{_DEPUTY}\s+for\s+")

# "A for B", "A i stedet for B", "A (for B)", "A, i stedet for B", "A (deltog for B)", "A (mødte for B)"; "i stede
# for", the misspelling minutes often print
_CAME_FOR = r"(?:(?:deltog|deltager|mødte|møder|indkaldt)[ \t]+)?(?:i[ \t]+stede(?:t)?[ \t]+)?for[ \t]+"
_FOR_REST = re.compile(rf"^(?:[ \t]+|[ \t]*[,(][ \t]*){_CAME_FOR}(?=[A-ZÆØÅ])")

STANDS_IN_REST = re.compile(
    rf"(?i){_DEPUTY}\s*(?::|for\b)|^(?:[ \t]+|[ \t]*[,(][ \t]*){_CAME_FOR}[A-ZÆØÅ]|"
    rf"(?:mødte|deltog|deltager)\s+(?:som\s+{DEPUTY_WORD}|i\s+stedet)"
)

# after a name, the word that says the member stood in, and nothing else: "Tine Hundahl Jensen stedfortræder"
_SUB_WORD_REST = re.compile(rf"(?i)[ \t]+(?:som[ \t]+)?{DEPUTY_WORD}[ \t.]*")

_DASH_BEFORE = re.compile(r"[ \t][-–][ \t]+$")  # the end of the text before a name: "Villy Søvndal, F - "

# "Birgit Olsen (suppleant)", "Lis Madsen (1. suppleant)", "Lis Madsen, 2. stedfortræder"
_SUB_MARK_REST = re.compile(
    rf"(?i)^[ \t]*[(,\-–][ \t]*(?:\d\.[ \t]*)?(?:{DEPUTY_WORD}|{DEPUTY_SHORT})[ \t]*\)?[ \t]*(?:\(|$)"
)

_CAME_AS_SUB = re.compile(rf"(?i)^\s*(?:mødte|deltog|deltager)\s+(?:som\s+{DEPUTY_WORD}|i\s+stedet)")

FOR_LABEL = re.compile(rf"(?im)^[\s*_]*{DEPUTY_WORD}\s+for\s+(?P<for>[^:\n]{{3,80}}):[ \t]*")

_SUB_LEAD = re.compile(
    rf"(?i)(?:i\s+stedet\s+(?:deltager|deltog|kommer|mødte|mødt)|{DEPUTY_WORD}\w*:?|{DEPUTY_SHORT})\s*"
)

# after a name in a list of the absent, that the member was called in or came instead: "Merete Øverup indkaldt"
_CALLED_IN_REST = re.compile(r"(?i)[ \t]+(?:er[ \t]+|var[ \t]+|blev[ \t]+)?(?:indkaldt|deltog|mødte)[ \t.]*")

_ABSENCE_NOTE = (
    r"(?:[ \t]*[,;\-–][ \t]*|[ \t]+(?=pga\.|p\.g\.a\.|grundet|på[ \t]+grund))(?!suppl|stedf)"
    r"(?-i:[a-zæøå][a-zæøå0-9 \t./-]{0,40})\)"
)
ABSENT_REST = re.compile(
    rf"(?i)^[\s,\-–(:]*(?:{COUNCIL_OFFICE}[\s,\-–]+)?"
    # "afbud", "meldt afbud", "fraværende med afbud", "ikke til stede", "udeblev uden afbud";
    r"(?:(?:meldt\s+|har\s+meldt\s+|havde\s+meldt\s+)?(?:afbud|forfald)|fraværende(?:\s+(?:med|uden)\s+afbud)?|"
    # "(orlov)", "(på orlov)": on leave, so away
    # "(deltog ikke)", "(forhindret)": the participation word negated, kept away
    r"ikke\s+(?:mødt|til\s+stede)|udeblev(?:\s+uden\s+afbud)?|(?:på\s+)?orlov|deltog\s+ikke|forhindret)"
    # … a reason or a note in lower case after it, its bracket closed: "(afbud, ingen suppleant)", "(afbud, ferie)",
    # "(fraværende pga. sygdom)"; never a deputy word opening it, "(afbud, suppleant for Y)", nor a name in it
    rf"(?:{_ABSENCE_NOTE})?\)?[\s.]*$"
)

ROLE_REST = re.compile(rf"(?i)^[\s,\-–]*(?:\d\.[ \t]*)?(?P<role>{COUNCIL_OFFICE})\b")


def row_of(hit: NameHit, status: AttendanceStatus, for_: str | None = None, role: str | None = None) -> Row:
    return Row(hit.name, status, hit.start, hit.end, party=hit.party, role=role or hit.role, for_=for_)


# between an absent member's name and the name of the one who came instead: a dash, a comma or a bracket
_NEXT_NAME = re.compile(r"[ \t]*\([ \t]*(?=[A-ZÆØÅ])|[\s\-–,]+")


def _member_and_next(text: str, absent: NameHit | None) -> list[NameHit | None]:
    """The member a stand-in came for, and the next entry's name a flattened line ran on after it ("stedfortræder
    for Erik Mikkelsen Bo Jensen, Sorø Kommune"): a first name after a surname inside the run cuts it."""
    return list(two_names(text, absent)) if absent is not None and absent.party is None else [absent]


def person_entry(text: str, hit: NameHit, e: int, status: AttendanceStatus, rows: list[Row]) -> None:
    rest_start = hit.rest_start
    rest = text[rest_start:e]
    if not rest:  # nothing after the name: no stand-in, role or status said (tests/test_attendance_bare_names.py)
        rows.append(row_of(hit, status))
        return
    sub_in = SUB_IN_REST.search(rest)
    if sub_in:  # "Marianne Zangenberg (stedfortræder: Per B. Andersen)"
        sub = read_name(text, rest_start + sub_in.end(), e)
        rows.append(row_of(hit, "absent" if status == "present" else status))
        if sub and not deputy_away(text, sub.rest_start, e):  # "(suppleant Y kunne ikke deltage)": no one stood in
            rows.append(row_of(sub, "substitute", for_=hit.name))
        return
    for_rest = _SUB_FOR_REST.match(rest) or _FOR_REST.match(rest)
    absent = read_name(text, rest_start + for_rest.end(), e) if for_rest else None
    if for_rest and absent is None and not _SUB_FOR_REST.match(rest):
        for_rest = None  # "Jens Hansen for Aarhus Kommune": whom he comes for, not whom he stands in for
    if for_rest:  # "Birgitte Glifberg (A), Suppleant for Brian Møller (A)", "Leif Sønderup for Jann Hansen"
        # a flattened line runs the next entry's name on after the member's ("…, stedfortræder for Erik Mikkelsen
        # Bo Jensen, Sorø Kommune"): the member is the first name of the two, the next entry keeps the list's status
        runs = _member_and_next(text, absent)
        absent = runs[0]
        rows.append(row_of(hit, "substitute", for_=absent.name if absent else None))
        if absent:
            rows.append(row_of(absent, "absent"))
        rows += [row_of(h, status) for h in runs[1:] if h is not None]
        return
    if _CAME_AS_SUB.match(rest):  # "... - Marianne Kiærulff (V) mødte som stedfortræder."
        previous = rows[-1] if rows and rows[-1].status != "substitute" else None
        if previous is not None and previous.status == "present":
            previous.status = "absent"
        rows.append(row_of(hit, "substitute", for_=previous.name if previous else None))
        return
    other = _NEXT_NAME.match(rest)
    if other:
        # "Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder.", "Mette Olander (Lene Damborg Ibsen
        # deltog i stedet)"
        sub = read_name(text, rest_start + other.end(), e)
        if sub and _CAME_AS_SUB.match(text[sub.rest_start : e]):
            rows.append(row_of(hit, "absent" if status == "present" else status))
            rows.append(row_of(sub, "substitute", for_=hit.name))
            return
    if (
        status == "absent"
        and rows
        and _SUB_WORD_REST.fullmatch(rest)
        and _DASH_BEFORE.search(text[max(0, hit.start - 6) : hit.start])
    ):
        # "Afbud • Villy Søvndal, F - Tine Hundahl Jensen stedfortræder": the member after the dash, titled the
        # stand-in, came for the absent member before on the line
        previous = rows[-1] if rows[-1].status == "absent" and "\n" not in text[rows[-1].start : hit.start] else None
        rows.append(row_of(hit, "substitute", for_=previous.name if previous else None))
        return
    if status == "absent" and rows and _CALLED_IN_REST.fullmatch(rest):
        # "Fraværende med afbud: Maria Bagger Grell, Merete Øverup indkaldt": the one called in (or who came)
        # for the absent member before on the line; for whom is not said when more are absent on it
        on_line = [r for r in rows if r.status == "absent" and "\n" not in text[r.start : hit.start]]
        rows.append(row_of(hit, "substitute", for_=on_line[0].name if len(on_line) == 1 else None))
        return
    if status == "present" and _SUB_MARK_REST.match(rest):
        rows.append(row_of(hit, "substitute"))  # "Birgit Olsen (suppleant)(BO)": whom for is not said
        return
    role = ROLE_REST.match(rest)
    if status == "present" and ABSENT_REST.match(rest):
        status = "absent"  # "Lise Jensen (V), næstformand, afbud" in a list of the members
    rows.append(row_of(hit, status, role=role["role"].lower() if role else None))


_DEPUTY_FOR = re.compile(rf"(?i){_DEPUTY}\s+for\s+")  # "suppleant for Y"
_JOINED_BEFORE = re.compile(r"(?<![\w-])(?:og|samt)[ \t]*\Z")  # a list's last entry joined: "…, B og suppleant C"
_DEPUTY_BETWEEN_COMMAS = re.compile(r",[ \t]*[A-ZÆØÅ]")

# (the blanks before and after the comma read once each, "[ \t]*+(?:,[ \t]*+)?": as "[ \t]*,?[ \t]*", two runs side by
# side, a line of blanks after a name was shared between them every way; the same strings)
_CALLED_AFTER_COMMA = re.compile(
    r"(?i)[ \t]*+(?:,[ \t]*+)?(?:er|var|blev)[ \t]+indkaldt|[ \t]*+(?:,[ \t]*+)?(?:deltog|deltager)\b"
)


def attach(text: str, s: int, e: int, rows: list[Row]) -> None:
    """After a name: "suppleant for Y", "suppleant Martin Hillerup deltog", "i stedet deltager Claus Brandt"."""
    previous = rows[-1]
    piece = text[s:e]
    for_match = _DEPUTY_FOR.match(piece)
    if for_match:
        absent = read_name(text, s + for_match.end(), e)
        runs = _member_and_next(text, absent)
        absent, listed = runs[0], previous.status
        previous.status, previous.for_ = "substitute", absent.name if absent else None
        if absent:
            rows.append(row_of(absent, "absent"))
        rows += [row_of(h, listed) for h in runs[1:] if h is not None]
        return
    lead = _SUB_LEAD.match(piece)
    sub = read_name(text, s + (lead.end() if lead else 0), e)
    if sub is None and lead and not piece[lead.end() :].strip():
        # "Dan Jønsson- suppleanten, Elisabeth Lindhardt, er indkaldt": the deputy named between commas after
        line_end = text.find("\n", e)
        named = read_name(text, e + 1, len(text) if line_end < 0 else line_end)
        if _DEPUTY_BETWEEN_COMMAS.match(text, e) and named and _CALLED_AFTER_COMMA.match(text, named.rest_start):
            sub = named
    if sub is not None:
        if previous.status == "present" and _JOINED_BEFORE.search(text, max(0, s - 8), s):
            # "Til stede: A, Else Marie Birk - regnskabfører samt suppleant: Anne Marie Roesgaard": one more entry
            # of those present, joined to the list, not the stand-in of the entry before
            rows.append(row_of(sub, "substitute"))
            return
        listed = previous.status
        # a flattened list runs the next entry's name on after the stand-in's ("Afbud: Thomas Qvist Frank, i stedet
        # deltager Karin Kirk Malene Bjerregaard, i stedet deltager …"): the stand-in is the first name of the two,
        # the next entry keeps the list's status
        runs = _member_and_next(text, sub) if listed != "substitute" else [sub]
        if previous.status == "present":
            previous.status = "absent"
        rows.append(row_of(runs[0] or sub, "substitute", for_=previous.name))
        rows += [row_of(h, listed) for h in runs[1:] if h is not None]


def for_labels(text: str, lower: str, others: OtherMeetings) -> list[Row]:
    """Lines like "Suppleant for Mette Jensen: Karin Holm (A)"."""
    rows: list[Row] = []
    if "suppleant for" not in lower and "stedfortræder for" not in lower:
        return rows
    for m in FOR_LABEL.finditer(text):
        if others.covers(m.start()):
            continue
        sub = read_name(text, m.end(), end_of_line(text, m.end()))
        absent = read_name(text, m.start("for"), m.end("for"))
        if sub:
            rows.append(row_of(sub, "substitute", for_=absent.name if absent else m["for"].strip()))
        if absent:
            rows.append(row_of(absent, "absent"))
    return rows
