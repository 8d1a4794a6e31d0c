"""Who attended, who sent apologies, and who stood in for whom: the labelled lists ("Deltagere:",
"Medlemmer" on a line of its own, "Fraværende med afbud:", "Afbud", "Stedfortrædere:"), with or
without a colon, on their own lines or flattened into one line of a PDF page, each read by the module of
its form; then the prose forms of ``attendance_prose``; then one row per person (``attendance_merge``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from graphbuild.models import AgendaItem, Attendance, AttendanceStatus
from graphbuild.parse.attendance_absent_staff import staff_below_absent
from graphbuild.parse.attendance_affiliated import affiliated_runs
from graphbuild.parse.attendance_columns import STATUS_STEMS, status_column
from graphbuild.parse.attendance_deputy_approval import approved_deputies
from graphbuild.parse.attendance_deputy_column import deputy_heading_end, without_deputy_column
from graphbuild.parse.attendance_detached_marks import with_detached_marks
from graphbuild.parse.attendance_entries import SOME_ITEMS, absent_from_some, read_list
from graphbuild.parse.attendance_history import HISTORY_CUES, OtherMeetings, other_meetings
from graphbuild.parse.attendance_initials import initialled_entries
from graphbuild.parse.attendance_label_wraps import wrapped_labels_joined
from graphbuild.parse.attendance_labels import LABEL_WORDS, MEMBER_LABEL_ROLES, ListLabel, list_labels
from graphbuild.parse.attendance_late import mark_late
from graphbuild.parse.attendance_list_ends import contents_start, next_heading
from graphbuild.parse.attendance_member_staff import first_staff_group
from graphbuild.parse.attendance_merge import name_key, one_row_per_person
from graphbuild.parse.attendance_names import read_name
from graphbuild.parse.attendance_per_item import (
    NOT_THIS_ITEM_WORDS,
    away_from_every_item,
    find_item_absences,
    item_absence_lists,
    item_lists_as_item_absences,
)
from graphbuild.parse.attendance_prose import PROSE_CUE_WORDS, find_prose
from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.attendance_rows import Row, item_numbers, lowered
from graphbuild.parse.attendance_signature_rows import without_signature_absences
from graphbuild.parse.attendance_stacked import stacked_values
from graphbuild.parse.attendance_stand_ins import FOR_LABEL, for_labels
from graphbuild.parse.attendance_table import HEADER_CUES, attendance_tables
from graphbuild.parse.attendance_text import capitals_as_written, without_markup
from graphbuild.parse.attendance_two_columns import second_column, values_before_next_label
from graphbuild.parse.attendance_votes import VOTE_WORDS, find_votes
from graphbuild.parse.attendance_welcome_alone import without_lone_welcome
from graphbuild.parse.attendance_whole_body import WHOLE_BODY_CAME, WHOLE_BODY_CAME_WORDS, exceptions_start
from graphbuild.vocab.document_words import hits, register
from graphbuild.vocab.reference import last_names

# a member list's labels that name the members summoned ("Indkaldelse"); "Medlemmer" and a body's name
# ("Bestyrelsen:") are MEMBER_LABEL_ROLES
_SUMMONS_LABELS = frozenset({"medlemmer", "indkaldelse", "indkaldte"})
# a header's fields of the others listed with the members ("Øvrige:", "Sekretariat:"): summoned like them, present
# only where the minutes record attendance
_LISTED_WITH_MEMBERS = frozenset({"øvrige", "sekretariat", "sekretariatet"})
# the labels of those who came besides the members ("Derudover deltog: <officials>"): they record no member's
# attendance, so a member list with them alone is the members summoned
_OTHERS_LABELS = frozenset(
    {"derudover deltog", "herudover deltog", "desuden deltog", "endvidere deltog", "øvrige deltagere", "gæster"}
    | {"endvidere deltager", "desuden deltager", "derudover deltager", "herudover deltager"}
)
# a bare label of the absent: inside an item's text, the list is who was away from that item
_BARE_ABSENT = frozenset({"fraværende", "afbud", "forfald", "fravær"})
# minutes saying that all came, or that no one was away: "Alle var mødt", "Samtlige rådsmedlemmer deltog", "Ingen
# fravær"
_ALL_CAME = re.compile(
    r"\b(?:alle|samtlige)\s+(?:[a-zæøå]*medlemmer\s+)?(?:var\s+|er\s+)?(?:mødt|til\s+stede|tilstede|fremmødt|deltog)"
    r"|\bingen\s+(?:afbud|fravær|fraværende)\b"
    r"|\bfuldtallig[et]?\b"  # "Udvalget var fuldtalligt", "Fuldtallig: A, B, C"
    rf"|{WHOLE_BODY_CAME}"  # "Hele bestyrelsen var til stede", "Fuldt fremmøde"
)


# the words a match of _ALL_CAME opens with
_ALL_CAME_WORDS = ("alle", "samtlige", "ingen", "fuldtallig", *WHOLE_BODY_CAME_WORDS)


# the header's attendance field or column, filled or not ("deltog" after "derudover" names others who came)
_HEADER_RECORD = re.compile(
    r"\b(?:fraværende|afbud|fremmødt|forhindret)\b|"
    r"\bdeltog\b(?<!derudover deltog)(?<!herudover deltog)(?<!desuden deltog)(?<!endvidere deltog)"
    r"(?<!derudover  deltog)(?<!herudover  deltog)(?<!desuden  deltog)(?<!endvidere  deltog)"
)
_HEADER_RECORD_WORDS = ("fraværende", "afbud", "fremmødt", "forhindret", "deltog")  # what a match opens with


# the words the readers below find places of, in one pass over the document (``attendance_reading.CueWords``)
_CUE_WORDS = (*LABEL_WORDS, *PROSE_CUE_WORDS, *VOTE_WORDS, *STATUS_STEMS, *HISTORY_CUES, *HEADER_CUES)
_CUE_WORDS += (*NOT_THIS_ITEM_WORDS, *_HEADER_RECORD_WORDS)  # not "alle"/"ingen" ("bevillingen"): looked for once


# found in the document's one pass of every whole-document vocabulary (`vocab.document_words`), each hit the word
register("attendance cues", lambda: {word: word for word in _CUE_WORDS})


def document_cues(lower: str) -> CueWords:
    """Where every attendance reader's cue words stand in ``lower`` (a document's text lower-cased), found in one
    pass (the document's one pass of the whole-document vocabularies: extract's readers of the same text ask it too)
    and handed to each reader."""
    return CueWords(lower, _CUE_WORDS, hits(lower, "attendance cues"))  # type: ignore[arg-type]  # the words


# a list of the absent whose value says no one: "Afbud: Ingen", "Fraværende: Ingen.", "Fravær: Intet"
_NO_ONE = re.compile(r"[ \t]*(?i:ingen|intet)(?![\w-])")


class _Blocks(NamedTuple):
    rows: list[Row]
    member_rows: set[int]  # where the rows read under a member-list label ("Medlemmer", "Bestyrelsen") start
    attendance_labelled: bool  # a label that records attendance was read ("Deltagere", "Afbud", even empty)
    absence_labels: list[int]  # where each label of the absent starts
    bare_absent_rows: set[int]  # where the rows read under a bare "Fraværende" label start


def _blocks(
    text: str,
    lower: str,
    limit: int,
    items: list[str],
    others: OtherMeetings,
    records_meeting: bool,
    item_starts: list[int],
    cues: CueWords,
) -> _Blocks:
    # a list in another meeting's record ("Sagsforløb … Økonomiudvalget den 20. januar 2025 … Afbud: X") is
    # that meeting's attendance; on a page that records no meeting (a body's web page: "Medlem: Suppleant:" over
    # "1. Jan Jakobsen, Kommunalbestyrelsen   Anders Krantz", "Christina Rittig Falkberg (B)\nStedfortræder: Claus
    # Wachmann (B)") a list of deputies names each member's personal deputy, no one who stood in
    labels = [
        (m, status)
        for m, status in list_labels(text, lower, limit, records_meeting, cues)
        if not others.covers(m.start()) and (records_meeting or status != "substitute")
    ]
    rows: list[Row] = []
    member_rows: set[int] = set()
    attendance_labelled = False
    bare_absent_rows: set[int] = set()
    heads = _run_heads(text, labels)
    for index, (m, status) in enumerate(labels):
        end = min(len(text), m.end() + 4000)
        if index + 1 < len(labels):
            end = min(end, labels[index + 1][0].start())
        # the next item's heading ends a list ("Afbud\n\nErgin Øzer (A)\n\nNr.143 - Godkendelse af dagsorden")
        end = min([end, *(at for at in item_starts if at > m.end())])
        # so does a contents list run on after the names of a flattened header ("Afbud: … Ernst Sonne Punkt Indhold
        # Bilag 1 Samarbejdet …", "Afbud: Pia Dam Indholdsfortegnelse …")
        end = contents_start(text, m.end(), end) or end
        for_label = " for " in lower[m.start() : end] and FOR_LABEL.search(text, m.start(), end)
        # "Medlemmer:   Suppleanter:": the deputies' column heading, no next label
        for stop in (next_heading(text, deputy_heading_end(text, m), end, status), for_label or None):
            end = stop.start() if stop else end
        # "Deltagere: Afbud: A, B" - a two-column header flattened: the list is the first column's
        # "Medlemmer: Afbud: Fraværende: A, B, C Ingen Ingen" - three or more: the list is the run's first label's
        second: AttendanceStatus | None = None
        head = heads[index]
        own_status = status
        if head < index:
            second, status = labels[head + 1][1], labels[head][1]
        elif status == "absent" and _NO_ONE.match(text, m.end(), end):
            end = m.end()  # "Afbud: Ingen" then "Jens Lund, Rambøll": no one away, the names after are none of its
        away = exceptions_start(text, m.end(), end) if status == "present" and second is None else None
        if away is not None:  # "Til stede: Hele bestyrelsen undtagen Jens Hansen": the names after are the absent
            block = read_list(text, away, end, "absent", items)
        else:
            # "Medlemmer<tab>Suppleanter": the deputies' column is no member's nor anyone who came
            block = without_deputy_column(text, m, read_list(text, m.end(), end, status, items))
        if not block and status == "present" and second is None and m["colon"]:
            block = stacked_values(text, m.end())  # "Deltagere: Fraværende: Referent: <place> A, B, C …"
        closes_run = head < index and (index + 1 == len(labels) or heads[index + 1] != head)
        if not block and own_status == "present" and closes_run and m["colon"]:
            # "Afbud fra: Fraværende: Mødedeltagere: <date> <place> Ingen. A, B, C": the run's last label, its list
            # the values' last
            block = stacked_values(text, m.end(), closes_run=True)
            status = second = own_status
        label = " ".join((m["label"] or "").lower().split())
        label_role = MEMBER_LABEL_ROLES.get(label)
        # "Medlemmer: A, B / Fra administrationen: C, D": the staff after their group's heading are no members
        staff = first_staff_group(text, m.end(), max(row.end for row in block)) if label_role and block else None
        for row in block if label_role else ():
            if staff is None or row.start < staff:
                row.role = row.role or label_role
        if status == "present" and (label_role or label in _SUMMONS_LABELS or label in _LISTED_WITH_MEMBERS):
            member_rows.update(row.start for row in block)
            # "Medlemmer  Fraværende" over two columns: the second column records who was away
            attendance_labelled |= (second or m.second or "present") != "present"
        elif label not in _OTHERS_LABELS:
            attendance_labelled = True
        second = second or m.second
        if second is not None and second != status:
            second_column(text, block, second)
        if m.second is not None and not block:
            block = values_before_next_label(text, m.end(), end, status, m.second)
        if status == "absent" and second is None:
            staff_below_absent(text, m.end(), block)  # "Afbud: A / Fra forvaltningen: B, C": the staff came
        some = SOME_ITEMS.search(m["extra"] or "") if status == "absent" else None
        if some:  # "Fraværende under punkt 3: Jens Hansen"
            missed = item_numbers(some["items"])
            for row in block:
                rows.append(row)
                absent_from_some(rows, missed, items, named_items=True)
        else:
            rows.extend(block)
        if label in _BARE_ABSENT and status == "absent" and not m["extra"] and second is None:
            bare_absent_rows.update(row.start for row in block)
    absence_labels = [m.start() for m, status in labels if status == "absent"]
    return _Blocks(rows, member_rows, attendance_labelled, absence_labels, bare_absent_rows)


def _run_heads(text: str, labels: list[tuple[ListLabel, AttendanceStatus]]) -> list[int]:
    """For each label, the first of the labels that run together on one line up to it, nothing between them
    ("Deltagere: Afbud:", "Medlemmer: Afbud: Fraværende:"): a header's label column flattened before its
    values, whose first value (the list) is the first label's. One pass: a label joins the run of the one
    before it, so a text of nothing but labels ("Afbud: Afbud: …") costs linear time."""
    heads: list[int] = []
    for index, (current, _status) in enumerate(labels):
        head = index
        if index > 0:
            previous = labels[index - 1][0]
            if (
                not text[previous.end() : current.start()].strip()
                and "\n" not in text[previous.start() : current.end()]
                and (previous["colon"] or not current["colon"])
            ):
                head = heads[index - 1]
        heads.append(head)
    return heads


# what a numbered entry holds after the name: nothing, or one bracket ("(stedfortræder for Lis Holm)", "(afbud)")
_ENTRY_REST = re.compile(r"[ \t.,]*(?:\([^()\n]{1,80}\)[ \t.]*)?")


def names_a_person(title: str) -> bool:
    """An item's title that is a person's name and nothing more ("2. Kurt Andresen (A)"): a numbered list's entry
    (a numbered list of members), no item of the meeting's."""
    hit = read_name(title)
    return hit is not None and hit.start == 0 and _ENTRY_REST.fullmatch(title[hit.rest_start :]) is not None


def _first_item_start(items: list[AgendaItem], default: int) -> int:
    """Where the first item's own text begins: an entry of the contents list before it is no item's text, so
    the list of those present after a long contents list (a PDF's first page) is still the meeting's header;
    when only the contents list names items, its first entry."""
    body = [item.start for item in items if not item.from_contents]
    return min(body or [item.start for item in items], default=default)


def find_attendance(
    text: str,
    items: list[AgendaItem] | None = None,
    meeting_date: date | None = None,
    *,
    records_meeting: bool = True,
) -> list[Attendance]:
    """Attendance from labelled lists anywhere in the document (member lists only before the first
    item) and from the prose forms, one row per person. ``records_meeting`` is False for a page that
    records no meeting (no date, not minutes nor an agenda: a body's web page, a news item)."""
    text = wrapped_labels_joined(capitals_as_written(without_markup(text)))
    lower = lowered(text)
    cues = document_cues(lower)
    items = [item for item in items or [] if not names_a_person(item.title)]
    first_item = _first_item_start(items, len(text))
    limit = max(first_item, 4000)
    numbers = [item.number for item in items if item.number]
    others = other_meetings(text, [item.start for item in items if not item.from_contents], meeting_date, cues)
    # the items' own headings that open their line (a flattened page's item starts are less sure)
    own_starts = sorted(
        item.start
        for item in items
        if not item.from_contents and text[max(0, item.start - 1) : item.start] in ("", "\n")
    )
    blocks = _blocks(text, lower, limit, numbers, others, records_meeting, own_starts, cues)
    rows = blocks.rows + for_labels(text, lower, others)
    initialled = initialled_entries(text, 0, limit)
    if initialled:  # "Esbjerg Kommune Kurt Jakobsen (KJ) Afbud": the initials say where the name begins
        lines = [(entry.line_start, entry.line_end) for entry in initialled]
        rows = [row for row in rows if not any(a <= row.start < b for a, b in lines)]
        rows += [Row(entry.name, entry.status, entry.start, entry.end) for entry in initialled]
    listed = any(row.status == "present" and not row.per_item for row in rows)
    rows += find_prose(text, lower, numbers, meeting_date, others, cues)
    if any(row.status == "absent" for row in rows):  # a deputy approved stands in only for a member away
        rows += approved_deputies(text, items)
    spans = [(item.start, item.end, item.number) for item in items if item.number]
    rows = _sentence_said_more(rows, find_item_absences(text, spans, others, cues))
    decided = [item.number for item in items if item.number and item.section("beslutning")]
    if any(at < first_item for at in blocks.absence_labels):
        own = [(item.start, item.end, item.number) for item in items if item.number and not item.from_contents]
        rows = item_absence_lists(rows, blocks.bare_absent_rows, own, decided)
    rows = item_lists_as_item_absences(rows, spans, decided)
    rows = away_from_every_item(rows, decided)
    if items or meeting_date is not None:
        # on a page that records no meeting (no items, no date: a body's web page), an unlabelled run of
        # names with their parties ("Nils Borring (A), Favrskov") is its members, not who came
        rows += affiliated_runs(text, first_item, {name_key(row.name) for row in rows})
    column = status_column(text, cues)
    rows += column
    if not listed and not column:
        rows += find_votes(text, others, cues)  # no list of those present: a vote names some
    mark_late(text, rows, numbers)
    tabled, tables = attendance_tables(text, lower, cues)
    if tables:  # "Navn | Til stede | Afbud" over "Ole Berg | X |": the table says who, not the lists in it
        rows = [row for row in rows if not any(a <= row.start < b for a, b in tables)] + tabled
    rows = without_signature_absences(
        text, rows, blocks.member_rows
    )  # "Afbud: Karen Juul Formand Ole Berg": the chair's field
    out = _first_names_in_full(one_row_per_person(without_lone_welcome(rows)), text)
    # the header's own field is looked for before the first item: an item's "var fraværende ved sidste møde" is none
    header_end = first_item if items else limit
    if blocks.member_rows and not (
        blocks.attendance_labelled or tables or column or _records_attendance(out, lower, header_end, cues)
    ):
        out = [_summoned(row) if row.start in blocks.member_rows else row for row in out]
    # "… Jørgen Fischer (afbud) (afbud) (deltog som suppleant for X)": markers no name can be tied to
    return with_detached_marks(text, lower, out, header_end)


def _sentence_said_more(rows: list[Row], item_rows: list[Row]) -> list[Row]:
    """``rows`` with the per-item absences of ``item_rows``; a list's absent entry that is also the subject of such a
    sentence, the same mention, is the sentence's ("Fraværende: Michael Christensen (C) og Henrik Rützou Aakast (V)
    deltog ikke i behandlingen af punktet.": both away from this item only)."""
    said = {(row.start, name_key(row.name)) for row in item_rows}
    kept = [
        row for row in rows if row.per_item or row.status != "absent" or (row.start, name_key(row.name)) not in said
    ]
    return kept + item_rows


# the one to three capitalised words of a full name after its first name (" Jensen", " Rützou Aakast", " Hansen-Berg")
_NAMES_AFTER = re.compile(r"(?:[ \t]+[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?){1,3}")


def _word_character(char: str) -> bool:
    """A character of the regex \\w (a letter, a digit or "_")."""
    return char.isalnum() or char == "_"


def _names_after(first: str, text: str) -> Iterator[str]:
    """The capitalised words that follow each standing of ``first`` at a word's edge, in the text's order and
    never overlapping: what the pattern ``\\bFIRST(NAMES_AFTER)`` finds, read with str.find and one pattern
    compiled once (a pattern per first name is compiled anew for nearly every name)."""
    at = text.find(first)
    while at >= 0:
        edge = (at > 0 and _word_character(text[at - 1])) != (at < len(text) and _word_character(text[at]))
        found = _NAMES_AFTER.match(text, at + len(first)) if edge else None
        if found is not None:
            yield found.group()
            at = text.find(first, found.end())
        else:
            at = text.find(first, at + 1)


def _first_names_in_full(rows: list[Attendance], text: str) -> list[Attendance]:
    """A member listed by first name alone ("Afbud: Tonni") whom the document names in full once ("Tonni Jensen
    laver en plan"): that name; two people of that first name, or none named in full, leave the first name."""
    lone = [row for row in rows if " " not in row.name]
    if not lone:
        return rows
    named = {row.name for row in rows}
    out: list[Attendance] = []
    for row in rows:
        if " " not in row.name:
            full = {
                f"{row.name}{rest}"
                for rest in _names_after(row.name, text)
                if rest.split()[-1].split("-")[-1] in last_names()
            }
            if len(full) == 1 and not full & named:
                row = row.model_copy(update={"name": full.pop()})
        out.append(row)
    return out


def _records_attendance(rows: list[Attendance], lower: str, header_end: int, cues: CueWords) -> bool:
    """Whether the minutes record who came, beyond a member list: an absence, a stand-in, a late arrival or a
    member away from some items, a sentence saying that all came, or the header's own column or field for it
    even when empty ("Medlemmer … Fraværende  Bemærkninger", "Deltog  x x x")."""
    return (
        any(row.status != "present" or row.absent_items for row in rows)
        or _matched_at_a_word(_ALL_CAME, lower, _ALL_CAME_WORDS, len(lower), CueWords(lower, _ALL_CAME_WORDS))
        or _matched_at_a_word(_HEADER_RECORD, lower, _HEADER_RECORD_WORDS, header_end, cues)
    )


def _matched_at_a_word(pattern: re.Pattern[str], lower: str, words: tuple[str, ...], end: int, cues: CueWords) -> bool:
    """Whether ``pattern.search(lower, 0, end)`` finds a match, for a pattern every match of which opens with one of
    ``words`` (lower case, as ``lower`` is; ``cues`` holds their places): the pattern is tried where a word stands,
    not at every place."""
    return any(pattern.match(lower, at, end) for word in words for at in cues.before(word, end))


def _summoned(row: Attendance) -> Attendance:
    """A member listed in minutes that record no attendance: summoned, not known to have come (the README's rule:
    "a member list in minutes that record no attendance gives no rows")."""
    return row.model_copy(update={"summoned": True}) if row.status == "present" else row
