"""Attendance forms read by their layout rather than their wording (issue 13, item 1): a header's label column
flattened before its values, however many labels run together. Cases are short dev excerpts (named) and variants
written for the form; one table, (text, expected rows)."""

from __future__ import annotations

import pytest

from graphbuild.models import AgendaItem
from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"

CASES: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # three labels run together, then their values: the list is the first label's, "Ingen Ingen" the others'
    # (dev vallensbaek-kommunalbestyrelsen-2014-03-26, a PDF header flattened); "(orlov)": on leave, away
    (
        "Kommunalbestyrelsen Referat Dato: Onsdag den 26. marts 2014 Mødelokale: Medlemmer: Afbud: Fraværende: 068 "
        "mødelokale på Rådhuset Henrik Rasmussen (borgmester), Søren Wiborg, Carina Kristensen Berth (orlov), Morten "
        "Schou Jørgensen, Gitte Lumby Hansen (stedfortræder) Ingen Ingen\n\n1. Godkendelse af dagsorden\n",
        {
            ("Henrik Rasmussen", P, None),
            ("Søren Wiborg", P, None),
            ("Carina Kristensen Berth", A, None),
            ("Morten Schou Jørgensen", P, None),
            ("Gitte Lumby Hansen", S, "Carina Kristensen Berth"),
        },
    ),
    # the same with other labels and a place first
    (
        "Dato: 1. maj 2019\nDeltagere: Afbud: Fraværende: Byrådssalen Ole Berg, Lis Holm, Per Bak, Jens Hansen Ingen "
        "Ingen\n\n1. Godkendelse af dagsorden\n",
        {("Ole Berg", P, None), ("Lis Holm", P, None), ("Per Bak", P, None), ("Jens Hansen", P, None)},
    ),
    # two labels run together, as before: the name run on after the comma list is the second column's
    (
        "Deltagere: Afbud: Ole Berg, Lis Holm, Per Bak Jens Hansen\n\n1. Godkendelse af dagsorden\n",
        {("Ole Berg", P, None), ("Lis Holm", P, None), ("Per Bak", P, None), ("Jens Hansen", A, None)},
    ),
    # labels each on a line of their own with their values below are no run
    (
        "Medlemmer:\nOle Berg, Lis Holm\nAfbud:\nPer Bak\nFraværende:\nJens Hansen\n\n1. Godkendelse af dagsorden\n",
        {("Ole Berg", P, None), ("Lis Holm", P, None), ("Per Bak", A, None), ("Jens Hansen", A, None)},
    ),
    # a member on leave in a list one a line
    (
        "Medlemmer:\nOle Berg (A)\nLis Holm (V) (på orlov)\nPer Bak (C)\n\n1. Godkendelse af dagsorden\n",
        {("Ole Berg", P, None), ("Lis Holm", A, None), ("Per Bak", P, None)},
    ),
    # names in two PDF columns on one line, a gap of spaces between them, no party to end an entry
    (
        "Medlemmer:\nAnne Hansen        Bo Jensen\nCarl Olsen         Dorte Berg\n\nAfbud:\nCarl Olsen\n\n"
        "1. Godkendelse\n",
        {("Anne Hansen", P, None), ("Bo Jensen", P, None), ("Carl Olsen", A, None), ("Dorte Berg", P, None)},
    ),
    (
        "Deltagere: Anne Hansen     Bo Jensen     Carl Olsen\nFraværende: Dorte Berg\n\n1. Godkendelse\n",
        {("Anne Hansen", P, None), ("Bo Jensen", P, None), ("Carl Olsen", P, None), ("Dorte Berg", A, None)},
    ),
    # ... with parties, as before; a gap before the party keeps it the entry's
    (
        "Medlemmer:\nAnne Hansen (V)      Bo Jensen (S)\nCarl Olsen   (A)\n\n1. Godkendelse\n",
        {("Anne Hansen", P, None), ("Bo Jensen", P, None), ("Carl Olsen", P, None)},
    ),
    # a name a PDF's line end broke after its first names, the first entry after the label or one a line
    (
        "Deltagere: Anne\nHansen (V), Bo Jensen (S), Carl\nOlsen (A)\nAfbud: Dorte Berg (O)\n\n1. Godkendelse\n",
        {("Anne Hansen", P, None), ("Bo Jensen", P, None), ("Carl Olsen", P, None), ("Dorte Berg", A, None)},
    ),
    (
        "Deltagere:\nAnne Marie\nHansen (V)\nBo Jensen (S)\n\n1. Godkendelse\n",
        {("Anne Marie Hansen", P, None), ("Bo Jensen", P, None)},
    ),
    # a label of two or more words a line break split, a blank line perhaps between (dev: Region Syddanmark's
    # "Derudover\n\ndeltog:"); variants of other labels and on the text's first line
    (
        "Deltagere: Ole Berg, Per Bak\n\nDerudover\n\ndeltog: Anne Dam, Sune Lund\n\n1. Godkendelse\n",
        {("Ole Berg", P, None), ("Per Bak", P, None), ("Anne Dam", P, None), ("Sune Lund", P, None)},
    ),
    # the split label heading the only list of those present, a group's heading split before it (dev
    # rsyd-vaekstforum-2007-06-14): the joined label's words stand two spaces apart
    (
        "Sted:\n\nRegionshuset, Damhaven 12, 7100 Vejle, mødelokale 4\n\nFra Vækstforum\n\ndeltog:\n\nDerudover\n\n"
        "deltog:\n\nTove Larsen, Finn Brunse, Jan Boye og Birgitte Wraae (referent).\n\nAfbud:\n\n"
        "Per Bødker Andersen,\n\n1. Godkendelse\n",
        {("Tove Larsen", P, None), ("Finn Brunse", P, None), ("Jan Boye", P, None), ("Birgitte Wraae", P, None)}
        | {("Per Bødker Andersen", A, None)},
    ),
    # a full stop typed between two entries of one form, each with its initials in brackets (dev
    # skagen-byting-bestyrelse-2023-08-23)
    (
        "Deltagere: Michael Finn Jørgensen (MFJ), Kasper Foldager (KF),\nOle Bjerg Lauritzen (OBL). Jane Bengtsen "
        "(JB), Jesper Hegaard (JH),\n\n\nFraværende: Jan Iversen (JI) uden afbud,\n",
        {("Michael Finn Jørgensen", P, None), ("Kasper Foldager", P, None), ("Ole Bjerg Lauritzen", P, None)}
        | {("Jane Bengtsen", P, None), ("Jesper Hegaard", P, None), ("Jan Iversen", A, None)},
    ),
    # near miss: a stop after a bracket, then a sentence that opens with a name and a comma, ends the list
    (
        "Deltagere: Kasper Foldager (KF), Ole Bjerg Lauritzen (OBL). Jane Bengtsen, formand, sendte sagen videre.\n",
        {("Kasper Foldager", P, None), ("Ole Bjerg Lauritzen", P, None)},
    ),
    # an entry followed by the remark that the member joined late: came (dev kk-lokaludvalg-2021-01-28)
    (
        "Fravær uden afbud: Hans Møller\n\nFremmøde: Martin Hein tilsluttede sig mødet kl. 19.05. Lasse Rossen "
        "forlod mødet kl. 20.25 (pkt. 5) og vendte tilbage kl. 21.16 (pkt. 10).\n",
        {("Hans Møller", A, None), ("Martin Hein", P, None), ("Lasse Rossen", P, None)},
    ),
    # the list's last entry wrapped onto a line of its own after a blank line, opening with "og" (dev
    # regionsaeldreraad-hovedstaden-forretningsudvalget-2012-08-23)
    (
        "Til stede: Kaj Bang, Bente Clausen, Inge Lorentzen\n\nog Axel Mossin.\n\nAfbud fra: Vibeke Jensen\n",
        {("Kaj Bang", P, None), ("Bente Clausen", P, None), ("Inge Lorentzen", P, None), ("Axel Mossin", P, None)}
        | {("Vibeke Jensen", A, None)},
    ),
    # near miss: a sentence opening with "og" and no name after it adds no one
    (
        "Til stede: Kaj Bang, Bente Clausen\n\nog derefter gik mødet i gang.\n",
        {("Kaj Bang", P, None), ("Bente Clausen", P, None)},
    ),
    # a label's words a PDF's columns set wide apart on one line
    (
        "Fraværende   med   afbud:   Anne Dam, Sune Lund\n\n1. Godkendelse\n",
        {("Anne Dam", A, None), ("Sune Lund", A, None)},
    ),
    (
        "Fraværende med\nafbud:\nAnne Dam\nSune Lund\n\n1. Godkendelse\n",
        {("Anne Dam", A, None), ("Sune Lund", A, None)},
    ),
    (
        "Referat\nFølgende havde\nmeldt afbud: Anne Dam, Sune Lund\n\n1. Godkendelse\n",
        {("Anne Dam", A, None), ("Sune Lund", A, None)},
    ),
    # a line that only begins like a label is left as it is
    (
        "Deltagere: Ole Berg, Per Bak\n\nDerudover\n\nblev det besluttet: at Anne Dam deltager\n\n1. Godkendelse\n",
        {("Ole Berg", P, None), ("Per Bak", P, None)},
    ),
    # first names alone one a line are entries of their own, and a full name ends its line
    (
        "Deltagere:\nMette\nJørgen\nOle Berg\nLis Holm\n\n1. Godkendelse\n",
        {("Ole Berg", P, None), ("Lis Holm", P, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_structural_list_forms(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    found = {(row.name, row.status, row.for_) for row in find_attendance(text)}
    assert found == expected


# a sentence of names below a list, after a blank line, is no more of the list: the prose readers read it
# (dev regionsyddanmark-regionsraadet-2009-01-26, shortened)
SENTENCE_BELOW_LIST = (
    "Medlemmer\nCarl Holst, Thyge Nielsen, Bente Bendix Jensen, Poul Weber, Stephanie Lose\n\n"
    "Afbud:\nPoul Weber - Jørgen Bastholm deltager som stedfortræder.\n\n"
    "Bente Bendix Jensen, Thyge Nielsen og Stephanie Lose deltog ikke i pkt. 14-19 og den lukkede dagsorden.\n\n"
    "1. Fusion af Fynbus og Sydtrafik\n"
)


def test_sentence_of_names_after_a_blank_line_ends_the_list() -> None:
    rows = {row.name: row.status for row in find_attendance(SENTENCE_BELOW_LIST)}
    assert rows["Poul Weber"] == A
    assert rows["Jørgen Bastholm"] == S
    assert {rows["Bente Bendix Jensen"], rows["Thyge Nielsen"], rows["Stephanie Lose"]} == {P}


def test_entries_one_a_paragraph_go_on() -> None:
    # near miss: entries set apart by blank lines with no verb after them are the list's
    text = "Afbud:\n\nJens Hansen\n\nKaren Lund (V)\n\nOle Berg, Vejle Kommune\n\n1. Godkendelse\n"
    assert {(row.name, row.status) for row in find_attendance(text)} == {
        ("Jens Hansen", A),
        ("Karen Lund", A),
        ("Ole Berg", A),
    }


def test_the_next_items_heading_ends_a_list() -> None:
    # dev fredensborg-byraadet-2018-10-01: under each item heading the page prints who was away from that item,
    # with no label; the list of apologies above the first heading ends there
    text = (
        "Medlemmer\n\nCarsten Nielsen (A)\n\nBo Hilsted (A)\n\nErgin Øzer (A)\n\nAfbud\n\nErgin Øzer (A)\n\n"
        "Nr.143 - Godkendelse af dagsorden\n\nErgin Øzer (A), Bo Hilsted (A)\n\nBeslutning\n\nGodkendt.\n"
    )
    heading = text.index("Nr.143")
    item = AgendaItem(number="143", title="Godkendelse af dagsorden", start=heading, end=len(text))
    rows = {(row.name, row.status) for row in find_attendance(text, [item])}
    assert ("Bo Hilsted", A) not in rows
    assert ("Ergin Øzer", A) in rows


def test_an_unlabelled_run_of_names_with_parties_takes_a_post_bracket_before_the_party() -> None:
    # dev esbjerg-byraadet-budgetrevision-2015 (flattened, shortened): a post in a bracket of its own before the
    # party's
    text = (
        "1 Byrådsmøde Johnny Søtrup (Borgmester)(V), Jesper Frost Rasmussen (1. Viceborgmester)(V), Jakob Lose(V), "
        "Henning Ravn(V), Bente Bendix Jensen(V)\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    item = AgendaItem(number="1", title="Godkendelse af dagsorden", start=text.index("1. Godk"), end=len(text))
    rows = {(row.name, row.status) for row in find_attendance(text, [item])}
    assert {("Johnny Søtrup", P), ("Jesper Frost Rasmussen", P), ("Jakob Lose", P), ("Henning Ravn", P)} <= rows


def test_a_bracket_of_other_words_before_the_party_is_no_post() -> None:
    # near miss: a bracket that is no post leaves the name before it out of the run
    text = (
        "1 Byrådsmøde Johnny Søtrup (se bilag)(V), Jakob Lose(V), Henning Ravn(V), Bente Bendix Jensen(V)\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    item = AgendaItem(number="1", title="Godkendelse af dagsorden", start=text.index("1. Godk"), end=len(text))
    assert "Johnny Søtrup" not in {row.name for row in find_attendance(text, [item])}


def test_a_run_of_names_with_parties_goes_on_over_a_first_name_not_known() -> None:
    # dev alleroed-byraad-2011-01-27 (flattened, shortened; its label cut to "mer:"): "Miki" and "Bjarni" are
    # first names the name list does not know, the run's commas still say where each entry begins
    text = (
        "mer: Borgmester - Erik Lund (C), Flemming Villadsen (A), Miki Dam Larsen (A), Emma Glæsel (C), John "
        "Køhler (V), Bjarni G. Jørgensen (V), Birgitte A. Rasmussen (V), Jørgen Dich (V) 1. Bemærkninger\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    item = AgendaItem(number="1", title="Godkendelse af dagsorden", start=text.index("1. Godk"), end=len(text))
    names = {row.name for row in find_attendance(text, [item]) if row.status == P}
    assert {"Erik Lund", "Miki Dam Larsen", "Bjarni G. Jørgensen", "Birgitte A. Rasmussen", "Jørgen Dich"} <= names


def test_names_of_unknown_first_names_alone_make_no_run() -> None:
    # near miss: entries whose first names are none the list knows do not make a run by themselves
    text = (
        "Udvalg: Vestre Fjord (A), Nordre Strand (B), Søndre Skov (C), Østre Bakke (V)\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    item = AgendaItem(number="1", title="Godkendelse af dagsorden", start=text.index("1. Godk"), end=len(text))
    assert find_attendance(text, [item]) == []


def test_a_flattened_second_column_of_several_names() -> None:
    # dev kdnet-midtjylland-2015-05-22 (shortened): "Deltagere: Afbud:" then the first column's list, the referent
    # last, and the second column's list run on after "(ref.)" with no comma
    text = (
        "Deltagere: Afbud: Anders J. Jørgensen (på facetime), Claus Damgaard, Hans Nikolaisen, Henning Hansen, Eva "
        "Glæsner, KKR, Inger Bojsen Nehm, KD-Net (ref.) Jesper Thyrring Møller, Henning Haahr Pedersen, Niels Erik "
        "Kjærgaard 1. Godkendelse af dagsorden Dagsordenen blev godkendt.\n"
    )
    rows = {row.name: row.status for row in find_attendance(text)}
    assert rows["Claus Damgaard"] == P
    assert rows["Inger Bojsen Nehm"] == P
    assert {rows["Jesper Thyrring Møller"], rows["Henning Haahr Pedersen"], rows["Niels Erik Kjærgaard"]} == {A}


def test_a_run_on_early_in_a_list_is_no_second_column() -> None:
    # near miss: the run-on boundary leaves most of the list after it: no second column, all present
    text = "Deltagere: Afbud: Anders Holm, KKR (ref.) Jesper Møller, Henning Pedersen, Niels Kjærgaard, Ole Berg\n"
    assert {row.status for row in find_attendance(text)} == {P}


def test_a_title_or_body_in_the_definite_after_a_name_is_no_surname() -> None:
    # dev gribskov-beredskabskommissionen-2015-12-16 (a two-column member table flattened, shortened) and
    # naturturisme-bestyrelse-2010-11-24 ("Christian Ulrich Landbruget - Patriotisk Selskab")
    text = (
        "Deltagere: Kim Valentin Politidirektøren, Ole Berg Pedersen, Christian Ulrich Landbruget, Hans Peter "
        "Mortensen\n"
    )
    names = {row.name for row in find_attendance(text)}
    # near miss: a surname in -en ("Pedersen", "Mortensen") stays
    assert names == {"Kim Valentin", "Ole Berg Pedersen", "Christian Ulrich", "Hans Peter Mortensen"}


def test_an_affiliation_run_on_before_the_next_entry_is_no_name() -> None:
    # dev portefoeljestyregruppen-nordjylland-29-10 (flattened): "Name, affiliation Name, affiliation"; the words
    # that read as a name before the next entry's name are the entry before's affiliation
    text = "Afbud: Vibeke Olesen, Klynge Midt Kommunal formand Lisbeth Lagoni, Somatik\n\n1. Godkendelse af dagsorden\n"
    names = {row.name for row in find_attendance(text)}
    assert "Lisbeth Lagoni" in names
    assert "Klynge Midt Kommunal" not in names


def test_a_name_whose_first_name_is_not_known_stays_whole() -> None:
    # near miss (dev aabenraa-byraadet-2022-11-30): a run with no second name after it is the entry's name
    text = "Afbud: Jens Hansen, Ovidiu George Nechitoi\n\n1. Godkendelse af dagsorden\n"
    assert "George Nechitoi" not in {row.name for row in find_attendance(text)}
