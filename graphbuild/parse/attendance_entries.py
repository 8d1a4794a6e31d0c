"""The entries of one labelled list, read one by one up to the list's end: names with their party,
title or affiliation, one a line, in a comma list, or run together on a line a PDF flattened ("Name, Place",
"Name Body", initials and titles, a page number or footer inside the list); a status, items or an hour
after a name; prose after the list ends it."""

from __future__ import annotations

import re
from dataclasses import replace

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_absent_hours import came_for_part
from graphbuild.parse.attendance_affiliation_notes import affiliation_with_note
from graphbuild.parse.attendance_affiliation_pieces import (
    affiliation_after_last_name,
    name_after_affiliation_words,
    name_after_repeated_affiliation,
)
from graphbuild.parse.attendance_came_lines import came_on_own_line
from graphbuild.parse.attendance_closing_lines import closing_formula_at
from graphbuild.parse.attendance_entry_lines import REASON_REST, annotation_of_entry_line, rest_of_entry_line
from graphbuild.parse.attendance_first_name_ends import list_ends_after
from graphbuild.parse.attendance_first_names import first_name_of, lone_first_name
from graphbuild.parse.attendance_groups import group_heading_at, inline_group_end
from graphbuild.parse.attendance_initials import name_of_initials
from graphbuild.parse.attendance_line_sentences import sentence_on_own_line
from graphbuild.parse.attendance_names import NameHit, read_name, read_titled_name, two_names
from graphbuild.parse.attendance_note_ends import note_before_heading
from graphbuild.parse.attendance_pieces import CAPITAL_NEXT, list_pieces
from graphbuild.parse.attendance_prose_names import names_before
from graphbuild.parse.attendance_rows import ITEM_WORD, ITEMS, Row, item_numbers
from graphbuild.parse.attendance_run_on import (
    CAPITAL_WORD_NEXT,
    is_prose,
    looks_flattened,
    name_closes_piece,
    name_ending_piece,
    names_run_together,
    next_entry_run_on,
)
from graphbuild.parse.attendance_secretary_lines import secretary_on_last_line
from graphbuild.parse.attendance_stand_ins import (
    ABSENT_REST,
    ABSENT_THEN_SUB_REST,
    ATTACHED,
    ROLE_REST,
    STANDS_IN_REST,
    THEIR_SUBSTITUTE,
    attach,
    person_entry,
    row_of,
)
from graphbuild.vocab.person_names import DEPUTY_WORD, PARTY, is_municipality
from graphbuild.vocab.reference import first_names

# all the entry holds after the name is one bracket: whom the member comes for, not a sentence
# or any other note closed in its bracket: when the member came or left ("Susanne Møller (ankom under behandlingen af
# punkt 6)", "Lis Holm (mødte kl. 18.15)", "(fra kl. 18)", "(fra punkt 3)")
_BRACKETED_REST = re.compile(
    r"[ \t]*(?:\([A-ZÆØÅ][^()\n]{0,79}\)?|\([^()\n]{1,80}\))"
    r"[ \t.]*"
)

# after a name in a list of the absent, the hour from or until which: away for part of the meeting
_PART_OF_MEETING_REST = re.compile(r"(?i)[ \t,\-–]*(?:til|fra|indtil|efter|før)[ \t]+(?:kl\b|klokken\b)")

# a remark after a member's name that the member came late or left early: "ankom til mødet kl. 17.32", "forlod mødet"
_CAME_OR_LEFT = re.compile(
    r"(?i)[ \t]*(?:(?:ankom|forlod|forlød)[ \t]+(?:til[ \t]+)?|tilsluttede[ \t]+sig[ \t]+)mødet\b"
)

SOME_ITEMS = re.compile(
    rf"(?i)^[\s,\-–(]*(?:(?:under|ved|i)\s+(?:behandlingen\s+af\s+)?|fra\s+)?(?:{ITEM_WORD})\s*{ITEMS}"
)

# the items an entry of the absent missed, on its line: "Charlotte Fischer ved sag nr. 6"
_ITEMS_RUN_ON = re.compile(
    rf"(?i)[ \t]*(?:,[ \t]*)?(?:under|ved|i)[ \t]+(?:behandlingen[ \t]+af[ \t]+)?{ITEM_WORD}[ \t]+nr\.?[ \t]*{ITEMS}"
)

_PLACE_THEN_ABSENT = re.compile(
    r"(?P<place>Region[ \t]+[A-ZÆØÅ][a-zæøå]+|[A-ZÆØÅ][\w-]+(?:[ \t]+Kommune)?)"
    r"[ \t]+(?:afbud|fraværende|forfald)[ \t]+(?=[A-ZÆØÅ])"
)

# the status of the entry before after a dash, the next entry run on: "Erik Mikkelsen, Mariagerfjord Kommune - afbud
# Eskild Andersen, …" (flattened); the dash is the piece's separator, so the piece opens with the word
_DASHED_ABSENT_THEN_NEXT = re.compile(r"(?i:afbud|fraværende|forfald)[ \t]+(?=[A-ZÆØÅ])")
# the dash before the entry's status, spaced or typed against the word before it ("Kommune - afbud Eskild", "1.
# næstformand- afbud Jacob Jensen")
_DASH_SEPARATOR = re.compile(r"(?:[ \t]|(?<=[a-zæøå]))[-–][ \t]*$")

_LEAD_PLACE = re.compile(r"(?:Region\s+[A-ZÆØÅ]\w+|[A-ZÆØÅ][\w-]+(?:\s+Kommune)?|[A-ZÆØÅ])\s+(?=[A-ZÆØÅ])")

# a header field's label alone on its line, no colon, its value below, or an item's "Bilag" (its attachments)
# heading: the list above it has ended; a contact's or a case's field too ("Kontaktperson" over "Sofie Kragh",
# "Sagsbehandler", "Sagsnr."), whose name below is no one who came
_FIELD_LINE = re.compile(
    r"(?:Sted|Mødested|Ordstyrer|Mødeleder|Dirigent|Referent|Tidspunkt|Mødetidspunkt|Bilag|"
    r"Kontaktperson|Kontakt|Sagsbehandler|Sagsnr\.?|Journalnr\.?)[ \t]*(?=\n|$)"
)

# a flattened meeting header's cells between a label and its names go by: the times and their labels
# ("Medlemmer Fraværende 18:00 Sluttidspunkt 19:55 Byrådssalen, …", "Mødetidspunkt kl. 16.00"); only in a
# piece with a time's label, so a sentence with a time ("mødet slut kl. 18.30") still ends a list
_HEADER_CELLS = re.compile(r"(?i)(?<![\w.:])(?:kl\.?[ \t]*)?\d{1,2}[:.]\d{2}(?![\w.:])|\b\w*tidspunkt\b")

# a list entry's number at the start of its line: "1. ", "12) "
_LIST_NUMBER = re.compile(r"\d{1,2}[.)][ \t]+(?=[A-ZÆØÅ])")

_LINE_OPENING_AND = re.compile(r"(?:og|samt)[ \t]+(?=[A-ZÆØÅ])")

_PAGE_NUMBER = re.compile(r"\d{1,3}[ \t]+(?=\S)")


def read_list(text: str, start: int, end: int, status: AttendanceStatus, items: list[str]) -> list[Row]:
    rows: list[Row] = []
    first = True
    for s, e, ends in list_pieces(text, start, end):
        piece = text[s:e]
        if not piece.strip(" \t\r\n*_-–•·"):
            if ends:
                break
            continue
        if rows and _sentence_of_names(text, s, rows[-1].end):
            break
        stop = _entry(text, s, e, status, rows, first, items)
        first = False
        if stop or ends:
            break
    return rows


# the verb of a sentence whose subject is the names before it: "A, B og C deltog ikke i pkt. 14-19", "A og B var
# fraværende under punkt 3", "A forlod mødet"
_SUBJECT_VERB = re.compile(r"(?<![\w-])(?:deltog|deltager|var|havde|mødte|forlod|ankom)(?![\w-])")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _sentence_of_names(text: str, s: int, last_end: int) -> bool:
    """Whether the piece at ``s`` opens a paragraph after a blank line, below the list's last entry, that is a
    sentence: names, then their verb ("Bent Bechmann og Poul Sækmose deltog ikke i behandlingen af …"). The
    list has ended; the prose readers read the sentence."""
    if not _BLANK_LINE.search(text, last_end, s):
        return False
    window = min(len(text), s + 600)  # a sentence's names and verb stand close together
    blank = _BLANK_LINE.search(text, s, window)
    end = blank.start() if blank else window
    verb = _SUBJECT_VERB.search(text, s, end)
    if verb is None:
        return False
    named = names_before(text, s, verb.start())
    return bool(named) and not text[s : named[0].start].strip(" \t\r\n*_-–•·")


def _entry(text: str, s: int, e: int, status: AttendanceStatus, rows: list[Row], first: bool, items: list[str]) -> bool:
    """Read one list entry into ``rows``; True when the list has ended."""
    start = _entry_start(text, s, e, rows)
    if start is None:
        return False
    s = inline_group_end(text, start) or start  # "Skolerepræsentanter: Birgit Pedersen": the group's name goes by
    piece = text[s:e]
    if closing_formula_at(text, s, e):
        return True  # "Afbud: Hanne Dahl / Med venlig hilsen / Sofie Kragh": the signer is no entry
    if _FIELD_LINE.match(text, s, e) and text.rfind("\n", 0, s) + 1 == s:
        return True  # "Afbud\n\nJohn Tietze\n\nSted\n\nBorup Aktivitetshus": the header's next field
    if status == "present" and piece.rstrip().endswith(":") and group_heading_at(text, s):
        return False  # "Fra Kultur- og Fritidsforvaltningen:": the heading of the next group of those present
    if ATTACHED.match(piece) and rows:
        attach(text, s, e, rows)
        return False
    their = THEIR_SUBSTITUTE.match(piece)
    if their and rows:  # "Afbud: Bo Fibiger og dennes suppleant Carsten Bech": the list's status too
        s += their.end()
        piece = text[s:e]
    annotated = _annotation_of_previous(text, s, e, status, rows, items)
    if annotated is not None:
        return annotated
    hit, workplace = _entry_name(text, s, e, rows)
    if workplace:
        return False  # "• Restauratør Grethe Johnsen, Restaurant Dronning Louise": her workplace
    named = name_of_initials(text, text[s:e]) if hit is None else None
    if named is not None:
        # "Fraværende: DN og FT" under "Deltagere: …, Dorte Nielsen (DN) Frede Tychsen (FT)": the members by initials
        at = s + len(text[s:e]) - len(text[s:e].lstrip())
        rows.append(Row(named, status, at, at + len(text[s:e].strip())))
        return False
    if hit is None and lone_first_name(text, s, e, rows):
        # "Til stede: Anette, Pernille, Anders", "Afbud: Tonni": a small board's members by first name; a note in
        # brackets after one says its role or status ("Kirsten (ref.)", "Ole (afbud)")
        word = first_name_of(text, s, e)
        at = text.index(word, s)
        person_entry(text, NameHit(word, at, at + len(word), rest_start=at + len(word)), e, status, rows)
        return list_ends_after(text, at + len(word))  # the first item's heading or the next label run on ends it
    if hit is None:
        ended = names_run_together(text, s, e, status, rows)
        if ended is not None:
            return ended
        annotation = annotation_of_entry_line(text, s, e)
        hit = name_ending_piece(text, s, e, rows, first, annotation) or name_after_repeated_affiliation(
            text, s, e, rows
        )
        if hit is None:  # "RM", "KKR", "Faxe", "sygdom" go by; a longer text ends the list
            # unless it is the affiliation after a name in a list of one entry a line:
            # "• Direktør C.C. Nielsen, Nielsen & Nielsen Holding A/S"
            # "Mette Annelie Rasmussen, observatør, medlem af borgerrepræsentationen, Københavns Kommune Marlene
            # Haugaard, …" (flattened): a title in lower case after the entry before, on its line, says more of it
            title = bool(rows) and piece.lstrip()[:1].islower() and "\n" not in text[rows[-1].end : e]
            if affiliation_with_note(text, s, e, rows[-1].end if rows else None):
                return False  # "…, Region Nordjylland (administrativ ledelse) Tina M. Pedersen": the entry before's
            words = (_HEADER_CELLS.sub(" ", piece) if "tidspunkt" in piece.lower() else piece).split()
            return len(words) > 3 and not annotation and not title and not rest_of_entry_line(text, s, e, rows)
    return _after_name(text, hit, e, status, rows, items)


def _entry_start(text: str, s: int, e: int, rows: list[Row]) -> int | None:
    """Where the entry's own words start: after bullets, a flattened page's number, a list number; None when
    the piece is the entry before's, run on past a page break."""
    piece = text[s:e]
    lead = len(piece) - len(piece.lstrip(" \t\r\n*_-–•·"))
    s += lead
    page = _PAGE_NUMBER.match(text, s, e) if "\n" in text[max(0, s - lead - 1) : s] else None
    if page is not None and rows:
        # a flattened PDF's next page, its number first, inside the list: "…, Stürup A/S\n\n2 Ingeniør- og
        # entreprenørfirma • Rektor …" (the entry before goes on) or "…\n\n2 Erling Ekegren. …"
        s = page.end()
        if text[e : e + 1] == "•" and read_name(text, s, e) is None and read_titled_name(text, s, e) is None:
            return None
    number = _LIST_NUMBER.match(text, s, e)
    if number is not None and not text[text.rfind("\n", 0, s) + 1 : s].strip():
        s = number.end()  # "1. Overborgmester Frank Jensen (A)": the entry's number
    joined = _LINE_OPENING_AND.match(text, s, e) if rows else None
    if joined is not None and text.rfind("\n", 0, s) + 1 == s:
        s = joined.end()  # "…, Inge Lorentzen\n\nog Axel Mossin.": the list's last entry wrapped onto a line
    return s


def _annotation_of_previous(
    text: str, s: int, e: int, status: AttendanceStatus, rows: list[Row], items: list[str]
) -> bool | None:
    """A piece that says more of the entry before (when it came, the items it missed, its party, its status,
    its role, whom it stood in for) read into that row; whether the list has ended, or None for a piece
    that is an entry of its own."""
    if not rows:
        return None
    piece = text[s:e]
    if _CAME_OR_LEFT.match(piece):
        # "Signe Goldmann, F, ankom til mødet kl. 17.32 under behandlingen af punkt 1.": the member came late
        # (or left early), so attended, whatever list the entry stands in
        rows[-1].status = "present"
        return False
    some_items = SOME_ITEMS.match(piece)
    if some_items and status == "absent" and not text[s + some_items.end() : e].strip(" ."):
        absent_from_some(rows, item_numbers(some_items["items"]), items)  # "Britt Jensen (A), sag 129-138"
        return False
    party = PARTY.fullmatch(piece.rstrip())
    if party:  # "Erling Larsen, (A)"
        rows[-1].party = rows[-1].party or party["party"].strip()
        return False
    if rows[-1].status == "present" and ABSENT_REST.match(piece):
        rows[-1].status = "absent"  # "Lise Jensen (V), næstformand, afbud"
        return False
    dashed = _DASHED_ABSENT_THEN_NEXT.match(text, s, e)
    if (
        dashed
        and rows[-1].status == "present"
        and _DASH_SEPARATOR.search(text, max(0, s - 4), s)
        and "\n" not in text[rows[-1].end : s]
    ):
        rows[-1].status = "absent"
        return _entry(text, dashed.end(), e, status, rows, False, items)
    marked = _PLACE_THEN_ABSENT.match(piece)
    if marked and rows[-1].status == "present" and is_municipality(marked["place"]):
        # "Jesper Hempler, Kerteminde afbud Bestyrelsesmedlem Anders W. Berthelsen": the place and status
        # of the entry before, run on into the next entry of a flattened "Name, Place" list
        rows[-1].status = "absent"
        return _entry(text, s + marked.end(), e, status, rows, False, items)
    role = ROLE_REST.match(piece)
    if role and role.end() == len(piece.rstrip(" .")):
        rows[-1].role = rows[-1].role or role["role"].lower()
        return False
    instead = _WORKPLACE_INSTEAD.match(piece)
    if instead and not any(len(word) > 1 and word in first_names() for word in instead["workplace"].split()):
        # "Finn Mikkelsen, Nordsjællands Politi i stedet for Helge Tang Holbek": the entry before stands in
        # for the member; in a list of the absent ("Rie Rasmussen, AC Dansk Psykologforening (suppleant for
        # Helle Friis)") the deputy is absent too, and the piece is her entry's annotation; in a list of those who
        # stood in ("Suppleanter: Mathias Olesen, Varde Kommune (stedfortræder for Tage Danielsen)") it names whom
        if status in ("present", "substitute"):
            absent = read_name(text, s + instead.end(), e)
            rows[-1].status, rows[-1].for_ = "substitute", absent.name if absent else rows[-1].for_
            if absent:
                rows.append(row_of(absent, "absent"))
        return False
    return None


def _entry_name(text: str, s: int, e: int, rows: list[Row]) -> tuple[NameHit | None, bool]:
    """The name the entry opens with (after a place or party run on from the entry before, or a title), and
    whether the piece is instead the workplace on the last entry's line."""
    piece = text[s:e]
    hit = None
    lead_place = _LEAD_PLACE.match(piece)
    lead_word = lead_place.group(0).strip() if lead_place else ""
    if lead_place and (is_municipality(lead_word) or (lead_word.isupper() and len(lead_word) <= 6)):
        # "Faxe Hans Barlach", "NT Nicolai Sørensen", "V Lisa Ward": "Name, Place", "Name, Body" or
        # "Name, Party" pairs run on
        hit = read_name(text, s + lead_place.end(), e) or read_titled_name(text, s + lead_place.end(), e)
        party_lead = len(lead_word) == 1 and bool(rows) and rows[-1].party is None
        if (
            hit is not None
            and hit.name.split()[0] not in first_names()
            and not party_lead
            and not name_closes_piece(text, hit, e, lead_word)
        ):
            hit = None  # after a party letter the list's form says a name follows, whatever its first name
        if hit is not None and party_lead:
            rows[-1].party = lead_word
    hit = hit or read_name(text, s, e) or read_titled_name(text, s, e) or _glued_name(text, s, e, rows)
    if hit is not None and hit.name.split()[0] not in first_names():
        hit = read_titled_name(text, s, e) or hit  # "Kontorchef Henrik Lodberg": a title, then the name
        if hit.role is None and rest_of_entry_line(text, s, e, rows):
            return None, True
        if hit.name.split()[0] not in first_names() and rows and "\n" not in text[rows[-1].end : e]:
            # "Vibeke Olesen, Klynge Midt Kommunal formand Lisbeth Lagoni, …" (flattened): the words before the
            # name that ends the piece are the entry before's affiliation
            hit = name_after_affiliation_words(text, hit, e) or hit
            later = name_ending_piece(text, hit.rest_start, e, rows, False, False)
            hit = later if later is not None and later.name.split()[0] in first_names() else hit
            if affiliation_after_last_name(text, hit, e, rows):
                return None, False
    if hit is not None and len(hit.name.split()) >= 4 and looks_flattened(hit.name):
        hit = None
    return hit, False


def _glued_name(text: str, s: int, e: int, rows: list[Row]) -> NameHit | None:
    """The list's first name glued to its label, a web table's cells run together ("FraværendeBjarke Elling,
    …"): read as if a space stood before it."""
    if rows or s == 0 or not text[s - 1].isalpha() or not text[s : s + 1].isupper():
        return None
    hit = read_name(" " + text[s:e], 1)
    if hit is None:
        return None
    shift = s - 1
    return replace(hit, start=hit.start + shift, end=hit.end + shift, rest_start=hit.rest_start + shift)


def _after_name(text: str, hit: NameHit, e: int, status: AttendanceStatus, rows: list[Row], items: list[str]) -> bool:
    """The entry of ``hit`` read from what follows the name: the next entry run on (an affiliation, initials,
    "ved afbud"), the items missed, part of the meeting, prose that ends the list, or the entry's own rest."""
    if len(hit.name.split()) >= 4 and looks_flattened(hit.name):
        # "men kan ikke deltage Mette Jokumsen Annette Bellaoui, suppleant …" (flattened): two entries run
        # together, the first closed by no separator
        two = two_names(text, hit)
        if len(two) == 2:
            rows.append(row_of(two[0], status))
            hit = two[1]
    rest = text[hit.rest_start : e]
    if not rest:  # nine entries in ten: the name (and its party) fills its piece
        return _after_bare_name(text, hit, status, rows)
    group_at = hit.rest_start + len(rest) - len(rest.lstrip(" \t"))
    if status == "present" and group_at < e and inline_group_end(text, group_at) is not None:
        # "Anne Fink Fra regionen: Jan Mainz" (flattened): the next group's heading runs on after the entry
        rows.append(row_of(hit, status))
        return _entry(text, group_at, e, status, rows, False, items)
    run_on = next_entry_run_on(rest, hit, status, rows)
    if run_on is not None:
        next_at = hit.rest_start + run_on
        return next_at < e and _entry(text, next_at, e, status, rows, False, items)
    some_items = SOME_ITEMS.match(rest) or _ITEMS_RUN_ON.match(rest)
    if some_items and status == "absent":  # "Ole Hansen pkt. 1-3"
        rows.append(row_of(hit, "absent"))
        absent_from_some(rows, item_numbers(some_items["items"]), items)
        # "Fraværende: Charlotte Fischer ved sag nr. 6 Hans Andersen ved sag nr. 6 Peer Wille-Jørgensen"
        # (flattened): the next entry runs on after the items
        next_at = hit.rest_start + some_items.end()
        if CAPITAL_NEXT.match(text, next_at, e) and "\n" not in text[hit.rest_start : next_at]:
            return _entry(text, next_at, e, status, rows, False, items)
        return False
    if status == "absent" and came_for_part(rest):
        rows.append(row_of(hit, "present"))  # "Fraværende: Hanne Dahl (fra kl. 18)": came for part of the meeting
        return False
    if status == "absent" and _PART_OF_MEETING_REST.match(rest) and "\n" not in rest.strip():
        # "Fraværende i mødet: Karoline Bendixen til kl. 18.40 i punkt 2": away for part of the meeting, so attended
        rows.append(row_of(hit, "present"))
        return False
    if status == "absent" and REASON_REST.fullmatch(rest):
        rows.append(row_of(hit, "absent"))  # "Karen Lund på grund af sygdom i familien": why, not a sentence
        return False
    # "Hanne Larsen (Børne- og Ungdomsorganisationernes Samråd)": the body the member comes for
    bracketed = _BRACKETED_REST.fullmatch(rest) is not None or (
        status == "absent" and _BRACKETED_STAND_IN.match(rest) is not None
    )
    said = STANDS_IN_REST.search(rest) or ROLE_REST.match(rest) or ABSENT_REST.match(rest)  # "(udeblev uden afbud)"
    said = said or ABSENT_THEN_SUB_REST.match(rest)  # "(afbud) (suppleant Per Lund)"
    note_end = note_before_heading(rest) if not bracketed and not said else None
    if note_end is not None:
        # "… Carl Berg (O) (deltog fra kl. 17) 1. Godkendelse af dagsorden" (flattened): the note is the entry's, the
        # next heading ends the list
        person_entry(text, hit, hit.rest_start + note_end, status, rows)
        return True
    if is_prose(rest) and not bracketed and not said and _CAME_OR_LEFT.match(rest) and status != "substitute":
        rows.append(row_of(hit, "present"))  # "Fremmøde: Martin Hein tilsluttede sig mødet kl. 19.05.": came late
        return True
    if is_prose(rest) and not bracketed and not said:
        if CAPITAL_WORD_NEXT.match(rest):
            rows.append(row_of(hit, status))  # "… Peter Uno Andersen Til toppen 41.": the next block ends the list
        return True  # "Niels E. Bjerrum (A) ankom kl. 17.54 under ...": prose after the list
    if (
        status == "absent"
        and rows
        and secretary_on_last_line(text, hit.start, hit.rest_start, rows[0].start, rows[-1].end)
    ):
        return True  # "Afbud: Karen Juul\nSofie Kragh (referent)": the minutes' secretary after the list, no absentee
    if status == "absent" and rows and came_on_own_line(text, hit.start, hit.rest_start, rows[-1].end):
        return True  # "Afbud: Karen Juul\nJens Lund, Rambøll, deltog under punkt 2.": one who came, the list's end
    if rows and not bracketed and not said and sentence_on_own_line(text, hit.start, hit.rest_start, rows[-1].end):
        return False  # "Afbud: Hanne Dahl\nOle Berg bød velkommen.": a sentence below the list, no entry
    person_entry(text, hit, e, status, rows)
    return False


def _after_bare_name(text: str, hit: NameHit, status: AttendanceStatus, rows: list[Row]) -> bool:
    """``_after_name`` where nothing follows the name (and its party) in its piece: no entry runs on, no items,
    hour, reason, note, prose or stand-in follows (each of those readers finds none in an empty rest:
    tests/test_attendance_bare_names.py), so only where the name stands can end the list; else the name's row."""
    if (
        status == "absent"
        and rows
        and secretary_on_last_line(text, hit.start, hit.rest_start, rows[0].start, rows[-1].end)
    ):
        return True
    if status == "absent" and rows and came_on_own_line(text, hit.start, hit.rest_start, rows[-1].end):
        return True
    if rows and sentence_on_own_line(text, hit.start, hit.rest_start, rows[-1].end):
        return False
    rows.append(row_of(hit, status))
    return False


# in a list of the absent, a bracket that names the stand-in with no colon, the stand-in's party in a bracket of its
# own: "Afbud: Jens Hansen (A) (stedfortræder Ole Berg (A))" (as "(Stedfortræder: Conni Bergendorff)", "Afbud
# (Stedfortræder Jarl Feyling, …)")
_BRACKETED_STAND_IN = re.compile(rf"(?i)[ \t]*\([ \t]*{DEPUTY_WORD}\w*[ \t]+(?-i:[A-ZÆØÅ])")

# the workplace after a name's comma (no first name in it: "Anna Berg i stedet for …" is an entry of its own),
# then whom the member stands in for: "Nordsjællands Politi i stedet for Helge Tang Holbek", "AC Dansk
# Psykologforening (suppleant for Helle Friis)", a party letter then "(midlertidigt for Vicky B. Lorenzen)"
_WORKPLACE_INSTEAD = re.compile(
    r"(?P<workplace>[A-ZÆØÅ][^\n,;()]{0,60}?)[ \t]+"
    r"(?:i[ \t]+stedet[ \t]+for|\((?:som[ \t]+)?(?i:suppleant|stedfortræder|midlertidigt)[ \t]+for)[ \t]+(?=[A-ZÆØÅ])"
)


def absent_from_some(rows: list[Row], missed: list[str], items: list[str], named_items: bool = False) -> None:
    """The last row's absence covers only the items named, unless they are all the meeting's items
    (or, for a list entry, the meeting's items are not known: "sag 129-138" may be all of them)."""
    row = rows[-1]
    if (items or named_items) and not (items and set(items) <= set(missed)):
        row.status, row.absent_items, row.per_item = "present", missed, True
