"""The labels that head an attendance list ("Deltagere:", "Til stede på mødet var", "Afbud" on a line of
its own, "Medlemmer" with names below, a two-column header flattened) with the status of each list; the labels
that end one are ``attendance_list_ends``'."""

from __future__ import annotations

import re
from itertools import islice

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_columns import STATUS_LINE
from graphbuild.parse.attendance_groups import FollowingNames, NamesFollow, names_follow
from graphbuild.parse.attendance_label_heads import HEAD_WORDS, head_labels
from graphbuild.parse.attendance_label_stops import sentence_ends_inside
from graphbuild.parse.attendance_list_ends import in_bracket
from graphbuild.parse.attendance_names import read_name, split_run_lazily
from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.attendance_slash_labels import label_after_slash, second_label_words
from graphbuild.vocab.person_names import NAME_RUN
from graphbuild.vocab.text_runs import reversed_text

_LABELS: dict[str, AttendanceStatus] = {
    "deltagere": "present", "deltager": "present", "deltagerne": "present", "til stede": "present",
    "tilstede": "present", "mødedeltagere": "present", "fremmødte": "present", "medlemmer": "present",
    "deltog": "present", "deltagerfortegnelse": "present", "øvrige deltagere": "present", "gæster": "present",
    "afbud": "absent", "fraværende": "absent", "ikke til stede": "absent", "ikke tilstede": "absent",
    "fravær": "absent", "afbud fra": "absent", "meldt afbud": "absent", "forfald": "absent",
    "fraværende med afbud": "absent", "fraværende uden afbud": "absent", "meldt forfald": "absent",
    "uden afbud": "absent",
    "suppleant": "substitute", "suppleanter": "substitute", "stedfortræder": "substitute",
    "stedfortrædere": "substitute", "mødt suppleant": "substitute", "indkaldt suppleant": "substitute",
    "indkaldte stedfortrædere": "substitute", "indkaldt stedfortræder": "substitute",
    "mødt": "present", "fremmødt": "present", "til stede var": "present", "tilstede var": "present",
    "desuden deltog": "present", "endvidere deltog": "present", "ikke mødt": "absent", "fraværende var": "absent",
    "ikke fremmødt": "absent", "ikke fremmødte": "absent",
    # the same negated with "ej", as a portal's decision lines print it ("Godkendt Ej til stede: Sadik Topcu"): never
    # the list of those present its last words would make it
    "ej til stede": "absent", "ej tilstede": "absent", "ej mødt": "absent", "ej fremmødt": "absent",
    # the participation word negated: "Deltog ikke:", "Ikke deltagende:", "Deltager ikke:" (an agenda's)
    "deltog ikke": "absent", "deltager ikke": "absent", "ikke deltagende": "absent", "ikke deltaget": "absent",
    "derudover deltog": "present", "herudover deltog": "present", "indkaldelse": "present",
    "fremmøde": "present", "tilstedeværende": "present", "i mødet deltog": "present",
    # a sentence that heads a list, the names below it after a blank line: "Følgende havde meldt afbud:"
    "følgende havde meldt afbud": "absent", "følgende har meldt afbud": "absent", "følgende var fraværende": "absent",
    "følgende havde meldt forfald": "absent", "følgende udeblev uden afbud": "absent", "følgende udeblev": "absent",
    "følgende deltog": "present", "følgende var til stede": "present",
    # a label that names who stood in: "Mødt som stedfortræder:", "Deltog som suppleanter:"
    "mødt som stedfortræder": "substitute", "mødt som suppleant": "substitute", "mødte som stedfortræder": "substitute",
    "mødte som suppleant": "substitute", "deltog som stedfortræder": "substitute", "deltog som suppleant": "substitute",
    "mødt som stedfortrædere": "substitute", "mødt som suppleanter": "substitute",
    "deltog som stedfortrædere": "substitute", "deltog som suppleanter": "substitute",
    # kept away: "Forhindret:", "Forhindret i at deltage:" (the words before the colon qualify it)
    "forhindret": "absent", "forhindrede": "absent",
    # the participle forms of the words already read: "Deltagende:", "Udeblevet:", "Udeblevne medlemmer:"
    "deltagende": "present", "udeblev": "absent", "udeblevet": "absent", "udeblevne": "absent",
    # those who came besides the members, a header's field of its own: "Øvrige: Direktør H. C. Bonde", "Sekretariat:
    # Rico Boye Jensen", "Endvidere deltager: …" (with a colon only: "Øvrige punkter" is no list)
    "øvrige": "present", "sekretariat": "present", "sekretariatet": "present", "endvidere deltager": "present",
    "desuden deltager": "present", "derudover deltager": "present", "herudover deltager": "present",
    # all came, the list of them after the word (with its colon only): "Fuldtallig: Jesper Lillesø, Søren …"
    "fuldtallig": "present", "fuldtalligt": "present",
    # the members called to the meeting, a member list (with its colon only): "Indkaldte: A, B, C"
    "indkaldte": "present",
    # with their colon only, nothing between: "Mødt op: A, B", "Afmeldt: C", "Afmeldte: D", "Manglende: E"
    "mødt op": "present", "afmeldt": "absent", "afmeldte": "absent", "manglende": "absent",
}  # fmt: skip

# labels that head a list only with their colon right after them: "Manglende bilag:", "Afmeldt arrangement:" are
# no lists of people
_BARE_COLON_ONLY = frozenset({"mødt op", "afmeldt", "afmeldte", "manglende"})

# labels that head a list only with their colon: without it their words are a heading or prose ("Øvrige punkter",
# "Sekretariatet udarbejder …")
COLON_ONLY = frozenset(
    {"øvrige", "sekretariat", "sekretariatet", "fuldtallig", "fuldtalligt", "indkaldte", *_BARE_COLON_ONLY}
)

LABEL_STATUSES = _LABELS  # each label's words, lower-cased, and the status of the list it heads

# a label on a line of its own whose words go on to the meeting: "Til stede på mødet var"
# blank runs read once (possessive: what follows each opens with a letter, a colon, a bullet or the line's end), as
# three `[ \t]*` side by side split a run of blanks every way (500 blanks: 0.2 s; 1,000: 1.8 s; 4,000: minutes)
_LABEL_TAIL = re.compile(r"[ \t]*+(?:(?:på|ved|under|i)[ \t]++mødet)?(?:[ \t]*+\b(?:var|er))?[ \t]*+:?[ \t]*+(?=\n|$)")

# the same on a page flattened onto one line, a bulleted list after it
_LABEL_TAIL_BULLET = re.compile(
    r"[ \t]*+(?:(?:på|ved|under|i)[ \t]++mødet)?[ \t]*+\b(?:var|er)[ \t]*+:?(?=[ \t]*+[•·][ \t])"
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


def _spaced(label: str) -> str:
    """A label's words as a pattern with any run of spaces or tabs between them: a joined line break
    ("Derudover\n\ndeltog:" read as "Derudover  deltog:") or a PDF's wide gap leaves more than one."""
    return r"[ \t]+".join(map(re.escape, label.split()))


_ALTS = "|".join(map(_spaced, sorted([*_LABELS, *_MEMBER_LABELS], key=len, reverse=True)))

# a label glossed by another in brackets: "Fraværende (afbud):", "Afbud (fraværende):", "Fraværende (med afbud):"
_BRACKETED_LABEL = rf"(?:[ \t]*\((?i:(?:med|uden)[ \t]+)?(?i:{_ALTS})\))?"

# words between a label and its colon that say where or when, which may run long and hold a comma that is no
# list's: "Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022:", "Fraværende i Erhverv-, Klima-, Miljø- og
# Teknikudvalget - 14. november 2022:"
_WHERE_OR_WHEN_WORD = r"(?:i|ved|under|på|til)[ \t]+(?=[A-ZÆØÅ])"
_WHERE_OR_WHEN = re.compile(rf"[ \t]+{_WHERE_OR_WHEN_WORD}")

_LABEL = re.compile(
    rf"(?<![\w-])(?P<label>(?i:{_ALTS}))(?:/[a-zæøå]+)?(?![\w]){_BRACKETED_LABEL}"
    rf"(?:(?P<extra>[ \t](?:{_WHERE_OR_WHEN_WORD}[^\n:()]{{1,80}}?|[^\n:()]{{1,60}}?))(?=[ \t*_]*:(?!\d)))?[ \t*_]*"
    rf"(?P<colon>:|[-–](?=[ \t]*[A-ZÆØÅ]))?"
)

_BARE_LABEL = re.compile(rf"(?<![\w-])(?P<label>(?i:{_ALTS}))(?:/[a-zæøå]+)?(?![\w])(?P<extra>(?!))?(?P<colon>(?!))?")

# a label opening its line glued to the first name after it, a web table's two cells run together with no space
# ("FraværendeBjarke Elling, Jens Holck, Line Kemner")
_GLUED_LABEL = re.compile(
    rf"(?P<label>(?i:{_ALTS}))(?=[A-ZÆØÅ][a-zæøå]+[ \t]+[A-ZÆØÅ])(?P<extra>(?!))?(?P<colon>(?!))?"
)

# an attendance label in capitals inside the words before a label's colon: the colon is that label's, the words
# before it the first label's list ("FRAVÆRENDE: Afbud fra Jens Bruhn og Helge Tang Holbek ENDVIDERE DELTOG: Finn
# Mikkelsen", a page flattened)
_LABEL_INSIDE = re.compile(
    rf"(?<![\w-])(?=[A-ZÆØÅ])(?i:{'|'.join(map(_spaced, sorted(_LABELS, key=len, reverse=True)))})(?![\w])"
)

# the first words of the labels, looked for in the lower-cased text before any regex runs
_LABEL_WORDS = tuple(
    sorted(
        {label if label.startswith(("til", "i ", "ej ")) else label.split()[0] for label in [*_LABELS, *_MEMBER_LABELS]}
    )
)

# the words a label opens with and the words of a head label's line, for the document's one pass over its cue words
LABEL_WORDS = (*_LABEL_WORDS, *HEAD_WORDS)


_LINE_LEAD = re.compile(r"[ \t*_#>•-]*")  # only marks before a label at the start of its line


# a label in lower case after a label, before the colon, qualifies it and is no heading of its own: "Fravær
# uden afbud:", "Fraværende medlemmer:", "Medlemmer fraværende:" (an absence either names makes the list's)
_QUALIFIER = re.compile(rf"[ \t]+(?P<label>{_ALTS})[ \t]*")

_QUALIFIER_ALONE = re.compile(rf"[ \t]*(?P<label>{_ALTS})[ \t]*")  # the same after a label's match, no colon

_LABEL_NEXT = re.compile(rf"[ \t]*(?P<label>(?i:{_ALTS}))(?![\w])")  # another label straight after one

# words between a label and its colon that go on to the meeting: "Tilstede var:", "Til stede på mødet:"
_TO_THE_MEETING = re.compile(r"[ \t]*(?:(?:på|ved|under|i)[ \t]+mødet|i[ \t]+dag)?(?:[ \t]*\b(?:var|er))?[ \t]*")

# "Fra" right before a body's name on its line: "Fra Byrådet:" heads one group of a list ("Fraværende:" above it)
_GROUP_FROM = re.compile(r"(?<![\w-])[Ff]ra[ \t]+\Z")
# "Deltagere fra udvalget:", "Medlemmer af byrådet:", "Deltagere fra stiftsadministrationen og øvrige:"
_GROUP_OF_BODY = re.compile(r"\s+(?:fra|af)\s+\w+(?:\s+og\s+\w+)?\s*")


_ENTRY_LINE = re.compile(rf"[ \t•*·-]*(?:{NAME_RUN.pattern})(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*")


class _Label:
    """A label's match, its end moved past words that go on to the meeting ("Til stede på mødet var")."""

    def __init__(
        self,
        match: re.Match[str],
        end: int | None = None,
        second: AttendanceStatus | None = None,
        *,
        key: str | None = None,
        start: int | None = None,
    ) -> None:
        self._match = match
        self._end = match.end() if end is None else end
        self._start = match.start() if start is None else start
        self.second = second  # the status of a second column's label flattened after this one
        self._key = key  # a label read by its head noun: the label it reads as ("Udvalgets medlemmer" → "medlemmer")

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def __getitem__(self, group: str) -> str | None:
        if self._key is not None and group != "colon":
            return self._key if group == "label" else None
        return self._match[group]


ListLabel = _Label  # a list label's match, as other modules name it


def status_of_label(words: str) -> AttendanceStatus | None:
    """The status of the list a label's words head ("Fraværende" → absent), None for another field's label."""
    return _LABELS.get(" ".join(words.lower().split()))


def list_labels(
    text: str, lower: str, limit: int, records_meeting: bool, cues: CueWords
) -> list[tuple[_Label, AttendanceStatus]]:
    """Attendance labels with the status of the list each heads; a member list only before ``limit`` (``cues``: the
    document's cue words found once, ``LABEL_WORDS`` among them)."""
    found: list[tuple[_Label, AttendanceStatus]] = []
    previous = -1
    follows = NamesFollow(text)  # a candidate read both as a label and by its head noun is asked once
    for at in cues.offsets(_LABEL_WORDS):
        after_slash = not text[at].isupper() and label_after_slash(text, at, _LABELS)  # "Indkaldt/tilstedeværende:"
        if at == previous or not (text[at].isupper() or after_slash) or (found and at < found[-1][0].end()):
            continue
        previous = at
        label = _label_at(text, at, limit, found, follows)
        if after_slash and label is not None and not label[0]["colon"]:
            continue  # a label after a slash heads a list with its colon only
        if label is not None:
            found.append(label)
    found = _with_sentence_labels(text, limit, found)
    return _with_head_labels(text, limit, found, records_meeting, cues, follows)


# a sentence that heads a list with its verb and colon, where the meeting or a delegation is named before the verb:
# "På Skovrådsmødet deltog:", "Fra Naturstyrelsen deltog:", "På mødet deltog:" (the verb in lower case, so no label
# word opens it); not an item's ("Under punkt 5 deltog:") nor a stand-in's ("I stedet deltog:")
_SENTENCE_LABEL = re.compile(
    r"(?<![\w-])(?P<label>(?P<lead>I|På|Fra|Ved)[ \t]+(?!stedet\b)[A-ZÆØÅa-zæøå][^\W\d]*"
    r"(?:[ \t]+[^\W\d][\w-]*){0,3}?[ \t]+deltog)[ \t]*(?P<colon>:)(?!\d)(?P<extra>(?!))?"
)
_SENTENCE_LABEL_REACH = 80  # how far before its verb such a sentence may open
_NAMES_RUN_NEXT = re.compile(r"[ \t]*(?:[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?[ \t]+){3}[A-ZÆØÅ][a-zæøå]+")


def _with_sentence_labels(
    text: str, limit: int, found: list[tuple[_Label, AttendanceStatus]]
) -> list[tuple[_Label, AttendanceStatus]]:
    """``found`` with the sentences that head a list before ``limit`` no label read above overlaps: one naming the
    meeting ("På mødet deltog:") heads the list of those who came, one naming a delegation ("Fra Naturstyrelsen
    deltog:") a list of others who came, as "Desuden deltog:" does."""
    added: list[tuple[_Label, AttendanceStatus]] = []
    verb = text.find(" deltog", 0, limit)
    while verb >= 0:  # the verb first (rare), then the words before it: no scan of the whole header
        m = _SENTENCE_LABEL.search(text, max(0, verb - _SENTENCE_LABEL_REACH), min(len(text), verb + 12))
        at, verb = verb, text.find(" deltog", verb + 1, limit)
        if m is None or m.end("label") != at + len(" deltog"):
            continue
        if any(m.start() < label.end() and label.start() < m.end() for label, _ in found):
            continue
        # the sentence says a list follows: a name, or a run of capitalised words a name lists' gap may open
        # ("Fra Naturstyrelsen deltog: Camila Brask Lentz Mette Marcker Christiansen …")
        if names_follow(text, m.end(), 1) or _NAMES_RUN_NEXT.match(text, m.end()):
            key = "desuden deltog" if m["lead"] == "Fra" else "i mødet deltog"
            added.append((_Label(m, key=key), "present"))
    return sorted([*found, *added], key=lambda pair: pair[0].start()) if added else found


def _with_head_labels(
    text: str,
    limit: int,
    found: list[tuple[_Label, AttendanceStatus]],
    records_meeting: bool,
    cues: CueWords,
    follows: FollowingNames,
) -> list[tuple[_Label, AttendanceStatus]]:
    """``found`` with the labels read by their head noun ("Udvalgets medlemmer:", "Økonomiudvalget:") that no label
    read above overlaps, in the text's order."""
    added: list[tuple[_Label, AttendanceStatus]] = []
    for head in head_labels(text, limit, records_meeting, cues, follows):
        if any(head.start < label.end() and label.start() < head.end for label, _ in found):
            continue
        match = _HEAD_MATCH.match(text, head.end - head.colon, head.end)
        if match is not None:
            status = _LABELS.get(head.key, "present")
            added.append((_Label(match, head.end, key=head.key, start=head.start), status))
    return sorted([*found, *added], key=lambda pair: pair[0].start()) if added else found


_HEAD_MATCH = re.compile(r"(?P<colon>:)?")  # a head label's colon, or none


# a roster header's first column, before its deputies' column: "Medlem:   Suppleant:", "Medlemmer\tStedfortrædere"
_MEMBER_COLUMN = re.compile(r"(?i)[ \t*_•-]*(?:ordinære[ \t]+)?medlem(?:mer)?[ \t]*:?[ \t]*")


# an entry's end and the dash before its status: "Langeland - AFBUD", "Mariagerfjord Kommune – Afbud" (a label after a
# dash mid-line would head a list of one word's worth: the entry before it is whose status it is)
_ENTRY_STATUS_DASH = re.compile(r"[\w.)](?:[ \t]+[-–]|[-–][ \t])[ \t]*\Z")  # "Næstformand- AFBUD" too


def _dash_run_start(text: str, line_start: int, end: int) -> int:
    """Where ``_ENTRY_STATUS_DASH`` can first match before ``end``: the character before the run of blanks and dashes
    that ends there (a match is one such character and that run), not the line's start (a flattened page is one line,
    searched again for every label on it)."""
    start = end
    while start > line_start and text[start - 1] in " \t-–":
        start -= 1
    return max(line_start, start - 1)


def _label_match(text: str, at: int) -> re.Match[str] | None:
    """The label that starts at ``at``, with the words between it and its colon."""
    m = _LABEL.match(text, at)
    if (
        m is not None
        and m["extra"]
        and (
            ("," in m["extra"] and not _WHERE_OR_WHEN.match(m["extra"]))
            or _LABEL_INSIDE.search(m["extra"], 1)
            or sentence_ends_inside(m["extra"])  # "Afbud fra Hanne Dahl. Referent: Sofie Kragh": the next field's colon
        )
        and not _qualified_in_capitals(m)
    ):
        # "Fraværende Jakob Ekberg, N. J. Ottesen Bemærkninger Sagsid.: …" (flattened): the words before
        # a colon are the list, not words of the label
        return _BARE_LABEL.match(text, at)
    if m is None and text.rfind("\n", 0, at) + 1 == at:
        return _GLUED_LABEL.match(text, at)  # "FraværendeBjarke Elling, Jens Holck": a table row's cells glued
    return m


def _qualified_in_capitals(m: re.Match[str]) -> bool:
    """A label in capitals and a label's word in capitals after it, before the colon: one label qualified
    ("FRAVÆRENDE MEDLEMMER:"), not a list before another label's colon."""
    extra = m["extra"] or ""
    return m["label"].isupper() and extra.isupper() and _QUALIFIER.fullmatch(extra.lower()) is not None


def _label_at(
    text: str,
    at: int,
    limit: int,
    found: list[tuple[_Label, AttendanceStatus]],
    follows: FollowingNames = names_follow,
) -> tuple[_Label, AttendanceStatus] | None:
    """The label at ``at`` with the status of its list, or None when the words there head no list."""
    m = _label_match(text, at)
    if m is None:
        return None
    key = " ".join(m["label"].lower().split())
    status: AttendanceStatus = _LABELS.get(key, "present")
    second = second_label_words(text, m.end("label"))
    if second is not None and second in _LABELS and _LABELS[second] != status:
        return None  # "Tilstede/fraværende": a heading of both statuses, the list of neither
    if status == "present" and m.start() > limit:
        return None  # a member list inside an item is an appointment more often than attendance
    line_start = text.rfind("\n", 0, m.start()) + 1
    if in_bracket(text, m.start()):
        return None
    at_line_start = _LINE_LEAD.fullmatch(text, line_start, m.start()) is not None
    if (
        status == "absent"
        and not m["colon"]
        and not at_line_start
        and _ENTRY_STATUS_DASH.search(text, _dash_run_start(text, line_start, m.start()), m.start())
    ):
        # "Jan Ole Jakobsen, Langeland - AFBUD Hans Bjergegaard, …": the entry's status, in any case; with its colon a
        # label all the same ("Beslutning den 3. maj - Fraværende: Ole Berg")
        return None
    if not at_line_start and STATUS_LINE.match(text, line_start):
        return None  # "Lise Jensen (V)<tab>Afbud": a status column, read by status_column
    if status == "substitute" and _MEMBER_COLUMN.fullmatch(text, line_start, m.start()):
        return None  # "Medlem:   Suppleant:": a roster of members and their personal deputies, no one stood in
    # a label in capitals says the rest in capitals: "FRAVÆRENDE MEDLEMMER:", "DELTAGERE I MØDET:"
    extra = (m["extra"] or "").lower() if m["label"].isupper() and (m["extra"] or "").isupper() else m["extra"]
    qualifier = _QUALIFIER.fullmatch(extra) if extra and m["colon"] else None
    if qualifier is not None and _LABELS.get(" ".join(qualifier["label"].split()), "present") != "present":
        status = _LABELS[" ".join(qualifier["label"].split())]
    if m["extra"] and _LABEL_NEXT.match(m["extra"]) and qualifier is None:
        return None  # "Mødedeltagelse / Afbud Bestyrelsen: A, B": a heading run on into the label after it
    to_the_meeting = qualifier is not None or (bool(extra) and _TO_THE_MEETING.fullmatch(extra or "") is not None)
    if (
        m["extra"]
        and not to_the_meeting
        and (not m["colon"] or (status == "present" and not _GROUP_OF_BODY.fullmatch(extra or "")))
    ):
        return None  # "Deltagere på det fysiske møde:" names a group, not the meeting's attendance
    if m["colon"]:
        if key in _BARE_COLON_ONLY and m["extra"]:
            return None
        if key in _MEMBER_LABELS and not follows(text, m.end(), 2):
            return None
        if key in _MEMBER_LABELS and _GROUP_FROM.search(text, line_start, m.start()):
            return None  # "Fraværende:\nFra Byrådet: Karen Juul": a group's heading in the list above, no member list
        return _Label(m), status
    return _label_without_colon(text, m, key, status, at_line_start, found, follows)


def _label_without_colon(
    text: str,
    m: re.Match[str],
    key: str,
    status: AttendanceStatus,
    at_line_start: bool,
    found: list[tuple[_Label, AttendanceStatus]],
    follows: FollowingNames = names_follow,
) -> tuple[_Label, AttendanceStatus] | None:
    """A label with no colon heads a list on a line of its own with names below, before names on its line,
    or as the first of a two-column header flattened; otherwise its words are prose."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    alone = at_line_start and not text[m.end() : line_end].strip(" \t*_")
    full_stop = (
        _FULL_STOP_BEFORE_NAME.match(text, m.end(), line_end)
        if at_line_start and status != "present" and key not in COLON_ONLY
        else None
    )
    if full_stop and follows(text, m.end() + 1, 1) and _names_no_sentence(text, full_stop.end(), line_end):
        return _Label(m, m.end() + 1), status  # "Afbud. Karen Juul": a full stop where the colon goes, names after it
    if (
        key in _MEMBER_LABELS
        or key in COLON_ONLY
        or (
            key in ("afbud fra", "deltog", "meldt afbud", "forfald", "meldt forfald")
            and not (alone and follows(text, line_end, 1))
            and not (_after_entry(text, line_start, m.start()) and follows(text, m.end(), 1))
        )
    ):
        return None  # without a colon these are prose (read by attendance_prose), unless alone on a line ("Forfald")
    tail = _LABEL_TAIL.match(text, m.end(), line_end) if at_line_start else None
    if tail is None and line_end - line_start > _FLATTENED_LINE:
        tail = _LABEL_TAIL_BULLET.match(text, m.end(), line_end)  # "… Vejle Til stede på mødet var • Borgmester"
    if tail and tail.end() > m.end() and follows(text, tail.end(), 2):
        return _Label(m, tail.end()), status  # "Til stede på mødet var\n\n • Borgmester Jan Boye"
    if key in _ALONE_ONLY:
        if at_line_start and not text[m.end() : line_end].strip() and follows(text, m.end(), 2):
            return _Label(m), status
        if line_end - line_start > _FLATTENED_LINE and _run_of_names(text, m.end(), 3):
            return _Label(m), status  # a page flattened: "… Faaborg Indkaldelse Hans Stavnsager Søren …"
        return None
    qualified = _QUALIFIER_ALONE.fullmatch(text, m.end(), line_end) if at_line_start else None
    if qualified is not None and follows(text, line_end, 1):
        # "Fraværende medlemmer" on a line of its own, the list below: one label qualified, as with its colon
        qualifier_status = _LABELS.get(" ".join(qualified["label"].split()), "present")
        return _Label(m, line_end), status if qualifier_status == "present" else qualifier_status
    following = _LABEL_NEXT.match(text, m.end(), line_end)
    if at_line_start and not text[m.end() : line_end].strip():
        if found and _status_cell(text, line_start, line_end):
            return None  # "Ole Berg (O)\nFraværende\n\n": the status of the entry above, in a list already open
        return _Label(m), status  # "Medlemmer" on a line of its own, the list below
    if following and status != "present" and " ".join(following["label"].lower().split()) in _SUMMONS_COLUMNS:
        return None  # "Fraværende A, B Stedfortræder Medlemmer C (V) …": an empty column before the member list
    if following and " ".join(following["label"].lower().split()) in _LABELS:
        # "Deltagere Afbud Jens Hansen ...": a two-column header flattened
        return _Label(m, second=_LABELS[" ".join(following["label"].lower().split())]), status
    if follows(text, m.end(), 1):
        return _Label(m), status  # "Fraværende Jakob Ekberg, N. J. Ottesen", "3 Deltagere Birgit Hansen"
    return None


# a label's full stop where its colon goes, a capital after it: "Afbud. Karen Juul og Lis Holm"
_FULL_STOP_BEFORE_NAME = re.compile(r"\.[ \t]+(?=[A-ZÆØÅ])")
# a finite verb after the first name: "Afbud. Karen Juul havde meldt …" is a sentence, not a list
_VERB_AFTER_NAME = re.compile(r"[ \t]++(?:havde|har|var|er|deltog|deltager|mødte|meldte|sendte|kunne|blev)\b")


def _names_no_sentence(text: str, pos: int, line_end: int) -> bool:
    """Whether a name opens ``pos`` with no verb after it (which would make the line a sentence, not a list)."""
    hit = read_name(text, pos, line_end)
    return hit is not None and _VERB_AFTER_NAME.match(text, hit.end, line_end) is None


# the end of an entry with its party's bracket just before a label on a flattened line: "… Ole Berg (V) Forfald Lise
# Holm (C)" (a word mid-line after a name's bracket opens no sentence)
_AFTER_ENTRY = re.compile(r"[a-zæøå]+[ \t]*\([A-ZÆØÅ]{1,3}\)[ \t]+$")
# the same read backward from the label, over the text reversed: a search of the line up to the label tried the
# pattern at every letter from the line's start, on a flattened page from the page's start per label (whether a match
# ends at the label is all that is asked, and one that does holds its last lower-case letter)
_AFTER_ENTRY_BACKWARD = re.compile(r"[ \t]+\)[A-ZÆØÅ]{1,3}\([ \t]*[a-zæøå]")


def _after_entry(text: str, line_start: int, pos: int) -> bool:
    """Whether ``_AFTER_ENTRY.search(text, line_start, pos)`` finds a match (no newline in text[line_start:pos])."""
    size = len(text)
    return _AFTER_ENTRY_BACKWARD.match(reversed_text(text), size - pos, size - line_start) is not None


# a member list's label after an absence's or deputies' label with nothing between: the first is an empty column
_SUMMONS_COLUMNS = frozenset({"medlemmer"})

# a line this long is (part of) a page a PDF's text layer put on one line: page lengths vary, a short page too
_FLATTENED_LINE = 300


def _run_of_names(text: str, pos: int, count: int) -> bool:
    """At least ``count`` names run together from pos, with nothing before the first."""
    window = text[pos : pos + 40 * count]
    hits = list(islice(split_run_lazily(window, 0, len(window)), count))  # as many as asked, no more read
    return len(hits) >= count and not window[: hits[0].start].strip()


def _status_cell(text: str, line_start: int, line_end: int) -> bool:
    """A status word on its own line is the entry's above when that line is a name (and its party) and a
    blank line or the end follows; before further names it heads a list ("Afbud\nOle Berg")."""
    previous = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    after = text[line_end : line_end + 2]
    return bool(_ENTRY_LINE.fullmatch(text, previous, max(previous, line_start - 1))) and (
        after.strip() == "" or after == "\n\n"
    )
