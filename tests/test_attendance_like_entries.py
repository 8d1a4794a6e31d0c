"""A full stop between two entries of the same form in a list a PDF's text layer flattened onto one line, each entry a
sentence of its own once printed one a line (``parse.attendance_like_entries``): the stop closes the entry, not the
list, when the sentence after it opens with a name and goes on as the entry before did; a sentence of another form
after the stop still ends the list. Excerpts from dev-write documents as the flattening script prints them
(regionsyddanmark-regionsraadet-2009-01-26, kk-borgerrepraesentationen-2011-11-17-punkt-1,
kk-borgerrepraesentationen-2021-11-04)."""

from __future__ import annotations

from snippet_attendance import attendance_rows, attendance_statuses

from graphbuild.parse.attendance_like_entries import like_entry_follows

_REGION = (
    "Mødested Regionsrådssalen Medlemmer Carl Holst, Poul-Erik Svendsen, Poul Weber, Bo Libergren, Karen Baungaard, "
    "Bent Krogh Petersen, Bente Bendix Jensen, Thyge Nielsen Afbud: Bent Krogh Petersen - Bo Morthorst Rasmussen "
    "deltager som stedfortræder. Poul Weber - Jørgen Bastholm deltager som stedfortræder. Karen Baungaard - Hans Ole "
    "Hansen deltager som stedfortræder. Bente Bendix Jensen, Thyge Nielsen deltog ikke i pkt. 14-19 og den lukkede "
    "dagsorden. Dagsorden - dagsorden som PDF-fil 1. Fusion af Fynbus og Sydtrafik Sagsnr: 09/141\n"
)
_KK_2011 = (
    "Fraværende med afbud: Anette Holst Christensen, A, (ferie) Borgmester Ayfer Baykal, F, (sygdom) Trine Schaltz, "
    "F, (anden årsag) Karin Storgaard, O, (tjenesterejse) Signe Goldmann, F, ankom til mødet kl. 17.32 under "
    "behandlingen af punkt 1. Jakob Næsager, C, ankom til mødet kl. 17.32 under behandlingen af punkt 1. Simon "
    "Strange, A, ankom til mødet kl. 17.33 under behandlingen af punkt 3. Flemming Steen Munch, V, forlød mødet kl. "
    "20.20 under behandling af punkt 20-21. Stedfortrædere: Der forelå anmodning fra Socialistisk Folkeparti.\n"
)
_KK_2021 = (
    "Fraværende med afbud: Ninna Hedeager Olsen (Enhedslisten), tjenesterejse. Kåre Traberg Smith (Løsgænger), "
    "arbejde. Simon Simonsen (Socialdemokratiet), sygdom. Niels E. Bjerrum (A) ankom kl. 17.54 under behandlingen af "
    "dagsordenspunkt 4.\n"
)


def test_each_absent_member_and_stand_in_of_one_form_is_read() -> None:
    rows = attendance_rows(_REGION)
    assert rows["Bent Krogh Petersen"] == ("absent", None)
    assert rows["Poul Weber"] == ("absent", None)
    assert rows["Jørgen Bastholm"] == ("substitute", "Poul Weber")
    assert rows["Karen Baungaard"] == ("absent", None)
    assert rows["Hans Ole Hansen"] == ("substitute", "Karen Baungaard")


def test_members_who_came_late_one_sentence_each_are_read() -> None:
    statuses = attendance_statuses(_KK_2011)
    assert statuses.get("Signe Goldmann") == "present"
    assert statuses.get("Jakob Næsager") == "present"
    assert statuses.get("Simon Strange") == "present"
    assert statuses.get("Flemming Steen Munch") == "present"
    assert statuses.get("Karin Storgaard") == "absent"


def test_apologies_with_their_reasons_are_read_and_a_sentence_of_another_form_ends_them() -> None:
    statuses = attendance_statuses(_KK_2021)
    assert statuses.get("Kåre Traberg Smith") == "absent"
    assert statuses.get("Simon Simonsen") == "absent"
    # near miss: "Niels E. Bjerrum (A) ankom kl. 17.54" is of another form (no comma and reason): not an apology
    assert statuses.get("Niels E. Bjerrum") != "absent"


def test_a_sentence_of_another_form_after_the_stop_ends_the_list() -> None:
    # near miss: "Bente Bendix Jensen, Thyge Nielsen deltog ikke …" goes on with a comma, not "- Name deltager …"
    text = _REGION
    stop = text.index("stedfortræder. Bente") + len("stedfortræder")
    starts = [text.index("Karen Baungaard - Hans")]
    assert not like_entry_follows(text, starts, stop, stop + 2, len(text))
    stop = text.index("stedfortræder. Poul") + len("stedfortræder")
    starts = [text.index(" Bent Krogh Petersen -")]
    assert like_entry_follows(text, starts, stop, stop + 2, len(text))


def test_a_name_alone_or_a_line_break_is_left_to_the_other_readers() -> None:
    # near misses: a name with one word after it says no form; entries one a line are read by their lines
    text = "Afbud: Hanne Dahl syg. Ole Berg syg."
    stop = text.index("syg.") + 3
    assert not like_entry_follows(text, [6], stop, stop + 2, len(text))
    text = "Afbud: Hanne Dahl, F, syg.\nOle Berg, A, syg."
    stop = text.index("syg.") + 3
    assert not like_entry_follows(text, [6], stop, stop + 2, len(text))
