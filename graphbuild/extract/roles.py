"""Who holds which role where, with from and to dates. One rule, one module: it finds the statement
and builds the HOLDS_ROLE relation (and a person's affiliation).

- a title before the name: "direktør Lone Rasmussen fra Skanderborg", "Social- og sundhedsdirektør
  Birgitte Lauridsen", "Direktør for Social og Sundhed Morten Winther", "den nyudnævnte formand,
  borgmester Jan Petersen", "Kommunaldirektør i Struer Kommune Anne Holm", "transportminister Benny
  Engelbrecht"; a municipality's own officer (a director, a chief, the mayor) in its own minutes;
- a chair named by its post: "Formand for DASSOS, Jesper Thyrring Møller", "Formand for KD-Net er
  kommunaldirektør Karsten Bundgaard", "Næstformand er borgmester John Engelhardt fra Glostrup Kommune",
  "Næstformændene er A, X Kommune, og B", "Formandsposten besættes i 2023-2025 af Frands Fischer",
  "Næstformandskabet i KOSU varetages af …"; a post with no body named is the chair of the body
  named before ("formand for X"), else of the network the text is about, else of the meeting's body;
- what is said after the name: "Anne Holm, Struer Kommune, er formand for DASSOS", "Per Bach Laursen,
  borgmester i Vesthimmerland Kommune, bliver ny formand for …", "Birgit S. Hansen (A), Formand" in a
  list of the body's members, "(Venstre) fra Jammerbugt Kommune" (a party in brackets does not
  break the affiliation);
- a list of a body's members as web pages and flattened PDFs print it (the "Bestyrelsen består af" lists and
  the board named after a name are `role_boards`', a title in brackets `role_titles`'):
  "NAME (C), Borgmester i Viborg Kommune, Formand for Beredskabskommissionen", "NAME (Politidirektør,
  Midt- og Vestjyllands Politi)", "NAME (observatør – Vicekredsleder, Beredskabsforbundet)", "NAME,
  teknisk chef, Tårnby Kommune", "NAME, bestyrelsesformand og borgmester i Hillerød (A)", "NAME, BRS,
  Center for Forebyggelse (referent)"; in a table flattened onto a line a title
  after a name's initials or named by its owner is the name before's ("Jesper Hedegaard JH IT- og
  specialkonsulent Ane Marie Clausen AMC …", "Jan Eriksen Friluftsrådets direktør Mads Ellegaard …");
- elections and posts taken: "NAME blev valgt som formand", "Bestyrelsen i X har valgt NAME som ny formand" (the
  electing board), "NAME (DF) løb med posten som 2. viceborgmester", "NAME deltog som referent", the one elected in
  an item "Valg af borgmester"/"Valg af dirigent" ("NAME, V blev valgt"), "Der er kommet ny direktør på X: NAME";
- changes with dates: "fratræder som kommunaldirektør i Hedensted Kommune ved udgangen af januar
  2020", "tiltræder som kommunaldirektør ved Struer Kommune den 1. februar 2020", "er tiltrådt som
  … den 1. april 2022", "fra 1. marts 2022", "udpegede den 14/12 2005 … som medlem af bestyrelsen
  for I/S Infra Service", "Fra den 1. august 2019 er NAME kommunaldirektør i Fredericia Kommune".

Each form is read in a module of its own, which this step runs sentence by sentence (`find_roles`, over a
`role_sentence.Sentence`): a title before the name (`role_title_before`), a title and its body before it
(`role_body_before`), a chair named by its post (`role_chair_posts`), a title said after the name
(`role_after_name`), a title after the name in a list's entry (`role_entry_titles`), the meeting's own posts and
substitutes (`role_meeting_posts`) and their labels in other forms (`role_meeting_labels`), elections and seats
(`role_elections`), a chair's post said bare after the
name (`role_bare_posts`), a board's post closing a list's entry after the name (`role_trailing_titles`), a title
in the plural before a list of names (`role_plural_titles`), posts taken and
left and bodies entered and left (`role_changes`); the body a title with no body of its own is held in is
`role_targets`'. Then, over the whole document: the titles in attendance lists (`role_lists`), member lists
(`role_member_lists`), the one elected in an item on a post (`role_item_posts`) or after a post announced
(`role_elections`), a post in the plural said of a list of names (`role_plural_posts`), a title on the line next
to a name (`role_title_lines`), a title in a row of cells (`role_cells`), the document's unnamed body
(`role_unnamed`); a clause's dates are `role_clauses`'. Every reader's body named by its kind and run on by its owner
("Arbejdsmarkedsrådet i Sønderjylland") is held in the whole phrase (`role_target_owners`); a title in a delegation's
list ("Fra Landbo Thy deltager formand NAME, …") in the organisation its opening names (`role_delegations`).

A role the text gives no dates for carries `as_of`, the date of the meeting whose text states it.

A title is never dropped for want of its body: a seat no reader placed is held in the meeting's body, else the body
the text named last before it; a municipal title whose municipality the document never names in the meeting's
body; either, failing those, in the document's own unnamed body (an Organization of kind "unnamed body").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from copy import copy
from dataclasses import replace
from typing import Protocol

import graphbuild.extract.role_cues as role_cues
from graphbuild.extract.builder import FactsBuilder
from graphbuild.extract.evidence import Scope, sentence_bounds
from graphbuild.extract.membership_networks import body_is_network
from graphbuild.extract.mentions import Mention
from graphbuild.extract.page_datelines import dateline_municipality
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_addresses import off_the_street
from graphbuild.extract.role_after_name import title_after_name
from graphbuild.extract.role_appointed_lists import appointed_lists
from graphbuild.extract.role_as_title import title_as
from graphbuild.extract.role_authority_staff import held_by_the_authority
from graphbuild.extract.role_bare_posts import bare_post_after_name, post_is_name
from graphbuild.extract.role_bare_title_runs import posts_of_previous_in_bare_runs
from graphbuild.extract.role_board_elections import members_elected
from graphbuild.extract.role_board_entry_seats import seats_under_names
from graphbuild.extract.role_board_entry_work import work_under_names
from graphbuild.extract.role_board_headed_entries import board_entries, members_under_board_heading
from graphbuild.extract.role_board_staff import held_by_the_owner
from graphbuild.extract.role_boards import board_after_name, board_consists_of
from graphbuild.extract.role_body_before import body_before, titled_bodies
from graphbuild.extract.role_bracketed_holders import holder_in_brackets
from graphbuild.extract.role_cells import titles_in_cells
from graphbuild.extract.role_chair_posts import chair_is, chairships
from graphbuild.extract.role_chairs import Chairs, network_mentions
from graphbuild.extract.role_changes import changes, enters_bodies, takes_post
from graphbuild.extract.role_committee_municipality import held_in_its_municipalitys_committee
from graphbuild.extract.role_council_seat_places import (
    council_seat_in_municipality,
    entry_municipality,
    is_council_seat,
)
from graphbuild.extract.role_council_titles import council_title_off_the_page_body
from graphbuild.extract.role_delegations import held_by_the_delegation
from graphbuild.extract.role_elections import board_seat, elected, elected_to_an_announced_post, seat_shared
from graphbuild.extract.role_entry_titles import entry_titles
from graphbuild.extract.role_facts import PENDING, UNPLACED, RoleFact, Target, held_in, placed_titles, role_fact
from graphbuild.extract.role_first_names import with_lone_first_names
from graphbuild.extract.role_flattened_runs import titles_of_previous
from graphbuild.extract.role_general_meeting_posts import elected_post_held_by_the_owner
from graphbuild.extract.role_genitive_bodies import held_in_the_owners_body
from graphbuild.extract.role_heading_seats import seats_held_under_headings
from graphbuild.extract.role_inline_board_labels import inline_board_label
from graphbuild.extract.role_inline_meeting_labels import inline_meeting_label
from graphbuild.extract.role_item_posts import elected_to_the_items_post
from graphbuild.extract.role_job_titles import job_title_not_held
from graphbuild.extract.role_label_columns import referent_after_label_column
from graphbuild.extract.role_labelled_first_names import with_labelled_first_names
from graphbuild.extract.role_lineups import members_under_body_headings
from graphbuild.extract.role_listed_names import with_listed_names
from graphbuild.extract.role_lists import listed_titles
from graphbuild.extract.role_meeting_labels import labelled_meeting_posts
from graphbuild.extract.role_meeting_posts import meeting_posts, ranked_substitute
from graphbuild.extract.role_member_appositions import members_beside_names
from graphbuild.extract.role_member_blocks import members_in_blocks
from graphbuild.extract.role_member_columns import members_in_flattened_columns
from graphbuild.extract.role_member_cooccurring import members_cooccurring
from graphbuild.extract.role_member_entries import members_after_organisations
from graphbuild.extract.role_member_flattened_bullets import members_in_flattened_bullets
from graphbuild.extract.role_member_flattened_names import members_in_flattened_names
from graphbuild.extract.role_member_flattened_organisations import members_in_flattened_organisations
from graphbuild.extract.role_member_flattened_runs import members_in_flattened_runs
from graphbuild.extract.role_member_lists import (
    member_list_of_the_body,
    members_listed,
    members_listed_under_chairs,
    members_on_labelled_lines,
    members_under_flattened_labels,
)
from graphbuild.extract.role_member_paragraphs import members_in_paragraphs
from graphbuild.extract.role_member_runs import members_in_wrapped_lists
from graphbuild.extract.role_member_seats_filled import members_of_seats_filled
from graphbuild.extract.role_member_sentences import members_in_sentences
from graphbuild.extract.role_members_beside_chairs import members_beside_chairs
from graphbuild.extract.role_members_prose import members_in_prose
from graphbuild.extract.role_municipality_named_bodies import held_in_the_named_body
from graphbuild.extract.role_owner_seats import seat_held_by_the_owner
from graphbuild.extract.role_page_board_seats import in_page_board
from graphbuild.extract.role_page_body import page_board_and_owner
from graphbuild.extract.role_page_entries import PageEntries, is_page
from graphbuild.extract.role_page_full_names import FullNames
from graphbuild.extract.role_page_mayors import mayor_in_municipality
from graphbuild.extract.role_patterns import BOARD_ROLES, in_party_bracket, is_municipal
from graphbuild.extract.role_plural_posts import plural_posts
from graphbuild.extract.role_plural_titles import plural_title_list
from graphbuild.extract.role_post_nouns import post_after_name
from graphbuild.extract.role_posts import find_posts
from graphbuild.extract.role_qualified_appositions import appositions_kept
from graphbuild.extract.role_ranks import ranked_kept
from graphbuild.extract.role_replacements import replaced_seats, succeeds_as
from graphbuild.extract.role_respectively import respectively
from graphbuild.extract.role_roster_flattened_bullets import flattened_roster_entries
from graphbuild.extract.role_rosters import roster_entries
from graphbuild.extract.role_second_titles import second_titles
from graphbuild.extract.role_sentence import Reading, Sentence, between, reading
from graphbuild.extract.role_substitute_lists import substitute_list
from graphbuild.extract.role_target_owners import owned_targets
from graphbuild.extract.role_title_before import title_before
from graphbuild.extract.role_title_lines import titles_on_lines
from graphbuild.extract.role_titles import listed_seat
from graphbuild.extract.role_trailing_titles import trailing_title
from graphbuild.extract.role_unnamed import UNNAMED
from graphbuild.extract.word_gate import WordPlaces
from graphbuild.models import Evidence, Meeting, MunicipalityRef
from graphbuild.parse.publisher_site import publisher_municipality
from graphbuild.vocab import ids
from graphbuild.vocab.reference import municipality_by_code, municipality_by_name

# per-person readers called, in this order, only where the sentence holds one of their cue words (`role_cues`)
_CUED_READERS: tuple[tuple[frozenset[str], Callable[[Sentence, Reading], None]], ...] = (
    (role_cues.ELECTED, elected),
    (role_cues.BARE_POSTS, bare_post_after_name),
    (role_cues.TRAILING_POSTS, trailing_title),
    (role_cues.TITLE_THEN_BRACKET, holder_in_brackets),
    (role_cues.BARE_POSTS, post_is_name),
    (role_cues.PLURAL_TITLES, plural_title_list),
    (role_cues.RANKED_SUBSTITUTE, ranked_substitute),
    (role_cues.SEAT_SHARED, seat_shared),
)


def find_roles(
    text: str,
    sentence: tuple[int, int],
    people: list[PersonMention],
    mentions: list[Mention],
    region: Mention | None,
    own_municipality: Mention | None = None,
    chair_of: Callable[[int], Target | None] | None = None,
    body: Target | None = None,
    readers: list[PersonMention] | None = None,
    staff_of: Target | None = None,
    named_before: Callable[[int], Mention | None] | None = None,
    title_places: WordPlaces | None = None,
    cues: role_cues.CuePlaces | None = None,
) -> list[RoleFact]:
    """The roles one sentence states, of `readers` (by default every person in it; the others are
    context) and of its changes and chairships. `named_before(pos)` names the body the text named last
    before pos: a chair's label on a page of no meeting is that body's ("KKR Sjælland\n\nFormand: Borgmester
    NAME"). `chair_of(pos)` names the body an unnamed chair at pos
    chairs; `body` is the meeting's body, which a list of its members' posts is about; `staff_of` the
    body whose staff a staff title with no body named belongs to (a company's or an agency's own
    minutes). A municipal title that names no municipality ("borgmester Jan Petersen") comes back with
    the target PENDING: the step gives it the municipality the document ties the person to elsewhere,
    if any. `title_places`: where the document's title words stand (`role_sentence.TITLE_GATE`); `cues`: where the
    readers' cue words stand (`role_cues`): a reader none of whose words the sentence holds is not called."""
    lo, hi = sentence
    orgs = [m for m in between(mentions, lo, hi) if m.type in ("Organization", "Municipality")]
    s = Sentence(text, lo, hi, between(people, lo, hi), orgs, region, own_municipality, chair_of, body, staff_of,
                 named_before, title_places=title_places)  # fmt: skip
    reading_only = set(map(id, readers)) if readers is not None else None
    # each person as the readers see them, read once (a reading is the sentence's, whatever the readers found)
    read = [reading(s, i, p) for i, p in enumerate(s.here) if reading_only is None or id(p) in reading_only]
    if not read:
        return _sentence_readers(s)  # (a sentence is read for a person in it: never)
    # the cue words the sentence holds, from the earliest text a reading gives a reader (a label before the first
    # name, on the line before the sentence) and, for the readers of a label before a name, ninety characters before
    said_lo = min(lo, *(r.p.start - len(r.before) for r in read))
    said = cues.said(said_lo, hi) if cues is not None else role_cues.CUE_WORDS
    wide = cues.said(max(0, min(said_lo, read[0].p.start - 90)), hi) if cues is not None else role_cues.CUE_WORDS
    titles = not role_cues.TITLE.isdisjoint(said)
    # a sentence with no title's word runs no "name, title" entries on (no gap between two names holds a title) and
    # names no body with a title before it (ROLE_FOR_ORG holds a title's word or "suppleant")
    if titles:
        s.titles_of_previous = titles_of_previous(text, s.here, s.may_name_a_title) | posts_of_previous_in_bare_runs(
            text, s.here
        )
    titled = titled_bodies(s) if titles or "suppleant" in said else []  # "Kommunaldirektør i Struer Kommune NAME"
    seats_said = not role_cues.SEATS_AFTER.isdisjoint(said)
    for r in read:
        i, p = r.i, r.p
        # the title words near the name, asked once: before it (as far back as `reading` and the reader of a
        # definite title read) and after it (as far as the readers of a title after a name read, 160 characters)
        before_lo = p.start - len(r.before)
        titled_before = titles and s.may_name_a_title(before_lo, p.start)
        titled_near_before = titled_before or (titles and s.may_name_a_title(max(lo, p.start - 130), p.start))
        titled_after = titles and s.may_name_a_title(p.end, min(hi, p.end + 160))
        role_match = title_before(s, r) if titled_before else None
        if titled or r.after_from is not None or titled_near_before:
            body_before(s, r, titled, role_match)
        if not role_cues.CHAIR_IS.isdisjoint(said):
            chair_is(s, i)
        if titled_after:
            title_after_name(s, p)
            post_after_name(s, p)
        if titled_after or seats_said:
            entry_titles(s, r, role_match)
        if not role_cues.MEETING_POSTS.isdisjoint(wide):
            meeting_posts(s, r)
        substitute_list(s, r)
        if not role_cues.MEETING_LABELS.isdisjoint(wide):
            labelled_meeting_posts(s, r)
        if not role_cues.INLINE_MEETING_LABEL.isdisjoint(wide):
            inline_meeting_label(s, r)
        if not role_cues.INLINE_BOARD_LABEL.isdisjoint(wide):
            inline_board_label(s, r)
        if (
            any(word in r.after for word in ("træde", "tråd", "afløs", "erstat", "plads", "fremover"))
            or "træ" in r.before
            or "trå" in r.before
        ):
            enters_bodies(text, hi, i, s.here, orgs, s.add)
        if "erstat" in r.before or "afløs" in r.before or "overtag" in r.before or "overtage" in r.after:
            replaced_seats(s, i, p)
        if "afløs" in r.after[:30] or "erstat" in r.after[:30]:
            succeeds_as(s, i, p)
        if not role_cues.SOM.isdisjoint(said):
            board_seat(s, p)
        if "som" in r.after:
            takes_post(text, hi, p, s.here, orgs, body, s.chair, s.add, own_municipality)
        for cue_words, read_person in _CUED_READERS:
            if not cue_words.isdisjoint(said):
                read_person(s, r)
        if "som" in r.after:
            title_as(s, i, p)
    return _sentence_readers(s)


def _sentence_readers(s: Sentence) -> list[RoleFact]:
    """The readers of the whole sentence, after its people's: changes, chairships, "henholdsvis", appointed lists."""
    changes(s)
    chairships(s)
    respectively(s)
    appointed_lists(s)
    return s.out


# --- the step: every sentence with a person in it ----------------------------------------------


class Context(Protocol):
    """What the step needs of the document being extracted (extract/core's working state)."""

    text: str
    mentions: list[Mention]
    people: list[PersonMention]
    scopes: list[Scope]
    facts: FactsBuilder
    meeting: Meeting
    body_id: str | None
    municipality: MunicipalityRef | None

    def ev(self, start: int, end: int) -> Evidence: ...

    def add_mention(self, m: Mention) -> str: ...


def _region(mentions: list[Mention]) -> Mention | None:
    regions = Counter(m.id for m in mentions if m.kind == "region")
    if not regions:
        return None
    best = max(regions.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return next(m for m in mentions if m.id == best)


def _own_municipality(ctx: Context) -> Mention | None:
    if ctx.municipality is None or body_is_network(ctx.meeting):
        return None
    code = ctx.municipality.code
    info = municipality_by_code().get(code)
    region = info.region if info else None
    return Mention(0, 0, ids.municipality_id(code), "Municipality", ctx.municipality.name, None, region, code)


def _meeting_date(meeting: Meeting) -> str | None:
    """The day of the meeting (or of publication) whose text this is: an undated statement's date."""
    if meeting.start is not None:
        return meeting.start.date().isoformat()
    return meeting.published.isoformat() if meeting.published else None


def add_roles(context: Context) -> None:
    """HOLDS_ROLE for every role the text states, and a person's affiliation; the names read are those found and
    those the meeting's attendance list gave that no name reader knew (`role_listed_names`), in this step only."""
    people = with_listed_names(context.text, context.people, context.meeting.attendance, context.mentions)
    people = with_lone_first_names(context.text, people, context.mentions)
    people = with_labelled_first_names(context.text, people, context.mentions)
    ctx = context
    if people is not context.people:
        ctx = copy(context)
        ctx.people = people
    region = _region(ctx.mentions)
    own = _own_municipality(ctx)
    networks = network_mentions(ctx.text, ctx.mentions)
    named = [m for m in networks if m.kind == "network" and not ctx.facts.has(m.id)]
    known = set(ctx.mentions) if named else set()  # a frozen dataclass: a set holds what the list's ``in`` finds
    mentions = sorted([*ctx.mentions, *(m for m in named if m not in known)], key=lambda m: m.start)
    entries = PageEntries(ctx.text, ctx.people) if is_page(ctx.meeting) else None
    full_names = FullNames(ctx.text) if entries is not None else None  # "Grønt råd": "Grønt Råd i Tårnby og …"
    chairs = Chairs(ctx.text, ctx.mentions, ctx.body_id, ctx.meeting, networks, entries)
    body = chairs.body
    as_of = _meeting_date(ctx.meeting)
    # a company's or an agency's own minutes (no municipality, no network): its staff's titles are its
    staff_of = body if ctx.municipality is None and not body_is_network(ctx.meeting) else None
    found: list[RoleFact] = []
    people_starts = [p.start for p in ctx.people]
    mention_starts = [m.start for m in mentions]
    scope_starts = [s.start for s in ctx.scopes]
    # each person is read once, in its own sentence; a sentence read once with all its people
    readers: dict[tuple[int, int], list[PersonMention]] = {}
    cues = role_cues.CuePlaces(ctx.text)
    title_places = cues.places_of(role_cues.TITLE)  # where the title words stand (role_sentence.TITLE_GATE's)
    for p in ctx.people:
        scope = _scope_at(ctx.scopes, scope_starts, p.start)
        # a name past every scope (a list after the last item a PDF flattened) is read in the whole text
        lo, hi = (scope.start, scope.end) if scope.start <= p.start < scope.end else (0, len(ctx.text))
        readers.setdefault(sentence_bounds(ctx.text, p.start, p.end, lo, hi), []).append(p)
    for bounds, own_people in readers.items():
        people = ctx.people[bisect_left(people_starts, bounds[0]) : bisect_left(people_starts, bounds[1])]
        here = mentions[bisect_left(mention_starts, bounds[0]) : bisect_left(mention_starts, bounds[1])]
        found += find_roles(
            ctx.text,
            bounds,
            people,
            here,
            region,
            own,
            chairs.or_unplaced,
            body,
            own_people,
            staff_of,
            chairs.last_named,
            title_places,
            cues,
        )
    found += listed_titles(ctx, mentions, chairs.or_unplaced, own, region, found)
    found += elected_to_the_items_post(ctx, own, found)
    found += elected_to_an_announced_post(ctx.text, ctx.people, chairs.or_unplaced, own, found)
    found += plural_posts(ctx.text, ctx.people, chairs.or_unplaced, found)
    found += referent_after_label_column(
        ctx.text, ctx.people, {row.name for row in ctx.meeting.attendance}, chairs.or_unplaced, found
    )
    found += members_listed_under_chairs(ctx, found)
    found += member_list_of_the_body(ctx, body, found) if body else members_listed(ctx, chairs.unnamed, found)
    found += members_under_flattened_labels(ctx, body or chairs.unnamed, found)
    found += members_on_labelled_lines(ctx, chairs.or_unplaced, found)
    found += members_in_wrapped_lists(ctx.text, ctx.people, chairs.or_unplaced, found)
    found += members_in_flattened_runs(ctx.text, ctx.people, chairs.or_unplaced, found)
    found += _roster(ctx, chairs, found)
    found += _roster(ctx, chairs, found, flattened_roster_entries(ctx.text, ctx.people))
    found += members_in_blocks(ctx.text, ctx.people, chairs.or_unplaced, found)
    found += members_in_flattened_bullets(ctx.text, ctx.people, chairs.or_unplaced, found)
    found += members_in_flattened_names(ctx.text, ctx.people, chairs.or_unplaced, found)
    found += members_under_body_headings(ctx.text, ctx.people, mentions, chairs, found)
    attended = {row.start for row in ctx.meeting.attendance}
    found += members_after_organisations(ctx.text, ctx.people, chairs.or_unplaced, found, attended, chairs.named_before)
    found += members_in_flattened_organisations(
        ctx.text, ctx.people, chairs.or_unplaced, found, attended, chairs.named_before
    )
    regions = [m for m in mentions if m.kind == "region"]
    if region is not None:
        regions.insert(0, region)  # the text's region first: a title with none named under it is held there
    on_lines = titles_on_lines(ctx.text, ctx.people, chairs.or_unplaced, own, found, regions)
    found = [*_members_not_seated(found, on_lines), *on_lines]
    found += titles_in_cells(ctx.text, ctx.people, chairs.or_unplaced, own, found)
    found += board_after_name(ctx.text, ctx.people, mentions, found)
    found += board_consists_of(ctx.text, ctx.people, mentions, chairs)
    found += members_in_prose(ctx.text, ctx.people, mentions, chairs, found)
    found += members_in_sentences(ctx.text, ctx.people, chairs, found)
    found += members_beside_names(ctx.text, ctx.people, mentions, chairs, found)
    found += members_elected(ctx.text, ctx.people, mentions, chairs, found)
    found += members_in_flattened_columns(ctx.text, ctx.people, chairs, found)
    found += members_in_paragraphs(ctx.text, ctx.people, mentions, chairs, found)
    if is_page(ctx.meeting):
        board_listed = board_entries(ctx.text, ctx.people)
        found += members_under_board_heading(board_listed, chairs, found)
        found += seats_under_names(board_listed, chairs, found)
        found += work_under_names(board_listed, chairs, found)
    found += members_cooccurring(ctx.text, ctx.people, chairs, found)
    found += members_of_seats_filled(ctx.text, ctx.people, chairs, found)
    if is_page(ctx.meeting):  # "Formand NAME (F) X Kommune" over "NAME (F) Y Kommune": the chair's body's members
        listed = {row.name for row in ctx.meeting.attendance}
        found += members_beside_chairs(ctx.text, ctx.people, found, listed, chairs.or_unplaced)
    own_id = (own.id, own.name) if own is not None else None
    for post in find_posts(ctx.text, ctx.people, own_id):
        tid, tname, ttype = post.target
        at = post.person
        found.append(RoleFact(at, post.role, tid, tname, ttype, post.valid_from, post.valid_to, at.start, at.end))
    found += second_titles(ctx.text, ctx.people, found)  # "NAME, formand, forældrerepræsentant"
    ties = _municipalities_of(ctx.people, found)
    # a body's meeting with no municipality of its own is a cross-municipal body's, whose minutes often name
    # one municipality that is not the mayor's: "Borgmester Arne Boelt orienterede. Busruten til Aalborg
    # Kommune ændres." (a news item or a web page has no body)
    cross_municipal_meeting = ctx.municipality is None and ctx.meeting.body is not None
    only = None if cross_municipal_meeting else _only_municipality(ctx.mentions)
    found = appositions_kept(ctx.text, ctx.people, found)  # "NAME, tidligere formand for X, NAME2": NAME's
    found = ranked_kept(found)  # "Jacob Jensen (V), 2. næstformand": no bare "næstformand" beside the ranked post
    found = [off_the_street(fact) for fact in found]  # "NAME, borgmester på Nordfynsvej 12": no body
    found = owned_targets(ctx.text, found, ctx.people, ctx.meeting.body)  # "formand for Rådet i Sønderjylland"
    # "formand for Esbjerg Erhvervsudvikling": the company, not the municipality its name opens with
    found = [held_in_the_named_body(ctx.text, fact, people_starts) for fact in found]
    # "formand for Teknisk Udvalg, Aarhus Kommune": Aarhus's committee, not one of that name everywhere
    found = [held_in_its_municipalitys_committee(ctx.text, fact) for fact in found]
    # "formand for Hirtshals Havns bestyrelse": the owner's board, not its genitive alone
    found = [held_in_the_owners_body(ctx.text, fact) for fact in found]
    # "Arbejdsmarkeds- og Erhvervsudvalget:" over "Formand NAME (S), borgmester i Aarhus Kommune.": that body's chair
    found = seats_held_under_headings(ctx.text, ctx.people, mentions, chairs, found)
    # "Fra Landbo Thy deltager formand NAME, … direktør NAME": the delegation's organisation, not the meeting's own
    own_ids = {held for held in (ctx.body_id, own.id if own is not None else None) if held}
    found = held_by_the_delegation(ctx.text, ctx.people, found, own_ids)
    placed = placed_titles(found)
    page_board = page_board_and_owner(ctx.text, ctx.meeting)  # the board a page that is no meeting's is about
    site = _site_municipality(ctx) if entries is not None else None
    dateline = dateline_municipality(ctx.text) if entries is not None else None  # "Vordingborg - 06. januar 2018"
    municipal = [m for m in mentions if m.type == "Municipality"]
    own_place = (own.id, own.name) if own is not None else None
    for fact in found:
        # "… valgt ind i bestyrelsen for Danske Regioner": the board's seats, not its owner's
        fact = in_page_board(fact, page_board)
        if in_party_bracket(ctx.text, fact.role, fact.person.end) or job_title_not_held(ctx.text, fact):
            continue
        if fact.target == UNPLACED[0]:
            if (fact.person.name, fact.role) in placed:
                continue  # another reader found the body it is held in
            said_at = fact.person.start
            fact = held_in(fact, chairs(said_at) or chairs.listed_in(said_at) or chairs.unnamed)
        elif fact.target == PENDING[0]:
            tie = ties.get(fact.person.name) or only
            if tie is not None:
                fact = replace(fact, target=tie[0], target_name=tie[1], mention=None)
            else:
                printed_for = chairs.body or chairs.unnamed_for_a_municipal_title
                # a title whose municipality the document never names ("Borgmester NAME" in a cross-municipal
                # body's attendance list, in a news item about a board): the annotation rule's fallback, the
                # document's body, else its unnamed one (never a body merely named before: not the mayor's)
                fact = held_in(fact, printed_for)
        # "NAME (V), byrådsmedlem" among the members of the one board a page names: a council's seat, not the board's
        fact = council_title_off_the_page_body(fact, chairs)
        if entries is not None:  # a page's mayor held in a body a list names, or in its unnamed one: a municipality's
            fact = mayor_in_municipality(fact, ctx.text, ties.get(fact.person.name), only, site, dateline)
        # "direktør NAME" in "Bestyrelsen i Sydtrafik"'s minutes: Sydtrafik's employee, not a seat of its board
        fact = held_by_the_owner(fact, ctx.body_id, ctx.meeting.body_owner)
        # "Direktør NAME indstiller" in Økonomiudvalget's minutes: the municipality's employee, not the committee's
        fact = held_by_the_authority(fact, ctx.body_id, own)
        # "bestyrelsesmedlem NAME" in "Repræsentantskabet i Midttrafik"'s minutes: a seat in Midttrafik's other body
        meeting_body = ctx.meeting.body_in_full or ctx.meeting.body
        fact = seat_held_by_the_owner(fact, ctx.body_id, meeting_body, ctx.meeting.body_owner)
        # "kassereren NAME" in "Generalforsamlingen i X"'s minutes: a post of the association, not of its meeting
        fact = elected_post_held_by_the_owner(fact, ctx.body_id, meeting_body, ctx.meeting.body_owner)
        if full_names is not None:  # a page's body read by the longer name it prints for it
            fact = full_names(fact)
        # "byrådsmedlem og formand for TSF, NAME" in Ældrerådet's minutes: a seat on the municipality's council
        if is_council_seat(fact.role):
            next_person = bisect_right(people_starts, fact.person.end)
            entry = entry_municipality(
                ctx.text,
                fact,
                municipal,
                people_starts[next_person] if next_person < len(people_starts) else len(ctx.text),
            )
            fact = council_seat_in_municipality(fact, entry, [ties.get(fact.person.name), own_place, site, only])
        _relate(ctx, fact, as_of)


def _members_not_seated(found: list[RoleFact], titled: list[RoleFact]) -> list[RoleFact]:
    """The facts found, less a `medlem` a member list gave someone whose seat in the same body a title on the line
    beside the name prints ("Lene Japsen\n\nMedarbejderrepræsentant", "Hans Jensen\nFormand"): the seat takes
    its place, as a seat printed in the list itself does (README rule 2)."""
    seats = {(f.person.name, f.target) for f in titled if f.role in BOARD_ROLES or listed_seat(f.role or "")}
    if not seats:
        return found
    return [f for f in found if f.role != "medlem" or (f.person.name, f.target) not in seats]


def _roster_column(heading: int, role: str) -> tuple[int, str | None]:
    """A roster's heading, with the deputies' column told apart from the members' under it."""
    return heading, role if role == "suppleant" else None


def _roster(
    ctx: Context,
    chairs: Chairs,
    found: list[RoleFact],
    entries: list[tuple[PersonMention, str, str | None, int]] | None = None,
) -> list[RoleFact]:
    """A body's roster under title headings ("Formand" / "Øvrige medlemmer"): each name holds the
    heading's title in the body the text is about there (as an unnamed chair's). A list the meeting's
    attendance was read from is who attended, not a roster. `entries`: the roster's entries read otherwise (a
    flattened line's, `role_roster_flattened_bullets`), else `role_rosters.roster_entries` of the text."""
    known = placed_titles(found)
    attended = {row.start for row in ctx.meeting.attendance}
    if entries is None:
        entries = roster_entries(ctx.text, ctx.people)
    # a roster any of whose names the meeting's attendance was read from is the attendance list, all of it (its
    # names absent later in the text are read from there: "Medlemmer\n\nFormand Erik Nielsen (A)\nBritt Jensen (A)")
    # … but a column of deputies beside the members' ("Medlemmer:   Suppleanter:" over "NAME (A)   DEPUTY (A)") is
    # the members' personal deputies, a roster of its own unless its own names attended
    lists_attendance = {_roster_column(heading, role) for p, role, _, heading in entries if p.start in attended}
    out: list[RoleFact] = []
    for p, role, body, heading in entries:
        if _roster_column(heading, role) in lists_attendance:
            continue
        target = _named_body(ctx, body, p.start) if body else chairs(p.start) or chairs.listed_in(p.start) or UNPLACED
        if target is None or (p.name, role) in known:
            continue
        known.add((p.name, role))
        out.append(role_fact(p, role, target, p.start, p.end))
    return out


def _named_body(ctx: Context, name: str, before: int) -> Target:
    """The body a heading names ("Medlemmer af Sundhedskoordinationsudvalget"): a mention of it, else its name."""
    named = next(
        (m for m in ctx.mentions if m.start < before and m.type == "Organization" and m.name.lower() == name.lower()),
        None,
    )
    return named if named is not None else (ids.organization_id(name), name, "Organization")


def _municipalities_of(people: list[PersonMention], found: list[RoleFact]) -> dict[str, tuple[str, str]]:
    """The one municipality the document ties each person to: "NAME, X Kommune", "NAME (X Kommune)",
    "NAME fra X", a municipal title held in X, an e-mail address at X; none when it names two."""
    ties: dict[str, set[tuple[str, str]]] = {}
    for fact in found:
        if fact.target_type == "Municipality" and fact.target and (fact.role is None or is_municipal(fact.role)):
            ties.setdefault(fact.person.name, set()).add((fact.target, fact.target_name))
    by_name = municipality_by_name()
    for p in people:
        info = by_name.get(p.affiliation.lower()) if p.affiliation else None
        if info is not None:
            ties.setdefault(p.name, set()).add((ids.municipality_id(info.code), info.name))
    return {name: next(iter(tie)) for name, tie in ties.items() if len(tie) == 1}


def _site_municipality(ctx: Context) -> tuple[str, str] | None:
    """The municipality whose own web site published the document ("laesoe.dk", "stevns.dk"), else None."""
    info = publisher_municipality(ctx.meeting.source.url)
    return (ids.municipality_id(info.code), info.name) if info else None


def _only_municipality(mentions: list[Mention]) -> tuple[str, str] | None:
    """The one municipality a text names, if it names one and no other: the municipality of a mayor or a
    council member it names without one ("borgmester Arne Boelt" in a news item about Hjørring's port)."""
    named = {(m.id, m.name) for m in mentions if m.type == "Municipality"}
    return next(iter(named)) if len(named) == 1 else None


def _scope_at(scopes: list[Scope], starts: list[int], pos: int) -> Scope:
    """The last scope (the header, then items in order) that holds pos, else the header."""
    for index in range(bisect_right(starts, pos) - 1, -1, -1):
        if scopes[index].start <= pos < scopes[index].end:
            return scopes[index]
    return scopes[0]


def _relate(ctx: Context, fact: RoleFact, as_of: str | None) -> None:
    facts = ctx.facts
    person = facts.entity(
        ids.person_id(fact.person.name), "Person", fact.person.name, affiliation=fact.person.affiliation
    )
    target = fact.target
    if fact.mention is not None and fact.mention.type in ("Organization", "Municipality"):
        target = ctx.add_mention(fact.mention)  # a committee named in its municipality's minutes is its body
    elif ids.is_kind(target, "organization") and not facts.has(target):
        kind = fact.target_kind or ("ministry" if fact.target_name.endswith("ministeriet") else None)
        kind = UNNAMED if fact.target_name.startswith(UNNAMED) else kind
        facts.entity(target, "Organization", fact.target_name, kind=kind)
    elif ids.is_kind(target, "municipality") and not facts.has(target):
        facts.entity(target, "Municipality", fact.target_name, code=ids.municipality_code_of(target))
    elif facts.type_of(target) is None:
        return
    if fact.target_type == "Municipality" and fact.role is None:
        facts.set_property(person, "affiliation", fact.target_name)
        return
    if fact.role is None or fact.target_type == "Municipality":
        facts.set_property(person, "affiliation", fact.target_name)
    facts.relation(
        "HOLDS_ROLE",
        person,
        target,
        ctx.ev(fact.person.start, fact.person.end),
        role=fact.role,
        valid_from=fact.valid_from,
        valid_to=fact.valid_to,
        as_of=None if fact.valid_from or fact.valid_to else as_of,
    )
