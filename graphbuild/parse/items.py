"""Find the agenda items of a meeting from shared numbering styles, not per-document templates.

Item lines look like "Punkt 3: Titel", "Pkt. 65 Titel", "Sag nr. 130: Titel", "Nr.1 - Titel",
"3. Titel", "3: Titel", "3 (Åben) Titel", "3Titel" and "1.Titel" (a number glued to its title), "16
Titel" under a "Punkt Titel"/"Pkt. Tekst" header or in a bullet list, also in markdown bullets and
bold, "1) Titel" over a section heading or in a run of three or more numbered up by one (a run a sentence
leads into, "indstiller, at" / "1) Budgettet godkendes", holds points), headings in capitals, a committee's
coded number ("ØU-55/07-O Titel"), a running
number with its year ("44/09 Titel") over its case label, a portal's bulleted number ("• 1") over its
title and case label, a lettered item added under another's number ("2a. Titel", "2 a. Titel"); a title may stand
on the line above "Sag nr. 130", or on the line below a case system's label line ("Punkt: 1 Acadre
sagsnr.: 17/10438 Journalnr.: ..."); a one-line item may end with its decision ("Titel. Godkendt.").
Numbers may be yearly running numbers (49, 50, ...). Minutes that list the agenda first and then
write "Ad pkt. 1:" / "Ad 3)" take the listed titles ("1. Titel" or "1) Titel"). Where nothing is
numbered, an item is a short line followed by one of the main section headings (Beslutning, Resumé,
Indstilling, Sagsfremstilling), and in plain minutes with no section headings a short line set apart over a
paragraph of prose ("Vedtægter." / "Disse blev gennemgået, ...") or run in at its paragraph's start ("Økonomi. Kurt Røge
fortalte, …"); a page for one item, its title under the meeting's
labels or at the top and its main headings further down, has that one item. A run of item bodies whose headings
the page text lost, each opening at its case line ("Sagsid.: 22/32061", "Sagsnr.: …", "Åben") over a main heading,
has items with neither number nor title (``item_case_openings``). A list started again from 1 inside an item's text
("Indstilling" / "1. Godkender ..." / "2. ...") holds points, not items. A number past the next one inside an item's
text ("2. Opfølgning på referat" / "Pkt. 7: …" / "Pkt. 13: …" / "3. …" / "4. …") refers to another meeting's item:
it neither passes over the items after it nor, with others like it, takes the place of the plain headings.

A table of contents (Indholdsfortegnelse, a "Punkt  Indhold" table, a PUNKTER list, a dotted
leader list (its entries may read "Punkt 1 Titel ..... 3"), a run of numbered lines repeated later, a
bullet list whose first entries are the
titles of the items that follow, a bulleted agenda under "DAGSORDEN", rows that open with the item's
access, "åbent 1 Titel") gives titles to cross-check, and every entry whose item text is not in the
document becomes an item of its own marked ``from_contents``; a list goes on under its "Åbne" and
"Lukkede" groups (the latter's entries closed; a group or contents label may hold the first entry after its
colon, "Punkter på åbent møde: 144. Titel ..."), through titles wrapped onto the next line and through
titles holding a full stop when the numbers follow each other; a number column read apart from its
titles is paired with them. A contents title found again later in the text is that item's heading,
and the item takes its sections from there.

Flattened PDF text (a page on one line) is cut into lines first (``parse.flatten``); a page number
before the meeting's header labels ("Side 1. Mødedato: ..."), a front page's members ("Mødedeltagere:
... (A) ... (V)") and a contents page's heading and column labels ("Indholdsfortegnelse Side") are no
items or entries. Page numbers,
recommendation sub-points ("1. at ...", "At 1) ...", "1) ..."), dates, numbered sentences and the signature
page ("18. Underskriftsblad") are never items.

A run of item bodies that lost their headings and case lines too, each printing the same main headings in turn
("Resume" / "Indstilling" / "Beslutning", again "Resume" …), has an item with neither number nor title at each
heading of the kind the text opens with (``item_section_cycles``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.models import AgendaItem
from graphbuild.parse.flatten import flat_threshold, resegment
from graphbuild.parse.flatten_one_entry_lists import one_entry_heads
from graphbuild.parse.item_build import build_item, title_above
from graphbuild.parse.item_bullet_headings import bullet_heading_items
from graphbuild.parse.item_case_openings import untitled_items
from graphbuild.parse.item_contents import find_contents
from graphbuild.parse.item_contents_bodies import bodied_entries
from graphbuild.parse.item_contents_continued import continued_entries
from graphbuild.parse.item_depth import closed_part_start, nested_points, restarts_list
from graphbuild.parse.item_features import led_lines
from graphbuild.parse.item_headings import dated_or_decided, line_candidate, no_item_at_a_glance, repeated_runs
from graphbuild.parse.item_headings_around import (
    headed_candidate,
    listed_before_ad_items,
    listed_between,
    number_above_title,
    over_case_label,
    plain_sequence,
    year_numbered,
)
from graphbuild.parse.item_inner_lists import without_bare_sub_points, without_inner_points, without_led_letters
from graphbuild.parse.item_led_lists import led_list_points
from graphbuild.parse.item_lines import (
    AD_ITEM,
    SIGNATURE_PAGE,
    TABLE_HEADER,
    Candidate,
    ContentsEntry,
    number_key,
    previous_text,
    same_title,
    title_from,
)
from graphbuild.parse.item_listed import items_from_contents, located_in_text
from graphbuild.parse.item_listed_numbered import located_by_number
from graphbuild.parse.item_lower_case_gaps import gap_titles
from graphbuild.parse.item_minuted_run import minuted_run
from graphbuild.parse.item_model import reconsidered
from graphbuild.parse.item_named_references import named_items
from graphbuild.parse.item_opening_decision import with_opening_decision
from graphbuild.parse.item_page_title import page_item
from graphbuild.parse.item_paragraph_heads import paragraph_head_items
from graphbuild.parse.item_parenthesised_runs import parenthesised_runs
from graphbuild.parse.item_person_titles import is_person_name
from graphbuild.parse.item_prose_headings import prose_headed_items
from graphbuild.parse.item_restated_list import restated_items
from graphbuild.parse.item_run_gaps import run_gap_items
from graphbuild.parse.item_run_on_titles import run_on_headings
from graphbuild.parse.item_running_heads import is_letterless, is_running_head
from graphbuild.parse.item_section_cycles import section_cycles
from graphbuild.parse.item_skipped_numbers import with_skipped_titles
from graphbuild.parse.item_unnumbered import numbered_by_contents, unnumbered_items
from graphbuild.parse.item_year_run import year_run_entries
from graphbuild.parse.lines import Line

# "1 Dato:", "2 Mødested:": a transcript's page number before one of the meeting's header labels
_HEADER_LABEL = re.compile(r"(?i)(?:møde)?(?:dato|tid|sted|tidspunkt)\s*:")


def _page_over_label(candidate: Candidate) -> bool:
    """Whether a candidate is a page number over a header label alone on its line ("1 Dato:"), no item."""
    return candidate.line.clean.endswith(":") and _HEADER_LABEL.fullmatch(candidate.title.strip()) is not None


def _select(
    candidates: list[Candidate], toc_numbers: set[str], lines: list[Line], nested: set[int], restarted: set[int]
) -> list[Candidate]:
    quoted = _between_headings(candidates)
    explicit = [c for c in candidates if c.explicit and c.line.index not in quoted]
    pool = explicit if len(explicit) >= max(1, len(candidates) // 3) else candidates
    chosen: list[Candidate] = []
    seen: set[str] = set()
    last: tuple[int, ...] = (0,)
    tops = {c.number for c in pool if "." not in c.number}
    inner: Candidate | None = None  # the last point of a list inside an item's text ("1. Orientering fra …")
    for position, candidate in enumerate(pool):
        number = number_key(candidate.number)
        if "." in candidate.number and candidate.number.split(".")[0] not in tops:
            continue  # "2.1 Baggrund" without an item 2: a numbered section, not a sub-item
        if (chosen and candidate.line.index in restarted) or restarts_list(candidate, chosen, lines, nested):
            # " 1. Nyt fra institutioner" at the items' own level after " 7. ...": the list goes on from 1
            seen, last, inner = set(), (0,), None
        elif _inner_point(candidate, chosen, inner, lines):
            # "2. Orientering fra udvalgsmedlemmer" then "1. Orientering fra udvalgsformanden", "2. …", "3. …" in
            # its text: the points of a list that starts again from 1 under another title are the item's own
            inner = candidate
            continue
        inner = None
        if candidate.number in seen:
            continue
        if toc_numbers and len(toc_numbers) >= 2:
            if candidate.number not in toc_numbers and number <= last:
                continue
        elif number <= last:
            continue
        if chosen and _jumps_ahead(pool, position, last):
            continue
        chosen.append(candidate)
        seen.add(candidate.number)
        last = max(last, number)
    return chosen


def _between_headings(candidates: list[Candidate]) -> set[int]:
    """The line indexes of explicit lines ("Pkt. 7: …", "Pkt. 13: …") standing between two plain headings numbered
    one after the other ("2. Opfølgning på referat" … "3. Indvielse"), each of another number and none one after the
    explicit line before it: references inside item 2's text to another meeting's items, none of this meeting's
    headings. A run of explicit headings ("Punkt 49", "Punkt 50") over numbered points stays."""
    plain = [c for c in candidates if not c.explicit and c.number.isdecimal()]
    at = [c.line.index for c in plain]  # in the text's order, as the candidates are
    quoted: set[int] = set()
    before: Candidate | None = None  # the explicit line before
    for candidate in (c for c in candidates if c.explicit):
        follows = before is not None and number_key(candidate.number) == (number_key(before.number)[0] + 1,)
        after = bisect_left(at, candidate.line.index)  # the plain heading after it; the one before stands at after - 1
        if (
            not follows
            and 0 < after < len(plain)
            and candidate.number not in (plain[after - 1].number, plain[after].number)
            and int(plain[after].number) == int(plain[after - 1].number) + 1
        ):
            quoted.add(candidate.line.index)
        before = candidate
    return quoted


_LOOKAHEAD = 40  # candidates read past a jump for the next two items' headings: they stand near


def _jumps_ahead(pool: list[Candidate], position: int, last: tuple[int, ...]) -> bool:
    """Whether a number past the next one ("Pkt. 7: …" in item 2's text) stands before the next two items' headings
    (3, 4), which its number would pass over: a reference inside an item's text, no heading. Numbers from 1 again
    before them are a list's points in the item's text (items 3 and 4 taken off, "5. Budget" over "1." … "4."):
    the jump stands."""
    candidate = pool[position]
    if len(last) != 1 or not candidate.number.isdecimal() or int(candidate.number) <= last[0] + 1:
        return False
    expected = last[0] + 1
    for following in pool[position + 1 : position + 1 + _LOOKAHEAD]:
        if not following.number.isdecimal():
            continue
        if int(following.number) == int(candidate.number) + 1:
            return False  # the jump goes on: numbers skipped, not passed over
        if int(following.number) <= last[0]:
            return False  # a list started again from 1 inside the item's text: its points, no headings
        if int(following.number) == expected:
            expected += 1
            if expected > last[0] + 2:
                return True
    return False


def _inner_point(candidate: Candidate, chosen: list[Candidate], inner: Candidate | None, lines: list[Line]) -> bool:
    """Whether a candidate is a point of a numbered list inside the last chosen item's text: a "1." whose
    title is not item 1's (not the item repeated after a contents list), or the point after the last one
    on the very next line or past the last one's wrapped text (the next item's heading after a list of attachments
    stands apart)."""
    if not chosen or not candidate.number.isdecimal():
        return False
    number = int(candidate.number)
    if number == 1:
        first = next((c for c in chosen if c.number == "1"), None)
        return first is not None and first is not chosen[-1] and not same_title(first.title, candidate.title)
    return inner is not None and number == int(inner.number) + 1 and _continues(inner, candidate, lines)


def _continues(inner: Candidate, candidate: Candidate, lines: list[Line]) -> bool:
    """Whether a point follows the last one with nothing between but that point's text wrapped onto lines that open in
    lower case ("1. Henvendelse fra Sennels vedr. pasningen i" / "området" / "2. Ny formand ..."), no blank line."""
    between = lines[inner.line.index + 1 : candidate.line.index]
    return len(between) <= 3 and all(line.clean[:1].islower() for line in between)


# "01 Bemærkninger til dagsordenen", "Punkt 03", "001. Evaluering af ...": a number printed with leading zeros
_PADDED = re.compile(r"(?i)^(?:(?:punkt|pkt\.?|sag\s+nr\.?|nr\.?)\s*)?(?P<num>0\d{1,2})(?!\d)")


def _printed_numbers(lines: list[Line]) -> dict[str, str]:
    """An item's number as its heading or contents entry prints it, where that has leading zeros ("01" for 1)."""
    printed: dict[str, str] = {}
    for line in lines:
        match = _PADDED.match(line.clean) if line.clean[:1] in "0pPsSnN" else None
        if match is not None:
            printed.setdefault(str(int(match["num"])), match["num"])
    return printed


def _as_printed(items: list[AgendaItem], lines: list[Line]) -> list[AgendaItem]:
    """The items numbered as printed: zero-padded numbers keep their zeros (read as numbers until now)."""
    printed = _printed_numbers(lines)
    return [
        item.model_copy(update={"number": printed[item.number]}) if item.number in printed else item for item in items
    ]


def _with_lower_case_gaps(
    chosen: list[Candidate], entries: list[ContentsEntry], lines: list[Line]
) -> tuple[list[Candidate], list[ContentsEntry]]:
    """The items and contents entries with the lines whose titles open in lower case in the gaps of their
    numbering, each taken as what the heading above it is (an item's heading or a contents entry)."""
    headings = sorted(
        [(c.line.index, c.number, c.line, True) for c in chosen]
        + [(e.line.index, e.number, e.line, False) for e in entries if e.number],
        key=lambda heading: heading[0],
    )
    gaps = gap_titles([(number, line) for _, number, line, _ in headings], lines)
    if not gaps:
        return chosen, entries
    chosen, entries = list(chosen), list(entries)
    for number, title, line in gaps:
        above = max((h for h in headings if h[0] < line.index), key=lambda heading: heading[0])
        if above[3]:
            chosen.append(Candidate(number, title, line, explicit=False))
        else:
            entries.append(ContentsEntry(number, title, line))
    return sorted(chosen, key=lambda c: c.line.index), sorted(entries, key=lambda e: e.line.index)


def find_items(text: str, lines: list[Line], body_start: int = 0) -> tuple[list[AgendaItem], list[str]]:
    """The agenda items in number order, and notes about anything odd."""
    notes: list[str] = []
    threshold = flat_threshold(lines)
    flattened = any(len(line.text) >= threshold for line in lines)
    lines, segmented = resegment(lines, threshold)
    toc_index, toc_entries = find_contents(lines, segmented)
    run_index, run_entries = year_run_entries(lines, toc_index)
    toc_index |= run_index
    toc_entries.extend(run_entries)
    candidates: list[Candidate] = []
    in_table = False
    # a number glued to the word before it is cut from its line in any text ("Lukket punkt454. Godkendelse"): only a
    # flattened one starts every page with its page number, read apart from the numbers of a list
    sequenced = plain_sequence(lines, segmented if flattened else set())
    parenthesised_run, led_points = parenthesised_runs(lines, segmented if flattened else set())
    for line in lines:
        candidate = None
        if line.start >= body_start and line.index not in toc_index:
            # every form but the explicit, coded and access-first ones opens with the item's number; the
            # line before is read only for those (line_candidate reads it only for a line opening with a digit)
            numbered = line.clean[:1].isdigit()
            if not numbered and no_item_at_a_glance(line.clean):
                candidate = None
            else:
                previous = previous_text(lines, line.index) if numbered or "<" in line.clean else None
                candidate = line_candidate(line, previous, line.index in segmented, in_table or line.index in sequenced)
            if candidate is None and numbered:
                candidate = number_above_title(line, lines)
                if candidate is None:
                    candidate = headed_candidate(line, lines, candidates[-1].number if candidates else None)
                if candidate is None and candidates:
                    candidate = listed_between(line, lines, candidates[-1])
                if candidate is None and line.index not in led_points:
                    candidate = parenthesised_run.get(line.index)
                if candidate is None:
                    candidate = year_numbered(line, lines) or over_case_label(line, lines)
            if (
                candidate is not None
                and not _page_over_label(candidate)
                and not dated_or_decided(candidate.number, candidate.title.lstrip("*_ "))
                and not is_person_name(candidate.title)  # "4. Lise Karlsson -": a point of a list of people
            ):
                candidates.append(candidate)
        if stripped := line.text.strip():
            header = stripped[:1] in "pP" and TABLE_HEADER.match(stripped) is not None  # "Punkt Indhold", "Pkt. Tekst"
            in_table = header or (in_table and candidate is not None)
    skipped = toc_index | segmented | {line.index for line in lines if line.start < body_start}
    candidates = minuted_run(candidates, lines, skipped)
    bare_runs = repeated_runs([c for c in candidates if not c.explicit], lines)
    bare_runs |= repeated_runs([c for c in candidates if c.explicit], lines)  # "Punkt 1: ..." listed first
    for candidate in candidates:
        if candidate.line.index in bare_runs:
            toc_entries.append(ContentsEntry(candidate.number, title_from(candidate.title), candidate.line))
    candidates = [c for c in candidates if c.line.index not in bare_runs]
    agenda_list = listed_before_ad_items(candidates, lines)
    toc_entries.extend(ContentsEntry(c.number, title_from(c.title), c.line) for c in agenda_list)
    in_list = {c.line.index for c in agenda_list}
    candidates = [c for c in candidates if c.line.index not in in_list]
    nested = nested_points(candidates)
    led = led_lines(lines)  # the lines that open with a number: the model's and the inner lists' reading
    # "indstiller, at" / "1. …" / "2. …" / "3. …" inside an item's text: the list's later points are no headings
    points = led_list_points(candidates, lines, led, segmented)
    candidates = [c for c in candidates if c.line.index not in nested and c.line.index not in points]
    toc_numbered = {e.number: e.title for e in toc_entries if e.number}
    restarted = one_entry_heads(lines, segmented) if flattened else set()  # "1. A … 1. B … 1. C" on a flattened page
    chosen = _select(candidates, set(toc_numbered), lines, nested, restarted)
    listed_lines = toc_index | in_list | bare_runs | {e.line.index for e in toc_entries}
    chosen = reconsidered(chosen, lines, listed_lines | points, led)  # a list's points are no headings either
    chosen = without_inner_points(chosen, lines, led)
    chosen = without_bare_sub_points(chosen)
    chosen = without_led_letters(chosen, lines)
    chosen, toc_entries = _with_lower_case_gaps(chosen, toc_entries, lines)
    chosen = run_gap_items(chosen, lines, flattened)
    if not flattened:  # "1. Temadag om liturgi , Lørdag …. En orientering …": a title run on into its minute
        chosen = run_on_headings(lines, chosen, skipped | listed_lines)
    opening = continued_entries(toc_entries, chosen, lines, flattened)  # "1." … "5." listed, then "6." headed
    if opening:
        taken = {c.line.index for c in opening}
        chosen = opening + chosen
        toc_entries = [e for e in toc_entries if e.line.index not in taken]
    # " 1. Valg af dirigent" … " • Budget for 2019": a list whose later numbers came out as bullets
    chosen = bullet_heading_items(text, chosen, lines, skipped | listed_lines)
    headed = bool(chosen)  # items with numbered headings
    if not chosen:
        chosen = numbered_by_contents(unnumbered_items(lines, toc_index), toc_entries)
    if not chosen and not toc_entries:
        chosen = prose_headed_items(lines, toc_index)
    if not chosen and not toc_entries:  # "Økonomi. Kurt Røge fortalte …": headings run in at their paragraphs
        chosen = paragraph_head_items(lines, toc_index)
    if not chosen and not toc_entries:
        chosen = page_item(lines, toc_index)
    if not headed and not toc_entries:  # a run of item bodies whose headings were lost, each opening at its case line
        chosen = untitled_items(chosen, lines, toc_index)
    for candidate in chosen:
        if candidate.explicit and not title_from(candidate.title) and not AD_ITEM.match(candidate.line.clean):
            candidate.title_line = title_above(candidate, lines)
    if not chosen and not toc_entries:  # item bodies alike, each opening at the main heading the text opens with
        chosen = section_cycles(lines, toc_index)
    elif not toc_entries:  # a first item whose heading was lost, its dated decision over the first item found
        chosen = with_opening_decision(chosen, lines, toc_index)
    items: list[AgendaItem] = []
    for position, candidate in enumerate(chosen):
        if position + 1 < len(chosen):
            following = chosen[position + 1]
            end = (following.title_line or following.line).start
        else:
            end = len(text)
        items.append(build_item(candidate, text, lines, end, toc_numbered))
    closed_from = closed_part_start(chosen, lines)
    if closed_from is not None:  # "Lukket dagsorden" over the second list: its items are closed
        items = [i.model_copy(update={"public": False}) if i.start > lines[closed_from].start else i for i in items]
    items = restated_items(items, text, lines)  # "1. A" … "9. I" listed, then "1. A" again with its text
    bodied = bodied_entries(toc_entries) if flattened and not chosen else None
    # a flattened list's numbered entries that run on into sentences: the sentences are no entries, and where the list
    # is no contents list the entries are the items, their text on their lines
    listed = items_from_contents(toc_entries if bodied is None else bodied.entries, items, lines)
    if bodied is not None and bodied.items:
        items.extend(item.model_copy(update={"from_contents": False}) for item in listed)
    else:
        # a listed item whose number and title stand again after the contents: its heading, and the text it ends
        listed, items = located_by_number(located_in_text(listed, items, text, lines), items, text, lines)
        items.extend(listed)
    # the signature page ends the item before it (its "Beslutning: Godkendt" is no verdict of that item) but is none
    # a page's running header ("Økonomiudvalg, 22. marts 2011") names the meeting, a title of numbers alone ("01/66")
    # is a page's number or date: no items
    items = [
        item
        for item in items
        if not SIGNATURE_PAGE.match(item.title)
        and not is_running_head(item.title)
        and not is_letterless(item.title)
        and not is_person_name(item.title)
    ]
    heads = [c.line for c in chosen] + [e.line for e in toc_entries]
    items = _as_printed(items, heads)
    if flattened:  # a text layer that lost a page's line breaks loses numbers too
        items = with_skipped_titles(items)
    items.extend(named_items(text, items))  # "punkt 8, ”…” ikke behandles" in item 1's decision: item 8 is listed
    if not chosen and toc_entries:
        notes.append("no item bodies found; items taken from the table of contents")
    elif any(i.from_contents for i in items):
        numbers = ", ".join(i.number for i in items if i.from_contents)
        notes.append(f"table of contents lists items not found in the text: {numbers}")
    if len({item.number for item in items}) < len(items):  # a list that starts again: in the document's order
        return sorted(items, key=lambda item: item.start), notes
    return sorted(items, key=lambda item: (number_key(item.number), item.start)), notes
