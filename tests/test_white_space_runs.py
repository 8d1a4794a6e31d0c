r"""The patterns of graphbuild that read white space in quadratic time, by their form and without timing
(benchmarks/white_space_runs): one that opens with an endless run of white space it may try from inside a run and is
searched (``\s*``, ``[ \t]+`` before what may fail, as ``(?:^|(?<=[.\n]))\s*forslaget``), and two endless runs side
by side (``\s*:?\s*``). Every pattern of either form is named here with why it is safe, so a new one is read before
it is taken; the times are benchmarks.pattern_growth's."""

from __future__ import annotations

import re

import pytest

from benchmarks.pattern_growth import held_patterns, of_the_forms, read_uses
from benchmarks.white_space_runs import _parser, opens_with_a_run, runs_side_by_side

WINDOW = (
    "searched in a window its caller cuts: a title, a name, a label, one line or cell, a few characters around a match"
)
HELPER = "not searched by name: handed to a helper that reads windows or lines (vocab/near, line_scan) or matches once"
AFTER_WORD = (
    "its runs side by side follow a word or mark the match needs, so each run is read from one start per such word"
)
OWN_FILES = "reads the query packs' own statement files, not a document"
LEFT_BOARD_ITEM = (
    "left: opens with blanks, searched in a board-election item's first 600 characters (0.03 s at 600 blanks)"
)

ALLOWED: dict[str, str] = {
    "extract.adoption_cues.ADOPTION_PATTERNS": AFTER_WORD,
    "extract.adoption_items.TITLE_PART": WINDOW,
    "extract.amounts.AMOUNT_RE": AFTER_WORD,
    "extract.membership_group_owners.CUE": HELPER,
    "extract.membership_item_titles.TITLE_NAME": WINDOW,
    "extract.membership_lists.MEMBER_LIST_LABEL": AFTER_WORD,
    "extract.membership_municipalities.FELLOWS_BEFORE": WINDOW,
    "extract.membership_naming.NAME_AFTER": WINDOW,
    "extract.membership_naming.RENAMED": AFTER_WORD,
    "extract.membership_naming.TRAILING_JOIN": WINDOW,
    "extract.membership_network_forms.DEFINED_NETWORK": HELPER,
    "extract.membership_owner_shares.ROW_CELLS": WINDOW,
    "extract.membership_owner_shares.ROW_START": WINDOW,
    "extract.membership_prose_members.LIST_OPENER": WINDOW,
    "extract.membership_withdrawals.COUNCIL_OR_MUNICIPALITY": WINDOW,
    "extract.mention_initiatives._YEAR_DASH": WINDOW,
    "extract.mention_organisations._TRAILING_GEOGRAPHY": WINDOW,
    "extract.outcome_ad_paragraphs._AD_MARK": HELPER,
    "extract.outcome_elected_lines._NAME_SEPARATOR": WINDOW,
    "extract.outcome_prose._FILE_DATA_LINE": AFTER_WORD,
    "extract.outcome_votes._VOTES_AGAINST": AFTER_WORD,
    "extract.outcome_votes._VOTES_FOR": AFTER_WORD,
    "extract.page_furniture._PAGE_LINE": AFTER_WORD,
    "extract.people._CUE_BEFORE": WINDOW,
    "extract.role_after_name.SECOND_TITLE": WINDOW,
    "extract.role_appointed_lists.ACTIVE_VERB": WINDOW,
    "extract.role_board_elections.BOARD_ITEM": AFTER_WORD,
    "extract.role_board_elections.BEFORE_STANDING": HELPER,
    "extract.role_board_elections.BODY_THEN_NAMES": HELPER,
    "extract.role_board_elections.ELECTED_BARE": LEFT_BOARD_ITEM,
    "extract.role_boards.CHAIR_BEFORE_ENTRY": WINDOW,
    "extract.role_body_before.CHAIR_OF_THE_BODY": HELPER,
    "extract.role_body_before.LOWER_BODY_BEFORE": HELPER,
    "extract.role_body_before.ROLE_FOR_BODY": HELPER,
    "extract.role_body_before.ROLE_FOR_WORDS": HELPER,
    "extract.role_body_before.ROLE_IN_BODY": HELPER,
    "extract.role_cells.CELL_GAP": WINDOW,
    "extract.role_clauses.CLAUSE_STOP": WINDOW,
    "extract.role_elections.ELECTING_BOARD": WINDOW,
    "extract.role_flattened_headings.CASE_ACCOUNT_INLINE": WINDOW,
    "extract.role_flattened_runs.TITLE_BEFORE": WINDOW,
    "extract.role_item_posts.ELECTED_NAME": WINDOW,
    "extract.role_lineups.YEARS_AFTER": WINDOW,
    "extract.role_meeting_labels._SPLIT": WINDOW,
    "extract.role_meeting_posts.REFERENT_BEFORE": WINDOW,
    "extract.role_member_appositions.SENTENCE_STOP": WINDOW,
    "extract.role_member_columns.COLUMN_HEADING": WINDOW,
    "extract.role_members_prose.MEMBERS_ARE": HELPER,
    "extract.role_plural_posts.ELECTED_AS": WINDOW,
    "extract.role_posts.CASE_ACCOUNT": WINDOW,
    "extract.role_posts.CHAIRS_LIST": AFTER_WORD,
    "extract.role_respectively.TITLE_SPLIT": WINDOW,
    "extract.role_title_before.COLUMN_GAP": WINDOW,
    "extract.role_title_before.OWN_TITLE_BEFORE": WINDOW,
    "extract.role_title_before.ROLE_BEFORE_ROLE": HELPER,
    "pack_statements._OTHERWISE": OWN_FILES,
    "parse.attendance_affiliated._TITLE_BRACKET": WINDOW,
    "parse.attendance_columns._BEFORE_STATUS_LINE": WINDOW,
    "parse.attendance_first_names._BRACKET_NOTE": WINDOW,
    "parse.attendance_prose.DEPUTY_TITLE": WINDOW,
    "parse.attendance_prose._ABSENT_BEFORE": AFTER_WORD,
    "parse.attendance_prose._FROM_BODY": WINDOW,
    "parse.attendance_rows._COMMA_OR_OG": WINDOW,
    "parse.attendance_table._GAP": WINDOW,
    "parse.attendance_table._SPACED_WORD": WINDOW,
    "parse.attendance_votes._VOTE_BEFORE": AFTER_WORD,
    "parse.dates._YEARLESS": WINDOW,
    "parse.flatten._EXPLICIT_HEAD": AFTER_WORD,
    "parse.header_body._BODY_AFTER_KIND": HELPER,
    "parse.header_body._KIND_BEFORE": WINDOW,
    "parse.header_dates._SENT_BEFORE": WINDOW,
    "parse.header_kind._ATTENDED": AFTER_WORD,
    "parse.header_kind._MINUTES_APPROVED": AFTER_WORD,
    "parse.header_kind._NUMBERED_TITLE_LINE": AFTER_WORD,
    "parse.header_municipality._LIST_SEPARATOR": WINDOW,
    "parse.header_page_pieces._CUT": WINDOW,
    "parse.header_title._SEPARATOR": WINDOW,
    "parse.item_contents_block.TRAILING_PAGE": WINDOW,
    "parse.item_contents_flattened._BROKEN_PAGE_FIELD": WINDOW,
    "parse.item_contents_flattened._PAGE_NUMBERS": WINDOW,
    "parse.item_contents_rows._LEADER_TO_PAGE": WINDOW,
    "parse.item_contents_rows._PART_AFTER_HEADING": WINDOW,
    "parse.item_headings._CASE_LABEL_AFTER": WINDOW,
    "parse.item_headings._TRAILING_CASE": WINDOW,
    "parse.item_lines._CLOSED_SUFFIX": WINDOW,
    "parse.item_lines._HTML_TAG": AFTER_WORD,
    "parse.item_lines._PORTAL_TAIL": WINDOW,
    "parse.item_lines._PRESENTER": WINDOW,
    "parse.item_opening_decision._DATED": WINDOW,
    "parse.item_run_gaps._SPACED_BREAK": WINDOW,
    "parse.kind_agenda_approved._APPROVED": AFTER_WORD,
    "parse.kind_dated_only._MEETING_SIGN": WINDOW,
    "parse.numbers._DOCUMENT": AFTER_WORD,
    "parse.numbers._JOURNAL": AFTER_WORD,
    "parse.numbers._LABELLED_CASE": AFTER_WORD,
    "sources.firstagenda._NAME_SEPARATOR": WINDOW,
    "sources.firstagenda_json._STANDS_IN": WINDOW,
    "sources.portal_meeting._DANISH_DATETIME": WINDOW,
    "vocab.bodies._PERIOD": WINDOW,
}


@pytest.fixture(scope="module")
def of_forms() -> dict[str, str]:
    if _parser is None:
        pytest.skip("this Python has no re._parser to read a pattern's tree")
    patterns = held_patterns()
    read_uses(patterns)
    return {place: forms for place, (_, forms) in of_the_forms(patterns).items()}


def test_every_pattern_of_the_forms_is_named_with_why_it_is_safe(of_forms: dict[str, str]) -> None:
    assert sorted(set(of_forms) - set(ALLOWED)) == []


def test_every_pattern_named_is_still_of_the_forms(of_forms: dict[str, str]) -> None:
    # a pattern made linear (or gone) leaves the list
    assert sorted(set(ALLOWED) - set(of_forms)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # decision_asides._MOTION_FATE, outcomes._PASSIVE_DECISION, adoption_cues.PROPOSAL, membership_withdrawals
        (r"(?i)(?:^|(?<=[.\n]))\s*(?:ændrings)?forslaget\s+", r"(?i)(?:^|(?<=[.\n]))[^\S\n]*(?:ændrings)?forslaget\s+"),
        (r"(?m)(?:^|(?<=[.!]\s))\s*(?:Der|[A-ZÆØÅ][a-zæøå\-]+)\s", r"(?m)(?:^|(?<=[.!]\s))[^\S\n]*(?:Der|[A-Z])\s"),
        (r"(?m)^\s*(?:[•*-]\s*)?at\s", r"(?m)^[^\S\n]*(?:[•*-]\s*)?at\s"),
        (r"[ \t]+[Kk]ommuner?s?\b", r"(?<![ \t])[ \t]+[Kk]ommuner?s?\b"),
    ],
)
def test_a_run_tried_from_inside_a_run_is_found_and_its_linear_form_is_not(old: str, new: str) -> None:
    assert opens_with_a_run(re.compile(old))
    assert not opens_with_a_run(re.compile(new))


def test_a_run_that_is_the_whole_match_or_follows_a_word_is_no_opening_run() -> None:
    # the near misses: a run of blanks replaced as one match; a run after a word's end; a run at the text's start
    assert not opens_with_a_run(re.compile(r"\s+"))
    assert not opens_with_a_run(re.compile(r"\b\s+og\b"))
    assert not opens_with_a_run(re.compile(r"^\s*Beslutning"))


def test_two_runs_side_by_side_are_found_and_one_run_with_its_optional_part_is_not() -> None:
    # vocab/text_patterns.ENTRY_MARK before h-decgate and after; agenda.DECISION_HEADING's tail
    assert runs_side_by_side(re.compile(r"[ \t]*(?:[•*-]|\d{1,2}[.)])?[ \t]*"))
    assert not runs_side_by_side(re.compile(r"[ \t]*(?:(?:[•*-]|\d{1,2}[.)])[ \t]*)?"))
    assert runs_side_by_side(re.compile(r"Beslutning\s*:?\s*$"))
    assert not runs_side_by_side(re.compile(r"Beslutning\s*(?::\s*)?$"))


def test_a_call_on_either_branch_or_on_a_loop_variable_is_a_use_of_each() -> None:
    # role_appointed_lists: "(AS_MEMBERS if passive else TO_BODY).match(…)"; role_after_name: "for pattern in
    # (APPOSITION, …, AND_TITLE, …): … pattern.match(…)": each matched at one position, not searched
    patterns = {f"{held.module}.{held.name}": held for held in held_patterns()}
    read_uses(list(patterns.values()))
    for place in (
        "graphbuild.extract.role_appointed_lists.AS_MEMBERS",
        "graphbuild.extract.role_appointed_lists.TO_BODY",
        "graphbuild.extract.role_after_name.AND_TITLE",
        "graphbuild.extract.role_after_name.COMMA_TITLE",
    ):
        assert patterns[place].kind == "match", place
