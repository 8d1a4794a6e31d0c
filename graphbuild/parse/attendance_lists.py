"""Who attended, who sent apologies, and who stood in for whom: labelled lists ("Deltagere:",
"Medlemmer" on a line of its own, "Fraværende med afbud:", "Afbud", "Stedfortrædere:"), with or
without a colon, on their own lines or flattened into one line of a PDF page; then the prose forms of
``attendance_prose``; then one row per person (a substitute or absence outranks a member list)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from graphbuild.models import AgendaItem, Attendance, AttendanceStatus
from graphbuild.parse.attendance_history import OtherMeetings, other_meetings
from graphbuild.parse.attendance_initials import initialled_entries
from graphbuild.parse.attendance_names import (
    COUNCIL_OFFICE,
    TITLE_WORD,
    NameHit,
    person_name,
    read_name,
    read_titled_name,
    split_run,
)
from graphbuild.parse.attendance_prose import (
    ITEM_WORD,
    ITEMS,
    Row,
    find_item_absences,
    find_prose,
    find_votes,
    find_words,
    item_numbers,
    lowered,
)
from graphbuild.vocab.person_names import (
    NAME_ABBREVIATIONS,
    NAME_RUN,
    NON_SPACE,
    NOT_NAME_WORDS,
    PARTY,
    ROLE_WORDS,
    fuller_spellings,
    is_body_genitive,
    is_municipality,
    same_person,
)
from graphbuild.vocab.reference import first_names

_LABELS: dict[str, AttendanceStatus] = {
    "deltagere": "present", "deltager": "present", "til stede": "present", "tilstede": "present",
    "mødedeltagere": "present", "fremmødte": "present", "medlemmer": "present", "deltog": "present",
    "deltagerfortegnelse": "present", "øvrige deltagere": "present", "gæster": "present",
    "afbud": "absent", "fraværende": "absent", "ikke til stede": "absent", "fravær": "absent",
    "afbud fra": "absent", "meldt afbud": "absent", "forfald": "absent", "fraværende med afbud": "absent",
    "fraværende uden afbud": "absent", "meldt forfald": "absent", "uden afbud": "absent",
    "suppleant": "substitute", "suppleanter": "substitute", "stedfortræder": "substitute",
    "stedfortrædere": "substitute", "mødt suppleant": "substitute", "indkaldt suppleant": "substitute",
    "indkaldte stedfortrædere": "substitute", "indkaldt stedfortræder": "substitute",
    "mødt": "present", "fremmødt": "present", "til stede var": "present", "desuden deltog": "present",
    "endvidere deltog": "present", "ikke mødt": "absent", "fraværende var": "absent",
    "derudover deltog": "present", "herudover deltog": "present", "indkaldelse": "present",
    "fremmøde": "present", "tilstedeværende": "present", "i mødet deltog": "present",
    # a sentence that heads a list, the names below it after a blank line: "Følgende havde meldt afbud:"
    "følgende havde meldt afbud": "absent", "følgende har meldt afbud": "absent", "følgende var fraværende": "absent",
    "følgende havde meldt forfald": "absent", "følgende udeblev uden afbud": "absent", "følgende udeblev": "absent",
    "følgende deltog": "present", "følgende var til stede": "present",
}  # fmt: skip
# a label on a line of its own whose words go on to the meeting: "Til stede på mødet var"
_LABEL_TAIL = re.compile(r"[ \t]*(?:(?:på|ved|under|i)[ \t]+mødet)?(?:[ \t]*\b(?:var|er))?[ \t]*:?[ \t]*(?=\n|$)")
# the same on a page flattened onto one line, a bulleted list after it
_LABEL_TAIL_BULLET = re.compile(
    r"[ \t]*(?:(?:på|ved|under|i)[ \t]+mødet)?[ \t]*\b(?:var|er)[ \t]*:?(?=[ \t]*[•·][ \t])"
)
# labels that head a list only on a line of their own with names below: "Indkaldelse" (the members
# summoned, when no absence is recorded)
_ALONE_ONLY = ("indkaldelse",)
# a body's member list ("Bestyrelsen: A, B og C") is attendance when names follow
_MEMBER_LABELS = (
    "bestyrelsen", "udvalget", "byrådet", "kommunalbestyrelsen", "repræsentantskabet", "styregruppen",
    "bestyrelsesmedlemmer", "repræsentantskabsmedlemmer", "bestyrelse",
)  # fmt: skip
# a list of a board's members in the meeting's header gives each the member's role ("Repræsentantskabsmedlemmer:
# Jan Ole Jakobsen, Langeland Leif Rothe Rasmussen, Assens")
MEMBER_LABEL_ROLES = {
    "bestyrelsesmedlemmer": "medlem", "repræsentantskabsmedlemmer": "medlem", "bestyrelse": "medlem",
    "bestyrelsen": "medlem", "medlemmer": "medlem", "udvalget": "medlem", "byrådet": "medlem",
    "kommunalbestyrelsen": "medlem", "repræsentantskabet": "medlem", "styregruppen": "medlem",
}  # fmt: skip
_ALTS = "|".join(sorted(map(re.escape, [*_LABELS, *_MEMBER_LABELS]), key=len, reverse=True))
_LABEL = re.compile(
    rf"(?<![\w-])(?P<label>(?i:{_ALTS}))(?:/[a-zæøå]+)?(?![\w])"
    rf"(?:(?P<extra>[ \t][^\n:()]{{1,60}}?)(?=[ \t*_]*:))?[ \t*_]*"
    rf"(?P<colon>:|[-–](?=[ \t]*[A-ZÆØÅ]))?"
)
_BARE_LABEL = re.compile(rf"(?<![\w-])(?P<label>(?i:{_ALTS}))(?:/[a-zæøå]+)?(?![\w])(?P<extra>(?!))?(?P<colon>(?!))?")
# an attendance label in capitals inside the words before a label's colon: the colon is that label's, the words
# before it the first label's list ("FRAVÆRENDE: Afbud fra Jens Bruhn og Helge Tang Holbek ENDVIDERE DELTOG: Finn
# Mikkelsen", a page flattened)
_LABEL_INSIDE = re.compile(
    rf"(?<![\w-])(?=[A-ZÆØÅ])(?i:{'|'.join(sorted(map(re.escape, _LABELS), key=len, reverse=True))})(?![\w])"
)
# the first words of the labels, looked for in the lower-cased text before any regex runs
_LABEL_WORDS = tuple(
    sorted({label if label.startswith(("til", "i ")) else label.split()[0] for label in [*_LABELS, *_MEMBER_LABELS]})
)
# Any label ("Bemærkninger:", "Referent:", "Til stede:"), not an office ("Formand:") or "Medlem:". Written
# to open with its capital (a pattern that opens with a look-behind is tried at every position, one that
# opens with a character class is scanned for at C speed); the office is then asked at each match's start.
# A match is a capital, lower-case letters, spaces and a colon, so no other match starts inside a refused one.
_ANY_LABEL = re.compile(r"[A-ZÆØÅ](?<![\w-].)[a-zæøå]+(?:[ \t][a-zæøå]+){0,2}:(?!\d)")
_OFFICE_LABEL = re.compile(rf"(?i:{COUNCIL_OFFICE}|medlem)\b")


def _any_labels(text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
    """Every label in text[pos:end] that is not an office's, left to right."""
    for label in _ANY_LABEL.finditer(text, pos, end):
        if _OFFICE_LABEL.match(text, label.start(), end) is None and not _in_bracket(text, label.start()):
            yield label


def _in_bracket(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a bracket its line opened: "Torben Hoffmann (Stedfortræder: Conni Bergendorff)"
    annotates an entry, its label heads no list."""
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return before.count("(") > before.count(")")


_MARKUP = re.compile(r"<br\s*/?>|</?strong>|</?b>|\*\*|__|&nbsp;")
# a label in lower case after a label, before the colon, qualifies it and is no heading of its own: "Fravær
# uden afbud:", "Fraværende medlemmer:", "Medlemmer fraværende:" (an absence either names makes the list's)
_QUALIFIER = re.compile(rf"[ \t]+(?P<label>{_ALTS})[ \t]*")
_LABEL_NEXT = re.compile(rf"[ \t]*(?P<label>(?i:{_ALTS}))(?![\w])")  # another label straight after one
# words between a label and its colon that go on to the meeting: "Tilstede var:", "Til stede på mødet:"
_TO_THE_MEETING = re.compile(r"[ \t]*(?:(?:på|ved|under|i)[ \t]+mødet)?(?:[ \t]*\b(?:var|er))?[ \t]*")
_GROUP_OF_BODY = re.compile(r"\s+(?:fra|af)\s+\w+\s*")  # "Deltagere fra udvalget:", "Medlemmer af byrådet:"
_FIRST_WORD = re.compile(r"[\s:*_•\-–]*(?:([A-Za-zæøåÆØÅ]+)\s+)??([A-ZÆØÅ][\w-]*)")
_CAPITAL_NEXT = re.compile(r"[ \t]*[A-ZÆØÅ]")
_WORDS = re.compile(r"\w+")
# Every branch opens with the character it consumes and asks what stands before it after that (a branch
# that opens with a look-behind has the whole pattern tried at every position; this way it is scanned
# for at C speed): "(?<!\w-)[ \t]og" is "[ \t](?<!\w-[ \t])og", "(?<!pkt)\." is "\.(?<!pkt\.)".
_BREAK = re.compile(
    r"[()]|\n|\t|;|,|[ \t](?<!\w-[ \t])og[ \t]|[ \t]samt[ \t]|[ \t][-–][ \t]|•|"
    # a dash typed against the word before it, a remark in lower case after ("Dan Jønsson- suppleanten …"); not
    # a compound's ("Plan- og") nor a double surname's broken by a flattening ("Michael Lund- Larsen")
    r"[-–](?<=[a-zæøå][-–])(?=[ \t]+(?!(?:og|eller|samt)[ \t])[a-zæøå])|"
    r"\.[ \t]+(?=[Ii][ \t]+stedet[ \t])|"  # "Elin Johansson. I stedet deltog Ruth Lønskov.": the entry goes on
    r"(?P<term>\.(?<![\s.][A-ZÆØÅ]\.)(?<!\b[kK]l\.)(?<!pkt\.)(?<!pga\.)(?<!nr\.)(?<!\b[aA]dm\.)"
    + "".join(rf"(?<!\b{abbreviation}\.)" for abbreviation in NAME_ABBREVIATIONS)
    + r"(?<![\s(]\d\.(?=[ \t]+(?i:næstformand|viceborgmester|stedfortræder|suppleant)))[ \t]+(?=\S))"
)  # "1. næstformand", "2. viceborgmester": an ordinal before a title ends no list
_ENTRY_LINE = re.compile(rf"[ \t•*·-]*(?:{NAME_RUN.pattern})(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*")
_THEIR_SUBSTITUTE = re.compile(r"(?i)^(?:dennes|hans|hendes)\s+(?:suppleant|stedfortræder)\w*\s+(?=[A-ZÆØÅ])")
_ATTACHED = re.compile(r"(?i)^(?:suppleant|stedfortræder|i\s+stedet)\w*\b")
# "(stedfortræder: Per B. Andersen)": the name after the word starts with a capital ("stedfortræder for X" is not it)
_SUB_IN_REST = re.compile(r"(?i)^[\s,(\-–]*(?:stedfortræder|suppleant)\w*\s*:?\s*(?-i:(?=[A-ZÆØÅ]))")
_SUB_FOR_REST = re.compile(
    r"(?i)^[\s,(]*(?:(?:som|deltog\s+som|mødte\s+som)\s+)?(?:suppleant|stedfortræder)\w*\s+for\s+"
)
_FOR_REST = re.compile(r"^[ \t]+(?:i[ \t]+stedet[ \t]+)?for[ \t]+(?=[A-ZÆØÅ])")  # "A for B", "A i stedet for B"
_STANDS_IN_REST = re.compile(
    r"(?i)(?:stedfortræder|suppleant)\w*\s*(?::|for\b)|^[ \t]+(?:i[ \t]+stedet[ \t]+)?for[ \t]+[A-ZÆØÅ]|"
    r"(?:mødte|deltog|deltager)\s+(?:som\s+(?:suppleant|stedfortræder)|i\s+stedet)"
)
# all the entry holds after the name is one bracket: whom the member comes for, not a sentence
# or when the member came or left, closed in its bracket ("Susanne Møller (ankom under behandlingen af punkt 6)")
_BRACKETED_REST = re.compile(
    r"[ \t]*(?:\([A-ZÆØÅ][^()\n]{0,79}\)?|\((?:som[ \t]+)?(?:ankom|kom|gik|forlod|forlød|deltog)\b[^()\n]{0,80}\))"
    r"[ \t.]*"
)
# after a name, the word that says the member stood in, and nothing else: "Tine Hundahl Jensen stedfortræder"
_SUB_WORD_REST = re.compile(r"(?i)[ \t]+(?:som[ \t]+)?(?:suppleant|stedfortræder)[ \t.]*")
_DASH_BEFORE = re.compile(r"[ \t][-–][ \t]+$")  # the end of the text before a name: "Villy Søvndal, F - "
_SUB_MARK_REST = re.compile(r"(?i)^[ \t]*[(,\-–][ \t]*(?:suppleant|stedfortræder)[ \t]*\)?[ \t]*(?:\(|$)")
_CAME_AS_SUB = re.compile(r"(?i)^\s*(?:mødte|deltog|deltager)\s+(?:som\s+(?:suppleant|stedfortræder)|i\s+stedet)")
_FOR_LABEL = re.compile(r"(?im)^[\s*_]*(?:suppleant|stedfortræder)\s+for\s+(?P<for>[^:\n]{3,80}):[ \t]*")
_SUB_LEAD = re.compile(
    r"(?i)(?:i\s+stedet\s+(?:deltager|deltog|kommer|mødte|mødt)|(?:suppleant|stedfortræder)\w*:?)\s*"
)
# after a name in a list of the absent, that the member was called in or came instead: "Merete Øverup indkaldt"
_CALLED_IN_REST = re.compile(r"(?i)[ \t]+(?:er[ \t]+|var[ \t]+|blev[ \t]+)?(?:indkaldt|deltog|mødte)[ \t.]*")
# a remark after a member's name that the member came late or left early: "ankom til mødet kl. 17.32", "forlod mødet"
# after a name in a list of the absent, the hour from or until which: away for part of the meeting
_PART_OF_MEETING_REST = re.compile(r"(?i)[ \t,\-–]*(?:til|fra|indtil|efter|før)[ \t]+(?:kl\b|klokken\b)")
# the same said with a time only: "gik kl. 20.15", "kom kl 19"
_CAME_OR_LEFT_AT = re.compile(r"(?i)[ \t]*(?:ankom|kom|gik|forlod[ \t]+mødet)[ \t]+(?:kl\b|klokken\b)")
_CAME_OR_LEFT = re.compile(r"(?i)[ \t]*(?:ankom|forlod|forlød)[ \t]+(?:til[ \t]+)?mødet\b")
_SOME_ITEMS = re.compile(
    rf"(?i)^[\s,\-–(]*(?:(?:under|ved|i)\s+(?:behandlingen\s+af\s+)?|fra\s+)?(?:{ITEM_WORD})\s*{ITEMS}"
)
_ABSENT_REST = re.compile(
    rf"(?i)^[\s,\-–(]*(?:{COUNCIL_OFFICE}[\s,\-–]+)?"
    r"(?:afbud|fraværende|forfald|ikke\s+mødt)\)?[\s.]*$"
)
_AFFILIATION_REST = re.compile(
    r"[ \t]+(?:(?P<region>Region[ \t]+[A-ZÆØÅ][a-zæøå]+)|(?P<body>[A-ZÆØÅ][a-zæøå]+)[ \t]+[a-zæøå]+)"
    r"[ \t]*(?=[A-ZÆØÅ(]|$)"
)
_BY_APOLOGY = re.compile(r"(?i)[ \t,\-–]*(?:ved|med|pga\.?)[ \t]+(?:afbud|forfald)\b[ \t.]*")
# between two names of a flattened table of "Title Name" entries: the next one's title ("Plan- og udviklingschef")
_TITLE_BETWEEN = re.compile(
    r"[ \t]+(?:[A-ZÆØÅ][a-zæøå]+-[ \t]+og[ \t]+)?"
    rf"(?i:{TITLE_WORD})[ \t]+"
)
_PAGE_FOOTER = re.compile(r"[ \t]+Side[ \t]+\d+[ \t]+af[ \t]+\d+\b")
_INITIALS_REST = re.compile(
    r"[ \t]+(?P<initials>[A-ZÆØÅ]{2,4})(?:[ \t]+(?P<title>(?:[\w-]+[ \t]+og[ \t]+)?"
    rf"(?i:{TITLE_WORD})))?(?:[ \t]+|$)"
)
_PLACE_THEN_ABSENT = re.compile(
    r"(?P<place>Region[ \t]+[A-ZÆØÅ][a-zæøå]+|[A-ZÆØÅ][\w-]+(?:[ \t]+Kommune)?)"
    r"[ \t]+(?:afbud|fraværende|forfald)[ \t]+(?=[A-ZÆØÅ])"
)
_LEAD_PLACE = re.compile(r"(?:[A-ZÆØÅ][\w-]+(?:\s+Kommune)?|Region\s+\w+|[A-ZÆØÅ])\s+(?=[A-ZÆØÅ])")
# after a name on a flattened line, a capitalised word starts what follows the list; prose after a name
# goes on in lower case ("ankom kl. 17.54")
# after the last name of a flattened header's list, the next field's abbreviated or colon-ended label
_FIELD_NEXT = re.compile(r"[ \t]+(?:[A-ZÆØÅ][a-zæøå]*\.[a-zæøå]+\.|[A-ZÆØÅ][a-zæøå]+\.?:)")
_CAPITAL_WORD_NEXT = re.compile(r"[ \t]+[A-ZÆØÅ][a-zæøåA-ZÆØÅ]")  # "Til toppen", "GODKENDELSE AF …"
_ROLE_REST = re.compile(rf"(?i)^[\s,\-–]*(?:\d\.[ \t]*)?(?P<role>{COUNCIL_OFFICE})\b")


# a comma list wrapped inside an entry: "Lisa Pihl Jensen, Ebbe\nChristensen, Helle Hansen, H.C.\nRasmussen"
# (it opens with the ", " before the entry, not a look-behind: a pattern that opens with a look-behind is
# tried at every position; the replacement keeps the ", ")
_WRAPPED_ENTRY = re.compile(r", (?:[A-ZÆØÅ][\w-]*|[A-ZÆØÅ]\.(?:-?[A-ZÆØÅ]\.)*)\n(?=[A-ZÆØÅ][\w-]*(?:,|\n|$))")


# a line in capitals that opens with an attendance label ("AFBUD FRA LOTTE BARFOD, ENHEDSLISTEN", "FRAVÆRENDE:
# JENS HANSEN (A)"): its words are read as minutes write them, a capital first
_CAPITALS_LINE = re.compile(
    r"(?m)^[ \t•*·-]*(?:AFBUD|FRAVÆRENDE|FRAVÆR|FORFALD|DELTAGERE|MØDEDELTAGERE|TIL[ \t]+STEDE|"
    r"IKKE[ \t]+TIL[ \t]+STEDE|MEDLEMMER|DELTOG|STEDFORTRÆDER|STEDFORTRÆDERE|SUPPLEANT|SUPPLEANTER)\b[^\n]*$"
)
_CAPITALS_WORD = re.compile(r"[A-ZÆØÅ]{2,}")
# the small words of a label or an entry that minutes write in lower case
_LOWER_WORDS = frozenset(
    {"fra", "for", "og", "i", "af", "med", "som", "til", "stede", "uden", "under", "punkt", "pkt", "var", "er",
     "deltog", "mødte", "stedfortræder", "suppleant", "afbud", "fraværende", "samt", "ved", "mødet"}
)  # fmt: skip


_CAPITALS_CUES = ("AFBUD", "FRAVÆR", "FORFALD", "DELTAGERE", "STEDE", "MEDLEMMER", "DELTOG", "STEDFORTRÆD", "SUPPLEANT")


def _titled(line: str) -> str:
    """A line in capitals as minutes write it: each word a capital first, the small words after the first in
    lower case ("AFBUD FRA LOTTE BARFOD" → "Afbud fra Lotte Barfod"); its length kept."""
    first = True

    def word(m: re.Match[str]) -> str:
        nonlocal first
        lower = m.group(0).lower()
        keep_lower = lower in _LOWER_WORDS and not first
        first = False
        return lower if keep_lower else lower[:1].upper() + lower[1:]

    return _CAPITALS_WORD.sub(word, line)


def _in_capitals(text: str) -> str:
    """Lines in capitals that open with an attendance label read as minutes write them (``_titled``), so
    offsets still index the document."""
    if not any(cue in text for cue in _CAPITALS_CUES):
        return text
    pieces: list[str] = []
    last = 0
    for line in _CAPITALS_LINE.finditer(text):
        letters = [c for c in line.group(0) if c.isalpha()]
        if len(letters) < 8 or any(c.islower() for c in letters):
            continue
        pieces += [text[last : line.start()], _titled(line.group(0))]
        last = line.end()
    return "".join(pieces) + text[last:] if pieces else text


def _clean(text: str) -> str:
    """Markup replaced by spaces of the same length, and a line wrapped inside a list entry joined, so
    offsets still index the document."""
    text = _MARKUP.sub(lambda m: " " * len(m.group(0)), text)
    return _WRAPPED_ENTRY.sub(lambda m: m.group(0)[:-1] + " ", text)


class _Label:
    """A label's match, its end moved past words that go on to the meeting ("Til stede på mødet var")."""

    def __init__(self, match: re.Match[str], end: int | None = None, second: AttendanceStatus | None = None) -> None:
        self._match = match
        self._end = match.end() if end is None else end
        self.second = second  # the status of a second column's label flattened after this one

    def start(self) -> int:
        return self._match.start()

    def end(self) -> int:
        return self._end

    def __getitem__(self, group: str) -> str | None:
        return self._match[group]


def _labels(text: str, lower: str, limit: int) -> list[tuple[_Label, AttendanceStatus]]:
    """Attendance labels with the status of the list each heads; a member list only before ``limit``."""
    found: list[tuple[_Label, AttendanceStatus]] = []
    previous = -1
    for at in find_words(lower, _LABEL_WORDS):
        if at == previous or not text[at].isupper() or (found and at < found[-1][0].end()):
            continue
        previous = at
        m = _LABEL.match(text, at)
        if m is None:
            continue
        if m["extra"] and ("," in m["extra"] or _LABEL_INSIDE.search(m["extra"], 1)):
            # "Fraværende Jakob Ekberg, N. J. Ottesen Bemærkninger Sagsid.: …" (flattened): the words before
            # a colon are the list, not words of the label
            m = _BARE_LABEL.match(text, at)
            if m is None:
                continue
        label = m["label"]
        key = " ".join(label.lower().split())
        status: AttendanceStatus = _LABELS.get(key, "present")
        if status == "present" and m.start() > limit:
            continue  # a member list inside an item is an appointment more often than attendance
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _in_bracket(text, m.start()):
            continue
        at_line_start = not text[line_start : m.start()].strip(" \t*_#>•-")
        if not at_line_start and _STATUS_LINE.match(text, line_start):
            continue  # "Lise Jensen (V)<tab>Afbud": a status column, read by _status_column
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        qualifier = _QUALIFIER.fullmatch(m["extra"]) if m["extra"] and m["colon"] else None
        if qualifier is not None and _LABELS.get(" ".join(qualifier["label"].split()), "present") != "present":
            status = _LABELS[" ".join(qualifier["label"].split())]
        if m["extra"] and _LABEL_NEXT.match(m["extra"]) and qualifier is None:
            continue  # "Mødedeltagelse / Afbud Bestyrelsen: A, B": a heading run on into the label after it
        to_the_meeting = qualifier is not None or (
            bool(m["extra"]) and _TO_THE_MEETING.fullmatch(m["extra"] or "") is not None
        )
        if (
            m["extra"]
            and not to_the_meeting
            and (not m["colon"] or (status == "present" and not _GROUP_OF_BODY.fullmatch(m["extra"])))
        ):
            continue  # "Deltagere på det fysiske møde:" names a group, not the meeting's attendance
        if m["colon"]:
            if key in _MEMBER_LABELS and not _names_follow(text, m.end(), 2):
                continue
            found.append((_Label(m), status))
            continue
        alone = at_line_start and not text[m.end() : line_end].strip(" \t*_")
        if key in _MEMBER_LABELS or (
            key in ("afbud fra", "deltog", "meldt afbud", "forfald", "meldt forfald")
            and not (alone and _names_follow(text, line_end, 1))
        ):
            continue  # without a colon these are prose (read by attendance_prose), unless alone on a line ("Forfald")
        tail = _LABEL_TAIL.match(text, m.end(), line_end) if at_line_start else None
        if tail is None and line_end - line_start > _FLATTENED_LINE:
            tail = _LABEL_TAIL_BULLET.match(text, m.end(), line_end)  # "… Vejle Til stede på mødet var • Borgmester"
        if tail and tail.end() > m.end() and _names_follow(text, tail.end(), 2):
            found.append((_Label(m, tail.end()), status))  # "Til stede på mødet var\n\n • Borgmester Jan Boye"
            continue
        if key in _ALONE_ONLY:
            if at_line_start and not text[m.end() : line_end].strip() and _names_follow(text, m.end(), 2):
                found.append((_Label(m), status))
            elif line_end - line_start > _FLATTENED_LINE and _run_of_names(text, m.end(), 3):
                found.append((_Label(m), status))  # a page flattened: "… Faaborg Indkaldelse Hans Stavnsager Søren …"
            continue
        following = _LABEL_NEXT.match(text, m.end(), line_end)
        if (
            at_line_start
            and not text[m.end() : line_end].strip()
            and found
            and _status_cell(text, line_start, line_end)
        ):
            continue  # "Ole Berg (O)\nFraværende\n\n": the status of the entry above, in a list already open
        if at_line_start and not text[m.end() : line_end].strip():
            found.append((_Label(m), status))  # "Medlemmer" on a line of its own, the list below
        elif following and " ".join(following["label"].lower().split()) in _LABELS:
            # "Deltagere Afbud Jens Hansen ...": a two-column header flattened
            found.append((_Label(m, second=_LABELS[" ".join(following["label"].lower().split())]), status))
        elif _names_follow(text, m.end(), 1):
            found.append((_Label(m), status))  # "Fraværende Jakob Ekberg, N. J. Ottesen", "3 Deltagere Birgit Hansen"
    return found


# a line this long is (part of) a page a PDF's text layer put on one line: page lengths vary, a short page too
_FLATTENED_LINE = 300


def _run_of_names(text: str, pos: int, count: int) -> bool:
    """At least ``count`` names run together from pos, with nothing before the first."""
    window = text[pos : pos + 40 * count]
    hits = split_run(window, 0, len(window))
    return len(hits) >= count and not window[: hits[0].start].strip()


def _status_cell(text: str, line_start: int, line_end: int) -> bool:
    """A status word on its own line is the entry's above when that line is a name (and its party) and a
    blank line or the end follows; before further names it heads a list ("Afbud\nOle Berg")."""
    previous = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    after = text[line_end : line_end + 2]
    return bool(_ENTRY_LINE.fullmatch(text, previous, max(previous, line_start - 1))) and (
        after.strip() == "" or after == "\n\n"
    )


def _names_follow(text: str, pos: int, count: int) -> bool:
    window = text[pos : pos + 400]
    first = _FIRST_WORD.match(window)
    if first is None:
        return False
    hit = read_name(window, 0) or read_titled_name(window, 0)
    if hit is None:
        if first.group(1) not in first_names() and first.group(2) not in first_names():
            return False
        run = split_run(window, 0, len(window))
        return bool(run) and not window[: run[0].start].strip()
    if count == 1:
        return True
    return len(NAME_RUN.findall(window)) >= count


def _entries(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end, ends_list) pieces of a list between separators outside brackets, read lazily."""
    depth = 0
    cursor = start
    for m in _BREAK.finditer(text, start, end):
        mark = m.group(0)
        if mark == "(":
            depth += 1
        elif mark == ")":
            depth = max(0, depth - 1)
            if m.end() < end and depth == 0 and _CAPITAL_NEXT.match(text, m.end(), end):
                yield cursor, m.end(), False  # "Lars Møller (V) Anders Broholm (V)": a party ends an entry
                cursor = m.end()
        elif mark == "\n" and depth > 0 and text[m.end() : m.end() + 1] == "\n":
            # "Alice Kiander (Børne- og Ungdomsorganisationernes Samråd\n\n": a blank line closes a bracket
            depth = 0
            yield cursor, m.start(), False
            cursor = m.end()
        elif depth == 0 and m["term"] is not None:
            if _name_sentence_follows(text, m.end(), end):
                # "Jens B. Thomsen. Erling Ekegren. Dan Sørensen.": one a line, flattened
                yield cursor, m.start(), False
                cursor = m.end()
                continue
            yield cursor, m.start(), True
            return
        elif depth == 0:
            yield cursor, m.start(), False
            cursor = m.end()
    yield cursor, end, False


def _name_sentence_follows(text: str, pos: int, end: int) -> bool:
    """A name alone in its sentence follows on the same line: "Erling Ekegren. Dan Sørensen."."""
    page = _PAGE_BREAK.match(text, pos, end)  # a flattened PDF's next page, its number first
    hit = read_name(text, page.end() if page else pos, min(end, pos + 60))
    if hit is None or "\n" in text[hit.start : hit.end]:
        return False
    return text[hit.rest_start : hit.rest_start + 2] in (". ", ".\n") or hit.rest_start >= len(text.rstrip(". \n"))


_PAGE_NUMBER = re.compile(r"\d{1,3}[ \t]+(?=\S)")
_PAGE_BREAK = re.compile(r"[ \t]*\n\s*\d{1,3}[ \t]+(?=\S)")


def _row(hit: NameHit, status: AttendanceStatus, for_: str | None = None, role: str | None = None) -> Row:
    return Row(hit.name, status, hit.start, hit.end, party=hit.party, role=role or hit.role, for_=for_)


def _read_block(text: str, start: int, end: int, status: AttendanceStatus, items: list[str]) -> list[Row]:
    rows: list[Row] = []
    first = True
    for s, e, ends in _entries(text, start, end):
        piece = text[s:e]
        if not piece.strip(" \t\r\n*_-–•·"):
            if ends:
                break
            continue
        stop = _entry(text, s, e, status, rows, first, items)
        first = False
        if stop or ends:
            break
    return rows


def _entry(text: str, s: int, e: int, status: AttendanceStatus, rows: list[Row], first: bool, items: list[str]) -> bool:
    """Read one list entry into ``rows``; True when the list has ended."""
    piece = text[s:e]
    lead = len(piece) - len(piece.lstrip(" \t\r\n*_-–•·"))
    s += lead
    page = _PAGE_NUMBER.match(text, s, e) if "\n" in text[max(0, s - lead - 1) : s] else None
    if page is not None and rows:
        # a flattened PDF's next page, its number first, inside the list: "…, Stürup A/S\n\n2 Ingeniør- og
        # entreprenørfirma • Rektor …" (the entry before goes on) or "…\n\n2 Erling Ekegren. …"
        s = page.end()
        if text[e : e + 1] == "•" and read_name(text, s, e) is None and read_titled_name(text, s, e) is None:
            return False
    piece = text[s:e]
    if status == "present" and piece.rstrip().endswith(":") and _group_heading_at(text, s):
        return False  # "Fra Kultur- og Fritidsforvaltningen:": the heading of the next group of those present
    if _ATTACHED.match(piece) and rows:
        _attach(text, s, e, rows)
        return False
    their = _THEIR_SUBSTITUTE.match(piece)
    if their and rows:  # "Afbud: Bo Fibiger og dennes suppleant Carsten Bech": the list's status too
        s += their.end()
        piece = text[s:e]
    if rows and _CAME_OR_LEFT.match(piece):
        # "Signe Goldmann, F, ankom til mødet kl. 17.32 under behandlingen af punkt 1.": the member came late
        # (or left early), so attended, whatever list the entry stands in
        rows[-1].status = "present"
        return False
    some_items = _SOME_ITEMS.match(piece)
    if some_items and rows and status == "absent" and not text[s + some_items.end() : e].strip(" ."):
        _absent_from_some(rows, item_numbers(some_items["items"]), items)  # "Britt Jensen (A), sag 129-138"
        return False
    party = PARTY.fullmatch(piece.rstrip())
    if party and rows:  # "Erling Larsen, (A)"
        rows[-1].party = rows[-1].party or party["party"].strip()
        return False
    if rows and rows[-1].status == "present" and _ABSENT_REST.match(piece):
        rows[-1].status = "absent"  # "Lise Jensen (V), næstformand, afbud"
        return False
    marked = _PLACE_THEN_ABSENT.match(piece)
    if marked and rows and rows[-1].status == "present" and is_municipality(marked["place"]):
        # "Jesper Hempler, Kerteminde afbud Bestyrelsesmedlem Anders W. Berthelsen": the place and status
        # of the entry before, run on into the next entry of a flattened "Name, Place" list
        rows[-1].status = "absent"
        return _entry(text, s + marked.end(), e, status, rows, False, items)
    role = _ROLE_REST.match(piece)
    if role and role.end() == len(piece.rstrip(" .")) and rows:
        rows[-1].role = rows[-1].role or role["role"].lower()
        return False
    instead = _WORKPLACE_INSTEAD.match(piece) if rows else None
    if instead and not any(len(word) > 1 and word in first_names() for word in instead["workplace"].split()):
        # "Finn Mikkelsen, Nordsjællands Politi i stedet for Helge Tang Holbek": the entry before stands in
        # for the member; in a list of the absent ("Rie Rasmussen, AC Dansk Psykologforening (suppleant for
        # Helle Friis)") the deputy is absent too, and the piece is her entry's annotation
        if status == "present":
            absent = read_name(text, s + instead.end(), e)
            rows[-1].status, rows[-1].for_ = "substitute", absent.name if absent else None
            if absent:
                rows.append(_row(absent, "absent"))
        return False
    hit = None
    lead_place = _LEAD_PLACE.match(piece)
    lead_word = lead_place.group(0).strip() if lead_place else ""
    if lead_place and (is_municipality(lead_word) or (lead_word.isupper() and len(lead_word) <= 6)):
        # "Faxe Hans Barlach", "NT Nicolai Sørensen", "V Lisa Ward": "Name, Place", "Name, Body" or
        # "Name, Party" pairs run on
        hit = read_name(text, s + lead_place.end(), e)
        party_lead = len(lead_word) == 1 and bool(rows) and rows[-1].party is None
        if hit is not None and hit.name.split()[0] not in first_names() and not party_lead:
            hit = None  # after a party letter the list's form says a name follows, whatever its first name
        if hit is not None and party_lead:
            rows[-1].party = lead_word
    hit = hit or read_name(text, s, e) or read_titled_name(text, s, e)
    if hit is not None and hit.name.split()[0] not in first_names():
        hit = read_titled_name(text, s, e) or hit  # "Kontorchef Henrik Lodberg": a title, then the name
        if hit.role is None and _rest_of_entry_line(text, s, e, rows):
            return False  # "• Restauratør Grethe Johnsen, Restaurant Dronning Louise": her workplace
    if hit is not None and len(hit.name.split()) >= 4 and _looks_flattened(hit.name):
        hit = None
    if hit is None:
        run = NAME_RUN.match(text, s, e)
        if run and (len(run.group(0).split()) >= 4 or " Kommune " in run.group(0)):
            hits = split_run(text, s, e)
            for index, h in enumerate(hits):
                following = text[h.end : hits[index + 1].start if index + 1 < len(hits) else e]
                if _PAGE_FOOTER.match(following):  # "... Martin Bødker Krogh Side 1 af 23": the page ends the list
                    rows.append(_row(h, status))
                    return True
                # "Jan Gudmann Hansen Plan- og udviklingschef Anne Daugbjerg Mortensen": the next entry's title
                if _is_prose(following) and not _TITLE_BETWEEN.fullmatch(following):
                    if _FIELD_NEXT.match(following) or _CAPITAL_WORD_NEXT.match(following):
                        # "… Jacob Funder J.nr. Ref.: eloes Dato: …": a header field; "Uden afbud: Rasmus Petersen
                        # Bo Sand Birthe Illemann Inden mødet orienterede …": a sentence of its own starts
                        rows.append(_row(h, status))
                    return True  # "Torben Myrup gik efter punkt 141" is a sentence, not a list entry
                # "Peter Christensen Hans Peter Geil (afbud) Erwin Andresen": an entry's status in brackets
                sent_apology = status == "present" and _ABSENT_REST.match(following) is not None
                # "Mogens Petersen gik kl Hans Mejlshede gik kl": came late or left early, so attended
                came_or_left = _CAME_OR_LEFT_AT.match(following) is not None
                rows.append(_row(h, "present" if came_or_left else "absent" if sent_apology else status))
            if hits:
                return False
        annotation = _annotation_of_entry_line(text, s, e)
        if first:
            hit = _last_name_in(text, s, e)  # "Borgmesterens mødelokale Johnny Søtrup (V)"
        elif rows and ("\n" not in text[rows[-1].end : e] or annotation):
            # "Jacob Christensen, FKB s bestyrelse Flemming Nygaard-Jørgensen, FKB …" (flattened): the words
            # before the name are the previous entry's affiliation, the name ends the piece
            last = _last_name_in(text, s, e)
            hit = last if last is not None and not text[last.rest_start : e].strip() else None
        if hit is None:  # "RM", "KKR", "Faxe", "sygdom" go by; a longer text ends the list
            # unless it is the affiliation after a name in a list of one entry a line:
            # "• Direktør C.C. Nielsen, Nielsen & Nielsen Holding A/S"
            return len(piece.split()) > 3 and not annotation and not _rest_of_entry_line(text, s, e, rows)
    if len(hit.name.split()) >= 4 and _looks_flattened(hit.name):
        # "men kan ikke deltage Mette Jokumsen Annette Bellaoui, suppleant …" (flattened): two entries run
        # together, the first closed by no separator
        two = _two_names(text, hit)
        if len(two) == 2:
            rows.append(_row(two[0], status))
            hit = two[1]
    rest = text[hit.rest_start : e]
    affiliation = _AFFILIATION_REST.match(rest)
    if affiliation and (affiliation["region"] or is_body_genitive(affiliation["body"])):
        # "Jan Eriksen Friluftsrådets direktør Mads Ellegaard Friluftsrådets sekretariat", "Thyge Steffensen
        # Region Nordjylland Anni Juhl Jørgensen": a flattened table of names and whom they come for
        rows.append(_row(hit, status))
        next_at = hit.rest_start + affiliation.end()
        return next_at < e and _entry(text, next_at, e, status, rows, False, items)
    initials = _INITIALS_REST.match(rest)
    if initials and initials["initials"] == "".join(t[0] for t in hit.name.split()).upper():
        # "Bestyrelse: Torben Nøhr TN Formand Anders Thanning AT Trine L. Holmberg TLH": a table of names, their
        # initials and titles flattened onto one line
        row = _row(hit, status)
        row.role = row.role or (" ".join(initials["title"].lower().split()) if initials["title"] else None)
        rows.append(row)
        next_at = hit.rest_start + initials.end()
        return next_at < e and _entry(text, next_at, e, status, rows, False, items)
    apology = _BY_APOLOGY.match(rest)
    if apology:  # "Fraværende: Lars Rytter ved afbud Niels F. Dahlmann ved afbud": the next name runs on
        rows.append(_row(hit, "absent"))
        next_at = hit.rest_start + apology.end()
        return next_at < e and _entry(text, next_at, e, status, rows, False, items)
    some_items = _SOME_ITEMS.match(rest)
    if some_items and status == "absent":  # "Ole Hansen pkt. 1-3"
        rows.append(_row(hit, "absent"))
        _absent_from_some(rows, item_numbers(some_items["items"]), items)
        return False
    if status == "absent" and _PART_OF_MEETING_REST.match(rest) and "\n" not in rest.strip():
        # "Fraværende i mødet: Karoline Bendixen til kl. 18.40 i punkt 2": away for part of the meeting, so attended
        rows.append(_row(hit, "present"))
        return False
    # "Hanne Larsen (Børne- og Ungdomsorganisationernes Samråd)": the body the member comes for
    bracketed = _BRACKETED_REST.fullmatch(rest) is not None
    if _is_prose(rest) and not bracketed and not _STANDS_IN_REST.search(rest) and not _ROLE_REST.match(rest):
        if _CAPITAL_WORD_NEXT.match(rest):
            rows.append(_row(hit, status))  # "… Peter Uno Andersen Til toppen 41.": the next block ends the list
        return True  # "Niels E. Bjerrum (A) ankom kl. 17.54 under ...": prose after the list
    _person_entry(text, hit, e, status, rows)
    return False


# the workplace after a name's comma (no first name in it: "Anna Berg i stedet for …" is an entry of its own),
# then whom the member stands in for: "Nordsjællands Politi i stedet for Helge Tang Holbek", "AC Dansk
# Psykologforening (suppleant for Helle Friis)", a party letter then "(midlertidigt for Vicky B. Lorenzen)"
_WORKPLACE_INSTEAD = re.compile(
    r"(?P<workplace>[A-ZÆØÅ][^\n,;()]{0,60}?)[ \t]+"
    r"(?:i[ \t]+stedet[ \t]+for|\((?:som[ \t]+)?(?i:suppleant|stedfortræder|midlertidigt)[ \t]+for)[ \t]+(?=[A-ZÆØÅ])"
)


# the start of a line up to a piece that follows a name's entry on it: "Jan Ferdinandsen - ", "Ole Berg, "
_ENTRY_LEAD = re.compile(r"[ \t•*·-]*[A-ZÆØÅ][^\n]*?(?:,|[ \t][-–])[ \t]*")
# a line that begins with a name and goes on as a list entry does: "Erik Kjærsgaard - Teknisk Udvalg", "Anton
# Pedersen, Grundejerforeningen …", "Hans Hansen (A)"
_ENTRY_AFTER_NAME = re.compile(r"[ \t]*(?:[,(\-–]|\n|$)")


def _annotation_of_entry_line(text: str, s: int, e: int) -> bool:
    """In a list of one entry a line ("Name - whom for", "Name, Association"), the piece after the entry's
    name on its line is its annotation ("formand for Teknisk Udvalg", "Foreningen af sommerhusejere ved Bjerges
    Leje", "det har ikke været muligt at få fat på suppleanten") when the next line begins another entry: the
    list goes on."""
    if "\n" in text[s:e].strip():
        return False
    line_start = text.rfind("\n", 0, s) + 1
    if not _ENTRY_LEAD.fullmatch(text, line_start, s):
        return False
    line_end = text.find("\n", e)
    if line_end < 0:
        return False
    following = line_end  # the next line's first character, blank lines skipped (no copy of the rest)
    while following < len(text) and text[following].isspace():
        following += 1
    next_end = text.find("\n", following)
    hit = read_name(text, following, next_end if next_end >= 0 else len(text))
    return (
        hit is not None
        and hit.start == following
        and hit.name.split()[0] in first_names()
        and _ENTRY_AFTER_NAME.match(text, hit.end) is not None
    )


def _rest_of_entry_line(text: str, s: int, e: int, rows: list[Row]) -> bool:
    """The piece stands on the line of the list's last name, and the list holds one entry a line
    (the line ends within the piece, and the previous line began with that name or its title)."""
    if not rows or "\n" in text[rows[-1].end : s] or "\n" in text[s:e].rstrip("\n"):
        return False
    if _rest_of_bulleted_entry(text, s, e, rows[-1]):
        return True
    line_start = text.rfind("\n", 0, rows[-1].start) + 1
    before_name = text[line_start : rows[-1].start]
    bulleted = before_name.lstrip()[:1] in ("•", "·", "*", "-", "–")
    line_ends = e >= len(text) or text[e] == "\n" or text[e : e + 1] in ",;"
    return (bulleted or rows[-1].role is not None) and len(before_name.split()) <= 5 and line_ends


def _rest_of_bulleted_entry(text: str, s: int, e: int, last: Row) -> bool:
    """A bulleted list flattened onto one line ("• Direktør C.C. Nielsen, Nielsen & Nielsen Holding A/S •
    Koncerndirektør …"): the piece stands in the last name's entry, after at most a title and before
    the next bullet."""
    bullet = text.rfind("•", 0, last.start)
    if bullet < 0 or "\n" in text[bullet : last.start] or len(text[bullet + 1 : last.start].split()) > 5:
        return False
    return "•" not in text[last.end : s] and text[e : e + 1] == "•"


def _absent_from_some(rows: list[Row], missed: list[str], items: list[str], named_items: bool = False) -> None:
    """The last row's absence covers only the items named, unless they are all the meeting's items
    (or, for a list entry, the meeting's items are not known: "sag 129-138" may be all of them)."""
    row = rows[-1]
    if (items or named_items) and not (items and set(items) <= set(missed)):
        row.status, row.absent_items, row.per_item = "present", missed, True


# the words in lower case an organisation's name holds ("Netværk af Aktive Kystbyer", "Museet for Thy og
# Vester Hanherred"): alone they make no sentence
_NAME_LINKS = frozenset({"af", "for", "og", "i", "på", "til"})


def _is_prose(following: str) -> bool:
    """Three or more words, one of them in lower case and not a word that links an organisation's name:
    a sentence goes on after the name."""
    words = _WORDS.findall(following)
    return len(words) > 2 and any(len(w) > 1 and w.islower() and w not in _NAME_LINKS for w in words)


def _looks_flattened(name: str) -> bool:
    tokens = name.split()
    return any(
        t in first_names() and tokens[i - 1] not in first_names() and not tokens[i - 1].endswith(".")
        for i, t in enumerate(tokens)
        if 2 <= i < len(tokens) - 1
    )


def _last_name_in(text: str, s: int, e: int) -> NameHit | None:
    runs = list(NAME_RUN.finditer(text, s, e))
    for run in reversed(runs):
        tokens = run.group(0).split()
        while tokens and (not person_name(tokens) or tokens[0] not in first_names()) and len(tokens) > 2:
            tokens = tokens[1:]  # "… ved Bjerges Leje Erland Madsen": the name is the run's tail from a first name
        if person_name(tokens) and tokens[0] in first_names():
            begin = run.end() - len(" ".join(tokens))
            return read_name(text, begin, e)
    return None


def _person_entry(text: str, hit: NameHit, e: int, status: AttendanceStatus, rows: list[Row]) -> None:
    rest_start = hit.rest_start
    rest = text[rest_start:e]
    sub_in = _SUB_IN_REST.search(rest)
    if sub_in:  # "Marianne Zangenberg (stedfortræder: Per B. Andersen)"
        sub = read_name(text, rest_start + sub_in.end(), e)
        rows.append(_row(hit, "absent" if status == "present" else status))
        if sub:
            rows.append(_row(sub, "substitute", for_=hit.name))
        return
    for_rest = _SUB_FOR_REST.match(rest) or _FOR_REST.match(rest)
    absent = read_name(text, rest_start + for_rest.end(), e) if for_rest else None
    if for_rest and absent is None and not _SUB_FOR_REST.match(rest):
        for_rest = None  # "Jens Hansen for Aarhus Kommune": whom he comes for, not whom he stands in for
    if for_rest:  # "Birgitte Glifberg (A), Suppleant for Brian Møller (A)", "Leif Sønderup for Jann Hansen"
        rows.append(_row(hit, "substitute", for_=absent.name if absent else None))
        if absent:
            rows.append(_row(absent, "absent"))
        return
    if _CAME_AS_SUB.match(rest):  # "... - Marianne Kiærulff (V) mødte som stedfortræder."
        previous = rows[-1] if rows and rows[-1].status != "substitute" else None
        if previous is not None and previous.status == "present":
            previous.status = "absent"
        rows.append(_row(hit, "substitute", for_=previous.name if previous else None))
        return
    other = re.match(r"[\s\-–,]+", rest)
    if other:  # "Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder."
        sub = read_name(text, rest_start + other.end(), e)
        if sub and _CAME_AS_SUB.match(text[sub.rest_start : e]):
            rows.append(_row(hit, "absent" if status == "present" else status))
            rows.append(_row(sub, "substitute", for_=hit.name))
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
        rows.append(_row(hit, "substitute", for_=previous.name if previous else None))
        return
    if status == "absent" and rows and _CALLED_IN_REST.fullmatch(rest):
        # "Fraværende med afbud: Maria Bagger Grell, Merete Øverup indkaldt": the one called in (or who came)
        # for the absent member before on the line; for whom is not said when more are absent on it
        on_line = [r for r in rows if r.status == "absent" and "\n" not in text[r.start : hit.start]]
        rows.append(_row(hit, "substitute", for_=on_line[0].name if len(on_line) == 1 else None))
        return
    if status == "present" and _SUB_MARK_REST.match(rest):
        rows.append(_row(hit, "substitute"))  # "Birgit Olsen (suppleant)(BO)": whom for is not said
        return
    role = _ROLE_REST.match(rest)
    if status == "present" and _ABSENT_REST.match(rest):
        status = "absent"  # "Lise Jensen (V), næstformand, afbud" in a list of the members
    rows.append(_row(hit, status, role=role["role"].lower() if role else None))


_DEPUTY_BETWEEN_COMMAS = re.compile(r",[ \t]*[A-ZÆØÅ]")
_CALLED_AFTER_COMMA = re.compile(r"(?i)[ \t]*,?[ \t]*(?:er|var|blev)[ \t]+indkaldt|[ \t]*,?[ \t]*(?:deltog|deltager)\b")


def _attach(text: str, s: int, e: int, rows: list[Row]) -> None:
    """After a name: "suppleant for Y", "suppleant Martin Hillerup deltog", "i stedet deltager Claus Brandt"."""
    previous = rows[-1]
    piece = text[s:e]
    for_match = re.match(r"(?i)(?:suppleant|stedfortræder)\w*\s+for\s+", piece)
    if for_match:
        absent = read_name(text, s + for_match.end(), e)
        previous.status, previous.for_ = "substitute", absent.name if absent else None
        if absent:
            rows.append(_row(absent, "absent"))
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
        if previous.status == "present":
            previous.status = "absent"
        rows.append(_row(sub, "substitute", for_=previous.name))


def _for_labels(text: str, lower: str, others: OtherMeetings) -> list[Row]:
    """Lines like "Suppleant for Mette Jensen: Karin Holm (A)"."""
    rows: list[Row] = []
    if "suppleant for" not in lower and "stedfortræder for" not in lower:
        return rows
    for m in _FOR_LABEL.finditer(text):
        if others.covers(m.start()):
            continue
        sub = read_name(text, m.end(), text.find("\n", m.end()) if "\n" in text[m.end() :] else len(text))
        absent = read_name(text, m.start("for"), m.end("for"))
        if sub:
            rows.append(_row(sub, "substitute", for_=absent.name if absent else m["for"].strip()))
        if absent:
            rows.append(_row(absent, "absent"))
    return rows


def _blocks(text: str, lower: str, limit: int, items: list[str], others: OtherMeetings) -> list[Row]:
    # a list in another meeting's record ("Sagsforløb … Økonomiudvalget den 20. januar 2025 … Afbud: X") is
    # that meeting's attendance
    labels = [(m, status) for m, status in _labels(text, lower, limit) if not others.covers(m.start())]
    rows: list[Row] = []
    for index, (m, status) in enumerate(labels):
        end = min(len(text), m.end() + 4000)
        if index + 1 < len(labels):
            end = min(end, labels[index + 1][0].start())
        for_label = " for " in lower[m.start() : end] and _FOR_LABEL.search(text, m.start(), end)
        for stop in (_next_heading(text, m.end(), end, status), for_label or None):
            end = stop.start() if stop else end
        # "Deltagere: Afbud: A, B" - a two-column header flattened: the list is the first column's
        second: AttendanceStatus | None = None
        if index > 0 and not text[labels[index - 1][0].end() : m.start()].strip():
            previous = labels[index - 1][0]
            same_line = "\n" not in text[previous.start() : m.end()]
            if same_line and (previous["colon"] or not m["colon"]):
                second, status = status, labels[index - 1][1]
        block = _read_block(text, m.end(), end, status, items)
        label_role = MEMBER_LABEL_ROLES.get(" ".join((m["label"] or "").lower().split()))
        for row in block if label_role else ():
            row.role = row.role or label_role
        second = second or m.second
        if second is not None and second != status:
            _second_column(text, block, second)
        if m.second is not None and not block:
            block = _values_before_next_label(text, m.end(), end, status, m.second)
        some = _SOME_ITEMS.search(m["extra"] or "") if status == "absent" else None
        if some:  # "Fraværende under punkt 3: Jens Hansen"
            missed = item_numbers(some["items"])
            for row in block:
                rows.append(row)
                _absent_from_some(rows, missed, items, named_items=True)
        else:
            rows.extend(block)
    return rows


# a heading of one group of those present, on a line of its own with names below: "Borgerrepræsentanter:",
# "Fra Kultur- og Fritidsforvaltningen:", "Tilforordnet fra handicaporganisationerne:"
_GROUP_HEADING = re.compile(r"[ \t•*·-]*[A-ZÆØÅ][^\n:.]{0,80}:[ \t]*(?=\n)")
# a heading of a group that did not come ("Følgende havde meldt afbud:") heads no group of those present
_ABSENCE_WORDS = re.compile(r"(?i)afbud|fravær|forfald|ikke|udebl|suppleant|stedfortræd")


def _next_heading(text: str, pos: int, end: int, status: AttendanceStatus) -> re.Match[str] | None:
    """The next label that ends a list ("Bemærkninger:", "Referent:"); in a list of those present, a
    heading of one group of them on a line of its own with names below ends none."""
    for stop in _any_labels(text, pos, end):
        if status != "present" or not _group_heading_at(text, stop.start()):
            return stop
    return None


def _group_heading_at(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    heading = _GROUP_HEADING.match(text, line_start)
    if heading is None or heading.end() < pos or _ABSENCE_WORDS.search(heading.group(0)):
        return False
    return _names_follow(text, heading.end(), 1)


def _second_column(text: str, block: list[Row], status: AttendanceStatus) -> None:
    """Of a two-column header flattened ("Medlemmer Fraværende A, B, C D", "Deltagere: Afbud: A, B, C, kd-net
    (ref.) D"), the name run on after the comma list's last entry without a separator is the second
    column's ("D" is absent)."""
    if len(block) < 3:
        return
    last = block[-1]
    before = text[block[-2].end : last.start].rstrip(" \t")
    gap = text[block[-3].end : block[-2].start]
    run_on = not before.endswith((",", ";")) and not re.search(r"\b(?:og|samt)$", before)
    if "," in gap and run_on and "\n" not in before and len(before) <= 30:
        last.status = status


def _values_before_next_label(
    text: str, start: int, end: int, status: AttendanceStatus, second: AttendanceStatus
) -> list[Row]:
    """A two-column header flattened with other cells between ("Fraværende Stedfortræder Byrådssalen, …
    spørgsmål. Jørgen Tousgaard Steen Jensen Medlemmer …"): the two names run together just before the
    next label are the two columns' values, the second standing in for the first."""
    tail_start = max(start, end - 120)
    stop = max((m.end() for m in re.finditer(r"[.:;,)]\s", text[tail_start:end])), default=0)
    hits = split_run(text, tail_start + stop, end)
    if len(hits) == 1:
        hits = _two_names(text, hits[0])  # "Jørgen Tousgaard Steen Jensen"
    if len(hits) != 2 or text[hits[1].end : end].strip() or text[tail_start + stop : hits[0].start].strip():
        return []
    if text[hits[0].end : hits[1].start].strip():
        return []
    first, other = hits
    for_ = first.name if second == "substitute" else None
    return [_row(first, status), _row(other, second, for_=for_)]


def _two_names(text: str, hit: NameHit) -> list[NameHit]:
    """One run read as one name that is two: a first name after a surname inside it."""
    spans = [(m.start(), m.end(), m.group(0)) for m in NON_SPACE.finditer(text, hit.start, hit.end)]
    cuts = [
        i
        for i in range(2, len(spans) - 1)
        if spans[i][2] in first_names() and spans[i - 1][2] not in first_names() and not spans[i - 1][2].endswith(".")
    ]
    if len(cuts) != 1:
        return [hit]
    i = cuts[0]
    a = NameHit(" ".join(t for _, _, t in spans[:i]), spans[0][0], spans[i - 1][1], rest_start=spans[i - 1][1])
    b = NameHit(" ".join(t for _, _, t in spans[i:]), spans[i][0], spans[-1][1], rest_start=spans[-1][1])
    return [a, b] if person_name(a.name.split()) and person_name(b.name.split()) else [hit]


def find_attendance(
    text: str, items: list[AgendaItem] | None = None, meeting_date: date | None = None
) -> list[Attendance]:
    """Attendance from labelled lists anywhere in the document (member lists only before the first
    item) and from the prose forms, one row per person."""
    text = _in_capitals(_clean(text))
    lower = lowered(text)
    items = items or []
    first_item = min((item.start for item in items), default=len(text))
    limit = max(first_item, 4000)
    numbers = [item.number for item in items if item.number]
    others = other_meetings(text, lower, [item.start for item in items if not item.from_contents], meeting_date)
    rows = _blocks(text, lower, limit, numbers, others) + _for_labels(text, lower, others)
    initialled = initialled_entries(text, 0, limit)
    if initialled:  # "Esbjerg Kommune Kurt Jakobsen (KJ) Afbud": the initials say where the name begins
        lines = [(entry.line_start, entry.line_end) for entry in initialled]
        rows = [row for row in rows if not any(a <= row.start < b for a, b in lines)]
        rows += [Row(entry.name, entry.status, entry.start, entry.end) for entry in initialled]
    listed = any(row.status == "present" and not row.per_item for row in rows)
    rows += find_prose(text, lower, numbers, meeting_date, others)
    spans = [(item.start, item.end, item.number) for item in items if item.number]
    rows += find_item_absences(text, lower, spans, others)
    if items or meeting_date is not None:
        # on a page that records no meeting (no items, no date: a body's web page), an unlabelled run of
        # names with their parties ("Nils Borring (A), Favrskov") is its members, not who came
        rows += _affiliated_runs(text, first_item, {_key(row.name) for row in rows})
    column = _status_column(text)
    rows += column
    if not listed and not column:
        rows += find_votes(text, lower, others)  # no list of those present: a vote names some
    return _merge(rows)


# a table of members with their attendance in a column: "Jens Hansen (A)<tab>Mødt", "Lise Jensen  Afbud"
_STATUS_WORDS: dict[str, AttendanceStatus] = {
    "mødt": "present", "til stede": "present", "deltog": "present", "deltager": "present", "fremmødt": "present",
    "afbud": "absent", "fraværende": "absent", "ikke mødt": "absent", "fravær": "absent", "forfald": "absent",
}  # fmt: skip
# an entry is a line, or on a page flattened onto one line the text between two bullets:
# "Medlemmer • Lars Gaardhøj: Deltog • Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling) • …"
_STATUS_ENTRY = (
    rf"[ \t•*·-]*(?P<name>{NAME_RUN.pattern})(?P<party>[ \t]*\([^()\n]{{1,30}}\))?"
    r"(?:\t+[ \t]*|[ \t]{2,}|[ \t]+[-–|][ \t]+|[ \t]*:[ \t]*)"  # "• Leila Lindén: Deltog"
    rf"(?P<status>(?i:{'|'.join(sorted(_STATUS_WORDS, key=len, reverse=True))}))(?![\wæøå])[^\n•]*(?=•|$)"
)
_STATUS_LINE = re.compile(rf"(?m)(?:^|(?<=•)){_STATUS_ENTRY}")
# the line break or bullet right before a status line: a pattern that opens with a character class is
# scanned for at C speed, where one that opens with "^" or a look-behind is tried at every position
_BEFORE_STATUS_LINE = re.compile(rf"(?m)[\n•](?={_STATUS_ENTRY})")


def _status_lines(text: str) -> Iterator[re.Match[str]]:
    """What ``_STATUS_LINE.finditer(text)`` finds: a match starts at the text's start or right after a
    line break or a bullet (and a match never ends on one, so none is skipped by resuming at its end)."""
    resume = 0
    first = _STATUS_LINE.match(text)
    if first is not None:
        yield first
        resume = first.end()
    for before in _BEFORE_STATUS_LINE.finditer(text, resume):
        if before.start() < resume:
            continue
        line = _STATUS_LINE.match(text, before.start() + 1)
        if line is not None:
            yield line
            resume = line.end()


def _status_column(text: str) -> list[Row]:
    rows: list[Row] = []
    for line in _status_lines(text):
        hit = read_name(text, line.start("name"), line.end("name"))
        if hit is None:
            continue
        status = _STATUS_WORDS[" ".join(line["status"].lower().split())]
        rows.append(_row(hit, status))
        after = line.end("status")
        sub_in = _SUB_IN_REST.match(text[after : line.end()]) if status == "absent" else None
        sub = read_name(text, after + sub_in.end(), line.end()) if sub_in else None
        if sub is not None:  # "• Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling, …)"
            rows.append(_row(sub, "substitute", for_=hit.name))
    return rows


# "Bestyrelsesformand Poul Vesterbæk (Viborg Kommune), næstformand for Bestyrelsen Peter Thyssen
# (Århus Kommune), Eli Vium (Holstebro Kommune), …": before the first item, a list of three or more
# names each with its municipality, region or party in brackets is the meeting's attendance even where
# a flattened header table has put its label ("Mødedeltagere") far from it
_BRACKET = re.compile(r"\((?P<inside>[^()\n]{1,40})\)")
_RUN_GAP = re.compile(r"\s*(?:,|og\b|samt\b)\s*(?:[\wæøåÆØÅ-]+\s+){0,3}")  # ", næstformand for Bestyrelsen "


def _affiliated_runs(text: str, limit: int, known: set[str]) -> list[Row]:
    entries: list[tuple[int, int, NameHit]] = []  # (entry start, bracket end, name)
    for bracket in _BRACKET.finditer(text, 0, limit):
        inside = bracket["inside"].strip()
        if not (is_municipality(inside) or PARTY.fullmatch(f"({inside})")):
            continue
        runs = [m for m in NAME_RUN.finditer(text, max(0, bracket.start() - 60), bracket.start())]
        run = runs[-1] if runs else None
        if run is None or text[run.end() : bracket.start()].strip():
            continue
        tokens = run.group(0).split()
        while len(tokens) > 2 and tokens[0] not in first_names():
            tokens = tokens[1:]
        # the bracket says it is a person's entry: a surname that is also a place ("Vesterbæk") is kept
        if tokens[0] not in first_names() or not 2 <= len(tokens) <= 4 or tokens[-1].endswith("."):
            continue
        if any(t in NOT_NAME_WORDS or t.lower() in ROLE_WORDS for t in tokens):
            continue
        start = run.end() - len(" ".join(tokens))
        entries.append((start, bracket.end(), NameHit(" ".join(tokens), start, run.end(), inside, None, bracket.end())))
    rows: list[Row] = []
    run_of: list[NameHit] = []
    previous_end = -1
    for start, end, hit in [*entries, (len(text) + 1, 0, NameHit("", 0, 0))]:
        gap = text[previous_end:start] if previous_end >= 0 else ""
        if previous_end < 0 or not _RUN_GAP.fullmatch(gap) or not any(c in gap for c in ",o"):
            if len(run_of) >= 3:
                rows += [_row(h, "present") for h in run_of if _key(h.name) not in known]
            run_of = []
        run_of.append(hit)
        previous_end = end
    return rows


_RANK = {"present": 0, "absent": 1, "substitute": 2}


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _merge(rows: list[Row]) -> list[Attendance]:
    """One row per person: a substitute outranks an absence, an absence a member list; a per-item
    absence keeps the person present with the items they missed."""
    best: dict[str, Row] = {}
    missed: dict[str, list[str]] = {}
    order: list[str] = []
    for row in rows:
        row.name = _rejoined(row.name)
        row.for_ = _rejoined(row.for_) if row.for_ else row.for_
    rows = _pair_substitutes(_one_spelling(rows))
    for row in rows:
        key = _key(row.name)
        if row.absent_items:
            missed.setdefault(key, [])
            missed[key] += [n for n in row.absent_items if n not in missed[key]]
        if key not in best:
            best[key] = row
            order.append(key)
            continue
        held = best[key]
        if row.per_item and not held.per_item:
            continue
        if _RANK[row.status] > _RANK[held.status] or (held.per_item and not row.per_item):
            row.for_ = row.for_ or (held.for_ if held.status == row.status else None)
            row.party = row.party or held.party
            row.role = row.role or held.role  # a member listed, then absent, keeps the list's role
            best[key] = row
        elif row.status == held.status:
            held.for_ = held.for_ or row.for_
            held.party = held.party or row.party
            held.role = held.role or row.role
    out = []
    for key in order:
        row = best[key]
        items = missed.get(key, []) if row.status == "present" else []
        out.append(
            Attendance(
                name=row.name,
                status=row.status,
                for_=row.for_ if row.status == "substitute" else None,
                party=row.party,
                role=row.role,
                absent_items=sorted(items, key=_item_order),
                start=row.start,
                end=row.end,
            )
        )
    return out


# a word a PDF's line break hyphenated, the hyphen left in the flattened text: "Knud Lar-sen" (a double surname's
# second part keeps its capital: "Hess-Nielsen")
_BROKEN_WORD = re.compile(r"(?<=[a-zæøå])-(?=[a-zæøå])")


def _rejoined(name: str) -> str:
    return _BROKEN_WORD.sub("", name) if "-" in name else name


def _one_spelling(rows: list[Row]) -> list[Row]:
    """Rows of one person under two spellings take the spelling with fewer initials (its span too), and a
    first and last name the one longer name with both."""
    by_first: dict[str, dict[str, Row]] = {}
    for row in rows:
        by_first.setdefault(row.name.split()[0], {}).setdefault(row.name, row)
    first_row = {name: row for group in by_first.values() for name, row in group.items()}
    canonical = {name: first_row[other] for name, other in fuller_spellings(first_row).items()}
    for group in by_first.values():
        for name in group:
            # "Flemming Trojel (V) er indkaldt som stedfortræder" for "Flemming Valdemar Trojel" in the member
            # list: a first and last name with another status elsewhere in the text is the one longer name of
            # the rows with both, middle names dropped ("Michael Larsen, Michael Seiding Larsen" in one list
            # are two members)
            tokens, short = name.split(), group[name]
            if len(tokens) > 2 and "." not in name and name not in canonical:
                # "Bente Gertz Hansn" in the absent list for "Bente Gertz Hansen" in the member list: a name
                # misspelt with another status is the one spelt first
                earlier = [
                    row for other, row in group.items()
                    if row.start < short.start and row.status != short.status and "." not in other
                    and other not in canonical and same_person(other, name)
                ]  # fmt: skip
                if earlier:
                    canonical[name] = earlier[0]
                continue
            if len(tokens) != 2 or "." in name:
                continue
            longer = [row for other, row in group.items() if len(other.split()) > 2 and other.split()[-1] == tokens[-1]]
            if len(longer) == 1 and longer[0].status != short.status and abs(longer[0].start - short.start) > 300:
                canonical[name] = longer[0]
    for row in rows:
        for name_attr in ("name", "for_"):
            value = getattr(row, name_attr)
            if value in canonical:
                target = canonical[value]
                setattr(row, name_attr, target.name)
                if name_attr == "name":
                    row.start, row.end = target.start, target.end
    return rows


def _item_order(number: str) -> tuple[int, str]:
    return (int(number), "") if number.isdigit() else (10**6, number)


def _pair_substitutes(rows: list[Row]) -> list[Row]:
    """Whom a substitute stood in for where a sentence gave only a first name ("Anns suppleant"), then
    ``_pair_unnamed``."""
    absent_names = {r.name for r in rows if r.status == "absent"}
    unnamed: list[Row] = []
    for row in rows:
        if row.status == "substitute" and row.for_ and " " not in row.for_:
            # "deltog som Anns suppleant": the one absent member of that first name, else no one (and no other
            # absent member paired with the substitute below)
            named = {name for name in absent_names if name.split()[0] == row.for_}
            if len(named) == 1:
                row.for_ = named.pop()
            else:
                unnamed.append(row)
    _pair_unnamed(rows)
    for row in unnamed:
        row.for_ = None
    return rows


def _pair_unnamed(rows: list[Row]) -> None:
    """A substitute list with no one named as stood in for, and exactly as many absences without a
    substitute: paired in order (one "Afbud:" and one "Stedfortrædere:", or three and three)."""
    subs = [r for r in rows if r.status == "substitute" and not r.for_]
    if not subs:
        return
    covered = {_key(r.for_) for r in rows if r.status == "substitute" and r.for_}
    sub_keys = {_key(r.name) for r in rows if r.status == "substitute"}
    absent: list[Row] = []
    for r in rows:
        key = _key(r.name)
        if r.status == "absent" and key not in covered | sub_keys and all(_key(a.name) != key for a in absent):
            absent.append(r)
    unique_subs: list[Row] = []
    for r in subs:
        if all(_key(u.name) != _key(r.name) for u in unique_subs):
            unique_subs.append(r)
    if len(unique_subs) == len(absent):
        pairs = {_key(s.name): a.name for s, a in zip(unique_subs, absent, strict=True)}
        for r in subs:
            r.for_ = pairs[_key(r.name)]
